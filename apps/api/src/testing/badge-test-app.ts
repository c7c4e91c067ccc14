import { PrismaService } from '@stacks/db';
import type { AppProcess } from '@stacks/test-processes';
import { createAdmin, type TestAccount } from './accounts.js';
import { ensurePrimaryIssuer } from './catalogue-fixture.js';
import { startTestApp, type TestApp } from './test-app.js';
import { startWorker } from './worker-process.js';

export interface BadgeTestApp {
  app: TestApp;
  prisma: PrismaService;
  admin: TestAccount;
  /** The real worker, which signs requested credentials; present when asked for. */
  worker?: AppProcess;
  /** Closes the API and stops the worker. */
  close(): Promise<void>;
}

export interface BadgeTestAppOptions {
  /** Start the real worker beside the API: manual awards and re-issues are signed there. */
  worker?: boolean;
}

/** An API that can issue badges: the association's issuer exists and an admin is signed in. */
export async function startBadgeTestApp(overrides: Record<string, string> = {}, options: BadgeTestAppOptions = {}): Promise<BadgeTestApp> {
  const [app, worker] = await Promise.all([startTestApp(overrides), options.worker ? startWorker(overrides) : undefined]);
  const prisma = app.nest.get(PrismaService);
  await ensurePrimaryIssuer(prisma);
  const close = async () => {
    await Promise.all([app.close(), worker?.stop()]);
  };
  return { app, prisma, admin: await createAdmin(app, prisma), worker, close };
}
