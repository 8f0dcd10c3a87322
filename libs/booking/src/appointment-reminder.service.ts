// The day-ahead reminder: the platform's sweep stamps each scheduled appointment that starts within
// the next 24 hours and was not reminded yet, and writes one `appointment.reminder_due` event for it,
// which notifications turn into messages to its customer and helper. An appointment booked less than
// a day ahead is reminded by the first sweep after booking.
import { Injectable } from '@nestjs/common';
import { ForbiddenError, type RequestContext, TenantDatabase } from '@quartier/platform';
import type { AppointmentRow } from './appointment-rows.js';

/** How far ahead of its start an appointment is reminded. */
export const REMINDER_LEAD_HOURS = 24;
/** Reminds at most this many appointments per run; the next run takes the rest. */
const REMIND_BATCH = 500;

type DueRow = Pick<AppointmentRow, 'id' | 'request_id' | 'helper_id' | 'customer_id' | 'starts_at'>;

@Injectable()
export class AppointmentReminderService {
  constructor(private readonly db: TenantDatabase) {}

  /**
   * The reminder seam, for the platform's own jobs (system context): every scheduled appointment
   * starting after `now` and within the next 24 hours, not reminded yet, is reminded once.
   * Appointments locked by a concurrent change (a cancellation, a reassignment) wait for the next
   * run. Returns how many were reminded.
   */
  async remindDue(ctx: RequestContext, now: Date): Promise<number> {
    if (ctx.actor.kind !== 'system') throw new ForbiddenError('Only the platform sends appointment reminders');
    return this.db.run(ctx, async (tx) => {
      const due = await tx.query<DueRow>(
        `update appointments set reminded_at = $2
          where tenant_id = $1
            and id in (select id from appointments
                        where tenant_id = $1 and status = 'scheduled' and reminded_at is null and starts_at > $2 and starts_at <= $3
                        order by starts_at, id
                        limit ${REMIND_BATCH}
                        for no key update skip locked)
          returning id, request_id, helper_id, customer_id, starts_at`,
        [tx.tenantId, now, new Date(now.getTime() + REMINDER_LEAD_HOURS * 3_600_000)],
      );
      // Soonest first: the relay hands events out in the order they were written.
      due.sort((a, b) => a.starts_at.getTime() - b.starts_at.getTime() || a.id.localeCompare(b.id));
      for (const appointment of due) {
        await tx.emit({
          type: 'appointment.reminder_due',
          aggregateType: 'appointment',
          aggregateId: appointment.id,
          payload: {
            appointmentId: appointment.id,
            requestId: appointment.request_id,
            helperId: appointment.helper_id,
            customerId: appointment.customer_id,
            startsAt: appointment.starts_at.toISOString(),
          },
        });
      }
      return due.length;
    });
  }
}
