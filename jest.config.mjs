// One Jest run for the whole monorepo, in native ESM mode (NestJS 12 ships ESM only).
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

export default {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: {
    '^@quartier/platform/migration-kit$': '<rootDir>/libs/platform/src/database/migration-kit.ts',
    '^@quartier/migrations$': '<rootDir>/migrations/index.ts',
    '^@quartier/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/{apps,libs}/**/__tests__/**/*.spec.ts', '<rootDir>/apps/*/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/libs/testing/src/global-setup.mjs',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.mjs',
  maxWorkers: 2,
  testTimeout: 60_000,
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
};
