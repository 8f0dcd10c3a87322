// Role matrix: every operation of both live schemas × every kind of caller, against the allow list
// each probe declares (a subscription over graphql-ws: a refused connection answers like HTTP 401).
// "Denied" is UNAUTHENTICATED, FORBIDDEN or TENANT_MISMATCH (or HTTP 401);
// "allowed" is any answer without such an error — a business error (NOT_FOUND, INVALID_CREDENTIALS…)
// still proves the caller got past access control.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApi, type TestApi } from '../test-api.js';
import { CALLERS, type Caller, FACT_GATHERERS, PROBES, probeKey, type Target } from './probes/index.js';
import { createGatePlatformAdmin, type GatePlatformAdmin } from './support/actors.js';
import { liveOperations } from './support/operations.js';
import { registryGaps } from './support/registry-coverage.js';
import type { GraphqlResponse } from '../test-api.js';
import { callProbe, createGateTenant, type GateTenant, probeDefects, randomTarget, targetOf } from './support/world.js';

const DENIAL_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'TENANT_MISMATCH'];

function denied(response: GraphqlResponse): boolean {
  return response.status === 401 || (response.errors ?? []).some((error) => DENIAL_CODES.includes(String(error.extensions?.code)));
}

describe('role matrix', () => {
  let api: TestApi;
  let admin: GatePlatformAdmin;
  let alpha: GateTenant;
  let bravo: GateTenant;
  let target: Target;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await createGatePlatformAdmin(api);
    alpha = await createGateTenant(api, 'alpha');
    bravo = await createGateTenant(api, 'bravo');
    target = await targetOf(api, alpha, admin, FACT_GATHERERS);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  /** A new session per call: an operation that ends a session must not spoil the next row. */
  function tokenOf(caller: Caller): Promise<string> | undefined {
    if (caller === 'anonymous') return undefined;
    if (caller === 'platform_admin') return admin.token();
    if (caller === 'other_tenant') return bravo.actors.operator_admin.token();
    return alpha.actors[caller].token();
  }

  it('has an access row for every operation of both live schemas', async () => {
    expect(registryGaps(await liveOperations(api, alpha.tenant.slug))).toEqual({ withoutProbe: [], probeWithoutOperation: [] });
  });

  it.each(PROBES.map((probe) => [probeKey(probe), probe] as const))('%s lets exactly its allowed callers through', async (_key, probe) => {
    const expected: Record<string, string> = {};
    const actual: Record<string, string> = {};
    const defects: string[] = [];
    for (const caller of CALLERS) {
      // Random look-alike ids: an allowed caller meets a business error at worst, never a change to real data.
      const aim = randomTarget(target);
      const response = await callProbe(api, probe, {
        host: alpha.tenant.slug,
        variables: probe.ownInput ? await probe.ownInput({ api, tenant: alpha.tenant, actors: alpha.actors, platformAdmin: admin }) : probe.variables?.(aim),
        token: await tokenOf(caller),
        aim,
      });
      defects.push(...probeDefects(response).map((defect) => `${caller}: ${defect}`));
      expected[caller] = probe.allow.includes(caller) ? 'allow' : 'deny';
      actual[caller] = denied(response) ? 'deny' : 'allow';
      if (actual[caller] !== expected[caller]) {
        actual[caller] += ` (${response.status} ${JSON.stringify(response.errors?.map((e) => [e.extensions?.code, e.message]) ?? [])})`;
      }
    }
    expect(defects).toEqual([]);
    expect(actual).toEqual(expected);
  });
});
