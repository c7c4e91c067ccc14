import type { ConnectionOptions } from 'bullmq';
import { Cluster, type ClusterOptions, Redis, type RedisOptions } from 'ioredis';
import { redisConnectionOptions } from './redis-connection.js';

/** Where Redis is: one node (REDIS_URL), or a cluster's seed nodes with REDIS_URL's credentials. */
export interface RedisTarget {
  REDIS_URL: string;
  REDIS_CLUSTER_NODES?: { host: string; port: number }[];
}

export type RedisClient = Redis | Cluster;

/** Options that belong to the cluster client as a whole rather than to each node's connection. */
const CLUSTER_LEVEL = ['lazyConnect', 'enableOfflineQueue', 'enableReadyCheck'] as const;

/**
 * An ioredis client for the configured topology. On a cluster, per-connection options
 * (timeouts, retries, connection name) apply to every node's connection; the database number of
 * REDIS_URL does not exist there and is dropped.
 */
export function createRedisClient(target: RedisTarget, options: RedisOptions = {}): RedisClient {
  const { host, port, db, ...credentials } = redisConnectionOptions(target.REDIS_URL);
  if (!target.REDIS_CLUSTER_NODES?.length) return new Redis({ host, port, db, ...credentials, ...options });
  const clusterOptions: ClusterOptions = {};
  const perNode: RedisOptions = { ...credentials };
  for (const [key, value] of Object.entries(options)) {
    if ((CLUSTER_LEVEL as readonly string[]).includes(key)) Object.assign(clusterOptions, { [key]: value });
    else Object.assign(perNode, { [key]: value });
  }
  return new Cluster(target.REDIS_CLUSTER_NODES, { ...clusterOptions, redisOptions: perNode });
}

/**
 * BullMQ's `connection` setting. On one node, plain options: BullMQ opens (and closes) its own
 * connections as it always has. On a cluster BullMQ needs a client instance, which it shares and
 * never closes: the owner closes it with `closeRedisConnection` after the queues and workers.
 */
export function bullmqConnection(target: RedisTarget, options: RedisOptions = {}): ConnectionOptions {
  if (!target.REDIS_CLUSTER_NODES?.length) return { ...redisConnectionOptions(target.REDIS_URL), ...options } as ConnectionOptions;
  return createRedisClient(target, options) as unknown as ConnectionOptions;
}

/** Closes a connection made by `bullmqConnection` (nothing to do for plain options). */
export function closeRedisConnection(connection: ConnectionOptions): void {
  if (connection instanceof Cluster || connection instanceof Redis) connection.disconnect();
}
