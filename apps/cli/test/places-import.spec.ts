import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { clearRedisNamespace, createTestDatabase, insertTestTenant, type TestDatabase, type TestTenant } from '@quartier/testing';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importPlacesFile } from '../src/places-import.command.js';

const ZURICH = 'CH\t8001\tZürich\tKanton Zürich\tZH\tBezirk Zürich\t112\tZürich\t261\t47.3721\t8.5417\t4';
const AARAU_1 = 'CH\t5001\tAarau 1\tKanton Aargau\tAG\tBezirk Aarau\t1901\tAarau\t4001\t47.3888\t8.0483\t';

describe('places:import', () => {
  let db: TestDatabase;
  let tenant: TestTenant;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    tenant = await insertTestTenant(db);
    dir = await mkdtemp(join(tmpdir(), 'quartier-places-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await clearRedisNamespace(db.config.REDIS_URL, db.config.QUEUE_PREFIX);
    await db.drop();
  });

  async function run(file: string, slug = tenant.slug) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await importPlacesFile(db.config, { tenant: slug, file }, { log: (line) => out.push(line), error: (line) => err.push(line) });
    return { code, out, err };
  }

  const countPlaces = async () => Number((await db.ownerQuery<{ n: string }>(`select count(*) as n from places where tenant_id = $1`, [tenant.id]))[0].n);

  it('lists every bad row by line, exits 1 and writes nothing', async () => {
    const file = join(dir, 'bad.txt');
    await writeFile(file, [ZURICH, 'CH\t8002\tZürich', AARAU_1, 'CH\t8003\tZürich\tK\tZH\tB\t112\tZ\t261\t47.3\tost\t4'].join('\n'));
    const result = await run(file);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      `places:import: ${file}: The places file has 2 bad rows; nothing was imported`,
      '  line 2: expected 12 tab-separated columns, found 3',
      '  line 4: longitude "ost" is not a decimal number',
    ]);
    expect(await countPlaces()).toBe(0);
  });

  it('imports a good file and prints the counts; an unknown tenant exits 1', async () => {
    const file = join(dir, 'good.txt');
    await writeFile(file, `${ZURICH}\n${AARAU_1}\n${ZURICH}\n`);
    const result = await run(file);
    expect(result).toEqual({
      code: 0,
      out: [`Tenant ${tenant.slug}: 2 places in 2 postal codes (CH): 2 inserted, 0 updated, 0 unchanged, 0 removed, 1 repeated lines skipped`],
      err: [],
    });
    expect(await countPlaces()).toBe(2);

    const unknown = await run(file, 'no-such-tenant');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toEqual(['places:import: no tenant with slug no-such-tenant']);
  });
});
