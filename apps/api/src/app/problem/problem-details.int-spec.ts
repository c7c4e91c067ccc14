import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('errors are application/problem+json', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it('for an unknown route', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404, instance: '/api/v1/no-such-thing' });
  });

  it('for a body that is not JSON, without a stack trace', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/health',
      headers: { 'content-type': 'application/json' },
      payload: '{"unterminated',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('carries the request id from the load balancer, in the body and the header', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/missing', headers: { 'x-request-id': 'lb-42' } });
    expect(response.headers['x-request-id']).toBe('lb-42');
    expect(response.json().requestId).toBe('lb-42');
  });
});

describe('OpenAPI', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it('serves the JSON document at /docs-json and the UI at /docs', async () => {
    const document = await app.inject({ method: 'GET', url: '/docs-json' });
    expect(document.statusCode).toBe(200);
    expect(document.json()).toMatchObject({ openapi: expect.stringMatching(/^3\./), info: { title: 'Stacks learning API' } });
    expect(Object.keys(document.json().paths)).toEqual(expect.arrayContaining(['/health', '/health/ready']));
    const ui = await app.inject({ method: 'GET', url: '/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/text\/html/);
  });
});
