import { createScratchDatabase, type DisposableDatabase } from '@stacks/db/testing';

/**
 * A migrated database for one test file. Worker processes reconcile every upcoming session in
 * their database at start-up, so files that start workers must not share one: a worker of one
 * file would otherwise (correctly) deliver another file's reminders to its own SMTP stand-in.
 */
export function createOwnDatabase(label: string): Promise<DisposableDatabase> {
  return createScratchDatabase(label, { migrate: true });
}
