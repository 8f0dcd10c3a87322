export * from './config/config.js';
export * from './config/config.module.js';
export { siteOrigin } from './config/site-origin.js';
export * from './context/request-context.js';
export * from './context/user-id.js';
export * from './errors/errors.js';
export * from './ids.js';
export * from './clock.js';
export * from './time-zone.js';
export * from './money.js';
export * from './pagination.js';
export { DatabaseModule } from './database/database.module.js';
export {
  TenantDatabase,
  TenantTransaction,
  GlobalDatabase,
  GlobalTransaction,
  PlatformDatabase,
  SystemDatabase,
  type DomainEvent,
} from './database/tenant-database.js';
export { migrate, ensureDatabaseExists } from './database/migrate.js';
export type { EntityList } from './database/data-source.js';
export { RedisModule, REDIS, createRedis } from './redis/redis.module.js';
export { InfrastructureHealth } from './observability/health.js';
export { HealthController, MetricsController } from './observability/health.controller.js';
export { Metrics } from './observability/metrics.js';
export { createLogger, PinoNestLogger } from './observability/logger.js';
export * from './graphql/connection.js';
export * from './queue/queue-contracts.js';
export {
  defineQueue,
  provisioningQueue,
  maintenanceQueue,
  DEAD_LETTER_QUEUE,
  DEFAULT_STALLED_JOB_OPTIONS,
  type QueueDefinition,
  type JobTypeOptions,
  type StalledJobOptions,
} from './queue/queue-definition.js';
export { addDeadLetter, deadLetterJobId } from './queue/dead-letter.js';
export { QueueFactory, RETENTION, BACKOFF_JITTER, MAX_RETRY_DELAY_MS, retryDelayMs, redisQueueName, jobOptionsFor } from './queue/queue.factory.js';
export { QueueModule } from './queue/queue.module.js';
export {
  JobWorkers,
  type AnyQueueProcessor,
  type JobHandlers,
  type JobOutcome,
  type JobRun,
  type QueueProcessor,
} from './queue/job-workers.js';
export { contextForJob } from './queue/job-context.js';
export { OutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay.js';
export { PollingLoop, type PollingLoopOptions } from './queue/polling-loop.js';
export { OutboxModule } from './outbox/outbox.module.js';
export {
  routeTo,
  routeToInbox,
  mergeOutboxRoutes,
  routesOf,
  isInboxRoute,
  type InboxRoute,
  type OutboxRoute,
  type OutboxRoutes,
  type OutboxRouteTable,
  type QueueRoute,
} from './outbox/outbox-routes.js';
export { SecretBox } from './crypto/secret-box.js';
