// Reconciliation: the ledger compared with Stripe's balance transactions for a period. A charge
// and a refund Quartier recorded match; money Stripe moved that the ledger does not know (a charge made in
// Stripe's dashboard) is reported to the operator; the nightly report is made once per day; bad
// periods and sites without Stripe get typed errors and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PaymentAuthorizationService, PaymentFlowService, ReconciliationService, RefundService } from '@quartier/payments';
import { FixedClock, RequestContext } from '@quartier/platform';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, FakeStripe, type MarketplaceTenant, swissPlacesTsv, type TestUser } from '@quartier/testing';
import Stripe from 'stripe';
import { startTestApi, type TestApi } from './test-api.js';

const SECRET_KEY = 'sk_test_quartierreconciliation01';
const PUBLISHABLE_KEY = 'pk_test_quartiercardform00000001';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const REPORT = 'id status checkedCount differenceCount differences { kind object stripeId paymentId stripeAmountMinor ledgerAmountMinor currency } failureMessage';

describe('reconciliation of the ledger with Stripe', () => {
  const clock = new FixedClock(new Date(Math.ceil(Date.now() / HOUR) * HOUR));
  const origin = clock.now().getTime();
  const fake = new FakeStripe({ now: () => clock.now().getTime() });
  let stripe: Stripe;
  let api: TestApi;
  let tenant: MarketplaceTenant;
  let offlineTenant: MarketplaceTenant;
  let customer: TestUser;
  let ana: TestUser;
  let serviceId: string;

  const gql = <T>(site: MarketplaceTenant, query: string, variables: Record<string, unknown>) => api.graphql<T>({ host: site.slug, query, variables, token: site.admin.accessToken });
  const system = () => RequestContext.system(tenant.id, 'reconciliation-test');

  beforeAll(async () => {
    const address = await fake.start();
    fake.addPlatform(SECRET_KEY);
    stripe = new Stripe(SECRET_KEY, { host: address.host, port: address.port, protocol: 'http', maxNetworkRetries: 0 });
    api = await startTestApi({ STRIPE_API_URL: address.url }, { clock });
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    offlineTenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich' });
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    ana = await createApprovedHelper(api, tenant, { displayName: 'Ana', postalCode: '8004', radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    const connected = await gql(tenant, 'mutation($p: String!, $s: String!, $w: String!) { connectStripeAccount(publishableKey: $p, secretKey: $s, webhookSecret: $w) { mode } }', { p: PUBLISHABLE_KEY, s: SECRET_KEY, w: 'whsec_reconciliation01' });
    expect(connected.errors).toBeUndefined();
  });
  afterAll(async () => {
    await api?.close();
    await fake.stop();
  });

  it('matches what Quartier charged and reports what only Stripe knows', async () => {
    // One job paid by card through Quartier's payment steps (run here in order, as the worker would).
    const as = (token: string) => ({ host: tenant.slug, token });
    const booked = await api.graphql<{ bookSlot: { id: string; requestId: string; startsAt: string } }>({
      ...as(customer.accessToken),
      query: 'mutation($input: BookSlotInput!) { bookSlot(input: $input) { id requestId startsAt } }',
      variables: { input: { helperId: ana.id, serviceId, postalCode: '8001', startsAt: new Date(origin + 2 * HOUR).toISOString() } },
    });
    const { id: appointmentId, requestId, startsAt } = booked.data!.bookSlot;
    const flow = api.app.get(PaymentFlowService);
    await flow.open(system(), requestId);
    const paid = await api.graphql<{ authorizePayment: { id: string } }>({
      ...as(customer.accessToken),
      query: 'mutation($input: AuthorizePaymentInput!) { authorizePayment(input: $input) { id } }',
      variables: { input: { requestId, paymentMethodId: 'pm_card_visa' } },
    });
    expect(await api.app.get(PaymentAuthorizationService).authorize(system(), paid.data!.authorizePayment.id)).toBe('authorized');
    clock.set(new Date(Date.parse(startsAt) - 10 * MINUTE));
    await api.graphql({ ...as(ana.accessToken), query: 'mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }', variables: { id: appointmentId } });
    clock.set(new Date(Date.parse(startsAt) + 50 * MINUTE));
    await api.graphql({ ...as(ana.accessToken), query: 'mutation($id: ID!) { completeAppointment(appointmentId: $id) { status } }', variables: { id: appointmentId } });
    expect(await flow.capture(system(), requestId)).toBe('captured 4000');
    // A partial refund through Quartier: Stripe's refund is negative on its balance, as on the ledger's clearing account.
    const refunded = await gql<{ refundPayment: { id: string } }>(tenant, 'mutation($input: RefundPaymentInput!) { refundPayment(input: $input) { id } }', {
      input: { paymentId: paid.data!.authorizePayment.id, amountMinor: 1000, reason: 'Arrived late' },
    });
    expect(refunded.errors).toBeUndefined();
    expect(await api.app.get(RefundService).execute(system(), refunded.data!.refundPayment.id)).toMatch(/^refunded/);

    // Someone charged a card in Stripe's dashboard: money the ledger has no record of.
    const outside = await stripe.paymentIntents.create({ amount: 2500, currency: 'chf', confirm: true, payment_method: 'pm_card_visa', expand: ['latest_charge'] });
    const outsideCharge = typeof outside.latest_charge === 'object' ? outside.latest_charge!.id : outside.latest_charge!;

    clock.set(new Date(Date.parse(startsAt) + 3 * HOUR));
    const asked = await gql<{ reconcilePayments: { id: string; status: string } }>(tenant, `mutation($from: DateTime!, $to: DateTime!) { reconcilePayments(from: $from, to: $to) { id status } }`, {
      from: new Date(origin).toISOString(),
      to: clock.now().toISOString(),
    });
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.reconcilePayments.status).toBe('PENDING');
    const reportId = asked.data!.reconcilePayments.id;
    expect(await api.app.get(ReconciliationService).run(system(), reportId)).toBe('1 differences in 5 items');
    expect(await api.app.get(ReconciliationService).run(system(), reportId)).toBe('skipped: no pending report');

    const report = await gql<{ reconciliationReport: Record<string, unknown> }>(tenant, `query($id: ID!) { reconciliationReport(id: $id) { ${REPORT} } }`, { id: reportId });
    expect(report.data!.reconciliationReport).toEqual({
      id: reportId,
      status: 'COMPLETED',
      checkedCount: 5,
      differenceCount: 1,
      differences: [{ kind: 'MISSING_IN_LEDGER', object: 'charge', stripeId: outsideCharge, paymentId: null, stripeAmountMinor: 2500, ledgerAmountMinor: null, currency: 'CHF' }],
      failureMessage: null,
    });
  });

  it('makes the nightly report once per day, only for sites on Stripe', async () => {
    const reconciliation = api.app.get(ReconciliationService);
    // 02:00 UTC the day after tomorrow: an hour later is still the same day, whatever time the suite runs.
    const night = new Date(Math.floor((origin + 48 * HOUR) / (24 * HOUR)) * 24 * HOUR + 2 * HOUR);
    expect(await reconciliation.requestNightly(system(), night)).toBe(true);
    expect(await reconciliation.requestNightly(system(), new Date(night.getTime() + HOUR))).toBe(false);
    expect(await reconciliation.requestNightly(RequestContext.system(offlineTenant.id, 'reconciliation-test'), night)).toBe(false);
    const [nightly] = await api.db.ownerQuery<{ n: string }>(`select count(*)::text as n from reconciliation_reports where tenant_id = $1 and requested_by is null`, [tenant.id]);
    expect(nightly.n).toBe('1');
  });

  it('refuses bad periods and sites without Stripe, writing nothing', async () => {
    const before = await api.db.ownerQuery<{ n: string }>(`select count(*)::text as n from reconciliation_reports`);
    const ask = (site: MarketplaceTenant, from: string, to: string) =>
      gql(site, `mutation($from: DateTime!, $to: DateTime!) { reconcilePayments(from: $from, to: $to) { id } }`, { from, to });
    const now = clock.now().getTime();
    const iso = (ms: number) => new Date(ms).toISOString();
    expect((await ask(tenant, iso(now - HOUR), iso(now - 2 * HOUR))).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect((await ask(tenant, iso(now - 100 * 24 * HOUR), iso(now - HOUR))).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect((await ask(tenant, iso(now - HOUR), iso(now + HOUR))).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect((await ask(offlineTenant, iso(now - 2 * HOUR), iso(now - HOUR))).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', detail: 'OFFLINE_PAYMENTS' });
    expect(await api.db.ownerQuery(`select count(*)::text as n from reconciliation_reports`)).toEqual(before);
  });
});
