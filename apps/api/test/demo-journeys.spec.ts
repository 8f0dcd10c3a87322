// One whole journey per demo tenant, on the demo seed exactly as `npm start` lays it out: a new
// helper applies, is vetted by the site's operator and wears its badge, a customer finds them by
// postal code, books them directly (Alpine) or posts a request they answer (Nordhaus), the job is
// started, completed and confirmed, both sides review, and the helper's profile shows the rating.
// The API runs on a clock the test moves, so the job can happen "later today".
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '@quartier/platform';
import { startTestApi, type TestApi } from './test-api.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const DEMO_OPERATOR_PASSWORD = 'quartier-operator-demo';
const DEMO_USER_PASSWORD = 'quartier-user-demo';
const HOUR_MS = 3_600_000;

type GqlError = { message: string; extensions?: Record<string, unknown> };
type Gql = <T>(query: string, variables?: Record<string, unknown>, token?: string) => Promise<T>;

/** Runs `npm run db:seed`'s command against the test's database, as a separate process. */
function runDemoSeed(api: TestApi): Promise<string> {
  const { config } = api.db;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', './scripts/register.mjs', 'apps/cli/src/main.ts', 'db:seed'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: config.DATABASE_URL, DATABASE_APP_URL: config.DATABASE_APP_URL, REDIS_URL: config.REDIS_URL, QUEUE_PREFIX: config.QUEUE_PREFIX, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`db:seed exited with ${code}:\n${output}`))));
  });
}

/** The first free hour of `helperId` from `after` on, as the public availability of the site says. */
async function firstFreeHour(gql: Gql, helperId: string, after: Date): Promise<string> {
  const from = after.toISOString().slice(0, 10);
  const to = new Date(after.getTime() + 13 * 24 * HOUR_MS).toISOString().slice(0, 10);
  const { helperAvailability } = await gql<{ helperAvailability: { intervals: { start: string; end: string }[] } }>(
    `query($id: ID!, $from: String!, $to: String!) { helperAvailability(helperId: $id, from: $from, to: $to) { intervals { start end } } }`,
    { id: helperId, from, to },
  );
  const interval = helperAvailability.intervals.find((candidate) => Date.parse(candidate.end) - Math.max(Date.parse(candidate.start), after.getTime()) >= 2 * HOUR_MS);
  if (!interval) throw new Error(`No free hour for ${helperId} after ${after.toISOString()}`);
  const start = Math.max(Date.parse(interval.start), Math.ceil(after.getTime() / HOUR_MS) * HOUR_MS);
  return new Date(start).toISOString();
}

describe('demo journeys', () => {
  const clock = new FixedClock(new Date());
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({}, { clock });
    await runDemoSeed(api);
  }, 180_000);
  afterAll(async () => {
    await api?.close();
  });

  const journeys = [
    { slug: 'alpine', badge: 'Alpine Friend', home: '8004', customerPostalCode: '8001', way: 'book' as const },
    { slug: 'nordhaus', badge: 'Nordhaus Helper', home: '3011', customerPostalCode: '3012', way: 'request' as const },
  ];

  for (const journey of journeys) {
    it(`${journey.slug}: applies, is vetted, is found, is ${journey.way === 'book' ? 'booked' : 'requested'}, does the job and is reviewed`, async () => {
      const gql: Gql = async (query, variables = {}, token) => {
        const response = await api.graphql<never>({ host: journey.slug, query, variables, token });
        if (response.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.errors as GqlError[])}`);
        return response.data as never;
      };
      const logIn = async (email: string, password: string) =>
        (await gql<{ logIn: { accessToken: string; userId: string } }>(`mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { accessToken userId } }`, { email, password })).logIn;

      // The helper applies.
      const email = `newcomer@${journey.slug}.example`;
      const { signUp: helper } = await gql<{ signUp: { accessToken: string; userId: string } }>(
        `mutation($email: String!) { signUp(email: $email, password: "a-long-helper-password", displayName: "Robin Newcomer", role: HELPER) { accessToken userId } }`,
        { email },
      );
      const { services } = await gql<{ services: { edges: { node: { id: string; pricingMode: string; estimatedDurationMinutes: number } }[] } }>(
        `{ services(first: 100) { edges { node { id pricingMode estimatedDurationMinutes } } } }`,
      );
      const service = services.edges.map((edge) => edge.node).find((node) => node.pricingMode === 'HOURLY' && node.estimatedDurationMinutes <= 120)!;
      expect(service).toBeDefined();
      await gql(
        `mutation($input: UpdateHelperProfileInput!) { updateMyHelperProfile(input: $input) { id } }`,
        { input: { bio: 'Neu im Quartier, hilft gern mit Technik.', languages: ['de', 'en'], homePostalCode: { countryCode: 'CH', code: journey.home }, serviceRadiusKm: 15 } },
        helper.accessToken,
      );
      await gql(`mutation($skills: [HelperSkillInput!]!) { setMySkills(skills: $skills) { id } }`, { skills: [{ serviceId: service.id, priceMinor: 4000 }] }, helper.accessToken);
      await gql(
        `mutation($slots: [WeeklySlotInput!]!) { setMyWeeklyAvailability(slots: $slots) { timezone } }`,
        { slots: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '07:00', end: '21:00' })) },
        helper.accessToken,
      );
      const { myVettingProgress } = await gql<{ myVettingProgress: { status: string; steps: { key: string }[] } }>(`{ myVettingProgress { status steps { key } } }`, {}, helper.accessToken);
      expect(myVettingProgress.steps.length).toBeGreaterThan(0);
      for (const step of myVettingProgress.steps) {
        await gql(`mutation($key: String!) { submitVettingStep(stepKey: $key, evidence: { text: "Nachweis liegt vor" }) { status } }`, { key: step.key }, helper.accessToken);
      }

      // The operator works the vetting queue; the helper is approved and wears the site's badge.
      const operator = await logIn(`operator@${journey.slug}.localhost`, DEMO_OPERATOR_PASSWORD);
      let status = '';
      for (const step of myVettingProgress.steps) {
        ({ decideVettingStep: { status } } = await gql<{ decideVettingStep: { status: string } }>(
          `mutation($helperId: ID!, $key: String!) { decideVettingStep(helperId: $helperId, stepKey: $key, decision: APPROVE, note: "Geprüft") { status } }`,
          { helperId: helper.userId, key: step.key },
          operator.accessToken,
        ));
      }
      expect(status).toBe('APPROVED');
      const { helper: profile } = await gql<{ helper: { badgeName: string } }>(`query($id: ID!) { helper(id: $id) { badgeName } }`, { id: helper.userId });
      expect(profile.badgeName).toBe(journey.badge);

      // A customer of the site finds the helper by postal code.
      const customer = await logIn(`customer1@${journey.slug}.localhost`, DEMO_USER_PASSWORD);
      const { searchHelpers } = await gql<{ searchHelpers: { edges: { node: { helper: { id: string; badgeName: string }; distanceKm: number; nextFreeSlot: string | null } }[] } }>(
        `query($postalCode: String!, $serviceId: ID!) { searchHelpers(postalCode: $postalCode, serviceId: $serviceId, first: 100) { edges { node { helper { id badgeName } distanceKm nextFreeSlot } } } }`,
        { postalCode: journey.customerPostalCode, serviceId: service.id },
      );
      const found = searchHelpers.edges.find((edge) => edge.node.helper.id === helper.userId);
      expect(found?.node).toMatchObject({ helper: { badgeName: journey.badge } });
      expect(found!.node.distanceKm).toBeLessThan(15);

      // Booked directly on a free hour, or requested and answered with an offer.
      const startsAt = await firstFreeHour(gql, helper.userId, new Date(clock.now().getTime() + 26 * HOUR_MS));
      let appointment: { id: string; requestId: string; startsAt: string };
      if (journey.way === 'book') {
        ({ bookSlot: appointment } = await gql<{ bookSlot: typeof appointment }>(
          `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id requestId startsAt } }`,
          { input: { helperId: helper.userId, serviceId: service.id, postalCode: journey.customerPostalCode, startsAt, description: 'WLAN reicht nicht bis ins Schlafzimmer' } },
          customer.accessToken,
        ));
      } else {
        const window = { from: startsAt, to: new Date(Date.parse(startsAt) + 3 * HOUR_MS).toISOString() };
        const { postRequest } = await gql<{ postRequest: { id: string } }>(
          `mutation($input: PostRequestInput!) { postRequest(input: $input) { id } }`,
          { input: { serviceId: service.id, description: 'Regal montieren, Wand aus Beton', postalCode: journey.customerPostalCode, windows: [window] } },
          customer.accessToken,
        );
        const { openRequestsForMe } = await gql<{ openRequestsForMe: { edges: { node: { id: string } }[] } }>(`{ openRequestsForMe(first: 50) { edges { node { id } } } }`, {}, helper.accessToken);
        expect(openRequestsForMe.edges.map((edge) => edge.node.id)).toContain(postRequest.id);
        const { makeOffer } = await gql<{ makeOffer: { id: string } }>(`mutation($id: ID!) { makeOffer(requestId: $id) { id } }`, { id: postRequest.id }, helper.accessToken);
        ({ chooseOffer: appointment } = await gql<{ chooseOffer: typeof appointment }>(
          `mutation($id: ID!, $startsAt: DateTime!) { chooseOffer(offerId: $id, startsAt: $startsAt) { id requestId startsAt } }`,
          { id: makeOffer.id, startsAt },
          customer.accessToken,
        ));
      }
      expect(appointment.startsAt).toBe(startsAt);

      // The day comes: the helper starts and completes the job; the customer confirms it.
      clock.advance(Date.parse(startsAt) - clock.now().getTime() - 10 * 60_000);
      await gql(`mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`, { id: appointment.id }, helper.accessToken);
      clock.advance(70 * 60_000);
      await gql(`mutation($id: ID!) { completeAppointment(appointmentId: $id, note: "Alles eingerichtet") { status } }`, { id: appointment.id }, helper.accessToken);
      await gql(`mutation($id: ID!) { confirmCompletion(requestId: $id) { status } }`, { id: appointment.requestId }, customer.accessToken);

      // Both review; the second review publishes both, and the profile shows the rating.
      await gql(`mutation($id: ID!) { writeReview(appointmentId: $id, stars: 5, text: "Schnell, freundlich, alles funktioniert.") { id } }`, { id: appointment.id }, customer.accessToken);
      const hidden = await gql<{ helperReviews: { edges: unknown[] } }>(`query($id: ID!) { helperReviews(helperId: $id, first: 10) { edges { node { id } } } }`, { id: helper.userId });
      expect(hidden.helperReviews.edges).toEqual([]);
      await gql(`mutation($id: ID!) { writeReview(appointmentId: $id, stars: 4, text: "Sehr angenehme Kundschaft.") { id } }`, { id: appointment.id }, helper.accessToken);
      const published = await gql<{ helperReviews: { edges: { node: { stars: number; text: string } }[] } }>(
        `query($id: ID!) { helperReviews(helperId: $id, first: 10) { edges { node { stars text } } } }`,
        { id: helper.userId },
      );
      expect(published.helperReviews.edges.map((edge) => edge.node)).toEqual([{ stars: 5, text: 'Schnell, freundlich, alles funktioniert.' }]);
      const rated = await gql<{ helper: { rating: number; reviewCount: number } }>(`query($id: ID!) { helper(id: $id) { rating reviewCount } }`, { id: helper.userId });
      expect(rated.helper).toEqual({ rating: 5, reviewCount: 1 });

      const { request } = await gql<{ request: { status: string; timeline: { event: string }[] } }>(
        `query($id: ID!) { request(id: $id) { status timeline { event } } }`,
        { id: appointment.requestId },
        customer.accessToken,
      );
      expect(request.status).toBe('CLOSED');
      const events = request.timeline.map((step) => step.event);
      expect(events.slice(-3)).toEqual(['started', 'completed', 'closed']);
      expect(events[0]).toBe(journey.way === 'book' ? 'booked' : 'posted');
    });
  }
});
