// The job itself: the assigned helper says they are on their way (from two hours before), starts the
// appointment (from half an hour before it begins) and the helper or an operator completes it. Each
// step runs under the request's row lock; moves of the request go through RequestService.
import { Injectable } from '@nestjs/common';
import { Clock, ConflictError, NotFoundError, type RequestContext, TenantDatabase, userIdOf, ValidationError } from '@quartier/platform';
import { illegalAppointmentStep } from './appointment-rules.js';
import { APPOINTMENT_COLUMNS, toAppointmentView, type AppointmentRow, type AppointmentView } from './appointment-rows.js';
import { AppointmentService } from './appointment.service.js';
import { isOperator } from './caller.js';
import { transition } from './request-lifecycle.js';
import { type Actor, RequestService } from './request.service.js';

/** How long before its start a helper may start an appointment (arriving early, the customer letting them in). */
export const START_LEAD_MINUTES = 30;
/** How long before its start a helper may say they are on their way: a trip across the site's area. */
export const ON_THE_WAY_LEAD_MINUTES = 120;
/** A repeat within this long is the same announcement (a double tap, a retried request), so the customer hears it once. */
export const ON_THE_WAY_REPEAT_MINUTES = 15;
const NOTE_MAX = 2000;

function checkNote(note: string | null | undefined): string | null {
  const text = note?.trim() ?? '';
  if (text.length > NOTE_MAX) throw new ValidationError('note', `note must be at most ${NOTE_MAX} characters`);
  return text || null;
}

@Injectable()
export class AppointmentProgressService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly requests: RequestService,
    private readonly appointments: AppointmentService,
    private readonly clock: Clock,
  ) {}

  /**
   * The assigned helper tells the customer they are on their way to a scheduled appointment, from
   * two hours before it begins until it ends: `on_the_way_at` and an
   * `appointment.helper_on_the_way` event. Saying it again within 15 minutes changes nothing.
   */
  markOnMyWay(ctx: RequestContext, input: { appointmentId: string }): Promise<AppointmentView> {
    const helperId = userIdOf(ctx);
    return this.db.run(ctx, async (tx) => {
      // The request's row lock orders two taps of the same helper, so only one of them announces.
      const locked = await this.appointments.lockIn(tx, input.appointmentId);
      if (!locked || locked.appointment.helper_id !== helperId) throw new NotFoundError('Appointment');
      const { appointment, request } = locked;
      if (appointment.mode === 'remote') throw new ConflictError('A call needs no trip: start it when you call', { field: 'appointmentId', detail: 'REMOTE' });
      if (appointment.status !== 'scheduled') {
        throw new ConflictError(`An appointment that is ${appointment.status.replace('_', ' ')} is not waiting for its helper`, {
          field: 'appointmentId',
          detail: 'NOT_SCHEDULED',
          status: appointment.status,
        });
      }
      const now = this.clock.now();
      const announcedAt = appointment.on_the_way_at?.getTime();
      if (announcedAt !== undefined && now.getTime() < announcedAt + ON_THE_WAY_REPEAT_MINUTES * 60_000) return toAppointmentView(appointment);
      const opensAt = new Date(appointment.starts_at.getTime() - ON_THE_WAY_LEAD_MINUTES * 60_000);
      if (now.getTime() < opensAt.getTime()) {
        throw new ConflictError(`You can say you are on your way from ${ON_THE_WAY_LEAD_MINUTES / 60} hours before the appointment begins`, {
          field: 'appointmentId',
          detail: 'TOO_EARLY',
          announceableFrom: opensAt.toISOString(),
        });
      }
      if (now.getTime() >= appointment.ends_at.getTime()) {
        throw new ConflictError('This appointment is already over', { field: 'appointmentId', detail: 'TOO_LATE', endedAt: appointment.ends_at.toISOString() });
      }
      const [row] = await tx.query<AppointmentRow>(
        `update appointments set on_the_way_at = $3, updated_at = $3 where tenant_id = $1 and id = $2 returning ${APPOINTMENT_COLUMNS}`,
        [tx.tenantId, appointment.id, now],
      );
      await tx.emit({
        type: 'appointment.helper_on_the_way',
        aggregateType: 'appointment',
        aggregateId: row.id,
        payload: { appointmentId: row.id, requestId: request.id, helperId, customerId: row.customer_id },
      });
      return toAppointmentView(row);
    });
  }

  /** The assigned helper starts the job: appointment in progress, request `started`. */
  startAppointment(ctx: RequestContext, input: { appointmentId: string }): Promise<AppointmentView> {
    const helperId = userIdOf(ctx);
    return this.db.run(ctx, async (tx) => {
      const locked = await this.appointments.lockIn(tx, input.appointmentId);
      if (!locked || locked.appointment.helper_id !== helperId) throw new NotFoundError('Appointment');
      const { appointment, request } = locked;
      transition(request.status, 'started', 'helper');
      if (appointment.status !== 'scheduled') throw illegalAppointmentStep(appointment.status, 'started');
      const now = this.clock.now();
      const opensAt = new Date(appointment.starts_at.getTime() - START_LEAD_MINUTES * 60_000);
      if (now.getTime() < opensAt.getTime()) {
        throw new ConflictError(`You can start this appointment from ${START_LEAD_MINUTES} minutes before it begins`, {
          field: 'appointmentId',
          detail: 'TOO_EARLY',
          startableFrom: opensAt.toISOString(),
        });
      }
      const [row] = await tx.query<AppointmentRow>(
        `update appointments set status = 'in_progress', started_at = $3, updated_at = $3 where tenant_id = $1 and id = $2 returning ${APPOINTMENT_COLUMNS}`,
        [tx.tenantId, appointment.id, now],
      );
      await this.requests.advanceIn(tx, request, 'started', { kind: 'helper', id: helperId }, { appointmentId: row.id, helperId, mode: row.mode });
      return toAppointmentView(row);
    });
  }

  /** The assigned helper or an operator marks the job done, with an optional note: appointment and request completed. */
  completeAppointment(ctx: RequestContext, input: { appointmentId: string; note?: string | null }): Promise<AppointmentView> {
    const userId = userIdOf(ctx);
    const note = checkNote(input.note);
    return this.db.run(ctx, async (tx) => {
      const locked = await this.appointments.lockIn(tx, input.appointmentId);
      const actor: Actor | null = !locked ? null : locked.appointment.helper_id === userId ? { kind: 'helper', id: userId } : isOperator(ctx) ? { kind: 'operator', id: userId } : null;
      if (!locked || !actor) throw new NotFoundError('Appointment');
      const { appointment, request } = locked;
      transition(request.status, 'completed', actor.kind);
      if (appointment.status !== 'in_progress') throw illegalAppointmentStep(appointment.status, 'completed');
      const now = this.clock.now();
      const [row] = await tx.query<AppointmentRow>(
        `update appointments set status = 'completed', completed_at = $3, completion_note = $4, updated_at = $3
          where tenant_id = $1 and id = $2 returning ${APPOINTMENT_COLUMNS}`,
        [tx.tenantId, appointment.id, now, note],
      );
      await this.requests.advanceIn(tx, request, 'completed', actor, { appointmentId: row.id, helperId: row.helper_id });
      return toAppointmentView(row);
    });
  }
}
