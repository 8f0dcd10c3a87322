export * from './config/config.js';
export * from './config/config.module.js';
export * from './context/request-context.js';
export * from './errors/errors.js';
export * from './ids.js';
export * from './clock.js';
export * from './money.js';
export * from './pagination.js';
export { DatabaseModule } from './database/database.module.js';
export {
  TenantDatabase,
  TenantTransaction,
  GlobalDatabase,
  GlobalTransaction,
  PlatformDatabase,
  type DomainEvent,
} from './database/tenant-database.js';
export { migrate, ensureDatabaseExists } from './database/migrate.js';
export type { EntityList } from './database/data-source.js';
export { RedisModule, REDIS, createRedis } from './redis/redis.module.js';
export { InfrastructureHealth } from './observability/health.js';
export { Metrics } from './observability/metrics.js';
export { createLogger, PinoNestLogger } from './observability/logger.js';
export * from './graphql/connection.js';
