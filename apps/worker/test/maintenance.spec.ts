// The worker's timers: the scheduled sweep reaches every active tenant and runs its due work under
// that tenant (overdue requests expire, unconfirmed jobs close after the SLA's wait, reviews whose
// window closed are published, expired vetting steps send helpers back to review), leaves suspended
// tenants and not-yet-due rows alone, and a second sweep changes nothing more.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { maintenanceQueue, newId, type QueueFactory } from '@quartier/platform';
import { insertTestTenant, type TestDatabase, type TestTenant } from '@quartier/testing';
import { SWEEP_SCHEDULER_ID } from '../src/jobs/maintenance.processor.js';
import { productJobs } from '../src/product-jobs.js';
import { createWorkerApp } from '../src/worker.app.js';
import { openWorkerTestbed, waitFor, type WorkerTestbed } from './support/worker-harness.js';

interface Marketplace {
  tenant: TestTenant;
  overdueRequestId: string;
  freshRequestId: string;
  doneRequestId: string;
  helperId: string;
}

/**
 * A tenant with one overdue and one fresh open request, a job completed four days ago that nobody
 * confirmed (the default SLA closes it after 72 hours), and an approved helper whose required step
 * expired an hour ago.
 */
async function marketplace(db: TestDatabase, status: 'active' | 'suspended'): Promise<Marketplace> {
  const tenant = await insertTestTenant(db, { status });
  const customerId = newId();
  const helperId = newId();
  const categoryId = newId();
  const serviceId = newId();
  await db.ownerQuery(
    `insert into users (tenant_id, id, email, password_hash, display_name, locale)
     values ($1, $2, $3, 'x', 'Customer', 'de'), ($1, $4, $5, 'x', 'Helper', 'de')`,
    [tenant.id, customerId, `customer-${customerId}@sweep.example`, helperId, `helper-${helperId}@sweep.example`],
  );
  await db.ownerQuery(`insert into categories (tenant_id, id, slug, names) values ($1, $2, 'home', '{"de":"Zuhause"}')`, [tenant.id, categoryId]);
  await db.ownerQuery(
    `insert into services (tenant_id, id, category_id, slug, names, pricing_mode, estimated_duration_minutes)
     values ($1, $2, $3, 'wifi', '{"de":"WLAN"}', 'hourly', 60)`,
    [tenant.id, serviceId, categoryId],
  );
  await db.ownerQuery(
    `insert into postal_codes (tenant_id, country_code, postal_code, latitude, longitude, place_names, admin1_code)
     values ($1, 'CH', '8001', 47.3721, 8.5417, '{Zürich}', 'ZH')`,
    [tenant.id],
  );
  const windows = JSON.stringify([{ from: new Date(Date.now() + 48 * 3_600_000).toISOString(), to: new Date(Date.now() + 50 * 3_600_000).toISOString() }]);
  const [overdue, fresh] = [newId(), newId()];
  await db.ownerQuery(
    `insert into requests (tenant_id, id, customer_id, service_id, description, country_code, postal_code, windows, status, expires_at)
     values ($1, $2, $3, $4, 'Router blinks', 'CH', '8001', $5, 'open', now() - interval '1 minute'),
            ($1, $6, $3, $4, 'TV box', 'CH', '8001', $5, 'open', now() + interval '3 hours')`,
    [tenant.id, overdue, customerId, serviceId, windows, fresh],
  );
  await db.ownerQuery(
    `insert into helper_profiles (tenant_id, user_id, display_name, status, vetting_policy_version) values ($1, $2, 'Helper', 'approved', 1)`,
    [tenant.id, helperId],
  );
  await db.ownerQuery(
    `insert into vetting_steps (tenant_id, helper_id, step_key, position, evidence_kind, required, expiry_days, status, decided_at, expires_at)
     values ($1, $2, 'background', 0, 'document', true, 365, 'approved', now() - interval '366 days', now() - interval '1 hour')`,
    [tenant.id, helperId],
  );
  const done = newId();
  const appointmentId = newId();
  await db.ownerQuery(
    `insert into requests (tenant_id, id, customer_id, service_id, description, country_code, postal_code, windows, status, expires_at)
     values ($1, $2, $3, $4, 'Shelf', 'CH', '8001', $5, 'completed', now() - interval '5 days')`,
    [tenant.id, done, customerId, serviceId, windows],
  );
  await db.ownerQuery(
    `insert into appointments (tenant_id, id, request_id, helper_id, customer_id, service_id, starts_at, ends_at, currency, subtotal_minor, customer_fee_minor,
                               customer_total_minor, commission_minor, helper_payout_minor, status, started_at, completed_at)
     values ($1, $2, $3, $4, $5, $6, now() - interval '97 hours', now() - interval '96 hours', 'CHF', 4000, 0, 4000, 800, 3200, 'completed',
             now() - interval '97 hours', now() - interval '96 hours')`,
    [tenant.id, appointmentId, done, helperId, customerId, serviceId],
  );
  // The customer reviewed within the window; the helper never did, and the window closed a minute ago.
  await db.ownerQuery(
    `insert into reviews (tenant_id, id, appointment_id, author_id, author_role, subject_id, stars, text, reviews_policy_version, window_closes_at)
     values ($1, $2, $3, $4, 'customer', $5, 4, 'Gut gemacht', 0, now() - interval '1 minute')`,
    [tenant.id, newId(), appointmentId, customerId, helperId],
  );
  return { tenant, overdueRequestId: overdue, freshRequestId: fresh, doneRequestId: done, helperId };
}

describe('maintenance sweep', () => {
  let bed: WorkerTestbed;
  let db: TestDatabase;
  let queues: QueueFactory;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    bed = await openWorkerTestbed({ OUTBOX_POLL_INTERVAL_MS: '50', MAINTENANCE_INTERVAL_MS: '500' });
    ({ db, queues } = bed);
  });
  afterAll(async () => {
    await app?.close();
    await bed?.close();
  });

  const statusOf = async (tenantId: string, requestId: string) =>
    (await db.ownerQuery<{ status: string }>(`select status from requests where tenant_id = $1 and id = $2`, [tenantId, requestId]))[0]?.status;
  const ratingOf = async (tenantId: string, helperId: string) =>
    (await db.ownerQuery<{ review_count: number }>(`select review_count from helper_ratings where tenant_id = $1 and helper_id = $2`, [tenantId, helperId]))[0]?.review_count ?? 0;
  const helperStatus = async (tenantId: string, helperId: string) =>
    (await db.ownerQuery<{ status: string }>(`select status from helper_profiles where tenant_id = $1 and user_id = $2`, [tenantId, helperId]))[0]?.status;

  it('runs every active tenant\'s due work on a schedule, once', async () => {
    const alpine = await marketplace(db, 'active');
    const nordhaus = await marketplace(db, 'active');
    const closed = await marketplace(db, 'suspended');

    app = await createWorkerApp(db.config, productJobs);
    await app.init();

    for (const site of [alpine, nordhaus]) {
      await waitFor(async () => (await statusOf(site.tenant.id, site.overdueRequestId)) === 'expired', `the overdue request of ${site.tenant.slug} to expire`);
      await waitFor(async () => (await helperStatus(site.tenant.id, site.helperId)) === 'in_review', `the helper of ${site.tenant.slug} to go back to review`);
      await waitFor(async () => (await statusOf(site.tenant.id, site.doneRequestId)) === 'closed', `the unconfirmed job of ${site.tenant.slug} to close`);
      await waitFor(async () => (await ratingOf(site.tenant.id, site.helperId)) === 1, `the review of ${site.tenant.slug}'s helper to be published`);
      expect(await statusOf(site.tenant.id, site.freshRequestId)).toBe('open');
      const timeline = await db.ownerQuery<{ event: string; actor_kind: string }>(
        `select event, actor_kind from request_events where tenant_id = $1 and request_id = $2 order by sequence`,
        [site.tenant.id, site.overdueRequestId],
      );
      expect(timeline).toEqual([{ event: 'expired', actor_kind: 'system' }]);
    }
    // A suspended site is not served, and neither is it swept.
    expect(await statusOf(closed.tenant.id, closed.overdueRequestId)).toBe('open');
    expect(await helperStatus(closed.tenant.id, closed.helperId)).toBe('approved');
    expect(await statusOf(closed.tenant.id, closed.doneRequestId)).toBe('completed');
    expect(await ratingOf(closed.tenant.id, closed.helperId)).toBe(0);

    // Later sweeps keep running and find nothing more to do: one expiry event, one outbox event.
    const queue = queues.queue(maintenanceQueue.name);
    const sweepsBefore = (await queue.getJobs(['completed'], 0, -1)).filter((job) => job.name === 'marketplace.sweep').length;
    await waitFor(
      async () => (await queue.getJobs(['completed'], 0, -1)).filter((job) => job.name === 'marketplace.sweep').length >= sweepsBefore + 2,
      'two more sweeps',
    );
    const [events] = await db.ownerQuery<{ n: string }>(
      `select count(*) as n from outbox_events where tenant_id = $1 and type = 'request.expired'`,
      [alpine.tenant.id],
    );
    expect(Number(events.n)).toBe(1);
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((scheduler) => [scheduler.key, scheduler.every])).toEqual([[SWEEP_SCHEDULER_ID, 500]]);
  });
});
