// Appointments: a customer books a helper's free slot directly (a request born accepted, then
// scheduled), offers become appointments through `scheduleIn`, and customers, helpers and operators
// read them. No helper is double-booked: the database's exclusion constraint refuses an overlapping
// appointment, which reaches the caller as a CONFLICT with nothing written.
import { Injectable } from '@nestjs/common';
import type { PriceQuote } from '@quartier/catalog';
import { assertNoKnownOutageIn } from '@quartier/incidents';
import {
  Clock,
  ConflictError,
  asUuid,
  decodeTimeCursor,
  encodeCursor,
  newId,
  NotFoundError,
  pageSize,
  type RequestContext,
  TenantDatabase,
  type TenantTransaction,
  toConnection,
  userIdOf,
  ValidationError,
} from '@quartier/platform';
import { TenantPolicyService } from '@quartier/tenancy';
import { activeService, checkHelperAvailable, helperFit, isDoubleBooking, priceOfJob, slotOf, slotTaken } from './appointment-rules.js';
import { APPOINTMENT_COLUMNS, toAppointmentView, type AppointmentRow, type AppointmentView, type HelpMode } from './appointment-rows.js';
import { isOperator } from './caller.js';
import type { RequestRow } from './request-rows.js';
import { RequestService } from './request.service.js';

export interface BookSlotInput {
  helperId: string;
  serviceId: string;
  startsAt: Date | string;
  postalCode: string;
  countryCode?: string | null;
  description?: string | null;
}

@Injectable()
export class AppointmentService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly requests: RequestService,
    private readonly policies: TenantPolicyService,
    private readonly clock: Clock,
  ) {}

  /**
   * Direct booking: the customer takes an approved helper's free slot for a service at their place.
   * A known outage in the service and area pauses paid bookings there (KNOWN_OUTAGE, nothing written).
   */
  async bookSlot(ctx: RequestContext, input: BookSlotInput): Promise<AppointmentView> {
    userIdOf(ctx);
    return this.db.run(ctx, async (tx) => {
      const service = await activeService(tx, input.serviceId);
      const slot = slotOf(input.startsAt, service, this.clock.now());
      const request = await this.requests.bookIn(tx, {
        serviceId: service.id,
        description: input.description?.trim() || 'Booked directly',
        postalCode: input.postalCode,
        countryCode: input.countryCode,
        slot,
        details: { helperId: input.helperId },
      });
      await assertNoKnownOutageIn(tx, { serviceId: service.id, countryCode: request.country_code, postalCode: request.postal_code });
      const fit = await helperFit(tx, { helperId: input.helperId, serviceId: service.id, countryCode: request.country_code, postalCode: request.postal_code, outsideArea: 'validation' });
      await checkHelperAvailable(tx, fit.helperId, slot);
      const price = priceOfJob(service, await this.policies.currentDocumentIn(tx, 'pricing'), { skillPriceMinor: fit.skillPriceMinor });
      return this.scheduleIn(tx, { request, helperId: fit.helperId, offerId: null, slot, price });
    });
  }

  /**
   * What booking the helper for the service would cost now: the same price bookSlot would fix. A
   * service priced on quote has none (helpers answer a posted request with their price).
   */
  async bookingQuote(ctx: RequestContext, input: { helperId: string; serviceId: string }): Promise<PriceQuote & { durationMinutes: number }> {
    return this.db.run(ctx, async (tx) => {
      const service = await activeService(tx, input.serviceId);
      if (service.pricing_mode === 'quote') throw new ValidationError('serviceId', 'This service is priced on quote: post a request and helpers answer with their price');
      const [skill] = await tx.query<{ price_minor: number | null }>(
        `select s.price_minor from helper_skills s join helper_profiles h on h.tenant_id = s.tenant_id and h.user_id = s.helper_id
          where s.tenant_id = $1 and s.helper_id = $2::uuid and s.service_id = $3::uuid and h.status = 'approved'`,
        [tx.tenantId, asUuid(input.helperId), service.id],
      );
      if (!skill) throw new NotFoundError('Helper');
      const price = priceOfJob(service, await this.policies.currentDocumentIn(tx, 'pricing'), { skillPriceMinor: skill.price_minor });
      return { ...price, durationMinutes: service.estimated_duration_minutes };
    });
  }

  /**
   * Writes the appointment of an accepted request and schedules it. The caller's transaction holds
   * the request's row lock; an overlap with the helper's live appointments is the typed CONFLICT.
   */
  async scheduleIn(
    tx: TenantTransaction,
    input: { request: RequestRow; helperId: string; offerId: string | null; slot: { from: Date; to: Date }; price: PriceQuote; mode?: HelpMode },
  ): Promise<AppointmentView> {
    const row = await this.insertIn(tx, { ...input, taken: slotTaken });
    await this.requests.advanceIn(tx, input.request, 'scheduled', { kind: 'system', id: null }, {
      appointmentId: row.id,
      helperId: input.helperId,
      mode: row.mode,
      startsAt: input.slot.from.toISOString(),
      endsAt: input.slot.to.toISOString(),
    });
    return toAppointmentView(row);
  }

  /**
   * A live appointment row of the request; `taken` is the caller's CONFLICT when the exclusion
   * constraint finds the helper busy then (the transaction is aborted either way).
   */
  async insertIn(
    tx: TenantTransaction,
    input: { request: RequestRow; helperId: string; offerId: string | null; slot: { from: Date; to: Date }; price: PriceQuote; mode?: HelpMode; taken: () => ConflictError },
  ): Promise<AppointmentRow> {
    const { request, price } = input;
    let row: AppointmentRow;
    try {
      [row] = await tx.query<AppointmentRow>(
        `insert into appointments (tenant_id, id, request_id, helper_id, customer_id, service_id, offer_id, starts_at, ends_at, currency, subtotal_minor,
                                   customer_fee_minor, customer_total_minor, commission_minor, helper_payout_minor, status, created_at, updated_at, mode)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 'scheduled', $16, $16, $17)
         returning ${APPOINTMENT_COLUMNS}`,
        [
          tx.tenantId,
          newId(),
          request.id,
          input.helperId,
          request.customer_id,
          request.service_id,
          input.offerId,
          input.slot.from,
          input.slot.to,
          price.currency,
          price.subtotalMinor,
          price.customerFeeMinor,
          price.customerTotalMinor,
          price.commissionMinor,
          price.helperPayoutMinor,
          this.clock.now(),
          input.mode ?? 'on_site',
        ],
      );
    } catch (error) {
      // The transaction is aborted either way; the typed error rolls everything back.
      if (isDoubleBooking(error)) throw input.taken();
      throw error;
    }
    return row;
  }

  /**
   * The appointment and its request, the request's row locked so no other transition of it runs
   * meanwhile; the appointment is read after the lock, so it is current. Null when there is none.
   */
  async lockIn(tx: TenantTransaction, appointmentId: string): Promise<{ appointment: AppointmentRow; request: RequestRow } | null> {
    const [found] = await tx.query<{ request_id: string }>(`select request_id from appointments where tenant_id = $1 and id = $2::uuid`, [tx.tenantId, asUuid(appointmentId)]);
    if (!found) return null;
    const request = await this.requests.lockIn(tx, found.request_id);
    const [appointment] = await tx.query<AppointmentRow>(`select ${APPOINTMENT_COLUMNS} from appointments where tenant_id = $1 and id = $2::uuid`, [tx.tenantId, asUuid(appointmentId)]);
    return request && appointment ? { appointment, request } : null;
  }

  /** One appointment for its customer, its helper or an operator; anyone else gets the NOT_FOUND of an unknown id. */
  async appointment(ctx: RequestContext, input: { appointmentId: string }): Promise<AppointmentView> {
    const userId = userIdOf(ctx);
    return this.db.run(ctx, async (tx) => {
      const [row] = await tx.query<AppointmentRow>(`select ${APPOINTMENT_COLUMNS} from appointments where tenant_id = $1 and id = $2::uuid`, [tx.tenantId, asUuid(input.appointmentId)]);
      if (!row || (row.customer_id !== userId && row.helper_id !== userId && !isOperator(ctx))) throw new NotFoundError('Appointment');
      return toAppointmentView(row);
    });
  }

  /** The caller's appointments as customer or helper, soonest first. */
  async myAppointments(ctx: RequestContext, input: { first?: number | null; after?: string | null }) {
    const userId = userIdOf(ctx);
    const size = pageSize(input.first);
    const after = decodeTimeCursor(input.after);
    return this.db.run(ctx, async (tx) => {
      const rows = await tx.query<AppointmentRow & { starts_key: string }>(
        `select ${APPOINTMENT_COLUMNS}, to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as starts_key
           from appointments
          where tenant_id = $1 and (customer_id = $2 or helper_id = $2)
            and ($3::timestamptz is null or (starts_at, id) > ($3, $4::uuid))
          order by starts_at, id
          limit $5`,
        [tx.tenantId, userId, after?.t ?? null, after?.id ?? null, size + 1],
      );
      return toConnection(rows, size, toAppointmentView, (row) => encodeCursor({ t: row.starts_key, id: row.id }));
    });
  }
}
