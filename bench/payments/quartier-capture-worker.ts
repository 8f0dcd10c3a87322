// Variant (a) of the payments benchmark: Quartier's own worker as apps/worker builds it — the
// product's modules, queue factory, JobWorkers, the outbox relay and PaymentsProcessor — consuming
// the `payments` queue in this process. Only the other queues' processors are left out, so nothing
// but capture jobs runs while it is measured.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@quartier/platform';
import { PaymentsProcessor } from '../../apps/worker/src/jobs/payments.processor.js';
import { productJobs } from '../../apps/worker/src/product-jobs.js';
import { createWorkerApp } from '../../apps/worker/src/worker.app.js';

/** Starts the workers and the relay (onApplicationBootstrap); no HTTP port is opened. */
export async function startQuartierCaptureWorker(config: AppConfig): Promise<NestFastifyApplication> {
  const app = await createWorkerApp(config, { ...productJobs, processors: [PaymentsProcessor] });
  await app.init();
  return app;
}
