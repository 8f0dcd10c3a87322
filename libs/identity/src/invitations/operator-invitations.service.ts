// Operators join a tenant by an emailed, single-use token: an operator admin (or the platform
// admin creating the tenant) invites; accepting creates the account or adds the role to an
// existing account of the same email, and signs the operator in.
import { Injectable } from '@nestjs/common';
import {
  SecretBox,
  ConflictError,
  decodeCursor,
  encodeCursor,
  isUuid,
  newId,
  NotFoundError,
  pageSize,
  type RequestContext,
  TenantDatabase,
  type TenantTransaction,
  toConnection,
  ValidationError,
} from '@quartier/platform';
import { InvalidCredentialsError } from '../identity.errors.js';
import { normalizeDisplayName, normalizeEmail } from '../passwords/credential-rules.js';
import { type LoginAttempt, LoginRateLimiter } from '../rate-limit/login-rate-limiter.js';
import { hashOpaqueToken, newOpaqueToken } from '../sessions/refresh-token-families.js';
import type { UserSession } from '../sessions/session.js';
import { UserSessionsService } from '../sessions/user-sessions.service.js';
import { UserAccountsService } from '../users/user-accounts.service.js';
import type { OperatorRole } from './operator-invitation.entity.js';

export const INVITATION_TTL_SECONDS = 7 * 86_400;
/** SecretBox purpose of the invitation token carried by `operator.invited` events. */
export const INVITATION_TOKEN_PURPOSE = 'operator-invitation-token';
const OPERATOR_ROLES: OperatorRole[] = ['operator_admin', 'operator_agent'];

export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

export interface OperatorInvitation {
  id: string;
  email: string;
  role: OperatorRole;
  status: InvitationStatus;
  invitedBy: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
}

interface InvitationRow {
  id: string;
  email: string;
  role: OperatorRole;
  invited_by: string;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  display_name: string | null;
  expired: boolean;
}

const SELECT_INVITATION = `select id, email, role, invited_by, created_at, expires_at, accepted_at, revoked_at,
  display_name, expires_at <= now() as expired from operator_invitations`;

function statusOf(row: InvitationRow): InvitationStatus {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  return row.expired ? 'expired' : 'pending';
}

function toInvitation(row: InvitationRow): OperatorInvitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: statusOf(row),
    invitedBy: row.invited_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
  };
}

@Injectable()
export class OperatorInvitationsService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly accounts: UserAccountsService,
    private readonly sessions: UserSessionsService,
    private readonly limiter: LoginRateLimiter,
    private readonly secrets: SecretBox,
  ) {}

  /**
   * Creates an invitation inside the caller's tenant transaction and emits `operator.invited`,
   * whose payload carries the token the invitation email links to, sealed with ENCRYPTION_KEY
   * (purpose INVITATION_TOKEN_PURPOSE) so the outbox never holds a usable link in clear. Earlier pending invitations
   * of the same email and role are revoked, so only the newest link works. A display name (the platform
   * admin names a new tenant's first operator) travels with the invitation and its event, and becomes
   * the account's name when the invitee accepts without giving one.
   */
  async createInvitation(
    tx: TenantTransaction,
    input: { email: string; role: 'operator_admin' | 'operator_agent'; invitedBy: string; displayName?: string | null },
  ): Promise<{ id: string; token: string; expiresAt: Date }> {
    const email = normalizeEmail(input.email);
    const displayName = input.displayName == null ? null : normalizeDisplayName(input.displayName);
    if (!OPERATOR_ROLES.includes(input.role)) throw new ValidationError('role', 'Role must be operator_admin or operator_agent');
    const existing = await this.accounts.findByEmail(tx, email);
    if (existing?.roles.includes(input.role)) {
      throw new ConflictError('This person already has that role', { field: 'email', reason: 'ALREADY_OPERATOR' });
    }
    await tx.query(
      `update operator_invitations set revoked_at = now()
        where lower(email) = lower($1) and role = $2 and accepted_at is null and revoked_at is null`,
      [email, input.role],
    );
    const id = newId();
    const { token, hash } = newOpaqueToken();
    const [row] = await tx.query<{ expires_at: Date }>(
      `insert into operator_invitations (tenant_id, id, email, role, token_hash, invited_by, display_name, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(secs => $8)) returning expires_at`,
      [tx.tenantId, id, email, input.role, hash, input.invitedBy, displayName, INVITATION_TTL_SECONDS],
    );
    await tx.emit({
      type: 'operator.invited',
      aggregateType: 'operator_invitation',
      aggregateId: id,
      payload: {
        invitationId: id,
        email,
        ...(displayName ? { displayName } : {}),
        role: input.role,
        sealedToken: this.secrets.seal(INVITATION_TOKEN_PURPOSE, token),
        expiresAt: row.expires_at.toISOString(),
      },
    });
    return { id, token, expiresAt: row.expires_at };
  }

  /** An operator admin invites a colleague. */
  async invite(ctx: RequestContext, input: { email: string; role: 'operator_admin' | 'operator_agent' }): Promise<OperatorInvitation> {
    const invitedBy = ctx.userId;
    if (!invitedBy) throw new ValidationError('actor', 'Only a signed-in operator can invite');
    return this.tenantDb.run(ctx, async (tx) => {
      const { id } = await this.createInvitation(tx, { ...input, invitedBy });
      const [row] = await tx.query<InvitationRow>(`${SELECT_INVITATION} where id = $1`, [id]);
      return toInvitation(row);
    });
  }

  /**
   * Accepts an invitation and signs the operator in. When an account with the invited email
   * exists, the password must be that account's (holding the link alone must not take it over), and
   * each try spends the account's login budget, or the link would be an unlimited password oracle.
   * A new account takes the name the invitee types, else the one the invitation carries.
   */
  async accept(
    ctx: RequestContext,
    input: { token: string; displayName?: string | null; password: string; ip: string },
  ): Promise<UserSession> {
    const { session, attempt } = await this.tenantDb.run(ctx, async (tx) => {
      const [row] = await tx.query<InvitationRow>(`${SELECT_INVITATION} where token_hash = $1 for update`, [
        hashOpaqueToken(input.token),
      ]);
      if (!row) throw new NotFoundError('Invitation');
      const status = statusOf(row);
      if (status !== 'pending') {
        const reason = { accepted: 'INVITATION_USED', revoked: 'INVITATION_REVOKED', expired: 'INVITATION_EXPIRED' }[status];
        throw new ConflictError(`This invitation is ${status === 'accepted' ? 'already used' : status}`, { field: 'token', reason });
      }
      const existing = await this.accounts.findByEmail(tx, row.email);
      let userId: string;
      let attempt: LoginAttempt | null = null;
      if (existing) {
        attempt = { tenantId: tx.tenantId, email: existing.email, ip: input.ip };
        await this.limiter.consume(attempt);
        if (existing.status !== 'active' || !(await this.accounts.verifyPassword(existing, input.password))) {
          throw new InvalidCredentialsError();
        }
        await this.accounts.grantRole(tx, { userId: existing.id, role: row.role });
        userId = existing.id;
      } else {
        ({ id: userId } = await this.accounts.createUser(tx, {
          email: row.email,
          password: input.password,
          displayName: input.displayName?.trim() ? input.displayName : (row.display_name ?? ''),
          roles: [row.role],
        }));
      }
      await tx.query(`update operator_invitations set accepted_at = now(), accepted_user_id = $2 where id = $1`, [row.id, userId]);
      await tx.emit({
        type: 'operator.invitation_accepted',
        aggregateType: 'operator_invitation',
        aggregateId: row.id,
        payload: { invitationId: row.id, userId, role: row.role },
      });
      const account = await this.accounts.findByIdOrThrow(tx, userId);
      return { session: await this.sessions.start(tx, { userId, roles: account.roles }), attempt };
    });
    if (attempt) await this.limiter.succeeded(attempt);
    return session;
  }

  /** Newest first; the list of every invitation of the tenant, whatever its status. */
  async list(
    ctx: RequestContext,
    input: { first?: number | null; after?: string | null },
  ): Promise<{ edges: { cursor: string; node: OperatorInvitation }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number }> {
    const size = pageSize(input.first);
    const after = decodeCursor<{ id: string }>(input.after, ['id']);
    if (after && !isUuid(after.id)) throw new ValidationError('after', 'Malformed cursor');
    return this.tenantDb.run(ctx, async (tx) => {
      // Ids are UUIDv7, so id order is creation order and a stable cursor.
      const rows = await tx.query<InvitationRow>(
        `${SELECT_INVITATION} where ($1::uuid is null or id < $1::uuid) order by id desc limit $2`,
        [after?.id ?? null, size + 1],
      );
      const [{ count }] = await tx.query<{ count: string }>(`select count(*) from operator_invitations`);
      return {
        ...toConnection(rows, size, toInvitation, (row) => encodeCursor({ id: row.id })),
        totalCount: Number(count),
      };
    });
  }
}
