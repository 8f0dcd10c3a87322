// The times a helper is already booked: their live appointments. Appointments belong to the booking
// domain, which builds on this one; the table is read here (not the service) so search and the
// public availability can leave booked hours out without a dependency cycle. The database's
// exclusion constraint stays the guard against double-booking; this only keeps offers honest.
import type { TenantTransaction } from '@quartier/platform';

export interface BusyRow {
  helper_id: string;
  starts_at: Date;
  ends_at: Date;
}

/** Live (scheduled or started) appointments of the helpers overlapping the range, soonest first. */
export function liveAppointmentsIn(tx: TenantTransaction, helperIds: readonly string[], range: { from: Date; to: Date }): Promise<BusyRow[]> {
  return tx.query<BusyRow>(
    `select helper_id, starts_at, ends_at from appointments
      where tenant_id = $1 and helper_id = any($2::uuid[]) and status in ('scheduled', 'in_progress')
        and starts_at < $4 and ends_at > $3
      order by starts_at`,
    [tx.tenantId, helperIds, range.from, range.to],
  );
}
