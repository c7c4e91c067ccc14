import http from 'node:http';
import type { LoadResult } from './load.js';

/**
 * Open-loop load at a steady rate: request i is due at start + i / rate and its latency is
 * counted from that moment, so a slow reply also charges the requests it held up. (autocannon's
 * rate option sends each second's quota in a burst, which measures the burst instead.)
 */
export async function runPacedLoad(options: {
  url: string;
  path: string;
  ratePerSecond: number;
  durationSeconds: number;
  makeRequest: () => { headers: Record<string, string> };
}): Promise<LoadResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const total = Math.round(options.ratePerSecond * options.durationSeconds);
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const start = performance.now();

  const send = (dueAt: number) =>
    new Promise<void>((resolve) => {
      const request = http.request(
        { host: target.hostname, port: target.port, path: options.path, method: 'GET', agent, headers: options.makeRequest().headers },
        (response) => {
          response.resume();
          response.on('end', () => {
            latencies.push(performance.now() - dueAt);
            if (!response.statusCode || response.statusCode < 200 || response.statusCode >= 300) non2xx += 1;
            resolve();
          });
        },
      );
      request.on('error', () => {
        errors += 1;
        resolve();
      });
      request.end();
    });

  const inFlight: Promise<void>[] = [];
  for (let index = 0; index < total; index += 1) {
    const dueAt = start + (index * 1000) / options.ratePerSecond;
    const wait = dueAt - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(send(dueAt));
  }
  await Promise.all(inFlight);
  const elapsedSeconds = (performance.now() - start) / 1000;
  agent.destroy();

  latencies.sort((a, b) => a - b);
  const at = (share: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? 0);
  return {
    requestsPerSecond: latencies.length / elapsedSeconds,
    p50: at(0.5),
    p97_5: at(0.975),
    p99: at(0.99),
    max: Math.round(latencies.at(-1) ?? 0),
    total: latencies.length,
    non2xx,
    errors,
  };
}
