// The services other domains call inside their own tenant transactions (tenant onboarding, the
// demo seed): they write only within that transaction and roll back with it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, DatabaseModule, RedisModule, RequestContext, SecretBox, TenantDatabase } from '@quartier/platform';
import { clearRedisNamespace, createTestDatabase, insertTestTenant, type TestDatabase, type TestTenant } from '@quartier/testing';
import { hashOpaqueToken } from '../sessions/refresh-token-families.js';
import { IdentityModule, identityEntities, INVITATION_TOKEN_PURPOSE, OperatorInvitationsService, UserAccountsService } from '../index.js';

describe('identity services inside a caller transaction', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let tenant: TestTenant;
  let tenantDb: TenantDatabase;
  let accounts: UserAccountsService;
  let invitations: OperatorInvitationsService;
  const ctx = () => RequestContext.system(tenant.id, 'identity-test');

  beforeAll(async () => {
    db = await createTestDatabase();
    @Module({
      imports: [ConfigModule.forRoot(db.config), DatabaseModule.forRoot({ entities: identityEntities }), RedisModule.forRoot(), IdentityModule],
    })
    class IdentityTestModule {}
    app = await NestFactory.createApplicationContext(IdentityTestModule, { logger: false });
    tenantDb = app.get(TenantDatabase);
    accounts = app.get(UserAccountsService);
    invitations = app.get(OperatorInvitationsService);
    tenant = await insertTestTenant(db);
  });

  afterAll(async () => {
    await app.close();
    await clearRedisNamespace(db.config.REDIS_URL, db.config.QUEUE_PREFIX);
    await db.drop();
  });

  it('createUser stores the account with its roles, and it can sign in', async () => {
    const { id } = await tenantDb.run(ctx(), (tx) =>
      accounts.createUser(tx, {
        email: 'Seed.Operator@example.test',
        password: 'seed operator password',
        displayName: 'Seed Operator',
        roles: ['operator_admin', 'customer'],
        locale: 'fr',
      }),
    );
    const rows = await db.ownerQuery(`select tenant_id, email, locale from users where id = $1`, [id]);
    expect(rows).toEqual([{ tenant_id: tenant.id, email: 'Seed.Operator@example.test', locale: 'fr' }]);
    const session = await accounts.logIn(ctx(), { email: 'seed.operator@example.test', password: 'seed operator password', ip: '203.0.113.9' });
    expect(session.userId).toBe(id);
    expect(session.roles).toEqual(['customer', 'operator_admin']);
  });

  it('createUser writes nothing when the caller transaction rolls back', async () => {
    await expect(
      tenantDb.run(ctx(), async (tx) => {
        await accounts.createUser(tx, { email: 'rolled.back@example.test', password: 'rolled back password', displayName: 'R', roles: ['customer'] });
        throw new Error('caller fails later');
      }),
    ).rejects.toThrow('caller fails later');
    expect(await db.ownerQuery(`select 1 from users where email = 'rolled.back@example.test'`)).toHaveLength(0);
  });

  it('createInvitation stores only a hash of the token and emits operator.invited with the token sealed', async () => {
    const invitation = await tenantDb.run(ctx(), (tx) =>
      invitations.createInvitation(tx, { email: 'first.admin@example.test', role: 'operator_admin', invitedBy: 'platform-admin-1' }),
    );
    expect(invitation.expiresAt.getTime()).toBeGreaterThan(Date.now());
    const [row] = await db.ownerQuery<{ token_hash: string; invited_by: string }>(
      `select token_hash, invited_by from operator_invitations where id = $1`,
      [invitation.id],
    );
    expect(row).toEqual({ token_hash: hashOpaqueToken(invitation.token), invited_by: 'platform-admin-1' });
    const events = await db.ownerQuery<{ payload: Record<string, unknown> }>(
      `select payload from outbox_events where type = 'operator.invited' and aggregate_id = $1`,
      [invitation.id],
    );
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({ email: 'first.admin@example.test', role: 'operator_admin' });
    expect(JSON.stringify(events[0].payload)).not.toContain(invitation.token);
    expect(app.get(SecretBox).open(INVITATION_TOKEN_PURPOSE, events[0].payload.sealedToken as string)).toBe(invitation.token);

    const session = await invitations.accept(ctx(), { token: invitation.token, displayName: 'First Admin', password: 'first admin password', ip: '203.0.113.9' });
    expect(session.roles).toEqual(['operator_admin']);
  });

  it('a newer invitation for the same email and role replaces the pending one', async () => {
    const invite = () =>
      tenantDb.run(ctx(), (tx) => invitations.createInvitation(tx, { email: 'agent.x@example.test', role: 'operator_agent', invitedBy: 'system' }));
    const older = await invite();
    const newer = await invite();
    await expect(invitations.accept(ctx(), { token: older.token, displayName: 'X', password: 'agent x password', ip: '203.0.113.9' })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'INVITATION_REVOKED' },
    });
    const session = await invitations.accept(ctx(), { token: newer.token, displayName: 'X', password: 'agent x password', ip: '203.0.113.9' });
    expect(session.roles).toEqual(['operator_agent']);
  });
});
