// Operators move a scheduled appointment to another helper (the first fell ill, or never
// confirmed): the old appointment is cancelled and a new one written for the same slot, at the
// price the customer agreed to (the new helper's own rate does not change the customer's bill, nor
// what was authorized on their card). The new helper must be approved, offer the service, cover
// the place and be available; the exclusion constraint against double booking stays the last word,
// so a helper busy then is a CONFLICT on helperId with nothing written.
import { Injectable } from '@nestjs/common';
import {
  asUuid,
  Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type RequestContext,
  TenantDatabase,
  type TenantTransaction,
  userIdOf,
  ValidationError,
} from '@quartier/platform';
import { checkHelperAvailable, helperFit, illegalAppointmentStep } from './appointment-rules.js';
import { toAppointmentView, type AppointmentRow, type AppointmentView } from './appointment-rows.js';
import { AppointmentService } from './appointment.service.js';
import { isOperator } from './caller.js';
import { checkReason } from './request-input.rules.js';
import { transition } from './request-lifecycle.js';
import type { RequestRow } from './request-rows.js';
import { RequestService } from './request.service.js';

const helperBusy = (): ConflictError => new ConflictError('The helper has another appointment then', { field: 'helperId', detail: 'SLOT_TAKEN' });

/** Whatever makes the chosen helper unfit for this job is about the helperId the operator gave. */
async function aboutHelper<T>(check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError('helperId', error.message);
    throw error;
  }
}

@Injectable()
export class AppointmentReassignmentService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly requests: RequestService,
    private readonly appointments: AppointmentService,
    private readonly clock: Clock,
  ) {}

  /** The new appointment, same slot and same agreed price; the old one is cancelled and the step is on the request's timeline. */
  async reassignAppointment(ctx: RequestContext, input: { appointmentId: string; helperId: string; reason: string }): Promise<AppointmentView> {
    const operatorId = userIdOf(ctx);
    if (!isOperator(ctx)) throw new ForbiddenError();
    const reason = checkReason(input.reason, { required: true });
    return this.db.run(ctx, async (tx) => {
      const locked = await this.appointments.lockIn(tx, input.appointmentId);
      if (!locked) throw new NotFoundError('Appointment');
      const { appointment, request } = locked;
      transition(request.status, 'reassigned', 'operator');
      if (appointment.status !== 'scheduled') throw illegalAppointmentStep(appointment.status, 'reassigned');
      if (appointment.ends_at.getTime() <= this.clock.now().getTime()) {
        throw new ConflictError("The appointment's time is over; cancel the request instead", { field: 'appointmentId', detail: 'SLOT_OVER' });
      }
      if (asUuid(input.helperId) === appointment.helper_id) throw new ValidationError('helperId', 'The appointment is already this helper’s');
      const slot = { from: appointment.starts_at, to: appointment.ends_at };
      // A call stays a call: the new helper must give remote help, and may live anywhere.
      const remote = appointment.mode === 'remote';
      const fit = await aboutHelper(() =>
        helperFit(tx, {
          helperId: input.helperId,
          serviceId: request.service_id,
          countryCode: request.country_code,
          postalCode: request.postal_code,
          outsideArea: 'validation',
          remote,
        }),
      );
      await aboutHelper(() => checkHelperAvailable(tx, fit.helperId, slot));
      // The whole breakdown as agreed: subtotal, fees, total, commission and payout.
      const { price } = toAppointmentView(appointment);
      await tx.query(`update appointments set status = 'cancelled', updated_at = $3 where tenant_id = $1 and id = $2`, [tx.tenantId, appointment.id, this.clock.now()]);
      const row = await this.appointments.insertIn(tx, { request, helperId: fit.helperId, offerId: null, slot, price, mode: appointment.mode, taken: helperBusy });
      await this.reassignedIn(tx, { request, from: appointment, to: row, operatorId, reason });
      return toAppointmentView(row);
    });
  }

  private async reassignedIn(tx: TenantTransaction, step: { request: RequestRow; from: AppointmentRow; to: AppointmentRow; operatorId: string; reason: string | null }): Promise<void> {
    await this.requests.advanceIn(
      tx,
      step.request,
      'reassigned',
      { kind: 'operator', id: step.operatorId },
      { appointmentId: step.to.id, helperId: step.to.helper_id, previousAppointmentId: step.from.id, previousHelperId: step.from.helper_id },
      step.reason,
    );
  }
}
