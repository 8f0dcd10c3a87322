// Helpers' recurring weekly hours and dated exceptions, as the availability expansion takes them,
// read for any number of helpers in two statements. Search, booking and dispatch all ask when a
// helper is free; they read the hours here and the booked times from busy-times.ts.
import type { TenantTransaction } from '@quartier/platform';
import type { AvailabilityException, WeeklySlot } from './availability-expansion.js';

export interface HelperHours {
  weekly: WeeklySlot[];
  exceptions: AvailabilityException[];
}

/** Every helper's weekly slots and their exceptions dated `from`–`to` (local dates, YYYY-MM-DD); helpers without any get empty lists. */
export async function helperHoursIn(tx: TenantTransaction, helperIds: readonly string[], dates: { from: string; to: string }): Promise<Map<string, HelperHours>> {
  const hours = new Map<string, HelperHours>(helperIds.map((helperId) => [helperId, { weekly: [], exceptions: [] }]));
  if (helperIds.length === 0) return hours;
  const weekly = await tx.query<WeeklySlot & { helper_id: string }>(
    `select helper_id, weekday, (extract(epoch from start_time) / 60)::integer as "startMinute", (extract(epoch from end_time) / 60)::integer as "endMinute"
       from helper_weekly_slots where tenant_id = $1 and helper_id = any($2::uuid[])
      order by helper_id, weekday, start_time`,
    [tx.tenantId, helperIds],
  );
  const exceptions = await tx.query<{ helper_id: string; on_date: string; windows: { start: number; end: number }[] }>(
    `select helper_id, to_char(on_date, 'YYYY-MM-DD') as on_date, windows from helper_availability_exceptions
      where tenant_id = $1 and helper_id = any($2::uuid[]) and on_date between $3::date and $4::date
      order by helper_id, on_date`,
    [tx.tenantId, helperIds, dates.from, dates.to],
  );
  for (const { helper_id, ...slot } of weekly) hours.get(helper_id)?.weekly.push(slot);
  for (const row of exceptions) {
    hours.get(row.helper_id)?.exceptions.push({ date: row.on_date, windows: row.windows.map((window) => ({ startMinute: window.start, endMinute: window.end })) });
  }
  return hours;
}
