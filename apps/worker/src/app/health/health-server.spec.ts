import { networkInterfaces } from 'node:os';
import type { AddressInfo, Server } from 'node:net';
import { isLoopbackAddress, startHealthServer } from './health-server.js';

const probe = { isRunning: () => true, metrics: async () => 'stacks_notifications_sent_total 3\n' };

/** An address of this host that is not loopback, so the server sees a non-local peer. */
function externalAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)?.address;
}

describe('the worker health server', () => {
  const servers: Server[] = [];
  afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));
  const start = async (options = {}) => {
    const server = await startHealthServer(0, probe, options);
    servers.push(server);
    return (server.address() as AddressInfo).port;
  };

  it('knows loopback addresses, IPv4-mapped ones included', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(address)).toBe(true);
    for (const address of ['192.0.2.2', '::ffff:10.0.0.1', 'fd00::2', '', undefined]) expect(isLoopbackAddress(address)).toBe(false);
  });

  it('without a token serves /metrics to localhost only, and /health to anyone', async () => {
    const port = await start();
    expect(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()).toContain('stacks_notifications_sent_total 3');
    const external = externalAddress();
    expect(external).toBeDefined();
    const remote = await fetch(`http://${external}:${port}/metrics`);
    expect(remote.status).toBe(403);
    expect(remote.headers.get('content-type')).toBe('application/problem+json');
    expect(await remote.text()).not.toContain('stacks_');
    expect((await fetch(`http://${external}:${port}/health`)).status).toBe(200);
  });

  it('with WORKER_METRICS_TOKEN serves /metrics to a scraper with that bearer token only, wherever it is', async () => {
    const token = 'metrics-token-0123456789abcdef';
    const port = await start({ metricsToken: token });
    const external = externalAddress();
    for (const host of ['127.0.0.1', external]) {
      expect((await fetch(`http://${host}:${port}/metrics`)).status).toBe(401);
      expect((await fetch(`http://${host}:${port}/metrics`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
      const scraped = await fetch(`http://${host}:${port}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('stacks_notifications_sent_total 3');
    }
  });
});
