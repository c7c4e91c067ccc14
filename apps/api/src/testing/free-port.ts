import { once } from 'node:events';
import { createServer } from 'node:net';

/** A TCP port nothing listens on right now (the OS picks it), for a process a test starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}
