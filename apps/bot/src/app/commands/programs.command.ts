import { EmbedBuilder, SlashCommandBuilder } from 'discord.js';
import { type AutocompleteChoice, type BotDependencies, type CommandReply, DISCORD_LIMITS, STACKS_COLOUR, type SlashCommand, truncate } from './command.js';
import { calendarDate, discordTime } from './format.js';

export const programsCommand: SlashCommand = {
  definition: new SlashCommandBuilder()
    .setName('programs')
    .setDescription('Browse the programs, or look one up by name or acronym')
    .addStringOption((option) =>
      option.setName('program').setDescription('Start typing a name or acronym (NDORH, LTC, Día…)').setAutocomplete(true).setMaxLength(100),
    ),
  ephemeral: false,
  async execute(input, deps) {
    const wanted = input.option('program')?.trim();
    return wanted ? describeProgram(wanted, deps) : listPrograms(deps);
  },
  async autocomplete(focused, deps) {
    return suggestPrograms(deps, focused.value);
  },
};

interface ProgramName {
  slug: string;
  title: string;
  acronym: string | null;
}

/** Lower case without accents, so "dia" finds "Día". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Names change only when the catalogue does; a short cache spares the database a query per keystroke. */
const NAMES_TTL_MS = 30_000;
const namesCache = new WeakMap<object, { loadedAt: number; names: ProgramName[] }>();

async function programNames(deps: BotDependencies): Promise<ProgramName[]> {
  const cached = namesCache.get(deps.prisma);
  const now = Date.now();
  if (cached && now - cached.loadedAt < NAMES_TTL_MS) return cached.names;
  const names = await deps.prisma.program.findMany({ orderBy: { title: 'asc' }, select: { slug: true, title: true, acronym: true } });
  namesCache.set(deps.prisma, { loadedAt: now, names });
  return names;
}

/**
 * Up to 25 programs for what has been typed so far: acronym or title prefixes first, then names
 * that merely contain it, ignoring case and accents. Discord asks on every keystroke and wants an
 * answer within 3 seconds, so this is a filter over cached names, not the answering engine.
 */
export async function suggestPrograms(deps: BotDependencies, typed: string): Promise<AutocompleteChoice[]> {
  const query = fold(typed.trim());
  const ranked = (await programNames(deps))
    .map((program) => {
      const acronym = fold(program.acronym ?? '');
      const title = fold(program.title);
      const rank =
        query === '' ? 2 : acronym.startsWith(query) || title.startsWith(query) ? 0 : acronym.includes(query) || title.includes(query) || program.slug.includes(query) ? 1 : -1;
      return { program, rank };
    })
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.program.title.localeCompare(b.program.title));
  return ranked.slice(0, DISCORD_LIMITS.choices).map(({ program }) => ({
    name: truncate(program.acronym ? `${program.title} (${program.acronym})` : program.title, DISCORD_LIMITS.choiceName),
    value: program.slug.slice(0, DISCORD_LIMITS.choiceValue),
  }));
}

async function listPrograms(deps: BotDependencies): Promise<CommandReply> {
  const programs = await deps.prisma.program.findMany({ orderBy: { title: 'asc' }, select: { title: true, acronym: true, summary: true } });
  if (programs.length === 0) return { content: 'The catalogue is empty at the moment.' };
  const lines = programs.map((program) => `**${program.title}**${program.acronym ? ` (${program.acronym})` : ''} — ${truncate(program.summary, 140)}`);
  const embed = new EmbedBuilder()
    .setColor(STACKS_COLOUR)
    .setTitle('Programs')
    .setDescription(truncate(lines.join('\n'), DISCORD_LIMITS.embedDescription))
    .setFooter({ text: 'Pick one with /programs program:<name> for dates, series and partners.' });
  return { embeds: [embed] };
}

async function describeProgram(wanted: string, deps: BotDependencies): Promise<CommandReply> {
  const now = deps.now();
  const slug = await resolveProgramSlug(deps, wanted);
  const program = slug && await deps.prisma.program.findUnique({
    where: { slug },
    include: {
      series: { orderBy: { title: 'asc' }, select: { title: true, unlockTitle: true } },
      sessions: { where: { status: 'SCHEDULED', startsAt: { gte: now } }, orderBy: { startsAt: 'asc' }, take: 3, select: { title: true, startsAt: true } },
      keyDates: { where: { date: { gte: startOfUtcDay(now) } }, orderBy: { date: 'asc' }, take: 3, select: { title: true, date: true } },
      organizations: { select: { role: true, organization: { select: { name: true } } } },
    },
  });
  if (!program) return { content: `I found no program matching “${truncate(wanted, 100)}”. \`/programs\` lists them all.` };

  const embed = new EmbedBuilder()
    .setColor(STACKS_COLOUR)
    .setTitle(truncate(program.acronym ? `${program.title} (${program.acronym})` : program.title, DISCORD_LIMITS.embedTitle))
    .setDescription(truncate(program.summary, DISCORD_LIMITS.embedDescription));
  if (program.url) embed.setURL(program.url);
  const fields: { name: string; value: string }[] = [{ name: 'Who it is for', value: program.audience }];
  if (program.startsOn || program.endsOn) {
    fields.push({ name: 'Runs', value: [program.startsOn, program.endsOn].map((date) => (date ? calendarDate(date) : '…')).join(' to ') });
  }
  if (program.series.length > 0) {
    fields.push({ name: 'Series', value: program.series.map((series) => `• ${series.title}${series.unlockTitle ? ` — unlocks ${series.unlockTitle}` : ''}`).join('\n') });
  }
  const coming = [
    ...program.sessions.map((session) => `• ${session.title} — ${discordTime(session.startsAt as Date)}`),
    ...program.keyDates.map((keyDate) => `• ${keyDate.title} — ${calendarDate(keyDate.date)}`),
  ];
  if (coming.length > 0) fields.push({ name: 'Coming up', value: coming.join('\n') });
  const partners = program.organizations.map((link) => `${link.organization.name} (${link.role.toLowerCase()})`);
  if (partners.length > 0) fields.push({ name: 'Organisations', value: partners.join(', ') });
  embed.addFields(fields.map((field) => ({ name: field.name, value: truncate(field.value, DISCORD_LIMITS.embedFieldValue) })));
  return { embeds: [embed] };
}

/** A slug as chosen from autocomplete, or the best match for a name or acronym typed by hand. */
async function resolveProgramSlug(deps: BotDependencies, wanted: string): Promise<string | null> {
  const names = await programNames(deps);
  const folded = fold(wanted);
  const exact = names.find((program) => program.slug === wanted || fold(program.acronym ?? '') === folded || fold(program.title) === folded);
  if (exact) return exact.slug;
  const [best] = await suggestPrograms(deps, wanted);
  return best?.value ?? null;
}

export function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}
