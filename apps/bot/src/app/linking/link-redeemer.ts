import type { PrismaClient } from '@stacks/db';
import { hashLinkCode, type LinkCodeRejection, normaliseLinkCode } from '@stacks/discord-link';

export type RedeemResult =
  | { ok: true; userId: string; displayName: string; /** The Discord account was linked to someone else (or this learner to another Discord account) before. */ replaced: boolean }
  | { ok: false; reason: LinkCodeRejection };

/**
 * Redeems a one-time code from the API and links the Discord user to the code's learner.
 *
 * One transaction: the code is claimed with a conditional UPDATE (unused and unexpired), so two
 * concurrent redemptions of the same code cannot both win; any link held by either side is
 * removed before the new one is written, so one Discord user maps to one learner and back.
 * An advisory lock on the Discord user serialises two different codes redeemed at once by the
 * same person, which would otherwise race on the unique discordUserId.
 */
export async function redeemLinkCode(prisma: PrismaClient, discordUserId: string, typed: string, now: Date): Promise<RedeemResult> {
  if (!normaliseLinkCode(typed)) return { ok: false, reason: 'malformed' };
  const codeHash = hashLinkCode(typed);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('discord-link:' || ${discordUserId}))`;
    const claimed = await tx.$queryRaw<{ userId: string }[]>`
      UPDATE "DiscordLinkCode" SET "usedAt" = ${now}
       WHERE "codeHash" = ${codeHash} AND "usedAt" IS NULL AND "expiresAt" > ${now}
       RETURNING "userId"`;
    if (claimed.length === 0) {
      const code = await tx.discordLinkCode.findUnique({ where: { codeHash }, select: { usedAt: true } });
      return { ok: false as const, reason: !code ? ('unknown' as const) : code.usedAt ? ('used' as const) : ('expired' as const) };
    }
    const userId = claimed[0].userId;
    const either = { OR: [{ userId }, { discordUserId }] };
    const earlier = await tx.discordAccountLink.findMany({ where: either });
    await tx.discordAccountLink.deleteMany({ where: either });
    await tx.discordAccountLink.create({ data: { userId, discordUserId, linkedAt: now } });
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { displayName: true } });
    await tx.auditEntry.create({
      data: { actorId: userId, action: 'discord.link', subjectType: 'User', subjectId: userId, details: { discordUserId } },
    });
    return { ok: true as const, userId, displayName: user.displayName, replaced: earlier.some((link) => link.userId !== userId || link.discordUserId !== discordUserId) };
  });
}

/** The learner a Discord user is linked to, or null. */
export async function findLinkedLearner(prisma: PrismaClient, discordUserId: string): Promise<{ userId: string; displayName: string } | null> {
  const link = await prisma.discordAccountLink.findUnique({
    where: { discordUserId },
    select: { userId: true, user: { select: { displayName: true } } },
  });
  return link ? { userId: link.userId, displayName: link.user.displayName } : null;
}
