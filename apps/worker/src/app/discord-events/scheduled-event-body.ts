import { GuildScheduledEventEntityType, GuildScheduledEventPrivacyLevel, type RESTPostAPIGuildScheduledEventJSONBody } from 'discord.js';

/** Discord's limits on an external event's fields. */
const NAME_MAX = 100;
const DESCRIPTION_MAX = 1000;
const LOCATION_MAX = 100;
/** Discord requires an end for an external event; a session without one is taken as an hour long. */
const DEFAULT_LENGTH_MS = 3_600_000;

export interface PublishedSession {
  id: string;
  slug: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date | null;
}

/**
 * The last line of every event's description. It lets a retried create find the event the first
 * try made when that try died between Discord's answer and the database commit.
 */
export function sessionMarker(sessionId: string): string {
  return `-# Stacks session ${sessionId}`;
}

/** The external event Discord shows for a session: where to join is the session's page (or "Online"). */
export function scheduledEventBody(session: PublishedSession, publicBaseUrl: string): RESTPostAPIGuildScheduledEventJSONBody {
  const pageUrl = new URL(`/sessions/${session.slug}`, publicBaseUrl).toString();
  const footer = `\n\nDetails and enrolment: ${pageUrl}\n${sessionMarker(session.id)}`;
  const room = DESCRIPTION_MAX - footer.length;
  const text = session.description.length <= room ? session.description : `${session.description.slice(0, Math.max(0, room - 1))}…`;
  return {
    name: session.title.length <= NAME_MAX ? session.title : `${session.title.slice(0, NAME_MAX - 1)}…`,
    description: `${text}${footer}`,
    privacy_level: GuildScheduledEventPrivacyLevel.GuildOnly,
    entity_type: GuildScheduledEventEntityType.External,
    entity_metadata: { location: pageUrl.length <= LOCATION_MAX ? pageUrl : 'Online' },
    scheduled_start_time: session.startsAt.toISOString(),
    scheduled_end_time: (session.endsAt ?? new Date(session.startsAt.getTime() + DEFAULT_LENGTH_MS)).toISOString(),
  };
}
