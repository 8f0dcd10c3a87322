// The baseline of the search benchmark: Fastify and a node-postgres pool, nothing else — no Nest,
// no Apollo, no TypeORM, no guard, no logger, no metrics. It answers the same request body as
// /graphql with the same JSON, and it cannot drift from the product: the search itself is the
// product's HelperSearchService (its SQL, its parameters, its ranking, its next free slots),
// handed a tenant door that opens the same transaction the product's does.
import { HelperSearchService, type HelperSearchInput, type HelperSearchPage } from '@quartier/helpers';
import { type AppConfig, isUuid, newId, QuartierError, RequestContext, SystemClock, TenantDatabase, TenantTransaction } from '@quartier/platform';
import { TenantPolicyService } from '@quartier/tenancy';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import type { DataSource } from 'typeorm';

/**
 * TenantDatabase over a bare pool: `start transaction; select set_config('app.tenant_id', …, true)`
 * in one message, the work on the same connection, COMMIT — what the product's door sends.
 */
export class BareTenantDatabase extends TenantDatabase {
  constructor(private readonly pool: pg.Pool) {
    super(null as unknown as DataSource);
  }

  override async run<T>(ctx: RequestContext, work: (tx: TenantTransaction) => Promise<T>): Promise<T> {
    const tenantId = ctx.requireTenantId();
    if (!isUuid(tenantId)) throw new Error('Tenant id must be a UUID');
    const client = await this.pool.connect();
    let open = false;
    let broken: Error | undefined;
    try {
      await client.query(`start transaction; select set_config('app.tenant_id', '${tenantId}', true)`);
      open = true;
      const result = await work(new TenantTransaction({ manager: undefined as never, connection: client }, ctx, tenantId));
      await client.query('commit');
      open = false;
      return result;
    } catch (error) {
      if (open) await client.query('rollback').catch((rollbackError: Error) => (broken = rollbackError));
      throw error;
    } finally {
      // A connection whose rollback failed may still hold the transaction: destroyed, never pooled.
      client.release(broken);
    }
  }
}

/** Host → tenant with the same time to live as the product's cache; a miss is one pooled select. */
class BareTenantCache {
  private readonly cache = new Map<string, { id: string | null; expiresAt: number }>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly baseDomain: string,
    private readonly ttlMs: number,
  ) {}

  async idFor(rawHost: string | undefined): Promise<string | null> {
    const host = (rawHost ?? '').toLowerCase().replace(/:\d+$/, '');
    const now = Date.now();
    const cached = this.cache.get(host);
    if (cached && cached.expiresAt > now) return cached.id;
    const slug = host.endsWith(`.${this.baseDomain}`) ? host.slice(0, -this.baseDomain.length - 1) : null;
    const { rows } = slug
      ? await this.pool.query<{ id: string }>(`select id from tenants where slug = $1 and status = 'active'`, [slug])
      : { rows: [] };
    const id = rows[0]?.id ?? null;
    this.cache.set(host, { id, expiresAt: now + this.ttlMs });
    return id;
  }
}

interface SearchVariables {
  postalCode: string;
  serviceId: string;
  countryCode?: string | null;
  window?: { from: string; to: string } | null;
  first?: number | null;
  after?: string | null;
}

/** The page as /graphql prints it: enum values by name (HOURLY), instants as ISO strings (JSON does that). */
function asGraphql(page: HelperSearchPage) {
  return {
    edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: { ...edge.node, pricingMode: edge.node.pricingMode.toUpperCase() } })),
    pageInfo: page.pageInfo,
  };
}

export interface BareSearchServer {
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startBareSearch(config: AppConfig): Promise<BareSearchServer> {
  // Same role, pool size and timeouts as the application's pool (libs/platform data-source.ts).
  const pool = new pg.Pool({
    connectionString: config.DATABASE_APP_URL,
    max: config.DATABASE_POOL_SIZE,
    application_name: 'quartier-bench-bare',
    statement_timeout: 15_000,
    idle_in_transaction_session_timeout: 30_000,
  });
  const db = new BareTenantDatabase(pool);
  const search = new HelperSearchService(db, new TenantPolicyService(db), new SystemClock());
  const tenants = new BareTenantCache(pool, config.PUBLIC_BASE_DOMAIN.toLowerCase(), config.TENANT_CACHE_TTL_SECONDS * 1000);

  const app = Fastify({ logger: false, bodyLimit: 1_048_576 });
  app.post('/graphql', async (request, reply) => {
    const tenantId = await tenants.idFor(request.headers.host);
    if (!tenantId) return reply.code(404).send({ errors: [{ message: 'Unknown tenant', extensions: { code: 'TENANT_NOT_FOUND' } }] });
    const variables = (request.body as { variables?: SearchVariables } | undefined)?.variables;
    if (!variables) return reply.code(400).send({ errors: [{ message: 'variables are required', extensions: { code: 'BAD_USER_INPUT' } }] });
    const ctx = RequestContext.create({ tenantId, requestId: newId() });
    const input: HelperSearchInput = {
      postalCode: variables.postalCode,
      serviceId: variables.serviceId,
      countryCode: variables.countryCode,
      window: variables.window,
      first: variables.first,
      after: variables.after,
    };
    try {
      return { data: { searchHelpers: asGraphql(await search.searchHelpers(ctx, input)) } };
    } catch (error) {
      if (!(error instanceof QuartierError)) throw error;
      return { errors: [{ message: error.message, extensions: { code: error.code } }], data: null };
    }
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
}
