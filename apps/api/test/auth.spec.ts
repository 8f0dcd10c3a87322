// Authentication end to end: token checks answer HTTP 401, refresh tokens rotate and a reused one
// ends its whole session, logout is immediate, login attempts are rate-limited, operators join by
// invitation, and platform admins have their own sessions.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PlatformAdminsService } from '@quartier/identity';
import { createTestPlatformAdmin, createTestUser, insertTestTenant, readInvitationToken, type TestTenant, type TestUser } from '@quartier/testing';
import { startTestApi, type TestApi } from './test-api.js';

const SESSION = 'accessToken refreshToken userId roles';
const VIEWER = '{ viewer { id email roles } }';

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function signHs256(secret: string, claims: Record<string, unknown>): string {
  const unsigned = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

function decodePayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('authentication', () => {
  let api: TestApi;
  let alpine: TestTenant;
  let nordhaus: TestTenant;
  let customer: TestUser;

  beforeAll(async () => {
    api = await startTestApi();
    alpine = await insertTestTenant(api.db, { name: 'Alpine Telecom' });
    nordhaus = await insertTestTenant(api.db, { name: 'Nordhaus Living' });
    customer = await createTestUser(api, alpine);
  });
  afterAll(async () => {
    await api.close();
  });

  const refresh = (host: string, refreshToken: string) =>
    api.graphql<{ refreshSession: { accessToken: string; refreshToken: string } }>({
      host,
      query: `mutation($t: String!) { refreshSession(refreshToken: $t) { ${SESSION} } }`,
      variables: { t: refreshToken },
    });

  const logIn = (host: string, email: string, password: string) =>
    api.graphql<{ logIn: { accessToken: string } }>({
      host,
      query: `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { ${SESSION} } }`,
      variables: { e: email, p: password },
    });

  describe('access tokens', () => {
    it('accepts a valid token on its own tenant', async () => {
      const result = await api.graphql<{ viewer: { id: string; email: string; roles: string[] } }>({
        host: alpine.slug,
        token: customer.accessToken,
        query: VIEWER,
      });
      expect(result.status).toBe(200);
      expect(result.data?.viewer).toEqual({ id: customer.id, email: customer.email, roles: ['CUSTOMER'] });
    });

    it.each([
      ['alg none', () => {
        const claims = decodePayload(customer.accessToken);
        return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
      }],
      ['expired', () => {
        const claims = decodePayload(customer.accessToken);
        const now = Math.floor(Date.now() / 1000);
        return signHs256(api.db.config.JWT_SECRET, { ...claims, iat: now - 3600, exp: now - 1800 });
      }],
      ['for another audience', () => {
        const claims = decodePayload(customer.accessToken);
        return signHs256(api.db.config.JWT_SECRET, { ...claims, aud: 'quartier:platform' });
      }, 'TENANT_MISMATCH'],
      ['wrong issuer', () => {
        const claims = decodePayload(customer.accessToken);
        return signHs256(api.db.config.JWT_SECRET, { ...claims, iss: 'someone-else' });
      }],
      ['tampered payload', () => {
        const [header, , signature] = customer.accessToken.split('.');
        const claims = decodePayload(customer.accessToken);
        return `${header}.${base64url({ ...claims, roles: ['operator_admin'] })}.${signature}`;
      }],
      ['signed with another secret', () => signHs256('not-the-secret-of-this-deployment-000000', decodePayload(customer.accessToken))],
    ] as [string, () => string, string?][])('answers HTTP 401 for a token that is %s', async (_label, forge, code = 'UNAUTHENTICATED') => {
      const result = await api.graphql({ host: alpine.slug, token: forge(), query: VIEWER });
      expect(result.status).toBe(401);
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe(code);
      expect(JSON.stringify(result.errors)).not.toMatch(/stack|at .*\.ts/);
    });

    it("refuses tenant A's token on tenant B's host with 401 TENANT_MISMATCH, even for a public operation", async () => {
      for (const query of [VIEWER, '{ currentTenant { name } }']) {
        const result = await api.graphql({ host: nordhaus.slug, token: customer.accessToken, query });
        expect(result.status).toBe(401);
        expect(result.errors?.[0].extensions?.code).toBe('TENANT_MISMATCH');
      }
    });

    it("refuses a tenant user's token on the platform endpoint with 401", async () => {
      const result = await api.platformGraphql({ token: customer.accessToken, query: '{ platformViewer { id } }' });
      expect(result.status).toBe(401);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('asks for a token when an operation is not public', async () => {
      const result = await api.graphql({ host: alpine.slug, query: VIEWER });
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.data).toBeNull();
    });
  });

  describe('passwords', () => {
    it('stores argon2id hashes with at least m=19456, t=2, p=1', async () => {
      const [user] = await api.db.ownerQuery<{ password_hash: string }>(`select password_hash from users where id = $1`, [customer.id]);
      const { id } = await api.app.get(PlatformAdminsService).create({
        email: 'ops@quartier.test',
        password: 'correct horse battery staple',
        displayName: 'Ops',
      });
      const [admin] = await api.db.ownerQuery<{ password_hash: string }>(`select password_hash from platform_admins where id = $1`, [id]);
      for (const hash of [user.password_hash, admin.password_hash]) {
        // PHC string: $argon2id$v=19$m=…,t=…,p=…$salt$hash (parameter order varies by library version).
        const [, algorithm, , parameters] = hash.split('$');
        expect(algorithm).toBe('argon2id');
        const params = Object.fromEntries(parameters.split(',').map((pair) => pair.split('=')).map(([key, value]) => [key, Number(value)]));
        expect(params.m).toBeGreaterThanOrEqual(19_456);
        expect(params.t).toBeGreaterThanOrEqual(2);
        expect(params.p).toBeGreaterThanOrEqual(1);
        expect(hash).not.toContain(customer.password);
      }
    });

    it('creates a platform admin once per email (case-insensitive)', async () => {
      const admins = api.app.get(PlatformAdminsService);
      const first = await admins.create({ email: 'twice@quartier.test', password: 'a long enough password', displayName: 'Twice' });
      const again = await admins.create({ email: 'TWICE@quartier.test', password: 'another long password', displayName: 'Again' });
      expect(first.created).toBe(true);
      expect(again).toEqual({ id: first.id, created: false });
    });
  });

  describe('sign-up', () => {
    const signUp = (variables: Record<string, unknown>) =>
      api.graphql<{ signUp: { userId: string; roles: string[] } }>({
        host: alpine.slug,
        query: `mutation($email: String!, $password: String!, $name: String!, $role: SignUpRole!) {
          signUp(email: $email, password: $password, displayName: $name, role: $role) { ${SESSION} } }`,
        variables: { name: 'Nina', role: 'CUSTOMER', ...variables },
      });

    it.each([
      ['a malformed email', { email: 'not-an-email', password: 'long enough password' }, 'email'],
      ['a short password', { email: 'short@example.test', password: 'short' }, 'password'],
      ['a too long password', { email: 'long@example.test', password: 'x'.repeat(257) }, 'password'],
      ['the email as password', { email: 'same.as.email@example.test', password: 'same.as.email@example.test' }, 'password'],
      ['an empty name', { email: 'noname@example.test', password: 'long enough password', name: '  ' }, 'displayName'],
    ])('refuses %s, naming the field and writing nothing', async (_label, variables, field) => {
      const before = await api.db.ownerQuery<{ users: string; events: string }>(
        `select (select count(*) from users) as users, (select count(*) from outbox_events) as events`,
      );
      const result = await signUp(variables);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.data).toBeNull();
      const after = await api.db.ownerQuery(`select (select count(*) from users) as users, (select count(*) from outbox_events) as events`);
      expect(after).toEqual(before);
    });

    it('signs up a helper applicant with the helper role', async () => {
      const result = await signUp({ email: 'helper.applicant@example.test', password: 'long enough password', role: 'HELPER' });
      expect(result.data?.signUp.roles).toEqual(['HELPER']);
    });

    it('refuses an email already taken in the tenant, whatever its case, but not in another tenant', async () => {
      const taken = await signUp({ email: customer.email.toUpperCase(), password: 'long enough password' });
      expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email', reason: 'EMAIL_TAKEN' });
      const elsewhere = await api.graphql<{ signUp: { userId: string } }>({
        host: nordhaus.slug,
        query: `mutation($e: String!) { signUp(email: $e, password: "long enough password", displayName: "Nina") { userId } }`,
        variables: { e: customer.email },
      });
      expect(elsewhere.data?.signUp.userId).toEqual(expect.any(String));
      expect(elsewhere.data?.signUp.userId).not.toBe(customer.id);
    });
  });

  describe('sessions', () => {
    it('logs in with the right password only, with the same answer for an unknown email', async () => {
      const user = await createTestUser(api, alpine);
      const good = await logIn(alpine.slug, user.email.toUpperCase(), user.password);
      expect(good.data?.logIn.accessToken).toEqual(expect.any(String));
      const wrong = await logIn(alpine.slug, user.email, 'wrong password!!');
      const unknown = await logIn(alpine.slug, 'nobody@example.test', 'wrong password!!');
      expect(wrong.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
      expect(unknown.errors?.[0]).toEqual({ ...wrong.errors?.[0], path: ['logIn'] });
      const otherTenant = await logIn(nordhaus.slug, user.email, user.password);
      expect(otherTenant.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    });

    it('rotates refresh tokens: each one works once and gives a working pair', async () => {
      const user = await createTestUser(api, alpine);
      const first = await refresh(alpine.slug, user.refreshToken);
      const pair = first.data!.refreshSession;
      expect(pair.refreshToken).not.toBe(user.refreshToken);
      const viewer = await api.graphql<{ viewer: { id: string } }>({ host: alpine.slug, token: pair.accessToken, query: VIEWER });
      expect(viewer.data?.viewer.id).toBe(user.id);
      const second = await refresh(alpine.slug, pair.refreshToken);
      expect(second.data?.refreshSession.refreshToken).toEqual(expect.any(String));
    });

    it('revokes the whole family when a used refresh token comes back', async () => {
      const user = await createTestUser(api, alpine);
      const newest = (await refresh(alpine.slug, user.refreshToken)).data!.refreshSession;

      const reuse = await refresh(alpine.slug, user.refreshToken);
      expect(reuse.errors?.[0].extensions?.code).toBe('TOKEN_REUSED');
      expect(reuse.data).toBeNull();

      // The revocation committed although the call failed: the newest pair is dead too.
      const afterReuse = await refresh(alpine.slug, newest.refreshToken);
      expect(afterReuse.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const access = await api.graphql({ host: alpine.slug, token: newest.accessToken, query: VIEWER });
      expect(access.status).toBe(401);
      const rows = await api.db.ownerQuery<{ revoked_reason: string | null }>(
        `select revoked_reason from refresh_tokens where user_id = $1`,
        [user.id],
      );
      expect(rows).toHaveLength(2);
      expect(rows.every((row) => row.revoked_reason === 'reuse')).toBe(true);
    });

    it('does not accept a refresh token on another tenant', async () => {
      const user = await createTestUser(api, alpine);
      const result = await refresh(nordhaus.slug, user.refreshToken);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await refresh(alpine.slug, user.refreshToken)).data?.refreshSession).toBeTruthy();
    });

    it('logging out stops the access token and the refresh token at once, and only for that session', async () => {
      const user = await createTestUser(api, alpine);
      const other = (await logIn(alpine.slug, user.email, user.password)).data!.logIn;
      const out = await api.graphql<{ logOut: boolean }>({ host: alpine.slug, token: user.accessToken, query: 'mutation { logOut }' });
      expect(out.data?.logOut).toBe(true);
      const viewer = await api.graphql({ host: alpine.slug, token: user.accessToken, query: VIEWER });
      expect(viewer.status).toBe(401);
      expect(viewer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await refresh(alpine.slug, user.refreshToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const stillIn = await api.graphql<{ viewer: { id: string } }>({ host: alpine.slug, token: other.accessToken, query: VIEWER });
      expect(stillIn.data?.viewer.id).toBe(user.id);
    });
  });

  describe('login rate limits', () => {
    it('trips for one account after five attempts, with a retry-after, even for the right password', async () => {
      const user = await createTestUser(api, alpine);
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const result = await logIn(alpine.slug, user.email, 'wrong password!!');
        expect(result.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
      }
      const limited = await logIn(alpine.slug, user.email, user.password);
      expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(limited.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
      // Another account is not affected.
      const neighbour = await createTestUser(api, alpine);
      expect((await logIn(alpine.slug, neighbour.email, neighbour.password)).data?.logIn.accessToken).toEqual(expect.any(String));
    });

    it('gives one operation of many logIn aliases no more guesses than single requests', async () => {
      const user = await createTestUser(api, alpine);
      const aliases = Array.from({ length: 8 }, (_, index) => `a${index}: logIn(email: $e, password: "wrong password!!") { accessToken }`);
      const aliased = () =>
        api.graphql({ host: alpine.slug, query: `mutation($e: String!) { ${aliases.join('\n')} }`, variables: { e: user.email } });
      // Mutations run one alias after the other and stop at the first failure: one guess each time.
      for (let operation = 0; operation < 5; operation += 1) {
        const result = await aliased();
        expect(result.errors?.map((error) => [error.path?.[0], error.extensions?.code])).toEqual([['a0', 'INVALID_CREDENTIALS']]);
      }
      const limited = await aliased();
      expect(limited.errors?.map((error) => [error.path?.[0], error.extensions?.code])).toEqual([['a0', 'RATE_LIMITED']]);
    });

    it('checks every alias against the limits, not just the first', async () => {
      const victim = await createTestUser(api, alpine);
      const neighbour = await createTestUser(api, alpine);
      for (let attempt = 0; attempt < 5; attempt += 1) await logIn(alpine.slug, victim.email, 'wrong password!!');
      const result = await api.graphql({
        host: alpine.slug,
        query: `mutation($n: String!, $np: String!, $v: String!, $vp: String!) {
          ok: logIn(email: $n, password: $np) { accessToken }
          locked: logIn(email: $v, password: $vp) { accessToken } }`,
        variables: { n: neighbour.email, np: neighbour.password, v: victim.email, vp: victim.password },
      });
      expect(result.errors?.map((error) => [error.path?.[0], error.extensions?.code])).toEqual([['locked', 'RATE_LIMITED']]);
    });
  });

  describe('operator invitations', () => {
    let admin: TestUser;
    beforeAll(async () => {
      admin = await createTestUser(api, alpine, { roles: ['operator_admin'] });
    });

    const invite = (token: string, email: string, role = 'OPERATOR_AGENT') =>
      api.graphql<{ inviteOperator: { id: string; status: string; role: string } }>({
        host: alpine.slug,
        token,
        query: `mutation($e: String!, $r: OperatorRole!) { inviteOperator(email: $e, role: $r) { id status role } }`,
        variables: { e: email, r: role },
      });
    const accept = (token: string, password: string) =>
      api.graphql<{ acceptOperatorInvitation: { userId: string; roles: string[]; accessToken: string } }>({
        host: alpine.slug,
        query: `mutation($t: String!, $p: String!) { acceptOperatorInvitation(token: $t, displayName: "Olga", password: $p) { ${SESSION} } }`,
        variables: { t: token, p: password },
      });
    const invitationToken = (invitationId: string): Promise<string> => readInvitationToken(api.db, invitationId);

    it('refuses inviteOperator to a customer with FORBIDDEN and writes nothing', async () => {
      const result = await invite(customer.accessToken, 'sneaky@example.test');
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const rows = await api.db.ownerQuery(`select 1 from operator_invitations where email = 'sneaky@example.test'`);
      expect(rows).toHaveLength(0);
    });

    it('invites an agent who accepts, signs in with the role, and cannot accept twice', async () => {
      const invited = await invite(admin.accessToken, 'agent@example.test');
      expect(invited.data?.inviteOperator).toMatchObject({ status: 'PENDING', role: 'OPERATOR_AGENT' });
      const token = await invitationToken(invited.data!.inviteOperator.id);

      const accepted = await accept(token, 'agent password 123');
      expect(accepted.data?.acceptOperatorInvitation.roles).toEqual(['OPERATOR_AGENT']);
      const viewer = await api.graphql<{ viewer: { email: string } }>({
        host: alpine.slug,
        token: accepted.data!.acceptOperatorInvitation.accessToken,
        query: VIEWER,
      });
      expect(viewer.data?.viewer.email).toBe('agent@example.test');

      const again = await accept(token, 'agent password 123');
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_USED' });

      const list = await api.graphql<{ operatorInvitations: { edges: { node: { email: string; status: string } }[]; totalCount: number } }>({
        host: alpine.slug,
        token: admin.accessToken,
        query: '{ operatorInvitations(first: 10) { totalCount edges { node { email status } } } }',
      });
      expect(list.data?.operatorInvitations.edges.map((edge) => edge.node)).toContainEqual({ email: 'agent@example.test', status: 'ACCEPTED' });
    });

    it("adds the role to an existing account of that email, which must give that account's password", async () => {
      const existing = await createTestUser(api, alpine, { roles: ['customer'] });
      const invited = await invite(admin.accessToken, existing.email, 'OPERATOR_ADMIN');
      const token = await invitationToken(invited.data!.inviteOperator.id);
      const wrong = await accept(token, 'not the password');
      expect(wrong.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
      const accepted = await accept(token, existing.password);
      expect(accepted.data?.acceptOperatorInvitation).toMatchObject({ userId: existing.id, roles: ['CUSTOMER', 'OPERATOR_ADMIN'] });
    });

    it("counts wrong passwords given with an invitation against the account's login limit", async () => {
      const existing = await createTestUser(api, alpine, { roles: ['customer'] });
      const invitationId = String((await invite(admin.accessToken, existing.email, 'OPERATOR_AGENT')).data?.inviteOperator.id);
      const token = await invitationToken(invitationId);
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const wrong = await accept(token, `guess number ${attempt}`);
        expect(wrong.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
      }
      const limited = await accept(token, existing.password);
      expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect((await logIn(alpine.slug, existing.email, existing.password)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      const [row] = await api.db.ownerQuery<{ accepted_at: Date | null }>(`select accepted_at from operator_invitations where id = $1`, [invitationId]);
      expect(row.accepted_at).toBeNull();
      expect(await api.db.ownerQuery(`select 1 from user_roles where user_id = $1 and role = 'operator_agent'`, [existing.id])).toHaveLength(0);
    });

    it('refuses an expired invitation', async () => {
      const invited = await invite(admin.accessToken, 'late@example.test');
      const token = await invitationToken(invited.data!.inviteOperator.id);
      await api.db.ownerQuery(`update operator_invitations set expires_at = now() - interval '1 minute' where id = $1`, [
        invited.data!.inviteOperator.id,
      ]);
      const result = await accept(token, 'late password 123');
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_EXPIRED' });
      expect(await api.db.ownerQuery(`select 1 from users where email = 'late@example.test'`)).toHaveLength(0);
    });

    it('does not accept an invitation on another tenant', async () => {
      const invited = await invite(admin.accessToken, 'wanderer@example.test');
      const token = await invitationToken(invited.data!.inviteOperator.id);
      const result = await api.graphql({
        host: nordhaus.slug,
        query: `mutation($t: String!) { acceptOperatorInvitation(token: $t, displayName: "W", password: "wanderer password") { userId } }`,
        variables: { t: token },
      });
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('platform admins', () => {
    const platformRefresh = (refreshToken: string) =>
      api.platformGraphql<{ platformRefreshSession: { accessToken: string; refreshToken: string } }>({
        query: `mutation($t: String!) { platformRefreshSession(refreshToken: $t) { accessToken refreshToken } }`,
        variables: { t: refreshToken },
      });

    it('logs in, refreshes, and logs out with immediate effect', async () => {
      const admin = await createTestPlatformAdmin(api);
      const viewer = await api.platformGraphql<{ platformViewer: { email: string } }>({ token: admin.accessToken, query: '{ platformViewer { email } }' });
      expect(viewer.data?.platformViewer.email).toBe(admin.email);

      const rotated = (await platformRefresh(admin.refreshToken)).data!.platformRefreshSession;
      expect((await platformRefresh(admin.refreshToken)).errors?.[0].extensions?.code).toBe('TOKEN_REUSED');
      expect((await platformRefresh(rotated.refreshToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

      const second = await api.platformGraphql<{ platformLogIn: { accessToken: string; refreshToken: string } }>({
        query: `mutation($e: String!, $p: String!) { platformLogIn(email: $e, password: $p) { accessToken refreshToken } }`,
        variables: { e: admin.email, p: admin.password },
      });
      const session = second.data!.platformLogIn;
      const out = await api.platformGraphql<{ platformLogOut: boolean }>({ token: session.accessToken, query: 'mutation { platformLogOut }' });
      expect(out.data?.platformLogOut).toBe(true);
      const after = await api.platformGraphql({ token: session.accessToken, query: '{ platformViewer { email } }' });
      expect(after.status).toBe(401);
      expect((await platformRefresh(session.refreshToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it("refuses a platform token on a tenant's host with 401", async () => {
      const admin = await createTestPlatformAdmin(api);
      const result = await api.graphql({ host: alpine.slug, token: admin.accessToken, query: VIEWER });
      expect(result.status).toBe(401);
    });

    it('rate-limits platform admin log-in per account', async () => {
      const admin = await createTestPlatformAdmin(api);
      const attempt = (password: string) =>
        api.platformGraphql({
          query: `mutation($e: String!, $p: String!) { platformLogIn(email: $e, password: $p) { accessToken } }`,
          variables: { e: admin.email, p: password },
        });
      for (let index = 0; index < 5; index += 1) {
        expect((await attempt('wrong password!!')).errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
      }
      const limited = await attempt(admin.password);
      expect(limited.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    });
  });
});
