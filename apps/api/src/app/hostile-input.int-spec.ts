import { MAX_JSON_DEPTH } from '@stacks/bounded-json';
import { AppProcess, freePort, type HostileInput, hostileInputs, PROCESS_SETUP_TIMEOUT_MS } from '@stacks/test-processes';
import { startTestApp, type TestApp } from '../testing/test-app.js';

/**
 * Inputs an anonymous attacker can send that once cost a 500 or a stall: deep nesting, repeated
 * tags, long tokens. Each must be refused (or judged) as a 4xx/200 problem, never a 5xx, and the
 * process must keep answering its liveness probe within 100 ms while it handles one.
 */
describe('hostile input', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  const post = (url: string, payload: string) => app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload });

  it.each(['/api/v1/auth/register', '/api/v1/auth/login', '/api/v1/verify', '/api/v1/ask'])(
    'refuses 3 000 levels of JSON nesting on %s as a problem naming the rule',
    async (path) => {
      const response = await post(path, `{"email":${'['.repeat(3000)}${']'.repeat(3000)}}`);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({
        status: 400,
        errors: [{ field: 'body', rule: 'maxDepth', message: expect.stringContaining(String(MAX_JSON_DEPTH)) }],
      });
    },
  );

  it('still accepts bodies nested up to the limit', async () => {
    const nested = '['.repeat(MAX_JSON_DEPTH - 1) + ']'.repeat(MAX_JSON_DEPTH - 1);
    const response = await post('/api/v1/auth/login', `{"email":${nested}}`);
    // Parsed, then refused by validation (email is not an array): the depth rule did not fire.
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toContain('maxDepth');
  });
});

/** The real API process, so the probes measure its event loop, not this test's. */
describe('the event loop stays responsive while hostile input is processed', () => {
  const BODY_LIMIT = 1_048_576;
  let api: AppProcess;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = new AppProcess('apps/api/src/main.ts', {
      LOG_LEVEL: 'warn',
      API_PORT: String(port),
      API_HOST: '127.0.0.1',
      BODY_LIMIT_BYTES: String(BODY_LIMIT),
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    }).start();
    await api.waitForHealth(`${base}/health`);
  }, PROCESS_SETUP_TIMEOUT_MS);
  afterAll(() => api?.stop());

  async function probeHealth(): Promise<number> {
    const started = performance.now();
    const health = await fetch(`${base}/health`);
    await health.arrayBuffer();
    expect(health.status).toBe(200);
    return performance.now() - started;
  }

  const send = (input: HostileInput) => fetch(`${base}${input.path}`, { method: 'POST', headers: { 'content-type': input.contentType }, body: input.payload });
  const small = hostileInputs(4096);

  it.each(hostileInputs(BODY_LIMIT).map((input, index) => [input.name, input, small[index]] as const))(
    'answers GET /health within 100 ms of its idle time while it handles %s, and that request with no 5xx',
    async (_name, input, warmUp) => {
      // Warm: the connection open and both routes compiled (a small input of the same kind) before the clock matters.
      for (let warm = 0; warm < 3; warm++) await probeHealth();
      await (await send(warmUp)).arrayBuffer();
      // What a probe costs on this machine right now with nothing else to do: on a shared CI
      // machine the scheduler alone can add tens of milliseconds, which is not the API's doing.
      const idle: number[] = [];
      for (let probe = 0; probe < 10; probe++) idle.push(await probeHealth());
      const bound = 100 + Math.max(...idle);
      let finished = false;
      const hostile = send(input).then(async (response) => {
        await response.arrayBuffer();
        finished = true;
        return response.status;
      });
      const probes: number[] = [];
      while (!finished || probes.length < 5) {
        probes.push(await probeHealth());
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(await hostile).toBeLessThan(500);
      // A blocked event loop (the quadratic SVG scan once stalled it for 25 s) shows as probes far
      // beyond the idle ones; 100 ms over the slowest idle probe is the allowance.
      const slow = probes.filter((milliseconds) => milliseconds >= bound);
      expect(slow.length === 0 ? 'every probe within 100 ms of idle' : `probes took ${probes.map(Math.round).join(', ')} ms (idle ${idle.map(Math.round).join(', ')} ms)`).toBe(
        'every probe within 100 ms of idle',
      );
    },
    30_000,
  );
});
