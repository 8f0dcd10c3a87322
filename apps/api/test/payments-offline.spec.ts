// The offline provider's whole journey (a site without Stripe keys: the customer pays the helper on
// site or by invoice), run by the real worker process from the outbox: the payment opens when the
// booking is scheduled, the completed job is recorded as paid on site with the marketplace's
// commission owed by the helper, a late cancellation records the policy's fee, a free one releases
// the booking, and every ledger transaction balances.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '@quartier/platform';
import {
  createApprovedHelper,
  createMarketplaceTenant,
  createTestUser,
  EVERY_DAY,
  type MarketplaceTenant,
  startWorkerProcess,
  stopWorkerProcesses,
  swissPlacesTsv,
  type TestUser,
  waitUntil,
  type WorkerProcess,
} from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const BOOK = `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id requestId startsAt } }`;
const START = `mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`;
const COMPLETE = `mutation($id: ID!) { completeAppointment(appointmentId: $id) { status } }`;
const CANCEL = `mutation($id: ID!) { cancelRequest(requestId: $id) { status } }`;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface PaymentRow {
  id: string;
  provider: string;
  status: string;
  amount_minor: number;
  subtotal_minor: number;
  commission_minor: number;
  customer_fee_minor: number;
  helper_payout_minor: number;
  captured_minor: number;
  capture_reason: string | null;
}

describe('offline payments: pay on site or by invoice, same flow, same ledger', () => {
  const clock = new FixedClock(new Date(Math.ceil(Date.now() / HOUR) * HOUR));
  const origin = clock.now().getTime();
  const setTime = (at: number) => clock.set(new Date(at));

  let api: TestApi;
  let worker: WorkerProcess;
  let tenant: MarketplaceTenant;
  let customer: TestUser;
  let ana: TestUser;
  let serviceId: string;

  const gql = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const response = await api.graphql<T>({ host: tenant.slug, query, variables, token });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const book = async (hoursAhead: number) =>
    (
      await gql<{ bookSlot: { id: string; requestId: string; startsAt: string } }>(
        BOOK,
        { input: { helperId: ana.id, serviceId, postalCode: '8001', startsAt: new Date(origin + hoursAhead * HOUR).toISOString() } },
        customer.accessToken,
      )
    ).bookSlot;
  const paymentOf = (requestId: string, status: string) =>
    waitUntil(`the payment of ${requestId} to be ${status}`, async () => {
      const [row] = await api.db.ownerQuery<PaymentRow>(`select * from payments where tenant_id = $1 and request_id = $2`, [tenant.id, requestId]);
      return row?.status === status ? row : undefined;
    });
  const ledgerOf = (paymentId: string) =>
    api.db.ownerQuery<{ kind: string; business_key: string; account: string; owner_id: string | null; amount: string }>(
      `select t.kind, t.business_key, a.kind as account, a.owner_id, p.amount_minor::text as amount
         from ledger_transactions t join ledger_postings p on p.tenant_id = t.tenant_id and p.transaction_id = t.id
         join ledger_accounts a on a.tenant_id = p.tenant_id and a.id = p.account_id
        where t.tenant_id = $1 and t.business_key like '%' || $2 order by t.business_key, p.line`,
      [tenant.id, paymentId],
    );
  const balanceOf = async (account: string, ownerId: string | null = null) => {
    const [row] = await api.db.ownerQuery<{ total: string | null }>(
      `select sum(p.amount_minor)::text as total from ledger_postings p join ledger_accounts a on a.tenant_id = p.tenant_id and a.id = p.account_id
        where a.tenant_id = $1 and a.kind = $2 and a.owner_id is not distinct from $3::uuid`,
      [tenant.id, account, ownerId],
    );
    return Number(row.total ?? 0);
  };

  beforeAll(async () => {
    api = await startTestApi({}, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    ana = await createApprovedHelper(api, tenant, { displayName: 'Ana', postalCode: '8004', radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    worker = startWorkerProcess(api.db.config);
    await worker.ready();
  });
  afterAll(async () => {
    await stopWorkerProcesses();
    await api?.close();
  });

  it('records a completed job as paid to the helper on site, with the commission owed to the marketplace', async () => {
    setTime(origin);
    const booked = await book(30);
    const opened = await paymentOf(booked.requestId, 'authorized');
    expect(opened).toMatchObject({ provider: 'offline', amount_minor: 4000, subtotal_minor: 4000, commission_minor: 800, helper_payout_minor: 3200, captured_minor: 0 });
    expect(await ledgerOf(opened.id)).toEqual([]);

    setTime(Date.parse(booked.startsAt) - 10 * MINUTE);
    await gql(START, { id: booked.id }, ana.accessToken);
    setTime(Date.parse(booked.startsAt) + 55 * MINUTE);
    await gql(COMPLETE, { id: booked.id }, ana.accessToken);
    const captured = await paymentOf(booked.requestId, 'captured');
    expect(captured).toMatchObject({ captured_minor: 4000, capture_reason: 'completed' });

    const lines = (await ledgerOf(captured.id)).map((line) => [line.kind, line.account, Number(line.amount)]);
    expect(lines).toEqual([
      ['application_fee', 'customer_charges', 800],
      ['application_fee', 'platform_revenue', -800],
      ['offline_payment', 'offline_clearing', 4000],
      ['offline_payment', 'customer_charges', -4000],
      ['helper_payable', 'customer_charges', 3200],
      ['helper_payable', 'helper_payable', -3200],
      ['payout', 'helper_payable', 3200],
      ['payout', 'offline_clearing', -3200],
    ]);
    // The helper kept their share on site and owes the marketplace its commission.
    expect(await balanceOf('helper_payable', ana.id)).toBe(0);
    expect(await balanceOf('offline_clearing')).toBe(800);
    expect(await balanceOf('customer_charges')).toBe(0);
  });

  it('records the policy fee for a late cancellation and releases a free one without a ledger line', async () => {
    setTime(origin + 100 * HOUR);
    const late = await book(110);
    const free = await book(200);
    await paymentOf(late.requestId, 'authorized');
    await paymentOf(free.requestId, 'authorized');

    // The default cancellation policy: free until 24 hours before, then half the booked price.
    await gql(CANCEL, { id: late.requestId }, customer.accessToken);
    await gql(CANCEL, { id: free.requestId }, customer.accessToken);
    const fee = await paymentOf(late.requestId, 'captured');
    expect(fee).toMatchObject({ captured_minor: 2000, capture_reason: 'late_cancellation' });
    expect((await ledgerOf(fee.id)).filter((line) => line.account === 'helper_payable' && line.kind === 'helper_payable').map((line) => Number(line.amount))).toEqual([-1600]);
    const released = await paymentOf(free.requestId, 'released');
    expect(released.captured_minor).toBe(0);
    expect(await ledgerOf(released.id)).toEqual([]);
  });

  it('keeps every ledger transaction balanced and writes each movement once', async () => {
    const unbalanced = await api.db.ownerQuery(
      `select transaction_id, currency from ledger_postings where tenant_id = $1 group by transaction_id, currency having sum(amount_minor) <> 0`,
      [tenant.id],
    );
    expect(unbalanced).toEqual([]);
    const [counts] = await api.db.ownerQuery<{ transactions: string; keys: string }>(
      `select count(*)::text as transactions, count(distinct business_key)::text as keys from ledger_transactions where tenant_id = $1`,
      [tenant.id],
    );
    expect(Number(counts.transactions)).toBe(8);
    expect(counts.keys).toBe(counts.transactions);
  });
});
