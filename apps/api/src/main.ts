import { loadConfigOrExit } from '@quartier/platform';
import { createApiApp } from './api.app.js';

const config = loadConfigOrExit();
const app = await createApiApp(config);
await app.listen({ port: config.PORT, host: config.HOST });
app.getHttpAdapter().getInstance().log.info({ port: config.PORT }, 'Quartier API listening');
