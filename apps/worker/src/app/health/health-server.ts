import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface HealthProbe {
  /** True while the worker is taking jobs (false once shutdown starts). */
  isRunning(): boolean;
  /** Prometheus text exposition for GET /metrics. */
  metrics?(): Promise<string>;
}

export interface HealthServerOptions {
  /** When set, GET /metrics needs `Authorization: Bearer <token>`; unset, only loopback peers get it. */
  metricsToken?: string;
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

export function isLoopbackAddress(address: string | undefined): boolean {
  return LOOPBACK.test(address ?? '');
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function problem(response: ServerResponse, status: number, title: string, detail?: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/problem+json', ...headers }).end(JSON.stringify({ type: 'about:blank', title, status, ...(detail ? { detail } : {}) }));
}

/**
 * Metrics name queues, counts and timings an outsider has no business reading: they go to a
 * scraper holding the configured token, or without one only to the same host.
 */
function refuseMetrics(request: IncomingMessage, response: ServerResponse, options: HealthServerOptions): boolean {
  if (options.metricsToken) {
    if (bearerMatches(request.headers.authorization, options.metricsToken)) return false;
    problem(response, 401, 'Unauthorized', 'GET /metrics needs the bearer token configured as WORKER_METRICS_TOKEN', { 'www-authenticate': 'Bearer' });
    return true;
  }
  if (isLoopbackAddress(request.socket.remoteAddress)) return false;
  problem(response, 403, 'Forbidden', 'GET /metrics is served to localhost only unless WORKER_METRICS_TOKEN is set');
  return true;
}

/** A tiny HTTP endpoint for orchestrators: 200 while running, 503 while draining; metrics beside it. */
export function startHealthServer(port: number, probe: HealthProbe, options: HealthServerOptions = {}): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/metrics' && probe.metrics) {
      if (refuseMetrics(request, response, options)) return;
      probe.metrics().then(
        (text) => response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(text),
        () => response.writeHead(500).end(),
      );
      return;
    }
    if (request.method !== 'GET' || request.url !== '/health') {
      problem(response, 404, 'Not Found');
      return;
    }
    const running = probe.isRunning();
    response
      .writeHead(running ? 200 : 503, { 'content-type': 'application/json' })
      .end(JSON.stringify({ status: running ? 'ok' : 'draining' }));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '0.0.0.0', () => resolve(server));
  });
}
