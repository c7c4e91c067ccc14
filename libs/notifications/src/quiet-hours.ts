export interface QuietHours {
  /** Minutes after local midnight when quiet hours begin. */
  start: number;
  /** Minutes after local midnight when they end; smaller than start means they cross midnight. */
  end: number;
}

const minuteFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes after local midnight of `instant` in `timeZone` (an IANA zone). Unknown zones fall back to UTC. */
export function localMinuteOfDay(instant: Date, timeZone: string): number {
  let formatter = minuteFormatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
    } catch {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
    }
    minuteFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return value('hour') * 60 + value('minute');
}

/** Null when either bound is missing or both are equal (no quiet hours). */
export function quietHoursFrom(start: number | null | undefined, end: number | null | undefined): QuietHours | null {
  if (start === null || start === undefined || end === null || end === undefined || start === end) return null;
  return { start, end };
}

export function isQuietAt(instant: Date, timeZone: string, quiet: QuietHours | null): boolean {
  if (!quiet) return false;
  const minute = localMinuteOfDay(instant, timeZone);
  return quiet.start < quiet.end ? minute >= quiet.start && minute < quiet.end : minute >= quiet.start || minute < quiet.end;
}

/**
 * Moves a reminder that falls in quiet hours to just before they begin (the learner still
 * hears before the session, never during the night). Returns null when that moment is
 * already past: the reminder is then skipped rather than sent during quiet hours.
 */
export function reminderTimeOutsideQuietHours(dueAt: Date, now: Date, timeZone: string, quiet: QuietHours | null): Date | null {
  if (!isQuietAt(dueAt, timeZone, quiet) || !quiet) return dueAt;
  const minute = localMinuteOfDay(dueAt, timeZone);
  const minutesSinceStart = (minute - quiet.start + 24 * 60) % (24 * 60);
  const moved = new Date(dueAt.getTime() - (minutesSinceStart + 1) * 60_000);
  return moved.getTime() >= now.getTime() ? moved : null;
}

/** For messages that can wait (nudges, badge notices): the first minute after quiet hours end. */
export function deferPastQuietHours(instant: Date, timeZone: string, quiet: QuietHours | null): Date {
  if (!isQuietAt(instant, timeZone, quiet) || !quiet) return instant;
  const minute = localMinuteOfDay(instant, timeZone);
  const minutesLeft = (quiet.end - minute + 24 * 60) % (24 * 60);
  const startOfMinute = Math.floor(instant.getTime() / 60_000) * 60_000;
  return new Date(startOfMinute + minutesLeft * 60_000);
}
