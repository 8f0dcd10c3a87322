// Which outbox events someone hears of: per event type, the notification kinds it gives, who receives
// each, and the facts its templates need, read in the fan-out's tenant transaction. Facts stay
// typed (a date, an amount) until the recipient's locale formats them.
import { receiptNumberOf } from '@quartier/payments';
import type { TenantTransaction } from '@quartier/platform';
import { defaultPolicy, loadPolicyTenant, type LocalizedText, rewardsPolicy, type RewardsPolicy } from '@quartier/tenancy';
import { messageSentRule } from './message-rules.js';
import type { NotificationKind } from './notification-kinds.js';

export type FactValue = string | { date: Date } | { money: { minor: number; currency: string } } | { localized: Record<string, string> };

export interface OutboxEventRow {
  id: string;
  type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  created_at: Date;
}

/** One kind of message to a set of people; `perRecipient` adds facts that differ between them. */
export interface NotificationIntent {
  kind: NotificationKind;
  /** User ids, or every operator of the tenant. */
  recipients: string[] | 'operators';
  facts: Record<string, FactValue>;
  perRecipient?: Record<string, Record<string, FactValue>>;
  /** Path on the tenant's site the message links to. */
  linkPath: string;
}

type Rule = (tx: TenantTransaction, event: OutboxEventRow) => Promise<NotificationIntent[]>;

interface AppointmentFacts {
  request_id: string;
  customer_id: string;
  helper_id: string;
  starts_at: Date;
  currency: string;
  customer_total_minor: number;
  postal_code: string;
  service_names: Record<string, string>;
  customer_name: string;
  helper_name: string;
  mode: 'remote' | 'on_site';
}

/** The live (or last) appointment of a request, with the names its messages use. */
async function appointmentOfRequest(tx: TenantTransaction, requestId: string): Promise<AppointmentFacts | null> {
  const [row] = await tx.query<AppointmentFacts>(
    `select a.request_id, a.customer_id, a.helper_id, a.starts_at, a.currency, a.customer_total_minor, a.mode, r.postal_code,
            s.names as service_names, c.display_name as customer_name, h.display_name as helper_name
       from appointments a
       join requests r on r.tenant_id = a.tenant_id and r.id = a.request_id
       join services s on s.tenant_id = a.tenant_id and s.id = a.service_id
       join users c on c.tenant_id = a.tenant_id and c.id = a.customer_id
       join users h on h.tenant_id = a.tenant_id and h.id = a.helper_id
      where a.tenant_id = $1 and a.request_id = $2::uuid
      order by (a.status <> 'cancelled') desc, a.created_at desc
      limit 1`,
    [tx.tenantId, requestId],
  );
  return row ?? null;
}

async function appointmentById(tx: TenantTransaction, appointmentId: string): Promise<AppointmentFacts | null> {
  const [row] = await tx.query<{ request_id: string }>(`select request_id from appointments where tenant_id = $1 and id = $2::uuid`, [tx.tenantId, appointmentId]);
  return row ? appointmentOfRequest(tx, row.request_id) : null;
}

/** The `byCall` switch of a template: set for help by a call, empty for a visit, so {{#if byCall}} picks the wording. */
const byCall = (mode: string): string => (mode === 'remote' ? 'yes' : '');

const text = (payload: Record<string, unknown>, key: string): string | null => (typeof payload[key] === 'string' ? (payload[key] as string) : null);

function bookingFacts(appointment: AppointmentFacts): Record<string, FactValue> {
  return {
    serviceName: { localized: appointment.service_names },
    startsAt: { date: appointment.starts_at },
    postalCode: appointment.postal_code,
    price: { money: { minor: appointment.customer_total_minor, currency: appointment.currency } },
    helperName: appointment.helper_name,
    customerName: appointment.customer_name,
    byCall: byCall(appointment.mode),
  };
}

/** A message to the booking's customer, linking to their request. */
function toCustomer(kind: NotificationKind, appointment: AppointmentFacts, facts: Record<string, FactValue> = bookingFacts(appointment)): NotificationIntent {
  return { kind, recipients: [appointment.customer_id], facts, linkPath: `/requests/${appointment.request_id}` };
}

/** A message to the booking's helper, linking to the job. */
function toHelper(kind: NotificationKind, appointment: AppointmentFacts): NotificationIntent {
  return { kind, recipients: [appointment.helper_id], facts: bookingFacts(appointment), linkPath: `/helper/jobs/${appointment.request_id}` };
}

/** A payment event's booking and amount (payload `requestId`, `amountMinor`, `currency`), or null when either is gone. */
async function paymentOfEvent(tx: TenantTransaction, event: OutboxEventRow): Promise<{ appointment: AppointmentFacts; amount: FactValue } | null> {
  const requestId = text(event.payload, 'requestId');
  const appointment = requestId ? await appointmentOfRequest(tx, requestId) : null;
  const amountMinor = Number(event.payload.amountMinor);
  const currency = text(event.payload, 'currency');
  if (!appointment || !currency || !Number.isInteger(amountMinor)) return null;
  return { appointment, amount: { money: { minor: amountMinor, currency } } };
}

/** A policy's localized name as a fact: the languages it has a name in. */
function localizedName(name: LocalizedText): FactValue {
  return { localized: Object.fromEntries(Object.entries(name).filter((entry): entry is [string, string] => typeof entry[1] === 'string')) };
}

interface RedemptionFacts {
  helper_id: string;
  helper_name: string;
  item_name: Record<string, string>;
  points: number;
  status: string;
  decision_reason: string | null;
}

async function redemptionById(tx: TenantTransaction, redemptionId: string): Promise<RedemptionFacts | null> {
  const [row] = await tx.query<RedemptionFacts>(
    `select d.helper_id, u.display_name as helper_name, d.item_name, d.points, d.status, d.decision_reason
       from reward_redemptions d
       join users u on u.tenant_id = d.tenant_id and u.id = d.helper_id
      where d.tenant_id = $1 and d.id = $2::uuid`,
    [tx.tenantId, redemptionId],
  );
  return row ?? null;
}

/** A decided redemption, told to its helper on their rewards page. */
async function redemptionDecided(tx: TenantTransaction, event: OutboxEventRow, kind: 'redemption.approved' | 'redemption.rejected'): Promise<NotificationIntent[]> {
  const redemption = await redemptionById(tx, event.aggregate_id);
  if (!redemption || `redemption.${redemption.status}` !== kind) return [];
  const facts: Record<string, FactValue> = { rewardName: { localized: redemption.item_name }, points: String(redemption.points) };
  if (kind === 'redemption.rejected') facts.reason = redemption.decision_reason ?? text(event.payload, 'reason') ?? '';
  return [{ kind, recipients: [redemption.helper_id], facts, linkPath: '/helper/rewards' }];
}

/** The levels of the rewards policy version an event names (0: the defaults, before the site stored one). */
async function rewardLevelsIn(tx: TenantTransaction, version: number): Promise<RewardsPolicy['levels']> {
  if (version === 0) return defaultPolicy('rewards', await loadPolicyTenant(tx)).levels;
  const [row] = await tx.query<{ document: unknown }>(`select document from tenant_policies where tenant_id = $1 and kind = 'rewards' and version = $2`, [tx.tenantId, version]);
  const parsed = rewardsPolicy.safeParse(row?.document);
  return parsed.success ? parsed.data.levels : [];
}

const rules: Record<string, Rule> = {
  'helper.vetting_approved': async (_tx, event) => [{ kind: 'application.approved', recipients: [event.aggregate_id], facts: {}, linkPath: '/helper' }],

  'helper.vetting_rejected': async (tx, event) => {
    const [step] = await tx.query<{ decision_note: string | null }>(
      `select decision_note from vetting_steps where tenant_id = $1 and helper_id = $2::uuid and status = 'rejected' order by decided_at desc nulls last limit 1`,
      [tx.tenantId, event.aggregate_id],
    );
    return [{ kind: 'application.rejected', recipients: [event.aggregate_id], facts: { reason: step?.decision_note ?? '' }, linkPath: '/helper' }];
  },

  'offer.made': async (tx, event) => {
    const [offer] = await tx.query<{ customer_id: string; request_id: string; helper_name: string; price_minor: number; currency: string; service_names: Record<string, string> }>(
      `select r.customer_id, r.id as request_id, h.display_name as helper_name, o.price_minor, o.currency, s.names as service_names
         from offers o
         join requests r on r.tenant_id = o.tenant_id and r.id = o.request_id
         join services s on s.tenant_id = r.tenant_id and s.id = r.service_id
         join users h on h.tenant_id = o.tenant_id and h.id = o.helper_id
        where o.tenant_id = $1 and o.id = $2::uuid`,
      [tx.tenantId, event.aggregate_id],
    );
    if (!offer) return [];
    return [
      {
        kind: 'offer.received',
        recipients: [offer.customer_id],
        facts: {
          helperName: offer.helper_name,
          serviceName: { localized: offer.service_names },
          price: { money: { minor: offer.price_minor, currency: offer.currency } },
        },
        linkPath: `/requests/${offer.request_id}`,
      },
    ];
  },

  'request.scheduled': async (tx, event) => {
    const appointment = await appointmentOfRequest(tx, event.aggregate_id);
    return appointment ? [toCustomer('booking.confirmed', appointment), toHelper('booking.assigned', appointment)] : [];
  },

  'request.reassigned': async (tx, event) => {
    const appointment = await appointmentOfRequest(tx, event.aggregate_id);
    return appointment ? [toHelper('booking.assigned', appointment)] : [];
  },

  'appointment.reminder_due': async (tx, event) => {
    const appointment = await appointmentById(tx, event.aggregate_id);
    return appointment ? [toCustomer('appointment.reminder', appointment), toHelper('job.reminder', appointment)] : [];
  },

  'appointment.helper_on_the_way': async (tx, event) => {
    const appointment = await appointmentById(tx, event.aggregate_id);
    return appointment ? [toCustomer('helper.on_the_way', appointment)] : [];
  },

  // A job completed (or called off) before the fan-out ran is past starting: its own news follows.
  'request.started': async (tx, event) => {
    const appointmentId = text(event.payload, 'appointmentId');
    const [started] = appointmentId
      ? await tx.query<{ status: string }>(`select status from appointments where tenant_id = $1 and id = $2::uuid`, [tx.tenantId, appointmentId])
      : [];
    const appointment = started?.status === 'in_progress' ? await appointmentOfRequest(tx, event.aggregate_id) : null;
    return appointment ? [toCustomer('appointment.started', appointment)] : [];
  },

  'request.completed': async (tx, event) => {
    const appointment = await appointmentOfRequest(tx, event.aggregate_id);
    if (!appointment) return [];
    return [
      toCustomer('request.completed', appointment),
      {
        kind: 'review.requested',
        recipients: [appointment.customer_id, appointment.helper_id],
        facts: bookingFacts(appointment),
        perRecipient: {
          [appointment.customer_id]: { otherPartyName: appointment.helper_name },
          [appointment.helper_id]: { otherPartyName: appointment.customer_name },
        },
        linkPath: `/requests/${appointment.request_id}/review`,
      },
    ];
  },

  'payment.captured': async (tx, event) => {
    const payment = await paymentOfEvent(tx, event);
    if (!payment) return [];
    const { appointment, amount } = payment;
    return [toCustomer('payment.receipt', appointment, { ...bookingFacts(appointment), amount, receiptNumber: receiptNumberOf(event.aggregate_id) })];
  },

  'payment.refunded': async (tx, event) => {
    const payment = await paymentOfEvent(tx, event);
    if (!payment) return [];
    return [toCustomer('payment.refunded', payment.appointment, { ...bookingFacts(payment.appointment), amount: payment.amount })];
  },

  'payout.paid': async (tx, event) => {
    const [payout] = await tx.query<{ helper_id: string; amount_minor: number; currency: string; arrival_date: Date | null }>(
      `select helper_id, amount_minor, currency, arrival_date from helper_payouts where tenant_id = $1 and id = $2::uuid`,
      [tx.tenantId, event.aggregate_id],
    );
    if (!payout) return [];
    return [
      {
        kind: 'payout.paid',
        recipients: [payout.helper_id],
        facts: { amount: { money: { minor: payout.amount_minor, currency: payout.currency } }, arrivalDate: payout.arrival_date ? { date: payout.arrival_date } : '' },
        linkPath: '/helper/earnings',
      },
    ];
  },

  'request.escalated': async (tx, event) => {
    const [request] = await tx.query<{ postal_code: string; service_names: Record<string, string> }>(
      `select r.postal_code, s.names as service_names from requests r join services s on s.tenant_id = r.tenant_id and s.id = r.service_id
        where r.tenant_id = $1 and r.id = $2::uuid`,
      [tx.tenantId, event.aggregate_id],
    );
    if (!request) return [];
    return [
      {
        kind: 'request.escalated',
        recipients: 'operators',
        facts: {
          serviceName: { localized: request.service_names },
          postalCode: request.postal_code,
          requestReference: event.aggregate_id.slice(-8).toUpperCase(),
          reason: text(event.payload, 'reason') ?? '',
        },
        linkPath: `/console/requests/${event.aggregate_id}`,
      },
    ];
  },

  // One event per helper offered. An offer answered, taken by someone else or lapsed before the
  // fan-out is no longer news: the helper would only find it gone.
  'dispatch.offered': async (tx, event) => {
    const helperId = text(event.payload, 'helperId');
    if (!helperId) return [];
    const [offer] = await tx.query<{ postal_code: string; service_names: Record<string, string>; wanted_from: Date | null; expires_at: Date; mode: string }>(
      `select r.postal_code, s.names as service_names, r.expires_at, o.mode,
              (select min((w ->> 'from')::timestamptz) from jsonb_array_elements(r.windows) as w) as wanted_from
         from dispatch_offers o
         join requests r on r.tenant_id = o.tenant_id and r.id = o.request_id
         join services s on s.tenant_id = r.tenant_id and s.id = r.service_id
        where o.tenant_id = $1 and o.request_id = $2::uuid and o.helper_id = $3::uuid and o.status = 'pending'`,
      [tx.tenantId, text(event.payload, 'requestId') ?? event.aggregate_id, helperId],
    );
    if (!offer) return [];
    return [
      {
        kind: 'dispatch.offer',
        recipients: [helperId],
        facts: {
          serviceName: { localized: offer.service_names },
          postalCode: offer.postal_code,
          wantedFrom: offer.wanted_from ? { date: offer.wanted_from } : '',
          // Pending offers lapse when the request reaches its help-within target unanswered.
          openUntil: offer.expires_at.getTime() > event.created_at.getTime() ? { date: offer.expires_at } : '',
          byCall: byCall(offer.mode),
        },
        linkPath: '/helper/offers',
      },
    ];
  },

  // The call that started a remote-first job found it needs hands on; dispatch looks for a visit.
  // A request given up meanwhile (cancelled, expired) looks for no one: its own news says so.
  'request.visit_needed': async (tx, event) => {
    const [call] = await tx.query<{ customer_id: string; helper_name: string; service_names: Record<string, string>; completion_note: string | null }>(
      `select r.customer_id, h.display_name as helper_name, s.names as service_names, a.completion_note
         from appointments a
         join requests r on r.tenant_id = a.tenant_id and r.id = a.request_id
         join services s on s.tenant_id = r.tenant_id and s.id = r.service_id
         join users h on h.tenant_id = a.tenant_id and h.id = a.helper_id
        where a.tenant_id = $1 and a.id = $2::uuid and a.request_id = $3::uuid
          and r.status not in ('cancelled', 'expired', 'closed', 'refunded')`,
      [tx.tenantId, text(event.payload, 'appointmentId'), event.aggregate_id],
    );
    if (!call) return [];
    return [
      {
        kind: 'visit.needed',
        recipients: [call.customer_id],
        // The note as the helper wrote it on the call's appointment; without one, the event's reason is only a stand-in.
        facts: { helperName: call.helper_name, serviceName: { localized: call.service_names }, note: call.completion_note ?? '' },
        linkPath: `/requests/${event.aggregate_id}`,
      },
    ];
  },

  'incident.opened': async (tx, event) => {
    // The area is the postal codes' first digits; written as the codes' length ("80xx") it reads as an area.
    const [incident] = await tx.query<{ area: string; request_count: number; service_names: Record<string, string>; code_length: number | null }>(
      `select i.area, i.request_count, s.names as service_names,
              (select min(length(replace(r.postal_code, ' ', '')))
                 from incident_requests ir join requests r on r.tenant_id = ir.tenant_id and r.id = ir.request_id
                where ir.tenant_id = i.tenant_id and ir.incident_id = i.id) as code_length
         from incidents i
         join services s on s.tenant_id = i.tenant_id and s.id = i.service_id
        where i.tenant_id = $1 and i.id = $2::uuid and i.status <> 'closed'`,
      [tx.tenantId, event.aggregate_id],
    );
    if (!incident) return [];
    return [
      {
        kind: 'incident.opened',
        recipients: 'operators',
        facts: {
          serviceName: { localized: incident.service_names },
          postalArea: incident.area.padEnd(incident.code_length ?? 0, 'x'),
          requestCount: String(incident.request_count),
        },
        linkPath: `/console/incidents/${event.aggregate_id}`,
      },
    ];
  },

  // Operators hear of a redemption while it waits for them; one decided meanwhile is done.
  'rewards.redemption_requested': async (tx, event) => {
    const redemption = await redemptionById(tx, event.aggregate_id);
    if (!redemption || redemption.status !== 'requested') return [];
    return [
      {
        kind: 'redemption.requested',
        recipients: 'operators',
        facts: { helperName: redemption.helper_name, rewardName: { localized: redemption.item_name }, points: String(redemption.points) },
        linkPath: `/console/rewards/redemptions/${event.aggregate_id}`,
      },
    ];
  },

  'message.sent': messageSentRule,

  'rewards.redemption_approved': (tx, event) => redemptionDecided(tx, event, 'redemption.approved'),

  'rewards.redemption_rejected': (tx, event) => redemptionDecided(tx, event, 'redemption.rejected'),

  // Only a rise is told. A drop (a job taken back lowers reliability) is only noticed with the next
  // points earned, where a message would read as a reproach for earning them; the rewards page shows it.
  'rewards.level_changed': async (tx, event) => {
    const helperId = text(event.payload, 'helperId');
    const version = Number(event.payload.rewardsPolicyVersion);
    if (!helperId || !Number.isInteger(version)) return [];
    const levels = await rewardLevelsIn(tx, version);
    const from = levels.findIndex((level) => level.key === text(event.payload, 'fromLevel'));
    const to = levels.findIndex((level) => level.key === text(event.payload, 'toLevel'));
    if (to <= 0 || to <= from) return [];
    return [
      {
        kind: 'level.reached',
        recipients: [helperId],
        facts: { levelName: localizedName(levels[to].name), previousLevelName: from >= 0 ? localizedName(levels[from].name) : '' },
        linkPath: '/helper/rewards',
      },
    ];
  },
};

export function notificationRuleFor(type: string): Rule | undefined {
  return rules[type];
}

/**
 * Events an operator may subscribe a webhook endpoint to: the marketplace's public facts. Payloads carry
 * ids and states, never contact details or secrets.
 */
export const WEBHOOK_EVENT_TYPES = [
  'request.posted',
  'request.offered',
  'request.accepted',
  'request.scheduled',
  'request.reassigned',
  'request.started',
  'request.visit_needed',
  'request.completed',
  'request.closed',
  'request.cancelled',
  'request.expired',
  'request.escalated',
  'request.disputed',
  'request.resolved',
  'request.refunded',
  'offer.made',
  'offer.withdrawn',
  'offer.declined',
  'appointment.helper_on_the_way',
  'helper.vetting_started',
  'helper.vetting_approved',
  'helper.vetting_rejected',
  'helper.vetting_suspended',
  'review.published',
  'payment.authorized',
  'payment.captured',
  'payment.released',
  'payment.refunded',
  'payment.disputed',
  'payment.dispute_closed',
  'payout.paid',
  'payout.failed',
  'incident.opened',
  'incident.known_outage',
  'incident.closed',
] as const;

export const NOTIFIABLE_EVENT_TYPES: readonly string[] = Object.freeze([...new Set([...Object.keys(rules), ...WEBHOOK_EVENT_TYPES])]);
