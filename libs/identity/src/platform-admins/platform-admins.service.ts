// Platform admins: a global identity apart from every tenant. The first one comes from the CLI
// (`quartier admin:create`); they sign in on /platform/graphql with rotating refresh tokens.
import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  GlobalDatabase,
  type GlobalTransaction,
  newId,
  NotFoundError,
  type RequestContext,
  UnauthenticatedError,
} from '@quartier/platform';
import { AccessTokenService } from '../auth/access-token.service.js';
import { RevokedSessionsStore } from '../auth/revoked-sessions.store.js';
import { InvalidCredentialsError, TokenReusedError } from '../identity.errors.js';
import { checkPassword, normalizeDisplayName, normalizeEmail } from '../passwords/credential-rules.js';
import { PasswordHasher } from '../passwords/password-hasher.js';
import { LoginRateLimiter } from '../rate-limit/login-rate-limiter.js';
import { issueRefreshToken, revokeFamily, type SqlRunner, type TokenTable, useRefreshToken } from '../sessions/refresh-token-families.js';
import type { PlatformSession } from '../sessions/session.js';

const STORE: TokenTable = { table: 'platform_refresh_tokens', ownerColumn: 'admin_id', tenantId: null };

export interface PlatformAdminAccount {
  id: string;
  email: string;
  displayName: string;
  createdAt: Date;
}

interface AdminRow {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  created_at: Date;
  disabled_at: Date | null;
}

const sqlOf =
  (tx: GlobalTransaction): SqlRunner =>
  (statement, parameters) =>
    tx.query(statement, parameters);

@Injectable()
export class PlatformAdminsService {
  constructor(
    private readonly globalDb: GlobalDatabase,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokenService,
    private readonly revoked: RevokedSessionsStore,
    private readonly limiter: LoginRateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Idempotent by email (case-insensitive): an existing admin is left unchanged. */
  async create(input: { email: string; password: string; displayName: string }): Promise<{ id: string; created: boolean }> {
    const email = normalizeEmail(input.email);
    checkPassword(input.password, email);
    const displayName = normalizeDisplayName(input.displayName);
    const existing = await this.globalDb.run((tx) => this.findByEmail(tx, email));
    if (existing) return { id: existing.id, created: false };
    const passwordHash = await this.hasher.hash(input.password);
    return this.globalDb.run(async (tx) => {
      const [row] = await tx.query<{ id: string }>(
        `insert into platform_admins (id, email, password_hash, display_name) values ($1, $2, $3, $4)
         on conflict do nothing returning id`,
        [newId(), email, passwordHash, displayName],
      );
      if (row) return { id: row.id, created: true };
      const raced = await this.findByEmail(tx, email);
      if (!raced) throw new Error('Platform admin vanished while being created');
      return { id: raced.id, created: false };
    });
  }

  async logIn(input: { email: string; password: string; ip: string }): Promise<PlatformSession> {
    const attempt = { tenantId: null, email: input.email, ip: input.ip };
    await this.limiter.consume(attempt);
    const session = await this.globalDb.run(async (tx) => {
      const admin = await this.findByEmail(tx, input.email);
      if (!admin) return this.hasher.verifyAgainstNothing(input.password);
      const valid = await this.hasher.verify(admin.password_hash, input.password);
      if (!valid || admin.disabled_at) return false;
      return this.issue(tx, { adminId: admin.id });
    });
    if (!session) throw new InvalidCredentialsError();
    await this.limiter.succeeded(attempt);
    return session;
  }

  async refresh(input: { refreshToken: string }): Promise<PlatformSession> {
    const outcome = await this.globalDb.run(async (tx) => {
      const used = await useRefreshToken(sqlOf(tx), STORE, input.refreshToken);
      if (used.kind === 'reused') {
        await revokeFamily(sqlOf(tx), STORE, { familyId: used.familyId, reason: 'reuse' });
        return { kind: 'reused' as const, familyId: used.familyId };
      }
      if (used.kind === 'invalid') return { kind: 'invalid' as const };
      const [admin] = await tx.query<AdminRow>(`select * from platform_admins where id = $1`, [used.ownerId]);
      if (!admin || admin.disabled_at) {
        await revokeFamily(sqlOf(tx), STORE, { familyId: used.familyId, reason: 'disabled' });
        return { kind: 'invalid' as const };
      }
      const session = await this.issue(tx, { adminId: admin.id, familyId: used.familyId, parentId: used.tokenId });
      return { kind: 'rotated' as const, session };
    });
    // The family's revocation has committed before the request fails.
    if (outcome.kind === 'reused') {
      await this.revoked.revoke(outcome.familyId);
      throw new TokenReusedError();
    }
    if (outcome.kind === 'invalid') throw new UnauthenticatedError('This session is no longer valid; sign in again');
    return outcome.session;
  }

  /** Ends the admin's session; the session id comes from the verified access token. */
  async logOut(ctx: RequestContext, input: { sessionId: string }): Promise<void> {
    if (ctx.actor.kind !== 'platform_admin') throw new UnauthenticatedError();
    const adminId = ctx.actor.adminId;
    await this.globalDb.run((tx) => revokeFamily(sqlOf(tx), STORE, { familyId: input.sessionId, reason: 'logout', ownerId: adminId }));
    await this.revoked.revoke(input.sessionId);
  }

  async viewer(ctx: RequestContext): Promise<PlatformAdminAccount> {
    if (ctx.actor.kind !== 'platform_admin') throw new UnauthenticatedError();
    const adminId = ctx.actor.adminId;
    const [row] = await this.globalDb.run((tx) => tx.query<AdminRow>(`select * from platform_admins where id = $1`, [adminId]));
    if (!row) throw new NotFoundError('Platform admin');
    return { id: row.id, email: row.email, displayName: row.display_name, createdAt: row.created_at };
  }

  private async findByEmail(tx: GlobalTransaction, email: string): Promise<AdminRow | null> {
    const [row] = await tx.query<AdminRow>(`select * from platform_admins where lower(email) = lower($1)`, [email.trim()]);
    return row ?? null;
  }

  private async issue(tx: GlobalTransaction, input: { adminId: string; familyId?: string; parentId?: string }): Promise<PlatformSession> {
    const refresh = await issueRefreshToken(sqlOf(tx), STORE, {
      ownerId: input.adminId,
      familyId: input.familyId,
      parentId: input.parentId,
      ttlSeconds: this.config.REFRESH_TOKEN_TTL_SECONDS,
    });
    const accessToken = await this.accessTokens.issueForPlatformAdmin({ adminId: input.adminId, sessionId: refresh.familyId });
    return {
      sessionId: refresh.familyId,
      adminId: input.adminId,
      accessToken,
      accessTokenExpiresAt: new Date(Date.now() + this.accessTokens.ttlSeconds * 1000),
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
    };
  }
}
