/** Date wording relative to "now", shared by every time-sensitive answer. */

const DAY_MS = 86_400_000;

/** "17 January 2017" for a YYYY-MM-DD calendar date (read as that day, whatever the server's zone). */
const CALENDAR_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatCalendarDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return CALENDAR_DATE.format(new Date(Date.UTC(year, month - 1, day)));
}

const zoneFormatters = new Map<string, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

/** Formatters are costly to create (about 0.1 ms each): one pair per time zone, reused. */
function formattersFor(timeZone: string): { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat } {
  let formatters = zoneFormatters.get(timeZone);
  if (!formatters) {
    let zone = timeZone;
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone });
    } catch {
      zone = 'UTC';
    }
    formatters = {
      date: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone }),
      time: new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone: zone }),
    };
    zoneFormatters.set(timeZone, formatters);
  }
  return formatters;
}

/** "27 January 2022, 5:00 pm CST" in the session's own time zone. */
export function formatInstant(isoInstant: string, timeZone: string): string {
  const instant = new Date(isoInstant);
  const formatters = formattersFor(timeZone);
  const time = formatters.time.format(instant).replace(' AM', ' am').replace(' PM', ' pm');
  return `${formatters.date.format(instant)}, ${time}`;
}

/** The end of a calendar day, UTC-12 (the last place on Earth where that date is still current). */
export function endOfCalendarDay(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T23:59:59.999-12:00`);
}

/** The start of a calendar day, UTC+14 (the first place where that date begins). */
export function startOfCalendarDay(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00.000+14:00`);
}

/** "in 3 days", "tomorrow", "today" for a future moment. */
export function relativeFuture(moment: Date, now: Date): string {
  const days = Math.floor((moment.getTime() - now.getTime()) / DAY_MS);
  if (days <= 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

export type DatedEventKind = 'deadline' | 'event' | 'observance' | 'announcement' | 'start' | 'end' | 'session';

/** One dated fact, worded for "now": past facts in the past tense, passed deadlines as closed. */
export function describeDated(
  label: string,
  kind: DatedEventKind,
  when: { date?: string; instant?: string; timeZone?: string },
  now: Date,
): { sentence: string; upcoming: boolean; at: Date } {
  const at = when.instant ? new Date(when.instant) : endOfCalendarDay(when.date ?? '1970-01-01');
  const startsAt = when.instant ? at : startOfCalendarDay(when.date ?? '1970-01-01');
  const text = when.instant ? formatInstant(when.instant, when.timeZone ?? 'UTC') : formatCalendarDate(when.date ?? '');
  const passed = at.getTime() < now.getTime();
  const today = !passed && startsAt.getTime() <= now.getTime();
  if (kind === 'deadline') {
    return passed
      ? { sentence: `${label}: the deadline was ${text}; it has passed, so this is closed.`, upcoming: false, at }
      : { sentence: `${label}: still open, the deadline is ${text} (${relativeFuture(at, now)}).`, upcoming: true, at };
  }
  if (kind === 'announcement') {
    return passed
      ? { sentence: `${label}: announced on ${text}.`, upcoming: false, at }
      : { sentence: `${label}: to be announced on ${text}.`, upcoming: true, at };
  }
  if (kind === 'start') {
    return passed
      ? { sentence: `${label} began on ${text}.`, upcoming: false, at: startsAt }
      : { sentence: `${label} begins on ${text} (${relativeFuture(startsAt, now)}).`, upcoming: true, at: startsAt };
  }
  if (kind === 'end') {
    return passed
      ? { sentence: `${label} ended on ${text}.`, upcoming: false, at }
      : { sentence: `${label} runs until ${text}.`, upcoming: true, at };
  }
  if (today) return { sentence: `${label} is today, ${text}.`, upcoming: true, at: startsAt };
  return passed
    ? { sentence: `${label} took place on ${text}.`, upcoming: false, at: startsAt }
    : { sentence: `${label} is on ${text} (${relativeFuture(startsAt, now)}).`, upcoming: true, at: startsAt };
}

const MONTH_NUMBER = new Map(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((name, index) => [name, index]),
);
/** Northern seasons by the 0-based month they end in. */
const SEASON_END_MONTH: Record<string, number> = { winter: 1, spring: 4, summer: 7, fall: 10, autumn: 10 };
/** "17 January 2017", "January 17, 2017", "fall 2017", "2014-15" or a bare year. */
const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** Month names and their usual abbreviations, as a regular-expression alternation on folded text. */
export const MONTH_WORDS = `${MONTH_NAMES}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec`;
const DATE_MENTION = new RegExp(
  [
    `\\b(?<day>\\d{1,2}) (?<month>${MONTH_NAMES}),? (?<year>\\d{4})\\b`,
    `\\b(?<monthFirst>${MONTH_NAMES}) (?<dayAfter>\\d{1,2}),? (?<yearAfter>\\d{4})\\b`,
    `\\b(?<season>winter|spring|summer|fall|autumn) (?:of )?(?<seasonYear>\\d{4})\\b`,
    `\\b(?<bareYear>(?:19|20)\\d\\d)(?:-(?<yearSuffix>\\d\\d))?\\b`,
  ].join('|'),
  'gi',
);

/** The latest moment any date the text mentions can mean (a year to its last day), or null when it mentions none. */
export function latestMentionedMoment(text: string): Date | null {
  let latest: number | null = null;
  for (const match of text.matchAll(DATE_MENTION)) {
    const found = match.groups ?? {};
    const month = (name: string) => MONTH_NUMBER.get(name.toLowerCase()) ?? 0;
    let end: number;
    if (found.year) end = Date.UTC(Number(found.year), month(found.month), Number(found.day), 23, 59, 59);
    else if (found.yearAfter) end = Date.UTC(Number(found.yearAfter), month(found.monthFirst), Number(found.dayAfter), 23, 59, 59);
    else if (found.season) end = Date.UTC(Number(found.seasonYear), SEASON_END_MONTH[found.season.toLowerCase()] + 1, 0, 23, 59, 59);
    else end = Date.UTC(Number(found.yearSuffix ? `${found.bareYear.slice(0, 2)}${found.yearSuffix}` : found.bareYear), 11, 31, 23, 59, 59);
    latest = latest === null ? end : Math.max(latest, end);
  }
  return latest === null ? null : new Date(latest);
}

/** A question asking whether something can still be done or is still on ("is it still open?", "too late to join?"). */
const ASKS_IF_STILL_OPEN = /\bstill\b|\btoo late\b|\b(is|are) (it|they|registration|registrations|sign ?ups?) (open|on)\b|\bcan i (join|register|sign up|attend|go)\b/;
/** Wording that already tells the reader something is over. */
const TOLD_AS_PAST = /\b(has passed|have passed|is over|are over|closed|ended|took place|was held|were held|in the past)\b/i;

/**
 * An answer to "is it still open?" whose every date is past, told as past up front: a member asking in
 * 2026 about a 2016 registration must read that it is over, not only when it opened.
 */
export function toldAsPastWhenOver(question: string, answer: string, now: Date): string {
  if (!ASKS_IF_STILL_OPEN.test(question.toLowerCase()) || TOLD_AS_PAST.test(answer)) return answer;
  const latest = latestMentionedMoment(answer);
  if (!latest || latest.getTime() >= now.getTime()) return answer;
  return `No — that is in the past. ${answer}`;
}
