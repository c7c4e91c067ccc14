/**
 * Turns a wall-clock time without an offset into an instant, in a fixed offset (`+05:30`,
 * `-06:00`, `UTC`) or an IANA zone (`America/Chicago`), correctly across daylight-saving changes.
 */
export function zonedTimeToInstant(
  parts: { year: number; month: number; day: number; hour: number; minute: number; second: number },
  timeZone: string,
): Date {
  const wallAsUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== null) return new Date(wallAsUtc - fixed * 60_000);
  // Two passes: the offset at the first guess may differ from the offset at the answer near a DST change.
  let instant = wallAsUtc - zoneOffsetMinutes(wallAsUtc, timeZone) * 60_000;
  instant = wallAsUtc - zoneOffsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant);
}

export function isKnownTimeZone(timeZone: string): boolean {
  if (fixedOffsetMinutes(timeZone) !== null) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function fixedOffsetMinutes(timeZone: string): number | null {
  if (/^(UTC|GMT|Z)$/i.test(timeZone)) return 0;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(timeZone);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneOffsetMinutes(instant: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(new Date(instant));
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second'));
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}
