import 'reflect-metadata';
import { loadConfigOrExit, requireServicesOrExit } from '@stacks/config';
import { Logger } from 'nestjs-pino';
import { createApp } from './app/create-app.js';

const config = loadConfigOrExit();
await requireServicesOrExit(config, ['postgres', 'redis']);
const app = await createApp(config);
await app.listen({ port: config.API_PORT, host: config.API_HOST });
app.get(Logger).log(`API listening on ${await app.getUrl()}`);
