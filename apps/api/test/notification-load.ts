// Bulk notification work for the notification pipeline's stress suites: outbox events written the
// way services write them (one row each, committed), each telling one helper their application was
// approved — one email and one in-app notification per event — and readers of where the work stands.
import type { TestApi } from './test-api.js';

/** Writes `count` `helper.vetting_approved` events for `recipients` in turn; returns their ids in order. */
export async function insertApprovalEvents(api: TestApi, tenantId: string, recipients: readonly string[], count: number): Promise<string[]> {
  const rows = await api.db.ownerQuery<{ id: string }>(
    `insert into outbox_events (tenant_id, id, type, aggregate_type, aggregate_id, payload, context, created_at)
     select $1::uuid, gen_random_uuid(), 'helper.vetting_approved', 'helper', ($2::text[])[1 + i % cardinality($2::text[])], '{}'::jsonb,
            jsonb_build_object('v', 1, 'tenantId', $1::text, 'actor', jsonb_build_object('kind', 'system', 'name', 'load'), 'roles', '[]'::jsonb,
                               'locale', 'en', 'requestId', 'load-' || i),
            clock_timestamp()
       from generate_series(0, $3::int - 1) as i
     returning id`,
    [tenantId, recipients, count],
  );
  return rows.map((row) => row.id);
}

export interface DeliveryTally {
  total: number;
  sent: number;
  open: number;
}

/** A tenant's email deliveries: written, sent, and not yet ended (pending, queued or sending). */
export async function emailTally(api: TestApi, tenantId: string): Promise<DeliveryTally> {
  const [row] = await api.db.ownerQuery<{ total: string; sent: string; open: string }>(
    `select count(*)::text as total, count(*) filter (where status = 'sent')::text as sent,
            count(*) filter (where status in ('pending', 'queued', 'sending'))::text as open
       from notification_deliveries where tenant_id = $1 and channel = 'email'`,
    [tenantId],
  );
  return { total: Number(row.total), sent: Number(row.sent), open: Number(row.open) };
}

/** The Message-ID the mailer gives a delivery, as the sink reads it (no angle brackets). */
export function messageIdOf(deliveryId: string, senderAddress: string): string {
  return `${deliveryId}@${senderAddress.split('@')[1]}`;
}
