// The browser suites' harness: Debian's headless Chromium driven by playwright-core against the real
// API serving the web build, axe-core run in the page, and where screenshots go.
import { expect } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const WEB_BUILD_INDEX = fileURLToPath(new URL('../../../dist/apps/web/index.html', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 740 };

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

/** axe-core run in the page; the serious and critical violations of WCAG 2.1 A/AA and best practice. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate<AxeViolation[]>(`
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
      .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) })))
  `);
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Chromium with every <slug>.localhost on loopback; fails saying how to install it when it is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's package (apt-get update && apt-get install -y chromium); .ci/run does so.`);
  }
  if (!existsSync(WEB_BUILD_INDEX)) throw new Error('The web app is not built: run npm run web:build (npm test builds it first).');
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Every <slug>.localhost is the API on loopback, whatever the machine's resolver says; CI runs as
    // root, where Chromium's sandbox cannot start.
    args: ['--host-resolver-rules=MAP *.localhost 127.0.0.1', '--no-sandbox'],
  });
}

/** An element's text as read, with Intl's no-break spaces as plain ones. */
export async function readText(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).innerText()).replace(/\s+/g, ' ').trim();
}

/** No serious or critical axe-core violation on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/**
 * The page as its viewport shows it: nothing wider than the screen, its full screenshot as
 * docs/screenshots/<name>.png, and no serious axe-core violation.
 */
export async function capture(page: Page, name: string): Promise<void> {
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(page.viewportSize()?.width ?? DESKTOP.width);
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
  await expectAccessible(page);
}

/** Fills the site's log-in page, which the page is showing or on its way to, and sends it. */
export async function fillLogIn(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** A new page of the context, logged in on the site at `origin` and sent on to `next`. */
export async function pageLoggedIn(context: BrowserContext, origin: string, user: { email: string; password: string }, next: string, viewport = DESKTOP): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`${origin}/login?next=${encodeURIComponent(next)}`);
  await page.getByTestId('site-name').waitFor();
  await page.locator('input[name="email"]').fill(user.email);
  await page.locator('input[name="password"]').fill(user.password);
  await page.locator('input[name="password"]').press('Enter');
  await page.getByTestId('signed-in-as').waitFor();
  return page;
}
