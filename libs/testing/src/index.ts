export * from './test-environment.js';
export * from './test-database.js';
export * from './factories.js';
export * from './role-session.js';
export * from './redis-namespace.js';
export * from './identity-factories.js';
export * from './marketplace-factories.js';
