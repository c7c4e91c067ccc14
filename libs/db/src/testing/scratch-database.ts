import pg from 'pg';

/**
 * Runs `use` against an empty database created for it next to the test run's own database
 * (see tools/testing/global-setup.cjs), and drops it afterwards.
 */
export async function withScratchDatabase(label: string, use: (url: string) => Promise<void>): Promise<void> {
  const adminUrl = process.env.STACKS_TEST_ADMIN_DATABASE_URL as string;
  const name = `${process.env.STACKS_TEST_DATABASE_NAME}_${label}_${Math.random().toString(16).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    await use(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
