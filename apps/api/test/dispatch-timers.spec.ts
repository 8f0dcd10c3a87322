// Dispatch's timers through the real worker process and real time: the worker sends the first wave
// when the request is posted and sets a delayed job for the next; SIGKILLed and restarted, the
// worker still sends the second wave when it is due, once; a timer replayed for a step the request
// has left runs and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dispatchQueue, dispatchTimerJobId } from '@quartier/dispatch';
import { jobOptionsFor, QueueFactory } from '@quartier/platform';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, startWorkerProcess, stopWorkerProcesses, swissPlacesTsv, waitUntil, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const POST = `mutation($input: PostRequestInput!) { postRequest(input: $input) { id } }`;
const SLA = `query { tenantPolicy(kind: SLA) { document } }`;
const UPDATE_SLA = `mutation($document: PolicyDocument!) { updatePolicy(kind: SLA, document: $document) { version } }`;

describe('dispatch timers: delayed jobs that survive a SIGKILL and never act twice', () => {
  let api: TestApi;
  let queues: QueueFactory;
  let tenant: MarketplaceTenant;
  let customer: TestUser;

  const dispatchState = async (requestId: string) => {
    const [row] = await api.db.ownerQuery<{ dispatch_wave: number; dispatch_step: number; waves: string; events: string; offers: string }>(
      `select r.dispatch_wave, r.dispatch_step,
              (select count(distinct wave) from dispatch_offers o where o.request_id = r.id)::text as waves,
              (select count(*) from request_events e where e.request_id = r.id)::text as events,
              (select count(*) from dispatch_offers o where o.request_id = r.id)::text as offers
         from requests r where r.id = $1`,
      [requestId],
    );
    return row;
  };

  beforeAll(async () => {
    api = await startTestApi();
    queues = new QueueFactory(api.db.config);
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    const serviceId = await tenant.serviceId({ pricingMode: 'hourly' });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
    for (const [name, postalCode] of [['Anna', '8001'], ['Ben', '8001'], ['Chiara', '8004'], ['Dario', '8004']]) {
      await createApprovedHelper(api, tenant, { displayName: name, postalCode, radiusKm: 20, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    }
    // One helper a wave, a wave a minute: the second wave is a timer a minute after the first.
    const current = await api.graphql<{ tenantPolicy: { document: Record<string, unknown> } }>({ host: tenant.slug, query: SLA, token: tenant.admin.accessToken });
    const document = current.data!.tenantPolicy.document;
    const updated = await api.graphql({
      host: tenant.slug,
      query: UPDATE_SLA,
      // Around the clock, so the test runs the same whatever the hour in Zürich.
      variables: {
        document: {
          ...document,
          serviceHours: { start: '00:00', end: '24:00' },
          dispatch: { ...(document.dispatch as object), firstWaveSize: 1, waveGrowth: 0, waveIntervalMinutes: 1, firstLookMinutes: 0 },
        },
      },
      token: tenant.admin.accessToken,
    });
    expect(updated.errors).toBeUndefined();
    const now = Date.now();
    const posted = await api.graphql<{ postRequest: { id: string } }>({
      host: tenant.slug,
      query: POST,
      variables: { input: { serviceId, description: 'The TV box lost its channels', postalCode: '8001', windows: [{ from: new Date(now + HOUR).toISOString(), to: new Date(now + 6 * HOUR).toISOString() }] } },
      token: customer.accessToken,
    });
    expect(posted.errors).toBeUndefined();
    requestId = posted.data!.postRequest.id;
  });
  let requestId: string;

  afterAll(async () => {
    await stopWorkerProcesses();
    await queues?.close();
    await api?.close();
  });

  it('sends the next wave after a SIGKILL and restart, once, and a replayed stale timer changes nothing', async () => {
    let worker = startWorkerProcess(api.db.config);
    await worker.ready();
    const first = await waitUntil('the first wave', async () => {
      const state = await dispatchState(requestId);
      return state.dispatch_wave === 1 ? state : undefined;
    });
    const firstWaveStep = first.dispatch_step;
    // The timer for the second wave waits in Redis; the worker dies without warning.
    const timer = await queues.queue(dispatchQueue.name).getJob(dispatchTimerJobId(requestId, firstWaveStep));
    expect(timer?.data).toEqual({ v: 1, tenantId: tenant.id, requestId, step: firstWaveStep });
    expect(await timer?.getState()).toBe('delayed');
    await worker.kill('SIGKILL');

    worker = startWorkerProcess(api.db.config);
    await worker.ready();
    const second = await waitUntil('the second wave after the restart', async () => {
      const state = await dispatchState(requestId);
      return state.dispatch_wave >= 2 ? state : undefined;
    }, 120_000);
    expect(second.dispatch_wave).toBe(2);
    expect(second.waves).toBe('2');
    const steps = await api.db.ownerQuery<{ event: string }>(
      `select event from request_events where request_id = $1 and event in ('offered', 'dispatch_wave') order by sequence`,
      [requestId],
    );
    expect(steps.map((step) => step.event)).toEqual(['offered', 'dispatch_wave']);

    // The first wave's timer again (as a replay would add it, under another id): it runs, finds the request moved on, and does nothing.
    const before = await dispatchState(requestId);
    const replay = await queues
      .queue(dispatchQueue.name)
      .add('dispatch.timer', { v: 1, tenantId: tenant.id, requestId, step: firstWaveStep }, jobOptionsFor(dispatchQueue, 'dispatch.timer', { jobId: `${dispatchTimerJobId(requestId, firstWaveStep)}-replay` }));
    const outcome = await waitUntil('the replayed timer to run', async () => {
      const queue = queues.queue(dispatchQueue.name);
      if ((await queue.getJobState(String(replay.id))) !== 'completed') return undefined;
      // Read after it completed: a job fetched while it was still running holds no return value.
      return String((await queue.getJob(String(replay.id)))?.returnvalue);
    });
    expect(outcome).toMatch(/^skipped/);
    const after = await dispatchState(requestId);
    expect({ ...after, dispatch_step: 0 }).toEqual({ ...before, dispatch_step: 0 });
    expect(after.dispatch_wave).toBe(before.dispatch_wave);
    await worker.kill('SIGTERM');
  }, 240_000);
});
