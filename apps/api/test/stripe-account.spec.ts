// The site's own Stripe account end to end: an operator admin connects it with a publishable key (public,
// for the site's card form), a secret key and a webhook signing secret, which are stored sealed and only
// ever shown masked; the site's public pages learn the provider and the publishable key; agents read it but
// cannot change it; malformed credentials are refused naming the field with nothing written; the
// payment workers get the keys back in clear; another site sees none of it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { StripeAccountService } from '@quartier/payments';
import { RequestContext, TenantDatabase } from '@quartier/platform';
import { createTestUser, insertTestTenant, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const FIELDS = 'mode publishableKey secretKeyMasked webhookSecretMasked connectedAt connectedBy';
const CONNECT = `mutation($publishableKey: String!, $secretKey: String!, $webhookSecret: String!) {
  connectStripeAccount(publishableKey: $publishableKey, secretKey: $secretKey, webhookSecret: $webhookSecret) { ${FIELDS} } }`;
const SITE_PAYMENTS = '{ currentTenant { payments { provider stripePublishableKey } } }';
const READ = `{ stripeAccount { ${FIELDS} } }`;
const DISCONNECT = 'mutation { disconnectStripeAccount }';

const LIVE_KEY = 'sk_live_51QuartierLiveKeyAbc1234';
const LIVE_PUBLISHABLE_KEY = 'pk_live_51QuartierLivePublic5678';
const TEST_PUBLISHABLE_KEY = 'pk_test_51QuartierTestPublic5678';
const LIVE_WEBHOOK = 'whsec_QuartierSigningSecretabcd';

type Account = { mode: string; publishableKey: string | null; secretKeyMasked: string; webhookSecretMasked: string; connectedAt: string; connectedBy: string };
type GqlError = { message: string; extensions?: Record<string, unknown> };

describe('the Stripe account of a site', () => {
  let api: TestApi;
  let tenant: { id: string; slug: string };
  let other: { id: string; slug: string };
  let admin: TestUser;
  let agent: TestUser;
  let otherAdmin: TestUser;

  const gql = <T>(query: string, token: string, variables?: Record<string, unknown>, host = tenant.slug) =>
    api.graphql<T>({ host, query, variables, token });
  const connect = (token: string, secretKey: string, webhookSecret: string, publishableKey = secretKey.includes('_live_') ? LIVE_PUBLISHABLE_KEY : TEST_PUBLISHABLE_KEY) =>
    gql<{ connectStripeAccount: Account }>(CONNECT, token, { publishableKey, secretKey, webhookSecret });
  /** What the site's public pages read, with no account signed in. */
  const sitePayments = async () => {
    const response = await api.graphql<{ currentTenant: { payments: { provider: string; stripePublishableKey: string | null } } }>({ host: tenant.slug, query: SITE_PAYMENTS });
    expect(response.errors).toBeUndefined();
    return response.data?.currentTenant.payments;
  };
  const storedRows = () => api.db.ownerQuery<{ row: string }>(`select row_to_json(a)::text as row from tenant_stripe_accounts a where tenant_id = $1`, [tenant.id]);
  const events = (type: string) =>
    api.db.ownerQuery<{ payload: Record<string, unknown>; text: string }>(
      `select payload, payload::text || context::text as text from outbox_events where tenant_id = $1 and type = $2 order by created_at, id`,
      [tenant.id, type],
    );
  const credentials = (tenantId: string) =>
    api.app.get(TenantDatabase).run(RequestContext.system(tenantId, 'payment-worker'), (tx) => api.app.get(StripeAccountService).credentialsIn(tx));

  beforeAll(async () => {
    api = await startTestApi();
    tenant = await insertTestTenant(api.db, { name: 'Alpine Payments' });
    other = await insertTestTenant(api.db, { name: 'Other Payments' });
    admin = await createTestUser(api, tenant, { roles: ['operator_admin'] });
    agent = await createTestUser(api, tenant, { roles: ['operator_agent'] });
    otherAdmin = await createTestUser(api, other, { roles: ['operator_admin'] });
  });
  afterAll(async () => {
    await api.close();
  });

  it('shows no account before one is connected', async () => {
    const response = await gql<{ stripeAccount: Account | null }>(READ, agent.accessToken);
    expect(response.errors).toBeUndefined();
    expect(response.data?.stripeAccount).toBeNull();
    await expect(credentials(tenant.id)).resolves.toBeNull();
    await expect(sitePayments()).resolves.toEqual({ provider: 'OFFLINE', stripePublishableKey: null });
  });

  it.each([
    ['a secret key as the publishable key', LIVE_KEY, 'publishableKey'],
    ['a test publishable key with a live secret key', TEST_PUBLISHABLE_KEY, 'publishableKey'],
    ['a too short publishable key', 'pk_live_abc', 'publishableKey'],
  ])('refuses %s naming the field, with nothing written', async (_case, publishableKey, field) => {
    const response = await connect(admin.accessToken, LIVE_KEY, LIVE_WEBHOOK, publishableKey);
    const error = response.errors?.[0] as GqlError | undefined;
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.field).toBe(field);
    expect(JSON.stringify(response)).not.toContain(LIVE_KEY);
    expect(await storedRows()).toEqual([]);
  });

  it.each([
    ['a publishable key as the secret key', 'pk_live_51QuartierLiveKeyAbc1234', LIVE_WEBHOOK, 'secretKey'],
    ['a key of another mode', 'sk_prod_51QuartierLiveKeyAbc1234', LIVE_WEBHOOK, 'secretKey'],
    ['a too short key', 'sk_test_abc', LIVE_WEBHOOK, 'secretKey'],
    ['a webhook secret without its prefix', LIVE_KEY, 'QuartierSigningSecretabcd', 'webhookSecret'],
    ['an empty webhook secret', LIVE_KEY, '', 'webhookSecret'],
  ])('refuses %s naming the field, with nothing written', async (_case, secretKey, webhookSecret, field) => {
    const response = await connect(admin.accessToken, secretKey, webhookSecret);
    const error = response.errors?.[0] as GqlError | undefined;
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.field).toBe(field);
    expect(JSON.stringify(response)).not.toContain(secretKey || '<none>');
    expect(await storedRows()).toEqual([]);
    expect(await events('payments.stripe_account_connected')).toEqual([]);
  });

  it('lets agents read but not connect or disconnect', async () => {
    const connecting = await connect(agent.accessToken, LIVE_KEY, LIVE_WEBHOOK);
    expect((connecting.errors?.[0] as GqlError).extensions?.code).toBe('FORBIDDEN');
    const disconnecting = await gql(DISCONNECT, agent.accessToken);
    expect((disconnecting.errors?.[0] as GqlError).extensions?.code).toBe('FORBIDDEN');
    expect(await storedRows()).toEqual([]);
  });

  it('connects a live account, answering and storing the secrets only masked or sealed', async () => {
    const response = await connect(admin.accessToken, LIVE_KEY, LIVE_WEBHOOK);
    expect(response.errors).toBeUndefined();
    expect(response.data?.connectStripeAccount).toEqual({
      mode: 'LIVE',
      publishableKey: LIVE_PUBLISHABLE_KEY,
      secretKeyMasked: 'sk_live_••••1234',
      webhookSecretMasked: 'whsec_••••abcd',
      connectedAt: expect.any(String),
      connectedBy: admin.id,
    });

    const read = await gql<{ stripeAccount: Account }>(READ, agent.accessToken);
    expect(read.data?.stripeAccount).toEqual(response.data?.connectStripeAccount);
    for (const answer of [response, read]) {
      expect(JSON.stringify(answer)).not.toContain(LIVE_KEY);
      expect(JSON.stringify(answer)).not.toContain(LIVE_WEBHOOK);
    }

    const [stored] = await storedRows();
    expect(stored.row).not.toContain(LIVE_KEY);
    expect(stored.row).not.toContain(LIVE_WEBHOOK);
    expect(stored.row).not.toContain('QuartierLiveKey');
    expect(stored.row).not.toContain('QuartierSigningSecret');

    const [event] = await events('payments.stripe_account_connected');
    expect(event.payload).toEqual({ tenantId: tenant.id, connectedBy: admin.id, mode: 'live' });
    expect(event.text).not.toContain('QuartierLiveKey');
    expect(event.text).not.toContain('QuartierSigningSecret');
  });

  it("tells the site's public pages to take cards, with the publishable key and nothing secret", async () => {
    await expect(sitePayments()).resolves.toEqual({ provider: 'STRIPE', stripePublishableKey: LIVE_PUBLISHABLE_KEY });
    const elsewhere = await api.graphql({ host: other.slug, query: SITE_PAYMENTS });
    expect(elsewhere.data).toEqual({ currentTenant: { payments: { provider: 'OFFLINE', stripePublishableKey: null } } });
  });

  it('gives the payment workers the keys in clear', async () => {
    await expect(credentials(tenant.id)).resolves.toEqual({ mode: 'live', secretKey: LIVE_KEY, webhookSecret: LIVE_WEBHOOK });
  });

  it('shows another site nothing of it', async () => {
    const response = await gql<{ stripeAccount: Account | null }>(READ, otherAdmin.accessToken, undefined, other.slug);
    expect(response.errors).toBeUndefined();
    expect(response.data?.stripeAccount).toBeNull();
    await expect(credentials(other.id)).resolves.toBeNull();
  });

  it('replaces the account when connected again, here with a restricted test key', async () => {
    const restrictedKey = 'rk_test_51QuartierRestricted9876';
    const response = await connect(admin.accessToken, restrictedKey, 'whsec_QuartierOtherSecretwxyz');
    expect(response.errors).toBeUndefined();
    expect(response.data?.connectStripeAccount).toMatchObject({ mode: 'TEST', secretKeyMasked: 'rk_test_••••9876', webhookSecretMasked: 'whsec_••••wxyz' });
    expect(await storedRows()).toHaveLength(1);
    await expect(credentials(tenant.id)).resolves.toEqual({ mode: 'test', secretKey: restrictedKey, webhookSecret: 'whsec_QuartierOtherSecretwxyz' });
    expect(await events('payments.stripe_account_connected')).toHaveLength(2);
  });

  it('disconnects, falling back to no account', async () => {
    const response = await gql<{ disconnectStripeAccount: boolean }>(DISCONNECT, admin.accessToken);
    expect(response.data?.disconnectStripeAccount).toBe(true);
    expect(await storedRows()).toEqual([]);
    expect((await gql<{ stripeAccount: Account | null }>(READ, admin.accessToken)).data?.stripeAccount).toBeNull();
    await expect(credentials(tenant.id)).resolves.toBeNull();
    await expect(sitePayments()).resolves.toEqual({ provider: 'OFFLINE', stripePublishableKey: null });
    const [event] = await events('payments.stripe_account_disconnected');
    expect(event.payload).toEqual({ tenantId: tenant.id, disconnectedBy: admin.id });
  });
});
