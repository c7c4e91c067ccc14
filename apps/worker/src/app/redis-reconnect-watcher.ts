import { redisConnectionOptions } from '@stacks/queue-contracts';
import { Redis } from 'ioredis';

/**
 * Calls `onReconnect` each time Redis comes back after the connection was lost (a restart may
 * have lost every job and schedule). Uses a connection of its own that only watches; returns a
 * function that closes it.
 */
export function watchRedisReconnects(redisUrl: string, name: string, onReconnect: () => void): () => void {
  const watcher = new Redis({ ...redisConnectionOptions(redisUrl), maxRetriesPerRequest: null, connectionName: name });
  watcher.on('error', () => undefined); // reconnects on its own; the workers log the outage
  let lostConnection = false;
  watcher.on('close', () => {
    lostConnection = true;
  });
  watcher.on('ready', () => {
    if (!lostConnection) return;
    lostConnection = false;
    onReconnect();
  });
  return () => watcher.disconnect();
}
