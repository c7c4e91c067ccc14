import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../create-app.js';
import { testConfig } from '../../testing/test-app.js';
import { isApiOwnedPath } from './web-app.js';

const INDEX = '<!doctype html><html lang="en"><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';

async function start(webAppDir: string) {
  const nest: NestFastifyApplication = await createApp(testConfig(), { webAppDir });
  await nest.init();
  const fastify = nest.getHttpAdapter().getInstance() as FastifyInstance;
  await fastify.ready();
  return { nest, inject: fastify.inject.bind(fastify) as FastifyInstance['inject'] };
}

describe('serving the web app', () => {
  const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

  describe('with a build', () => {
    let directory: string;
    let app: Awaited<ReturnType<typeof start>>;
    beforeAll(async () => {
      directory = mkdtempSync(path.join(tmpdir(), 'stacks-web-'));
      mkdirSync(path.join(directory, 'assets'));
      writeFileSync(path.join(directory, 'index.html'), INDEX);
      writeFileSync(path.join(directory, 'assets', 'index-abc123.js'), 'console.log("app");');
      app = await start(directory);
    });
    afterAll(async () => {
      await app.nest.close();
      rmSync(directory, { recursive: true, force: true });
    });

    it('serves index.html at / under a CSP that allows only same-origin scripts', async () => {
      const response = await app.inject({ method: 'GET', url: '/', headers: html });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toBe(INDEX);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    });

    it('serves hashed assets with a long cache lifetime', async () => {
      const response = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('javascript');
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    });

    it('answers deep links that want HTML with index.html', async () => {
      for (const url of ['/sessions/ltc-mfc-large-urban-part-1', '/verify/4f1c2a9e-0000-4000-8000-000000000000', '/admin/sessions?program=x']) {
        const response = await app.inject({ method: 'GET', url, headers: html });
        expect({ url, status: response.statusCode, body: response.body }).toEqual({ url, status: 200, body: INDEX });
      }
    });

    it('never shadows the API: unknown API paths stay problem+json 404s, API routes answer as before', async () => {
      const unknown = await app.inject({ method: 'GET', url: '/api/v1/no-such-route', headers: html });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.headers['content-type']).toContain('application/problem+json');
      const health = await app.inject({ method: 'GET', url: '/health', headers: html });
      expect(health.statusCode).toBe(200);
      expect(health.headers['content-type']).toContain('application/json');
      const did = await app.inject({ method: 'GET', url: '/.well-known/did.json', headers: html });
      expect(did.body).not.toBe(INDEX);
      const docs = await app.inject({ method: 'GET', url: '/docs-json', headers: html });
      expect(docs.json()).toHaveProperty('openapi');
      const dashboard = await app.inject({ method: 'GET', url: '/admin/queues', headers: html });
      expect(dashboard.body).not.toBe(INDEX);
    });

    it('does not answer non-HTML requests for unknown paths with the page', async () => {
      const response = await app.inject({ method: 'GET', url: '/sessions/x', headers: { accept: 'application/json' } });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    });
  });

  it('starts without a build, and / is then a plain 404', async () => {
    const app = await start(path.join(tmpdir(), 'stacks-web-missing-build'));
    try {
      expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/', headers: html })).statusCode).toBe(404);
    } finally {
      await app.nest.close();
    }
  });

  it('treats exactly the API-owned prefixes as the API’s', () => {
    expect(['/api/v1/me', '/docs', '/docs-json', '/health/ready', '/admin/queues/api/queues', '/.well-known/did.json', '/issuers/x/did.json', '/notifications/unsubscribe'].filter((url) => !isApiOwnedPath(url))).toEqual([]);
    expect(['/', '/catalogue', '/admin/sessions', '/apiary', '/healthy-habits', '/verify/x'].filter(isApiOwnedPath)).toEqual([]);
  });
});
