import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `nx run web:build` writes the learner and admin web app. */
export const DEFAULT_WEB_APP_DIR = fileURLToPath(new URL('../../../../../dist/apps/web', import.meta.url));

/**
 * Paths the API owns. The web app's history fallback never answers under them, so an unknown API
 * path is still a problem+json 404 and never an HTML page.
 */
export const API_OWNED_PREFIXES = ['/api', '/docs', '/health', '/admin/queues', '/.well-known', '/issuers', '/notifications'] as const;

export function isApiOwnedPath(url: string): boolean {
  const pathname = url.split('?')[0];
  return API_OWNED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`) || pathname.startsWith(`${prefix}-`));
}

const acceptsHtml = (request: FastifyRequest) => /\btext\/html\b/.test(request.headers.accept ?? '');

/**
 * Serves the built web app from `/`: hashed assets are cached for a year, index.html is
 * revalidated on every load, and any other GET that wants HTML gets index.html so deep links
 * (/sessions/…, /verify/…) open the right page. Without a build the API starts anyway.
 * Returns whether the app is served.
 */
export async function serveWebApp(app: NestFastifyApplication, directory: string, log: (message: string) => void): Promise<boolean> {
  if (!existsSync(path.join(directory, 'index.html'))) {
    log(`Web app not served: no build at ${directory} (run \`npx nx run web:build\`)`);
    return false;
  }
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  await app.register(fastifyStatic, {
    root: directory,
    prefix: '/',
    // One route per built file, found at start: unknown paths fall through to the handler below.
    wildcard: false,
    index: ['index.html'],
    setHeaders: (reply, filePath) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // The history fallback hooks into the 404 path rather than claiming `/*` as a route: a catch-all
  // route would also catch what the router rejects (an over-long path parameter must stay a 414).
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.is404 || (request.method !== 'GET' && request.method !== 'HEAD')) return;
    if (isApiOwnedPath(request.url) || !acceptsHtml(request)) return;
    await reply.code(200).header('cache-control', 'no-cache').sendFile('index.html');
    return reply;
  });
  log(`Web app served from ${directory}`);
  return true;
}
