export * from './test-environment.js';
export * from './test-database.js';
export * from './factories.js';
