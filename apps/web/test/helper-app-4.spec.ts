// The helper app in a real browser, part four: a job's own page. The notification of a booking opens
// it; it shows the request's text and the customer's contact details once the job is the helper's,
// the helper answers the customer's message (an empty one is refused under the field), starts and
// completes the job there; once the customer confirms, the conversation says it is closed; today's job
// on the home page links to the page. A request that is not the helper's is not shown. axe-core on the
// pages, no horizontal scroll at 375 px; screenshots go to docs/screenshots/helper-job-*.png.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { newId } from '@quartier/platform';
import {
  createApprovedHelper,
  createMarketplaceTenant,
  createTestUser,
  EVERY_DAY,
  startWorkerProcess,
  stopWorkerProcesses,
  swissPlacesTsv,
  waitUntil,
  type MarketplaceTenant,
  type TestUser,
} from '@quartier/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../../api/test/test-api.js';
import { capture as captureScreen, DESKTOP, launchBrowser, pageLoggedIn, PHONE, readText, seriousViolations } from './browser.js';

const MINUTE = 60_000;
const PHONE_NUMBER = '+41791234567';

describe('the helper app in Chromium, part four: a job’s page', () => {
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let site: MarketplaceTenant;
  let origin: string;
  let serviceId: string;
  let helper: TestUser;
  let customer: TestUser;

  const call = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const response = await api.graphql<T>({ host: site.slug, query, variables, token });
    expect(response.errors).toBeUndefined();
    return response.data as T;
  };

  const logIn = (user: TestUser, next: string, viewport = DESKTOP) => pageLoggedIn(context, origin, user, next, viewport);

  const capture = (page: Page, name: string) => captureScreen(page, `helper-job-${name}`);

  /** The link of the helper's first in-app notification of a kind, once the worker has fanned it out. */
  const linkOf = (kind: string) =>
    waitUntil(`the helper's ${kind} notification`, async () => {
      const { myNotifications } = await call<{ myNotifications: { edges: Array<{ node: { kind: string; link: string | null } }> } }>(
        `query { myNotifications(first: 50) { edges { node { kind link } } } }`,
        {},
        helper.accessToken,
      );
      return myNotifications.edges.find(({ node }) => node.kind === kind)?.node.link ?? undefined;
    });

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await startTestApi();
    const port = new URL(await api.liveUrl()).port;
    site = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    origin = `http://${site.slug}.localhost:${port}`;
    serviceId = await site.serviceId({ pricingMode: 'hourly' });
    helper = await createApprovedHelper(api, site, { displayName: 'Lea Keller', postalCode: '8004', radiusKm: 10, skills: [{ serviceId, priceMinor: 4500 }], weekdays: EVERY_DAY });
    customer = await createTestUser(api, site, { roles: ['customer'], displayName: 'Nina Brunner' });
    await api.db.ownerQuery(`update users set phone = $3 where tenant_id = $1 and id = $2`, [site.id, customer.id, PHONE_NUMBER]);
    // The real worker dispatches the request and tells the helper (the links the page is opened by).
    await startWorkerProcess(api.db.config).ready();
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-GB', timezoneId: 'America/New_York' });
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await stopWorkerProcesses();
    await browser?.close();
    await api?.close();
  });

  it('opens a booked job from its notification: the request, the customer, the conversation, start and complete', async () => {
    const now = Date.now();
    const { postRequest } = await call<{ postRequest: { id: string } }>(
      `mutation($input: PostRequestInput!) { postRequest(input: $input) { id } }`,
      {
        input: {
          serviceId,
          description: 'The Wi-Fi drops every evening in the living room.',
          postalCode: '8001',
          windows: [{ from: new Date(now + MINUTE).toISOString(), to: new Date(now + 8 * 60 * MINUTE).toISOString() }],
        },
      },
      customer.accessToken,
    );
    const requestId = postRequest.id;
    await waitUntil('the request to be offered to the helper', async () => {
      const { myDispatchOffers } = await call<{ myDispatchOffers: { edges: Array<{ node: { requestId: string } }> } }>(
        `query { myDispatchOffers(status: PENDING, first: 50) { edges { node { requestId } } } }`,
        {},
        helper.accessToken,
      );
      return myDispatchOffers.edges.some(({ node }) => node.requestId === requestId) ? true : undefined;
    });
    const { acceptDispatchOffer } = await call<{ acceptDispatchOffer: { id: string } }>(`mutation($id: ID!) { acceptDispatchOffer(requestId: $id) { id } }`, { id: requestId }, helper.accessToken);
    await call(
      `mutation($requestId: ID!, $helperId: ID, $body: String!) { sendMessage(requestId: $requestId, helperId: $helperId, body: $body) { id } }`,
      { requestId, helperId: helper.id, body: 'The router is in the cellar, next to the washing machine.' },
      customer.accessToken,
    );

    // The booking's notification and the message's both link to the job's page.
    const link = await linkOf('booking.assigned');
    expect(link).toBe(`/helper/jobs/${requestId}`);
    expect(await linkOf('message.received')).toBe(link);

    const page = await logIn(helper, link, PHONE);
    await page.getByTestId('job-description').waitFor();
    expect(new URL(page.url()).pathname).toBe(link);
    expect(await readText(page, 'job-description')).toBe('The Wi-Fi drops every evening in the living room.');
    expect(await readText(page, 'job-status')).toBe('Scheduled');
    const contacts = page.getByTestId('job-contacts');
    await contacts.waitFor();
    const contactText = (await contacts.innerText()).replace(/\s+/g, ' ');
    expect(contactText).toContain('Nina Brunner');
    expect(contactText).toContain(customer.email);
    expect(contactText).toContain(PHONE_NUMBER);
    const messages = page.getByTestId('message-list');
    await messages.filter({ hasText: 'The router is in the cellar' }).waitFor();
    // Read on screen: the customer's message is marked read for the helper.
    await waitUntil('the conversation to be read', async () => {
      const [conversation] = await api.db.ownerQuery<{ helper_read_sequence: number }>(
        `select helper_read_sequence from conversations where tenant_id = $1 and request_id = $2 and helper_id = $3`,
        [site.id, requestId, helper.id],
      );
      return Number(conversation?.helper_read_sequence) >= 1 ? true : undefined;
    });
    await capture(page, '375');

    // An empty message is refused under the field, and nothing is sent.
    const field = page.getByLabel('Your message');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByTestId('message-error').waitFor();
    expect(await readText(page, 'message-error')).toBe('Write a message first.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const messagesOf = () =>
      api.db.ownerQuery<{ sender_id: string; sender_role: string; body: string }>(
        `select sender_id, sender_role, body from messages where tenant_id = $1 and request_id = $2 order by sequence`,
        [site.id, requestId],
      );
    expect(await messagesOf()).toHaveLength(1);

    // The answer goes to the customer.
    await field.fill('Thank you, I will bring a second access point.');
    await page.getByRole('button', { name: 'Send' }).click();
    await messages.filter({ hasText: 'I will bring a second access point' }).waitFor();
    expect(await page.getByTestId('message-error').count()).toBe(0);
    expect((await messagesOf())[1]).toEqual({ sender_id: helper.id, sender_role: 'helper', body: 'Thank you, I will bring a second access point.' });

    // Start and complete from the job's page.
    const panel = page.getByTestId('job-panel');
    await panel.getByRole('button', { name: 'Start the job' }).click();
    await panel.getByTestId('job-status').filter({ hasText: 'In progress' }).waitFor();
    await panel.getByRole('button', { name: 'Mark as completed' }).click();
    await panel.getByTestId('job-status').filter({ hasText: 'Completed' }).waitFor();
    const [done] = await api.db.ownerQuery<{ status: string }>(`select status from appointments where tenant_id = $1 and id = $2`, [site.id, acceptDispatchOffer.id]);
    expect(done?.status).toBe('completed');
    await capture(page, 'completed-375');

    // The customer confirms: the request is closed, and so is the conversation, which says so.
    await call(`mutation($id: ID!) { confirmCompletion(requestId: $id) { status } }`, { id: requestId }, customer.accessToken);
    await page.reload();
    await page.getByTestId('conversation-closed').waitFor();
    expect(await readText(page, 'conversation-closed')).toMatch(/^This conversation is closed/);
    expect(await page.getByLabel('Your message').count()).toBe(0);
    await messages.filter({ hasText: 'I will bring a second access point' }).waitFor();

    // Today's job on the home page links to its page.
    await page.setViewportSize(DESKTOP);
    await page.getByRole('link', { name: 'Back to today' }).click();
    const job = page.getByTestId('helper-job');
    await job.waitFor();
    await job.getByRole('heading', { level: 3 }).getByRole('link').click();
    await page.getByTestId('job-description').waitFor();
    expect(new URL(page.url()).pathname).toBe(link);
    await capture(page, 'desktop');
  });

  it('does not show a request that is not the helper’s', async () => {
    const page = await logIn(helper, `/helper/jobs/${newId()}`);
    await page.getByText('This job is not one of yours.').waitFor();
    expect(await page.getByTestId('job-description').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
