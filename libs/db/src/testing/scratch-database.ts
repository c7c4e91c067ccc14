import { createDisposableDatabase, type DisposableDatabase } from '../migrations/disposable-database.js';

/** A name next to the test run's own database (see tools/testing/global-setup.cjs), so teardown finds it. */
function scratchName(label: string): string {
  return `${process.env.STACKS_TEST_DATABASE_NAME}_${label}_${Math.random().toString(16).slice(2, 8)}`;
}

/** An empty (or, with `migrate`, migrated) database of the test run's own, for one test file. */
export function createScratchDatabase(label: string, options: { migrate: boolean }): Promise<DisposableDatabase> {
  return createDisposableDatabase(process.env.STACKS_TEST_ADMIN_DATABASE_URL as string, scratchName(label), options);
}

/** Runs `use` against an empty database created for it, and drops it afterwards. */
export async function withScratchDatabase(label: string, use: (url: string) => Promise<void>): Promise<void> {
  const database = await createScratchDatabase(label, { migrate: false });
  try {
    await use(database.url);
  } finally {
    await database.drop();
  }
}
