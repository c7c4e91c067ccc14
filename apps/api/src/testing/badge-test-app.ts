import { PrismaService } from '@stacks/db';
import { createAdmin, type TestAccount } from './accounts.js';
import { ensurePrimaryIssuer } from './catalogue-fixture.js';
import { startTestApp, type TestApp } from './test-app.js';

export interface BadgeTestApp {
  app: TestApp;
  prisma: PrismaService;
  admin: TestAccount;
}

/** An API that can issue badges: the association's issuer exists and an admin is signed in. */
export async function startBadgeTestApp(overrides: Record<string, string> = {}): Promise<BadgeTestApp> {
  const app = await startTestApp(overrides);
  const prisma = app.nest.get(PrismaService);
  await ensurePrimaryIssuer(prisma);
  return { app, prisma, admin: await createAdmin(app, prisma) };
}
