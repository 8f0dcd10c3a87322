// `npm run schema:generate`: boots the API once to write both GraphQL schemas from the code.
import { loadConfigOrExit } from '@quartier/platform';
import { createApiApp } from './api.app.js';

const config = loadConfigOrExit({ ...process.env, LOG_LEVEL: 'warn' });
const app = await createApiApp(config, { writeSchemaFiles: true });
await app.close();
console.log('GraphQL schemas written to apps/api/schema.gql and apps/api/platform-schema.gql');
