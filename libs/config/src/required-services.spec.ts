import { createServer, type Server } from 'node:net';
import { unreachableServices, withoutCredentials } from './required-services.js';

async function listening(): Promise<Server> {
  const server = createServer((socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

function portOf(server: Server): number {
  return (server.address() as { port: number }).port;
}

/** A port that was just free: nothing listens on it. */
async function closedPort(): Promise<number> {
  const server = await listening();
  const port = portOf(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('required services', () => {
  it('reports nothing when both accept connections', async () => {
    const server = await listening();
    try {
      const port = portOf(server);
      const config = { DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/stacks`, REDIS_URL: `redis://127.0.0.1:${port}` };
      expect(await unreachableServices(config, ['postgres', 'redis'])).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('names the URL without its password, and how to start the service, one line each', async () => {
    const port = await closedPort();
    const config = { DATABASE_URL: `postgresql://app:s3cret@127.0.0.1:${port}/stacks`, REDIS_URL: `redis://:hunter2@127.0.0.1:${port}` };
    const lines = await unreachableServices(config, ['postgres', 'redis']);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^PostgreSQL is not reachable at postgresql://127\\.0\\.0\\.1:${port}/stacks \\(connection refused\\)\\. Start it: .*pg_ctlcluster.*docker compose up -d`));
    expect(lines[1]).toMatch(new RegExp(`^Redis is not reachable at redis://127\\.0\\.0\\.1:${port} \\(connection refused\\)\\. Start it: .*redis-server.*docker compose up -d`));
    expect(lines.join('\n')).not.toMatch(/s3cret|hunter2|\n.*\n.*\n/);
  });

  it('checks only the services asked for', async () => {
    const port = await closedPort();
    const config = { DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/stacks`, REDIS_URL: `redis://127.0.0.1:${port}` };
    expect(await unreachableServices(config, ['redis'])).toEqual([expect.stringMatching(/^Redis /)]);
  });

  it('accepts a Redis Cluster when one seed node answers', async () => {
    const [server, port] = [await listening(), await closedPort()];
    try {
      const config = {
        DATABASE_URL: 'postgresql://postgres@127.0.0.1/stacks',
        REDIS_URL: 'redis://127.0.0.1:1',
        REDIS_CLUSTER_NODES: [{ host: '127.0.0.1', port }, { host: '127.0.0.1', port: portOf(server) }],
      };
      expect(await unreachableServices(config, ['redis'])).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('strips user, password and query from a printed URL', () => {
    expect(withoutCredentials('postgresql://app:pw@db.internal:5432/stacks?sslmode=require&password=x')).toBe('postgresql://db.internal:5432/stacks');
  });
});
