// Rewards end to end, on jobs booked, started and completed and reviews written through the
// product, with the worker's earning called as its job calls it: an event handled twice earns once;
// a returning customer and a five-star review earn more; levels follow points and the Best-Friend
// requirements (rating, reviews, reliability); concurrent redemptions never overspend; operators
// approve and reject once, a rejection giving the points back; a policy change applies to new
// entries while old ones keep their version.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { newId, RequestContext, TenantDatabase, type TenantTransaction } from '@quartier/platform';
import { helperLevelsIn, RewardsService, topLevelRankIn } from '@quartier/rewards';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, swissPlacesTsv, type MarketplaceTenant, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const MINUTE_MS = 60_000;
const LEVEL = 'key name rank minPoints minRating minReviews minReliability';
const REWARDS_FIELDS = `helperId balance lifetimePoints rating reviewCount reliability completedJobs level { ${LEVEL} }
  nextLevel { level { ${LEVEL} } pointsMissing reviewsMissing ratingRequired reliabilityRequired }
  entries { edges { cursor node { id points reason rewardsPolicyVersion redemptionId createdAt } } pageInfo { hasNextPage endCursor } }`;
const MY_REWARDS = `query($first: Int, $after: String) { myRewards(first: $first, after: $after) { ${REWARDS_FIELDS} } }`;
const HELPER_REWARDS = `query($helperId: ID!) { helperRewards(helperId: $helperId) { ${REWARDS_FIELDS} } }`;
const CATALOG = `{ rewardCatalog { key name points affordable } }`;
const REDEMPTION_FIELDS = 'id helperId helperName itemKey itemName points rewardsPolicyVersion status requestedAt decidedAt decidedBy decisionReason';
const REDEEM = `mutation($itemKey: String!) { redeemReward(itemKey: $itemKey) { ${REDEMPTION_FIELDS} } }`;
const MY_REDEMPTIONS = `{ myRedemptions(first: 50) { edges { node { ${REDEMPTION_FIELDS} } } } }`;
const SITE_REDEMPTIONS = `query($status: RewardRedemptionStatus) { rewardRedemptions(status: $status, first: 50) { edges { node { ${REDEMPTION_FIELDS} } } pageInfo { hasNextPage } } }`;
const APPROVE = `mutation($id: ID!) { approveRedemption(id: $id) { ${REDEMPTION_FIELDS} } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectRedemption(id: $id, reason: $reason) { ${REDEMPTION_FIELDS} } }`;
const POLICY = `{ tenantPolicy(kind: REWARDS) { version document } }`;
const UPDATE_POLICY = `mutation($document: PolicyDocument!) { updatePolicy(kind: REWARDS, document: $document) { version } }`;

type GqlError = { message: string; extensions?: Record<string, unknown> };
type Level = { key: string; name: string; rank: number };
type Entry = { id: string; points: number; reason: string; rewardsPolicyVersion: number; redemptionId: string | null };
type Rewards = {
  helperId: string;
  balance: number;
  lifetimePoints: number;
  rating: number | null;
  reviewCount: number;
  reliability: number | null;
  completedJobs: number;
  level: Level;
  nextLevel: { level: Level; pointsMissing: number; reviewsMissing: number; ratingRequired: number | null; reliabilityRequired: number | null } | null;
  entries: { edges: { cursor: string; node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};
type Redemption = { id: string; helperId: string; itemKey: string; itemName: string; points: number; status: string; decidedBy: string | null; decisionReason: string | null };
type RewardsDocument = { pointsPerEvent: Record<string, number>; levels: Record<string, unknown>[]; catalog: { key: string; points: number }[] };

describe('rewards', () => {
  let api: TestApi;
  let tenant: MarketplaceTenant;
  let customer: TestUser;
  let agent: TestUser;
  let fabio: TestUser;
  let serviceId: string;

  const gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => api.graphql<T>({ host: tenant.slug, query, variables, token });
  const ok = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const response = await gql<T>(query, variables, token);
    expect(response.errors).toBeUndefined();
    return response.data as T;
  };
  const errorOf = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await gql(query, variables, token);
    expect(response.data).toBeNull();
    return (response.errors as GqlError[])[0].extensions;
  };

  const helper = (name: string) =>
    createApprovedHelper(api, tenant, { displayName: name, postalCode: '8001', radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });

  /** A job booked by `by`, started and completed by the helper through the API. */
  async function completedJob(helperUser: TestUser, by: TestUser = customer): Promise<{ appointmentId: string; requestId: string }> {
    const startsAt = new Date(Date.now() + 10 * MINUTE_MS).toISOString();
    const booked = await ok<{ bookSlot: { id: string } }>(
      `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id } }`,
      { input: { helperId: helperUser.id, serviceId, postalCode: '8001', startsAt } },
      by.accessToken,
    );
    const appointmentId = booked.bookSlot.id;
    await ok(`mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`, { id: appointmentId }, helperUser.accessToken);
    await ok(`mutation($id: ID!) { completeAppointment(appointmentId: $id, note: "Done") { status } }`, { id: appointmentId }, helperUser.accessToken);
    const [{ request_id: requestId }] = await api.db.ownerQuery<{ request_id: string }>(`select request_id from appointments where id = $1`, [appointmentId]);
    return { appointmentId, requestId };
  }

  /** Both sides review the appointment, which publishes both reviews; returns the customer's review id. */
  async function reviewed(appointmentId: string, helperUser: TestUser, stars: number): Promise<string> {
    const written = await ok<{ writeReview: { id: string } }>(
      `mutation($id: ID!, $stars: Int!) { writeReview(appointmentId: $id, stars: $stars, text: "Thank you") { id } }`,
      { id: appointmentId, stars },
      customer.accessToken,
    );
    await ok(`mutation($id: ID!) { writeReview(appointmentId: $id, stars: 5, text: "Friendly customer") { id } }`, { id: appointmentId }, helperUser.accessToken);
    return written.writeReview.id;
  }

  const eventId = async (type: string, aggregateId: string) => {
    const [row] = await api.db.ownerQuery<{ id: string }>(`select id from outbox_events where tenant_id = $1 and type = $2 and aggregate_id = $3`, [tenant.id, type, aggregateId]);
    if (!row) throw new Error(`No ${type} event of ${aggregateId}`);
    return row.id;
  };
  /** What the worker's rewards job does with the event. */
  const earn = async (type: string, aggregateId: string) =>
    api.app.get(RewardsService).earnFromEvent(RequestContext.system(tenant.id, 'rewards'), { eventId: await eventId(type, aggregateId) });
  const ledger = (helperId: string) =>
    api.db.ownerQuery<{ points: number; reason: string; business_key: string; rewards_policy_version: number }>(
      `select points, reason, business_key, rewards_policy_version from reward_points where tenant_id = $1 and helper_id = $2 order by created_at, id`,
      [tenant.id, helperId],
    );
  const rewardsOf = async (helperUser: TestUser) => (await ok<{ myRewards: Rewards }>(MY_REWARDS, { first: 50 }, helperUser.accessToken)).myRewards;
  const eventsOf = async (type: string, helperId: string) =>
    api.db.ownerQuery<{ payload: Record<string, unknown> }>(`select payload from outbox_events where tenant_id = $1 and type = $2 and aggregate_id = $3 order by created_at, id`, [
      tenant.id,
      type,
      helperId,
    ]);
  const currentPolicy = async () => (await ok<{ tenantPolicy: { version: number; document: RewardsDocument } }>(POLICY, {}, tenant.admin.accessToken)).tenantPolicy;
  const updatePolicy = async (change: (document: RewardsDocument) => RewardsDocument) =>
    (await ok<{ updatePolicy: { version: number } }>(UPDATE_POLICY, { document: change((await currentPolicy()).document) }, tenant.admin.accessToken)).updatePolicy.version;
  const inTenant = <T>(work: (tx: TenantTransaction) => Promise<T>) => api.app.get(TenantDatabase).run(RequestContext.system(tenant.id, 'test'), work);

  beforeAll(async () => {
    api = await startTestApi();
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, tenant, { roles: ['customer'], displayName: 'Anna' });
    agent = await createTestUser(api, tenant, { roles: ['operator_agent'] });
  });
  afterAll(async () => {
    await api.close();
  });

  it('earns a completed job once however often its event is handled, and more when the customer comes back', async () => {
    const bruno = await helper('Bruno');
    const empty = await rewardsOf(bruno);
    expect(empty).toMatchObject({ balance: 0, lifetimePoints: 0, level: { key: 'bronze', name: 'Bronze', rank: 0 }, entries: { edges: [] } });

    const first = await completedJob(bruno);
    expect(await earn('request.completed', first.requestId)).toBe('earned: 1 entries');
    expect(await earn('request.completed', first.requestId)).toBe('skipped: already earned');
    expect(await ledger(bruno.id)).toEqual([{ points: 100, reason: 'job_completed', business_key: `job_completed:${first.requestId}`, rewards_policy_version: 1 }]);
    // Other events of the job earn nothing.
    expect(await earn('request.scheduled', first.requestId)).toBe('skipped: nothing earned');

    const mine = await rewardsOf(bruno);
    expect(mine).toMatchObject({
      helperId: bruno.id,
      balance: 100,
      lifetimePoints: 100,
      completedJobs: 1,
      reliability: 1,
      level: { key: 'bronze' },
      nextLevel: { level: { key: 'silver', name: 'Silber', rank: 1 }, pointsMissing: 400, reviewsMissing: 0, ratingRequired: null, reliabilityRequired: null },
    });
    expect(mine.entries.edges.map((edge) => edge.node)).toMatchObject([{ points: 100, reason: 'JOB_COMPLETED', rewardsPolicyVersion: 1, redemptionId: null }]);

    const second = await completedJob(bruno);
    expect(await earn('request.completed', second.requestId)).toBe('earned: 2 entries');
    expect((await ledger(bruno.id)).map((entry) => [entry.reason, entry.points])).toEqual([
      ['job_completed', 100],
      ['job_completed', 100],
      ['repeat_customer', 30],
    ]);
    // A new customer is no repeat.
    const newcomer = await createTestUser(api, tenant, { roles: ['customer'] });
    const third = await completedJob(bruno, newcomer);
    expect(await earn('request.completed', third.requestId)).toBe('earned: 1 entries');
    expect((await rewardsOf(bruno)).balance).toBe(330);
    expect((await eventsOf('rewards.points_earned', bruno.id)).map((event) => event.payload.reason)).toEqual(['job_completed', 'job_completed', 'repeat_customer', 'job_completed']);

    // Entries page newest first.
    const page = await ok<{ myRewards: Rewards }>(MY_REWARDS, { first: 2 }, bruno.accessToken);
    expect(page.myRewards.entries.edges.map((edge) => edge.node.reason)).toEqual(['JOB_COMPLETED', 'REPEAT_CUSTOMER']);
    expect(page.myRewards.entries.pageInfo.hasNextPage).toBe(true);
    const rest = await ok<{ myRewards: Rewards }>(MY_REWARDS, { first: 2, after: page.myRewards.entries.pageInfo.endCursor }, bruno.accessToken);
    expect(rest.myRewards.entries.edges.map((edge) => edge.node.reason)).toEqual(['JOB_COMPLETED', 'JOB_COMPLETED']);
    expect(rest.myRewards.entries.pageInfo.hasNextPage).toBe(false);
  });

  it("earns a customer's five-star review of the helper, and nothing for fewer stars or the helper's review of the customer", async () => {
    const carla = await helper('Carla');
    const job = await completedJob(carla);
    const reviewId = await reviewed(job.appointmentId, carla, 5);
    expect(await earn('review.published', reviewId)).toBe('earned: 1 entries');
    expect(await earn('review.published', reviewId)).toBe('skipped: already earned');
    const [helpersReview] = await api.db.ownerQuery<{ id: string }>(`select id from reviews where appointment_id = $1 and author_role = 'helper'`, [job.appointmentId]);
    expect(await earn('review.published', helpersReview.id)).toBe('skipped: nothing earned');

    const fourStars = await completedJob(carla);
    expect(await earn('review.published', await reviewed(fourStars.appointmentId, carla, 4))).toBe('skipped: nothing earned');
    expect((await ledger(carla.id)).filter((entry) => entry.reason === 'five_star_review')).toEqual([
      { points: 50, reason: 'five_star_review', business_key: `five_star_review:${reviewId}`, rewards_policy_version: 1 },
    ]);
    expect(await rewardsOf(carla)).toMatchObject({ balance: 50, rating: 4.5, reviewCount: 2 });
  });

  it('earns passing vetting once, and a fast or escalated pickup as dispatch tells it', async () => {
    const hugo = await helper('Hugo');
    /** An event as the vetting service or the dispatch engine writes it. */
    const emitted = async (type: string, aggregateId: string, payload: Record<string, unknown>) => {
      const id = newId();
      await api.db.ownerQuery(`insert into outbox_events (tenant_id, id, type, aggregate_type, aggregate_id, payload, context) values ($1, $2, $3, 'test', $4, $5, '{}')`, [
        tenant.id,
        id,
        type,
        aggregateId,
        JSON.stringify(payload),
      ]);
      return api.app.get(RewardsService).earnFromEvent(RequestContext.system(tenant.id, 'rewards'), { eventId: id });
    };
    expect(await emitted('helper.vetting_approved', hugo.id, { from: 'in_review', to: 'approved' })).toBe('earned: 1 entries');
    // Approved again after a suspension: vetting was passed once.
    expect(await emitted('helper.vetting_approved', hugo.id, { from: 'in_review', to: 'approved' })).toBe('skipped: already earned');
    const [fast, slow, escalated] = [newId(), newId(), newId()];
    const accepted = { helperId: hugo.id, wave: 1, tierKey: null, firstResponseMinutes: 15 };
    expect(await emitted('dispatch.accepted', fast, { ...accepted, requestId: fast, respondedSeconds: 600 })).toBe('earned: 1 entries');
    expect(await emitted('dispatch.accepted', slow, { ...accepted, requestId: slow, respondedSeconds: 901 })).toBe('skipped: nothing earned');
    expect(await emitted('dispatch.accepted', escalated, { ...accepted, requestId: escalated, wave: 4, tierKey: 'specialists', respondedSeconds: 60 })).toBe('earned: 2 entries');
    expect((await ledger(hugo.id)).map((entry) => [entry.reason, entry.points, entry.business_key])).toEqual([
      ['vetting_completed', 200, `vetting_completed:${hugo.id}`],
      ['fast_first_response', 20, `fast_first_response:${fast}:${hugo.id}`],
      ['fast_first_response', 20, `fast_first_response:${escalated}:${hugo.id}`],
      ['escalated_pickup', 40, `escalated_pickup:${escalated}:${hugo.id}`],
    ]);
  });

  it('moves levels with points, and makes a Best Friend only of a helper with the rating, the reviews and the reliability', async () => {
    // Low thresholds, so a few jobs reach the top.
    const version = await updatePolicy((document) => ({
      ...document,
      levels: [
        document.levels[0],
        { ...document.levels[1], minPoints: 100 },
        { ...document.levels[3], minPoints: 200, minRating: 4.5, minReviews: 1, minReliability: 0.9 },
      ],
    }));
    expect(version).toBe(2);
    const dario = await helper('Dario');
    const first = await completedJob(dario);
    await earn('request.completed', first.requestId);
    expect((await rewardsOf(dario)).level.key).toBe('silver');
    expect((await eventsOf('rewards.level_changed', dario.id)).map((event) => event.payload)).toEqual([
      { helperId: dario.id, fromLevel: 'bronze', toLevel: 'silver', toRank: 1, rewardsPolicyVersion: 2 },
    ]);

    const second = await completedJob(dario);
    await earn('request.completed', second.requestId);
    // 230 points and every job done, but no review yet.
    expect(await rewardsOf(dario)).toMatchObject({
      lifetimePoints: 230,
      level: { key: 'silver' },
      nextLevel: { level: { key: 'best_friend', name: 'Bester Freund', rank: 2 }, pointsMissing: 0, reviewsMissing: 1, ratingRequired: 4.5, reliabilityRequired: null },
    });

    await earn('review.published', await reviewed(second.appointmentId, dario, 5));
    expect(await rewardsOf(dario)).toMatchObject({ lifetimePoints: 280, rating: 5, reviewCount: 1, reliability: 1, level: { key: 'best_friend', rank: 2 }, nextLevel: null });
    expect((await eventsOf('rewards.level_changed', dario.id)).map((event) => event.payload.toLevel)).toEqual(['silver', 'best_friend']);
    // What dispatch reads.
    const bruno = await api.db.ownerQuery<{ user_id: string }>(`select user_id from helper_profiles where tenant_id = $1 and display_name = 'Bruno'`, [tenant.id]);
    expect(
      await inTenant(async (tx) => [Object.fromEntries(await helperLevelsIn(tx, [dario.id, bruno[0].user_id])), await topLevelRankIn(tx)]),
    ).toEqual([{ [dario.id]: { key: 'best_friend', rank: 2 }, [bruno[0].user_id]: { key: 'silver', rank: 1 } }, 2]);

    // Dispatch took a job back from Dario for not starting: 2 of 3 is below 0.9.
    const [{ last }] = await api.db.ownerQuery<{ last: number }>(`select max(sequence) as last from request_events where request_id = $1`, [first.requestId]);
    await api.db.ownerQuery(
      `insert into request_events (tenant_id, request_id, sequence, from_status, to_status, event, actor_kind, details)
       values ($1, $2, $3, 'accepted', 'offered', 'reallocated', 'system', $4)`,
      [tenant.id, first.requestId, last + 1, JSON.stringify({ appointmentId: first.appointmentId, releasedHelperId: dario.id })],
    );
    expect(await rewardsOf(dario)).toMatchObject({
      level: { key: 'silver' },
      nextLevel: { level: { key: 'best_friend' }, pointsMissing: 0, reviewsMissing: 0, ratingRequired: null, reliabilityRequired: 0.9 },
    });
    expect((await rewardsOf(dario)).reliability).toBeCloseTo(2 / 3);
    expect(await inTenant(async (tx) => (await helperLevelsIn(tx, [dario.id])).get(dario.id))).toEqual({ key: 'silver', rank: 1 });
  });

  it('applies a policy change to points earned after it; earlier entries, and events from before it, keep their version', async () => {
    const elsa = await helper('Elsa');
    const before = await completedJob(elsa);
    await earn('request.completed', before.requestId);
    // Completed under the current version, earned after the change.
    const inFlight = await completedJob(elsa);
    const { version: old } = await currentPolicy();
    const version = await updatePolicy((document) => ({ ...document, pointsPerEvent: { ...document.pointsPerEvent, jobCompleted: 150 } }));
    expect(version).toBe(old + 1);
    await earn('request.completed', inFlight.requestId);
    const newcomer = await createTestUser(api, tenant, { roles: ['customer'] });
    const after = await completedJob(elsa, newcomer);
    await earn('request.completed', after.requestId);
    expect((await ledger(elsa.id)).map((entry) => [entry.business_key, entry.points, entry.rewards_policy_version])).toEqual([
      [`job_completed:${before.requestId}`, 100, old],
      [`job_completed:${inFlight.requestId}`, 100, old],
      [`repeat_customer:${inFlight.requestId}`, 30, old],
      [`job_completed:${after.requestId}`, 150, version],
    ]);
  });

  it('lets ten concurrent redemptions with points for three spend exactly three, and shows the catalog in the helper’s means', async () => {
    fabio = await helper('Fabio');
    const { document } = await currentPolicy();
    const coffee = document.catalog.find((item) => item.key === 'coffee_voucher')!;
    await api.db.ownerQuery(
      `insert into reward_points (tenant_id, id, helper_id, points, reason, business_key, rewards_policy_version) values ($1, $2, $3, $4, 'vetting_completed', $5, 1)`,
      [tenant.id, newId(), fabio.id, 3 * coffee.points, `vetting_completed:${fabio.id}`],
    );
    // In the reader's language (French asked for), else the site's default (German).
    const french = await api.graphql<{ rewardCatalog: { key: string; name: string; points: number; affordable: boolean }[] }>({
      host: tenant.slug,
      query: CATALOG,
      token: fabio.accessToken,
      headers: { 'accept-language': 'fr-CH' },
    });
    const catalog = french.data!.rewardCatalog;
    expect(catalog.find((item) => item.key === 'coffee_voucher')).toEqual({ key: 'coffee_voucher', name: 'Bon pour un café', points: coffee.points, affordable: true });
    expect(catalog.find((item) => item.key === 'training_day')?.affordable).toBe(false);

    const answers = await Promise.all(Array.from({ length: 10 }, () => gql<{ redeemReward: Redemption }>(REDEEM, { itemKey: 'coffee_voucher' }, fabio.accessToken)));
    const granted = answers.filter((answer) => answer.data?.redeemReward);
    const refused = answers.filter((answer) => answer.errors);
    expect(granted).toHaveLength(3);
    expect(refused).toHaveLength(7);
    for (const answer of refused) expect(answer.errors![0].extensions).toMatchObject({ code: 'CONFLICT', detail: 'INSUFFICIENT_POINTS', price: coffee.points });
    expect(granted.map((answer) => answer.data!.redeemReward)).toMatchObject(
      Array(3).fill({ helperId: fabio.id, itemKey: 'coffee_voucher', itemName: 'Kaffeegutschein', points: coffee.points, status: 'REQUESTED', decidedBy: null }),
    );
    expect(await rewardsOf(fabio)).toMatchObject({ balance: 0, lifetimePoints: 3 * coffee.points });
    const [{ count }] = await api.db.ownerQuery<{ count: string }>(`select count(*) from reward_redemptions where helper_id = $1`, [fabio.id]);
    expect(Number(count)).toBe(3);
    expect((await ok<{ rewardCatalog: { key: string; affordable: boolean }[] }>(CATALOG, {}, fabio.accessToken)).rewardCatalog.every((item) => !item.affordable)).toBe(true);
    expect(await errorOf(REDEEM, { itemKey: 'golden_hammer' }, fabio.accessToken)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('has operators approve or reject each redemption once; a rejection gives the points back', async () => {
    const fabioId = fabio.id;
    const requested = (await ok<{ rewardRedemptions: { edges: { node: Redemption }[] } }>(SITE_REDEMPTIONS, { status: 'REQUESTED' }, agent.accessToken)).rewardRedemptions.edges.map(
      (edge) => edge.node,
    );
    expect(requested.map((redemption) => [redemption.helperId, redemption.status])).toEqual(Array(3).fill([fabioId, 'REQUESTED']));
    const [one, two, three] = requested;

    const approved = (await ok<{ approveRedemption: Redemption }>(APPROVE, { id: one.id }, agent.accessToken)).approveRedemption;
    expect(approved).toMatchObject({ id: one.id, status: 'APPROVED', decidedBy: agent.id, decisionReason: null });
    expect(await errorOf(APPROVE, { id: one.id }, tenant.admin.accessToken)).toMatchObject({ code: 'CONFLICT', detail: 'ALREADY_DECIDED', status: 'approved' });
    expect(await errorOf(REJECT, { id: one.id, reason: 'Changed my mind' }, agent.accessToken)).toMatchObject({ code: 'CONFLICT', detail: 'ALREADY_DECIDED' });

    expect(await errorOf(REJECT, { id: two.id, reason: '   ' }, agent.accessToken)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const rejected = (await ok<{ rejectRedemption: Redemption }>(REJECT, { id: two.id, reason: 'Out of stock this month' }, tenant.admin.accessToken)).rejectRedemption;
    expect(rejected).toMatchObject({ status: 'REJECTED', decidedBy: tenant.admin.id, decisionReason: 'Out of stock this month' });
    expect(await errorOf(REJECT, { id: two.id, reason: 'Again' }, agent.accessToken)).toMatchObject({ code: 'CONFLICT', detail: 'ALREADY_DECIDED', status: 'rejected' });
    for (const id of [newId(), 'not-an-id']) expect(await errorOf(APPROVE, { id }, agent.accessToken)).toMatchObject({ code: 'NOT_FOUND' });

    // The rejected price came back; spending and giving back leave the lifetime points as they were.
    const operatorView = (await ok<{ helperRewards: Rewards }>(HELPER_REWARDS, { helperId: fabioId }, agent.accessToken)).helperRewards;
    expect(operatorView).toMatchObject({ helperId: fabioId, balance: two.points, lifetimePoints: 3 * two.points });
    expect(operatorView.entries.edges[0].node).toMatchObject({ points: two.points, reason: 'REDEMPTION_RETURNED', redemptionId: two.id });
    expect(await errorOf(HELPER_REWARDS, { helperId: customer.id }, agent.accessToken)).toMatchObject({ code: 'NOT_FOUND' });

    const remaining = (await ok<{ rewardRedemptions: { edges: { node: Redemption }[] } }>(SITE_REDEMPTIONS, { status: 'REQUESTED' }, agent.accessToken)).rewardRedemptions.edges;
    expect(remaining.map((edge) => edge.node.id)).toEqual([three.id]);
    const types = await api.db.ownerQuery<{ type: string }>(
      `select type, count(*) from outbox_events where tenant_id = $1 and type like 'rewards.redemption_%' group by type order by type`,
      [tenant.id],
    );
    expect(types).toEqual([
      { type: 'rewards.redemption_approved', count: '1' },
      { type: 'rewards.redemption_rejected', count: '1' },
      { type: 'rewards.redemption_requested', count: '3' },
    ]);

    // Helpers see theirs only; customers and helpers cannot decide.
    const theirs = (await ok<{ myRedemptions: { edges: { node: Redemption }[] } }>(MY_REDEMPTIONS, {}, fabio.accessToken)).myRedemptions.edges.map((edge) => edge.node);
    expect(Object.fromEntries(theirs.map((redemption) => [redemption.id, redemption.status]))).toEqual({ [one.id]: 'APPROVED', [two.id]: 'REJECTED', [three.id]: 'REQUESTED' });
    expect(await errorOf(APPROVE, { id: three.id }, customer.accessToken)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf(SITE_REDEMPTIONS, {}, customer.accessToken)).toMatchObject({ code: 'FORBIDDEN' });
    const other = await helper('Gina');
    expect((await ok<{ myRedemptions: { edges: unknown[] } }>(MY_REDEMPTIONS, {}, other.accessToken)).myRedemptions.edges).toEqual([]);
    expect(await errorOf(APPROVE, { id: three.id }, other.accessToken)).toMatchObject({ code: 'FORBIDDEN' });
  });
});
