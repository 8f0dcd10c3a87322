// The operator console in a real browser: an operator admin signs in, reads a dashboard whose figures
// are the requests this test posted, rebrands the site (a bad color is refused under its field, a good
// one saved) and a customer's fresh page of the same site shows the new color; the requests list and a
// request's timeline, cancelled from the console with its reason; an operator agent, whom the API
// refuses branding, is told so kindly and changes nothing. Every page passes axe-core; screenshots go
// to docs/screenshots/.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { IncidentDetectionService } from '@quartier/incidents';
import { RequestContext } from '@quartier/platform';
import { createApprovedHelper, createHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../../api/test/test-api.js';
import { DESKTOP, expectAccessible, fillLogIn, launchBrowser, PHONE, readText, SCREENSHOTS } from './browser.js';

const HOUR = 60 * 60 * 1000;

describe('the operator console in Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let site: MarketplaceTenant;
  let origin: string;
  let agent: TestUser;
  let customer: TestUser;
  let wifi: { id: string; name: string };
  let furniture: { id: string; name: string };
  const posted: string[] = [];

  async function openPage(url: string, viewport = DESKTOP): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(url);
    await page.getByTestId('site-name').waitFor();
    return page;
  }

  /** A chart's table alternative, row by row ("name: count"), read whether or not it is open. */
  function chartRows(page: Page, testId: string): Promise<string[]> {
    // Evaluated as text in the page (this file is type-checked without the DOM's types).
    return page.evaluate<string[]>(
      `[...document.querySelectorAll('[data-testid="${testId}"] tbody tr')].map((row) => [...row.cells].map((cell) => cell.textContent.trim()).join(': '))`,
    );
  }

  /** The computed background color of the first element matching `selector`. */
  function backgroundOf(page: Page, selector: string): Promise<string> {
    return page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).backgroundColor`);
  }

  async function postRequest(serviceId: string, postalCode: string, description = 'The Wi-Fi drops in the living room'): Promise<string> {
    const from = new Date(Date.now() + 24 * HOUR);
    const result = await api.graphql<{ postRequest: { id: string } }>({
      host: site.slug,
      token: customer.accessToken,
      query: `mutation($input: PostRequestInput!) { postRequest(input: $input) { id } }`,
      variables: {
        input: { serviceId, postalCode, description, windows: [{ from: from.toISOString(), to: new Date(from.getTime() + 4 * HOUR).toISOString() }] },
      },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.postRequest.id;
  }

  async function service(id: string): Promise<{ id: string; name: string }> {
    const [row] = await api.db.ownerQuery<{ name: string }>(`select names->>'en' as name from services where tenant_id = $1 and id = $2`, [site.id, id]);
    return { id, name: row!.name };
  }

  async function primaryColorOfTheSite(): Promise<string> {
    const [row] = await api.db.ownerQuery<{ color: string }>(
      `select document->>'primaryColor' as color from tenant_policies where tenant_id = $1 and kind = 'branding' order by version desc limit 1`,
      [site.id],
    );
    return row!.color;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await startTestApi();
    const port = new URL(await api.liveUrl()).port;
    site = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004', '8400') });
    origin = `http://${site.slug}.localhost:${port}`;
    const [first, second] = await site.serviceIds();
    wifi = await service(first!);
    furniture = await service(second!);
    customer = await createTestUser(api, site, { roles: ['customer'], displayName: 'Nina Brunner' });
    agent = await createTestUser(api, site, { roles: ['operator_agent'], displayName: 'Marco Agent' });
    posted.push(await postRequest(wifi.id, '8001'), await postRequest(wifi.id, '8004'), await postRequest(furniture.id, '8400'));
    // Two approved helpers: one works every day around the clock, the other is suspended.
    const skills = [{ serviceId: await site.serviceId({ pricingMode: 'hourly' }), priceMinor: 4000 }];
    await createApprovedHelper(api, site, { displayName: 'Lea Keller', postalCode: '8001', radiusKm: 10, skills, weekdays: EVERY_DAY });
    const suspended = await createApprovedHelper(api, site, { displayName: 'Tom Suspended', postalCode: '8001', radiusKm: 10, skills, weekdays: EVERY_DAY });
    await api.db.ownerQuery(`update helper_profiles set status = 'suspended' where tenant_id = $1 and user_id = $2`, [site.id, suspended.id]);
    // One request has waited an hour without a helper: past the first-response due time it keeps.
    await api.db.ownerQuery(`update requests set created_at = now() - interval '1 hour', first_response_due_at = now() - interval '45 minutes' where tenant_id = $1 and id = $2`, [
      site.id,
      posted[0],
    ]);
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Zurich' });
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('shows an operator admin the dashboard of the requests posted, and the customer sees the new color after a rebrand', async () => {
    const page = await openPage(`${origin}/console`);
    await fillLogIn(page, site.admin);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/console');
    expect(await page.getByTestId('console-link').isVisible()).toBe(true);

    await page.getByTestId('figure-open').waitFor();
    expect(await readText(page, 'figure-open')).toBe('3');
    expect(await readText(page, 'figure-near-sla')).toBe('1');
    expect(await readText(page, 'figure-rating')).toBe('No reviews yet');
    expect(await readText(page, 'figure-volume')).toBe('3');
    expect(await chartRows(page, 'chart-services')).toEqual([`${wifi.name}: 2`, `${furniture.name}: 1`]);
    expect(await chartRows(page, 'chart-areas')).toEqual(['80…: 2', '84…: 1']);
    // The charts come from the period's breakdowns: the overdue Wi-Fi request missed its first answer, the others are undecided.
    expect(await readText(page, 'figure-first-response')).toBe('0.0 %');
    const summaryOf = (testId: string) =>
      page.evaluate<string>(`document.getElementById(document.querySelector('[data-testid="${testId}"] svg').getAttribute('aria-describedby')).textContent`);
    expect(await summaryOf('chart-services')).toBe(`${wifi.name}, 2 requests, 0.0 % of first answers within SLA; ${furniture.name}, 1 request`);
    // Lea is on shift; the suspended helper is not, though his hours cover now too.
    expect(await readText(page, 'figure-on-shift')).toBe('1');
    const [approved] = await api.db.ownerQuery<{ n: number }>(`select count(*)::int as n from helper_profiles where tenant_id = $1 and status = 'approved'`, [site.id]);
    expect(approved!.n).toBe(1);
    expect(await page.getByTestId('chart-services').getByRole('img').getAttribute('aria-labelledby')).toBeTruthy();
    expect(await page.getByTestId('near-sla-list').getByRole('link').count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}console-dashboard-desktop.png`, fullPage: true });
    await expectAccessible(page);

    // The same dashboard on a phone, same session (the refresh token is the site's, in localStorage).
    const phone = await openPage(`${origin}/console`, PHONE);
    await phone.getByTestId('figure-open').waitFor();
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await phone.screenshot({ path: `${SCREENSHOTS}console-dashboard-375.png`, fullPage: true });
    await expectAccessible(phone);
    await phone.close();

    // The branding editor: a bad color is the server's typed refusal under its field, and nothing changes.
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Branding' }).click();
    await page.getByRole('heading', { level: 1, name: 'Branding' }).waitFor();
    const primary = page.getByLabel('Primary color');
    await primary.waitFor();
    const before = await primaryColorOfTheSite();
    await primary.fill('green');
    await page.getByRole('button', { name: 'Save branding' }).click();
    await page.getByTestId('primaryColor-error').waitFor();
    expect(await readText(page, 'primaryColor-error')).toBe('Enter a hex color such as #0055aa.');
    expect(await primary.getAttribute('aria-invalid')).toBe('true');
    expect(await primaryColorOfTheSite()).toBe(before);
    await expectAccessible(page);

    // A good color: the preview follows as it is typed, and saving stores a new version.
    await primary.fill('#0a7f3f');
    await page.getByLabel('Site name').fill('Alpine Neighbourhood');
    expect(await backgroundOf(page, '[data-testid="preview-header"]')).toBe('rgb(10, 127, 63)');
    expect(await readText(page, 'preview-header')).toBe('Alpine Neighbourhood');
    await page.getByRole('button', { name: 'Save branding' }).click();
    await page.getByTestId('branding-saved').waitFor();
    expect(await primaryColorOfTheSite()).toBe('#0a7f3f');
    await page.screenshot({ path: `${SCREENSHOTS}console-branding-desktop.png`, fullPage: true });
    await expectAccessible(page);
    const phoneBranding = await openPage(`${origin}/console/branding`, PHONE);
    await phoneBranding.getByLabel('Primary color').waitFor();
    expect(await phoneBranding.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await phoneBranding.screenshot({ path: `${SCREENSHOTS}console-branding-375.png`, fullPage: true });
    await phoneBranding.close();

    // A customer's fresh page of the same site, in a browser of its own: the new color and name on load.
    const customerContext = await browser.newContext({ locale: 'en-GB' });
    const customerPage = await customerContext.newPage();
    await customerPage.goto(origin);
    await customerPage.getByTestId('site-name').waitFor();
    expect(await backgroundOf(customerPage, '.site-header')).toBe('rgb(10, 127, 63)');
    expect(await readText(customerPage, 'site-name')).toBe('Alpine Neighbourhood');
    await customerPage.reload();
    await customerPage.getByTestId('site-name').waitFor();
    expect(await backgroundOf(customerPage, '.site-header')).toBe('rgb(10, 127, 63)');
    await customerContext.close();
  });

  it('lists requests by status and cancels one from its timeline with the reason', async () => {
    const page = await openPage(`${origin}/console/requests?status=OPEN`);
    await fillLogIn(page, site.admin);
    await page.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
    await page.getByTestId('request-table').waitFor();
    expect(await page.getByTestId('request-table').locator('tbody tr').count()).toBe(3);
    await expectAccessible(page);

    // Another status: the address holds the filter, and nothing matches.
    await page.getByLabel('Status').selectOption('CANCELLED');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('No requests match.').waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('CANCELLED');
    await page.goBack();
    await page.getByTestId('request-table').waitFor();

    const target = posted[2]!;
    await page.getByTestId('request-table').locator(`a[href="/console/requests/${target}"]`).click();
    await page.getByTestId('console-timeline').waitFor();
    expect(await readText(page, 'request-status')).toBe('Open');
    expect(await page.getByTestId('console-timeline').locator('li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}console-request-desktop.png`, fullPage: true });
    await expectAccessible(page);

    await page.getByLabel('Reason for cancelling').fill('Customer called: solved on the phone');
    await page.getByRole('button', { name: 'Cancel request' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel request' }).click();
    await page.getByTestId('action-done').waitFor();
    await page.getByText('Cancelled', { exact: true }).first().waitFor();
    expect(await readText(page, 'request-status')).toBe('Cancelled');
    expect(await readText(page, 'console-timeline')).toContain('Reason: Customer called: solved on the phone');
    const [row] = await api.db.ownerQuery<{ status: string }>(`select status from requests where tenant_id = $1 and id = $2`, [site.id, target]);
    expect(row?.status).toBe('cancelled');
    await expectAccessible(page);
  });

  it('tells an operator agent kindly that branding is not theirs to change, and changes nothing', async () => {
    const page = await openPage(`${origin}/console/branding`);
    await fillLogIn(page, agent);
    const primary = page.getByLabel('Primary color');
    await primary.waitFor();
    const before = await primaryColorOfTheSite();
    await primary.fill('#123456');
    await page.getByRole('button', { name: 'Save branding' }).click();
    await page.getByTestId('branding-refusal').waitFor();
    expect(await readText(page, 'branding-refusal')).toBe('Your role may not do this. Ask an operator admin of the site.');
    expect(await primaryColorOfTheSite()).toBe(before);
    await expectAccessible(page);

    // A customer's account has no console and no header link to it.
    const customerContext = await browser.newContext({ locale: 'en-GB' });
    const customerPage = await customerContext.newPage();
    await customerPage.goto(`${origin}/console`);
    await fillLogIn(customerPage, customer);
    await customerPage.getByText('This console is for the site’s operators. Your account has no operator role.').waitFor();
    expect(await customerPage.getByTestId('console-link').count()).toBe(0);
    await customerContext.close();
  });

  it("decides a helper's vetting step from its evidence: a rejection needs a note, an approval is recorded", async () => {
    const helper = await createHelper(api, site, { displayName: 'Luca Meier', postalCode: '8004', radiusKm: 10, skills: [{ serviceId: wifi.id, priceMinor: 4500 }], weekdays: EVERY_DAY });
    const submitted = await api.graphql({
      host: site.slug,
      token: helper.accessToken,
      query: `mutation { submitVettingStep(stepKey: "identity", evidence: { text: "Swiss identity card", url: "https://files.example.test/luca-id.pdf" }) { status } }`,
    });
    expect(submitted.errors).toBeUndefined();

    const page = await openPage(`${origin}/console/vetting`);
    await fillLogIn(page, site.admin);
    await page.getByRole('heading', { level: 1, name: 'Vetting' }).waitFor();
    const card = page.getByTestId('vetting-helper').filter({ hasText: 'Luca Meier' });
    const step = card.getByRole('listitem', { name: 'Identity document' });
    await step.waitFor();
    expect(await step.getByText('Swiss identity card').isVisible()).toBe(true);
    expect(await step.getByRole('link', { name: 'Open the document' }).getAttribute('href')).toBe('https://files.example.test/luca-id.pdf');
    await page.screenshot({ path: `${SCREENSHOTS}console-vetting-desktop.png`, fullPage: true });
    await expectAccessible(page);

    // Rejecting without a note: the note is asked for under its field, and nothing is decided.
    await step.getByRole('button', { name: 'Reject' }).click();
    await step.getByTestId('vetting-note-error').waitFor();
    expect(await step.getByLabel('Note for the helper').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await step.getByLabel('Note for the helper').fill('Photo and name match');
    await step.getByRole('button', { name: 'Approve' }).click();
    await page.getByTestId('vetting-done').waitFor();
    expect(await readText(page, 'vetting-done')).toBe('Identity document: approved.');
    const [row] = await api.db.ownerQuery<{ status: string; decision_note: string }>(
      `select status, decision_note from vetting_steps where tenant_id = $1 and helper_id = $2 and step_key = 'identity'`,
      [site.id, helper.id],
    );
    expect(row).toEqual({ status: 'approved', decision_note: 'Photo and name match' });
  });

  it('confirms an incident as a known outage with its notice, then closes it as resolved', async () => {
    // Two alike requests in one area are an incident on this site.
    await api.db.ownerQuery(
      `update tenant_policies set document = jsonb_set(document, '{incidents,threshold}', '2') where tenant_id = $1 and kind = 'sla'`,
      [site.id],
    );
    const description = 'No internet since this morning, the router light is red';
    const alike = [await postRequest(furniture.id, '8400', description), await postRequest(furniture.id, '8400', description)];
    for (const requestId of alike) await api.app.get(IncidentDetectionService).detect(RequestContext.system(site.id, 'test'), { requestId });

    const page = await openPage(`${origin}/console/incidents`);
    await fillLogIn(page, site.admin);
    await page.getByTestId('incident-list').waitFor();
    await page.getByTestId('incident-list').getByRole('link').first().click();
    await page.getByTestId('incident-status').waitFor();
    expect(await readText(page, 'incident-status')).toBe('Open');
    await expectAccessible(page);

    // The notice is required: its field says so, and the incident stays open.
    await page.getByRole('button', { name: 'Confirm known outage' }).click();
    await page.getByTestId('notice-error').waitFor();
    expect(await readText(page, 'incident-status')).toBe('Open');

    await page.getByLabel('Notice for customers').fill('A fault in the Winterthur network; our technicians are on it.');
    await page.getByRole('button', { name: 'Confirm known outage' }).click();
    await page.getByTestId('incident-done').waitFor();
    await page.getByText('Known outage', { exact: true }).waitFor();
    expect(await readText(page, 'incident-notice')).toContain('A fault in the Winterthur network');
    await page.screenshot({ path: `${SCREENSHOTS}console-incident-desktop.png`, fullPage: true });
    await expectAccessible(page);

    await page.getByLabel('Note (optional)').fill('Network repaired');
    await page.getByRole('button', { name: 'Close: outage over' }).click();
    await page.getByText('Closed (resolved)', { exact: true }).waitFor();
    const [row] = await api.db.ownerQuery<{ status: string; outcome: string }>(
      `select status, outcome from incidents where tenant_id = $1 order by opened_at desc limit 1`,
      [site.id],
    );
    expect(row).toEqual({ status: 'closed', outcome: 'resolved' });
  });
});
