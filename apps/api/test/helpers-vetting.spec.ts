// Helpers and vetting end to end: a helper signs up, fills the profile and skills within the site's
// pricing bounds, hands in every vetting step; operators approve, reject, suspend and reinstate;
// an expired step sends an approved helper back to review. Customers see approved helpers only.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { VettingService } from '@quartier/helpers';
import { RequestContext } from '@quartier/platform';
import { TenantPolicyService, TenantProvisioningService } from '@quartier/tenancy';
import { createTestUser, insertTestTenant, type TestTenant, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const PROFILE_FIELDS = 'id displayName photoUrl bio languages status serviceArea { countryCode postalCode placeNames radiusKm } skills { serviceId pricingMode priceMinor currency }';
const PROGRESS_FIELDS = 'helperId status vettingPolicyVersion suspensionReason steps { key required status evidenceUrl evidenceText reviewerId decisionNote expiresAt }';
const UPDATE_PROFILE = `mutation($input: UpdateHelperProfileInput!) { updateMyHelperProfile(input: $input) { ${PROFILE_FIELDS} } }`;
const SET_SKILLS = `mutation($skills: [HelperSkillInput!]!) { setMySkills(skills: $skills) { ${PROFILE_FIELDS} } }`;
const SUBMIT = `mutation($key: String!, $evidence: VettingEvidenceInput!) { submitVettingStep(stepKey: $key, evidence: $evidence) { ${PROGRESS_FIELDS} } }`;
const DECIDE = `mutation($helperId: ID!, $key: String!, $decision: VettingDecision!, $note: String) {
  decideVettingStep(helperId: $helperId, stepKey: $key, decision: $decision, note: $note) { ${PROGRESS_FIELDS} } }`;
const PUBLIC_HELPER = `query($id: ID!) { helper(id: $id) { id displayName bio languages badgeName serviceArea { postalCode placeNames radiusKm } skills { serviceId pricingMode priceMinor currency } } }`;
const QUEUE = `{ vettingQueue(first: 50) { edges { node { ${PROGRESS_FIELDS} } } pageInfo { hasNextPage } } }`;

type Progress = { helperId: string; status: string; vettingPolicyVersion: number; suspensionReason: string | null; steps: { key: string; required: boolean; status: string; reviewerId: string | null; decisionNote: string | null; expiresAt: string | null }[] };
type GqlError = { message: string; extensions?: Record<string, unknown> };

const STEP_KEYS = ['identity', 'criminal-record', 'interview', 'skills'];

describe('helpers and vetting', () => {
  let api: TestApi;
  let tenant: TestTenant;
  let operator: TestUser;
  let customer: TestUser;
  let hourly: { id: string };
  let fixed: { id: string; fixed_price_minor: number; estimated_duration_minutes: number };

  beforeAll(async () => {
    api = await startTestApi();
    tenant = await insertTestTenant(api.db);
    await api.db.ownerQuery(`update tenants set provisioned_at = null where id = $1`, [tenant.id]);
    const system = RequestContext.system(tenant.id, 'test');
    await api.app.get(TenantProvisioningService).provision(system);
    await api.app.get(TenantPolicyService).updateBranding(system, { badgeName: 'Alpine Friend' });
    await api.db.ownerQuery(
      `insert into postal_codes (tenant_id, country_code, postal_code, latitude, longitude, place_names, admin1_code)
       values ($1, 'CH', '8001', 47.3721, 8.5417, '{Zürich}', 'ZH')`,
      [tenant.id],
    );
    [hourly] = await api.db.ownerQuery<{ id: string }>(`select id from services where tenant_id = $1 and pricing_mode = 'hourly' order by slug limit 1`, [tenant.id]);
    [fixed] = await api.db.ownerQuery<{ id: string; fixed_price_minor: number; estimated_duration_minutes: number }>(
      `select id, fixed_price_minor, estimated_duration_minutes from services where tenant_id = $1 and pricing_mode = 'fixed' order by slug limit 1`,
      [tenant.id],
    );
    operator = await createTestUser(api, tenant, { roles: ['operator_agent'] });
    customer = await createTestUser(api, tenant, { roles: ['customer'] });
  });
  afterAll(async () => {
    await api.close();
  });

  const gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => api.graphql<T>({ host: tenant.slug, query, variables, token });
  const count = async (table: string, helperId: string) =>
    Number((await api.db.ownerQuery<{ n: string }>(`select count(*) as n from ${table} where tenant_id = $1 and helper_id = $2`, [tenant.id, helperId]))[0].n);
  const statusOf = async (helperId: string) =>
    (await api.db.ownerQuery<{ status: string }>(`select status from helper_profiles where tenant_id = $1 and user_id = $2`, [tenant.id, helperId]))[0]?.status;

  async function submitAll(helper: TestUser): Promise<Progress> {
    let progress: Progress | undefined;
    for (const key of STEP_KEYS) {
      const response = await gql<{ submitVettingStep: Progress }>(SUBMIT, { key, evidence: { url: `https://docs.example/${key}.pdf`, text: `${key} evidence` } }, helper.accessToken);
      expect(response.errors).toBeUndefined();
      progress = response.data!.submitVettingStep;
    }
    return progress!;
  }

  async function decide(helperId: string, key: string, decision: 'APPROVE' | 'REJECT', note?: string) {
    return gql<{ decideVettingStep: Progress }>(DECIDE, { helperId, key, decision, note }, operator.accessToken);
  }

  /** A helper with a complete profile and every step approved. */
  async function approvedHelper(): Promise<TestUser> {
    const helper = await createTestUser(api, tenant, { roles: ['helper'] });
    await gql(UPDATE_PROFILE, { input: { homePostalCode: { countryCode: 'CH', code: '8001' }, serviceRadiusKm: 10 } }, helper.accessToken);
    await submitAll(helper);
    for (const key of STEP_KEYS) expect((await decide(helper.id, key, 'APPROVE')).errors).toBeUndefined();
    expect(await statusOf(helper.id)).toBe('approved');
    return helper;
  }

  it('takes a helper from sign-up to approved, shown publicly with the site badge', async () => {
    const helper = await createTestUser(api, tenant, { roles: ['helper'], displayName: 'Anna Muster' });
    const before = await gql<{ myHelperProfile: unknown }>(`{ myHelperProfile { id } }`, {}, helper.accessToken);
    expect(before.data).toEqual({ myHelperProfile: null });

    const saved = await gql<{ updateMyHelperProfile: Record<string, unknown> }>(
      UPDATE_PROFILE,
      {
        input: {
          bio: 'Ich montiere Lampen.',
          photoUrl: 'https://cdn.example/anna.jpg',
          languages: ['de', 'EN', 'de'],
          homePostalCode: { countryCode: 'ch', code: '8001' },
          serviceRadiusKm: 15,
        },
      },
      helper.accessToken,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateMyHelperProfile).toMatchObject({
      id: helper.id,
      displayName: 'Anna Muster',
      languages: ['de', 'en'],
      status: 'APPLICANT',
      serviceArea: { countryCode: 'CH', postalCode: '8001', placeNames: ['Zürich'], radiusKm: 15 },
    });

    const outOfBounds = await gql(SET_SKILLS, { skills: [{ serviceId: fixed.id }, { serviceId: hourly.id, priceMinor: 999_999 }] }, helper.accessToken);
    expect(outOfBounds.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'skills.1.priceMinor' });
    expect(await count('helper_skills', helper.id)).toBe(0);

    const skills = await gql<{ setMySkills: { skills: unknown[] } }>(
      SET_SKILLS,
      { skills: [{ serviceId: hourly.id, priceMinor: 4200 }, { serviceId: fixed.id }] },
      helper.accessToken,
    );
    expect(skills.errors).toBeUndefined();
    expect(skills.data!.setMySkills.skills).toEqual([
      { serviceId: hourly.id, pricingMode: 'HOURLY', priceMinor: 4200, currency: 'CHF' },
      { serviceId: fixed.id, pricingMode: 'FIXED', priceMinor: fixed.fixed_price_minor, currency: 'CHF' },
    ]);

    const hidden = await gql<{ helper: unknown }>(PUBLIC_HELPER, { id: helper.id });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const inReview = await submitAll(helper);
    expect(inReview.status).toBe('IN_REVIEW');
    expect(inReview.vettingPolicyVersion).toBe(1);
    expect(inReview.steps.map((step) => [step.key, step.status])).toEqual(STEP_KEYS.map((key) => [key, 'SUBMITTED']));

    const queue = await gql<{ vettingQueue: { edges: { node: Progress }[] } }>(QUEUE, {}, operator.accessToken);
    expect(queue.data!.vettingQueue.edges.map((edge) => edge.node.helperId)).toContain(helper.id);

    let last: Progress | undefined;
    for (const key of STEP_KEYS) {
      const decided = await decide(helper.id, key, 'APPROVE', 'Looks good');
      expect(decided.errors).toBeUndefined();
      last = decided.data!.decideVettingStep;
      expect(last.status).toBe(key === STEP_KEYS.at(-1) ? 'APPROVED' : 'IN_REVIEW');
    }
    expect(last!.steps.every((step) => step.reviewerId === operator.id && step.status === 'APPROVED')).toBe(true);
    expect(last!.steps.find((step) => step.key === 'criminal-record')?.expiresAt).not.toBeNull();
    expect(last!.steps.find((step) => step.key === 'identity')?.expiresAt).toBeNull();

    const shown = await gql<{ helper: Record<string, unknown> }>(PUBLIC_HELPER, { id: helper.id });
    expect(shown.errors).toBeUndefined();
    expect(shown.data!.helper).toEqual({
      id: helper.id,
      displayName: 'Anna Muster',
      bio: 'Ich montiere Lampen.',
      languages: ['de', 'en'],
      badgeName: 'Alpine Friend',
      serviceArea: { postalCode: '8001', placeNames: ['Zürich'], radiusKm: 15 },
      skills: [
        { serviceId: hourly.id, pricingMode: 'HOURLY', priceMinor: 4200, currency: 'CHF' },
        { serviceId: fixed.id, pricingMode: 'FIXED', priceMinor: fixed.fixed_price_minor, currency: 'CHF' },
      ],
    });
    const events = await api.db.ownerQuery<{ type: string }>(
      `select type from outbox_events where tenant_id = $1 and aggregate_id = $2 and type in ('helper.vetting_submitted', 'helper.vetting_approved') order by type`,
      [tenant.id, helper.id],
    );
    expect(events.map((event) => event.type)).toEqual(['helper.vetting_approved', 'helper.vetting_submitted']);
  });

  it.each([
    ['a photo URL that is not http(s)', { photoUrl: 'ftp://cdn.example/a.jpg' }, 'photoUrl', 'BAD_USER_INPUT'],
    ['a radius of 0 km', { serviceRadiusKm: 0 }, 'serviceRadiusKm', 'BAD_USER_INPUT'],
    ['a radius of 101 km', { serviceRadiusKm: 101 }, 'serviceRadiusKm', 'BAD_USER_INPUT'],
    ['a postal code the site does not have', { homePostalCode: { countryCode: 'CH', code: '9999' } }, 'homePostalCode', 'BAD_USER_INPUT'],
    ['a language that is no ISO code', { languages: ['deutsch'] }, 'languages.0', 'BAD_USER_INPUT'],
  ])('refuses %s naming the field, and writes nothing', async (_case, input, field, code) => {
    const helper = await createTestUser(api, tenant, { roles: ['helper'] });
    const response = await gql(UPDATE_PROFILE, { input }, helper.accessToken);
    expect(response.errors?.[0].extensions).toMatchObject({ code, field });
    expect(await statusOf(helper.id)).toBeUndefined();
  });

  it('refuses a service of another site and an hourly service without a rate, writing nothing', async () => {
    const helper = await createTestUser(api, tenant, { roles: ['helper'] });
    const other = await insertTestTenant(api.db);
    await api.db.ownerQuery(`update tenants set provisioned_at = null where id = $1`, [other.id]);
    await api.app.get(TenantProvisioningService).provision(RequestContext.system(other.id, 'test'));
    const [foreign] = await api.db.ownerQuery<{ id: string }>(`select id from services where tenant_id = $1 limit 1`, [other.id]);
    const response = await gql(SET_SKILLS, { skills: [{ serviceId: foreign.id, priceMinor: 4000 }] }, helper.accessToken);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'skills.0.serviceId' });
    const missingRate = await gql(SET_SKILLS, { skills: [{ serviceId: hourly.id }] }, helper.accessToken);
    expect(missingRate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'skills.0.priceMinor' });
    expect(await statusOf(helper.id)).toBeUndefined();
  });

  it('rejects the helper when a step is rejected, and refuses further decisions', async () => {
    const helper = await createTestUser(api, tenant, { roles: ['helper'] });
    await submitAll(helper);
    const withoutNote = await decide(helper.id, 'interview', 'REJECT');
    expect(withoutNote.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const rejected = await decide(helper.id, 'interview', 'REJECT', 'Did not show up');
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data!.decideVettingStep.status).toBe('REJECTED');
    expect(rejected.data!.decideVettingStep.steps.find((step) => step.key === 'interview')).toMatchObject({ status: 'REJECTED', decisionNote: 'Did not show up' });

    const afterwards = await decide(helper.id, 'identity', 'APPROVE');
    expect(afterwards.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', from: 'rejected' });
    const resubmit = await gql(SUBMIT, { key: 'identity', evidence: { text: 'again' } }, helper.accessToken);
    expect(resubmit.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', from: 'rejected' });
    expect(await statusOf(helper.id)).toBe('rejected');
    expect((await gql(PUBLIC_HELPER, { id: helper.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('hides a suspended helper exactly like an unknown id and shows them again when reinstated', async () => {
    const helper = await approvedHelper();
    const reinstateApproved = await gql(`mutation($id: ID!) { reinstateHelper(helperId: $id) { status } }`, { id: helper.id }, operator.accessToken);
    expect(reinstateApproved.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', from: 'approved', event: 'reinstated' });

    const suspended = await gql<{ suspendHelper: Progress }>(
      `mutation($id: ID!) { suspendHelper(helperId: $id, reason: "Complaints") { ${PROGRESS_FIELDS} } }`,
      { id: helper.id },
      operator.accessToken,
    );
    expect(suspended.data?.suspendHelper).toMatchObject({ status: 'SUSPENDED', suspensionReason: 'Complaints' });
    const hidden = await gql(PUBLIC_HELPER, { id: helper.id });
    const unknown = await gql(PUBLIC_HELPER, { id: '0190f0a0-0000-7000-8000-000000000000' });
    expect(hidden.data).toBeNull();
    expect(hidden.errors?.map((error: GqlError) => [error.message, error.extensions?.code])).toEqual(
      unknown.errors?.map((error: GqlError) => [error.message, error.extensions?.code]),
    );

    const reinstated = await gql<{ reinstateHelper: Progress }>(`mutation($id: ID!) { reinstateHelper(helperId: $id) { ${PROGRESS_FIELDS} } }`, { id: helper.id }, operator.accessToken);
    expect(reinstated.data?.reinstateHelper).toMatchObject({ status: 'APPROVED', suspensionReason: null });
    expect((await gql<{ helper: { id: string } }>(PUBLIC_HELPER, { id: helper.id })).data?.helper.id).toBe(helper.id);
  });

  it('sends an approved helper back to review when a step expires, until it is approved again', async () => {
    const helper = await approvedHelper();
    await api.db.ownerQuery(
      `update vetting_steps set expires_at = now() - interval '1 minute' where tenant_id = $1 and helper_id = $2 and step_key = 'criminal-record'`,
      [tenant.id, helper.id],
    );
    const result = await api.app.get(VettingService).expireSteps(RequestContext.system(tenant.id, 'vetting-expiry'));
    expect(result).toEqual({ expiredSteps: 1, helpersSentBack: 1 });

    const progress = await gql<{ myVettingProgress: Progress }>(`{ myVettingProgress { ${PROGRESS_FIELDS} } }`, {}, helper.accessToken);
    expect(progress.data!.myVettingProgress.status).toBe('IN_REVIEW');
    expect(progress.data!.myVettingProgress.steps.find((step) => step.key === 'criminal-record')?.status).toBe('PENDING');
    expect((await gql(PUBLIC_HELPER, { id: helper.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    await gql(SUBMIT, { key: 'criminal-record', evidence: { url: 'https://docs.example/new.pdf' } }, helper.accessToken);
    const again = await decide(helper.id, 'criminal-record', 'APPROVE');
    expect(again.data?.decideVettingStep.status).toBe('APPROVED');
    expect(await count('vetting_steps', helper.id)).toBe(STEP_KEYS.length);
  });

  it('keeps the vetting policy version a helper started with when the policy changes', async () => {
    const helper = await createTestUser(api, tenant, { roles: ['helper'] });
    await gql(UPDATE_PROFILE, { input: { bio: 'Early' } }, helper.accessToken);
    await api.app.get(TenantPolicyService).update(RequestContext.system(tenant.id, 'test'), {
      kind: 'vetting',
      document: { steps: [{ key: 'identity', name: { de: 'Ausweis', fr: 'Identité', it: 'Identità', en: 'Identity' }, evidence: 'identity_document', required: true, expiryDays: null }] },
    });
    const progress = await gql<{ myVettingProgress: Progress }>(`{ myVettingProgress { ${PROGRESS_FIELDS} } }`, {}, helper.accessToken);
    expect(progress.data!.myVettingProgress.vettingPolicyVersion).toBe(1);
    expect(progress.data!.myVettingProgress.steps.map((step) => step.key)).toEqual(STEP_KEYS);

    const newcomer = await createTestUser(api, tenant, { roles: ['helper'] });
    const started = await gql<{ submitVettingStep: Progress }>(SUBMIT, { key: 'identity', evidence: { text: 'ID' } }, newcomer.accessToken);
    expect(started.data!.submitVettingStep).toMatchObject({ vettingPolicyVersion: 2, steps: [expect.objectContaining({ key: 'identity' })] });
  });

  it('pages the vetting queue one helper at a time, each in-review helper exactly once', async () => {
    const waiting = [await createTestUser(api, tenant, { roles: ['helper'] }), await createTestUser(api, tenant, { roles: ['helper'] })];
    for (const helper of waiting) await gql(SUBMIT, { key: 'identity', evidence: { text: 'ID' } }, helper.accessToken);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const response: { data: { vettingQueue: { edges: { node: { helperId: string; status: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null } =
        await gql(`query($after: String) { vettingQueue(first: 1, after: $after) { edges { node { helperId status } } pageInfo { hasNextPage endCursor } } }`, { after }, operator.accessToken);
      const queue = response.data!.vettingQueue;
      seen.push(...queue.edges.map((edge) => edge.node.helperId));
      expect(queue.edges.every((edge) => edge.node.status === 'IN_REVIEW')).toBe(true);
      if (!queue.pageInfo.hasNextPage) break;
      after = queue.pageInfo.endCursor;
    }
    const inReview = await api.db.ownerQuery<{ user_id: string }>(`select user_id from helper_profiles where tenant_id = $1 and status = 'in_review'`, [tenant.id]);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(inReview.map((row) => row.user_id).sort());
    expect(seen).toEqual(expect.arrayContaining(waiting.map((helper) => helper.id)));

    const malformed = await gql(`{ vettingQueue(first: 1, after: "bm9wZQ") { pageInfo { hasNextPage } } }`, {}, operator.accessToken);
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('lets neither customers nor helpers decide steps or suspend', async () => {
    const helper = await createTestUser(api, tenant, { roles: ['helper'] });
    await gql(SUBMIT, { key: 'identity', evidence: { text: 'ID' } }, helper.accessToken);
    await gql(SUBMIT, { key: 'interview', evidence: { text: 'Met' } }, helper.accessToken);
    expect((await decide(helper.id, 'identity', 'APPROVE')).errors).toBeUndefined();
    for (const token of [customer.accessToken, helper.accessToken]) {
      const decided = await gql(DECIDE, { helperId: helper.id, key: 'interview', decision: 'APPROVE' }, token);
      expect(decided.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const suspend = await gql(`mutation($id: ID!) { suspendHelper(helperId: $id, reason: "x") { status } }`, { id: helper.id }, token);
      expect(suspend.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const steps = await api.db.ownerQuery<{ step_key: string; status: string }>(
      `select step_key, status from vetting_steps where tenant_id = $1 and helper_id = $2 and status = 'approved'`,
      [tenant.id, helper.id],
    );
    expect(steps.map((step) => step.step_key)).toEqual(['identity']);
  });
});
