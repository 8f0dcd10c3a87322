// Run once per test run (by global-setup.mjs): checks Postgres and Redis, then migrates a template
// database that every test file copies. Prints the template's name on the last line.
import { migrate } from '@quartier/platform';
import { migrations } from '@quartier/migrations';
import { assertServicesReachable } from './services.js';
import { configForDatabase } from './test-environment.js';

try {
  await assertServicesReachable();
  const template = `quartier_tpl_${process.pid}_${Date.now().toString(36)}`;
  await migrate(configForDatabase(template), migrations);
  process.stdout.write(`${template}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
