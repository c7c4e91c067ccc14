import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import { redactUrlSecrets } from './url-secrets.js';

/** Paths that may hold credentials or personal secrets; pino replaces them before writing. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.refreshToken',
  '*.accessToken',
  '*.token',
];

const REQUEST_ID_PATTERN = /^[\w.-]{1,128}$/;

/** Reuses a sane incoming X-Request-Id (set by a load balancer) or mints one. */
export function requestIdFor(request: Pick<IncomingMessage, 'headers'> & { id?: unknown }): string {
  if (typeof request.id === 'string') return request.id; // already assigned by the HTTP server
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
}

export function loggerOptions(options: { level: string; pretty: boolean; service: string }): Params {
  return {
    pinoHttp: {
      level: options.level,
      base: { service: options.service },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // Paths cover known fields; a URL can sit in any of them (request, error, message), so every
      // finished line is scrubbed of secret query parameters before it is written.
      hooks: { streamWrite: redactUrlSecrets },
      genReqId: requestIdFor,
      autoLogging: { ignore: (request) => request.url === '/health' || request.url === '/health/ready' },
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, url: request.url }),
      },
      transport: options.pretty ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
    },
  };
}
