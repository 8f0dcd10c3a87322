// Journeys across Quartier's sites in a real browser: a customer's tokens from one tenant's site do
// nothing on another tenant's site (signed out there, the access token refused with TENANT_MISMATCH,
// nothing of the first site shown); a visitor applies as a helper, hands in every vetting step, the
// operator approves each in the console and customers then find the helper; with the real worker, a
// customer finds, books, sees the offline payment recorded when the job is done, follows it live and
// reviews; the search's filters narrow the results and stay in the address. Screenshots go to
// docs/screenshots/journey-*.png.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { NotificationBus, notificationChannelOf } from '@quartier/notifications';
import { newId, RequestContext } from '@quartier/platform';
import { TenantPolicyService } from '@quartier/tenancy';
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
import { capture as captureScreen, DESKTOP, expectAccessible, fillLogIn, launchBrowser, PHONE, readText, SCREENSHOTS, seriousViolations } from './browser.js';

/** Where the customer site keeps the refresh token (src/session/session-store.ts). */
const REFRESH_TOKEN_KEY = 'quartier.refreshToken';

describe('journeys across the sites in Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let origin: (tenant: MarketplaceTenant) => string;
  let alpine: MarketplaceTenant;
  let nordhaus: MarketplaceTenant;
  let alpineCustomer: TestUser;

  async function openPage(url: string, viewport = DESKTOP): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(url);
    await page.getByTestId('site-name').waitFor();
    return page;
  }

  const capture = (page: Page, name: string) => captureScreen(page, `journey-${name}`);

  async function logIn(page: Page, user: { email: string; password: string }) {
    await fillLogIn(page, user);
    await page.getByTestId('signed-in-as').waitFor();
  }

  /** A GraphQL call made by the page itself, from its own origin, with the token given. */
  function callFromPage(page: Page, query: string, token: string): Promise<{ status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }> {
    return page.evaluate(`
      fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer ' + ${JSON.stringify(token)} },
        body: JSON.stringify({ query: ${JSON.stringify(query)} }),
      }).then(async (response) => ({ status: response.status, body: await response.json() }))
    `);
  }

  /** The page's next answer to the operation named, which must carry no error. */
  async function answered(page: Page, operation: string, act: () => Promise<void>) {
    const response = page.waitForResponse((candidate) => candidate.url().endsWith('/graphql') && (candidate.request().postData() ?? '').includes(`${operation}(`));
    await act();
    const body = (await (await response).json()) as { errors?: unknown };
    expect(body.errors).toBeUndefined();
  }

  /** A visitor's search from the site's home page: the names of the helpers listed. */
  async function searchNames(page: Page, tenant: MarketplaceTenant, serviceId: string, postalCode: string): Promise<string[]> {
    await page.goto(origin(tenant));
    await page.getByLabel('Service').selectOption(serviceId);
    await page.getByLabel('Postal code').fill(postalCode);
    await page.getByRole('button', { name: 'Find helpers' }).click();
    await page.locator('section.results').waitFor();
    return page.getByTestId('helper-card').getByRole('heading', { level: 3 }).allTextContents();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await startTestApi();
    const port = new URL(await api.liveUrl()).port;
    origin = (tenant) => `http://${tenant.slug}.localhost:${port}`;
    alpine = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    nordhaus = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    const policies = api.app.get(TenantPolicyService);
    await policies.updateBranding(RequestContext.system(alpine.id, 'test'), {
      displayName: 'Alpine Neighborhood',
      primaryColor: '#d0021b',
      accentColor: '#f2a900',
      fontFamily: 'Arial, sans-serif',
      badgeName: 'Alpine Friend',
    });
    await policies.updateBranding(RequestContext.system(nordhaus.id, 'test'), {
      displayName: 'Nordhaus Helpers',
      primaryColor: '#2f5d50',
      accentColor: '#c9a227',
      fontFamily: 'Georgia, serif',
      badgeName: 'Nordhaus Pro',
    });
    alpineCustomer = await createTestUser(api, alpine, { roles: ['customer'], displayName: 'Nina Brunner' });
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Zurich' });
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await stopWorkerProcesses();
    await browser?.close();
    await api?.close();
  });

  it("refuses alpine's session on nordhaus's site: signed out there, the token refused, nothing of alpine's shown", async () => {
    // Signed in on alpine's site; the access token is what the log-in answered (the site keeps it in memory).
    const alpinePage = await openPage(`${origin(alpine)}/login`);
    const loggedIn = alpinePage.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('logIn('));
    await logIn(alpinePage, alpineCustomer);
    const { data } = (await (await loggedIn).json()) as { data: { logIn: { accessToken: string; refreshToken: string } } };
    const accessToken = data.logIn.accessToken;
    expect(await readText(alpinePage, 'signed-in-as')).toBe('Nina Brunner');
    const refreshToken = await alpinePage.evaluate<string | null>(`localStorage.getItem(${JSON.stringify(REFRESH_TOKEN_KEY)})`);
    expect(refreshToken).toBeTruthy();
    // The token works where it was issued.
    const atHome = await callFromPage(alpinePage, '{ viewer { displayName } }', accessToken);
    expect(atHome.status).toBe(200);
    expect(atHome.body.data).toEqual({ viewer: { displayName: 'Nina Brunner' } });

    // The same browser, nordhaus's site: alpine's refresh token planted in its storage before the app starts.
    const nordhausPage = await context.newPage();
    await nordhausPage.setViewportSize(DESKTOP);
    await nordhausPage.addInitScript(`localStorage.setItem(${JSON.stringify(REFRESH_TOKEN_KEY)}, ${JSON.stringify(refreshToken)})`);
    const refused = nordhausPage.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('refreshSession('));
    await nordhausPage.goto(origin(nordhaus));
    await nordhausPage.getByTestId('site-name').waitFor();
    const refusal = (await (await refused).json()) as { data: unknown; errors?: { extensions?: { code?: string } }[] };
    expect(refusal.data).toBeNull();
    expect(refusal.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Signed out: the header offers to log in, and the foreign token is dropped.
    await nordhausPage.getByRole('link', { name: 'Log in' }).waitFor();
    expect(await nordhausPage.getByTestId('signed-in-as').count()).toBe(0);
    expect(await nordhausPage.evaluate<string | null>(`localStorage.getItem(${JSON.stringify(REFRESH_TOKEN_KEY)})`)).toBeNull();
    expect(await readText(nordhausPage, 'site-name')).toBe('Nordhaus Helpers');
    const body = await nordhausPage.locator('body').innerText();
    for (const alpineText of ['Nina Brunner', 'Alpine Neighborhood', 'Alpine Friend']) expect(body).not.toContain(alpineText);
    await capture(nordhausPage, 'foreign-token-nordhaus-desktop');

    // alpine's access token sent by nordhaus's page to nordhaus's API: refused, even for a public operation.
    for (const query of ['{ viewer { id displayName email } }', '{ currentTenant { name } }']) {
      const answer = await callFromPage(nordhausPage, query, accessToken);
      expect(answer.status).toBe(401);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('TENANT_MISMATCH');
      expect(JSON.stringify(answer.body)).not.toContain('Nina Brunner');
    }

    // A page that needs an account asks to log in on nordhaus, and shows nothing of alpine's.
    await nordhausPage.goto(`${origin(nordhaus)}/account`);
    await nordhausPage.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    expect(new URL(nordhausPage.url()).searchParams.get('next')).toBe('/account');
    expect(await nordhausPage.locator('body').innerText()).not.toContain('Nina Brunner');
    // Alpine's credentials are no account on nordhaus: tenants never share users.
    await nordhausPage.getByLabel('Email').fill(alpineCustomer.email);
    await nordhausPage.getByLabel('Password').fill(alpineCustomer.password);
    await nordhausPage.getByRole('button', { name: 'Log in' }).click();
    await nordhausPage.getByTestId('password-error').waitFor();
    expect(await nordhausPage.getByTestId('signed-in-as').count()).toBe(0);
    const phone = await openPage(origin(nordhaus), PHONE);
    await phone.getByRole('link', { name: 'Log in' }).waitFor();
    await capture(phone, 'foreign-token-nordhaus-375');
    await phone.close();
    await nordhausPage.close();

    // Nordhaus's refusal did not end the session on alpine's own site.
    await alpinePage.reload();
    await alpinePage.getByTestId('signed-in-as').waitFor();
    expect(await readText(alpinePage, 'signed-in-as')).toBe('Nina Brunner');
    await alpinePage.close();
  });

  it('takes an applicant from /helper/apply through vetting in the console to a customer’s search results', async () => {
    const serviceId = await alpine.serviceId({ pricingMode: 'hourly' });
    const [service] = await api.db.ownerQuery<{ name: string }>(`select names->>'en' as name from services where tenant_id = $1 and id = $2`, [alpine.id, serviceId]);
    const serviceName = service!.name;
    const steps = ['Identity document', 'Criminal record extract', 'Interview', 'Skills assessment'];
    const applicant = { email: `sara-${Date.now()}@example.test`, password: 'a-long-enough-password' };

    // Not yet on the site: a customer's search at 8001 does not list her.
    const visitor = await openPage(origin(alpine));
    expect(await searchNames(visitor, alpine, serviceId, '8001')).not.toContain('Sara Frei');

    // She applies and fills in her profile: where she lives, how far she travels, what she offers, her week.
    const helperPage = await openPage(`${origin(alpine)}/helper/apply`);
    await helperPage.getByRole('heading', { level: 1, name: 'Apply as a helper' }).waitFor();
    await helperPage.getByLabel('Your name').fill('Sara Frei');
    await helperPage.getByLabel('Email').fill(applicant.email);
    await helperPage.getByLabel('Password').fill(applicant.password);
    await helperPage.getByRole('button', { name: 'Create helper account' }).click();
    await helperPage.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    expect(await readText(helperPage, 'signed-in-as')).toBe('Sara Frei');
    await helperPage.getByLabel('Home postal code').fill('8004');
    await helperPage.getByLabel('Service radius (km)').fill('10');
    await answered(helperPage, 'updateMyHelperProfile', () => helperPage.getByRole('button', { name: 'Save profile' }).click());
    await helperPage.getByRole('heading', { level: 2, name: 'Services and prices' }).waitFor();
    await helperPage.getByRole('checkbox', { name: serviceName }).check();
    await helperPage.getByLabel(`Your price: ${serviceName} (CHF)`).fill('42');
    await answered(helperPage, 'setMySkills', () => helperPage.getByRole('button', { name: 'Save services' }).click());
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      await helperPage.getByRole('button', { name: `Add a time: ${day}` }).click();
    }
    await answered(helperPage, 'setMyWeeklyAvailability', () => helperPage.getByRole('button', { name: 'Save week' }).click());

    // Every vetting step handed in from her home page.
    await helperPage.getByRole('link', { name: 'Today' }).click();
    await helperPage.getByRole('heading', { level: 1, name: 'Hello Sara Frei' }).waitFor();
    const stepList = helperPage.getByTestId('vetting-steps').getByRole('listitem');
    await stepList.first().waitFor();
    expect(await stepList.count()).toBe(steps.length);
    await capture(helperPage, 'vetting-applicant-desktop');
    for (const name of steps) {
      const step = stepList.filter({ hasText: name });
      await step.locator('summary').click();
      await step.getByLabel('Note for the team').fill(`${name}: shown at the Zurich office.`);
      await step.getByRole('button', { name: `Hand in: ${name}` }).click();
      await step.filter({ hasText: 'Handed in' }).waitFor();
    }
    expect(await readText(helperPage, 'vetting-status')).toBe('The team is reviewing your application.');
    // Handed in is not approved: customers do not find her yet.
    expect(await searchNames(visitor, alpine, serviceId, '8001')).not.toContain('Sara Frei');

    // The operator, in a browser of their own, approves each step from its evidence.
    const operatorContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Zurich' });
    const console = await operatorContext.newPage();
    await console.setViewportSize(DESKTOP);
    await console.goto(`${origin(alpine)}/console/vetting`);
    await logIn(console, alpine.admin);
    await console.getByRole('heading', { level: 1, name: 'Vetting' }).waitFor();
    const card = console.getByTestId('vetting-helper').filter({ hasText: 'Sara Frei' });
    await card.waitFor();
    await console.screenshot({ path: `${SCREENSHOTS}journey-vetting-console-desktop.png`, fullPage: true });
    expect(await seriousViolations(console)).toEqual([]);
    for (const name of steps) {
      const step = card.getByRole('listitem', { name });
      expect(await step.getByText(`${name}: shown at the Zurich office.`).isVisible()).toBe(true);
      await step.getByRole('button', { name: 'Approve' }).click();
      await console.getByTestId('vetting-done').filter({ hasText: `${name}: approved.` }).waitFor();
    }
    // Approved, she leaves the queue.
    await card.waitFor({ state: 'detached' });
    await operatorContext.close();
    const [profile] = await api.db.ownerQuery<{ status: string }>(
      `select h.status from helper_profiles h join users u on u.tenant_id = h.tenant_id and u.id = h.user_id where h.tenant_id = $1 and u.email = $2`,
      [alpine.id, applicant.email],
    );
    expect(profile?.status).toBe('approved');

    // Her home says so, and a customer's search at her postal code lists her with her price.
    await helperPage.reload();
    // An approved helper's home is the working one: offers and today's jobs, no more vetting steps.
    await helperPage.getByTestId('offers-waiting').waitFor();
    expect(await readText(helperPage, 'offers-waiting')).toBe('No offers waiting for your answer.');
    expect(await helperPage.getByTestId('vetting-steps').count()).toBe(0);
    await helperPage.getByRole('heading', { level: 2, name: 'Today’s jobs' }).waitFor();
    await capture(helperPage, 'vetting-approved-desktop');
    expect(await searchNames(visitor, alpine, serviceId, '8001')).toContain('Sara Frei');
    const found = visitor.getByTestId('helper-card').filter({ hasText: 'Sara Frei' });
    expect((await found.innerText()).replace(/\s+/g, ' ')).toContain('CHF 42.00');
    await capture(visitor, 'approved-helper-found-desktop');
    const phone = await openPage(visitor.url(), PHONE);
    await phone.getByTestId('helper-card').filter({ hasText: 'Sara Frei' }).waitFor();
    await capture(phone, 'approved-helper-found-375');
    await phone.close();
    await helperPage.close();
    await visitor.close();
  });

  it('takes a customer from the search to a booked job paid on site, followed live, recorded by the worker and reviewed', async () => {
    const worker = startWorkerProcess(api.db.config);
    await worker.ready();
    const serviceId = await alpine.serviceId({ pricingMode: 'hourly' });
    const helper = await createApprovedHelper(api, alpine, { displayName: 'Marco Rossi', postalCode: '8001', radiusKm: 5, skills: [{ serviceId, priceMinor: 3500 }], weekdays: EVERY_DAY });
    const customer = await createTestUser(api, alpine, { roles: ['customer'], displayName: 'Eva Huber' });
    const asHelper = async (query: string, variables: Record<string, unknown>) => {
      const response = await api.graphql({ host: alpine.slug, query, variables, token: helper.accessToken });
      expect(response.errors).toBeUndefined();
    };
    const paymentOf = async (appointmentId: string) =>
      (await api.db.ownerQuery<{ provider: string; status: string; amount_minor: number; captured_minor: number }>(
        `select provider, status, amount_minor, captured_minor from payments where tenant_id = $1 and appointment_id = $2`,
        [alpine.id, appointmentId],
      ))[0];

    // Finds: a search at 8001 lists Marco; his profile offers free times.
    const page = await context.newPage();
    const frames: string[] = [];
    page.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))));
    await page.setViewportSize(DESKTOP);
    await page.goto(origin(alpine));
    await page.getByLabel('Service').selectOption(serviceId);
    await page.getByLabel('Postal code').fill('8001');
    await page.getByLabel('Postal code').press('Enter');
    await page.getByRole('link', { name: 'Marco Rossi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Marco Rossi' }).waitFor();
    const slot = page.getByTestId('slot-list').getByRole('link').first();
    await slot.waitFor();
    const startsAt = (await slot.getAttribute('data-starts-at'))!;

    // Books: log in on the way, then confirm the time.
    await slot.click();
    await logIn(page, customer);
    await page.getByRole('heading', { level: 1, name: 'Confirm your booking' }).waitFor();
    await page.getByRole('button', { name: 'Book this time' }).click();
    await page.getByTestId('request-status').waitFor();
    expect(await readText(page, 'request-status')).toBe('Confirmed');
    const requestId = new URL(page.url()).pathname.split('/').pop()!;
    const [appointment] = await api.db.ownerQuery<{ id: string; starts_at: Date }>(`select id, starts_at from appointments where tenant_id = $1 and request_id = $2`, [
      alpine.id,
      requestId,
    ]);
    expect(appointment?.starts_at.toISOString()).toBe(new Date(startsAt).toISOString());

    // Pays offline: the site has no Stripe, so the worker sets the payment up to be paid to Marco on site.
    // Setting it up tells the customer nothing, so the page shows it from its next read: wait for the
    // worker, then reload.
    const booked = await waitUntil('the worker to set the payment up', async () => {
      const payment = await paymentOf(appointment!.id);
      return payment?.status === 'authorized' ? payment : undefined;
    }, 30_000);
    await page.reload();
    await page.getByTestId('request-summary').filter({ hasText: 'to pay the helper on site' }).waitFor({ timeout: 20_000 });
    expect(booked).toMatchObject({ provider: 'offline', status: 'authorized', captured_minor: 0 });
    expect(await readText(page, 'request-summary')).toContain(`CHF ${(booked!.amount_minor / 100).toFixed(2)}, to pay the helper on site`);

    // Follows: the job is started and done; the page shows it without a reload. graphql-ws does not
    // confirm a subscription: messages are sent until the page receives one.
    const bus = api.app.get(NotificationBus);
    const check = { id: newId(), userId: customer.id, kind: 'live.check', title: 'Check', body: 'Listening?', link: null, createdAt: new Date().toISOString() };
    await waitUntil('the request page to listen', async () => {
      await bus.publish(notificationChannelOf(api.db.config.QUEUE_PREFIX, alpine.id), [check]);
      return frames.some((frame) => frame.includes('live.check')) ? true : undefined;
    });
    await page.evaluate('window.stillTheSamePage = true');
    // Free times start on the hour and a job may start from 30 minutes before its time: the booked
    // appointment is moved to begin in five minutes, as if the hour had come.
    await api.db.ownerQuery(`update appointments set starts_at = now() + interval '5 minutes', ends_at = now() + interval '65 minutes' where tenant_id = $1 and id = $2`, [
      alpine.id,
      appointment!.id,
    ]);
    await asHelper(`mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`, { id: appointment!.id });
    await asHelper(`mutation($id: ID!) { completeAppointment(appointmentId: $id, note: "Done") { status } }`, { id: appointment!.id });
    await page.getByTestId('request-status').filter({ hasText: 'Done' }).waitFor({ timeout: 20_000 });
    expect(await page.evaluate<boolean>('window.stillTheSamePage === true')).toBe(true);

    // Recorded: once the job is done the worker books the payment collected on site, in full.
    await waitUntil('the offline payment to be recorded', async () => ((await paymentOf(appointment!.id))?.status === 'captured' ? true : undefined));
    const recorded = await paymentOf(appointment!.id);
    expect(recorded?.captured_minor).toBe(recorded?.amount_minor);

    // Reviews: the form asks for stars first, then takes them with a comment.
    await page.getByRole('heading', { level: 2, name: 'How did it go?' }).waitFor();
    await page.getByRole('button', { name: 'Send review' }).click();
    expect(await page.getByText('Choose from one to five stars.').count()).toBe(1);
    await page.getByLabel('5 out of 5').check();
    await page.getByLabel('Your review (optional)').fill('On time, friendly, and the Wi-Fi reaches every room now.');
    await capture(page, 'booked-review-desktop');
    await page.getByRole('button', { name: 'Send review' }).click();
    await page.getByTestId('review-written').waitFor();
    const [review] = await api.db.ownerQuery<{ stars: number; text: string }>(`select stars, text from reviews where tenant_id = $1 and appointment_id = $2 and author_id = $3`, [
      alpine.id,
      appointment!.id,
      customer.id,
    ]);
    expect(review).toEqual({ stars: 5, text: 'On time, friendly, and the Wi-Fi reaches every room now.' });
    const phone = await openPage(page.url(), PHONE);
    await phone.getByTestId('review-written').waitFor();
    await capture(phone, 'booked-review-375');
    await phone.close();
    await page.close();
  });

  it('filters the search results by free time, rating and price, kept in the address', async () => {
    const serviceId = await nordhaus.serviceId({ pricingMode: 'hourly' });
    const call = async (query: string, variables: Record<string, unknown>, token: string) => {
      const response = await api.graphql({ host: nordhaus.slug, query, variables, token });
      expect(response.errors).toBeUndefined();
      return response.data as Record<string, { id: string }>;
    };
    // Lea: free every day, CHF 45, five stars from a job done through the product.
    const lea = await createApprovedHelper(api, nordhaus, { displayName: 'Lea Keller', postalCode: '8004', radiusKm: 10, skills: [{ serviceId, priceMinor: 4500 }], weekdays: EVERY_DAY });
    const reviewer = await createTestUser(api, nordhaus, { roles: ['customer'] });
    const { bookSlot } = await call(
      `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id } }`,
      { input: { helperId: lea.id, serviceId, postalCode: '8001', startsAt: new Date(Date.now() + 10 * 60_000).toISOString() } },
      reviewer.accessToken,
    );
    await call(`mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`, { id: bookSlot!.id }, lea.accessToken);
    await call(`mutation($id: ID!) { completeAppointment(appointmentId: $id, note: "Done") { status } }`, { id: bookSlot!.id }, lea.accessToken);
    const write = `mutation($id: ID!, $stars: Int!, $text: String) { writeReview(appointmentId: $id, stars: $stars, text: $text) { publishedAt } }`;
    await call(write, { id: bookSlot!.id, stars: 5, text: 'Quick, friendly, and the Wi-Fi reaches every room now.' }, reviewer.accessToken);
    await call(write, { id: bookSlot!.id, stars: 5, text: 'Kind customer.' }, lea.accessToken);
    // Marco: CHF 35, no rating yet, free only on the weekday three days from now (Zurich).
    const weekday = ((new Date(Date.now() + 3 * 86_400_000).getUTCDay() + 6) % 7) + 1;
    await createApprovedHelper(api, nordhaus, { displayName: 'Marco Rossi', postalCode: '8001', radiusKm: 10, skills: [{ serviceId, priceMinor: 3500 }], weekdays: [weekday] });

    const page = await openPage(`${origin(nordhaus)}/search?service=${serviceId}&postalCode=8001`);
    const namesOn = async (on: Page) => {
      await on.locator('section.results').waitFor();
      return (await on.getByTestId('helper-card').getByRole('heading', { level: 3 }).allTextContents()).sort();
    };
    const names = () => namesOn(page);
    /** The names once they are `expected`, else whatever they are after 10 s: the list may render just after the address changes. */
    const settledNames = async (expected: string[]) => {
      const deadline = Date.now() + 10_000;
      let seen = await names();
      while (JSON.stringify(seen) !== JSON.stringify(expected) && Date.now() < deadline) {
        await page.waitForTimeout(100);
        seen = await names();
      }
      return seen;
    };
    const param = (name: string) => new URL(page.url()).searchParams.get(name);
    expect(await names()).toEqual(['Lea Keller', 'Marco Rossi']);
    await page.getByRole('group', { name: 'Filter' }).waitFor();

    await page.getByLabel('Rating', { exact: true }).selectOption({ label: '4.0 stars or more' });
    await page.waitForURL(/minRating=4/);
    expect(await settledNames(['Lea Keller'])).toEqual(['Lea Keller']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => !url.searchParams.has('minRating'));
    expect(await settledNames(['Lea Keller', 'Marco Rossi'])).toEqual(['Lea Keller', 'Marco Rossi']);

    await page.getByLabel('Highest price (CHF)').fill('40');
    await page.waitForURL(/maxPrice=40/);
    expect(await settledNames(['Marco Rossi'])).toEqual(['Marco Rossi']);
    await page.getByLabel('Highest price (CHF)').fill('20');
    await page.getByTestId('no-filter-match').waitFor();
    expect(await readText(page, 'no-filter-match')).toBe('No helper matches these filters.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    expect(await page.getByLabel('Highest price (CHF)').inputValue()).toBe('');

    // Free within 24 hours is the server's: Marco's only day is three days away.
    await page.getByLabel('Free', { exact: true }).selectOption({ label: 'Within 24 hours' });
    await page.waitForURL(/within=day/);
    await page.getByTestId('helper-card').filter({ hasText: 'Marco Rossi' }).waitFor({ state: 'detached' });
    expect(await names()).toEqual(['Lea Keller']);
    await page.getByLabel('Free', { exact: true }).selectOption({ label: 'Within 7 days' });
    await page.getByTestId('helper-card').filter({ hasText: 'Marco Rossi' }).waitFor();
    expect(param('within')).toBe('week');

    // The address keeps the filters: a reload, or the link shared to a phone, shows the same list.
    await page.getByLabel('Rating', { exact: true }).selectOption({ label: '4.0 stars or more' });
    await page.waitForURL(/minRating=4/);
    await page.reload();
    await page.getByTestId('site-name').waitFor();
    expect(await names()).toEqual(['Lea Keller']);
    expect(await page.getByLabel('Free', { exact: true }).inputValue()).toBe('week');
    expect(await page.getByLabel('Rating', { exact: true }).inputValue()).toBe('4');
    await capture(page, 'search-filters-desktop');
    const phone = await openPage(page.url(), PHONE);
    expect(await namesOn(phone)).toEqual(['Lea Keller']);
    await capture(phone, 'search-filters-375');
    await phone.close();
    await page.close();
  });
});
