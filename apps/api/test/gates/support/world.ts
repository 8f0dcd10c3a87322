// Two tenants and their people for the API gates: tenant B holds rows in every table, tenant A's
// roles probe for them. Also what the gates compare: B's rows as stored, the strings that would
// betray B in an answer, and answers made comparable across different inputs.
import { type TenantRole, TENANT_ROLES } from '@quartier/platform';
import { insertTestTenant, type TestTenant } from '@quartier/testing';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { GraphqlResponse, TestApi } from '../../test-api.js';
import type { Endpoint, FactsGatherer, Probe, Target } from '../probes/probe.js';
import { createGateUsers, type GateActor, type GatePlatformAdmin } from './actors.js';
import { listForeignKeys, tenantTableNames } from './catalog.js';
import { callSubscription } from './live.js';
import { fillTenantTables, type FilledRows } from './tenant-rows.js';

export interface GateTenant {
  tenant: TestTenant;
  domain: string;
  actors: Record<TenantRole, GateActor>;
  rows: FilledRows;
}

const short = (): string => randomBytes(4).toString('hex');

/** A tenant with a custom domain, a user per role and a row in every tenant table. */
export async function createGateTenant(api: TestApi, label: string): Promise<GateTenant> {
  const suffix = short();
  const tenant = await insertTestTenant(api.db, { slug: `${label}-${suffix}`, name: `${label[0].toUpperCase()}${label.slice(1)} ${suffix}` });
  const domain = `${label}-${suffix}.gate.example`;
  await api.db.ownerQuery(`insert into tenant_hosts (host, tenant) values ($1, $2)`, [domain, tenant.id]);
  const filled = await fillTenantTables(api.db, tenant);
  if (filled.unfilled.length) throw new Error(`Cannot fill tenant tables: ${JSON.stringify(filled.unfilled)}`);
  return { tenant, domain, actors: await createGateUsers(api, tenant), rows: filled.rows };
}

export async function targetOf(
  api: TestApi,
  gate: GateTenant,
  platformAdmin: GatePlatformAdmin,
  gatherers: FactsGatherer[],
): Promise<Target> {
  const target: Target = {
    tenantId: gate.tenant.id,
    slug: gate.tenant.slug,
    name: gate.tenant.name,
    domain: gate.domain,
    users: Object.fromEntries(
      TENANT_ROLES.map((role) => [role, { id: gate.actors[role].userId, email: gate.actors[role].email, password: gate.actors[role].password }]),
    ) as Target['users'],
    secrets: {},
    cursors: {},
  };
  for (const gather of gatherers) {
    const facts = await gather({ api, tenant: gate.tenant, actors: gate.actors, platformAdmin });
    Object.assign(target.secrets, facts.secrets);
    Object.assign(target.cursors, facts.cursors);
  }
  return target;
}

/** Same characters classes and length, different value: a look-alike that matches nothing. */
function lookAlike(value: string): string {
  const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)];
  return value.replace(/[a-z]/g, () => pick('abcdefghijklmnopqrstuvwxyz')).replace(/[A-Z]/g, () => pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ')).replace(/[0-9]/g, () => pick('0123456789'));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * A UUIDv7 keeps its millisecond prefix (its place in id order, which cursors page by) and gets
 * fresh random bits; any other UUID is replaced whole.
 */
function lookAlikeUuid(value: string): string {
  return value[14] === '7' ? value.slice(0, 15) + randomUUID().slice(15) : randomUUID();
}

function randomizeDeep(value: unknown): unknown {
  if (typeof value === 'string') return UUID.test(value) ? lookAlikeUuid(value) : ISO_TIME.test(value) ? value : lookAlike(value);
  if (Array.isArray(value)) return value.map(randomizeDeep);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, randomizeDeep(v)]));
  return value;
}

/** A cursor of the same shape pointing at no one's row (opaque cursors are base64url JSON here; others are mimicked). */
function lookAlikeCursor(cursor: string): string {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    return Buffer.from(JSON.stringify(randomizeDeep(decoded))).toString('base64url');
  } catch {
    return lookAlike(cursor);
  }
}

/** A target of the same shape as `target` whose every identifier is fresh and random. */
export function randomTarget(target: Target): Target {
  const suffix = short();
  const map = <T, U>(record: Record<string, T>, fn: (value: T) => U): Record<string, U> =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value)]));
  return {
    tenantId: randomUUID(),
    slug: `zulu-${suffix}`,
    name: `Zulu ${suffix}`,
    domain: `zulu-${suffix}.gate.example`,
    users: map(target.users, (user) => ({ id: randomUUID(), email: `nobody.${short()}@zulu-${suffix}.gate.example`, password: user.password })) as Target['users'],
    secrets: map(target.secrets, lookAlike),
    cursors: map(target.cursors, lookAlikeCursor),
  };
}

/** Every stored row of a tenant: its tenant tables, plus global rows that point at it. */
export async function snapshotTenant(api: TestApi, tenantId: string): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of await tenantTableNames(api.db)) {
    snapshot[table] = (await api.db.ownerQuery<{ row: unknown }>(`select to_jsonb(t) as row from ${table} t where tenant_id = $1 order by to_jsonb(t)::text`, [tenantId]))
      .map((r) => r.row);
  }
  snapshot.tenants = (await api.db.ownerQuery<{ row: unknown }>(`select to_jsonb(t) as row from tenants t where id = $1`, [tenantId])).map((r) => r.row);
  const tenantTables = new Set(Object.keys(snapshot));
  for (const edge of await listForeignKeys(api.db)) {
    if (edge.referencedTable !== 'tenants' || tenantTables.has(edge.table) || edge.columns.length !== 1) continue;
    snapshot[`${edge.table}.${edge.columns[0]}`] = (
      await api.db.ownerQuery<{ row: unknown }>(`select to_jsonb(t) as row from ${edge.table} t where "${edge.columns[0]}" = $1 order by to_jsonb(t)::text`, [tenantId])
    ).map((r) => r.row);
  }
  return snapshot;
}

export function stringLeaves(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((item) => stringLeaves(item, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => stringLeaves(item, into));
  return into;
}

/** Strings that can only have come from tenant B: its ids, emails, names, domain and secrets. */
export function markersOf(snapshotB: Record<string, unknown[]>, target: Target, elsewhere: Set<string>): string[] {
  const candidates = new Set<string>([target.tenantId, target.slug, target.name, target.domain, ...Object.values(target.secrets)]);
  for (const user of Object.values(target.users)) candidates.add(user.id).add(user.email);
  for (const value of stringLeaves(snapshotB)) {
    if (UUID.test(value) || value.includes('@') || value.includes(target.slug)) candidates.add(value);
  }
  return [...candidates].filter((value) => value.length >= 6 && !elsewhere.has(value));
}

function normalizeString(value: string, inputs: string[]): string {
  let out = value;
  for (const input of inputs) out = out.split(input).join('<input>');
  if (UUID.test(out)) return '<uuid>';
  if (ISO_TIME.test(out)) return '<time>';
  if (/^[A-Za-z0-9_.~+/=-]{32,}$/.test(out)) return '<opaque>';
  return out.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>');
}

function normalizeDeep(value: unknown, inputs: string[]): unknown {
  if (typeof value === 'string') return normalizeString(value, inputs);
  if (Array.isArray(value)) return value.map((item) => normalizeDeep(item, inputs));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeDeep(v, inputs)]));
  return value;
}

/** An answer with inputs, generated ids, times and tokens blanked, so two inputs' answers compare. */
export function comparableAnswer(response: GraphqlResponse, inputs: string[]): unknown {
  const sorted = [...inputs].filter((input) => input.length >= 3).sort((a, b) => b.length - a.length);
  return {
    status: response.status,
    data: normalizeDeep(response.data, sorted),
    errors: (response.errors ?? []).map((error) => ({
      message: normalizeString(error.message, sorted),
      extensions: normalizeDeep(error.extensions ?? {}, sorted),
      path: error.path,
    })),
  };
}

/**
 * Where a leak would show: data and errors, with the caller's own inputs blanked (an echoed input
 * reveals nothing). Probes select more than an echo of their input, so a row of B's still shows.
 */
export function leakSurface(response: GraphqlResponse, inputs: string[]): string {
  const sorted = [...inputs].filter((input) => input.length >= 3).sort((a, b) => b.length - a.length);
  const blank = (value: unknown): unknown =>
    typeof value === 'string'
      ? sorted.reduce((out, input) => out.split(input).join('<input>'), value)
      : Array.isArray(value)
        ? value.map(blank)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blank(v)]))
          : value;
  return JSON.stringify(blank({ data: response.data, errors: (response.errors ?? []).map((e) => ({ message: e.message, extensions: e.extensions })) }));
}

/** Calls one endpoint; each call comes from its own client address so rate limits stay per probe. */
export function callEndpoint(
  api: TestApi,
  input: { endpoint: Endpoint; host: string; query: string; variables?: Record<string, unknown>; token?: string },
): Promise<GraphqlResponse> {
  const headers = { 'x-forwarded-for': `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` };
  const call = { query: input.query, variables: input.variables, token: input.token, headers };
  return input.endpoint === 'tenant' ? api.graphql({ ...call, host: input.host }) : api.platformGraphql(call);
}

/**
 * Calls a probe's operation as `token` on `host`: over HTTP, or over graphql-ws for a subscription,
 * whose trigger publishes events aimed like its variables (at `aim`).
 */
export function callProbe(
  api: TestApi,
  probe: Probe,
  input: { host: string; token?: string; variables?: Record<string, unknown>; aim: Target },
): Promise<GraphqlResponse> {
  if (probe.field.startsWith('Subscription.')) {
    if (!probe.trigger) throw new Error(`${probe.field} is a subscription: its probe needs a trigger`);
    return callSubscription(api, { host: input.host, query: probe.document, variables: input.variables, token: input.token, aim: input.aim, trigger: probe.trigger });
  }
  return callEndpoint(api, { endpoint: probe.endpoint, host: input.host, query: probe.document, variables: input.variables, token: input.token });
}

/** Errors that mean the document or its variables never reached a resolver: a broken probe. */
export function probeDefects(response: GraphqlResponse): string[] {
  return (response.errors ?? [])
    .filter(
      (error) =>
        ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'].includes(String(error.extensions?.code)) ||
        /^Variable "\$/.test(error.message),
    )
    .map((error) => error.message);
}
