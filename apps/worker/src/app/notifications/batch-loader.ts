import DataLoader from 'dataloader';

/**
 * Coalesces the loads of jobs running at the same moment into one batch call (DataLoader). The
 * worker runs many jobs at once; batching their ledger and state queries turns N round trips to
 * PostgreSQL into one, which is what lets a worker keep up with BullMQ itself. No cache: every
 * load must read (or write) the current state. Batches gather until the event loop turns
 * (setImmediate), so jobs whose previous await resolved in the same turn share one.
 */
export function batchLoader<Key, Value>(load: (keys: readonly Key[]) => Promise<readonly Value[]>, maxBatchSize = 200): DataLoader<Key, Value> {
  return new DataLoader<Key, Value>(load, { cache: false, maxBatchSize, batchScheduleFn: (run) => setImmediate(run) });
}
