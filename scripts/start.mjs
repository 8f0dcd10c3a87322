// `npm start`: install if needed, check services, build the web app if its build is missing or stale,
// migrate, seed the demo, then run the API (which serves the site) and the worker side by side until
// Ctrl-C. Prints the URLs and demo logins once the API answers.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

const node = (script, args = []) => [process.execPath, ['--import', './scripts/register.mjs', script, ...args]];

function runOnce(title, [command, args]) {
  console.log(`▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The web build is missing, or older than a source it is built from. */
function webBuildIsStale() {
  const built = join(root, 'dist/apps/web/index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const sources = [
    ...readdirSync(join(root, 'apps/web/src'), { recursive: true }).map((file) => join('apps/web/src', String(file))),
    'apps/web/index.html',
    'apps/web/vite.config.ts',
    'package-lock.json',
  ];
  return sources.some((file) => statSync(join(root, file)).mtimeMs > builtAt);
}

if (webBuildIsStale()) runOnce('Building the web app', [process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']]);
runOnce('Migrating the database', node('apps/cli/src/main.ts', ['db:migrate']));
runOnce('Seeding the demo', node('apps/cli/src/main.ts', ['db:seed']));

const port = Number(process.env.PORT || 3000);
const children = [
  ['api', node('apps/api/src/main.ts')],
  ['worker', node('apps/worker/src/main.ts')],
].map(([name, [command, args]]) => {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping everything`);
      stop(code ?? 1);
    }
  });
  return child;
});

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 10_000).unref();
  Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve))))).then(
    () => process.exit(code),
  );
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

for (let attempt = 0; attempt < 120 && !stopping; attempt++) {
  const ok = await fetch(`http://127.0.0.1:${port}/health`).then((response) => response.ok, () => false);
  if (ok) {
    const banner = spawnSync(...node('apps/cli/src/main.ts', ['demo:info']), { cwd: root, encoding: 'utf8', env: process.env });
    console.log(banner.stdout);
    console.log('Sites (one web build, themed per tenant; helpers at /helper, operators at /console):');
    for (const slug of ['alpine', 'nordhaus']) console.log(`  http://${slug}.localhost:${port}/`);
    console.log(`Platform console: http://admin.localhost:${port}/ (the platform admin's login above)`);
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
