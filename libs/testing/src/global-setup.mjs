// Jest global setup. The template is prepared in a child process that runs the TypeScript sources
// with the project's loader (Jest's global setup does not see tsconfig paths).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export default async function globalSetup() {
  let output;
  try {
    output = execFileSync(process.execPath, ['--import', './scripts/register.mjs', 'libs/testing/src/prepare-template.ts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    throw new Error(String(error.stderr || error.message).trim());
  }
  process.env.QUARTIER_TEST_TEMPLATE = output.trim().split('\n').at(-1);
}
