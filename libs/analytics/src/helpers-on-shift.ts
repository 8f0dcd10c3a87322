// Who works right now: the site's approved helpers whose weekly hours or that day's exception cover
// the instant, read and expanded as search, booking and dispatch read them, so "on shift" here
// means what dispatch would see.
import { expandAvailability, helperHoursIn, type HelperHours, liveAppointmentsIn } from '@quartier/helpers';
import type { TenantTransaction } from '@quartier/platform';

const DAY_MS = 86_400_000;

export interface HelpersOnShift {
  at: Date;
  /** On shift and free now, in display-name order. */
  helperIds: string[];
  /** On shift but on a job now (a scheduled or started appointment spans the instant). */
  onJobHelperIds: string[];
}

/** Approved helpers (suspended ones are not) of active accounts whose hours cover `now`. */
export async function helpersOnShiftIn(tx: TenantTransaction, now: Date): Promise<HelpersOnShift> {
  const [{ timezone }] = await tx.query<{ timezone: string }>(`select timezone from tenants where id = $1`, [tx.tenantId]);
  const approved = await tx.query<{ user_id: string }>(
    `select h.user_id from helper_profiles h
       join users u on u.tenant_id = h.tenant_id and u.id = h.user_id
      where h.tenant_id = $1 and h.status = 'approved' and u.status = 'active'
      order by h.display_name, h.user_id`,
    [tx.tenantId],
  );
  const helperIds = approved.map((row) => row.user_id);
  // A day either side covers every zone's offset from UTC.
  const from = new Date(now.getTime() - DAY_MS).toISOString().slice(0, 10);
  const to = new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10);
  const hours = await helperHoursIn(tx, helperIds, { from, to });
  const onShift = helperIds.filter((helperId) => {
    const { weekly, exceptions } = hours.get(helperId) as HelperHours;
    return expandAvailability({ timeZone: timezone, from, to, weekly, exceptions }).some(
      (interval) => interval.start.getTime() <= now.getTime() && now.getTime() < interval.end.getTime(),
    );
  });
  const busy = new Set((await liveAppointmentsIn(tx, onShift, { from: now, to: new Date(now.getTime() + 1) })).map((row) => row.helper_id));
  return { at: now, helperIds: onShift.filter((id) => !busy.has(id)), onJobHelperIds: onShift.filter((id) => busy.has(id)) };
}
