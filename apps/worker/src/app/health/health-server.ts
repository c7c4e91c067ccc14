import { createServer, type Server } from 'node:http';

export interface HealthProbe {
  /** True while the worker is taking jobs (false once shutdown starts). */
  isRunning(): boolean;
  /** Prometheus text exposition for GET /metrics. */
  metrics?(): Promise<string>;
}

/** A tiny HTTP endpoint for orchestrators: 200 while running, 503 while draining. */
export function startHealthServer(port: number, probe: HealthProbe): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/metrics' && probe.metrics) {
      probe.metrics().then(
        (text) => response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(text),
        () => response.writeHead(500).end(),
      );
      return;
    }
    if (request.method !== 'GET' || request.url !== '/health') {
      response.writeHead(404, { 'content-type': 'application/problem+json' }).end(
        JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }),
      );
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
