/** Dates as people read them, in the session's own time zone when it has one. */
export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return 'Date to be announced';
  // dateStyle/timeStyle cannot be combined with timeZoneName, so the parts are spelled out.
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(iso));
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

export function formatHours(hours: number): string {
  const rounded = Math.round(hours * 100) / 100;
  return `${rounded} ${rounded === 1 ? 'hour' : 'hours'}`;
}

export const SESSION_TYPE_LABEL = { WEBINAR: 'Webinar', WORKSHOP: 'Workshop', EVENT: 'Event' } as const;
export const LIBRARY_TYPE_LABEL = { PUBLIC: 'Public', ACADEMIC: 'Academic', SCHOOL: 'School', SPECIAL: 'Special', RURAL: 'Rural' } as const;

/** "HH:MM" for an <input type="time"> from minutes after midnight, and back. */
export function minutesToTime(minutes: number | null): string {
  if (minutes === null) return '';
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function timeToMinutes(value: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
