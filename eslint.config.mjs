// Lint rules that keep the architecture honest: Nx module boundaries between apps and libs, no
// database handle outside libs/platform's database folder, and the cross-tenant SystemDatabase only in
// worker feeders (tenant isolation, DESIGN invariant 1).
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

// The test harness builds actors through the domain libs' public APIs, and a domain lib's own tests
// use the harness: that cycle exists only in tests, so it is the one cycle allowed.
const TEST_HARNESS_CYCLES = readdirSync(new URL('./libs', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'testing')
  .map((entry) => [entry.name, 'testing']);

const DATABASE_DOOR = 'Reach the database through TenantDatabase, GlobalDatabase or PlatformDatabase (@quartier/platform).';
const SYSTEM_DOOR =
  'SystemDatabase works across every tenant without RLS: only the worker\'s feeders (libs/*/src/feeder/) and the outbox relay use it. Use TenantDatabase, GlobalDatabase or PlatformDatabase.';

// Handles that bypass the tenant doors, refused everywhere outside libs/platform.
const UNSCOPED_DATABASE = [
  { name: '@nestjs/typeorm', message: DATABASE_DOOR },
  { name: 'typeorm', importNames: ['DataSource', 'EntityManager', 'QueryRunner', 'getRepository', 'getManager', 'createConnection'], message: DATABASE_DOOR },
  { name: 'pg', message: DATABASE_DOOR },
];
const SYSTEM_DATABASE = { name: '@quartier/platform', importNames: ['SystemDatabase'], message: SYSTEM_DOOR };
const TEST_HARNESS = { name: '@quartier/testing', message: 'Test code only.' };
const PLATFORM_INTERNALS = { group: ['**/platform/src/**'], message: 'Import @quartier/platform, not its internals.' };

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', 'tmp/**', 'bench/results/**', 'apps/web/dist/**', 'apps/web/src/graphql/generated/**', 'apps/web/src/platform/generated/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          ignoredCircularDependencies: TEST_HARNESS_CYCLES,
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:platform', 'type:migrations', 'type:testing'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:platform'] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform'] },
            { sourceTag: 'type:migrations', onlyDependOnLibsWithTags: ['type:platform'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:migrations', 'type:domain'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [...UNSCOPED_DATABASE, SYSTEM_DATABASE],
          patterns: [
            { group: ['**/database/tenant-database*', '**/database/data-source*', '**/platform/src/**'], message: 'Import @quartier/platform, not its internals.' },
          ],
        },
      ],
    },
  },
  {
    // The database door itself, migrations, and test harnesses that arrange and check state as the owner.
    files: ['libs/platform/src/**/*.ts', 'migrations/**/*.ts', 'libs/testing/src/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Production code must not import the test harness.
    files: ['apps/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['**/__tests__/**', 'libs/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [TEST_HARNESS, ...UNSCOPED_DATABASE, SYSTEM_DATABASE],
          patterns: [PLATFORM_INTERNALS],
        },
      ],
    },
  },
  {
    // A worker feeder hands out every tenant's work fairly, so it reads across tenants as the system role.
    files: ['libs/*/src/feeder/**/*.ts'],
    ignores: ['**/__tests__/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [TEST_HARNESS, ...UNSCOPED_DATABASE], patterns: [PLATFORM_INTERNALS] }] },
  },
  {
    files: ['libs/platform/src/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Tests assert a value exists and then use it; the assertion is the guard.
    files: ['**/test/**/*.ts', '**/__tests__/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The web app runs in the browser and reaches Quartier over GraphQL only; hooks follow React's rules.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', { patterns: [{ group: ['@quartier/*'], message: 'The web app talks to the API over GraphQL; it imports no server code.' }] }],
    },
  },
  {
    // The web app's browser tests boot the real API through the API's own harness (apps/api/test/test-api.ts).
    files: ['apps/web/test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // A domain lib's own tests may use the shared test harness and factories.
    files: ['libs/*/src/**/__tests__/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allowCircularSelfDependency: true,
          ignoredCircularDependencies: TEST_HARNESS_CYCLES,
          depConstraints: [{ sourceTag: '*', onlyDependOnLibsWithTags: ['*'] }],
        },
      ],
    },
  },
);
