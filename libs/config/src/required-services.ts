import { connect } from 'node:net';
import type { AppConfig } from './config.schema.js';

export type RequiredService = 'postgres' | 'redis';

const HOW_TO_START: Record<RequiredService, string> = {
  postgres: 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
  redis: 'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no',
};

const SERVICE_NAME: Record<RequiredService, string> = { postgres: 'PostgreSQL', redis: 'Redis' };

/** The URL as it may be printed: scheme, host, port and path, never a user name or password. */
export function withoutCredentials(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  parsed.search = '';
  return parsed.toString();
}

interface Endpoint {
  host: string;
  port: number;
}

function endpointsOf(service: RequiredService, config: Pick<AppConfig, 'DATABASE_URL' | 'REDIS_URL' | 'REDIS_CLUSTER_NODES'>): { url: string; endpoints: Endpoint[] } {
  if (service === 'redis' && config.REDIS_CLUSTER_NODES) {
    return { url: config.REDIS_CLUSTER_NODES.map((node) => `${node.host}:${node.port}`).join(','), endpoints: config.REDIS_CLUSTER_NODES };
  }
  const url = new URL(service === 'postgres' ? config.DATABASE_URL : config.REDIS_URL);
  const host = url.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
  const port = Number(url.port) || (service === 'postgres' ? 5432 : 6379);
  return { url: withoutCredentials(url.toString()), endpoints: [{ host, port }] };
}

/** Resolves with undefined when something accepts TCP connections there, else with the reason. */
function probe({ host, port }: Endpoint, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (reason: string | undefined) => {
      socket.destroy();
      resolve(reason);
    };
    socket.setTimeout(timeoutMs, () => done(`no answer within ${timeoutMs} ms`));
    socket.once('connect', () => done(undefined));
    socket.once('error', (error: NodeJS.ErrnoException) =>
      done(error.code === 'ECONNREFUSED' ? 'connection refused' : error.code === 'ENOTFOUND' ? 'host not found' : (error.code ?? error.message)),
    );
  });
}

/**
 * Checks that PostgreSQL and/or Redis accept connections; for each that does not, one line naming
 * the URL (without credentials) and how to start it. Empty when all answer.
 */
export async function unreachableServices(
  config: Pick<AppConfig, 'DATABASE_URL' | 'REDIS_URL' | 'REDIS_CLUSTER_NODES'>,
  services: readonly RequiredService[],
  timeoutMs = 3000,
): Promise<string[]> {
  const problems = await Promise.all(
    services.map(async (service) => {
      const { url, endpoints } = endpointsOf(service, config);
      const reasons = await Promise.all(endpoints.map((endpoint) => probe(endpoint, timeoutMs)));
      if (reasons.some((reason) => reason === undefined)) return undefined;
      return `${SERVICE_NAME[service]} is not reachable at ${url} (${reasons[0]}). Start it: \`${HOW_TO_START[service]}\` on Debian, or \`docker compose up -d\` (README: Getting PostgreSQL and Redis)`;
    }),
  );
  return problems.filter((problem): problem is string => problem !== undefined);
}

/** Entry-point guard: with a required service down, print why (one line each) and exit 69 at once. */
export async function requireServicesOrExit(
  config: Pick<AppConfig, 'DATABASE_URL' | 'REDIS_URL' | 'REDIS_CLUSTER_NODES'>,
  services: readonly RequiredService[],
): Promise<void> {
  const problems = await unreachableServices(config, services);
  if (problems.length === 0) return;
  process.stderr.write(problems.map((problem) => `${problem}\n`).join(''));
  process.exit(69); // EX_UNAVAILABLE
}
