// Pool soak (DESIGN invariant 1): many concurrent requests for alternating tenants share a pool of
// three connections, with failed and aborted transactions mixed in. Every answer holds only the
// asking tenant's rows, and afterwards no pooled connection still carries a tenant.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GlobalDatabase, RequestContext, TenantDatabase } from '@quartier/platform';
import { startTestApi, type TestApi } from '../test-api.js';
import { tenantTableNames } from './support/catalog.js';
import { callEndpoint, createGateTenant, type GateTenant } from './support/world.js';

const POOL_SIZE = 3;
const ROUNDS = 240;
const CONCURRENCY = 24;

describe('pool soak', () => {
  let api: TestApi;
  let tenants: GateTenant[];
  let tables: string[];

  beforeAll(async () => {
    api = await startTestApi({ DATABASE_POOL_SIZE: String(POOL_SIZE) });
    tenants = [await createGateTenant(api, 'alpha'), await createGateTenant(api, 'bravo'), await createGateTenant(api, 'charlie')];
    tables = await tenantTableNames(api.db);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
  });

  /** One unit of work for tenant `gate`; returns what was wrong with its answer, if anything. */
  async function round(index: number): Promise<string[]> {
    const gate = tenants[index % tenants.length];
    const { id, slug, name } = gate.tenant;
    const tenantDb = api.app.get(TenantDatabase);
    const ctx = RequestContext.create({ tenantId: id });
    const problems: string[] = [];
    switch (index % 7) {
      case 0: {
        const response = await callEndpoint(api, { endpoint: 'tenant', host: slug, query: '{ currentTenant { id name branding { displayName } } }' });
        const expected = { currentTenant: { id, name, branding: { displayName: `${name} Brand` } } };
        if (JSON.stringify(response.data) !== JSON.stringify(expected)) problems.push(`currentTenant: ${JSON.stringify(response)}`);
        break;
      }
      case 1: {
        const response = await callEndpoint(api, { endpoint: 'tenant', host: slug, token: await gate.actors.customer.token(), query: '{ viewer { id email } }' });
        const expected = { viewer: { id: gate.actors.customer.userId, email: gate.actors.customer.email } };
        if (JSON.stringify(response.data) !== JSON.stringify(expected)) problems.push(`viewer: ${JSON.stringify(response)}`);
        break;
      }
      case 2: {
        const response = await callEndpoint(api, {
          endpoint: 'tenant',
          host: slug,
          token: await gate.actors.operator_admin.token(),
          query: '{ operatorInvitations(first: 100) { edges { node { id } } } }',
        });
        const owned = await api.db.ownerQuery<{ id: string }>(`select id from operator_invitations where tenant_id = $1`, [id]);
        const own = new Set(owned.map((row) => row.id));
        const seen = (response.data?.operatorInvitations as { edges: { node: { id: string } }[] } | undefined)?.edges.map((e) => e.node.id);
        if (!seen?.length || seen.some((invitation) => !own.has(invitation))) problems.push(`operatorInvitations: ${JSON.stringify(response)}`);
        break;
      }
      case 3: {
        // Fails inside its transaction: the email is taken in this tenant.
        const response = await callEndpoint(api, {
          endpoint: 'tenant',
          host: slug,
          query: 'mutation($email: String!) { signUp(email: $email, password: "Soak-Password-2026!", displayName: "Soak") { userId } }',
          variables: { email: gate.actors.helper.email },
        });
        if (response.errors?.[0]?.extensions?.code !== 'CONFLICT') problems.push(`signUp duplicate: ${JSON.stringify(response)}`);
        break;
      }
      case 4: {
        // A statement error aborts the transaction after the tenant was set.
        const failed = await tenantDb.run(ctx, (tx) => tx.query('select 1 / 0')).then(() => false, () => true);
        if (!failed) problems.push('division by zero did not fail');
        break;
      }
      case 5: {
        // Work that throws after writing: rolled back, the connection goes back to the pool.
        const marker = `soak-${index}`;
        await tenantDb
          .run(ctx, async (tx) => {
            await tx.emit({ type: 'soak.aborted', aggregateType: 'soak', aggregateId: marker });
            throw new Error('abort');
          })
          .catch(() => undefined);
        const [row] = await api.db.ownerQuery<{ count: string }>(`select count(*) from outbox_events where aggregate_id = $1`, [marker]);
        if (Number(row.count) !== 0) problems.push(`aborted event ${marker} was committed`);
        break;
      }
      default: {
        // Every tenant table, read directly inside the tenant transaction.
        const foreign = await tenantDb.run(ctx, async (tx) => {
          const found: string[] = [];
          for (const table of tables) {
            const rows = await tx.query<{ tenant_id: string }>(`select tenant_id from ${table}`);
            if (rows.length === 0 || rows.some((r) => r.tenant_id !== id)) found.push(`${table}: ${rows.map((r) => r.tenant_id).join(',') || 'no rows'}`);
          }
          return found;
        });
        problems.push(...foreign);
      }
    }
    return problems.map((problem) => `round ${index} (${slug}): ${problem}`);
  }

  it('answers every request with the asking tenant rows only, failures and aborts included', async () => {
    const problems: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < ROUNDS) problems.push(...(await round(next++)));
      }),
    );
    expect(problems).toEqual([]);
  }, 120_000);

  it('leaves no tenant on any pooled connection', async () => {
    const global = api.app.get(GlobalDatabase);
    // Holding all connections at once makes the pool hand out each of them.
    const seen = await Promise.all(
      Array.from({ length: POOL_SIZE }, () =>
        global.run(async (tx) => {
          const [row] = await tx.query<{ setting: string | null; pid: number; rows: string }>(
            `select current_setting('app.tenant_id', true) as setting, pg_backend_pid() as pid,
                    (select count(*) from tenant_policies) as rows, pg_sleep(0.2)::text`,
          );
          return row;
        }),
      ),
    );
    expect(new Set(seen.map((row) => row.pid)).size).toBe(POOL_SIZE);
    expect(seen.map((row) => ({ setting: row.setting ?? '', rows: Number(row.rows) }))).toEqual(
      Array.from({ length: POOL_SIZE }, () => ({ setting: '', rows: 0 })),
    );
  });
});
