// Lint gate (DESIGN invariant 1): the repository's own ESLint configuration refuses feature code
// that reaches for an unscoped database handle, and libs that import apps. The source is linted in
// memory as if it lived in a domain lib, so the rules are proven where they matter.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const DOMAIN_FILE = 'libs/tenancy/src/gate-probe.service.ts';

describe('lint gate', () => {
  let eslint: ESLint;

  beforeAll(() => {
    process.env.NX_DAEMON = 'false';
    // The boundaries rule skips itself without Nx's cached project graph (a fresh clone has none).
    execFileSync(process.execPath, ['node_modules/nx/dist/bin/nx.js', 'show', 'projects'], { cwd: root, stdio: 'ignore', env: process.env });
    eslint = new ESLint({ cwd: root, overrideConfigFile: `${root}eslint.config.mjs` });
  });

  async function lint(source: string, filePath = DOMAIN_FILE): Promise<{ rule: string | null; message: string; severity: number }[]> {
    const [result] = await eslint.lintText(source, { filePath: `${root}${filePath}` });
    return result.messages.map((m) => ({ rule: m.ruleId, message: m.message, severity: m.severity }));
  }

  function errorsOf(messages: { rule: string | null; message: string; severity: number }[], rule: string) {
    return messages.filter((m) => m.rule === rule && m.severity === 2);
  }

  it('accepts a domain service that uses the tenant database door (control)', async () => {
    const messages = await lint(
      `import { TenantDatabase } from '@quartier/platform';\nexport const door: unknown = TenantDatabase;\n`,
    );
    expect(messages.filter((m) => m.severity === 2)).toEqual([]);
  });

  it.each([
    ['DataSource from typeorm', `import { DataSource } from 'typeorm';\nexport const handle: unknown = DataSource;\n`],
    ['EntityManager from typeorm', `import { EntityManager } from 'typeorm';\nexport const handle: unknown = EntityManager;\n`],
    ['a type-only DataSource import', `import type { DataSource } from 'typeorm';\nexport type Handle = DataSource;\n`],
    ['anything from @nestjs/typeorm', `import { InjectRepository } from '@nestjs/typeorm';\nexport const handle: unknown = InjectRepository;\n`],
    ['the pg driver', `import pg from 'pg';\nexport const handle: unknown = pg;\n`],
    ['a Pool from pg', `import { Pool } from 'pg';\nexport const handle: unknown = Pool;\n`],
    ["the platform's database internals", `import { APP_DATA_SOURCE } from '../../platform/src/database/tenant-database.js';\nexport const handle: unknown = APP_DATA_SOURCE;\n`],
  ])('refuses %s in a domain lib', async (_name, source) => {
    const errors = errorsOf(await lint(source), 'no-restricted-imports');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((error) => error.message).join('\n')).toContain('@quartier/platform');
  });

  it('refuses the cross-tenant SystemDatabase in request code, and allows it in a worker feeder', async () => {
    const source = `import { SystemDatabase } from '@quartier/platform';\nexport const door: unknown = SystemDatabase;\n`;
    for (const file of [DOMAIN_FILE, 'apps/api/src/gate-probe.ts', 'libs/notifications/src/log/gate-probe.service.ts']) {
      const errors = errorsOf(await lint(source, file), 'no-restricted-imports');
      expect(errors.map((error) => error.message).join('\n')).toContain('SystemDatabase works across every tenant');
    }
    const feeder = await lint(source, 'libs/notifications/src/feeder/gate-probe.feeder.ts');
    expect(feeder.filter((m) => m.severity === 2)).toEqual([]);
  });

  it('refuses a domain lib importing from an app', async () => {
    const messages = await lint(`import { createApiApp } from '../../../apps/api/src/api.app.js';\nexport const app: unknown = createApiApp;\n`);
    expect(errorsOf(messages, '@nx/enforce-module-boundaries').length).toBeGreaterThan(0);
  });

  it('refuses an unscoped handle in app code too', async () => {
    const errors = errorsOf(
      await lint(`import { DataSource } from 'typeorm';\nexport const handle: unknown = DataSource;\n`, 'apps/api/src/gate-probe.ts'),
      'no-restricted-imports',
    );
    expect(errors.length).toBeGreaterThan(0);
  });
});
