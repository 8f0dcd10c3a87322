// Ready signed-in actors for API tests. Customers and helpers sign up through the public API.
// Operators have no self-service path: the factory records an invitation with the owner connection
// (standing in for an operator admin or the platform) and accepts it through the public API.
// Platform admins are created by a CLI only, so the factory inserts one and signs in through the API.
import { createHash, randomBytes } from 'node:crypto';
import { INVITATION_TOKEN_PURPOSE, PasswordHasher } from '@quartier/identity';
import { newId, SecretBox, type TenantRole } from '@quartier/platform';
import { unwrap } from './graphql-result.js';
import type { TestDatabase } from './test-database.js';

export interface GraphqlCaller {
  graphql<T = Record<string, unknown>>(call: {
    query: string;
    variables?: Record<string, unknown>;
    host?: string;
    token?: string;
  }): Promise<{ status: number; data: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  platformGraphql<T = Record<string, unknown>>(call: {
    query: string;
    variables?: Record<string, unknown>;
    token?: string;
  }): Promise<{ status: number; data: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  db: { ownerQuery<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]> };
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  displayName: string;
  roles: TenantRole[];
  accessToken: string;
  refreshToken: string;
  /** The tenant slug whose host the tokens are bound to. */
  host: string;
}

export interface TestPlatformAdmin {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

interface SessionData {
  accessToken: string;
  refreshToken: string;
  userId: string;
  roles: TenantRole[];
}

const SESSION_FIELDS = 'accessToken refreshToken userId roles';
let sequence = 0;

function toTenantRoleLiteral(role: TenantRole): string {
  return role.toUpperCase();
}

/** A user of `tenant` holding `roles` (default: customer), signed in on the tenant's host. */
export async function createTestUser(
  api: GraphqlCaller,
  tenant: { id: string; slug: string },
  input: { roles?: TenantRole[]; email?: string; password?: string; displayName?: string } = {},
): Promise<TestUser> {
  sequence += 1;
  const roles = [...new Set(input.roles ?? ['customer'])];
  const email = input.email ?? `user${process.pid}x${sequence}@example.test`;
  const password = input.password ?? `pw-${randomBytes(9).toString('base64url')}`;
  const displayName = input.displayName ?? `Test User ${sequence}`;
  const host = tenant.slug;
  const publicRoles = roles.filter((role) => role === 'customer' || role === 'helper');
  const operatorRoles = roles.filter((role) => role === 'operator_admin' || role === 'operator_agent');

  let session: SessionData | null = null;
  if (publicRoles.length > 0) {
    const data = unwrap(
      'signUp',
      await api.graphql<{ signUp: SessionData }>({
        host,
        query: `mutation($email: String!, $password: String!, $name: String!) {
          signUp(email: $email, password: $password, displayName: $name, role: ${toTenantRoleLiteral(publicRoles[0])}) { ${SESSION_FIELDS} } }`,
        variables: { email, password, name: displayName },
      }),
    );
    session = data.signUp;
    if (publicRoles.length > 1) {
      // Sign-up grants one role; a user who is both customer and helper gets the other directly.
      await api.db.ownerQuery(`insert into user_roles (tenant_id, user_id, role) values ($1, $2, $3)`, [tenant.id, session.userId, publicRoles[1]]);
      session = unwrap(
        'logIn',
        await api.graphql<{ logIn: SessionData }>({
          host,
          query: `mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { ${SESSION_FIELDS} } }`,
          variables: { email, password },
        }),
      ).logIn;
    }
  }
  for (const role of operatorRoles) {
    const token = randomBytes(32).toString('base64url');
    await api.db.ownerQuery(
      `insert into operator_invitations (tenant_id, id, email, role, token_hash, invited_by, expires_at)
       values ($1, $2, $3, $4, $5, 'test-factory', now() + interval '1 day')`,
      [tenant.id, newId(), email, role, createHash('sha256').update(token).digest('hex')],
    );
    session = unwrap(
      'acceptOperatorInvitation',
      await api.graphql<{ acceptOperatorInvitation: SessionData }>({
        host,
        query: `mutation($token: String!, $name: String!, $password: String!) {
          acceptOperatorInvitation(token: $token, displayName: $name, password: $password) { ${SESSION_FIELDS} } }`,
        variables: { token, name: displayName, password },
      }),
    ).acceptOperatorInvitation;
  }
  if (!session) throw new Error('createTestUser needs at least one role');
  return {
    id: session.userId,
    email,
    password,
    displayName,
    roles: session.roles.map((role) => role.toLowerCase() as TenantRole),
    accessToken: session.accessToken,
    refreshToken: session.refreshToken,
    host,
  };
}

/** A platform admin, signed in on /platform/graphql. */
export async function createTestPlatformAdmin(
  api: GraphqlCaller,
  input: { email?: string; password?: string; displayName?: string } = {},
): Promise<TestPlatformAdmin> {
  sequence += 1;
  const email = input.email ?? `admin${process.pid}x${sequence}@example.test`;
  const password = input.password ?? `pw-${randomBytes(9).toString('base64url')}`;
  const id = newId();
  await api.db.ownerQuery(`insert into platform_admins (id, email, password_hash, display_name) values ($1, $2, $3, $4)`, [
    id,
    email,
    await new PasswordHasher().hash(password),
    input.displayName ?? `Platform Admin ${sequence}`,
  ]);
  const session = unwrap(
    'platformLogIn',
    await api.platformGraphql<{ platformLogIn: { accessToken: string; refreshToken: string } }>({
      query: `mutation($email: String!, $password: String!) { platformLogIn(email: $email, password: $password) { accessToken refreshToken } }`,
      variables: { email, password },
    }),
  ).platformLogIn;
  return { id, email, password, accessToken: session.accessToken, refreshToken: session.refreshToken };
}

/**
 * The invitation link's token, as the invitation email will read it: from the `operator.invited`
 * outbox event, unsealed with the deployment's ENCRYPTION_KEY.
 */
export async function readInvitationToken(db: TestDatabase, invitationId: string): Promise<string> {
  const [event] = await db.ownerQuery<{ sealed: string | null }>(
    `select payload->>'sealedToken' as sealed from outbox_events where type = 'operator.invited' and aggregate_id = $1`,
    [invitationId],
  );
  if (!event?.sealed) throw new Error(`No operator.invited event for invitation ${invitationId}`);
  return SecretBox.fromConfig(db.config).open(INVITATION_TOKEN_PURPOSE, event.sealed);
}
