// The operator console's catalog and policies pages in a real browser, on a site of their own: an
// operator adds a fixed-price service within the site's hourly bounds, changes its price and archives
// it (the database agrees, customers no longer find it); a price outside the bounds is refused under
// its field and nothing is stored; a policy that is not JSON, then one the server refuses, shows the
// problem under the editor and adds no version; a valid one is the next version, in the history and
// the database. Every state passes axe-core; screenshots go to docs/screenshots/.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createMarketplaceTenant, createTestUser, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../../api/test/test-api.js';
import { DESKTOP, launchBrowser, PHONE, readText, SCREENSHOTS, seriousViolations } from './browser.js';

const NAMES = { de: 'Soundbar einrichten', fr: 'Installer une barre de son', it: 'Installare una soundbar', en: 'Soundbar setup' };

describe('the operator console: catalog and prices, and policies, in Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let site: MarketplaceTenant;
  let origin: string;
  let operator: TestUser;

  async function openAsOperator(path: string, heading: string): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(DESKTOP);
    await page.goto(`${origin}${path}`);
    await page.getByTestId('site-name').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await page.getByLabel('Email').fill(operator.email);
    await page.getByLabel('Password').fill(operator.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    return page;
  }

  /** The page as a 375 px phone shows it: nothing wider than the screen, and its screenshot. */
  async function atPhoneWidth(page: Page, name: string) {
    await page.setViewportSize(PHONE);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: `${SCREENSHOTS}${name}-375.png`, fullPage: true });
    await page.setViewportSize(DESKTOP);
  }

  async function storedService(slug: string) {
    const [row] = await api.db.ownerQuery<{ pricing_mode: string; fixed_price_minor: number | null; estimated_duration_minutes: number; names: Record<string, string>; archived_at: Date | null }>(
      `select pricing_mode, fixed_price_minor, estimated_duration_minutes, names, archived_at from services where tenant_id = $1 and slug = $2`,
      [site.id, slug],
    );
    return row;
  }

  async function pricingVersions(): Promise<{ version: number; document: Record<string, unknown>; created_by: string }[]> {
    return api.db.ownerQuery(`select version, document, created_by from tenant_policies where tenant_id = $1 and kind = 'pricing' order by version`, [site.id]);
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    api = await startTestApi();
    const port = new URL(await api.liveUrl()).port;
    site = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich' });
    origin = `http://${site.slug}.localhost:${port}`;
    operator = await createTestUser(api, site, { roles: ['operator_admin'], displayName: 'Mira Gerber' });
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

  it('adds a fixed-price service, changes its price and archives it', async () => {
    const page = await openAsOperator('/console/catalog', 'Catalog and prices');
    expect(await readText(page, 'catalog-pricing')).toContain('between CHF 30.00 and CHF 50.00');
    await page.getByTestId('catalog-service').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const form = page.getByTestId('new-service-form');
    await form.getByLabel('Key').fill('soundbar-setup');
    await form.getByLabel('Name (German)').fill(NAMES.de);
    await form.getByLabel('Name (French)').fill(NAMES.fr);
    await form.getByLabel('Name (Italian)').fill(NAMES.it);
    await form.getByLabel('Name (English)').fill(NAMES.en);
    await form.getByLabel('Description (English, optional)').fill('A soundbar connected to the TV, with its subwoofer and remote.');
    await form.getByLabel('Pricing').selectOption('FIXED');
    await form.getByLabel('Estimated duration in minutes').fill('90');
    // The allowed range follows the duration: CHF 30–50 per hour for 90 minutes.
    await form.getByText('between CHF 45.00 and CHF 75.00', { exact: false }).waitFor();
    await form.getByLabel('Fixed price (CHF)').fill('60.00');
    await form.getByRole('button', { name: 'Add service' }).click();
    await page.getByTestId('catalog-done').getByText('The service Soundbar setup is added.').waitFor();
    const row = page.locator('[data-service-slug="soundbar-setup"]');
    await row.getByTestId('service-price').getByText('CHF 60.00 per job').waitFor();
    expect(await storedService('soundbar-setup')).toEqual({ pricing_mode: 'fixed', fixed_price_minor: 6000, estimated_duration_minutes: 90, names: NAMES, archived_at: null });
    expect(await seriousViolations(page)).toEqual([]);

    await row.getByRole('button', { name: 'Edit Soundbar setup' }).click();
    const edit = page.getByTestId('service-soundbar-setup-form');
    // The form takes the place of the button: the keyboard carries on in its first field.
    expect(await page.evaluate<string | null>('document.activeElement?.labels?.[0]?.textContent ?? null')).toBe('Category');
    expect(await edit.getByLabel('Fixed price (CHF)').inputValue()).toBe('60.00');
    await edit.getByLabel('Fixed price (CHF)').fill('72,50');
    await edit.getByLabel('Name (English)').fill('Soundbar and subwoofer setup');
    expect(await seriousViolations(page)).toEqual([]);
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('catalog-done').getByText('The service Soundbar and subwoofer setup is saved.').waitFor();
    await row.getByTestId('service-price').getByText('CHF 72.50 per job').waitFor();
    const edited = await storedService('soundbar-setup');
    expect(edited?.fixed_price_minor).toBe(7250);
    expect(edited?.names.en).toBe('Soundbar and subwoofer setup');
    await page.screenshot({ path: `${SCREENSHOTS}console-catalog-desktop.png`, fullPage: true });
    await atPhoneWidth(page, 'console-catalog');

    await row.getByRole('button', { name: 'Archive Soundbar and subwoofer setup' }).click();
    await row.getByText('Archiving cannot be undone.', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await row.getByRole('button', { name: 'Yes, archive' }).click();
    await page.getByTestId('catalog-done').getByText('The service Soundbar and subwoofer setup is archived.').waitFor();
    await row.getByTestId('service-state').getByText('Archived on', { exact: false }).waitFor();
    expect(await row.getByRole('button', { name: 'Edit Soundbar and subwoofer setup' }).count()).toBe(0);
    expect((await storedService('soundbar-setup'))?.archived_at).not.toBeNull();
    const customerCatalog = await api.graphql<{ services: { edges: { node: { slug: string } }[] } }>({
      host: site.slug,
      query: `{ services(first: 100) { edges { node { slug } } } }`,
    });
    const slugs = customerCatalog.data!.services.edges.map((edge) => edge.node.slug);
    expect(slugs.length).toBeGreaterThan(0);
    expect(slugs).not.toContain('soundbar-setup');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('refuses a fixed price outside the hourly bounds under its field and stores nothing', async () => {
    const page = await openAsOperator('/console/catalog', 'Catalog and prices');
    const form = page.getByTestId('new-service-form');
    await form.getByLabel('Key').fill('shelf-assembly');
    for (const [language, name] of [
      ['German', 'Regal aufbauen'],
      ['French', 'Monter une étagère'],
      ['Italian', 'Montare uno scaffale'],
      ['English', 'Shelf assembly'],
    ]) {
      await form.getByLabel(`Name (${language})`).fill(name!);
    }
    await form.getByLabel('Pricing').selectOption('FIXED');
    await form.getByLabel('Estimated duration in minutes').fill('60');
    await form.getByLabel('Fixed price (CHF)').fill('500.00');
    await form.getByRole('button', { name: 'Add service' }).click();
    const error = page.getByTestId('new-service-price-error');
    await error.waitFor();
    expect(await readText(page, 'new-service-price-error')).toContain('between CHF 30.00 and CHF 50.00');
    expect(await form.getByLabel('Fixed price (CHF)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate<string | null>('document.activeElement?.labels?.[0]?.textContent ?? null')).toBe('Fixed price (CHF)');
    expect(await storedService('shelf-assembly')).toBeUndefined();
    expect(await page.getByTestId('catalog-done').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}console-catalog-refused.png`, fullPage: true });
  });

  it('shows a policy refused by the page and by the server under the editor, then saves a new version', async () => {
    const page = await openAsOperator('/console/policies', 'Policies');
    const section = page.getByTestId('policy-PRICING');
    expect(await section.getByTestId('policy-current').innerText()).toMatch(/^Version 1, saved .+ by Quartier \(automatically\)\.$/);
    expect(await seriousViolations(page)).toEqual([]);
    const [first] = await pricingVersions();
    const editor = section.getByLabel('Document (JSON): Pricing');
    expect(JSON.parse(await editor.inputValue())).toEqual(first!.document);

    // Not JSON: the page says so and nothing is sent.
    await editor.fill('{ "currency": "CHF", }');
    await section.getByRole('button', { name: 'Save as a new version' }).click();
    await section.getByTestId('policy-error').getByText('This is not valid JSON', { exact: false }).waitFor();
    expect(await pricingVersions()).toHaveLength(1);

    // JSON the server refuses: its path next to the editor, no new version.
    const inverted = { ...first!.document, helperHourlyRate: { minMinor: 6000, maxMinor: 4000 } };
    await editor.fill(JSON.stringify(inverted, null, 2));
    await section.getByRole('button', { name: 'Save as a new version' }).click();
    await section.getByTestId('policy-error-path').getByText('helperHourlyRate.minMinor').waitFor();
    expect(await section.getByTestId('policy-error').innerText()).toContain('must not exceed helperHourlyRate.maxMinor');
    expect(await editor.getAttribute('aria-invalid')).toBe('true');
    expect(await pricingVersions()).toHaveLength(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}console-policies-refused.png`, fullPage: true });

    const lower = { ...first!.document, commissionBasisPoints: 1800 };
    await editor.fill(JSON.stringify(lower, null, 2));
    await section.getByRole('button', { name: 'Save as a new version' }).click();
    await section.getByTestId('policy-saved').getByText('Saved as version 2.').waitFor();
    expect(await section.getByTestId('policy-current').innerText()).toMatch(/^Version 2, saved .+ by you\.$/);
    expect(await section.getByTestId('policy-error').count()).toBe(0);
    const versions = await pricingVersions();
    expect(versions.map((each) => each.version)).toEqual([1, 2]);
    expect(versions[1]!.document.commissionBasisPoints).toBe(1800);
    expect(versions[1]!.created_by).toBe(`user:${operator.id}`);

    await section.getByText('Versions (2)').click();
    const newest = section.locator('[data-testid="policy-version"][data-version="2"]');
    await newest.getByText('in force').waitFor();
    expect(await section.getByTestId('policy-version').count()).toBe(2);
    await newest.getByText('Show the document').click();
    expect(await newest.locator('pre').innerText()).toContain('"commissionBasisPoints": 1800');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}console-policies-desktop.png`, fullPage: true });
    await atPhoneWidth(page, 'console-policies');

    // The catalog reads the same pricing policy.
    await page.getByRole('link', { name: 'Catalog and prices' }).click();
    await page.getByRole('heading', { level: 1, name: 'Catalog and prices' }).waitFor();
    await page.getByTestId('catalog-pricing').getByText('The site’s commission is 18%.', { exact: false }).waitFor();
  });
});
