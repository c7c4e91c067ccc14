// `npx nx run api:web-api-types`: regenerates apps/web/src/api/generated/openapi.ts from the
// document the API serves at /docs-json (the app is built, not started: no port is opened).
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { loadConfigOrExit, requireServicesOrExit } from '@stacks/config';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../app/create-app.js';
import { WEB_API_TYPES_FILE, webApiTypes } from './web-api-types.js';

const config = loadConfigOrExit();
await requireServicesOrExit(config, ['postgres', 'redis']);
const app = await createApp({ ...config, LOG_LEVEL: 'warn' });
await app.init();
const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
await fastify.ready();
const served = await fastify.inject({ method: 'GET', url: '/docs-json' });
writeFileSync(WEB_API_TYPES_FILE, await webApiTypes(JSON.parse(served.body)));
await app.close();
process.stdout.write(`Wrote ${WEB_API_TYPES_FILE}\n`);
