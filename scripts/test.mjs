// `npm test`: every check, in the order that fails fastest — services, types, lint, the web build, then
// all Jest suites against the real Postgres and Redis. Ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInstalled } from './ensure-install.mjs';
import { preflight } from './preflight.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
ensureInstalled(root);

const problems = await preflight();
if (problems.length) {
  for (const line of problems) console.error(line);
  process.exit(1);
}

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed`);
    process.exit(result.status ?? 1);
  }
}

step('Type check', process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']);
step('Type check (web app)', process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'apps/web/tsconfig.json', '--noEmit']);
step('Web GraphQL client matches apps/api/schema.gql', process.execPath, ['node_modules/@graphql-codegen/cli/esm/bin.js', '--config', 'apps/web/codegen.ts', '--check', '--silent']);
// The module-boundaries rule reads Nx's cached project graph and silently skips without one.
step('Project graph (Nx)', process.execPath, ['node_modules/nx/dist/bin/nx.js', 'show', 'projects']);
step('Lint (module boundaries, database doors)', process.execPath, ['node_modules/eslint/bin/eslint.js', '.']);
// The browser tests (apps/web/test) load the site from this build, served by the API.
step('Build the web app (Vite)', process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']);

const report = join(mkdtempSync(join(tmpdir(), 'quartier-jest-')), 'report.json');
console.log('\n▶ Tests (Jest, real Postgres and Redis)');
const jest = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    'node_modules/jest/bin/jest.js',
    '--ci',
    '--json',
    `--outputFile=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env },
);
let summary = null;
try {
  summary = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  // Jest did not get as far as writing a report; its own output says why.
}
if (summary) {
  console.log(`\ntests: ${summary.numPassedTests} passed, ${summary.numFailedTests + summary.numRuntimeErrorTestSuites} failed`);
}
process.exit(jest.status ?? 1);
