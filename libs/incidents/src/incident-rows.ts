// Rows of incidents and incident_requests as stored, and the views operators get.
import type { TenantTransaction } from '@quartier/platform';
import type { RequestChannel } from './request-channel.js';

export const INCIDENT_STATUSES = ['open', 'known_outage', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export type IncidentOutcome = 'resolved' | 'dismissed';

/** The outage notice for customers: one plain text, texts per locale, or both (a locale's own wins). */
export interface OutageMessage {
  text?: string | null;
  de?: string | null;
  fr?: string | null;
  it?: string | null;
  en?: string | null;
}

export const INCIDENT_COLUMNS = `id, service_id, country_code::text as country_code, area, status, outcome, title, summary, message, request_count,
  opened_at, known_at, known_by, closed_at, closed_by, close_note`;

export interface IncidentRow {
  id: string;
  service_id: string;
  country_code: string;
  area: string;
  status: IncidentStatus;
  outcome: IncidentOutcome | null;
  title: string;
  summary: string;
  message: OutageMessage | null;
  request_count: number;
  opened_at: Date;
  known_at: Date | null;
  known_by: string | null;
  closed_at: Date | null;
  closed_by: string | null;
  close_note: string | null;
}

export interface IncidentRequestView {
  id: string;
  description: string;
  countryCode: string;
  postalCode: string;
  channel: RequestChannel;
  createdAt: Date;
  /** How alike its text was to the incident's requests when it joined (0–1). */
  similarity: number;
  addedAt: Date;
}

export interface IncidentView {
  id: string;
  serviceId: string;
  countryCode: string;
  area: string;
  status: IncidentStatus;
  outcome: IncidentOutcome | null;
  title: string;
  summary: string;
  message: OutageMessage | null;
  requestCount: number;
  openedAt: Date;
  knownAt: Date | null;
  knownBy: string | null;
  closedAt: Date | null;
  closedBy: string | null;
  closeNote: string | null;
  /** Oldest first. */
  requests: IncidentRequestView[];
}

interface MemberRow {
  incident_id: string;
  id: string;
  description: string;
  country_code: string;
  postal_code: string;
  channel: RequestChannel;
  created_at: Date;
  similarity: number;
  added_at: Date;
}

/** The incidents with their requests, read in one query for the whole page. */
export async function toIncidentViews(tx: TenantTransaction, rows: IncidentRow[]): Promise<IncidentView[]> {
  const members = rows.length
    ? await tx.query<MemberRow>(
        `select ir.incident_id, r.id, r.description, r.country_code, r.postal_code, r.channel, r.created_at, ir.similarity, ir.added_at
           from incident_requests ir
           join requests r on r.tenant_id = ir.tenant_id and r.id = ir.request_id
          where ir.tenant_id = $1 and ir.incident_id = any($2::uuid[])
          order by ir.incident_id, r.created_at, r.id`,
        [tx.tenantId, rows.map((row) => row.id)],
      )
    : [];
  return rows.map((row) => ({
    id: row.id,
    serviceId: row.service_id,
    countryCode: row.country_code,
    area: row.area,
    status: row.status,
    outcome: row.outcome,
    title: row.title,
    summary: row.summary,
    message: row.message,
    requestCount: row.request_count,
    openedAt: row.opened_at,
    knownAt: row.known_at,
    knownBy: row.known_by,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    closeNote: row.close_note,
    requests: members
      .filter((member) => member.incident_id === row.id)
      .map((member) => ({
        id: member.id,
        description: member.description,
        countryCode: member.country_code,
        postalCode: member.postal_code,
        channel: member.channel,
        createdAt: member.created_at,
        similarity: member.similarity,
        addedAt: member.added_at,
      })),
  }));
}
