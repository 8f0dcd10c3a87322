// The job itself: the assigned helper starts the appointment (from half an hour before it begins)
// and the helper or an operator completes it. Each step moves the appointment and its request
// together under the request's row lock; the request's move goes through RequestService.
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
      await this.requests.advanceIn(tx, request, 'started', { kind: 'helper', id: helperId }, { appointmentId: row.id, helperId });
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
