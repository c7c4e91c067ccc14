import type { PrismaClient } from '../generated/prisma/client.js';

/** Finished and abandoned single sign-ons are kept this long after they expire (a late replay is told "used", not "unknown"). */
export const SIGN_IN_RETENTION_MS = 86_400_000;

/**
 * Deletes single-sign-on rows nobody can use any more: sign-ins (and their sealed ID-token
 * handoffs) a day past their expiry, and provider sessions older than the refresh-token lifetime
 * (their Stacks session is over). Run hourly by the worker's maintenance jobs, so a sign-in's
 * start does no clean-up and abandoned rows do not wait for the next sign-in.
 */
export async function purgeExpiredSignIns(
  prisma: Pick<PrismaClient, 'oidcSignIn' | 'oidcSession'>,
  refreshTtlDays: number,
  now = new Date(),
): Promise<{ signIns: number; sessions: number }> {
  const signIns = await prisma.oidcSignIn.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - SIGN_IN_RETENTION_MS) } } });
  const sessions = await prisma.oidcSession.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - refreshTtlDays * 86_400_000) } } });
  return { signIns: signIns.count, sessions: sessions.count };
}
