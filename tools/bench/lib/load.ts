import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p97_5: number;
  p99: number;
  max: number;
  total: number;
  non2xx: number;
  errors: number;
  /** CPU milliseconds the server process spent per request answered (see `measuredWithCpu`). */
  serverCpuMsPerRequest?: number;
}

/** One autocannon run; `makeRequest` is called per request so bodies and tokens can vary. */
export async function runLoad(options: {
  url: string;
  method: 'GET' | 'POST';
  path: string;
  connections: number;
  durationSeconds: number;
  makeRequest: () => { headers: Record<string, string>; body?: string; path?: string };
}): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: [
      {
        method: options.method,
        path: options.path,
        setupRequest: (request) => {
          const next = options.makeRequest();
          return { ...request, path: next.path ?? options.path, headers: { ...request.headers, ...next.headers }, ...(next.body ? { body: next.body } : {}) };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    max: result.latency.max,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** `runLoad` plus the server process's CPU time per request over the same window. */
export async function measuredWithCpu(server: { cpuSeconds(): number }, run: () => Promise<LoadResult>): Promise<LoadResult> {
  const before = server.cpuSeconds();
  const result = await run();
  return { ...result, serverCpuMsPerRequest: Math.round((((server.cpuSeconds() - before) * 1000) / result.total) * 1000) / 1000 };
}
