// The booking side of dispatch: a request offered to a helper is handed over when the helper takes
// it (or an operator assigns someone from their queue), and taken back when the helper does not
// start in time. Both run in the dispatch engine's transaction, which holds the request's row lock,
// so the first taker wins and any later one finds the request no longer looking for a helper.
// Handing over writes the helper's offer (chosen), accepts the request and schedules the job at the
// helper's price — or, after a reallocation, at the price the customer already agreed to.
import { Injectable } from '@nestjs/common';
import { ConflictError, newId, type TenantTransaction } from '@quartier/platform';
import { TenantPolicyService } from '@quartier/tenancy';
import { activeService, checkHelperAvailable, helperFit, illegalAppointmentStep, priceOfJob, slotOf } from './appointment-rules.js';
import { APPOINTMENT_COLUMNS, toAppointmentView, type AppointmentRow, type AppointmentView, type HelpMode } from './appointment-rows.js';
import { AppointmentService } from './appointment.service.js';
import { transition } from './request-lifecycle.js';
import type { RequestRow } from './request-rows.js';
import { type Actor, RequestService } from './request.service.js';

export const quoteRequired = (): ConflictError =>
  new ConflictError('This service is priced on quote: make an offer with your price instead', { field: 'requestId', detail: 'QUOTE_REQUIRED' });

@Injectable()
export class RequestHandoverService {
  constructor(
    private readonly requests: RequestService,
    private readonly appointments: AppointmentService,
    private readonly policies: TenantPolicyService,
  ) {}

  /**
   * The request (locked by the caller, still looking for a helper) goes to `helperId` for a job
   * starting at `startsAt`: the helper must still fit (approved, the service, the area) and be
   * available then; the actor is the helper taking it or the operator assigning it.
   */
  async handOverIn(
    tx: TenantTransaction,
    input: { request: RequestRow; helperId: string; startsAt: Date | string; actor: Actor; now: Date; details: Record<string, unknown>; mode?: HelpMode },
  ): Promise<AppointmentView> {
    const { request } = input;
    const mode = input.mode ?? 'on_site';
    if (mode === 'remote' && !request.remote_first) throw new ConflictError('This request needs a visit: it cannot start with a call', { field: 'mode', detail: 'VISIT_NEEDED' });
    const service = await activeService(tx, request.service_id);
    const slot = slotOf(input.startsAt, service, input.now);
    const inWindow = request.windows.some((window) => Date.parse(window.from) <= slot.from.getTime() && slot.to.getTime() <= Date.parse(window.to));
    if (!inWindow) throw new ConflictError("Choose a time inside one of the request's windows", { field: 'startsAt', detail: 'OUTSIDE_WINDOWS' });
    const fit = await helperFit(tx, {
      helperId: input.helperId,
      serviceId: request.service_id,
      countryCode: request.country_code,
      postalCode: request.postal_code,
      outsideArea: 'validation',
      remote: mode === 'remote',
    });
    await checkHelperAvailable(tx, fit.helperId, slot);
    const agreed = await this.agreedPriceIn(tx, request.id);
    if (!agreed && service.pricing_mode === 'quote') throw quoteRequired();
    const price = agreed ?? priceOfJob(service, await this.policies.currentDocumentIn(tx, 'pricing'), { skillPriceMinor: fit.skillPriceMinor });
    const [offer] = await tx.query<{ id: string }>(
      `insert into offers (tenant_id, id, request_id, helper_id, kind, price_minor, customer_total_minor, currency, status, created_at, updated_at)
       values ($1, $2, $3, $4, 'accept', $5, $6, $7, 'chosen', $8, $8)
       on conflict (tenant_id, request_id, helper_id) do update
         set status = 'chosen', price_minor = excluded.price_minor, customer_total_minor = excluded.customer_total_minor, updated_at = excluded.updated_at
       returning id`,
      [tx.tenantId, newId(), request.id, fit.helperId, price.subtotalMinor, price.customerTotalMinor, price.currency, input.now],
    );
    const accepted = await this.requests.advanceIn(tx, request, 'accepted', input.actor, { ...input.details, offerId: offer.id, helperId: fit.helperId });
    return this.appointments.scheduleIn(tx, { request: accepted, helperId: fit.helperId, offerId: offer.id, slot, price, mode });
  }

  /**
   * The helper of the request's scheduled appointment has not started by the deadline: the
   * appointment is cancelled and the request goes back to dispatch (`reallocated`, by the system),
   * naming the released helper on the timeline. Returns the updated request.
   */
  async takeBackIn(tx: TenantTransaction, input: { request: RequestRow; appointmentId: string; reason: string; now: Date }): Promise<RequestRow> {
    const [appointment] = await tx.query<AppointmentRow>(
      `update appointments set status = 'cancelled', updated_at = $3 where tenant_id = $1 and id = $2 and status = 'scheduled' returning ${APPOINTMENT_COLUMNS}`,
      [tx.tenantId, input.appointmentId, input.now],
    );
    if (!appointment) throw new ConflictError('Only a scheduled appointment is taken back', { field: 'appointmentId', detail: 'ILLEGAL_TRANSITION' });
    await tx.query(`update offers set status = 'withdrawn', updated_at = $3 where tenant_id = $1 and id = $2`, [tx.tenantId, appointment.offer_id, input.now]);
    return this.requests.advanceIn(tx, input.request, 'reallocated', { kind: 'system', id: null }, { appointmentId: appointment.id, releasedHelperId: appointment.helper_id }, input.reason);
  }

  /**
   * The call that started a remote-first request found it needs hands on: the call's appointment is
   * closed (cancelled, with the helper's note), the request is no longer remote first and goes back
   * to dispatch for a visit on site (`visit_needed`). The visit keeps the price of the call's
   * appointment, so the customer pays once, for the visit. The caller holds the request's row lock.
   */
  async visitNeededIn(
    tx: TenantTransaction,
    input: { request: RequestRow; appointmentId: string; actor: Actor; note: string | null; now: Date },
  ): Promise<{ request: RequestRow; appointment: AppointmentView }> {
    const { request } = input;
    const [current] = await tx.query<AppointmentRow>(`select ${APPOINTMENT_COLUMNS} from appointments where tenant_id = $1 and id = $2 and request_id = $3`, [
      tx.tenantId,
      input.appointmentId,
      request.id,
    ]);
    if (!current) throw new ConflictError('The appointment is not of this request', { field: 'appointmentId' });
    if (current.mode !== 'remote') throw new ConflictError('Only help that started with a call goes on to a visit', { field: 'appointmentId', detail: 'NOT_REMOTE' });
    if (current.status !== 'in_progress') throw illegalAppointmentStep(current.status, 'visit_needed');
    transition(request.status, 'visit_needed', input.actor.kind);
    const [appointment] = await tx.query<AppointmentRow>(
      `update appointments set status = 'cancelled', completion_note = $3, updated_at = $4 where tenant_id = $1 and id = $2 returning ${APPOINTMENT_COLUMNS}`,
      [tx.tenantId, current.id, input.note, input.now],
    );
    await tx.query(`update offers set status = 'withdrawn', updated_at = $3 where tenant_id = $1 and id = $2`, [tx.tenantId, current.offer_id, input.now]);
    await tx.query(`update requests set remote_first = false where tenant_id = $1 and id = $2`, [tx.tenantId, request.id]);
    const updated = await this.requests.advanceIn(
      tx,
      { ...request, remote_first: false },
      'visit_needed',
      input.actor,
      { appointmentId: current.id, helperId: current.helper_id },
      input.note ?? 'The call found that the job needs a visit',
    );
    return { request: updated, appointment: toAppointmentView(appointment) };
  }

  /** The amounts of the request's last appointment, taken back from a helper: the customer agreed to them. */
  private async agreedPriceIn(tx: TenantTransaction, requestId: string) {
    const [previous] = await tx.query<AppointmentRow>(
      `select ${APPOINTMENT_COLUMNS} from appointments where tenant_id = $1 and request_id = $2 and status = 'cancelled' order by created_at desc limit 1`,
      [tx.tenantId, requestId],
    );
    return previous ? toAppointmentView(previous).price : null;
  }
}
