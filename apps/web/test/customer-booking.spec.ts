// The customer's booking journey in a real browser, in German (the browser speaks de-CH): search,
// a helper's profile with reviews and free slots, a slot that needs an account sends to log in and
// comes back to the same slot, booking it, the request page in CHF and the site's time zone. A wrong
// password and a slot someone else took meanwhile show the server's typed answer, and the taken slot
// books nothing. With the real worker running, the request page follows the job live and then takes
// the customer's review. Every page passes axe-core; screenshots go to docs/screenshots/.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { RequestContext } from '@quartier/platform';
import { TenantPolicyService } from '@quartier/tenancy';
import { NotificationBus, notificationChannelOf } from '@quartier/notifications';
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
import { DESKTOP, expectAccessible, launchBrowser, PHONE, readText, SCREENSHOTS } from './browser.js';

describe('booking a helper in Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let site: MarketplaceTenant;
  let origin: string;
  let serviceId: string;
  let helper: TestUser;
  let customer: TestUser;

  async function openPage(url: string, viewport = DESKTOP): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(url);
    await page.getByTestId('site-name').waitFor();
    return page;
  }

  async function appointmentsOf(email: string): Promise<number> {
    const [row] = await api.db.ownerQuery<{ count: string }>(
      `select count(*) from appointments a join users u on u.tenant_id = a.tenant_id and u.id = a.customer_id where a.tenant_id = $1 and u.email = $2`,
      [site.id, email],
    );
    return Number(row?.count);
  }

  /** The first free slot on the profile: its start, after clicking it. */
  async function pickFirstSlot(page: Page): Promise<string> {
    const slot = page.getByTestId('slot-list').getByRole('link').first();
    await slot.waitFor();
    const startsAt = await slot.getAttribute('data-starts-at');
    expect(startsAt).toBeTruthy();
    await slot.click();
    return startsAt!;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await startTestApi();
    const port = new URL(await api.liveUrl()).port;
    site = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    origin = `http://${site.slug}.localhost:${port}`;
    await api.app.get(TenantPolicyService).updateBranding(RequestContext.system(site.id, 'test'), {
      displayName: 'Alpine Neighborhood',
      primaryColor: '#d0021b',
      accentColor: '#f2a900',
      fontFamily: 'Arial, sans-serif',
      badgeName: 'Alpine Friend',
    });
    serviceId = await site.serviceId({ pricingMode: 'hourly' });
    helper = await createApprovedHelper(api, site, { displayName: 'Lea Keller', postalCode: '8004', radiusKm: 10, skills: [{ serviceId, priceMinor: 4500 }], weekdays: EVERY_DAY });
    customer = await createTestUser(api, site, { roles: ['customer'], displayName: 'Nina Brunner' });
  });

  // Each journey starts signed out, in a browser of its own.
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'de-CH', timezoneId: 'America/New_York' });
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await stopWorkerProcesses();
    await browser?.close();
    await api?.close();
  });

  it('takes a customer from the search to a booked slot through log-in, and shows the request in German and CHF', async () => {
    const page = await openPage(origin);
    await page.getByLabel('Dienstleistung').selectOption(serviceId);
    await page.getByLabel('Postleitzahl').fill('8001');
    await page.getByLabel('Postleitzahl').press('Enter');
    await page.getByRole('link', { name: 'Lea Keller' }).click();

    await page.getByRole('heading', { level: 1, name: 'Lea Keller' }).waitFor();
    const profileUrl = new URL(page.url());
    expect(profileUrl.pathname).toBe(`/helpers/${helper.id}`);
    expect(profileUrl.searchParams.get('postalCode')).toBe('8001');
    expect(await page.getByText('Alpine Friend').count()).toBeGreaterThan(0);
    expect((await page.locator('.price-list').innerText()).replace(/\s+/g, ' ')).toContain('CHF 45.00 / Stunde');
    await page.getByTestId('slot-list').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}customer-profile-desktop.png`, fullPage: true });
    await expectAccessible(page);
    const phoneProfile = await openPage(page.url(), PHONE);
    await phoneProfile.getByTestId('slot-list').waitFor();
    expect(await phoneProfile.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await phoneProfile.screenshot({ path: `${SCREENSHOTS}customer-profile-375.png`, fullPage: true });
    await expectAccessible(phoneProfile);
    await phoneProfile.close();

    // Booking needs an account: the customer is sent to log in, with the chosen slot kept in `next`.
    const startsAt = await pickFirstSlot(page);
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    const next = new URL(new URL(page.url()).searchParams.get('next')!, origin);
    expect(next.pathname).toBe('/book');
    expect(next.searchParams.get('startsAt')).toBe(startsAt);
    await expectAccessible(page);

    // A wrong password: the server's typed answer under the password field.
    await page.getByLabel('E-Mail').fill(customer.email);
    await page.getByLabel('Passwort').fill('not-the-password');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    const passwordError = page.getByTestId('password-error');
    await passwordError.waitFor();
    expect(await passwordError.innerText()).toContain('E-Mail oder Passwort ist nicht korrekt.');
    expect(await page.getByLabel('Passwort').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await page.getByLabel('Passwort').fill(customer.password);
    await page.getByLabel('Passwort').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Buchung bestätigen' }).waitFor();
    expect(new URL(page.url()).searchParams.get('startsAt')).toBe(startsAt);
    expect(await readText(page, 'signed-in-as')).toBe('Nina Brunner');
    // The site's zone (Zurich), not the browser's (New York).
    const zurichTime = new Intl.DateTimeFormat('de-CH', { timeZone: 'Europe/Zurich', hour: '2-digit', minute: '2-digit' }).format(new Date(startsAt));
    expect(await readText(page, 'booking-when')).toContain(zurichTime);
    // The total bookSlot will fix (the rate times the service's duration; this site charges no fee), with the rate.
    const quoted = await api.graphql<{ bookingQuote: { customerTotalMinor: number } }>({
      host: site.slug,
      query: 'query($h: ID!, $s: ID!) { bookingQuote(helperId: $h, serviceId: $s) { customerTotalMinor } }',
      variables: { h: helper.id, s: serviceId },
    });
    const total = (quoted.data!.bookingQuote.customerTotalMinor / 100).toFixed(2);
    await page.getByTestId('booking-price').filter({ hasText: '·' }).waitFor();
    expect(await readText(page, 'booking-price')).toBe(`CHF ${total} · CHF 45.00 / Stunde`);
    expect(await page.getByLabel('Postleitzahl').inputValue()).toBe('8001');
    await page.screenshot({ path: `${SCREENSHOTS}customer-booking-desktop.png`, fullPage: true });
    await expectAccessible(page);
    // The same booking page in another tab of the phone: the session comes back from the refresh token.
    const phoneBooking = await openPage(page.url(), PHONE);
    await phoneBooking.getByRole('heading', { level: 1, name: 'Buchung bestätigen' }).waitFor();
    expect(await phoneBooking.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await phoneBooking.screenshot({ path: `${SCREENSHOTS}customer-booking-375.png`, fullPage: true });
    await expectAccessible(phoneBooking);
    await phoneBooking.close();

    expect(await appointmentsOf(customer.email)).toBe(0);
    await page.getByRole('button', { name: 'Diesen Termin buchen' }).click();
    await page.getByTestId('request-status').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/requests\/[0-9a-f-]{36}$/);
    expect(await readText(page, 'request-status')).toBe('Bestätigt');
    const summary = await readText(page, 'request-summary');
    expect(summary).toContain('Lea Keller');
    expect(summary).toContain(zurichTime);
    expect(await readText(page, 'request-price')).toMatch(/^CHF \d+\.\d{2}$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^Ihre Anfrage/);
    expect(await appointmentsOf(customer.email)).toBe(1);
    // A message to the helper, from the request page.
    await page.getByLabel('Ihre Nachricht').fill('Bitte bei Brunner klingeln, 3. Stock.');
    await page.getByRole('button', { name: 'Senden' }).click();
    await page.getByTestId('message-list').filter({ hasText: 'Bitte bei Brunner klingeln, 3. Stock.' }).waitFor();
    expect(await page.getByLabel('Ihre Nachricht').inputValue()).toBe('');
    await page.screenshot({ path: `${SCREENSHOTS}customer-request-desktop.png`, fullPage: true });
    await expectAccessible(page);
    const phoneRequest = await openPage(page.url(), PHONE);
    await phoneRequest.getByTestId('request-status').waitFor();
    expect(await phoneRequest.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await phoneRequest.screenshot({ path: `${SCREENSHOTS}customer-request-375.png`, fullPage: true });
    await expectAccessible(phoneRequest);
    await phoneRequest.close();

    // Log out: the request page needs an account, so it asks to log in again, to come back to it.
    const requestPath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe(requestPath);
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);
    await page.close();
  });

  it('shows a slot someone else took meanwhile as the server refused it, books nothing, and offers the next slots', async () => {
    const page = await openPage(`${origin}/helpers/${helper.id}?service=${serviceId}&postalCode=8001`);
    const startsAt = await pickFirstSlot(page);

    // New here: from log-in to sign-up, and still back to the same slot.
    await page.getByRole('link', { name: 'Konto erstellen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ihr Konto erstellen' }).waitFor();
    const email = `rivalled-${Date.now()}@example.test`;
    await page.getByLabel('Ihr Name').fill('Tom Meier');
    await page.getByLabel('E-Mail').fill(email);
    await page.getByLabel('Passwort').fill('short');
    await page.getByRole('button', { name: 'Konto erstellen' }).click();
    await page.getByTestId('password-error').waitFor();
    expect(await readText(page, 'password-error')).toContain('mindestens 10 Zeichen');
    await expectAccessible(page);
    await page.getByLabel('Passwort').fill('a-long-enough-password');
    await page.getByRole('button', { name: 'Konto erstellen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Buchung bestätigen' }).waitFor();
    expect(new URL(page.url()).searchParams.get('startsAt')).toBe(startsAt);

    // Someone else books that very slot first.
    const rival = await createTestUser(api, site, { roles: ['customer'] });
    const rivalBooking = await api.graphql({
      host: site.slug,
      token: rival.accessToken,
      query: `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id } }`,
      variables: { input: { helperId: helper.id, serviceId, postalCode: '8001', startsAt } },
    });
    expect(rivalBooking.errors).toBeUndefined();

    await page.getByRole('button', { name: 'Diesen Termin buchen' }).click();
    await page.getByTestId('booking-error').waitFor();
    expect(await readText(page, 'booking-error')).toContain('Dieser Termin wurde soeben von jemand anderem gebucht');
    expect(await page.evaluate<string | null>('document.activeElement?.getAttribute("data-testid") ?? null')).toBe('booking-error');
    const offered = page.getByTestId('slot-list').getByRole('link');
    await offered.first().waitFor();
    const offeredStarts = await offered.evaluateAll((links) => links.map((link) => link.getAttribute('data-starts-at')));
    expect(offeredStarts).not.toContain(startsAt);
    expect(offeredStarts.length).toBeGreaterThan(0);
    expect(await appointmentsOf(email)).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}customer-booking-slot-taken-desktop.png`, fullPage: true });
    await expectAccessible(page);
    await page.close();
  });

  it('follows the job live on the request page, then takes the customer’s review', async () => {
    const worker = startWorkerProcess(api.db.config);
    await worker.ready();
    const reviewer = await createTestUser(api, site, { roles: ['customer'], displayName: 'Eva Huber' });
    const call = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
      const response = await api.graphql<T>({ host: site.slug, query, variables, token });
      expect(response.errors).toBeUndefined();
      return response.data as T;
    };
    // A helper of their own, free now: the job may start right away.
    const marco = await createApprovedHelper(api, site, { displayName: 'Marco Rossi', postalCode: '8001', radiusKm: 5, skills: [{ serviceId, priceMinor: 3500 }], weekdays: EVERY_DAY });
    const startsAt = new Date(Date.now() + 10 * 60_000).toISOString();
    const { bookSlot } = await call<{ bookSlot: { id: string; requestId: string } }>(
      `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id requestId } }`,
      { input: { helperId: marco.id, serviceId, postalCode: '8001', startsAt } },
      reviewer.accessToken,
    );

    // A reminder's link: log in first, then straight to the request.
    const page = await context.newPage();
    const frames: string[] = [];
    page.on('websocket', (socket) => socket.on('framereceived', (frame) => frames.push(String(frame.payload))));
    await page.goto(`${origin}/login?next=${encodeURIComponent(`/requests/${bookSlot.requestId}`)}`);
    await page.getByLabel('E-Mail').fill(reviewer.email);
    await page.getByLabel('Passwort').fill(reviewer.password);
    await page.getByLabel('Passwort').press('Enter');
    await page.getByTestId('request-status').waitFor();
    expect(await readText(page, 'request-status')).toBe('Bestätigt');

    // graphql-ws does not confirm a subscription: check messages are sent until the page receives one.
    const bus = api.app.get(NotificationBus);
    const check = { id: newId(), userId: reviewer.id, kind: 'live.check', title: 'Check', body: 'Listening?', link: null, createdAt: new Date().toISOString() };
    await waitUntil('the request page to listen', async () => {
      await bus.publish(notificationChannelOf(api.db.config.QUEUE_PREFIX, site.id), [check]);
      return frames.some((frame) => frame.includes('live.check')) ? true : undefined;
    });

    // The helper does the job; the page follows without being reloaded.
    await page.evaluate('window.stillTheSamePage = true');
    await call(
      `mutation($requestId: ID!, $body: String!) { sendMessage(requestId: $requestId, body: $body) { id } }`,
      { requestId: bookSlot.requestId, body: 'Ich bin in fünf Minuten da.' },
      marco.accessToken,
    );
    await call(`mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`, { id: bookSlot.id }, marco.accessToken);
    await call(`mutation($id: ID!) { completeAppointment(appointmentId: $id, note: "Done") { status } }`, { id: bookSlot.id }, marco.accessToken);
    await page.getByTestId('request-status').filter({ hasText: 'Erledigt' }).waitFor({ timeout: 20_000 });
    expect(await page.evaluate<boolean>('window.stillTheSamePage === true')).toBe(true);
    // The site has no Stripe: the offline provider, paid to the helper on site (recorded as paid once the
    // worker has booked it after the job).
    await page.getByTestId('request-summary').filter({ hasText: /zahlbar vor Ort|vor Ort bezahlt/ }).waitFor({ timeout: 20_000 });
    // The helper's message came with the update.
    await page.getByTestId('message-list').filter({ hasText: 'Ich bin in fünf Minuten da.' }).waitFor();

    await page.getByRole('heading', { level: 2, name: 'Wie ist es gelaufen?' }).waitFor();
    await page.getByRole('button', { name: 'Bewertung senden' }).click();
    expect(await page.getByText('Wählen Sie einen bis fünf Sterne.').count()).toBe(1);
    await page.getByLabel('4 von 5').check();
    expect(await page.getByText('Wählen Sie einen bis fünf Sterne.').count()).toBe(0);
    await page.getByLabel('Ihr Kommentar (optional)').fill('Pünktlich und freundlich, das WLAN läuft jetzt überall.');
    await page.screenshot({ path: `${SCREENSHOTS}customer-review-desktop.png`, fullPage: true });
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Bewertung senden' }).click();
    await page.getByTestId('review-written').waitFor();
    const [review] = await api.db.ownerQuery<{ stars: number; text: string }>(`select stars, text from reviews where tenant_id = $1 and appointment_id = $2 and author_id = $3`, [
      site.id,
      bookSlot.id,
      reviewer.id,
    ]);
    expect(review).toEqual({ stars: 4, text: 'Pünktlich und freundlich, das WLAN läuft jetzt überall.' });
    await expectAccessible(page);
    await page.close();
  });
});
