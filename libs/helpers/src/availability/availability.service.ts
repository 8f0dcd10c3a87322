// A helper's weekly availability and its dated exceptions, kept in local wall-clock time and read
// as UTC intervals in the tenant's time zone. Writes lock the helper's profile row, so concurrent
// replacements of the same template run one after the other; the database refuses overlaps anyway.
import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, type RequestContext, TenantDatabase, type TenantTransaction, ValidationError, zoneOffsetMs } from '@quartier/platform';
import { TenantPolicyService } from '@quartier/tenancy';
import { asUuid, callerId, ensureOwnProfile, findProfile } from '../helper-rows.js';
import {
  type AvailabilityException,
  expandAvailability,
  formatLocalDate,
  type UtcInterval,
  type WallClockWindow,
  type WeeklySlot,
  withoutBusy,
} from './availability-expansion.js';
import { liveAppointmentsIn } from './busy-times.js';
import {
  checkDate,
  checkExceptionWindows,
  checkRange,
  checkWeeklySlots,
  formatMinute,
  type WeeklySlotInput,
  type WindowInput,
} from './availability.rules.js';

export interface WindowView {
  start: string;
  end: string;
}

export interface WeeklySlotView extends WindowView {
  weekday: number;
}

export interface AvailabilityExceptionView {
  date: string;
  dayOff: boolean;
  windows: WindowView[];
  note: string;
}

export interface MyAvailabilityView {
  timezone: string;
  weekly: WeeklySlotView[];
  exceptions: AvailabilityExceptionView[];
  intervals: UtcInterval[];
}

export interface HelperAvailabilityView {
  helperId: string;
  timezone: string;
  intervals: UtcInterval[];
}

export interface ExceptionInput {
  date: string;
  dayOff?: boolean | null;
  windows?: WindowInput[] | null;
  note?: string | null;
}

interface ExceptionRow {
  on_date: string;
  windows: Array<{ start: number; end: number }>;
  note: string;
}

const DAY_MS = 86_400_000;
const toWindowView = (window: WallClockWindow): WindowView => ({ start: formatMinute(window.startMinute), end: formatMinute(window.endMinute) });

@Injectable()
export class AvailabilityService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly policies: TenantPolicyService,
    private readonly clock: Clock,
  ) {}

  /** Replaces the caller's whole weekly template; nothing is written when any slot is refused. */
  async setMyWeeklyAvailability(ctx: RequestContext, input: { slots: WeeklySlotInput[] }): Promise<MyAvailabilityView> {
    const slots = checkWeeklySlots(input.slots);
    return this.db.run(ctx, async (tx) => {
      const profile = await ensureOwnProfile(tx, this.policies);
      await tx.query(`delete from helper_weekly_slots where tenant_id = $1 and helper_id = $2`, [tx.tenantId, profile.user_id]);
      if (slots.length > 0) {
        await tx.query(
          `insert into helper_weekly_slots (tenant_id, helper_id, weekday, start_time, end_time)
           select $1, $2, s.weekday, s.start_time::time, s.end_time::time
             from unnest($3::smallint[], $4::text[], $5::text[]) as s (weekday, start_time, end_time)`,
          [tx.tenantId, profile.user_id, slots.map((s) => s.weekday), slots.map((s) => formatMinute(s.startMinute)), slots.map((s) => formatMinute(s.endMinute))],
        );
      }
      await tx.emit({ type: 'helper.availability_changed', aggregateType: 'helper', aggregateId: profile.user_id, payload: { weeklySlots: slots.length } });
      return this.viewOf(tx, profile.user_id, null);
    });
  }

  /** Sets the caller's exception of one local date: the whole day off, or windows replacing the template's. */
  async setMyAvailabilityException(ctx: RequestContext, input: ExceptionInput): Promise<MyAvailabilityView> {
    const day = checkDate('date', input.date);
    const windows = checkExceptionWindows(input.windows ?? []);
    if (input.dayOff && windows.length > 0) throw new ValidationError('windows', 'A day off takes no windows');
    if (!input.dayOff && windows.length === 0) throw new ValidationError('windows', 'Give windows, or set dayOff');
    const note = (input.note ?? '').trim();
    if (note.length > 500) throw new ValidationError('note', 'note must be at most 500 characters');
    return this.db.run(ctx, async (tx) => {
      const timezone = await this.timezoneOf(tx);
      if (day < this.today(timezone)) throw new ValidationError('date', 'date must not be in the past');
      const profile = await ensureOwnProfile(tx, this.policies);
      await tx.query(
        `insert into helper_availability_exceptions (tenant_id, helper_id, on_date, windows, note)
         values ($1, $2, $3::date, $4::jsonb, $5)
         on conflict (tenant_id, helper_id, on_date) do update set windows = excluded.windows, note = excluded.note, updated_at = now()`,
        [tx.tenantId, profile.user_id, formatLocalDate(day), JSON.stringify(windows.map((w) => ({ start: w.startMinute, end: w.endMinute }))), note],
      );
      await tx.emit({ type: 'helper.availability_changed', aggregateType: 'helper', aggregateId: profile.user_id, payload: { exceptionDate: formatLocalDate(day) } });
      return this.viewOf(tx, profile.user_id, null);
    });
  }

  /** Drops the caller's exception of a date, so the template applies again; no exception: no change. */
  async removeMyAvailabilityException(ctx: RequestContext, input: { date: string }): Promise<MyAvailabilityView> {
    const day = checkDate('date', input.date);
    return this.db.run(ctx, async (tx) => {
      const profile = await ensureOwnProfile(tx, this.policies);
      const removed = await tx.query(`delete from helper_availability_exceptions where tenant_id = $1 and helper_id = $2 and on_date = $3::date returning on_date`, [
        tx.tenantId,
        profile.user_id,
        formatLocalDate(day),
      ]);
      if (removed.length > 0) {
        await tx.emit({ type: 'helper.availability_changed', aggregateType: 'helper', aggregateId: profile.user_id, payload: { exceptionDate: formatLocalDate(day) } });
      }
      return this.viewOf(tx, profile.user_id, null);
    });
  }

  /** The caller's template, their exceptions in the range and the resulting UTC intervals. */
  async myAvailability(ctx: RequestContext, input: { from: string; to: string }): Promise<MyAvailabilityView> {
    return this.db.run(ctx, async (tx) => {
      const timezone = await this.timezoneOf(tx);
      const range = checkRange(input, this.today(timezone));
      const profile = await findProfile(tx, callerId(ctx), { lock: false });
      if (!profile) return { timezone, weekly: [], exceptions: [], intervals: [] };
      return this.viewOf(tx, profile.user_id, range);
    });
  }

  /** An approved helper's free intervals; any other id is the same NOT_FOUND as an unknown one. */
  async helperAvailability(ctx: RequestContext, input: { helperId: string; from: string; to: string }): Promise<HelperAvailabilityView> {
    return this.db.run(ctx, async (tx) => {
      const timezone = await this.timezoneOf(tx);
      const range = checkRange(input, this.today(timezone));
      const profile = await findProfile(tx, asUuid(input.helperId), { lock: false });
      if (!profile || profile.status !== 'approved') throw new NotFoundError('Helper');
      const { intervals } = await this.viewOf(tx, profile.user_id, range);
      // Customers pick from what is still free: booked hours are left out.
      const span = intervals.length ? { from: intervals[0].start, to: intervals[intervals.length - 1].end } : null;
      const busy = span ? await liveAppointmentsIn(tx, [profile.user_id], span) : [];
      return { helperId: profile.user_id, timezone, intervals: withoutBusy(intervals, busy.map((row) => ({ start: row.starts_at, end: row.ends_at }))) };
    });
  }

  private async viewOf(tx: TenantTransaction, helperId: string, range: { from: string; to: string } | null): Promise<MyAvailabilityView> {
    const timezone = await this.timezoneOf(tx);
    const weeklyRows = await tx.query<{ weekday: number; start_minute: number; end_minute: number }>(
      `select weekday, (extract(epoch from start_time) / 60)::integer as start_minute, (extract(epoch from end_time) / 60)::integer as end_minute
         from helper_weekly_slots where tenant_id = $1 and helper_id = $2 order by weekday, start_time`,
      [tx.tenantId, helperId],
    );
    const exceptionRows = await tx.query<ExceptionRow>(
      `select to_char(on_date, 'YYYY-MM-DD') as on_date, windows, note from helper_availability_exceptions
        where tenant_id = $1 and helper_id = $2 and on_date >= $3::date and ($4::date is null or on_date <= $4::date)
        order by on_date`,
      [tx.tenantId, helperId, range?.from ?? formatLocalDate(this.today(timezone)), range?.to ?? null],
    );
    const weekly: WeeklySlot[] = weeklyRows.map((row) => ({ weekday: row.weekday, startMinute: row.start_minute, endMinute: row.end_minute }));
    const exceptions: AvailabilityException[] = exceptionRows.map((row) => ({
      date: row.on_date,
      windows: row.windows.map((w) => ({ startMinute: w.start, endMinute: w.end })),
    }));
    return {
      timezone,
      weekly: weekly.map((slot) => ({ weekday: slot.weekday, ...toWindowView(slot) })),
      exceptions: exceptionRows.map((row, index) => ({
        date: row.on_date,
        dayOff: exceptions[index].windows.length === 0,
        windows: exceptions[index].windows.map(toWindowView),
        note: row.note,
      })),
      intervals: range ? expandAvailability({ timeZone: timezone, from: range.from, to: range.to, weekly, exceptions }) : [],
    };
  }

  private async timezoneOf(tx: TenantTransaction): Promise<string> {
    const [row] = await tx.query<{ timezone: string }>(`select timezone from tenants where id = $1`, [tx.tenantId]);
    if (!row) throw new NotFoundError('Tenant');
    return row.timezone;
  }

  /** Today's local date in the zone, as a day number. */
  private today(timezone: string): number {
    const now = this.clock.now().getTime();
    return Math.floor((now + zoneOffsetMs(timezone, now)) / DAY_MS);
  }
}
