// Rotation of opaque refresh tokens, shared by tenant users (refresh_tokens, under RLS) and
// platform admins (platform_refresh_tokens). Only a SHA-256 of each token is stored; the family id
// doubles as the session id carried by access tokens.
import { createHash, randomBytes } from 'node:crypto';
import { newId } from '@quartier/platform';
import type { RevokedReason } from './refresh-token.entity.js';

export type SqlRunner = <T = Record<string, unknown>>(sql: string, parameters?: unknown[]) => Promise<T[]>;

export interface TokenTable {
  table: 'refresh_tokens' | 'platform_refresh_tokens';
  ownerColumn: 'user_id' | 'admin_id';
  /** Set for the tenant table; RLS already confines reads to it. */
  tenantId: string | null;
}

export interface IssuedRefreshToken {
  token: string;
  familyId: string;
  expiresAt: Date;
}

export type RotationOutcome =
  | { kind: 'rotated'; ownerId: string; familyId: string; tokenId: string }
  | { kind: 'reused'; ownerId: string; familyId: string }
  | { kind: 'invalid' };

export function newOpaqueToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOpaqueToken(token) };
}

export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export async function issueRefreshToken(
  sql: SqlRunner,
  store: TokenTable,
  input: { ownerId: string; familyId?: string; parentId?: string; ttlSeconds: number },
): Promise<IssuedRefreshToken> {
  const { token, hash } = newOpaqueToken();
  const familyId = input.familyId ?? newId();
  const tenantColumns = store.tenantId ? 'tenant_id, ' : '';
  const tenantValues = store.tenantId ? [store.tenantId] : [];
  const placeholders = Array.from({ length: tenantValues.length + 5 }, (_, index) => `$${index + 1}`);
  const [row] = await sql<{ expires_at: Date }>(
    `insert into ${store.table} (${tenantColumns}id, family_id, parent_id, ${store.ownerColumn}, token_hash, expires_at)
     values (${placeholders.join(', ')}, now() + make_interval(secs => $${placeholders.length + 1}))
     returning expires_at`,
    [...tenantValues, newId(), familyId, input.parentId ?? null, input.ownerId, hash, input.ttlSeconds],
  );
  return { token, familyId, expiresAt: row.expires_at };
}

/**
 * Marks the presented token used. A token that was already used means a copy is in someone
 * else's hands: the caller revokes the family (and must commit that before failing the request).
 */
export async function useRefreshToken(sql: SqlRunner, store: TokenTable, token: string): Promise<RotationOutcome> {
  const [row] = await sql<{ id: string; family_id: string; owner_id: string; used_at: Date | null; revoked_at: Date | null; expired: boolean }>(
    `select id, family_id, ${store.ownerColumn} as owner_id, used_at, revoked_at, expires_at <= now() as expired
       from ${store.table} where token_hash = $1 for update`,
    [hashOpaqueToken(token)],
  );
  if (!row) return { kind: 'invalid' };
  if (row.used_at) return { kind: 'reused', ownerId: row.owner_id, familyId: row.family_id };
  if (row.revoked_at || row.expired) return { kind: 'invalid' };
  await sql(`update ${store.table} set used_at = now() where id = $1`, [row.id]);
  return { kind: 'rotated', ownerId: row.owner_id, familyId: row.family_id, tokenId: row.id };
}

export async function revokeFamily(
  sql: SqlRunner,
  store: TokenTable,
  input: { familyId: string; reason: RevokedReason; ownerId?: string },
): Promise<number> {
  const rows = await sql<{ id: string }>(
    `update ${store.table} set revoked_at = now(), revoked_reason = $2
      where family_id = $1 and revoked_at is null and ($3::uuid is null or ${store.ownerColumn} = $3)
      returning id`,
    [input.familyId, input.reason, input.ownerId ?? null],
  );
  return rows.length;
}
