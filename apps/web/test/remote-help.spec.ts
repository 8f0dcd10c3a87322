// Remote first help in a real browser: a customer posts a request on a service that can start with a
// call, with the box "a helper may call me first" shown and ticked (and not shown for a service that
// cannot); a helper in Geneva, far from the customer in Zürich, says on their profile that they give
// remote help, sees the request offered as a call with no distance, takes it, starts the call with the
// customer's number at hand and hands the job on with "Needs a visit" and a note. The customer's page
// then says a visit is needed, with the note, and dispatch offers the visit to a helper nearby. The
// database backs each step. The operator lets a service start with a call in the catalog, reads on a
// request's page how each helper was offered it (a call or a visit), and hands a call under way on. axe-core on every page;
// screenshots go to docs/screenshots/remote-*.png.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { SystemClock } from '@quartier/platform';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, middayZone, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startDispatchEngine, type TestDispatchEngine } from '../../api/test/dispatch-engine.js';
import { startTestApi, type TestApi } from '../../api/test/test-api.js';
import { capture as captureScreen, DESKTOP, expectAccessible, launchBrowser, pageLoggedIn, PHONE, readText } from './browser.js';

const MINUTE = 60_000;
const NOTE = 'The socket behind the TV box is loose: it needs someone on site.';

/** The date (YYYY-MM-DD) and the time (HH:MM) of an instant in a zone, as the form's fields take them. */
function wallClock(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

describe('remote first help in Chromium', () => {
  const zone = middayZone(new Date());
  let api: TestApi;
  let engine: TestDispatchEngine;
  let browser: Browser;
  // The customer and the helper each in a browser of their own.
  let context: BrowserContext;
  let helperContext: BrowserContext;
  let site: MarketplaceTenant;
  let origin: string;
  let remoteServiceId: string;
  let onSiteServiceId: string;
  let customer: TestUser;
  let geneva: TestUser;
  let anna: TestUser;
  let operator: TestUser;

  const logIn = (user: TestUser, next: string, viewport = DESKTOP, into = context) => pageLoggedIn(into, origin, user, next, viewport);
  const capture = (page: Page, name: string) => captureScreen(page, `remote-${name}`);
  const gql = async (query: string, variables: Record<string, unknown>, token: string) => {
    const response = await api.graphql({ host: site.slug, query, variables, token });
    expect(response.errors).toBeUndefined();
    return response;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await startTestApi();
    engine = await startDispatchEngine(api.db.config, new SystemClock());
    const port = new URL(await api.liveUrl()).port;
    site = await createMarketplaceTenant(api, { timezone: zone, places: swissPlacesTsv('8001', '8004', '1200') });
    origin = `http://${site.slug}.localhost:${port}`;
    [remoteServiceId, onSiteServiceId] = await site.serviceIds({ pricingMode: 'hourly' });
    // The operator lets the first service start with a call; the second is always a visit.
    await gql(`mutation($id: ID!) { updateService(id: $id, input: { remoteHelp: true }) { id } }`, { id: remoteServiceId }, site.admin.accessToken);
    const skills = [
      { serviceId: remoteServiceId, priceMinor: 4000 },
      { serviceId: onSiteServiceId, priceMinor: 4000 },
    ];
    // Geneva is about 225 km from the customer in Zürich: far outside any radius, near enough for a call.
    geneva = await createApprovedHelper(api, site, { displayName: 'Léa Favre', postalCode: '1200', radiusKm: 20, skills, weekdays: EVERY_DAY });
    anna = await createApprovedHelper(api, site, { displayName: 'Anna Meier', postalCode: '8001', radiusKm: 20, skills, weekdays: EVERY_DAY });
    customer = await createTestUser(api, site, { roles: ['customer'], displayName: 'Eva Huber' });
    await gql(`mutation { updateMyContact(phone: "+41 79 123 45 67") { id } }`, {}, customer.accessToken);
    operator = await createTestUser(api, site, { roles: ['operator_admin'], displayName: 'Mira Gerber' });
  });

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-GB', timezoneId: zone });
    helperContext = await browser.newContext({ locale: 'en-GB', timezoneId: zone });
  });

  afterEach(async () => {
    await context?.close();
    await helperContext?.close();
  });

  afterAll(async () => {
    await engine?.close();
    await browser?.close();
    await api?.close();
  });

  it('starts with a call from far away and hands on to a visit nearby, with the helper’s note', async () => {
    // The customer: the box is there and ticked for the service that can start with a call, absent for the other.
    const post = await logIn(customer, `/post?service=${remoteServiceId}&postalCode=8001`);
    const form = post.getByTestId('post-request');
    await form.getByLabel('Service').locator(`option[value="${remoteServiceId}"]`).waitFor({ state: 'attached' });
    const callFirst = form.getByLabel('A helper may call me first (phone or video)');
    await callFirst.waitFor();
    expect(await callFirst.isChecked()).toBe(true);
    await form.getByLabel('Service').selectOption(onSiteServiceId);
    expect(await callFirst.count()).toBe(0);
    await form.getByLabel('Service').selectOption(remoteServiceId);
    expect(await callFirst.isChecked()).toBe(true);

    const from = wallClock(new Date(Date.now() + 2 * MINUTE), zone);
    const to = wallClock(new Date(Date.now() + 4 * 60 * MINUTE), zone);
    await form.getByLabel('What do you need help with?').fill('The TV box loses its picture every evening.');
    await form.getByLabel('Date').fill(from.date);
    await form.getByLabel('From').fill(from.time);
    await form.getByLabel('Until').fill(to.time);
    await capture(post, 'post-desktop');
    await form.getByRole('button', { name: 'Post the request' }).click();
    await post.getByTestId('request-help-mode').waitFor();
    const requestId = new URL(post.url()).pathname.split('/').pop()!;
    expect(await readText(post, 'request-help-mode')).toBe('Help starts with a call: a helper phones you first (phone or video). If it needs hands on, someone comes by.');
    const [posted] = await api.db.ownerQuery<{ remote_first: boolean; customer_id: string }>(`select remote_first, customer_id from requests where tenant_id = $1 and id = $2`, [site.id, requestId]);
    expect(posted).toEqual({ remote_first: true, customer_id: customer.id });
    await expectAccessible(post);

    // The helper in Geneva gives remote help from their profile: saved as the switch flips.
    const profile = await logIn(geneva, '/helper/profile', PHONE, helperContext);
    const remoteSwitch = profile.getByLabel('I give remote help (calls)');
    await remoteSwitch.waitFor();
    expect(await remoteSwitch.isChecked()).toBe(false);
    await remoteSwitch.check();
    await profile.getByTestId('remote-help-saved').filter({ hasText: 'Saved: you are offered calls.' }).waitFor();
    const [helperProfile] = await api.db.ownerQuery<{ offers_remote_help: boolean }>(`select offers_remote_help from helper_profiles where tenant_id = $1 and user_id = $2`, [site.id, geneva.id]);
    expect(helperProfile.offers_remote_help).toBe(true);
    await capture(profile, 'profile-375');

    // Dispatch offers the request to Geneva as a call, and to Anna nearby as a visit.
    expect(await engine.look(site.id, requestId)).toContain('wave');
    const offered = await api.db.ownerQuery<{ helper_id: string; mode: string }>(`select helper_id, mode from dispatch_offers where tenant_id = $1 and request_id = $2 order by mode`, [site.id, requestId]);
    expect(offered).toEqual(
      expect.arrayContaining([
        { helper_id: geneva.id, mode: 'remote' },
        { helper_id: anna.id, mode: 'on_site' },
      ]),
    );

    // The call is marked as one and says no distance; the helper takes it.
    await profile.goto(`${origin}/helper/offers`);
    const card = profile.getByTestId('dispatch-offer').filter({ hasText: 'The TV box loses its picture' });
    await card.waitFor();
    expect(await card.getByTestId('offer-mode').innerText()).toContain('Call');
    const place = (await card.getByTestId('offer-place').innerText()).replace(/\s+/g, ' ');
    expect(place).toContain('8001 · Call the customer first, from wherever you are.');
    expect(place).not.toMatch(/km|away/);
    await capture(profile, 'offer-375');
    await card.getByRole('button', { name: 'Accept' }).click();
    expect(await card.getByTestId('offer-outcome').innerText()).toMatch(/^It is yours: call the customer on /);
    const [call] = await api.db.ownerQuery<{ id: string; helper_id: string; mode: string; status: string }>(
      `select id, helper_id, mode, status from appointments where tenant_id = $1 and request_id = $2`,
      [site.id, requestId],
    );
    expect(call).toMatchObject({ helper_id: geneva.id, mode: 'remote', status: 'scheduled' });

    // The customer reads that the helper will call, not come by.
    await post.reload();
    await post.getByTestId('request-help-mode').filter({ hasText: 'The helper will call you at' }).waitFor();
    expect(await readText(post, 'request-help-mode')).toMatch(/^The helper will call you at .+\. Keep your phone close\.$/);

    // On the job's page: the customer's number to call, then the call starts.
    await profile.goto(`${origin}/helper/jobs/${requestId}`);
    await profile.getByTestId('job-mode').filter({ hasText: 'Call' }).waitFor();
    const dial = profile.getByTestId('job-call');
    await dial.waitFor();
    expect(await dial.getAttribute('href')).toBe('tel:+41791234567');
    expect(await dial.innerText()).toBe('Call +41791234567');
    expect(await profile.getByRole('button', { name: 'I’m on my way' }).count()).toBe(0);
    await profile.getByRole('button', { name: 'Start the call' }).click();
    await profile.getByTestId('job-status').filter({ hasText: 'In progress' }).waitFor();
    await profile.getByRole('button', { name: 'Solved on the call' }).waitFor();

    // It needs hands on: the note, a confirmation, and the job is handed on.
    await profile.getByRole('button', { name: 'Needs a visit' }).click();
    const handOn = profile.getByTestId('need-visit-form');
    await handOn.getByLabel('Note for the visit (optional)').fill(NOTE);
    expect(await handOn.innerText()).toContain('Hand this job on for a visit?');
    await capture(profile, 'need-visit-375');
    // Going back keeps the job as it is.
    await handOn.getByRole('button', { name: 'Back' }).click();
    expect(await profile.getByTestId('need-visit-form').count()).toBe(0);
    const [stillOn] = await api.db.ownerQuery<{ status: string }>(`select status from appointments where tenant_id = $1 and id = $2`, [site.id, call.id]);
    expect(stillOn.status).toBe('in_progress');
    await profile.getByRole('button', { name: 'Needs a visit' }).click();
    await profile.getByTestId('need-visit-form').getByLabel('Note for the visit (optional)').fill(NOTE);
    await profile.getByRole('button', { name: 'Yes, hand it on' }).click();
    const handedOn = profile.getByTestId('job-handed-on');
    await handedOn.waitFor();
    expect((await handedOn.innerText()).replace(/\s+/g, ' ')).toBe(`You handed this job on for a visit: a helper nearby is being found to come by. Your note: ${NOTE}`);
    expect(await readText(profile, 'job-status')).toBe('Cancelled');
    expect(await profile.getByRole('button', { name: 'Solved on the call' }).count()).toBe(0);
    await expectAccessible(profile);

    const [closed] = await api.db.ownerQuery<{ status: string; completion_note: string }>(`select status, completion_note from appointments where tenant_id = $1 and id = $2`, [site.id, call.id]);
    expect(closed).toEqual({ status: 'cancelled', completion_note: NOTE });
    const [request] = await api.db.ownerQuery<{ status: string; remote_first: boolean }>(`select status, remote_first from requests where tenant_id = $1 and id = $2`, [site.id, requestId]);
    expect(request).toEqual({ status: 'offered', remote_first: false });
    const [step] = await api.db.ownerQuery<{ event: string; actor_kind: string; reason: string }>(
      `select event, actor_kind, reason from request_events where tenant_id = $1 and request_id = $2 order by sequence desc limit 1`,
      [site.id, requestId],
    );
    expect(step).toEqual({ event: 'visit_needed', actor_kind: 'helper', reason: NOTE });

    // Dispatch looks for a visit: Anna nearby is offered to come by.
    expect(await engine.look(site.id, requestId)).toContain('wave');
    const visitOffers = await api.db.ownerQuery<{ helper_id: string; mode: string }>(
      `select helper_id, mode from dispatch_offers where tenant_id = $1 and request_id = $2 and status = 'pending'`,
      [site.id, requestId],
    );
    expect(visitOffers).toContainEqual({ helper_id: anna.id, mode: 'on_site' });
    expect(visitOffers.every((offer) => offer.mode === 'on_site')).toBe(true);

    // The customer reads that the call found a visit is needed, with the helper's note.
    await post.reload();
    await post.getByTestId('request-help-mode').filter({ hasText: 'The call found that a visit is needed.' }).waitFor();
    expect(await readText(post, 'request-help-mode')).toBe(`The call found that a visit is needed. The helper’s note: ${NOTE} We are finding a helper to come by, at the price already agreed.`);
    expect(await readText(post, 'request-status')).toBe('Offered to helpers');
    expect(await post.locator('.timeline').innerText()).toContain('Call done: a visit is needed');
    // The call's time is no longer said as the time of the help.
    expect(await readText(post, 'request-summary')).not.toContain('Léa Favre');
    await post.setViewportSize(PHONE);
    await capture(post, 'visit-needed-375');
  });

  it('lets the operator say a service can start with a call, and shows how each helper was offered a request', async () => {
    const [service] = await api.db.ownerQuery<{ slug: string; name: string }>(`select slug, names->>'en' as name from services where tenant_id = $1 and id = $2`, [site.id, onSiteServiceId]);
    const page = await logIn(operator, '/console/catalog');
    const row = page.locator(`[data-service-slug="${service.slug}"]`);
    await row.waitFor();
    expect(await row.getByTestId('service-remote-help').count()).toBe(0);
    await row.getByRole('button', { name: `Edit ${service.name}` }).click();
    const edit = page.getByTestId(`service-${service.slug}-form`);
    const canCall = edit.getByLabel('Can start with a call');
    expect(await canCall.isChecked()).toBe(false);
    await canCall.check();
    await expectAccessible(page);
    await edit.getByRole('button', { name: 'Save' }).click();
    await row.getByTestId('service-remote-help').filter({ hasText: 'Starts with a call' }).waitFor();
    const [stored] = await api.db.ownerQuery<{ remote_help: boolean }>(`select remote_help from services where tenant_id = $1 and id = $2`, [site.id, onSiteServiceId]);
    expect(stored.remote_help).toBe(true);
    await expectAccessible(page);

    // A remote-first request on it goes to Geneva as a call and to Anna nearby as a visit.
    await gql(`mutation { updateMyHelperProfile(input: { offersRemoteHelp: true }) { id } }`, {}, geneva.accessToken);
    const now = Date.now();
    const posted = await api.graphql<{ postRequest: { id: string; remoteFirst: boolean } }>({
      host: site.slug,
      query: `mutation($input: PostRequestInput!) { postRequest(input: $input) { id remoteFirst } }`,
      variables: {
        input: { serviceId: onSiteServiceId, description: 'The new soundbar stays silent.', postalCode: '8001', remoteFirst: true, windows: [{ from: new Date(now + MINUTE).toISOString(), to: new Date(now + 4 * 60 * MINUTE).toISOString() }] },
      },
      token: customer.accessToken,
    });
    expect(posted.errors).toBeUndefined();
    expect(posted.data!.postRequest.remoteFirst).toBe(true);
    const requestId = posted.data!.postRequest.id;
    expect(await engine.look(site.id, requestId)).toContain('wave');

    await page.goto(`${origin}/console/requests/${requestId}`);
    const offers = page.getByTestId('dispatch-offers');
    await offers.waitFor();
    expect(await readText(page, 'request-remote-first')).toBe('The customer agrees to be called first (phone or video).');
    const rowOf = (name: string) => offers.getByRole('row').filter({ hasText: name });
    expect(await rowOf('Léa Favre').getByTestId('dispatch-offer-mode').innerText()).toBe('Call');
    expect(await rowOf('Anna Meier').getByTestId('dispatch-offer-mode').innerText()).toBe('Visit');
    // A call needs no travel: no distance for it.
    expect(await rowOf('Léa Favre').getByRole('cell').nth(2).innerText()).toBe('–');
    await expectAccessible(page);

    // Geneva takes the call and starts it; the operator hands it on for a visit, after a confirmation.
    const accepted = await gql(`mutation($id: ID!) { acceptDispatchOffer(requestId: $id) { id } }`, { id: requestId }, geneva.accessToken);
    const callId = (accepted.data as { acceptDispatchOffer: { id: string } }).acceptDispatchOffer.id;
    await gql(`mutation($id: ID!) { startAppointment(appointmentId: $id) { id } }`, { id: callId }, geneva.accessToken);
    await page.reload();
    await page.getByTestId('appointment-mode').filter({ hasText: 'Call' }).waitFor();
    const handOn = page.getByTestId('console-need-visit');
    await handOn.getByLabel('Note (optional; the customer reads it)').fill('The soundbar needs a new cable on site.');
    await handOn.getByRole('button', { name: 'Needs a visit' }).click();
    await handOn.getByText('Hand this job on for a visit? The call ends now.').waitFor();
    await expectAccessible(page);
    await handOn.getByRole('button', { name: 'Yes, hand it on' }).click();
    await page.getByTestId('action-done').filter({ hasText: 'Handed on for a visit: dispatch looks for a helper to come by.' }).waitFor();
    await page.getByTestId('request-status').filter({ hasText: /^Offered$/ }).waitFor();
    const [handed] = await api.db.ownerQuery<{ status: string; completion_note: string }>(`select status, completion_note from appointments where tenant_id = $1 and id = $2`, [site.id, callId]);
    expect(handed).toEqual({ status: 'cancelled', completion_note: 'The soundbar needs a new cable on site.' });
    const [step] = await api.db.ownerQuery<{ event: string; actor_kind: string }>(`select event, actor_kind from request_events where tenant_id = $1 and request_id = $2 order by sequence desc limit 1`, [
      site.id,
      requestId,
    ]);
    expect(step).toEqual({ event: 'visit_needed', actor_kind: 'operator' });
  });

  it('says under the box when the service stopped starting with a call meanwhile, and posts nothing', async () => {
    const page = await logIn(customer, `/post?service=${remoteServiceId}&postalCode=8004`);
    const form = page.getByTestId('post-request');
    const callFirst = form.getByLabel('A helper may call me first (phone or video)');
    await callFirst.waitFor();
    // The operator switches remote help off while the form is open.
    await gql(`mutation($id: ID!) { updateService(id: $id, input: { remoteHelp: false }) { id } }`, { id: remoteServiceId }, site.admin.accessToken);
    const before = await api.db.ownerQuery(`select id from requests where tenant_id = $1 and customer_id = $2`, [site.id, customer.id]);
    await form.getByLabel('What do you need help with?').fill('The remote control no longer pairs.');
    await form.getByRole('button', { name: 'Post the request' }).click();
    await form.getByTestId('remote-first-error').waitFor();
    expect(await readText(page, 'remote-first-error')).toBe('This service cannot start with a call. Please untick the box.');
    expect(await callFirst.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate<string | null>(`document.activeElement?.getAttribute('name') ?? null`)).toBe('remoteFirst');
    expect(await api.db.ownerQuery(`select id from requests where tenant_id = $1 and customer_id = $2`, [site.id, customer.id])).toEqual(before);
    await expectAccessible(page);

    // Unticked, the request is posted as a visit.
    await callFirst.uncheck();
    await form.getByRole('button', { name: 'Post the request' }).click();
    await page.getByTestId('request-status').waitFor();
    const requestId = new URL(page.url()).pathname.split('/').pop()!;
    const [posted] = await api.db.ownerQuery<{ remote_first: boolean }>(`select remote_first from requests where tenant_id = $1 and id = $2`, [site.id, requestId]);
    expect(posted.remote_first).toBe(false);
    expect(await page.getByTestId('request-help-mode').count()).toBe(0);
    await gql(`mutation($id: ID!) { updateService(id: $id, input: { remoteHelp: true }) { id } }`, { id: remoteServiceId }, site.admin.accessToken);
  });
});
