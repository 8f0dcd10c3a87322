// Variant (a) of the notification benchmark: Quartier's own worker as apps/worker builds it — the
// product's modules, queue factory, JobWorkers, the outbox relay, the NotificationFeeder and
// NotificationsProcessor — in this process. Only the other queues' processors are left out, so
// nothing but notification jobs runs while it is measured.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@quartier/platform';
import { NotificationsProcessor } from '../../apps/worker/src/jobs/notifications.processor.js';
import { productJobs } from '../../apps/worker/src/product-jobs.js';
import { createWorkerApp } from '../../apps/worker/src/worker.app.js';

/** Starts the workers, the relay and the feeder (onApplicationBootstrap); no HTTP port is opened. */
export async function startQuartierNotifyWorker(config: AppConfig): Promise<NestFastifyApplication> {
  const app = await createWorkerApp(config, { ...productJobs, processors: [NotificationsProcessor] });
  await app.init();
  return app;
}
