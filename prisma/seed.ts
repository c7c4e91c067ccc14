// `npm run db:seed` (and `prisma db seed`): loads the catalogue and, outside production, the demo accounts.
import { hash } from '@node-rs/argon2';
import { configSchema, loadConfigOrExit, requireServicesOrExit } from '@stacks/config';
import { createPrismaClient } from '@stacks/db';
import { runSeed } from '@stacks/db/seed';

const config = loadConfigOrExit();
await requireServicesOrExit(config, ['postgres']);
const prisma = createPrismaClient(config.DATABASE_URL, { poolSize: 2 });
const demoAccounts = config.NODE_ENV !== 'production';

try {
  const report = await runSeed(prisma, {
    demoAccounts,
    demoPassword: config.SEED_DEMO_PASSWORD,
    // Same algorithm as the API's sign-up (argon2id).
    hashPassword: (password) => hash(password, { algorithm: 2 }),
  });
  console.log(`Seed: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`);
  if (demoAccounts) {
    console.log(
      'Demo accounts (local use only): admin@stacks.local (admin), maya.learner@stacks.local (finished the three-part series), ' +
        'sam.learner@stacks.local (one of three).',
    );
    // The built-in default is public (it is in .env.example); a password someone chose is not printed.
    const isDefault = config.SEED_DEMO_PASSWORD === configSchema.shape.SEED_DEMO_PASSWORD.parse(undefined);
    console.log(isDefault ? `Demo password: ${config.SEED_DEMO_PASSWORD}` : 'Demo password: the value of SEED_DEMO_PASSWORD');
  }
} catch (error) {
  console.error(`Seed failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
