import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { applyMigrations } from '../migrations/migration-runner.js';
import { createPrismaClient } from '../prisma.service.js';
import { withScratchDatabase } from '../testing/scratch-database.js';
import { purgeExpiredSignIns, SIGN_IN_RETENTION_MS } from './expired-sign-ins.js';

const DAY_MS = 86_400_000;

describe('purging expired single-sign-on rows', () => {
  it('deletes sign-ins a day past expiry and provider sessions past the refresh lifetime, and keeps the rest', async () => {
    await withScratchDatabase('sign_ins', async (url) => {
      await applyMigrations(url, path.resolve('prisma/migrations'));
      const prisma = createPrismaClient(url, { poolSize: 2 });
      try {
        const now = new Date('2030-06-01T12:00:00Z');
        const user = await prisma.user.create({ data: { email: 'sso@example.org', displayName: 'SSO', passwordHash: 'unused' } });
        const signIn = (label: string, expiresAt: Date) =>
          prisma.oidcSignIn.create({ data: { handleHash: `handle-${label}`, stateHash: 'state', nonce: 'nonce', codeVerifier: 'verifier', expiresAt, idToken: 'enc:v1:k1:x:y' } });
        const abandoned = await signIn('abandoned', new Date(now.getTime() - SIGN_IN_RETENTION_MS - 1000));
        const recentlyExpired = await signIn('recent', new Date(now.getTime() - 60_000));
        const live = await signIn('live', new Date(now.getTime() + 60_000));
        const session = (createdAt: Date) => prisma.oidcSession.create({ data: { sessionId: randomUUID(), userId: user.id, idToken: 'enc:v1:k1:x:y', createdAt } });
        const over = await session(new Date(now.getTime() - 31 * DAY_MS));
        const current = await session(new Date(now.getTime() - 29 * DAY_MS));

        expect(await purgeExpiredSignIns(prisma, 30, now)).toEqual({ signIns: 1, sessions: 1 });
        expect((await prisma.oidcSignIn.findMany({ select: { id: true } })).map((row) => row.id).sort()).toEqual([recentlyExpired.id, live.id].sort());
        expect(await prisma.oidcSignIn.count({ where: { id: abandoned.id } })).toBe(0);
        expect((await prisma.oidcSession.findMany({ select: { sessionId: true } })).map((row) => row.sessionId)).toEqual([current.sessionId]);
        expect(await prisma.oidcSession.count({ where: { sessionId: over.sessionId } })).toBe(0);
        // A retry (the job running on two replicas at once) finds nothing more to delete.
        expect(await purgeExpiredSignIns(prisma, 30, now)).toEqual({ signIns: 0, sessions: 0 });
      } finally {
        await prisma.$disconnect();
      }
    });
  }, 60_000);
});
