import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PasswordHasher } from '@quartier/identity';
import { clearRedisNamespace, createTestDatabase, type TestDatabase } from '@quartier/testing';
import { DEMO_USER_PASSWORD } from '../src/demo-helpers.js';
import { DEMO_ADMIN, DEMO_OPERATOR_PASSWORD, demoInfo, seedDemo } from '../src/demo-seed.js';

describe('demo seed', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await clearRedisNamespace(db.config.REDIS_URL, db.config.QUEUE_PREFIX);
    await db.drop();
  });

  const tableCounts = async () =>
    Object.fromEntries(
      await Promise.all(
        ['platform_admins', 'tenants', 'tenant_hosts', 'tenant_policies', 'categories', 'users', 'user_roles', 'outbox_events', 'operator_invitations', 'places', 'postal_codes', 'helper_profiles', 'helper_skills', 'vetting_steps', 'helper_weekly_slots', 'requests', 'request_events', 'offers', 'appointments', 'reviews', 'messages'].map(
          async (table) => [table, Number((await db.ownerQuery<{ n: string }>(`select count(*) as n from ${table}`))[0].n)] as const,
        ),
      ),
    );

  it('refuses to run in production, where its published passwords would be real logins, and writes nothing', async () => {
    const before = await tableCounts();
    await expect(seedDemo({ ...db.config, NODE_ENV: 'production' })).rejects.toThrow(/refuses to run in production/);
    expect(await tableCounts()).toEqual(before);
  });

  it('creates a platform admin and two provisioned, differently branded tenants with operator admins; a second run changes nothing', async () => {
    const first = await seedDemo(db.config);
    expect(first.admin.created).toBe(true);
    expect(first.tenants.map(({ slug, created, provisioning }) => ({ slug, created, provisioning }))).toEqual([
      { slug: 'alpine', created: true, provisioning: 'provisioned' },
      { slug: 'nordhaus', created: true, provisioning: 'provisioned' },
    ]);
    const afterFirst = await tableCounts();

    const second = await seedDemo(db.config);
    expect(second.admin).toEqual({ id: first.admin.id, created: false });
    expect(second.tenants.map(({ created, provisioning }) => ({ created, provisioning }))).toEqual([
      { created: false, provisioning: 'skipped' },
      { created: false, provisioning: 'skipped' },
    ]);
    expect(await tableCounts()).toEqual(afterFirst);

    const tenants = await db.ownerQuery<{ slug: string; status: string; currency: string; locales: string[]; branding: Record<string, string> }>(
      `select t.slug, t.status, t.currency, t.locales, p.document as branding
         from tenants t join tenant_policies p on p.tenant_id = t.id and p.kind = 'branding' and p.version = 1
        order by t.slug`,
    );
    expect(tenants.map(({ slug, status, currency, locales }) => ({ slug, status, currency, locales }))).toEqual([
      { slug: 'alpine', status: 'active', currency: 'CHF', locales: ['de', 'fr', 'it', 'en'] },
      { slug: 'nordhaus', status: 'active', currency: 'EUR', locales: ['de', 'en'] },
    ]);
    expect(tenants[0].branding.badgeName).toBe('Alpine Friend');
    expect(tenants[1].branding.badgeName).toBe('Nordhaus Helper');
    expect(tenants[0].branding.primaryColor).not.toBe(tenants[1].branding.primaryColor);
    expect(afterFirst.tenant_policies).toBe(2 * 8);
    // All of Switzerland (GeoNames) for both tenants; the second run's import found nothing to change.
    expect(first.tenants.map((tenant) => tenant.places)).toEqual([0, 1].map(() => expect.objectContaining({ countries: ['CH'], inserted: 4478, postalCodes: 3362 })));
    expect(second.tenants.map((tenant) => tenant.places)).toEqual([0, 1].map(() => expect.objectContaining({ inserted: 0, updated: 0, removed: 0, unchanged: 4478 })));
    expect(afterFirst.places).toBe(2 * 4478);
    expect(afterFirst.postal_codes).toBe(2 * 3362);

    const hasher = new PasswordHasher();
    const [admin] = await db.ownerQuery<{ password_hash: string }>(`select password_hash from platform_admins where email = $1`, [DEMO_ADMIN.email]);
    expect(await hasher.verify(admin.password_hash, DEMO_ADMIN.password)).toBe(true);
    const operators = await db.ownerQuery<{ slug: string; email: string; password_hash: string; role: string }>(
      `select t.slug, u.email, u.password_hash, r.role
         from users u join tenants t on t.id = u.tenant_id join user_roles r on r.tenant_id = u.tenant_id and r.user_id = u.id
        where r.role like 'operator%'
        order by t.slug`,
    );
    expect(operators.map(({ slug, email, role }) => ({ slug, email, role }))).toEqual([
      { slug: 'alpine', email: 'operator@alpine.localhost', role: 'operator_admin' },
      { slug: 'nordhaus', email: 'operator@nordhaus.localhost', role: 'operator_admin' },
    ]);
    for (const operator of operators) expect(await hasher.verify(operator.password_hash, DEMO_OPERATOR_PASSWORD)).toBe(true);

    // The telco keeps the default catalog; the home retailer adds its own assembly and decor services.
    const services = await db.ownerQuery<{ slug: string; service: string; pricing_mode: string; fixed_price_minor: number | null }>(
      `select t.slug, s.slug as service, s.pricing_mode, s.fixed_price_minor
         from services s join tenants t on t.id = s.tenant_id order by t.slug, s.slug`,
    );
    const of = (slug: string) => services.filter((row) => row.slug === slug).map((row) => row.service);
    expect(of('alpine')).toContain('tv-box-second-room');
    expect(of('alpine')).not.toContain('picture-hanging');
    expect(of('nordhaus')).toEqual(expect.arrayContaining(['tv-box-second-room', 'bed-assembly', 'picture-hanging']));
    expect(services.find((row) => row.slug === 'nordhaus' && row.service === 'bed-assembly')).toMatchObject({ pricing_mode: 'fixed', fixed_price_minor: 7900 });
  });

  it('gives each tenant vetted helpers across Swiss towns, two waiting for review and one suspended, and three customers', async () => {
    const first = await seedDemo(db.config);
    const people = { helpers: { applicant: 0, in_review: 2, approved: 9, rejected: 0, suspended: 1 }, customers: 3 };
    expect(first.tenants.map((tenant) => tenant.people)).toEqual([0, 1].map(() => expect.objectContaining(people)));

    const profiles = await db.ownerQuery<{ slug: string; status: string; n: string; codes: string[]; min_radius: number; max_radius: number }>(
      `select t.slug, p.status, count(*) as n, array_agg(distinct p.home_postal_code order by p.home_postal_code) as codes,
              min(p.service_radius_km) as min_radius, max(p.service_radius_km) as max_radius
         from helper_profiles p join tenants t on t.id = p.tenant_id group by t.slug, p.status order by t.slug, p.status`,
    );
    expect(profiles.map(({ slug, status, n }) => ({ slug, status, n: Number(n) }))).toEqual([
      { slug: 'alpine', status: 'approved', n: 9 },
      { slug: 'alpine', status: 'in_review', n: 2 },
      { slug: 'alpine', status: 'suspended', n: 1 },
      { slug: 'nordhaus', status: 'approved', n: 9 },
      { slug: 'nordhaus', status: 'in_review', n: 2 },
      { slug: 'nordhaus', status: 'suspended', n: 1 },
    ]);
    const codes = [...new Set(profiles.flatMap((row) => row.codes))].sort();
    expect(codes).toEqual(['1003', '1201', '3011', '4051', '6003', '6300', '6900', '8001', '8004', '8050', '8400', '9000']);
    for (const row of profiles) {
      expect(row.min_radius).toBeGreaterThanOrEqual(10);
      expect(row.max_radius).toBeLessThanOrEqual(30);
    }

    // Approved through the real path: every step submitted and decided by the tenant's operator; the
    // two in review have handed in everything and wait in the queue.
    const steps = await db.ownerQuery<{ status: string; step_status: string; decided_by_operator: boolean; n: string }>(
      `select p.status, s.status as step_status, r.role = 'operator_admin' as decided_by_operator, count(*) as n
         from vetting_steps s join helper_profiles p on p.tenant_id = s.tenant_id and p.user_id = s.helper_id
         left join user_roles r on r.tenant_id = s.tenant_id and r.user_id = s.reviewer_id
        group by 1, 2, 3 order by 1, 2, 3`,
    );
    expect(steps.map(({ status, step_status, decided_by_operator, n }) => ({ status, step_status, decided_by_operator, n: Number(n) }))).toEqual([
      { status: 'approved', step_status: 'approved', decided_by_operator: true, n: 2 * 9 * 4 },
      { status: 'in_review', step_status: 'submitted', decided_by_operator: null, n: 2 * 2 * 4 },
      { status: 'suspended', step_status: 'approved', decided_by_operator: true, n: 2 * 1 * 4 },
    ]);

    // Skills over the tenant's own services, hourly rates inside the tenant's bounds.
    const skills = await db.ownerQuery<{ helpers: string; outside: string; foreign: string }>(
      `select count(distinct k.helper_id) as helpers,
              count(*) filter (where s.pricing_mode = 'hourly' and (k.price_minor < (p.document->'helperHourlyRate'->>'minMinor')::int
                                                                  or k.price_minor > (p.document->'helperHourlyRate'->>'maxMinor')::int)) as outside,
              count(*) filter (where s.id is null) as foreign
         from helper_skills k
         left join services s on s.tenant_id = k.tenant_id and s.id = k.service_id
         join tenant_policies p on p.tenant_id = k.tenant_id and p.kind = 'pricing'
          and p.version = (select max(version) from tenant_policies q where q.tenant_id = k.tenant_id and q.kind = 'pricing')`,
    );
    expect(skills[0]).toEqual({ helpers: '24', outside: '0', foreign: '0' });

    // Every demo helper keeps a working week (so searches show a next free slot).
    const weeks = await db.ownerQuery<{ helpers: string; saturdays: string }>(
      `select count(distinct helper_id) as helpers, count(*) filter (where weekday = 6) as saturdays from helper_weekly_slots`,
    );
    expect(weeks[0]).toEqual({ helpers: '24', saturdays: '24' });

    const hasher = new PasswordHasher();
    const logins = await db.ownerQuery<{ slug: string; role: string; n: string; hash: string }>(
      `select t.slug, r.role, count(*) as n, min(u.password_hash) as hash
         from users u join tenants t on t.id = u.tenant_id join user_roles r on r.tenant_id = u.tenant_id and r.user_id = u.id
        where r.role in ('helper', 'customer') group by t.slug, r.role order by t.slug, r.role`,
    );
    expect(logins.map(({ slug, role, n }) => ({ slug, role, n: Number(n) }))).toEqual([
      { slug: 'alpine', role: 'customer', n: 3 },
      { slug: 'alpine', role: 'helper', n: 12 },
      { slug: 'nordhaus', role: 'customer', n: 3 },
      { slug: 'nordhaus', role: 'helper', n: 12 },
    ]);
    for (const login of logins) expect(await hasher.verify(login.hash, DEMO_USER_PASSWORD)).toBe(true);

    // A second run finds everyone and writes nothing: no rows, no events.
    const afterFirst = await tableCounts();
    const second = await seedDemo(db.config);
    expect(second.tenants.map((tenant) => tenant.people)).toEqual([0, 1].map(() => ({ ...people, created: 0 })));
    expect(await tableCounts()).toEqual(afterFirst);
  });

  it('gives each tenant a living marketplace: requests in every state a customer reaches, reviews, a hidden one, conversations', async () => {
    const first = await seedDemo(db.config);
    const requests = { cancelled: 2, closed: 6, completed: 1, disputed: 1, expired: 1, in_progress: 1, offered: 1, open: 1, scheduled: 2 };
    expect(first.tenants.map((tenant) => tenant.marketplace.requests)).toEqual([requests, requests]);

    // Each request's timeline starts with its birth and ends in its status; every step left an outbox event.
    const timelines = await db.ownerQuery<{ status: string; first_event: string; last_to: string; events: string; outbox: string }>(
      `select r.status,
              (select e.event from request_events e where e.tenant_id = r.tenant_id and e.request_id = r.id order by e.sequence limit 1) as first_event,
              (select e.to_status from request_events e where e.tenant_id = r.tenant_id and e.request_id = r.id order by e.sequence desc limit 1) as last_to,
              (select count(*) from request_events e where e.tenant_id = r.tenant_id and e.request_id = r.id) as events,
              (select count(*) from outbox_events o where o.tenant_id = r.tenant_id and o.aggregate_id = r.id::text and o.type like 'request.%') as outbox
         from requests r`,
    );
    for (const row of timelines) {
      expect(row.last_to).toBe(row.status);
      expect(['posted', 'booked']).toContain(row.first_event);
      expect(row.outbox).toBe(row.events);
    }

    // Past jobs reviewed by both sides (published); one waits for the helper (not public); one hidden by the operator, with its reason.
    const reviews = await db.ownerQuery<{ published: string; unpublished: string; hidden: string; reasons: string }>(
      `select count(*) filter (where published_at is not null) as published, count(*) filter (where published_at is null) as unpublished,
              count(*) filter (where hidden_at is not null) as hidden, count(*) filter (where hidden_reason is not null) as reasons from reviews`,
    );
    expect(reviews[0]).toEqual({ published: String(2 * 12), unpublished: '2', hidden: '2', reasons: '2' });
    const ratings = await db.ownerQuery<{ helpers: string; reviews: string }>(`select count(*) filter (where review_count > 0) as helpers, sum(review_count) as reviews from helper_ratings`);
    expect(ratings[0]).toEqual({ helpers: String(2 * 5), reviews: String(2 * 5) });

    // The request with offers has several, and its conversation hides the helper's phone number.
    const offers = await db.ownerQuery<{ n: string }>(`select count(*) as n from offers o join requests r on r.tenant_id = o.tenant_id and r.id = o.request_id where r.status = 'offered' group by r.id`);
    for (const row of offers) expect(Number(row.n)).toBeGreaterThanOrEqual(2);
    const redacted = await db.ownerQuery<{ body: string }>(`select body from messages where redacted`);
    expect(redacted).toHaveLength(2);
    for (const message of redacted) expect(message.body).not.toMatch(/\d{3} \d{2} \d{2}/);

    // Seeding again adds nothing.
    const afterFirst = await tableCounts();
    const second = await seedDemo(db.config);
    expect(second.tenants.map((tenant) => tenant.marketplace)).toEqual([0, 1].map(() => ({ created: false, requests })));
    expect(await tableCounts()).toEqual(afterFirst);
  });

  it('prints the URLs for the configured port and base domain, the logins and how to reach a tenant with curl', () => {
    const info = demoInfo({ ...db.config, PORT: 4100, PUBLIC_BASE_DOMAIN: 'quartier.test' });
    expect(info).toContain('http://alpine.quartier.test:4100/graphql');
    expect(info).toContain('http://nordhaus.quartier.test:4100/graphql');
    expect(info).toContain('http://quartier.test:4100/platform/graphql');
    expect(info).toContain('http://quartier.test:4100/health');
    expect(info).toContain('http://quartier.test:4100/metrics');
    expect(info).toContain(`${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`);
    expect(info).toContain(`operator@nordhaus.localhost / ${DEMO_OPERATOR_PASSWORD}`);
    expect(info).toContain(`helper01@alpine.localhost / ${DEMO_USER_PASSWORD}`);
    expect(info).toContain(`customer1@nordhaus.localhost / ${DEMO_USER_PASSWORD}`);
    expect(info).toContain("-H 'Host: alpine.quartier.test'");
    expect(info).toContain('--resolve alpine.quartier.test:4100:127.0.0.1');
  });
});
