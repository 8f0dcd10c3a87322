// Rows of requests and request_events as stored, and the views the service hands out.
import { type KnownOutage, knownOutagesIn, type RequestChannel } from '@quartier/incidents';
import type { TenantTransaction } from '@quartier/platform';
import { FINAL_REQUEST_STATUSES, type RequestActorKind, type RequestStatus } from './request-lifecycle.js';

export const REQUEST_COLUMNS = `id, customer_id, service_id, description, country_code, postal_code, windows, budget_minor,
  budget_currency, status, cancellation_policy_version, sla_policy_version, expires_at, last_sequence, created_at, updated_at, channel, posted_by,
  first_response_due_at, remote_first`;

export interface RequestRow {
  id: string;
  customer_id: string;
  service_id: string;
  description: string;
  country_code: string;
  postal_code: string;
  windows: { from: string; to: string }[];
  budget_minor: number | null;
  budget_currency: string | null;
  status: RequestStatus;
  cancellation_policy_version: number | null;
  sla_policy_version: number | null;
  expires_at: Date;
  last_sequence: number;
  created_at: Date;
  updated_at: Date;
  channel: RequestChannel;
  /** The operator who posted it for the customer (agent or API channel); null from the site. */
  posted_by: string | null;
  /** The SLA's first-response target fixed at posting; null for requests born booked. */
  first_response_due_at: Date | null;
  /** The customer lets a helper start with a call; cleared when the call finds a visit is needed. */
  remote_first: boolean;
}

interface EventRow {
  request_id: string;
  sequence: number;
  from_status: RequestStatus | null;
  to_status: RequestStatus;
  event: string;
  actor_kind: RequestActorKind;
  actor_id: string | null;
  reason: string | null;
  details: { cancellationFee?: CancellationFeeDecision };
  created_at: Date;
}

/** What the cancellation policy said when a request was cancelled; charging it is the payments' work. */
export interface CancellationFeeDecision {
  applies: boolean;
  /** before_acceptance: no helper committed yet; free_window / late: against the first window's start; by_operator. */
  rule: 'before_acceptance' | 'free_window' | 'late' | 'by_operator';
  policyVersion: number | null;
  currency: string;
  fixedMinor: number;
  basisPoints: number;
}

export interface RequestEventView {
  sequence: number;
  fromStatus: RequestStatus | null;
  toStatus: RequestStatus;
  event: string;
  actorKind: RequestActorKind;
  actorId: string | null;
  reason: string | null;
  cancellationFee: CancellationFeeDecision | null;
  createdAt: Date;
}

export interface RequestView {
  id: string;
  customerId: string;
  serviceId: string;
  description: string;
  countryCode: string;
  postalCode: string;
  windows: { from: Date; to: Date }[];
  budget: { amountMinor: number; currency: string } | null;
  /** A helper may start with a call (the service allows it and the customer agreed); false once a visit is needed. */
  remoteFirst: boolean;
  status: RequestStatus;
  cancellationPolicyVersion: number | null;
  slaPolicyVersion: number | null;
  expiresAt: Date;
  firstResponseDueAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  channel: RequestChannel;
  /** The appointment the request is booked on now (the latest not cancelled); null before it is booked. */
  appointmentId: string | null;
  /** A known outage in the request's service and area while the request is live; null otherwise. */
  knownOutage: KnownOutage | null;
  timeline: RequestEventView[];
}

function toEventView(row: EventRow): RequestEventView {
  return {
    sequence: row.sequence,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    event: row.event,
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    reason: row.reason,
    cancellationFee: row.details.cancellationFee ?? null,
    createdAt: row.created_at,
  };
}

/** What every view of a request shows, the customers' own and the helpers' feed alike. */
export function requestBasics(
  row: Pick<
    RequestRow,
    'id' | 'service_id' | 'description' | 'country_code' | 'postal_code' | 'windows' | 'budget_minor' | 'budget_currency' | 'remote_first' | 'status' | 'expires_at' | 'created_at'
  >,
) {
  return {
    id: row.id,
    serviceId: row.service_id,
    description: row.description,
    countryCode: row.country_code,
    postalCode: row.postal_code,
    windows: row.windows.map((window) => ({ from: new Date(window.from), to: new Date(window.to) })),
    budget: row.budget_minor === null || row.budget_currency === null ? null : { amountMinor: row.budget_minor, currency: row.budget_currency },
    remoteFirst: row.remote_first,
    status: row.status,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
  };
}

/** The requests with their timelines (one query for the whole page) and any known outage they are in. */
export async function toRequestViews(tx: TenantTransaction, rows: RequestRow[]): Promise<RequestView[]> {
  const events = rows.length
    ? await tx.query<EventRow>(
        `select request_id, sequence, from_status, to_status, event, actor_kind, actor_id, reason, details, created_at
           from request_events where tenant_id = $1 and request_id = any($2::uuid[]) order by request_id, sequence`,
        [tx.tenantId, rows.map((row) => row.id)],
      )
    : [];
  // A reassignment cancels the old appointment and writes a new one: the latest not cancelled is the live one.
  const appointments = rows.length
    ? await tx.query<{ request_id: string; id: string }>(
        `select distinct on (request_id) request_id, id from appointments
          where tenant_id = $1 and request_id = any($2::uuid[]) and status <> 'cancelled'
          order by request_id, created_at desc`,
        [tx.tenantId, rows.map((row) => row.id)],
      )
    : [];
  const appointmentOf = new Map(appointments.map((appointment) => [appointment.request_id, appointment.id]));
  const live = rows.filter((row) => !FINAL_REQUEST_STATUSES.includes(row.status));
  const outages = await knownOutagesIn(
    tx,
    live.map((row) => ({ serviceId: row.service_id, countryCode: row.country_code, postalCode: row.postal_code })),
  );
  const outageOf = new Map(live.map((row, index) => [row.id, outages[index]]));
  return rows.map((row) => ({
    ...requestBasics(row),
    customerId: row.customer_id,
    cancellationPolicyVersion: row.cancellation_policy_version,
    slaPolicyVersion: row.sla_policy_version,
    firstResponseDueAt: row.first_response_due_at,
    updatedAt: row.updated_at,
    channel: row.channel,
    appointmentId: appointmentOf.get(row.id) ?? null,
    knownOutage: outageOf.get(row.id) ?? null,
    timeline: events.filter((event) => event.request_id === row.id).map(toEventView),
  }));
}
