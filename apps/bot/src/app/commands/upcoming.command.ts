import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, SlashCommandBuilder } from 'discord.js';
import { DISCORD_LIMITS, STACKS_COLOUR, type SlashCommand, truncate } from './command.js';
import { calendarDate, discordTime } from './format.js';
import { startOfUtcDay } from './programs.command.js';

/** Five sessions: one row of RSVP buttons (Discord allows five buttons a row). */
const HOW_MANY = 5;
/** Discord's limit on a button label. */
const BUTTON_LABEL_MAX = 80;

/** The RSVP button under a session in /upcoming; the session id travels in the custom id. */
export const RSVP_BUTTON = /^rsvp:([0-9a-f-]{36})$/;

function rsvpButtons(sessions: { id: string; title: string }[]): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    sessions.map((session) =>
      new ButtonBuilder().setCustomId(`rsvp:${session.id}`).setEmoji('✅').setLabel(truncate(`RSVP: ${session.title}`, BUTTON_LABEL_MAX)).setStyle(ButtonStyle.Primary),
    ),
  );
}

export const upcomingCommand: SlashCommand = {
  definition: new SlashCommandBuilder().setName('upcoming').setDescription('The next live sessions and key dates'),
  ephemeral: false,
  async execute(_input, deps) {
    const now = deps.now();
    const [sessions, keyDates] = await Promise.all([
      deps.prisma.session.findMany({
        where: { status: 'SCHEDULED', startsAt: { gte: now } },
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
        take: HOW_MANY,
        select: { id: true, title: true, startsAt: true, program: { select: { title: true, acronym: true } } },
      }),
      deps.prisma.keyDate.findMany({
        where: { date: { gte: startOfUtcDay(now) } },
        orderBy: [{ date: 'asc' }, { id: 'asc' }],
        take: HOW_MANY,
        select: { title: true, date: true, kind: true, program: { select: { title: true, acronym: true } } },
      }),
    ]);
    if (sessions.length === 0 && keyDates.length === 0) return { content: 'Nothing is scheduled from now on. `/programs` shows everything on offer, including recordings.' };
    const programName = (program: { title: string; acronym: string | null }) => program.acronym ?? program.title;
    const embed = new EmbedBuilder().setColor(STACKS_COLOUR).setTitle('Coming up');
    if (sessions.length > 0) {
      embed.addFields({
        name: 'Live sessions',
        value: truncate(
          sessions.map((session) => `• ${discordTime(session.startsAt as Date, 'F')} (${discordTime(session.startsAt as Date, 'R')}) — **${session.title}**, ${programName(session.program)}`).join('\n'),
          DISCORD_LIMITS.embedFieldValue,
        ),
      });
    }
    if (keyDates.length > 0) {
      embed.addFields({
        name: 'Key dates',
        value: truncate(
          keyDates.map((keyDate) => `• ${calendarDate(keyDate.date)} — **${keyDate.title}**, ${programName(keyDate.program)} (${keyDate.kind.toLowerCase()})`).join('\n'),
          DISCORD_LIMITS.embedFieldValue,
        ),
      });
    }
    embed.setFooter({ text: sessions.length > 0 ? 'Times show in your own time zone. RSVP enrols your linked Stacks account.' : 'Times show in your own time zone.' });
    return { embeds: [embed], components: sessions.length > 0 ? [rsvpButtons(sessions)] : [] };
  },
};
