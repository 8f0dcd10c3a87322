// Operators' side of incidents: list and read them with their requests, mark one a known outage
// with a notice for customers (paid bookings in its service and area then wait), and close it —
// resolved after a known outage, or dismissed while still open. A decision on an incident in the
// wrong state is a CONFLICT naming its status; nothing is written then.
import { Injectable } from '@nestjs/common';
import {
  asUuid,
  Clock,
  ConflictError,
  decodeTimeCursor,
  encodeCursor,
  NotFoundError,
  pageSize,
  type RequestContext,
  TenantDatabase,
  type TenantTransaction,
  toConnection,
  userIdOf,
  ValidationError,
} from '@quartier/platform';
import { INCIDENT_COLUMNS, INCIDENT_STATUSES, type IncidentRow, type IncidentStatus, type IncidentView, type OutageMessage, toIncidentViews } from './incident-rows.js';

export const MAX_MESSAGE_LENGTH = 500;
export const MAX_NOTE_LENGTH = 1_000;
const MESSAGE_KEYS = ['text', 'de', 'fr', 'it', 'en'] as const;

/** The notice trimmed, each text at most 500 characters, at least one given; empty ones dropped. */
export function checkOutageMessage(message: OutageMessage | null | undefined): OutageMessage {
  const checked: OutageMessage = {};
  for (const key of MESSAGE_KEYS) {
    const text = message?.[key]?.trim();
    if (!text) continue;
    if (text.length > MAX_MESSAGE_LENGTH) throw new ValidationError('message', `Each text of the message is at most ${MAX_MESSAGE_LENGTH} characters`);
    checked[key] = text;
  }
  if (Object.keys(checked).length === 0) throw new ValidationError('message', 'Give the message customers will read, as plain text or per locale');
  return checked;
}

function checkNote(note: string | null | undefined): string | null {
  const text = note?.trim();
  if (!text) return null;
  if (text.length > MAX_NOTE_LENGTH) throw new ValidationError('note', `The note is at most ${MAX_NOTE_LENGTH} characters`);
  return text;
}

const wrongState = (status: IncidentStatus, action: string) =>
  new ConflictError(`An incident that is ${status.replace('_', ' ')} cannot be ${action}`, { field: 'id', detail: status === 'closed' ? 'INCIDENT_CLOSED' : 'ILLEGAL_TRANSITION', status });

@Injectable()
export class IncidentService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly clock: Clock,
  ) {}

  /** The site's incidents, newest first, of one status if given. */
  incidents(ctx: RequestContext, input: { status?: IncidentStatus | null; first?: number | null; after?: string | null }) {
    const size = pageSize(input.first);
    const after = decodeTimeCursor(input.after);
    if (input.status && !INCIDENT_STATUSES.includes(input.status)) throw new ValidationError('status', 'Unknown incident status');
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<IncidentRow & { opened_key: string }>(
        `select ${INCIDENT_COLUMNS}, to_char(opened_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as opened_key
           from incidents
          where tenant_id = $1 and ($2::text is null or status = $2)
            and ($3::timestamptz is null or (opened_at, id) < ($3, $4::uuid))
          order by opened_at desc, id desc
          limit $5`,
        [tx.tenantId, input.status ?? null, after?.t ?? null, after?.id ?? null, size + 1],
      );
      const views = new Map((await toIncidentViews(tx, rows.slice(0, size))).map((view) => [view.id, view]));
      return toConnection(
        rows,
        size,
        (row) => views.get(row.id) as IncidentView,
        (row) => encodeCursor({ t: row.opened_key, id: row.id }),
      );
    });
  }

  /** One incident with its requests; an unknown id (or another site's) is NOT_FOUND. */
  incident(ctx: RequestContext, input: { id: string }): Promise<IncidentView> {
    return this.db.run(ctx, async (tx) => this.viewIn(tx, await this.findIn(tx, input.id, { lock: false })));
  }

  /** An open incident becomes a known outage: customers there are told, paid bookings there wait. */
  markKnownOutage(ctx: RequestContext, input: { id: string; message: OutageMessage }): Promise<IncidentView> {
    const operatorId = userIdOf(ctx);
    const message = checkOutageMessage(input.message);
    return this.db.run(ctx, async (tx) => {
      const incident = await this.findIn(tx, input.id, { lock: true });
      if (incident.status !== 'open') throw wrongState(incident.status, 'marked a known outage');
      const [updated] = await tx.query<IncidentRow>(
        `update incidents set status = 'known_outage', message = $3, known_at = $4, known_by = $5
          where tenant_id = $1 and id = $2 returning ${INCIDENT_COLUMNS}`,
        [tx.tenantId, incident.id, JSON.stringify(message), this.clock.now(), operatorId],
      );
      await tx.emit({
        type: 'incident.known_outage',
        aggregateType: 'incident',
        aggregateId: incident.id,
        payload: { incidentId: incident.id, serviceId: incident.service_id, countryCode: incident.country_code, area: incident.area, message, actorId: operatorId },
      });
      return this.viewIn(tx, updated);
    });
  }

  /** Closes an open incident (dismissed) or a known outage (resolved, lifting the pause of bookings). */
  close(ctx: RequestContext, input: { id: string; note?: string | null }): Promise<IncidentView> {
    const operatorId = userIdOf(ctx);
    const note = checkNote(input.note);
    return this.db.run(ctx, async (tx) => {
      const incident = await this.findIn(tx, input.id, { lock: true });
      if (incident.status === 'closed') throw wrongState(incident.status, 'closed');
      const outcome = incident.status === 'known_outage' ? 'resolved' : 'dismissed';
      const [updated] = await tx.query<IncidentRow>(
        `update incidents set status = 'closed', outcome = $3, closed_at = $4, closed_by = $5, close_note = $6
          where tenant_id = $1 and id = $2 returning ${INCIDENT_COLUMNS}`,
        [tx.tenantId, incident.id, outcome, this.clock.now(), operatorId, note],
      );
      await tx.emit({
        type: 'incident.closed',
        aggregateType: 'incident',
        aggregateId: incident.id,
        payload: { incidentId: incident.id, serviceId: incident.service_id, countryCode: incident.country_code, area: incident.area, outcome, note, actorId: operatorId },
      });
      return this.viewIn(tx, updated);
    });
  }

  private async findIn(tx: TenantTransaction, id: string, options: { lock: boolean }): Promise<IncidentRow> {
    const [row] = await tx.query<IncidentRow>(
      `select ${INCIDENT_COLUMNS} from incidents where tenant_id = $1 and id = $2::uuid ${options.lock ? 'for update' : ''}`,
      [tx.tenantId, asUuid(id)],
    );
    if (!row) throw new NotFoundError('Incident');
    return row;
  }

  private async viewIn(tx: TenantTransaction, row: IncidentRow): Promise<IncidentView> {
    const [view] = await toIncidentViews(tx, [row]);
    return view;
  }
}
