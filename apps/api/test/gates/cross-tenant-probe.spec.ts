// Cross-tenant probe matrix (DESIGN invariant 1), generated from the live schemas: every Query,
// Mutation and Subscription, run as every role of tenant A aimed at tenant B's ids, secrets and cursors. None of B's
// rows may change (checked in the database), nothing of B's may appear in the answer, and the
// answer must be the one a random look-alike input gets — an id never tells that it exists elsewhere.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApi, type TestApi } from '../test-api.js';
import { FACT_GATHERERS, PROBES, type Probe, probeKey, type Target } from './probes/index.js';
import { createGatePlatformAdmin, type GatePlatformAdmin } from './support/actors.js';
import { liveOperations } from './support/operations.js';
import { registryGaps } from './support/registry-coverage.js';
import {
  callEndpoint,
  callProbe,
  comparableAnswer,
  createGateTenant,
  type GateTenant,
  leakSurface,
  markersOf,
  probeDefects,
  randomTarget,
  snapshotTenant,
  stringLeaves,
  targetOf,
} from './support/world.js';

const TENANT_A_ROLES = ['customer', 'helper', 'operator_agent', 'operator_admin'] as const;

describe('cross-tenant probe matrix', () => {
  let api: TestApi;
  let admin: GatePlatformAdmin;
  let bravo: GateTenant;
  let sharedAlpha: GateTenant;
  let target: Target;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await createGatePlatformAdmin(api);
    bravo = await createGateTenant(api, 'bravo');
    target = await targetOf(api, bravo, admin, FACT_GATHERERS);
    sharedAlpha = await createGateTenant(api, 'alpha');
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  it('has a probe for every operation of both live schemas', async () => {
    expect(registryGaps(await liveOperations(api, bravo.tenant.slug))).toEqual({ withoutProbe: [], probeWithoutOperation: [] });
  });

  async function probeAs(probe: Probe, caller: (typeof TENANT_A_ROLES)[number] | 'anonymous'): Promise<string[]> {
    const failures: string[] = [];
    // A mutation gets a fresh tenant A per caller: its own effects inside A (a sign-up, an
    // invitation) must not change what the next caller sees. Queries and subscriptions share one tenant A.
    const alpha = probe.field.startsWith('Mutation.') ? await createGateTenant(api, 'alpha') : sharedAlpha;
    const token = caller === 'anonymous' ? undefined : await alpha.actors[caller].token();
    const call = (aim: Target) => callProbe(api, probe, { host: alpha.tenant.slug, variables: probe.variables?.(aim), token, aim });

    const before = await snapshotTenant(api, target.tenantId);
    const elsewhere = stringLeaves(await snapshotTenant(api, alpha.tenant.id));
    const markers = markersOf(before, target, elsewhere);
    const random = randomTarget(target);
    const inputs = [...stringLeaves(probe.variables?.(target)), ...stringLeaves(probe.variables?.(random))];

    const aimed = await call(target);
    failures.push(...probeDefects(aimed).map((defect) => `broken probe: ${defect}`));
    const after = await snapshotTenant(api, target.tenantId);
    for (const table of Object.keys(before)) {
      if (JSON.stringify(before[table]) !== JSON.stringify(after[table])) failures.push(`changed tenant B's rows in ${table}`);
    }
    const surface = leakSurface(aimed, inputs);
    for (const marker of markers) if (surface.includes(marker)) failures.push(`answer contains tenant B's "${marker}"`);

    if (probe.foreignIds) {
      const control = await call(random);
      const [b, r] = [comparableAnswer(aimed, inputs), comparableAnswer(control, inputs)];
      if (JSON.stringify(b) !== JSON.stringify(r)) {
        failures.push(`answer for B's ids differs from a random id's: ${JSON.stringify(b)} vs ${JSON.stringify(r)}`);
      }
    }
    return failures.map((failure) => `${caller}: ${failure}`);
  }

  it.each(PROBES.map((probe) => [probeKey(probe), probe] as const))('%s leaks nothing of tenant B', async (_key, probe) => {
    const callers = [...TENANT_A_ROLES, ...(probe.allow.includes('anonymous') ? (['anonymous'] as const) : [])];
    const failures: string[] = [];
    for (const caller of callers) failures.push(...(await probeAs(probe, caller)));
    expect(failures).toEqual([]);
  });

  it('sees tenant B intact at the end (control: B still answers with its own data)', async () => {
    const response = await callEndpoint(api, {
      endpoint: 'tenant',
      host: bravo.tenant.slug,
      query: '{ currentTenant { id name } }',
    });
    expect(response.data).toEqual({ currentTenant: { id: bravo.tenant.id, name: bravo.tenant.name } });
  });
});
