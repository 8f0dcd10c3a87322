// Tenant user accounts: creation (sign-up, invitations, the demo seed), sign-in and the viewer.
import { Injectable } from '@nestjs/common';
import {
  ConflictError,
  newId,
  NotFoundError,
  type RequestContext,
  TENANT_ROLES,
  type TenantRole,
  TenantDatabase,
  type TenantTransaction,
  UnauthenticatedError,
  ValidationError,
} from '@quartier/platform';
import { InvalidCredentialsError } from '../identity.errors.js';
import { checkPassword, normalizeDisplayName, normalizeEmail } from '../passwords/credential-rules.js';
import { PasswordHasher } from '../passwords/password-hasher.js';
import { LoginRateLimiter } from '../rate-limit/login-rate-limiter.js';
import type { UserSession } from '../sessions/session.js';
import { UserSessionsService } from '../sessions/user-sessions.service.js';

const USER_LOCALES = ['de', 'fr', 'it', 'en'];

export interface UserAccount {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  status: string;
  roles: TenantRole[];
  /** E.164, or null when the user gave none. */
  phone: string | null;
  createdAt: Date;
}

interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  locale: string;
  status: string;
  phone: string | null;
  created_at: Date;
  roles: TenantRole[];
}

const SELECT_USER = `
  select u.id, u.email, u.password_hash, u.display_name, u.locale, u.status, u.phone, u.created_at,
         array(select r.role from user_roles r where r.tenant_id = u.tenant_id and r.user_id = u.id order by r.role) as roles
    from users u`;

function toAccount(row: UserRow): UserAccount {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    locale: row.locale,
    status: row.status,
    roles: row.roles,
    phone: row.phone,
    createdAt: row.created_at,
  };
}

@Injectable()
export class UserAccountsService {
  constructor(
    private readonly tenantDb: TenantDatabase,
    private readonly hasher: PasswordHasher,
    private readonly sessions: UserSessionsService,
    private readonly limiter: LoginRateLimiter,
  ) {}

  /** Creates an account inside the caller's tenant transaction. Email taken → CONFLICT on `email`. */
  async createUser(
    tx: TenantTransaction,
    input: { email: string; password: string; displayName: string; roles: TenantRole[]; locale?: string },
  ): Promise<{ id: string }> {
    const email = normalizeEmail(input.email);
    checkPassword(input.password, email);
    const displayName = normalizeDisplayName(input.displayName);
    const locale = input.locale ?? tx.ctx.locale;
    if (!USER_LOCALES.includes(locale)) throw new ValidationError('locale', `Locale must be one of ${USER_LOCALES.join(', ')}`);
    const roles = [...new Set(input.roles)];
    if (roles.length === 0 || roles.some((role) => !TENANT_ROLES.includes(role))) {
      throw new ValidationError('roles', `Roles must be one or more of ${TENANT_ROLES.join(', ')}`);
    }
    if (await this.findByEmail(tx, email)) throw emailTaken();
    const passwordHash = await this.hasher.hash(input.password);
    const id = newId();
    // A concurrent sign-up with the same email loses here, on the unique index.
    const inserted = await tx.query<{ id: string }>(
      `insert into users (tenant_id, id, email, password_hash, display_name, locale)
       values ($1, $2, $3, $4, $5, $6) on conflict do nothing returning id`,
      [tx.tenantId, id, email, passwordHash, displayName, locale],
    );
    if (inserted.length === 0) throw emailTaken();
    for (const role of roles) await this.grantRole(tx, { userId: id, role });
    return { id };
  }

  async grantRole(tx: TenantTransaction, input: { userId: string; role: TenantRole }): Promise<void> {
    await tx.query(`insert into user_roles (tenant_id, user_id, role) values ($1, $2, $3) on conflict do nothing`, [
      tx.tenantId,
      input.userId,
      input.role,
    ]);
  }

  async findByEmail(tx: TenantTransaction, email: string): Promise<(UserAccount & { passwordHash: string }) | null> {
    const [row] = await tx.query<UserRow>(`${SELECT_USER} where lower(u.email) = lower($1)`, [email.trim()]);
    return row ? { ...toAccount(row), passwordHash: row.password_hash } : null;
  }

  async verifyPassword(account: { passwordHash: string }, password: string): Promise<boolean> {
    return this.hasher.verify(account.passwordHash, password);
  }

  /** Public sign-up as a customer or as a helper applicant; returns a signed-in session. */
  async signUp(
    ctx: RequestContext,
    input: { email: string; password: string; displayName: string; role: 'customer' | 'helper'; locale?: string },
  ): Promise<UserSession> {
    if (input.role !== 'customer' && input.role !== 'helper') throw new ValidationError('role', 'Sign up as a customer or a helper');
    return this.tenantDb.run(ctx, async (tx) => {
      const { id } = await this.createUser(tx, { ...input, roles: [input.role] });
      await tx.emit({ type: 'user.signed_up', aggregateType: 'user', aggregateId: id, payload: { userId: id, role: input.role } });
      return this.sessions.start(tx, { userId: id, roles: [input.role] });
    });
  }

  async logIn(ctx: RequestContext, input: { email: string; password: string; ip: string }): Promise<UserSession> {
    const attempt = { tenantId: ctx.requireTenantId(), email: input.email, ip: input.ip };
    await this.limiter.consume(attempt);
    const session = await this.tenantDb.run(ctx, async (tx) => {
      const account = await this.findByEmail(tx, input.email);
      if (!account) return this.hasher.verifyAgainstNothing(input.password);
      const valid = await this.hasher.verify(account.passwordHash, input.password);
      if (!valid || account.status !== 'active') return false;
      return this.sessions.start(tx, { userId: account.id, roles: account.roles });
    });
    if (!session) throw new InvalidCredentialsError();
    await this.limiter.succeeded(attempt);
    return session;
  }

  async viewer(ctx: RequestContext): Promise<UserAccount> {
    const userId = ctx.userId;
    if (!userId) throw new UnauthenticatedError();
    return this.tenantDb.run(ctx, async (tx) => this.findByIdOrThrow(tx, userId));
  }

  async findByIdOrThrow(tx: TenantTransaction, userId: string): Promise<UserAccount> {
    const [row] = await tx.query<UserRow>(`${SELECT_USER} where u.id = $1`, [userId]);
    if (!row) throw new NotFoundError('User');
    return toAccount(row);
  }
}

function emailTaken(): ConflictError {
  return new ConflictError('An account with this email already exists', { field: 'email', reason: 'EMAIL_TAKEN' });
}
