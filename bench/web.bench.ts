// `npm run bench:web`: what the customer site weighs and how soon it shows a result list.
//   - The customer entry (index.html's scripts and styles), gzipped, against issue 7's 200 KB budget.
//   - Time to the first result list on localhost: Debian's headless Chromium opens a search page
//     (/search?service=…&postalCode=8001) with an empty cache and waits for the first helper card.
//     Side by side in the same run, the baseline: the same `searchHelpers` query posted straight to the
//     API, which is the least any page showing that list must wait for. The difference is what the
//     site itself costs: its download, parse, boot (`currentTenant`, the catalog) and rendering.
// The API is the real one (startTestApi: its own database, the built web app served from dist/apps/web),
// with one tenant and 20 approved helpers around 8001. Rounds alternate page and baseline.
// Writes bench/results/web-<date>.json and bench/results/web-latest.md.
import { createApprovedHelper, createMarketplaceTenant, EVERY_DAY, swissPlacesTsv } from '@quartier/testing';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { startTestApi } from '../apps/api/test/test-api.js';
import { median, round2, writeBenchResults } from './bench-measures.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const HELPERS = 20;
const ENTRY_BUDGET_BYTES = 200 * 1024;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = fileURLToPath(new URL('..', import.meta.url));
const buildDir = join(root, 'dist', 'apps', 'web');

interface EntryFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}

/** The files index.html makes the browser fetch before the app runs: module scripts, preloads, styles. */
function entryFiles(): EntryFile[] {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  const paths = new Set<string>(['/index.html']);
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)) {
    const tag = match[0];
    if (tag.startsWith('<link') && !/rel="(?:stylesheet|modulepreload)"/.test(tag)) continue;
    if (match[1].startsWith('/')) paths.add(match[1]);
  }
  return [...paths].map((path) => {
    const content = readFileSync(join(buildDir, path));
    return { path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
}

/** A GraphQL POST to the API on loopback, the tenant named by its Host header (fetch may not set Host). */
function postGraphql(port: number, host: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const call = httpRequest({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { host, 'content-type': 'application/json' } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve(text));
    });
    call.on('error', reject);
    call.end(body);
  });
}

/** Drops the template database this run migrated (QUARTIER_TEST_TEMPLATE), as the test suites' teardown does. */
async function dropTemplate(): Promise<void> {
  const template = process.env.QUARTIER_TEST_TEMPLATE;
  if (!template) return;
  const owner = new URL(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  owner.pathname = '/postgres';
  const client = new pg.Client({ connectionString: owner.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${template}" with (force)`);
  } finally {
    await client.end();
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get update && apt-get install -y chromium`);
  console.log('Building the web app (vite build)…');
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  const files = entryFiles();
  const entryGzip = files.reduce((sum, file) => sum + file.gzipBytes, 0);

  // The API's database is copied from a migrated template, as in the test suites.
  process.env.QUARTIER_TEST_TEMPLATE = execFileSync(process.execPath, ['--import', './scripts/register.mjs', 'libs/testing/src/prepare-template.ts'], { cwd: root, encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1);
  const api = await startTestApi();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const port = new URL(await api.liveUrl()).port;
    const tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    const serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    for (let index = 0; index < HELPERS; index += 1) {
      await createApprovedHelper(api, tenant, {
        displayName: `Helper ${String(index + 1).padStart(2, '0')}`,
        postalCode: index % 2 ? '8001' : '8004',
        radiusKm: 20,
        skills: [{ serviceId, priceMinor: 3500 + index * 50 }],
        weekdays: EVERY_DAY,
      });
    }
    const origin = `http://${tenant.slug}.localhost:${port}`;
    const pageUrl = `${origin}/search?service=${serviceId}&postalCode=8001`;
    const query = `query($postalCode: String!, $serviceId: ID!) { searchHelpers(postalCode: $postalCode, serviceId: $serviceId, first: 30) {
      edges { node { helper { id displayName badgeName } distanceKm priceMinor currency nextFreeSlot } } } }`;

    const pageMs: number[] = [];
    const queryMs: number[] = [];
    let cards = 0;
    // One warm-up of each (the API's first query, Chromium's first page), not counted.
    for (let round = 0; round <= ROUNDS; round += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(pageUrl, { waitUntil: 'commit' });
      await page.getByTestId('helper-card').first().waitFor();
      const pageElapsed = performance.now() - started;
      cards = await page.getByTestId('helper-card').count();
      await context.close();

      const queryStarted = performance.now();
      const text = await postGraphql(Number(port), `${tenant.slug}.localhost:${port}`, JSON.stringify({ query, variables: { postalCode: '8001', serviceId } }));
      const body = JSON.parse(text) as { data?: { searchHelpers: { edges: unknown[] } } };
      const queryElapsed = performance.now() - queryStarted;
      if (!body.data || body.data.searchHelpers.edges.length === 0) throw new Error(`The baseline query found nothing: ${JSON.stringify(body)}`);
      if (round === 0) continue;
      pageMs.push(pageElapsed);
      queryMs.push(queryElapsed);
    }

    const report = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version, chromium: browser.version() },
      rounds: ROUNDS,
      helpers: HELPERS,
      cardsShown: cards,
      entry: { files, gzipBytes: entryGzip, budgetBytes: ENTRY_BUDGET_BYTES, withinBudget: entryGzip <= ENTRY_BUDGET_BYTES },
      firstResultList: { medianMs: round2(median(pageMs)), p90Ms: round2(percentile(pageMs, 90)), samplesMs: pageMs.map(round2) },
      baselineQuery: { medianMs: round2(median(queryMs)), p90Ms: round2(percentile(queryMs, 90)), samplesMs: queryMs.map(round2) },
    };
    const kb = (bytes: number) => `${round2(bytes / 1024)} KB`;
    const table = [
      `# Web: customer entry and time to the first result list — ${report.date.slice(0, 10)}`,
      '',
      '`npm run bench:web`. Real API with the built web app on localhost, one tenant, ' +
        `${HELPERS} approved helpers around 8001; headless Chromium ${report.machine.chromium}, a fresh browser context (empty cache) per round, ` +
        `${ROUNDS} rounds after one warm-up, ${report.machine.cpus} CPUs.`,
      '',
      '| customer entry file | raw | gzipped |',
      '|---|---:|---:|',
      ...files.map((file) => `| \`${file.path}\` | ${kb(file.bytes)} | ${kb(file.gzipBytes)} |`),
      `| **entry, gzipped** | | **${kb(entryGzip)}** (budget ${kb(ENTRY_BUDGET_BYTES)}: ${report.entry.withinBudget ? 'within' : 'OVER'}) |`,
      '',
      '| time to the first result list | median | p90 |',
      '|---|---:|---:|',
      `| the search page in Chromium (navigation → first helper card, ${cards} cards) | ${report.firstResultList.medianMs} ms | ${report.firstResultList.p90Ms} ms |`,
      `| baseline: the same searchHelpers query posted to the API | ${report.baselineQuery.medianMs} ms | ${report.baselineQuery.p90Ms} ms |`,
      '',
    ].join('\n');
    writeBenchResults('web', report.date.slice(0, 10), report, table);
  } finally {
    await browser.close();
    await api.close();
    await dropTemplate();
  }
}

await main();
