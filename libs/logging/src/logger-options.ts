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

/** Liveness and readiness probes arrive every few seconds; logging each would drown the rest. */
export function isHealthProbe(url: string | undefined): boolean {
  return /^\/health(\/ready)?(\?|$)/.test(url ?? '');
}

export interface LogTarget {
  isTTY: boolean;
  /** FORCE_COLOR, which `concurrently` (npm start) sets for its children when it writes to a terminal. */
  forceColor?: string;
}

/**
 * Readable lines for a person at a terminal, JSON lines for everything else. LOG_PRETTY decides
 * when it is set; otherwise pretty only in development, with output going to a terminal (directly,
 * or through `concurrently`, whose children see a pipe but inherit FORCE_COLOR).
 */
export function wantsPrettyLogs(
  options: { pretty?: boolean; nodeEnv: string },
  target: LogTarget = { isTTY: process.stdout.isTTY === true, forceColor: process.env.FORCE_COLOR },
): boolean {
  if (options.pretty !== undefined) return options.pretty;
  if (options.nodeEnv !== 'development') return false;
  return target.isTTY || (target.forceColor !== undefined && target.forceColor !== '0' && target.forceColor !== 'false');
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
      // originalUrl: middleware mounted on a path (as Nest mounts it for the health routes) sees url without it.
      autoLogging: { ignore: (request) => isHealthProbe((request as { originalUrl?: string }).originalUrl ?? request.url) },
      serializers: {
        // Secrets in the URL are removed from the whole line by the streamWrite hook below.
        req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, url: request.url }),
        // Status only: response headers are noise (and may set cookies).
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      transport: options.pretty ? { target: 'pino-pretty', options: { singleLine: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss.l' } } : undefined,
    },
  };
}
