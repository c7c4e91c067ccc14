import { createRedisClient, type RedisTarget } from '@stacks/queues';

/**
 * Calls `onReconnect` each time Redis comes back after the connection was lost (a restart may
 * have lost every job and schedule). Uses a connection of its own that only watches; returns a
 * function that closes it.
 */
export function watchRedisReconnects(target: RedisTarget, name: string, onReconnect: () => void): () => void {
  const watcher = createRedisClient(target, { maxRetriesPerRequest: null, connectionName: name });
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
