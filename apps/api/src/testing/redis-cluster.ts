import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, waitFor } from '@stacks/test-processes';

const run = promisify(execFile);

export interface RedisClusterProcesses {
  /** `host:port,host:port,…` as REDIS_CLUSTER_NODES takes it. */
  nodes: string;
  ports: number[];
  stop(): Promise<void>;
}

/**
 * A real three-primary Redis Cluster on loopback (redis-server in cluster mode, joined by
 * `redis-cli --cluster create`), in a temporary directory of its own; nothing on disk survives.
 */
export async function startRedisCluster(primaries = 3): Promise<RedisClusterProcesses> {
  const directory = await mkdtemp(path.join(tmpdir(), 'stacks-redis-cluster-'));
  const ports: number[] = [];
  // Cluster buses listen on port + 10000, so pick ports that leave room for that.
  while (ports.length < primaries) {
    const port = await freePort();
    if (port < 55_000 && !ports.includes(port)) ports.push(port);
  }
  const servers: ChildProcess[] = ports.map((port) =>
    spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`,
        '--cluster-node-timeout', '5000', '--save', '', '--appendonly', 'no', '--dir', directory],
      { stdio: 'ignore' },
    ),
  );
  const stop = async () => {
    await Promise.all(
      servers.map(async (server) => {
        if (server.exitCode !== null) return;
        const exited = once(server, 'exit');
        server.kill('SIGKILL');
        await exited;
      }),
    );
    await rm(directory, { recursive: true, force: true });
  };
  try {
    // redis-cli fails while a node is still starting: a failed probe means "not yet".
    const answers = (args: string[], expected: string) => run('redis-cli', args).then(({ stdout }) => stdout.includes(expected), () => false);
    for (const port of ports) await waitFor(() => answers(['-p', String(port), 'ping'], 'PONG'), 20_000, `redis on ${port}`);
    await run('redis-cli', ['--cluster', 'create', ...ports.map((port) => `127.0.0.1:${port}`), '--cluster-replicas', '0', '--cluster-yes']);
    for (const port of ports) {
      await waitFor(() => answers(['-p', String(port), 'cluster', 'info'], 'cluster_state:ok'), 20_000, `cluster state on ${port}`);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { nodes: ports.map((port) => `127.0.0.1:${port}`).join(','), ports, stop };
}
