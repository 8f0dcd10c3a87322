// Reviews end to end, on appointments booked, started and completed through the product: both
// sides review and each review stays with its author until the second one publishes both; a
// closed window publishes what was written; writing outside the window, about someone else's
// appointment, twice or with bad stars is a typed error with nothing written; operators hide and
// unhide with reasons kept; the helper's rating follows on the profile and in search ranking.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock, RequestContext } from '@quartier/platform';
import { ReviewService } from '@quartier/reviews';
import { createApprovedHelper, createMarketplaceTenant, createTestUser, EVERY_DAY, insertTestTenant, swissPlacesTsv, type MarketplaceTenant, type TestTenant, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const REVIEW_FIELDS = 'id appointmentId authorId authorRole authorName subjectId stars text createdAt publishedAt windowClosesAt hidden writtenByMe';
const MODERATED_FIELDS = `id appointmentId authorRole stars text publishedAt hidden hiddenAt hiddenBy hiddenReason reviewsPolicyVersion
  moderation { action reason actorId createdAt }`;
const WRITE = `mutation($appointmentId: ID!, $stars: Int!, $text: String) { writeReview(appointmentId: $appointmentId, stars: $stars, text: $text) { ${REVIEW_FIELDS} } }`;
const MINE = `query($after: String) { myReviews(first: 50, after: $after) { edges { node { ${REVIEW_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
const OF_HELPER = `query($helperId: ID!, $first: Int, $after: String) {
  helperReviews(helperId: $helperId, first: $first, after: $after) { edges { cursor node { id stars text authorName publishedAt } } pageInfo { hasNextPage endCursor } }
}`;
const SITE = `query($hidden: Boolean) { reviews(first: 100, hidden: $hidden) { edges { node { ${MODERATED_FIELDS} } } pageInfo { hasNextPage } } }`;
const HIDE = `mutation($id: ID!, $reason: String!) { hideReview(reviewId: $id, reason: $reason) { ${MODERATED_FIELDS} } }`;
const UNHIDE = `mutation($id: ID!, $reason: String!) { unhideReview(reviewId: $id, reason: $reason) { ${MODERATED_FIELDS} } }`;
const HELPER = `query($id: ID!) { helper(id: $id) { rating reviewCount } }`;
const OWN_PROFILE = `{ myHelperProfile { id rating reviewCount } }`;
const SEARCH = `query($serviceId: ID!) {
  searchHelpers(postalCode: "8001", serviceId: $serviceId, first: 20) { edges { node { helper { id } rating reviewCount score } } }
}`;

type GqlError = { message: string; extensions?: Record<string, unknown> };
type Review = {
  id: string;
  appointmentId: string;
  authorId: string;
  authorRole: string;
  authorName: string;
  subjectId: string;
  stars: number;
  text: string;
  publishedAt: string | null;
  windowClosesAt: string;
  hidden: boolean;
  writtenByMe: boolean;
};
type ModeratedReview = {
  id: string;
  hidden: boolean;
  hiddenBy: string | null;
  hiddenReason: string | null;
  publishedAt: string | null;
  reviewsPolicyVersion: number;
  moderation: { action: string; reason: string; actorId: string }[];
};
type PublicReview = { id: string; stars: number; text: string; authorName: string; publishedAt: string };

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

describe('reviews', () => {
  let api: TestApi;
  let tenant: MarketplaceTenant;
  let other: TestTenant;
  let operator: TestUser;
  let customer: TestUser;
  let stranger: TestUser;
  let serviceId: string;
  const helpers: Record<string, TestUser> = {};

  const gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => api.graphql<T>({ host: tenant.slug, query, variables, token });
  const ok = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const response = await gql<T>(query, variables, token);
    expect(response.errors).toBeUndefined();
    return response.data as T;
  };
  const errorOf = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await gql(query, variables, token);
    expect(response.data).toBeNull();
    return (response.errors as GqlError[])[0];
  };

  /** A helper at 8001 who offers the service at 40.00 an hour every day, approved by the site. */
  async function helper(name: string) {
    helpers[name] = await createApprovedHelper(api, tenant, { displayName: name, postalCode: '8001', radiusKm: 10, skills: [{ serviceId, priceMinor: 4000 }], weekdays: EVERY_DAY });
    return helpers[name];
  }

  /** An appointment booked by the customer, started and completed by the helper: the whole job through the product. */
  async function completedJob(helperName: string, by: TestUser = customer): Promise<string> {
    const id = await bookedJob(helperName, by);
    await ok(`mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`, { id }, helpers[helperName].accessToken);
    const done = await ok<{ completeAppointment: { status: string } }>(
      `mutation($id: ID!) { completeAppointment(appointmentId: $id, note: "All done") { status } }`,
      { id },
      helpers[helperName].accessToken,
    );
    expect(done.completeAppointment.status).toBe('COMPLETED');
    return id;
  }

  async function bookedJob(helperName: string, by: TestUser = customer): Promise<string> {
    const startsAt = new Date(Date.now() + 10 * MINUTE_MS).toISOString();
    const booked = await ok<{ bookSlot: { id: string } }>(
      `mutation($input: BookSlotInput!) { bookSlot(input: $input) { id } }`,
      { input: { helperId: helpers[helperName].id, serviceId, postalCode: '8001', startsAt } },
      by.accessToken,
    );
    return booked.bookSlot.id;
  }

  const write = (appointmentId: string, author: TestUser, stars: number, text?: string) => gql<{ writeReview: Review }>(WRITE, { appointmentId, stars, text }, author.accessToken);
  const written = async (appointmentId: string, author: TestUser, stars: number, text?: string) => {
    const response = await write(appointmentId, author, stars, text);
    expect(response.errors).toBeUndefined();
    return response.data!.writeReview;
  };
  const mine = async (user: TestUser) => (await ok<{ myReviews: { edges: { node: Review }[] } }>(MINE, {}, user.accessToken)).myReviews.edges.map((edge) => edge.node);
  const publicReviews = async (helperId: string) =>
    (await ok<{ helperReviews: { edges: { node: PublicReview }[] } }>(OF_HELPER, { helperId, first: 50 })).helperReviews.edges.map((edge) => edge.node);
  const ratingOf = async (helperId: string) => (await ok<{ helper: { rating: number | null; reviewCount: number } }>(HELPER, { id: helperId })).helper;
  const reviewRows = async (appointmentId: string) =>
    api.db.ownerQuery<{ author_id: string; published_at: Date | null }>(`select author_id, published_at from reviews where appointment_id = $1 order by created_at`, [appointmentId]);
  const outboxTypes = async (reviewIds: string[]) =>
    (await api.db.ownerQuery<{ type: string }>(`select type from outbox_events where aggregate_id = any($1::text[]) order by type`, [reviewIds])).map((row) => row.type);

  beforeAll(async () => {
    api = await startTestApi();
    tenant = await createMarketplaceTenant(api, { timezone: 'Europe/Zurich', places: swissPlacesTsv('8001', '8004') });
    other = await insertTestTenant(api.db);
    operator = tenant.admin;
    serviceId = await tenant.serviceId({ pricingMode: 'hourly', durationMinutes: 60 });
    customer = await createTestUser(api, tenant, { roles: ['customer'], displayName: 'Anna' });
    stranger = await createTestUser(api, tenant, { roles: ['customer'] });
    await helper('Bruno');
  });
  afterAll(async () => {
    await api.close();
  });

  it('keeps each review with its author until the other side wrote, then publishes both and rates the helper', async () => {
    const appointmentId = await completedJob('Bruno');
    const bruno = helpers.Bruno;

    const first = await written(appointmentId, customer, 5, '  Quick and friendly, the Wi-Fi reaches the garden now.  ');
    expect(first).toMatchObject({
      appointmentId,
      authorId: customer.id,
      authorRole: 'CUSTOMER',
      authorName: 'Anna',
      subjectId: bruno.id,
      stars: 5,
      text: 'Quick and friendly, the Wi-Fi reaches the garden now.',
      publishedAt: null,
      hidden: false,
      writtenByMe: true,
    });
    // The window is the default 14 days from completion.
    const [{ completed_at: completedAt }] = await api.db.ownerQuery<{ completed_at: Date }>(`select completed_at from appointments where id = $1`, [appointmentId]);
    expect(Date.parse(first.windowClosesAt) - completedAt.getTime()).toBe(14 * DAY_MS);

    // Double-blind: the helper, the public and the profile see nothing yet.
    expect((await mine(customer)).map((review) => review.id)).toEqual([first.id]);
    expect(await mine(bruno)).toEqual([]);
    expect(await publicReviews(bruno.id)).toEqual([]);
    expect(await ratingOf(bruno.id)).toEqual({ rating: null, reviewCount: 0 });

    const second = await written(appointmentId, bruno, 4, 'Clear instructions, coffee was great.');
    expect(second).toMatchObject({ authorRole: 'HELPER', authorName: 'Bruno', subjectId: customer.id, stars: 4, writtenByMe: true });
    expect(second.publishedAt).not.toBeNull();
    expect((await reviewRows(appointmentId)).every((row) => row.published_at?.getTime() === Date.parse(second.publishedAt!))).toBe(true);

    const seenByCustomer = await mine(customer);
    expect(seenByCustomer.map((review) => [review.id, review.writtenByMe])).toEqual([
      [second.id, false],
      [first.id, true],
    ]);
    expect(seenByCustomer.every((review) => review.publishedAt !== null)).toBe(true);
    expect((await mine(bruno)).map((review) => review.id)).toEqual([second.id, first.id]);
    expect(await mine(stranger)).toEqual([]);
    // Only the customer's review of the helper is public and counts towards the helper's rating.
    expect(await publicReviews(bruno.id)).toEqual([
      { id: first.id, stars: 5, text: 'Quick and friendly, the Wi-Fi reaches the garden now.', authorName: 'Anna', publishedAt: second.publishedAt },
    ]);
    expect(await ratingOf(bruno.id)).toEqual({ rating: 5, reviewCount: 1 });
    expect((await ok<{ myHelperProfile: { rating: number; reviewCount: number } }>(OWN_PROFILE, {}, bruno.accessToken)).myHelperProfile).toMatchObject({ rating: 5, reviewCount: 1 });
    expect(await outboxTypes([first.id, second.id])).toEqual(['review.published', 'review.published', 'review.submitted', 'review.submitted']);
  });

  it('publishes a lone review when its window closes, through the platform job and its clock', async () => {
    const helperUser = await helper('Carla');
    const appointmentId = await completedJob('Carla');
    const review = await written(appointmentId, customer, 3, 'Fine in the end');
    const clock = new FixedClock(new Date(review.windowClosesAt));
    const reviews = api.app.get(ReviewService);
    const system = RequestContext.system(tenant.id, 'review-publishing');

    clock.advance(-1000);
    await reviews.publishDue(system, clock.now());
    expect((await reviewRows(appointmentId))[0].published_at).toBeNull();
    expect(await publicReviews(helperUser.id)).toEqual([]);

    clock.advance(1000);
    expect(await reviews.publishDue(system, clock.now())).toBeGreaterThanOrEqual(1);
    expect((await reviewRows(appointmentId))[0].published_at?.toISOString()).toBe(review.windowClosesAt);
    expect((await publicReviews(helperUser.id)).map((seen) => [seen.id, seen.stars])).toEqual([[review.id, 3]]);
    expect(await ratingOf(helperUser.id)).toEqual({ rating: 3, reviewCount: 1 });
    expect(await reviews.publishDue(system, clock.now())).toBe(0);
    expect(await outboxTypes([review.id])).toEqual(['review.published', 'review.submitted']);

    const asUser = RequestContext.create({ tenantId: tenant.id, actor: { kind: 'user', userId: operator.id, sessionId: 'x' }, roles: ['operator_admin'] });
    await expect(reviews.publishDue(asUser, clock.now())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses reviews before completion and after the window with typed errors, writing nothing', async () => {
    const scheduled = await bookedJob('Bruno');
    const early = await errorOf(WRITE, { appointmentId: scheduled, stars: 5 }, customer.accessToken);
    expect(early.extensions).toMatchObject({ code: 'CONFLICT', field: 'appointmentId', detail: 'REVIEW_WINDOW_NOT_OPEN' });
    await ok(`mutation($id: ID!) { startAppointment(appointmentId: $id) { status } }`, { id: scheduled }, helpers.Bruno.accessToken);
    await ok(`mutation($id: ID!) { completeAppointment(appointmentId: $id) { status } }`, { id: scheduled }, helpers.Bruno.accessToken);

    // Fifteen days pass after completion; a later, longer window does not reopen it: the version
    // in force at completion (the defaults here, 14 days) decides.
    await api.db.ownerQuery(
      `update appointments set started_at = started_at - interval '15 days', completed_at = completed_at - interval '15 days' where id = $1`,
      [scheduled],
    );
    const updated = await gql<{ updatePolicy: { version: number } }>(
      `mutation($document: PolicyDocument!) { updatePolicy(kind: REVIEWS, document: $document) { version } }`,
      { document: { windowDays: 60, minTextLength: 0, maxTextLength: 2000 } },
      operator.accessToken,
    );
    expect(updated.errors).toBeUndefined();
    const late = await errorOf(WRITE, { appointmentId: scheduled, stars: 5, text: 'Late' }, customer.accessToken);
    expect(late.extensions).toMatchObject({ code: 'CONFLICT', field: 'appointmentId', detail: 'REVIEW_WINDOW_CLOSED' });
    const lateHelper = await errorOf(WRITE, { appointmentId: scheduled, stars: 5 }, helpers.Bruno.accessToken);
    expect(lateHelper.extensions).toMatchObject({ code: 'CONFLICT', detail: 'REVIEW_WINDOW_CLOSED' });
    expect(await reviewRows(scheduled)).toEqual([]);

    // Jobs completed from now on get the new version's 60 days.
    const later = await completedJob('Bruno');
    const [{ completed_at: completedAt }] = await api.db.ownerQuery<{ completed_at: Date }>(`select completed_at from appointments where id = $1`, [later]);
    const review = await written(later, helpers.Bruno, 5);
    expect(Date.parse(review.windowClosesAt) - completedAt.getTime()).toBe(60 * DAY_MS);
  });

  it('answers NOT_FOUND to non-participants and other sites, CONFLICT to a second review and BAD_USER_INPUT to bad stars or text', async () => {
    const appointmentId = await completedJob('Bruno', stranger);
    const notYours = await errorOf(WRITE, { appointmentId, stars: 5 }, customer.accessToken);
    const unknown = await errorOf(WRITE, { appointmentId: '0190a9c4-0000-7000-8000-000000000000', stars: 5 }, customer.accessToken);
    expect(notYours).toEqual(unknown);
    expect(notYours.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const otherCustomer = await createTestUser(api, other, { roles: ['customer'] });
    const elsewhere = await api.graphql({ host: other.slug, query: WRITE, variables: { appointmentId, stars: 5 }, token: otherCustomer.accessToken });
    expect((elsewhere.errors as GqlError[])[0].extensions).toMatchObject({ code: 'NOT_FOUND' });

    for (const stars of [0, 6]) {
      const bad = await errorOf(WRITE, { appointmentId, stars }, stranger.accessToken);
      expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stars' });
    }
    const tooLong = await errorOf(WRITE, { appointmentId, stars: 4, text: 'x'.repeat(2001) }, stranger.accessToken);
    expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(await reviewRows(appointmentId)).toEqual([]);

    const review = await written(appointmentId, stranger, 4, 'Good');
    const again = await errorOf(WRITE, { appointmentId, stars: 1, text: 'Changed my mind' }, stranger.accessToken);
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', detail: 'ALREADY_REVIEWED' });
    const rows = await api.db.ownerQuery<{ id: string; stars: number }>(`select id, stars from reviews where appointment_id = $1`, [appointmentId]);
    expect(rows).toEqual([{ id: review.id, stars: 4 }]);
  });

  it('lets operators hide and unhide a review with reasons kept, the rating following', async () => {
    const helperUser = await helper('Dario');
    const appointmentId = await completedJob('Dario');
    const bad = await written(appointmentId, customer, 1, 'Call me on 079 123 45 67, he was awful');
    await written(appointmentId, helperUser, 5, 'Lovely customer');
    const good = await written(await completedJob('Dario'), customer, 5, 'Great');
    await written(good.appointmentId, helperUser, 5, 'Thanks');
    expect(await ratingOf(helperUser.id)).toEqual({ rating: 3, reviewCount: 2 });

    const missingReason = await errorOf(HIDE, { id: bad.id, reason: '  ' }, operator.accessToken);
    expect(missingReason.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const byCustomer = await errorOf(HIDE, { id: bad.id, reason: 'No' }, customer.accessToken);
    expect(byCustomer.extensions).toMatchObject({ code: 'FORBIDDEN' });

    const hidden = await ok<{ hideReview: ModeratedReview }>(HIDE, { id: bad.id, reason: 'Contains a phone number' }, operator.accessToken);
    expect(hidden.hideReview).toMatchObject({ hidden: true, hiddenBy: operator.id, hiddenReason: 'Contains a phone number' });
    expect(await ratingOf(helperUser.id)).toEqual({ rating: 5, reviewCount: 1 });
    expect((await publicReviews(helperUser.id)).map((review) => review.id)).toEqual([good.id]);
    const authorView = (await mine(customer)).find((review) => review.id === bad.id);
    expect(authorView).toMatchObject({ hidden: true });
    expect((await mine(helperUser)).map((review) => review.id)).not.toContain(bad.id);
    const twice = await errorOf(HIDE, { id: bad.id, reason: 'Again' }, operator.accessToken);
    expect(twice.extensions).toMatchObject({ code: 'CONFLICT', detail: 'ALREADY_HIDDEN' });

    const listed = await ok<{ reviews: { edges: { node: ModeratedReview }[] } }>(SITE, { hidden: true }, operator.accessToken);
    expect(listed.reviews.edges.map((edge) => edge.node.id)).toEqual([bad.id]);

    const shown = await ok<{ unhideReview: ModeratedReview }>(UNHIDE, { id: bad.id, reason: 'The customer removed the number by phone' }, operator.accessToken);
    expect(shown.unhideReview).toMatchObject({ hidden: false, hiddenBy: null, hiddenReason: null });
    expect(shown.unhideReview.moderation).toEqual([
      expect.objectContaining({ action: 'HIDDEN', reason: 'Contains a phone number', actorId: operator.id }),
      expect.objectContaining({ action: 'UNHIDDEN', reason: 'The customer removed the number by phone', actorId: operator.id }),
    ]);
    expect(await ratingOf(helperUser.id)).toEqual({ rating: 3, reviewCount: 2 });
    const notHidden = await errorOf(UNHIDE, { id: bad.id, reason: 'Again' }, operator.accessToken);
    expect(notHidden.extensions).toMatchObject({ code: 'CONFLICT', detail: 'NOT_HIDDEN' });
    expect(await outboxTypes([bad.id])).toEqual(['review.hidden', 'review.published', 'review.submitted', 'review.unhidden']);

    // Operators also see what is not published yet, which the public never does.
    const pending = await written(await completedJob('Dario'), customer, 2, 'Not yet visible');
    const all = await ok<{ reviews: { edges: { node: ModeratedReview }[] } }>(SITE, {}, operator.accessToken);
    expect(all.reviews.edges.find((edge) => edge.node.id === pending.id)?.node).toMatchObject({ publishedAt: null, hidden: false });
    expect((await publicReviews(helperUser.id)).map((review) => review.id)).not.toContain(pending.id);
  });

  it('pages a helper’s public reviews newest first, and refuses helpers the public cannot see', async () => {
    const helperUser = await helper('Elena');
    const ids: string[] = [];
    for (const stars of [4, 5, 3]) {
      const appointmentId = await completedJob('Elena');
      ids.push((await written(appointmentId, customer, stars, `${stars} stars`)).id);
      await written(appointmentId, helperUser, 5);
    }
    const firstPage = await ok<{ helperReviews: { edges: { node: PublicReview }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(OF_HELPER, {
      helperId: helperUser.id,
      first: 2,
    });
    const secondPage = await ok<{ helperReviews: { edges: { node: PublicReview }[]; pageInfo: { hasNextPage: boolean } } }>(OF_HELPER, {
      helperId: helperUser.id,
      first: 2,
      after: firstPage.helperReviews.pageInfo.endCursor,
    });
    expect([...firstPage.helperReviews.edges, ...secondPage.helperReviews.edges].map((edge) => edge.node.id)).toEqual([...ids].reverse());
    expect([firstPage.helperReviews.pageInfo.hasNextPage, secondPage.helperReviews.pageInfo.hasNextPage]).toEqual([true, false]);
    expect(await ratingOf(helperUser.id)).toEqual({ rating: 4, reviewCount: 3 });

    await api.db.ownerQuery(`update helper_profiles set status = 'suspended' where tenant_id = $1 and user_id = $2`, [tenant.id, helperUser.id]);
    const suspended = await errorOf(OF_HELPER, { helperId: helperUser.id });
    expect(suspended.extensions).toMatchObject({ code: 'NOT_FOUND' });
    await api.db.ownerQuery(`update helper_profiles set status = 'approved' where tenant_id = $1 and user_id = $2`, [tenant.id, helperUser.id]);
  });

  it('ranks helpers in search by their rating: better reviewed first, equals by id', async () => {
    const pair = [await helper('Fritz'), await helper('Greta')].sort((a, b) => a.id.localeCompare(b.id));
    const order = async () => {
      const found = await ok<{ searchHelpers: { edges: { node: { helper: { id: string }; rating: number | null; reviewCount: number } }[] } }>(SEARCH, { serviceId });
      return found.searchHelpers.edges.map((edge) => edge.node).filter((node) => pair.some((user) => user.id === node.helper.id));
    };
    // Same place and price, no reviews: equal scores, ordered by id.
    expect((await order()).map((node) => [node.helper.id, node.rating, node.reviewCount])).toEqual(pair.map((user) => [user.id, null, 0]));

    const [low, high] = pair;
    const lowName = Object.keys(helpers).find((name) => helpers[name].id === low.id)!;
    const highName = Object.keys(helpers).find((name) => helpers[name].id === high.id)!;
    for (const [name, user, stars] of [[lowName, low, 2], [highName, high, 5]] as const) {
      const appointmentId = await completedJob(name);
      await written(appointmentId, customer, stars, 'Rated');
      await written(appointmentId, user, 5);
    }
    expect((await order()).map((node) => [node.helper.id, node.rating, node.reviewCount])).toEqual([
      [high.id, 5, 1],
      [low.id, 2, 1],
    ]);
  });
});
