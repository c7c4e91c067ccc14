/** The fields of a session a calendar client shows as the event's when, where and whether. */
export interface CalendarRelevantFields {
  startsAt: Date | null;
  endsAt: Date | null;
  timeZone: string;
  status: string;
  location: string | null;
  joinUrl: string | null;
}

const time = (value: Date | null) => (value ? value.getTime() : null);

/**
 * Whether an edit is a revision calendar clients must apply over the copy they hold (RFC 5545
 * §3.8.7.4: SEQUENCE grows when start, end or status change). Moving a session, changing its zone,
 * cancelling it, or changing where or how to join counts; a new title or description does not.
 */
export function isCalendarRevision(before: CalendarRelevantFields, after: CalendarRelevantFields): boolean {
  return (
    time(before.startsAt) !== time(after.startsAt) ||
    time(before.endsAt) !== time(after.endsAt) ||
    before.timeZone !== after.timeZone ||
    before.status !== after.status ||
    (before.location ?? null) !== (after.location ?? null) ||
    (before.joinUrl ?? null) !== (after.joinUrl ?? null)
  );
}
