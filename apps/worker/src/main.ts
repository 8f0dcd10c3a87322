// Entrypoint of the worker process: the only place jobs run.
import { loadConfigOrExit } from '@quartier/platform';
import type { Logger } from 'pino';
import { productJobs } from './product-jobs.js';
import { createWorkerApp, listenWorker } from './worker.app.js';
import { WORKER_LOGGER } from './worker-runtime.js';

const config = loadConfigOrExit();
const app = await createWorkerApp(config, productJobs);
const port = await listenWorker(app, config);
app.get<Logger>(WORKER_LOGGER).info({ port }, 'Quartier worker serving /health and /metrics');
