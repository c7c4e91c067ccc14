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

const REQUEST_ID_PATTERN = /^[\w.-]{1,128}$/;

/** Reuses a sane incoming X-Request-Id (set by a load balancer) or mints one. */
export function requestIdFor(request: Pick<IncomingMessage, 'headers'> & { id?: unknown }): string {
  if (typeof request.id === 'string') return request.id; // already assigned by the HTTP server
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
}

/** Query parameters that carry a secret (unsubscribe and link tokens, codes); their values never reach a log. */
const SECRET_QUERY_PARAMETERS = /^(token|code|password|secret|key|signature|access_token|refresh_token)$/i;

/** Path segments that are capability tokens (a wallet exchange link): whoever reads the log could use them. */
const SECRET_PATH_SEGMENTS = /(\/exchanges\/)[^/?#]+/g;

/** The request URL as logged: path and query, with capability tokens and secret-bearing parameters replaced. */
export function loggableUrl(rawUrl: string): string {
  const url = rawUrl.replace(SECRET_PATH_SEGMENTS, '$1[redacted]');
  const queryStart = url.indexOf('?');
  if (queryStart === -1) return url;
  const query = new URLSearchParams(url.slice(queryStart + 1));
  for (const name of new Set(query.keys())) if (SECRET_QUERY_PARAMETERS.test(name)) query.set(name, '[redacted]');
  return `${url.slice(0, queryStart)}?${query.toString().replaceAll('%5Bredacted%5D', '[redacted]')}`;
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
      genReqId: requestIdFor,
      // originalUrl: middleware mounted on a path (as Nest mounts it for the health routes) sees url without it.
      autoLogging: { ignore: (request) => isHealthProbe((request as { originalUrl?: string }).originalUrl ?? request.url) },
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, url: loggableUrl(request.url) }),
        // Status only: response headers are noise (and may set cookies).
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      transport: options.pretty ? { target: 'pino-pretty', options: { singleLine: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss.l' } } : undefined,
    },
  };
}
