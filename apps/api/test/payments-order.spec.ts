// Payment jobs may run in any order (the outbox relays events in order, but a worker runs many jobs
// at once and retries some later): a capture or a cancellation that arrives before the payment was
// opened opens it itself, and the late `payment.open` then finds nothing left to do. The jobs'
// services are called directly here, in the order that must still work.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PaymentFlowService } from '@quartier/payments';
import { FixedClock, RequestContext } from '@quartier/platform';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, type MarketplaceTenant, swissPlacesTsv, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const BOOK = `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id requestId startsAt } }`;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('payment jobs in any order', () => {
  const clock = new FixedClock(new Date(Math.ceil(Date.now() / HOUR) * HOUR));
  const origin = clock.now().getTime();
  let api: TestApi;
  let tenant: MarketplaceTenant;
  let customer: TestUser;
  let ana: TestUser;
  let serviceId: string;
  let flow: PaymentFlowService;
  let system: RequestContext;

  const ok = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const response = await api.graphql<T>({ host: tenant.slug, query, variables, token });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const book = async (hoursAhead: number) =>
    (
      await ok<{ bookSlot: { id: string; requestId: string; startsAt: string } }>(
        BOOK,
        { input: { helperId: ana.id, serviceId, postalCode: '8001', startsAt: new Date(origin + hoursAhead * HOUR).toISOString() } },
        customer.accessToken,
      )
    ).bookSlot;
  const paymentOf = async (requestId: string) =>
    (await api.db.ownerQuery<{ status: string; captured_minor: number; capture_reason: string | null }>(
      `select status, captured_minor, capture_reason from payments where tenant_id = $1 and request_id = $2`,
      [tenant.id, requestId],
    ))[0];
  const ledgerCount = async () => Number((await api.db.ownerQuery<{ n: string }>(`select count(*)::text as n from ledger_transactions where tenant_id = $1`, [tenant.id]))[0].n);

  beforeAll(async () => {
    api = await startTestApi({}, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    ana = await createApprovedHelper(api, tenant, { displayName: 'Ana', postalCode: '8004', radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    flow = api.app.get(PaymentFlowService);
    system = RequestContext.system(tenant.id, 'payments-order-test');
  });
  afterAll(async () => {
    await api?.close();
  });

  it('captures a completed job whose payment was never opened, and the late open changes nothing', async () => {
    const booked = await book(30);
    clock.set(new Date(Date.parse(booked.startsAt) - 10 * MINUTE));
    await ok(`mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`, { id: booked.id }, ana.accessToken);
    clock.set(new Date(Date.parse(booked.startsAt) + 50 * MINUTE));
    await ok(`mutation($id: ID!) { completeAppointment(appointmentId: $id) { status } }`, { id: booked.id }, ana.accessToken);

    expect(await flow.capture(system, booked.requestId)).toBe('captured 4000');
    expect(await paymentOf(booked.requestId)).toEqual({ status: 'captured', captured_minor: 4000, capture_reason: 'completed' });
    const written = await ledgerCount();
    expect(await flow.open(system, booked.requestId)).toBe('skipped: payment open');
    expect(await flow.capture(system, booked.requestId)).toBe('skipped: already captured');
    expect(await ledgerCount()).toBe(written);
  });

  it('charges the late fee of a cancellation that came before the payment was opened', async () => {
    clock.set(new Date(origin + 100 * HOUR));
    const booked = await book(110);
    await ok(`mutation($id: ID!) { cancelRequest(requestId: $id) { status } }`, { id: booked.requestId }, customer.accessToken);

    expect(await flow.cancel(system, booked.requestId)).toBe('captured 2000');
    expect(await paymentOf(booked.requestId)).toEqual({ status: 'captured', captured_minor: 2000, capture_reason: 'late_cancellation' });
    expect(await flow.open(system, booked.requestId)).toBe('skipped: no live appointment');
    expect(await flow.cancel(system, booked.requestId)).toBe('skipped: payment is captured');
  });
});
