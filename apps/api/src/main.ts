import 'reflect-metadata';
import { loadConfigOrExit, requireServicesOrExit } from '@stacks/config';

// The API seals webhook secrets and ID tokens: in production it needs SECRETS_ENCRYPTION_KEYS.
const config = loadConfigOrExit({ opensStoredSecrets: true });
// Before the application's modules load (seconds of compiling and importing on a busy machine),
// so a missing PostgreSQL or Redis is reported at once.
await requireServicesOrExit(config, ['postgres', 'redis']);
const [{ Logger }, { createApp }] = await Promise.all([import('nestjs-pino'), import('./app/create-app.js')]);

const app = await createApp(config);
await app.listen({ port: config.API_PORT, host: config.API_HOST });
app.get(Logger).log(`API listening on ${await app.getUrl()}`);
