// Sessions of tenant users: a sign-in starts a refresh-token family, each refresh rotates it, and
// logging out or a detected reuse revokes it and blacklists its access tokens.
import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  type RequestContext,
  TENANT_ROLES,
  type TenantRole,
  TenantDatabase,
  type TenantTransaction,
  UnauthenticatedError,
} from '@quartier/platform';
import { AccessTokenService } from '../auth/access-token.service.js';
import { RevokedSessionsStore } from '../auth/revoked-sessions.store.js';
import { TokenReusedError } from '../identity.errors.js';
import { issueRefreshToken, revokeFamily, type SqlRunner, type TokenTable, useRefreshToken } from './refresh-token-families.js';
import type { UserSession } from './session.js';

@Injectable()
export class UserSessionsService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly accessTokens: AccessTokenService,
    private readonly revoked: RevokedSessionsStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private store(tx: TenantTransaction): TokenTable {
    return { table: 'refresh_tokens', ownerColumn: 'user_id', tenantId: tx.tenantId };
  }

  private sql(tx: TenantTransaction): SqlRunner {
    return (statement, parameters) => tx.query(statement, parameters);
  }

  /** Starts a new session (a new family) for a user, inside the caller's transaction. */
  async start(tx: TenantTransaction, input: { userId: string; roles: TenantRole[] }): Promise<UserSession> {
    return this.issue(tx, { userId: input.userId, roles: input.roles });
  }

  async refresh(ctx: RequestContext, input: { refreshToken: string }): Promise<UserSession> {
    const outcome = await this.tenantDb.run(ctx, async (tx) => {
      const used = await useRefreshToken(this.sql(tx), this.store(tx), input.refreshToken);
      if (used.kind === 'reused') {
        await revokeFamily(this.sql(tx), this.store(tx), { familyId: used.familyId, reason: 'reuse' });
        return { kind: 'reused' as const, familyId: used.familyId };
      }
      if (used.kind === 'invalid') return { kind: 'invalid' as const };
      const [user] = await tx.query<{ status: string; roles: TenantRole[] }>(
        `select u.status,
                array(select r.role from user_roles r where r.tenant_id = u.tenant_id and r.user_id = u.id order by r.role) as roles
           from users u where u.id = $1`,
        [used.ownerId],
      );
      if (!user || user.status !== 'active') {
        await revokeFamily(this.sql(tx), this.store(tx), { familyId: used.familyId, reason: 'disabled' });
        return { kind: 'invalid' as const };
      }
      const roles = user.roles.filter((role): role is TenantRole => (TENANT_ROLES as readonly string[]).includes(role));
      return { kind: 'rotated' as const, session: await this.issue(tx, { userId: used.ownerId, roles, familyId: used.familyId, parentId: used.tokenId }) };
    });
    // The revocation above has committed; only now does the request fail.
    if (outcome.kind === 'reused') {
      await this.revoked.revoke(outcome.familyId);
      throw new TokenReusedError();
    }
    if (outcome.kind === 'invalid') throw new UnauthenticatedError('This session is no longer valid; sign in again');
    return outcome.session;
  }

  /** Ends the caller's session: its refresh tokens stop rotating and its access tokens stop working. */
  async end(ctx: RequestContext): Promise<void> {
    if (ctx.actor.kind !== 'user') throw new UnauthenticatedError();
    const { userId, sessionId } = ctx.actor;
    await this.tenantDb.run(ctx, (tx) =>
      revokeFamily(this.sql(tx), this.store(tx), { familyId: sessionId, reason: 'logout', ownerId: userId }),
    );
    await this.revoked.revoke(sessionId);
  }

  private async issue(
    tx: TenantTransaction,
    input: { userId: string; roles: TenantRole[]; familyId?: string; parentId?: string },
  ): Promise<UserSession> {
    const refresh = await issueRefreshToken(this.sql(tx), this.store(tx), {
      ownerId: input.userId,
      familyId: input.familyId,
      parentId: input.parentId,
      ttlSeconds: this.config.REFRESH_TOKEN_TTL_SECONDS,
    });
    const accessToken = await this.accessTokens.issueForUser({
      tenantId: tx.tenantId,
      userId: input.userId,
      sessionId: refresh.familyId,
      roles: input.roles,
    });
    return {
      sessionId: refresh.familyId,
      userId: input.userId,
      roles: input.roles,
      accessToken,
      accessTokenExpiresAt: new Date(Date.now() + this.accessTokens.ttlSeconds * 1000),
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
    };
  }
}
