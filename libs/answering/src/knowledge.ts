import { describeDated, formatCalendarDate, type DatedEventKind } from './dates.js';
import { STOP_WORDS, stemTerm, tokenize } from './text.js';
import type { CatalogueSnapshot, OrganizationFacts, OrganizationRoleName, ProgramFacts, ResourceFacts, SeriesFacts, SessionFacts } from './snapshot.js';

/** Which kind of question an entry answers; the question's intent boosts the matching kind. */
export type EntryAspect = 'overview' | 'organisations' | 'dates' | 'audience' | 'unlock' | 'contact' | 'general';

/** A source of an answer as a titled link, for Discord embeds and the web. */
export interface SourceLink {
  title: string;
  url: string;
}

/** What the asker said, for answers that depend on it (e.g. leaving out the partner the question already names). */
export interface AskedContext {
  /** The question, folded (lower case, accents and apostrophes dropped). */
  folded: string;
  /** How much a stem the question is searched by tells apart: 0 for words it does not use or too common to pick a passage by. */
  termWeight?: (stem: string) => number;
}

export interface KnowledgeEntry {
  id: string;
  /** The program the entry belongs to, if any: lets a question about a program's phases pick the right one. */
  programSlug?: string;
  /** Every program the entry draws on (an FAQ answer may span two phases); defaults to programSlug. */
  programSlugs?: string[];
  aspect: EntryAspect;
  /** Other kinds of question the entry answers as well (a series overview says whom it is for). */
  alsoAnswers?: EntryAspect[];
  /** What the entry is about, e.g. a program title: searched with the highest weight. */
  title: string;
  /** Acronyms, alternative names and question words that should find this entry. */
  keywords: string;
  /** The searchable body. */
  text: string;
  /** The short answer, worded for the given moment (time answers change as dates pass). */
  compose: (now: Date, asked?: AskedContext) => string;
  sources: SourceLink[];
  /** Short topic name offered as a suggestion when the engine is unsure. */
  topic: string;
  /** Finer intents this entry answers, e.g. 'deadline' for "is it still open?". */
  tags?: string[];
}

/** A curated question and answer, written for the association's members. */
export interface FaqEntry {
  id: string;
  /** The question as members might ask it; more phrasings can go in keywords. */
  question: string;
  /** Other phrasings of the question. */
  variants?: string[];
  keywords: string;
  answer: string;
  aspect?: EntryAspect;
  tags?: string[];
  /** Programs the answer draws on; their URLs become the answer's sources. */
  programSlugs?: string[];
  /** Extra source links. */
  urls?: string[];
  /** A key date or session the answer hangs on: its date is worded for "now" and put before the answer. */
  datedBy?: { keyDate?: string; session?: string };
}

/** Words for the kind of question each aspect answers; searched, and counted as covered by the answer. */
/**
 * What every knowledge-entry id looks like (`program:<slug>`, `series:<slug>:unlock`, `faq:<slug>`):
 * the form a picked topic's id must have wherever a member sends one back (a button, the API).
 */
export const ENTRY_ID_PATTERN = /^[a-z][a-z-]*:[a-z0-9:._-]+$/;

export const ASPECT_KEYWORDS: Record<EntryAspect, string> = {
  overview: 'about overview summary purpose goal explain describe definition stands meaning',
  organisations:
    'organisations organizations groups partner partners partnership lead leads led run runs ran organiser organizer host hosts behind funder funders funded funding fund grant sponsor trainers facilitators',
  dates: 'date dates day start starts begin began end ends run ran offered schedule scheduled timeline happen held',
  audience: 'audience who for eligible intended aimed designed customized tailored meant attend join participate library types kinds sizes',
  unlock: 'badge earn earning complete completion completing finish finishing unlock unlocks reward invitation invited rule requirement requirements',
  contact: 'contact reach phone call email ask questions help',
  general: '',
};

/** Only entries with a real deadline carry these words, so "is it still open?" finds deadlines. */
const DEADLINE_KEYWORDS = 'deadline cutoff due last day open closed close closes registration register late';

const LIBRARY_TYPE_WORDS: Record<string, string> = {
  PUBLIC: 'public',
  ACADEMIC: 'academic',
  SCHOOL: 'school',
  SPECIAL: 'special',
  RURAL: 'rural',
};
const LIBRARY_SIZE_WORDS: Record<string, string> = { LARGE_URBAN: 'large or urban', SMALL_MIDSIZED: 'small or mid-sized' };

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function organisationLabel(organization: OrganizationFacts): string {
  return organization.acronym && organization.acronym !== organization.name
    ? `${organization.name} (${organization.acronym})`
    : organization.name;
}

/** "Webinar series (part of Models for Change)", or with a comma when the title ends in a parenthesis of its own ("… (fall 2017), part of …"). */
function partOf(title: string, programTitle: string): string {
  return title.endsWith(')') ? `${title}, part of ${programTitle}` : `${title} (part of ${programTitle})`;
}

function programLabel(program: ProgramFacts): string {
  return program.acronym && !program.title.includes(program.acronym) ? `${program.title} (${program.acronym})` : program.title;
}

/** Links without blanks or repeats (by URL), in order. */
function links(candidates: (SourceLink | null | undefined)[]): SourceLink[] {
  const seen = new Set<string>();
  return candidates.filter((link): link is SourceLink => {
    if (!link?.url || seen.has(link.url)) return false;
    seen.add(link.url);
    return true;
  });
}

function programLink(program: ProgramFacts | undefined): SourceLink | null {
  return program?.url ? { title: program.title, url: program.url } : null;
}

/** Where to link catalogue pages: the web app's own session page, e.g. https://stacks.example/sessions/<slug>. */
export interface KnowledgeOptions {
  /** The web app's base URL; links are relative ("/sessions/…") when empty. */
  catalogueUrl?: string;
}

function ruleSentence(series: SeriesFacts): string {
  const count = series.sessions.length;
  const sessions = count === 1 ? 'the one session' : count > 1 ? `all ${count} sessions` : 'every session';
  if (series.rule === 'ANY_K' && series.requiredCount) {
    return `complete any ${series.requiredCount} of its ${count} sessions (live or by watching the recording)`;
  }
  if (series.rule === 'IN_ORDER') return `complete ${sessions} in order (live or by watching the recording)`;
  return `complete ${sessions} (live or by watching the recording)`;
}

interface DatedFact {
  label: string;
  kind: DatedEventKind;
  date?: string;
  instant?: string;
  timeZone?: string;
}

function sessionLabel(session: SessionFacts, program: ProgramFacts): string {
  return session.title.toLowerCase().includes(program.title.toLowerCase()) ? session.title : `${session.title} (${program.title})`;
}

function programDatedFacts(program: ProgramFacts): DatedFact[] {
  const facts: DatedFact[] = [];
  const keyDates = new Set(program.keyDates.map((keyDate) => keyDate.date));
  if (program.startsOn && !keyDates.has(program.startsOn)) facts.push({ label: program.title, kind: 'start', date: program.startsOn });
  if (program.endsOn && !keyDates.has(program.endsOn)) facts.push({ label: program.title, kind: 'end', date: program.endsOn });
  for (const keyDate of program.keyDates) {
    facts.push({ label: keyDate.title, kind: keyDate.kind.toLowerCase() as DatedEventKind, date: keyDate.date });
  }
  const sessions = [...program.sessions, ...program.series.flatMap((series) => series.sessions)];
  for (const session of sessions) {
    if (session.startsAt && !session.cancelled) {
      facts.push({ label: sessionLabel(session, program), kind: 'session', instant: session.startsAt, timeZone: session.timeZone });
    }
  }
  return facts;
}

/** Past and future dates of a program, most relevant first: what is coming, then the most recent. */
/** "When was the first…", "the earliest…": the question wants the oldest date, not the latest. */
const ASKS_FOR_EARLIEST = /\b(first|earliest|original|originally|initial|initially|oldest|began|begin)\b/;

function composeProgramDates(program: ProgramFacts, now: Date, asked?: AskedContext): string {
  const described = programDatedFacts(program).map((fact) => describeDated(fact.label, fact.kind, fact, now));
  const upcoming = described.filter((fact) => fact.upcoming).sort((a, b) => a.at.getTime() - b.at.getTime());
  const earliest = Boolean(asked && ASKS_FOR_EARLIEST.test(asked.folded));
  const past = described.filter((fact) => !fact.upcoming).sort((a, b) => (earliest ? a.at.getTime() - b.at.getTime() : b.at.getTime() - a.at.getTime()));
  const undated = [
    ...program.series.filter((series) => series.sessions.length === 0 || series.sessions.every((s) => !s.startsAt)),
  ].map((series) => series.title);
  const parts: string[] = [];
  if (upcoming.length > 0) parts.push(...upcoming.slice(0, 3).map((fact) => fact.sentence));
  parts.push(...past.slice(0, upcoming.length > 0 ? 1 : 3).map((fact) => fact.sentence));
  if (undated.length > 0) parts.push(`Dates not yet announced: ${listWords(undated)}.`);
  if (parts.length === 0) {
    return `${programLabel(program)}: the catalogue has no dates for it. ${program.summary}`;
  }
  if (upcoming.length === 0 && past.length > 0) parts.push('Nothing later is scheduled in the catalogue.');
  return parts.join(' ');
}

function composeSession(session: SessionFacts, program: ProgramFacts, series: SeriesFacts | null, now: Date): string {
  const name = sessionLabel(session, program);
  const parts: string[] = [];
  if (session.cancelled) parts.push(`${name} has been cancelled.`);
  else if (session.startsAt) parts.push(describeDated(name, 'session', { instant: session.startsAt, timeZone: session.timeZone }, now).sentence);
  else parts.push(`${name}: the date has not been announced yet.`);
  parts.push(session.description);
  if (session.location) parts.push(`Where: ${session.location}.`);
  if (session.recordingUrl) parts.push(`Recordings can be watched free on demand at ${session.recordingUrl}.`);
  if (series?.unlockTitle) parts.push(`It counts toward ${series.title}, which unlocks: ${series.unlockTitle}.`);
  return parts.join(' ');
}

/** Institutional names read with "the" in a sentence ("led by the Harwood Institute"), unlike "Everyday Democracy". */
const TAKES_THE = /\b(association|institute|foundation|office|coalition|committee|council|forums?|services|department|cent(er|re)|society|university|agency|library|program|network|alliance)\b/i;

function inSentence(label: string): string {
  return TAKES_THE.test(label) && !/^the\b/i.test(label) ? `the ${label}` : label;
}

/** A funder's description as a clause after its name: "… — federal agency whose grant makes it possible". */
function describedFunder(organization: OrganizationFacts): string {
  const description = organization.description.trim().replace(/\.$/, '');
  const label = inSentence(organisationLabel(organization));
  return description ? `${label} — ${description[0].toLowerCase()}${description.slice(1)}` : label;
}

/** Whether the asker named this organisation (by its name or as a whole-word acronym). */
function mentions(asked: AskedContext | undefined, organization: OrganizationFacts): boolean {
  if (!asked) return false;
  const name = foldName(organization.name);
  if (name && asked.folded.includes(name)) return true;
  const acronym = organization.acronym ? foldName(organization.acronym) : '';
  return Boolean(acronym) && new RegExp(`\\b${acronym}\\b`).test(asked.folded);
}

function foldName(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’'`]/g, '');
}

/** Whether an organisation's description says an informative word of the question other than its own name and the program's. */
function describesAsked(organization: OrganizationFacts, program: ProgramFacts, asked?: AskedContext): boolean {
  const weigh = asked?.termWeight;
  if (!weigh) return false;
  const names = stemsOf(`${organization.name} ${organization.acronym ?? ''} ${program.title} ${program.acronym ?? ''}`);
  for (const stem of stemsOf(organization.description)) if (!names.has(stem) && weigh(stem) > 0) return true;
  return false;
}

/**
 * "Who runs X?" as a sentence. Organisations the question already names ("… together with ALA")
 * are left out of the list when others remain, so the answer names the partner, not the asker's word.
 */
function organisationsSentence(program: ProgramFacts, organizations: Map<string, OrganizationFacts>, asked?: AskedContext): string {
  const linked = program.organizations
    .map((link) => ({ role: link.role, organization: organizations.get(link.slug) }))
    .filter((link): link is { role: OrganizationRoleName; organization: OrganizationFacts } => Boolean(link.organization));
  if (linked.length === 0) return `The catalogue lists no organizations for ${programLabel(program)}.`;
  const named = linked.filter(({ organization }) => mentions(asked, organization));
  const others = linked.filter((link) => !named.includes(link));
  // A named organisation stays when its role is what is asked ("which IMLS program gives the grant"):
  // its description says an informative word of the question beyond its own and the program's names.
  const askedAbout = named.filter(({ organization }) => describesAsked(organization, program, asked));
  const shown = named.length > 0 && others.length > 0 ? linked.filter((link) => !named.includes(link) || askedAbout.includes(link)) : linked;
  const leftOut = named.filter((link) => !shown.includes(link));
  const byRole = new Map<OrganizationRoleName, OrganizationFacts[]>();
  for (const { role, organization } of shown) byRole.set(role, [...(byRole.get(role) ?? []), organization]);
  const names = (role: OrganizationRoleName) => listWords((byRole.get(role) ?? []).map((organization) => inSentence(organisationLabel(organization))));
  const besides = leftOut.length > 0 ? `Besides ${listWords([...new Set(leftOut.map(({ organization }) => inSentence(organisationLabel(organization))))])}, ` : '';
  const sentences: string[] = [];
  const leadClause = [byRole.has('LEAD') ? `led by ${names('LEAD')}` : '', byRole.has('PARTNER') ? `in partnership with ${names('PARTNER')}` : '']
    .filter(Boolean)
    .join(', ');
  if (leadClause) sentences.push(`${besides}${programLabel(program)} is ${leadClause}.`);
  if (byRole.has('FACILITATOR')) {
    const subject = leadClause ? 'Its trainings are' : `${besides}${programLabel(program)}'s trainings are`;
    sentences.push(`${subject} led by ${names('FACILITATOR')}.`);
  }
  // A funder's description says what it funds (e.g. which grant program), which is what "who funds" askers want.
  if (byRole.has('FUNDER')) {
    const funders = (byRole.get('FUNDER') ?? []).map(describedFunder);
    const subject = sentences.length > 0 ? 'It is' : `${besides}${programLabel(program)} is`;
    sentences.push(`${subject} funded by ${funders.join('; and by ')}.`);
  }
  return sentences.join(' ');
}

/** Every searchable entry for a catalogue snapshot, followed by the curated FAQ. */
export function buildKnowledge(snapshot: CatalogueSnapshot, faq: readonly FaqEntry[], options: KnowledgeOptions = {}): KnowledgeEntry[] {
  const catalogueUrl = (options.catalogueUrl ?? '').replace(/\/$/, '');
  const entries: KnowledgeEntry[] = [];
  const organizations = new Map(snapshot.organizations.map((organization) => [organization.slug, organization]));
  const programsBySlug = new Map(snapshot.programs.map((program) => [program.slug, program]));

  for (const program of snapshot.programs) {
    const sources = links([programLink(program)]);
    const names = `${program.title} ${program.acronym ?? ''}`;
    const orgNames = program.organizations
      .map((link) => organizations.get(link.slug))
      .filter((organization): organization is OrganizationFacts => Boolean(organization))
      .map((organization) => `${organization.name} ${organization.acronym ?? ''}`)
      .join(' ');
    const base = { title: names, sources, topic: program.title, programSlug: program.slug };
    entries.push({
      ...base,
      id: `program:${program.slug}`,
      aspect: 'overview',
      keywords: `${ASPECT_KEYWORDS.overview} ${program.tags.join(' ')} ${program.kind.toLowerCase().replace('_', ' ')}`,
      text: `${program.summary} ${program.description}`,
      compose: (_now, asked) => quotePassage(`${programLabel(program)}: ${program.summary}`, program.description, asked),
    });
    entries.push({
      ...base,
      id: `program:${program.slug}:organisations`,
      aspect: 'organisations',
      keywords: ASPECT_KEYWORDS.organisations,
      text: `${orgNames} ${program.summary}`,
      compose: (_now, asked) => organisationsSentence(program, organizations, asked),
    });
    const hasDeadline = program.keyDates.some((keyDate) => keyDate.kind === 'DEADLINE') || Boolean(program.endsOn);
    const datedText = [
      program.startsOn ? formatCalendarDate(program.startsOn) : '',
      program.endsOn ? formatCalendarDate(program.endsOn) : '',
      ...program.keyDates.map((keyDate) => `${keyDate.title} ${keyDate.description} ${formatCalendarDate(keyDate.date)}`),
      ...program.series.map((series) => series.title),
    ].join(' ');
    entries.push({
      ...base,
      id: `program:${program.slug}:dates`,
      aspect: 'dates',
      tags: hasDeadline ? ['deadline'] : [],
      keywords: `${ASPECT_KEYWORDS.dates} ${hasDeadline ? DEADLINE_KEYWORDS : ''}`,
      text: `${datedText} ${program.summary}`,
      compose: (now, asked) => composeProgramDates(program, now, asked),
    });
    const types = program.libraryTypes.map((type) => LIBRARY_TYPE_WORDS[type] ?? type.toLowerCase());
    const sizes = program.librarySizes.map((size) => LIBRARY_SIZE_WORDS[size] ?? size.toLowerCase());
    entries.push({
      ...base,
      id: `program:${program.slug}:audience`,
      aspect: 'audience',
      keywords: ASPECT_KEYWORDS.audience,
      text: `${program.audience} ${types.join(' ')} ${sizes.join(' ')} libraries`,
      compose: () =>
        `${programLabel(program)} is meant for ${lowerFirst(program.audience)}` +
        (types.length > 0 ? `, at ${listWords(types)}${sizes.length > 0 ? ` (${listWords(sizes)})` : ''} libraries.` : '.'),
    });

    for (const series of program.series) {
      const seriesBase = { title: series.title, sources, topic: series.title, programSlug: program.slug };
      const sessionTitles = series.sessions.map((session) => session.title).join(' ');
      entries.push({
        ...seriesBase,
        id: `series:${series.slug}`,
        aspect: 'overview',
        alsoAnswers: series.audience ? ['audience'] : [],
        keywords: `${names} series ${ASPECT_KEYWORDS.audience}`,
        text: `${series.description} ${series.audience} ${sessionTitles}`,
        compose: () =>
          `${partOf(series.title, program.title)}: ${series.description}` +
          (series.sessions.length > 0 ? ` It has ${series.sessions.length} sessions.` : ''),
      });
      entries.push({
        ...seriesBase,
        id: `series:${series.slug}:unlock`,
        aspect: 'unlock',
        keywords: `${names} ${ASPECT_KEYWORDS.unlock}`,
        text: `${series.unlockTitle ?? ''} ${series.unlockDescription ?? ''} ${series.audience}`,
        compose: () =>
          series.unlockTitle
            ? `To complete ${partOf(series.title, program.title)}, ${ruleSentence(series)}. Completing it unlocks: ${series.unlockTitle}. ${series.unlockDescription ?? ''}`.trim()
            : `${partOf(series.title, program.title)}: ${series.sessions.length > 0 ? `to complete it, ${ruleSentence(series)}. ` : 'its sessions are not scheduled yet. '}The catalogue lists no reward for completing it yet.`,
      });
      for (const session of series.sessions) {
        entries.push(sessionEntry(session, program, series, names, catalogueUrl));
      }
    }
    for (const session of program.sessions) entries.push(sessionEntry(session, program, null, names, catalogueUrl));

    for (const keyDate of program.keyDates) {
      entries.push({
        title: keyDate.title,
        id: `key-date:${keyDate.slug}`,
        programSlug: program.slug,
        aspect: 'dates',
        tags: keyDate.kind === 'DEADLINE' ? ['deadline'] : [],
        keywords: `${names} ${ASPECT_KEYWORDS.dates} ${keyDate.kind === 'DEADLINE' ? DEADLINE_KEYWORDS : keyDate.kind.toLowerCase()}`,
        text: `${keyDate.description} ${formatCalendarDate(keyDate.date)}`,
        sources,
        topic: keyDate.title,
        compose: (now) =>
          `${describeDated(`${keyDate.title} (${programLabel(program)})`, keyDate.kind.toLowerCase() as DatedEventKind, { date: keyDate.date }, now).sentence} ${keyDate.description}`,
      });
    }
  }

  for (const organization of snapshot.organizations) {
    const roles = snapshot.programs.flatMap((program) =>
      program.organizations.filter((link) => link.slug === organization.slug).map((link) => ({ program, role: link.role })),
    );
    entries.push({
      id: `organisation:${organization.slug}`,
      aspect: 'overview',
      title: `${organization.name} ${organization.acronym ?? ''}`,
      keywords: 'organisation organization who is',
      text: `${organization.description} ${roles.map(({ program }) => program.title).join(' ')}`,
      sources: links([organization.url ? { title: organization.name, url: organization.url } : null, ...roles.map(({ program }) => programLink(program))]).slice(0, 3),
      topic: organization.name,
      compose: () => `${organisationLabel(organization)}: ${organization.description}${rolesSentence(roles)}`,
    });
  }

  for (const achievement of snapshot.achievements ?? []) {
    const series = achievement.seriesSlug
      ? snapshot.programs.flatMap((program) => program.series).find((candidate) => candidate.slug === achievement.seriesSlug)
      : undefined;
    const program = achievement.programSlug ? programsBySlug.get(achievement.programSlug) : undefined;
    entries.push({
      id: `achievement:${achievement.slug}`,
      aspect: 'unlock',
      title: `${achievement.name} ${series?.title ?? ''} ${program?.title ?? ''}`,
      // Badge words only: "what does finishing the series unlock" belongs to the series' own entry.
      keywords: 'badge badges achievement credential micro-credential digital earn earning awarded',
      text: `${achievement.description} ${achievement.criteria}`,
      sources: links([achievement.url ? { title: achievement.name, url: achievement.url } : null, programLink(program)]),
      topic: achievement.name,
      compose: () =>
        `${achievement.name} (digital badge): ${achievement.criteria}` +
        (series?.unlockTitle ? ` Finishing the series also unlocks: ${series.unlockTitle}.` : ''),
    });
  }

  entries.push(...resourceKnowledge(snapshot, catalogueUrl));
  entries.push(...registryKnowledge(snapshot, catalogueUrl));
  entries.push(...pathwayEntries(snapshot));
  entries.push(upcomingEntry(snapshot));
  entries.push(programListEntry(snapshot));
  entries.push(...faqKnowledge(snapshot, faq));
  return entries;
}

const RESOURCE_KIND_WORDS: Record<string, string> = {
  WORKSHEET: 'worksheet worksheets handout activity sheet',
  CONVERSATION_GUIDE: 'conversation guide guides discussion dialogue',
  BOOKLIST: 'booklist booklists book list books reading list recommended titles',
  RECORDING: 'recording recordings recorded video watch on-demand archive',
  OTHER: 'resource material',
};
const RESOURCE_KIND_LABEL: Record<string, string> = { WORKSHEET: 'worksheet', CONVERSATION_GUIDE: 'conversation guide', BOOKLIST: 'booklist', RECORDING: 'recording', OTHER: 'resource' };

/**
 * One entry per resource ("is there a booklist for Día?" finds the Día booklists), and for a program
 * with several, one listing them all ("what materials does LTC share?").
 */
export function resourceKnowledge(snapshot: CatalogueSnapshot, catalogueUrl = ''): KnowledgeEntry[] {
  return [...resourceEntries(snapshot, catalogueUrl), ...resourceListEntries(snapshot, catalogueUrl)];
}

function resourceListEntries(snapshot: CatalogueSnapshot, catalogueUrl: string): KnowledgeEntry[] {
  const byProgram = new Map<string, ResourceFacts[]>();
  for (const resource of snapshot.resources ?? []) {
    if (resource.programSlug) byProgram.set(resource.programSlug, [...(byProgram.get(resource.programSlug) ?? []), resource]);
  }
  return snapshot.programs
    .filter((program) => (byProgram.get(program.slug)?.length ?? 0) >= 2)
    .map((program): KnowledgeEntry => {
      const resources = byProgram.get(program.slug) ?? [];
      const listed = `${catalogueUrl}/programs/${program.slug}`;
      return {
        id: `program:${program.slug}:resources`,
        programSlug: program.slug,
        aspect: 'general',
        title: `${program.title} ${program.acronym ?? ''} resources and materials`,
        keywords: `${[...new Set(resources.map((resource) => RESOURCE_KIND_WORDS[resource.kind] ?? ''))].join(' ')} free materials resources list all which what`,
        text: resources.map((resource) => `${resource.title} ${resource.description}`).join(' '),
        sources: links([{ title: `${program.title}: resources`, url: listed }, programLink(program)]),
        topic: `${program.title}: resources`,
        compose: () =>
          `${programLabel(program)} offers ${resources.length} free resources: ` +
          resources.map((resource) => `${resource.title} (${RESOURCE_KIND_LABEL[resource.kind] ?? 'resource'})`).join('; ') +
          `. They are listed at ${listed}.`,
      };
    });
}

function resourceEntries(snapshot: CatalogueSnapshot, catalogueUrl: string): KnowledgeEntry[] {
  const programsBySlug = new Map(snapshot.programs.map((program) => [program.slug, program]));
  return (snapshot.resources ?? []).map((resource: ResourceFacts): KnowledgeEntry => {
    const program = resource.programSlug ? programsBySlug.get(resource.programSlug) : undefined;
    const where = resource.url ?? (resource.filePath ? `${catalogueUrl}${resource.filePath}` : null);
    const listed = program ? `${catalogueUrl}/programs/${program.slug}` : null;
    return {
      id: `resource:${resource.slug}`,
      programSlug: program?.slug,
      aspect: 'general',
      title: `${resource.title} ${program ? `${program.title} ${program.acronym ?? ''}` : ''}`,
      keywords: `${RESOURCE_KIND_WORDS[resource.kind] ?? ''} free materials resources download ${program?.tags.join(' ') ?? ''}`,
      text: `${resource.description} ${resource.audience}`,
      sources: links([where ? { title: resource.title, url: where } : null, listed ? { title: `${program?.title ?? ''}: resources`, url: listed } : null, programLink(program)]),
      topic: resource.title,
      compose: () => {
        const kind = RESOURCE_KIND_LABEL[resource.kind] ?? 'resource';
        const of = program ? ` (${kind} for ${programLabel(program)})` : ` (${kind})`;
        const how = where ? ` Find it at ${where}.` : listed ? ` It is listed with the program's resources at ${listed}.` : '';
        return `${resource.title}${of}: ${resource.description}${how}`;
      },
    };
  });
}

/** How to add a program to the registry (e.g. a Día program), and how to find the published ones. */
export function registryKnowledge(snapshot: CatalogueSnapshot, catalogueUrl = ''): KnowledgeEntry[] {
  const registryUrl = `${catalogueUrl}/registry`;
  const counts = snapshot.registry?.publishedByProgram ?? {};
  const mentioned = snapshot.programs.filter((program) => program.tags.includes('program registry') || (counts[program.slug] ?? 0) > 0);
  return [
    {
      id: 'registry:programs',
      programSlug: mentioned[0]?.slug,
      aspect: 'general',
      title: `Program registry ${mentioned.map((program) => `${program.title} ${program.acronym ?? ''}`).join(' ')}`,
      keywords: 'registry register submit add list my program hosted host library libraries where search find export',
      text: 'Libraries submit the programs they host; staff review them and publish them in the public registry, which anyone can search by program, date, state and language, and export.',
      sources: links([{ title: 'Program registry', url: registryUrl }, ...mentioned.map(programLink)]),
      topic: 'Program registry',
      compose: () => {
        const published = mentioned
          .filter((program) => (counts[program.slug] ?? 0) > 0)
          .map((program) => `${counts[program.slug]} ${programLabel(program)} program${counts[program.slug] === 1 ? '' : 's'}`);
        return (
          `Sign in and submit your library's program (title, date, library, city and state, audience, languages, description, contact e-mail) at ${registryUrl}; staff review it and publish it, and you are told the decision. ` +
          (published.length > 0 ? `The registry lists ${published.join(', ')} so far; search it by program, date, state and language at ${registryUrl}.` : `Published programs are searchable at ${registryUrl}.`)
        );
      },
    },
  ];
}

/** The knowledge entries of FAQ items over a snapshot (their program links and dates come from it). */
export function faqKnowledge(snapshot: CatalogueSnapshot, faq: readonly FaqEntry[]): KnowledgeEntry[] {
  const programsBySlug = new Map(snapshot.programs.map((program) => [program.slug, program]));
  return faq.map((item): KnowledgeEntry => {
    const programs = (item.programSlugs ?? []).map((slug) => programsBySlug.get(slug)).filter(Boolean) as ProgramFacts[];
    return {
      id: `faq:${item.id}`,
      programSlug: programs[0]?.slug,
      programSlugs: programs.map((program) => program.slug),
      aspect: item.aspect ?? 'general',
      tags: item.tags,
      title: item.question,
      keywords: `${(item.variants ?? []).join(' ')} ${item.keywords} ${programs.map((program) => `${program.title} ${program.acronym ?? ''}`).join(' ')}`,
      text: item.answer,
      sources: links([...(item.urls ?? []).map((url) => ({ title: linkTitle(url, snapshot), url })), ...programs.map(programLink)]),
      topic: item.question,
      compose: (now) => {
        const dated = item.datedBy ? datedSentence(snapshot, item.datedBy, now) : null;
        return dated ? `${dated} ${item.answer}` : item.answer;
      },
    };
  });
}

function datedSentence(snapshot: CatalogueSnapshot, datedBy: { keyDate?: string; session?: string }, now: Date): string | null {
  for (const program of snapshot.programs) {
    const keyDate = datedBy.keyDate ? program.keyDates.find((candidate) => candidate.slug === datedBy.keyDate) : undefined;
    if (keyDate) return describeDated(keyDate.title, keyDate.kind.toLowerCase() as DatedEventKind, { date: keyDate.date }, now).sentence;
    const session = datedBy.session
      ? [...program.sessions, ...program.series.flatMap((series) => series.sessions)].find((candidate) => candidate.slug === datedBy.session)
      : undefined;
    if (session?.startsAt) {
      return describeDated(session.title, 'session', { instant: session.startsAt, timeZone: session.timeZone }, now).sentence;
    }
  }
  return null;
}

function stemsOf(text: string): Set<string> {
  return new Set(tokenize(text).filter((token) => !STOP_WORDS.has(token)).map(stemTerm));
}

/**
 * The answer, followed by the sentence of the longer text that says most of what the question asks
 * and the answer does not ("what is LTC's biggest goal?" quotes the sentence about its largest goal),
 * judged by the asker's informative words. The answer alone when no sentence adds any.
 */
export function quotePassage(answer: string, text: string, asked?: AskedContext): string {
  const weigh = asked?.termWeight;
  if (!weigh || !text) return answer;
  const said = stemsOf(answer);
  let best = '';
  let bestGain = 0;
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    let gain = 0;
    for (const stem of stemsOf(sentence)) if (!said.has(stem)) gain += weigh(stem);
    if (gain > bestGain) [best, bestGain] = [sentence.trim(), gain];
  }
  return best ? `${answer} ${best}` : answer;
}

function lowerFirst(text: string): string {
  // Keep acronyms and names ("ALSC members", "Public library staff" → "public library staff").
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/** A title for a link the FAQ gives as a bare URL: the organisation or program it belongs to, else its host. */
function linkTitle(url: string, snapshot: CatalogueSnapshot): string {
  const owner =
    snapshot.organizations.find((organization) => organization.url === url)?.name ??
    snapshot.programs.find((program) => program.url === url)?.title;
  if (owner) return owner;
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Programs an organisation names in its answer; beyond this many, the rest are counted. */
const ROLE_LIST_LIMIT = 8;

/** " It leads A and B, is a partner in C and funds D.": every program, grouped by role, so "which programs does X lead?" is answered in full. */
function rolesSentence(roles: { program: ProgramFacts; role: string }[]): string {
  if (roles.length === 0) return '';
  const shown = roles.slice(0, ROLE_LIST_LIMIT);
  const byRole = new Map<string, string[]>();
  for (const { program, role } of shown) byRole.set(role, [...(byRole.get(role) ?? []), program.title]);
  const phrases = ['LEAD', 'PARTNER', 'FACILITATOR', 'FUNDER', ...byRole.keys()]
    .filter((role, index, all) => byRole.has(role) && all.indexOf(role) === index)
    .map((role) => `${roleName(role)} ${listWords(byRole.get(role) ?? [])}`);
  const more = roles.length > shown.length ? `, and takes part in ${roles.length - shown.length} more programs in the catalogue` : '';
  return ` It ${listWords(phrases)}${more}.`;
}

function roleName(role: string): string {
  return { LEAD: 'leads', PARTNER: 'is a partner in', FUNDER: 'funds', FACILITATOR: 'leads trainings for' }[role] ?? role.toLowerCase();
}

function sessionEntry(session: SessionFacts, program: ProgramFacts, series: SeriesFacts | null, names: string, catalogueUrl: string): KnowledgeEntry {
  return {
    id: `session:${session.slug}`,
    aspect: 'dates',
    title: session.title,
    keywords: `${series?.title ?? ''} ${names} session ${session.type.toLowerCase()} ${ASPECT_KEYWORDS.dates} recording watch live`,
    text: `${session.description} ${session.location ?? ''}`,
    programSlug: program.slug,
    sources: links([
      { title: session.title, url: `${catalogueUrl}/sessions/${session.slug}` },
      session.recordingUrl ? { title: `Recording: ${session.title}`, url: session.recordingUrl } : null,
      programLink(program),
    ]),
    topic: session.title,
    compose: (now) => composeSession(session, program, series, now),
  };
}

/** "What's next?": the soonest sessions and dates across the whole catalogue, as of now. */
export function upcomingItems(snapshot: CatalogueSnapshot, now: Date): { sentence: string; upcoming: boolean; at: Date }[] {
  return snapshot.programs
    .flatMap((program) => programDatedFacts(program).map((fact) => describeDated(fact.label, fact.kind, fact, now)))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

function upcomingEntry(snapshot: CatalogueSnapshot): KnowledgeEntry {
  return {
    id: 'catalogue:upcoming',
    aspect: 'dates',
    title: 'Next and upcoming sessions, events and deadlines',
    keywords: 'next upcoming coming soon calendar schedule events sessions webinars deadlines program',
    text: 'What is coming up next in the catalogue: sessions, webinars, events, deadlines.',
    sources: [],
    topic: 'Upcoming sessions and deadlines',
    compose: (now) => {
      const items = upcomingItems(snapshot, now);
      const upcoming = items.filter((item) => item.upcoming).slice(0, 3);
      if (upcoming.length > 0) return `Coming up: ${upcoming.map((item) => item.sentence).join(' ')}`;
      const latest = items.filter((item) => !item.upcoming).slice(-1)[0];
      return `Nothing dated is scheduled after today in the catalogue.${latest ? ` The most recent: ${latest.sentence}` : ''} Sessions still to be announced are listed under each program.`;
    },
  };
}

/** Pathways: one entry listing them ("what pathways are there?") and one per pathway. */
function pathwayEntries(snapshot: CatalogueSnapshot): KnowledgeEntry[] {
  const pathways = snapshot.pathways ?? [];
  if (pathways.length === 0) return [];
  const kind = (type: string) => (type === 'MicroCredential' ? 'micro-credential' : 'certificate');
  return [
    {
      id: 'catalogue:pathways',
      aspect: 'general',
      title: 'Pathways (tracks)',
      keywords: 'pathways pathway tracks track list which what available stack stacking',
      text: 'The pathways (tracks) that stack badges into a certificate.',
      sources: [],
      topic: 'All pathways',
      compose: () =>
        `There ${pathways.length === 1 ? 'is 1 pathway' : `are ${pathways.length} pathways`}: ` +
        pathways.map((pathway) => `${pathway.title} (earns the "${pathway.certificateName}" ${kind(pathway.certificateType)})`).join('; ') +
        '. Follow them under My pathways in the web app.',
    },
    ...pathways.map(
      (pathway): KnowledgeEntry => ({
        id: `pathway:${pathway.slug}`,
        aspect: 'unlock',
        title: `Pathway: ${pathway.title}`,
        keywords: 'pathway track stack stacks',
        text: `${pathway.certificateName} ${pathway.requirement}`,
        sources: [],
        topic: pathway.title,
        compose: () => `${pathway.title} (pathway): ${pathway.requirement}. Completing it issues the "${pathway.certificateName}" ${kind(pathway.certificateType)} automatically.`,
      }),
    ),
  ];
}

function programListEntry(snapshot: CatalogueSnapshot): KnowledgeEntry {
  return {
    id: 'catalogue:programs',
    aspect: 'general',
    title: 'Programs in the catalogue',
    keywords: 'programs list all catalogue offer offered available initiatives which what kinds',
    text: 'The programs, initiatives, celebrations and learning series in the catalogue.',
    sources: [],
    topic: 'All programs',
    compose: () => `The catalogue has ${snapshot.programs.length} programs: ${snapshot.programs.map((program) => programLabel(program)).join('; ')}.`,
  };
}
