import { EmbedBuilder, SlashCommandBuilder } from 'discord.js';
import { loadSeriesStandings, type SeriesStanding } from '../learners/learner-progress.js';
import { type CommandReply, DISCORD_LIMITS, STACKS_COLOUR, type SlashCommand, truncate } from './command.js';
import { calendarDate, plural } from './format.js';
import { forLinkedLearner } from './personal.js';

export const progressCommand: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('progress')
    .setDescription('Your progress in each learning series: what is done, what remains, what it unlocks'),
  ephemeral: true,
  execute: (input, deps) =>
    forLinkedLearner(input, deps, async (learner): Promise<CommandReply> => {
      const standings = await loadSeriesStandings(deps.prisma, learner.userId);
      if (standings.length === 0) {
        return {
          content: `No series progress yet, ${learner.displayName}. Enrol in a session or watch a recording and it will show up here. \`/programs\` lists what is on offer.`,
        };
      }
      const embed = new EmbedBuilder()
        .setColor(STACKS_COLOUR)
        .setTitle(truncate(`Series progress for ${learner.displayName}`, DISCORD_LIMITS.embedTitle))
        .addFields(
          standings.slice(0, DISCORD_LIMITS.embedFields).map((standing) => ({
            name: truncate(standing.title, DISCORD_LIMITS.embedFieldName),
            value: truncate(describeStanding(standing), DISCORD_LIMITS.embedFieldValue),
          })),
        );
      return { embeds: [embed] };
    }),
};

/** One series in a few lines: the count, what comes next, and what finishing earns. */
export function describeStanding(standing: SeriesStanding): string {
  const { progress } = standing;
  const lines = [`${progress.completedSessionIds.length} of ${plural(progress.requiredSessions, 'required session')} done (${progress.percentage}%)`];
  if (progress.satisfied) {
    const when = standing.unlockedAt ? ` on ${calendarDate(standing.unlockedAt)}` : '';
    lines.push(standing.unlockTitle ? `Complete — unlocked${when}: ${standing.unlockTitle}` : `Complete${when}.`);
    return lines.join('\n');
  }
  const remaining = progress.remainingSessionIds.map((id) => standing.sessionTitles.get(id) ?? id);
  if (standing.rule === 'ANY_K') {
    lines.push(`Any ${plural(progress.neededCount, 'more session')} will do. Still open: ${remaining.join('; ')}`);
  } else {
    const next = progress.nextSessionId ? standing.sessionTitles.get(progress.nextSessionId) : null;
    lines.push(`Remaining: ${remaining.join('; ')}`);
    if (next) lines.push(`Next${standing.rule === 'IN_ORDER' ? ' (sessions count in order)' : ''}: ${next}`);
  }
  if (progress.outOfOrderSessionIds.length > 0) {
    lines.push(`Done early, counts once the earlier ones are done: ${progress.outOfOrderSessionIds.map((id) => standing.sessionTitles.get(id) ?? id).join('; ')}`);
  }
  if (standing.unlockTitle) lines.push(`Finishing unlocks: ${standing.unlockTitle}`);
  return lines.join('\n');
}
