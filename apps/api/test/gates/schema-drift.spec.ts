// Schema drift gate: the committed GraphQL schemas (what clients and reviewers read) are exactly
// what the code generates.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '@quartier/testing';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_SCHEMA_DIR, createApiApp } from '../../src/api.app.js';

const FIX = 'The committed GraphQL schema is out of date: run `npm run schema:generate` and commit';

describe('schema drift gate', () => {
  let db: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    dir = await mkdtemp(join(tmpdir(), 'quartier-schema-'));
    const app = await createApiApp(db.config, { writeSchemaFiles: true, schemaDir: dir });
    await app.close();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await db.drop();
  });

  it.each(['schema.gql', 'platform-schema.gql'])('%s matches the code', async (file) => {
    const generated = await readFile(join(dir, file), 'utf8');
    const committed = await readFile(join(API_SCHEMA_DIR, file), 'utf8').catch(() => '(missing)');
    expect(generated).toContain('type Query');
    if (generated !== committed) {
      throw new Error(`${FIX} apps/api/${file}.\n--- generated\n${generated}\n--- committed\n${committed}`);
    }
  });
});
