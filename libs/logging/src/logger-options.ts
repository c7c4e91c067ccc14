import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';

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

/**
 * A request URL fit for a log line: capability tokens in it (a wallet exchange link, a one-click
 * unsubscribe token) are replaced, since whoever reads the log could otherwise use them.
 */
export function redactUrlSecrets(url: string): string {
  return url.replace(/(\/exchanges\/)[^/?#]+/g, '$1[redacted]').replace(/([?&]token=)[^&#]*/g, '$1[redacted]');
}

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
      genReqId: requestIdFor,
      autoLogging: { ignore: (request) => request.url === '/health' || request.url === '/health/ready' },
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, url: redactUrlSecrets(request.url) }),
      },
      transport: options.pretty ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
    },
  };
}
