// A stand-in program for app-process.spec.ts: serves /health on PORT, says goodbye on SIGTERM
// (or ignores it when IGNORE_SIGTERM is set), or exits at once when FAIL_AT_START is set.
import { createServer } from 'node:http';

if (process.env.FAIL_AT_START) {
  console.error('refusing to start: FAIL_AT_START');
  process.exit(3);
}
const server = createServer((request, response) => {
  response.statusCode = request.url === '/health' ? 200 : 404;
  response.end(`log level ${process.env.LOG_LEVEL}, node options "${process.env.NODE_OPTIONS}"`);
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('fixture listening'));
process.on('SIGTERM', () => {
  if (process.env.IGNORE_SIGTERM) return;
  console.log('fixture stopping');
  server.close(() => process.exit(0));
});
