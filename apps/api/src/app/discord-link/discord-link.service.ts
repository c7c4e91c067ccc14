import { Injectable } from '@nestjs/common';
import { PrismaService } from '@stacks/db';
import { generateLinkCode, hashLinkCode, LINK_CODE_TTL_SECONDS } from '@stacks/discord-link';
import type { DiscordLinkCodeDto, DiscordLinkDto } from './dto/discord-link.dto.js';

/**
 * The API half of Discord account linking: a signed-in learner asks for a one-time code and
 * types it into the bot's `/link` command, which proves that the Discord account and the Stacks
 * account belong to the same person. The bot redeems codes (apps/bot/src/app/linking).
 */
@Injectable()
export class DiscordLinkService {
  constructor(private readonly prisma: PrismaService) {}

  /** A fresh code; the learner's earlier codes are dropped, so only one is ever live. */
  async issueCode(userId: string, now = new Date()): Promise<DiscordLinkCodeDto> {
    const code = generateLinkCode();
    const expiresAt = new Date(now.getTime() + LINK_CODE_TTL_SECONDS * 1000);
    await this.prisma.$transaction([
      this.prisma.discordLinkCode.deleteMany({ where: { userId } }),
      this.prisma.discordLinkCode.create({ data: { userId, codeHash: hashLinkCode(code), expiresAt } }),
    ]);
    return { code, expiresAt, command: `/link code:${code}` };
  }

  async current(userId: string): Promise<DiscordLinkDto> {
    const link = await this.prisma.discordAccountLink.findUnique({ where: { userId } });
    return { linked: link !== null, discordUserId: link?.discordUserId ?? null, linkedAt: link?.linkedAt ?? null };
  }

  /** Removes the link and any code still outstanding. Unlinking twice is harmless. */
  async unlink(userId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const removed = await tx.discordAccountLink.deleteMany({ where: { userId } });
      await tx.discordLinkCode.deleteMany({ where: { userId, usedAt: null } });
      if (removed.count > 0) {
        await tx.auditEntry.create({
          data: { actorId: userId, action: 'discord.unlink', subjectType: 'User', subjectId: userId, details: {} },
        });
      }
    });
  }
}
