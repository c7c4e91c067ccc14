import 'reflect-metadata';
import { loadConfigOrExit, requireServicesOrExit } from '@stacks/config';
import { createApp } from './app/create-app.js';

const config = loadConfigOrExit();
await requireServicesOrExit(config, ['postgres', 'redis']);
const app = await createApp(config);
await app.listen({ port: config.API_PORT, host: config.API_HOST });
process.stdout.write(JSON.stringify({ level: 30, service: 'api', msg: `API listening on ${await app.getUrl()}` }) + '\n');
