import type { IncomingMessage } from 'node:http';
import { RequestMethod, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@stacks/config';
import { requestIdFor } from '@stacks/logging';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { mountOpenApi } from './openapi.js';
import { ProblemDetailsFilter } from './problem/problem-details.filter.js';
import { validationExceptionFactory } from './problem/validation-exception.factory.js';

export const API_PREFIX = 'api/v1';

/** Builds the fully configured HTTP application; `main.ts` and the integration tests share it. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: true,
    requestIdHeader: false,
    genReqId: (request: IncomingMessage) => requestIdFor(request),
  });
  // Attendance imports arrive as the raw CSV export of a webinar platform.
  adapter.getInstance().addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  adapter.getInstance().addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  mountOpenApi(app);
  return app;
}
