// Signed-in actors for the gates: a user per tenant role and a platform admin, created through the
// shared identity factories (sign-up, invitation, CLI-equivalent insert). Each call of `token()`
// mints a new session from the API's own token service, so an operation that ends a session
// (logOut) cannot disturb the next probe.
import { AccessTokenService } from '@quartier/identity';
import { type TenantRole, TENANT_ROLES } from '@quartier/platform';
import { createTestPlatformAdmin, createTestUser } from '@quartier/testing';
import { randomUUID } from 'node:crypto';
import type { TestApi } from '../../test-api.js';

export const GATE_PASSWORD = 'Gate-Password-2026!';

export interface GateActor {
  userId: string;
  email: string;
  password: string;
  roles: TenantRole[];
  token(): Promise<string>;
}

export interface GatePlatformAdmin {
  adminId: string;
  email: string;
  password: string;
  token(): Promise<string>;
}

export async function createGateUser(
  api: TestApi,
  tenant: { id: string; slug: string },
  input: { roles: TenantRole[]; email?: string },
): Promise<GateActor> {
  const email = input.email ?? `${input.roles.join('-')}.${randomUUID().slice(0, 8)}@${tenant.slug}.gate.example`;
  const user = await createTestUser(api, tenant, {
    roles: input.roles,
    email,
    password: GATE_PASSWORD,
    displayName: `Gate ${input.roles.join(' ')} of ${tenant.slug}`,
  });
  const userId = user.id;
  const tokens = api.app.get(AccessTokenService);
  return {
    userId,
    email,
    password: GATE_PASSWORD,
    roles: input.roles,
    token: () => tokens.issueForUser({ tenantId: tenant.id, userId, sessionId: randomUUID(), roles: input.roles }),
  };
}

/** One single-role user per tenant role. */
export async function createGateUsers(api: TestApi, tenant: { id: string; slug: string }): Promise<Record<TenantRole, GateActor>> {
  const entries = await Promise.all(TENANT_ROLES.map(async (role) => [role, await createGateUser(api, tenant, { roles: [role] })] as const));
  return Object.fromEntries(entries) as Record<TenantRole, GateActor>;
}

export async function createGatePlatformAdmin(api: TestApi): Promise<GatePlatformAdmin> {
  const email = `admin.${randomUUID().slice(0, 8)}@platform.gate.example`;
  const admin = await createTestPlatformAdmin(api, { email, password: GATE_PASSWORD, displayName: 'Gate Platform Admin' });
  const adminId = admin.id;
  const tokens = api.app.get(AccessTokenService);
  return {
    adminId,
    email,
    password: GATE_PASSWORD,
    token: () => tokens.issueForPlatformAdmin({ adminId, sessionId: randomUUID() }),
  };
}
