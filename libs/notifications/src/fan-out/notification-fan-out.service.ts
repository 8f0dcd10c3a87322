// Fans outbox events out, a handful of one tenant's per job: who hears of each (the event's rule), on
// which channels (each person's choice, else the kind's defaults), in which words (the tenant's
// templates in the person's language, in the tenant's brand), plus a delivery per operator webhook
// subscribed to the event type. All of it
// is written in one tenant transaction that also removes the events from the inbox, so an event is
// fanned out once and completely, however often its job runs.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock, newId, type RequestContext, siteOrigin, TenantDatabase, type TenantTransaction } from '@quartier/platform';
import { TenantPolicyService } from '@quartier/tenancy';
import { kindDefinition, type NotificationLocale, type UserChannel } from '../catalog/notification-kinds.js';
import { type NotificationIntent, notificationRuleFor, type OutboxEventRow, WEBHOOK_EVENT_TYPES } from '../catalog/notification-rules.js';
import { type Claimed, NotificationDeliveryService } from '../delivery/notification-delivery.service.js';
import { sendableAt } from '../quiet-hours.js';
import { NotificationSettingsService } from '../settings/notification-settings.service.js';
import { brandedEmail, footerFor, LINK_LABELS, renderTemplate } from '../templates/index.js';
import { formatFacts } from './format-facts.js';
import { localeFor, TemplateSet } from './template-resolution.js';

/** Sends per delivery before it is given up (about a day with the capped backoff). */
export const DELIVERY_MAX_ATTEMPTS = { email: 10, sms: 8, webhook: 12 } as const;

interface Recipient {
  id: string;
  email: string;
  phone: string | null;
  locale: string;
  display_name: string;
}

interface TenantRow {
  slug: string;
  name: string;
  locales: string[];
  default_locale: NotificationLocale;
  timezone: string;
}

export interface InAppRow {
  id: string;
  eventId: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  createdAt: Date;
}

interface DeliveryRow {
  id: string;
  eventId: string;
  eventType: string;
  kind: string;
  channel: 'email' | 'sms' | 'webhook';
  recipientId: string;
  address: string;
  locale: NotificationLocale | null;
  subject: string | null;
  body: string;
  html: string | null;
  maxAttempts: number;
  dueAt: Date;
}

interface RuledEvent {
  event: OutboxEventRow;
  intents: NotificationIntent[];
}

export interface FanOutResult {
  outcome: string;
  /** In-app notifications written, for live updates once committed. */
  inApp: InAppRow[];
  deliveries: number;
  /** Deliveries due now, claimed for the fan-out's job to send once the fan-out has committed. */
  sendNow: Claimed[];
}

const webhookTypes = new Set<string>(WEBHOOK_EVENT_TYPES);

@Injectable()
export class NotificationFanOutService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(TenantPolicyService) private readonly policies: TenantPolicyService,
    @Inject(NotificationSettingsService) private readonly settings: NotificationSettingsService,
    @Inject(NotificationDeliveryService) private readonly delivery: NotificationDeliveryService,
  ) {}

  /**
   * Fans out a handful of one tenant's inbox events in one transaction (the site's settings, brand and
   * templates read once for all of them). Should one event's rule fail, each event is fanned out on its
   * own instead, so the others go ahead and only the failing one is retried.
   */
  async fanOut(ctx: RequestContext, eventIds: readonly string[]): Promise<FanOutResult> {
    try {
      return await this.db.run(ctx, (tx) => this.fanOutIn(tx, eventIds));
    } catch (error) {
      if (eventIds.length <= 1) throw error;
      const results: FanOutResult[] = [];
      let failure: unknown = null;
      for (const eventId of eventIds) {
        try {
          results.push(await this.db.run(ctx, (tx) => this.fanOutIn(tx, [eventId])));
        } catch (one) {
          failure ??= one;
        }
      }
      if (failure !== null) throw failure;
      return {
        outcome: results.map((result) => result.outcome).join('; '),
        inApp: results.flatMap((result) => result.inApp),
        deliveries: results.reduce((sum, result) => sum + result.deliveries, 0),
        sendNow: results.flatMap((result) => result.sendNow),
      };
    }
  }

  private async fanOutIn(tx: TenantTransaction, eventIds: readonly string[]): Promise<FanOutResult> {
    const claimed = await tx.query<{ event_id: string }>(`delete from notification_inbox where tenant_id = $1 and event_id = any($2::uuid[]) returning event_id`, [tx.tenantId, eventIds]);
    if (claimed.length === 0) return { outcome: 'skipped: already fanned out', inApp: [], deliveries: 0, sendNow: [] };
    const events = await tx.query<OutboxEventRow>(
      `select id, type, aggregate_id, payload, created_at from outbox_events where tenant_id = $1 and id = any($2::uuid[]) order by created_at, id`,
      [tx.tenantId, claimed.map((row) => row.event_id)],
    );
    const now = this.clock.now();
    const ruled: RuledEvent[] = [];
    for (const event of events) {
      const rule = notificationRuleFor(event.type);
      ruled.push({ event, intents: rule ? await rule(tx, event) : [] });
    }
    const inApp: InAppRow[] = [];
    const deliveries: DeliveryRow[] = [];
    if (ruled.some((one) => one.intents.length > 0)) await this.personalIn(tx, ruled, now, inApp, deliveries);
    const hooked = events.filter((event) => webhookTypes.has(event.type));
    if (hooked.length > 0) await this.webhooksIn(tx, hooked, now, deliveries);

    if (inApp.length > 0) {
      await tx.query(
        `insert into notifications (tenant_id, id, user_id, event_id, kind, title, body, link, created_at)
         select $1, * from unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])
         on conflict (tenant_id, event_id, user_id, kind) do nothing`,
        [tx.tenantId, inApp.map((n) => n.id), inApp.map((n) => n.userId), inApp.map((n) => n.eventId), inApp.map((n) => n.kind), inApp.map((n) => n.title), inApp.map((n) => n.body), inApp.map((n) => n.link), inApp.map((n) => n.createdAt)],
      );
    }
    let sendNow: Claimed[] = [];
    if (deliveries.length > 0) {
      // What is due now is claimed by this job at once (sending, first hand-out, under the send lease),
      // so the job sends it right after committing; what waits (an SMS in quiet hours) stays pending
      // for the feeder. Should the job die, the lease runs out and the feeder hands it out again.
      const inserted = await tx.query<{ id: string; handouts: number }>(
        `insert into notification_deliveries (tenant_id, id, event_id, event_type, kind, channel, recipient_id, address, locale, subject, body, html,
           status, handouts, lease_until, max_attempts, due_at, created_at, updated_at)
         select $1, d.id, d.event_id, d.event_type, d.kind, d.channel, d.recipient_id, d.address, d.locale, d.subject, d.body, d.html,
                case when d.due_at <= $2 then 'sending' else 'pending' end, case when d.due_at <= $2 then 1 else 0 end,
                case when d.due_at <= $2 then $16::timestamptz end, d.max_attempts, d.due_at, $2, $2
           from unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::int[], $15::timestamptz[])
             as d (id, event_id, event_type, kind, channel, recipient_id, address, locale, subject, body, html, max_attempts, due_at)
         on conflict (tenant_id, event_id, recipient_id, channel, kind) do nothing
         returning id, handouts`,
        [
          tx.tenantId,
          now,
          deliveries.map((d) => d.id),
          deliveries.map((d) => d.eventId),
          deliveries.map((d) => d.eventType),
          deliveries.map((d) => d.kind),
          deliveries.map((d) => d.channel),
          deliveries.map((d) => d.recipientId),
          deliveries.map((d) => d.address),
          deliveries.map((d) => d.locale),
          deliveries.map((d) => d.subject),
          deliveries.map((d) => d.body),
          deliveries.map((d) => d.html),
          deliveries.map((d) => d.maxAttempts),
          deliveries.map((d) => d.dueAt),
          this.delivery.sendingLeaseUntil(now, deliveries.length),
        ],
      );
      const claimedNow = new Set(inserted.filter((row) => row.handouts === 1).map((row) => row.id));
      sendNow = await this.delivery.claimedIn(
        tx,
        deliveries
          .filter((d) => claimedNow.has(d.id))
          .map((d) => ({
            id: d.id,
            event_id: d.eventId,
            event_type: d.eventType,
            kind: d.kind,
            channel: d.channel,
            recipient_id: d.recipientId,
            address: d.address,
            subject: d.subject,
            body: d.body,
            html: d.html,
            attempts: 0,
            handouts: 1,
            max_attempts: d.maxAttempts,
          })),
      );
    }
    const skipped = eventIds.length - events.length;
    return {
      outcome: `fanned out ${events.length} event(s): ${inApp.length} in-app, ${deliveries.length} deliveries${skipped > 0 ? `; ${skipped} skipped` : ''}`,
      inApp,
      deliveries: deliveries.length,
      sendNow,
    };
  }

  private async personalIn(tx: TenantTransaction, ruled: readonly RuledEvent[], now: Date, inApp: InAppRow[], deliveries: DeliveryRow[]): Promise<void> {
    const intents = ruled.flatMap((one) => one.intents);
    const [tenant] = await tx.query<TenantRow>(`select slug, name, locales, default_locale, timezone from tenants where id = $1`, [tx.tenantId]);
    const operators = intents.some((intent) => intent.recipients === 'operators')
      ? (await tx.query<{ user_id: string }>(`select distinct user_id from user_roles where tenant_id = $1 and role in ('operator_admin', 'operator_agent')`, [tx.tenantId])).map((row) => row.user_id)
      : [];
    const recipientIds = [...new Set(intents.flatMap((intent) => (intent.recipients === 'operators' ? operators : intent.recipients)))];
    if (recipientIds.length === 0) return;
    const kinds = [...new Set(intents.map((intent) => intent.kind))];
    const people = await tx.query<Recipient>(`select id, email, phone, locale, display_name from users where tenant_id = $1 and id = any($2::uuid[]) and status = 'active'`, [
      tx.tenantId,
      recipientIds,
    ]);
    const preferences = await tx.query<{ user_id: string; kind: string; channels: UserChannel[] }>(
      `select user_id, kind, channels from notification_preferences where tenant_id = $1 and user_id = any($2::uuid[]) and kind = any($3::text[])`,
      [tx.tenantId, recipientIds, kinds],
    );
    const templates = await TemplateSet.loadIn(tx, kinds);
    const branding = await this.policies.currentDocumentIn(tx, 'branding');
    const channels = await this.settings.channelsIn(tx);
    const byId = new Map(people.map((person) => [person.id, person]));
    const chosen = new Map(preferences.map((row) => [`${row.user_id}|${row.kind}`, row.channels]));
    const siteName = branding.displayName || tenant.name;
    const origin = siteOrigin(this.config, tenant.slug);
    const tenantLocales = { locales: tenant.locales, defaultLocale: tenant.default_locale };
    const smsDueAt = sendableAt(now, tenant.timezone, channels.quietHours);

    for (const { event, intents: eventIntents } of ruled) {
      const of = { eventId: event.id, eventType: event.type };
      for (const intent of eventIntents) {
        const definition = kindDefinition(intent.kind);
        if (!definition) continue;
        const ids = intent.recipients === 'operators' ? operators : intent.recipients;
        for (const userId of new Set(ids)) {
          const person = byId.get(userId);
          if (!person) continue;
          const locale = localeFor(person.locale, tenantLocales);
          const link = `${origin}${intent.linkPath}`;
          const variables = {
            ...formatFacts({ ...intent.facts, ...intent.perRecipient?.[userId] }, locale, tenant.default_locale, tenant.timezone),
            siteName,
            recipientName: person.display_name,
            link,
          };
          const wanted = chosen.get(`${userId}|${intent.kind}`) ?? definition.defaultChannels;
          for (const channel of wanted) {
            const text = renderTemplate(templates.textFor(intent.kind, channel, locale), variables);
            if (channel === 'in_app') {
              inApp.push({ id: newId(), eventId: event.id, userId, kind: intent.kind, title: text.subject ?? siteName, body: text.body, link: intent.linkPath, createdAt: now });
            } else if (channel === 'email') {
              const mail = brandedEmail({ subject: text.subject ?? siteName, body: text.body, link, linkLabel: LINK_LABELS[locale], locale, branding: { ...branding, displayName: siteName }, footer: footerFor(locale, siteName) });
              deliveries.push({ id: newId(), ...of, kind: intent.kind, channel, recipientId: userId, address: person.email, locale, subject: text.subject, body: mail.text, html: mail.html, maxAttempts: DELIVERY_MAX_ATTEMPTS.email, dueAt: now });
            } else if (channel === 'sms' && person.phone) {
              deliveries.push({ id: newId(), ...of, kind: intent.kind, channel, recipientId: userId, address: person.phone, locale, subject: null, body: text.body, html: null, maxAttempts: DELIVERY_MAX_ATTEMPTS.sms, dueAt: smsDueAt });
            }
          }
        }
      }
    }
  }

  private async webhooksIn(tx: TenantTransaction, events: readonly OutboxEventRow[], now: Date, deliveries: DeliveryRow[]): Promise<void> {
    const endpoints = await tx.query<{ id: string; url: string; event_types: string[] }>(
      `select id, url, event_types from webhook_endpoints where tenant_id = $1 and enabled and event_types && $2::text[]`,
      [tx.tenantId, [...new Set(events.map((event) => event.type))]],
    );
    if (endpoints.length === 0) return;
    const [tenant] = await tx.query<{ slug: string }>(`select slug from tenants where id = $1`, [tx.tenantId]);
    for (const event of events) {
      const body = JSON.stringify({ id: event.id, type: event.type, createdAt: event.created_at.toISOString(), tenant: tenant.slug, data: event.payload });
      for (const endpoint of endpoints.filter((one) => one.event_types.includes(event.type))) {
        deliveries.push({
          id: newId(),
          eventId: event.id,
          eventType: event.type,
          kind: event.type,
          channel: 'webhook',
          recipientId: endpoint.id,
          address: endpoint.url,
          locale: null,
          subject: null,
          body,
          html: null,
          maxAttempts: DELIVERY_MAX_ATTEMPTS.webhook,
          dueAt: now,
        });
      }
    }
  }
}
