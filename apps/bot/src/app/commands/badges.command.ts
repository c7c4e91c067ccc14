import { EmbedBuilder, SlashCommandBuilder } from 'discord.js';
import { type CommandReply, DISCORD_LIMITS, STACKS_COLOUR, type SlashCommand, truncate } from './command.js';
import { calendarDate } from './format.js';
import { forLinkedLearner } from './personal.js';

type CredentialStatus = 'valid' | 'expired' | 'revoked';

/** The same reading as the API's badge status (apps/api badges.service credentialStatus). */
export function credentialStatus(credential: { revokedAt: Date | null; validUntil: Date | null }, now: Date): CredentialStatus {
  if (credential.revokedAt) return 'revoked';
  if (credential.validUntil && credential.validUntil < now) return 'expired';
  return 'valid';
}

/**
 * What a learner has earned: their Open Badges credentials (the current one per award, with a
 * link to its public verification page), then any completed series whose reward has no badge
 * (yet), from SeriesUnlock.
 */
export const badgesCommand: SlashCommand = {
  definition: new SlashCommandBuilder().setName('badges').setDescription('Your badges and what you have unlocked by completing series'),
  ephemeral: true,
  execute: (input, deps) =>
    forLinkedLearner(input, deps, async (learner): Promise<CommandReply> => {
      const now = deps.now();
      const [credentials, unlocks] = await Promise.all([
        deps.prisma.badgeCredential.findMany({
          // A re-issued credential is superseded by its replacement: show only the current one.
          where: { award: { userId: learner.userId }, replacedBy: { is: null } },
          orderBy: { issuedAt: 'desc' },
          take: DISCORD_LIMITS.embedFields,
          select: {
            id: true,
            issuedAt: true,
            validUntil: true,
            revokedAt: true,
            award: { select: { achievement: { select: { name: true, seriesId: true } } } },
          },
        }),
        deps.prisma.seriesUnlock.findMany({
          where: { userId: learner.userId },
          orderBy: { unlockedAt: 'desc' },
          select: { seriesId: true, unlockedAt: true, series: { select: { title: true, unlockTitle: true } } },
        }),
      ]);
      const badgedSeries = new Set(credentials.map((credential) => credential.award.achievement.seriesId).filter(Boolean));
      const unbadged = unlocks.filter((unlock) => !badgedSeries.has(unlock.seriesId));
      if (credentials.length === 0 && unbadged.length === 0) {
        return { content: 'Nothing earned yet. Finish every required session of a series to unlock its reward; `/progress` shows how close you are.' };
      }

      const fields = credentials.map((credential) => {
        const status = credentialStatus(credential, now);
        const validity =
          status === 'revoked'
            ? 'Revoked'
            : status === 'expired'
              ? `Expired ${calendarDate(credential.validUntil as Date)}`
              : credential.validUntil
                ? `Valid until ${calendarDate(credential.validUntil)}`
                : 'Valid, does not expire';
        return {
          name: truncate(credential.award.achievement.name, DISCORD_LIMITS.embedFieldName),
          value: truncate(
            `Issued ${calendarDate(credential.issuedAt)} · ${validity}\n[View and verify](${deps.publicBaseUrl}/api/v1/credentials/${credential.id}/page)`,
            DISCORD_LIMITS.embedFieldValue,
          ),
        };
      });
      if (unbadged.length > 0 && fields.length < DISCORD_LIMITS.embedFields) {
        fields.push({
          name: 'Completed series',
          value: truncate(
            unbadged.map((unlock) => `• ${unlock.series.title}, ${calendarDate(unlock.unlockedAt)}${unlock.series.unlockTitle ? ` — unlocked: ${unlock.series.unlockTitle}` : ''}`).join('\n'),
            DISCORD_LIMITS.embedFieldValue,
          ),
        });
      }
      const embed = new EmbedBuilder()
        .setColor(STACKS_COLOUR)
        .setTitle(truncate(`Earned by ${learner.displayName}`, DISCORD_LIMITS.embedTitle))
        .addFields(fields);
      return { embeds: [embed] };
    }),
};
