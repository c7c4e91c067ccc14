import { TcpProxy } from '../../testing/tcp-proxy.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('health', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it('answers liveness without touching dependencies', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('reports PostgreSQL and Redis up when both answer', async () => {
    const response = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', info: { postgresql: { status: 'up' }, redis: { status: 'up' } } });
  });
});

describe('readiness when PostgreSQL goes away', () => {
  const database = new URL(process.env.DATABASE_URL as string);
  const proxy = new TcpProxy(database.hostname, Number(database.port || 5432));
  let app: TestApp;

  beforeAll(async () => {
    const port = await proxy.start();
    const throughProxy = new URL(database);
    throughProxy.port = String(port);
    app = await startTestApp({ DATABASE_URL: throughProxy.toString(), DATABASE_CONNECT_TIMEOUT_MS: '500' });
  });
  afterAll(async () => {
    await app.close();
    await proxy.stop();
  });

  it('answers 503 quickly while it is down and 200 again once it is back', async () => {
    expect((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);

    const port = proxy.port;
    await proxy.stop();
    const started = Date.now();
    const down = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(down.statusCode).toBe(503);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(down.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(down.json()).toMatchObject({ status: 503, checks: { postgresql: { status: 'down' }, redis: { status: 'up' } } });

    await proxy.start(port);
    let recovered = 0;
    for (let attempt = 0; attempt < 20 && recovered !== 200; attempt += 1) {
      recovered = (await app.inject({ method: 'GET', url: '/health/ready' })).statusCode;
      if (recovered !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(recovered).toBe(200);
  });
});
