import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';

/** What a calendar needs to know about one session. */
export interface CalendarSession {
  id: string;
  title: string;
  description: string;
  status: 'SCHEDULED' | 'CANCELLED';
  startsAt: Date | null;
  endsAt: Date | null;
  /** IANA zone the session is held in; its wall-clock time is what calendars keep. */
  timeZone: string;
  location: string | null;
  joinUrl: string | null;
  recordingUrl: string | null;
  /** Revision counter, raised by every change calendar clients must apply (see isCalendarRevision). */
  calendarSequence: number;
  updatedAt: Date;
  /** The session's page in the web app. */
  pageUrl: string;
}

export interface CalendarFeedInput {
  /** Shown by clients as the calendar's name. */
  name: string;
  /** Host part of every UID; must never change once feeds are handed out. */
  uidHost: string;
  sessions: readonly CalendarSession[];
  /** Reminders (VALARM) this many minutes before each scheduled session; none when empty. */
  alarmOffsetsMinutes?: readonly number[];
  /** How often a subscribing client should poll, in seconds (REFRESH-INTERVAL / X-PUBLISHED-TTL). */
  refreshSeconds?: number;
}

const PRODUCT = { company: 'Stacks', product: 'Calendar', language: 'EN' };

/** The stable UID of a session's event: the same across feeds, downloads and revisions. */
export function sessionEventUid(sessionId: string, uidHost: string): string {
  return `session-${sessionId}@${uidHost}`;
}

/** VTIMEZONE text for an IANA zone, or null when the zone database has none (the event is then written in UTC). */
function vtimezone(zone: string): string | null {
  try {
    return getVtimezoneComponent(zone) || null;
  } catch {
    return null;
  }
}

function describe(session: CalendarSession): string {
  const lines = [session.description.trim()];
  if (session.status === 'CANCELLED') lines.unshift('This session has been cancelled.');
  if (session.joinUrl) lines.push(`Join: ${session.joinUrl}`);
  if (session.recordingUrl) lines.push(`Recording: ${session.recordingUrl}`);
  lines.push(`Details: ${session.pageUrl}`);
  return lines.filter(Boolean).join('\n\n');
}

/**
 * An RFC 5545 calendar (METHOD:PUBLISH) with one VEVENT per scheduled-or-cancelled session that
 * has a start time. Times are written in the session's own zone with its VTIMEZONE, so a client
 * keeps the wall-clock time across daylight-saving changes. Output depends only on the input
 * (DTSTAMP is the session's last change), so an unchanged feed hashes to the same ETag.
 */
export function buildSessionCalendar(input: CalendarFeedInput): string {
  const calendar = ical({
    name: input.name,
    prodId: PRODUCT,
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: vtimezone },
    ...(input.refreshSeconds ? { ttl: input.refreshSeconds } : {}),
  });
  const alarms = [...new Set(input.alarmOffsetsMinutes ?? [])].sort((a, b) => b - a);
  for (const session of input.sessions) {
    if (!session.startsAt) continue;
    const zone = vtimezone(session.timeZone) ? session.timeZone : null;
    const at = (value: Date) => (zone ? DateTime.fromJSDate(value, { zone }) : value);
    const cancelled = session.status === 'CANCELLED';
    calendar.createEvent({
      id: sessionEventUid(session.id, input.uidHost),
      sequence: session.calendarSequence,
      stamp: session.updatedAt,
      lastModified: session.updatedAt,
      start: at(session.startsAt),
      end: session.endsAt ? at(session.endsAt) : null,
      timezone: zone,
      summary: cancelled ? `Cancelled: ${session.title}` : session.title,
      description: describe(session),
      location: session.location ?? session.joinUrl ?? null,
      url: session.joinUrl ?? session.pageUrl,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      alarms: cancelled
        ? []
        : alarms.map((minutes) => ({ type: ICalAlarmType.display, trigger: minutes * 60, description: `${session.title} starts soon` })),
    });
  }
  return calendar.toString();
}
