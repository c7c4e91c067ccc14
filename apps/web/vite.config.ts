import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.STACKS_API_URL ?? 'http://127.0.0.1:3000';

/** Everything the API answers; in development Vite forwards it so the app stays same-origin. */
const apiPaths = ['/api', '/.well-known', '/issuers', '/admin/queues', '/health', '/docs', '/notifications'];

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    // One module script and no inline code: the API's CSP (script-src 'self') allows exactly this.
    modulePreload: { polyfill: false },
  },
  server: {
    port: 4200,
    proxy: Object.fromEntries(apiPaths.map((path) => [path, { target: api, changeOrigin: false }])),
  },
});
