import type { IncomingMessage } from 'node:http';
import helmet from '@fastify/helmet';
import { RequestMethod, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@stacks/config';
import type { FastifyError, FastifyReply, FastifyRequest, RawServerDefault } from 'fastify';
import { jsonNestingExceeds, MAX_JSON_DEPTH } from '@stacks/bounded-json';
import { requestIdFor } from '@stacks/logging';
import { Logger } from 'nestjs-pino';
import { API_PREFIX } from './api-prefix.js';
import { AppModule } from './app.module.js';
import { mountOpenApi } from './openapi.js';
import { DEFAULT_WEB_APP_DIR, serveWebApp } from './web-app/web-app.js';
import { PROBLEM_CONTENT_TYPE, problemType, titleFor } from './problem/problem-details.js';
import { ProblemDetailsFilter } from './problem/problem-details.filter.js';
import { DomainError } from './problem/domain-error.js';
import { WellFormedTextPipe } from './problem/well-formed-text.pipe.js';
import { type RawBodyCarrier, ZOOM_EVENTS_ROUTE } from './integrations/zoom/zoom-signature.js';
import { validationExceptionFactory } from './problem/validation-exception.factory.js';

export { API_PREFIX } from './api-prefix.js';

export interface CreateAppOptions {
  /** The built web app (index.html + assets); default `dist/apps/web`. Absent: the API runs without it. */
  webAppDir?: string;
}

/** Builds the fully configured HTTP application; `main.ts` and the integration tests share it. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    // X-Forwarded-For is believed only from the configured proxies; from anyone else the address is the TCP peer.
    trustProxy: config.TRUSTED_PROXIES.length > 0 ? config.TRUSTED_PROXIES : false,
    requestIdHeader: false,
    genReqId: (request: IncomingMessage) => requestIdFor(request),
    // Fastify rejects some requests before routing (a path parameter over maxParamLength, a
    // malformed URL); they get the same problem+json as every other error.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const status = error.statusCode ?? 400;
      const field = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'path' : 'url';
      const rule = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'maxLength' : 'isUrl';
      void reply
        .code(status)
        .type(PROBLEM_CONTENT_TYPE)
        .send({
          type: problemType(),
          title: titleFor(status),
          status,
          detail: status === 414 ? 'A path parameter is longer than the API accepts' : 'The request URL is malformed',
          requestId: request.id,
          errors: [{ field, rule, message: status === 414 ? 'path parameters are at most 200 characters' : 'the URL must be valid' }],
        });
    },
    maxParamLength: 200,
  });
  // Attendance imports arrive as the raw export of a webinar platform, as bytes: Teams writes UTF-16.
  adapter
    .getInstance()
    .addContentTypeParser(['text/csv', 'text/tab-separated-values'], { parseAs: 'buffer', bodyLimit: config.ATTENDANCE_IMPORT_MAX_BYTES }, (_request, body, done) =>
      done(null, body),
    );
  // Badge verification accepts baked images and bare JWS uploads as raw bodies (bodyLimit applies).
  adapter.getInstance().addContentTypeParser('image/png', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  adapter.getInstance().addContentTypeParser(['image/svg+xml', 'application/vc+jwt', 'application/jwt'], { parseAs: 'string' }, (_request, body, done) => done(null, body));
  // Resource uploads (worksheets, booklists, recordings) arrive as the raw file, up to their own limit;
  // what the file is gets decided from its bytes, not from this header.
  adapter.getInstance().addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: config.RESOURCE_UPLOAD_MAX_BYTES }, (_request, body, done) => done(null, body));
  adapter.getInstance().addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // A body nested thousands of levels deep overflows the stack of the recursive transformer and
  // validators (a 500); it is refused by one linear scan before parsing. The rest is Fastify's own
  // JSON parser, prototype-poisoning protection included.
  const parseJson = adapter.getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit: config.BODY_LIMIT_BYTES }, (request, body, done) => {
    const text = body.toString('utf8');
    if (jsonNestingExceeds(text, MAX_JSON_DEPTH)) {
      done(
        new DomainError(400, 'validation', `The JSON body nests objects and arrays deeper than ${MAX_JSON_DEPTH} levels`, [
          { field: 'body', rule: 'maxDepth', message: `objects and arrays nest at most ${MAX_JSON_DEPTH} levels deep` },
        ]),
      );
      return;
    }
    // Signed webhooks are checked against the exact bytes that arrived, not a re-serialisation.
    if (request.url?.startsWith(`/${API_PREFIX}/${ZOOM_EVENTS_ROUTE}`)) (request as RawBodyCarrier).rawBody = text;
    parseJson(request, text, done);
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI and the credential pages style themselves inline; no inline script runs.
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        // Session recordings play in the page: media files from any https host, and the two embedded players.
        mediaSrc: ["'self'", 'https:'],
        frameSrc: ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
        frameAncestors: ["'none'"],
      },
    },
    // Badge images and credentials are embedded by other sites (that is what sharing means).
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  const origins = config.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean);
  // Only the listed front ends may call the API from a browser; an empty list allows none.
  app.enableCors({
    origin: origins.length > 0 ? origins : false,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key'],
    exposedHeaders: ['x-request-id', 'location'],
    maxAge: 600,
  });
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      // did:web resolves to these exact paths, so they cannot live under the API prefix.
      { path: '.well-known/did.json', method: RequestMethod.GET },
      { path: 'issuers/:slug/did.json', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(
    new WellFormedTextPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(
    new ProblemDetailsFilter([
      { contentType: 'application/octet-stream', field: 'file', maxBytes: config.RESOURCE_UPLOAD_MAX_BYTES },
      { contentType: 'text/csv', field: 'file', maxBytes: config.ATTENDANCE_IMPORT_MAX_BYTES },
      { contentType: 'text/tab-separated-values', field: 'file', maxBytes: config.ATTENDANCE_IMPORT_MAX_BYTES },
    ]),
  );
  app.enableShutdownHooks();
  mountOpenApi(app);
  const logger = app.get(Logger);
  await serveWebApp(app, options.webAppDir ?? DEFAULT_WEB_APP_DIR, (message) => logger.log(message, 'WebApp'));
  return app;
}
