import { Inject, Injectable } from '@nestjs/common';
import { buildSessionCalendar, type CalendarSession, generateFeedToken, hashFeedToken, isFeedTokenShape } from '@stacks/calendar';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { EnrolmentStatus, type Prisma, PrismaService, ReadPrismaService, type Session } from '@stacks/db';
import { parseReminderOffsets } from '@stacks/notifications';
import { whereIdOrSlug } from '../common/id-or-slug.js';
import { API_PREFIX } from '../create-app.js';
import { DomainError, notFound } from '../problem/domain-error.js';
import type { CalendarFeedCreatedDto, CalendarFeedStatusDto } from './dto/calendar-feed.dto.js';

/** A calendar ready to send: its text, when it last changed, and the file name offered. */
export interface CalendarDocument {
  ics: string;
  lastModified: Date;
  filename: string;
}

const SESSION_FIELDS = {
  id: true,
  slug: true,
  title: true,
  description: true,
  status: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  location: true,
  joinUrl: true,
  recordingUrl: true,
  calendarSequence: true,
  updatedAt: true,
} satisfies Prisma.SessionSelect;

type CalendarRow = Pick<Session, keyof typeof SESSION_FIELDS>;

const GROUP_FIELDS = { id: true, slug: true, title: true, updatedAt: true } satisfies Prisma.ProgramSelect & Prisma.SeriesSelect;

const latest = (dates: Date[]) => new Date(Math.max(...dates.map((date) => date.getTime())));

/**
 * RFC 5545 feeds: one session, a program, a series (public), and a learner's own sessions behind
 * a private, revocable URL. Every feed is bounded by CALENDAR_FEED_MAX_EVENTS (the latest sessions).
 */
@Injectable()
export class CalendarFeedsService {
  private readonly uidHost: string;
  private readonly reminderOffsets: number[];

  constructor(
    private readonly prisma: PrismaService,
    private readonly read: ReadPrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.uidHost = new URL(config.PUBLIC_BASE_URL).hostname;
    this.reminderOffsets = parseReminderOffsets(config.REMINDER_OFFSETS_MINUTES);
  }

  async sessionCalendar(idOrSlug: string): Promise<CalendarDocument> {
    const where = whereIdOrSlug(idOrSlug);
    const session = where ? await this.read.client.session.findFirst({ where, select: SESSION_FIELDS }) : null;
    if (!session) throw notFound('Session', idOrSlug);
    if (!session.startsAt) throw new DomainError(404, 'not-found', `Session ${idOrSlug} has no start time, so there is nothing to put in a calendar`);
    return { ics: this.build(session.title, [session]), lastModified: session.updatedAt, filename: `${session.slug}.ics` };
  }

  async programCalendar(idOrSlug: string): Promise<CalendarDocument> {
    const where = whereIdOrSlug(idOrSlug);
    const program = where ? await this.read.client.program.findFirst({ where, select: GROUP_FIELDS }) : null;
    if (!program) throw notFound('Program', idOrSlug);
    return this.groupCalendar(program, { programId: program.id });
  }

  async seriesCalendar(idOrSlug: string): Promise<CalendarDocument> {
    const where = whereIdOrSlug(idOrSlug);
    const series = where ? await this.read.client.series.findFirst({ where, select: GROUP_FIELDS }) : null;
    if (!series) throw notFound('Series', idOrSlug);
    return this.groupCalendar(series, { seriesId: series.id });
  }

  /**
   * The sessions a feed token's learner is enrolled in, with their reminders as alarms. One 404 for
   * a malformed, unknown or revoked token and for a disabled or erased account: nothing to learn.
   * Reads the primary, so a revocation takes effect at once.
   */
  async privateCalendar(token: string): Promise<CalendarDocument> {
    const feed = isFeedTokenShape(token)
      ? await this.prisma.calendarFeed.findUnique({
          where: { tokenHash: hashFeedToken(token) },
          select: { userId: true, createdAt: true, user: { select: { disabledAt: true, deletedAt: true, notificationPreference: { select: { remindersEnabled: true, unsubscribedAt: true, updatedAt: true } } } } },
        })
      : null;
    if (!feed || feed.user.disabledAt || feed.user.deletedAt) throw new DomainError(404, 'not-found', 'No such calendar feed; it may have been revoked or replaced');
    const enrolments = await this.prisma.enrolment.findMany({
      where: { userId: feed.userId, status: EnrolmentStatus.ENROLLED, session: { startsAt: { not: null } } },
      select: { createdAt: true, session: { select: SESSION_FIELDS } },
      orderBy: { session: { startsAt: 'desc' } },
      take: this.config.CALENDAR_FEED_MAX_EVENTS,
    });
    const preference = feed.user.notificationPreference;
    const reminders = !preference || (preference.remindersEnabled && !preference.unsubscribedAt);
    const sessions = enrolments.map((enrolment) => enrolment.session).reverse();
    return {
      ics: this.build('My Stacks sessions', sessions, reminders ? this.reminderOffsets : []),
      lastModified: latest([feed.createdAt, ...(preference ? [preference.updatedAt] : []), ...enrolments.flatMap((e) => [e.createdAt, e.session.updatedAt])]),
      filename: 'stacks.ics',
    };
  }

  async feedStatus(userId: string): Promise<CalendarFeedStatusDto> {
    const feed = await this.prisma.calendarFeed.findUnique({ where: { userId }, select: { createdAt: true } });
    return { subscribed: feed !== null, createdAt: feed?.createdAt ?? null };
  }

  /** Makes my feed URL, replacing (and so revoking) any earlier one. */
  async rotateFeed(userId: string): Promise<CalendarFeedCreatedDto> {
    const token = generateFeedToken();
    const tokenHash = hashFeedToken(token);
    const createdAt = new Date();
    await this.prisma.calendarFeed.upsert({ where: { userId }, create: { userId, tokenHash, createdAt }, update: { tokenHash, createdAt } });
    const url = new URL(`/${API_PREFIX}/calendar/feeds/${token}/stacks.ics`, this.config.PUBLIC_BASE_URL).toString();
    return { url, webcalUrl: url.replace(/^https?:/, 'webcal:'), createdAt };
  }

  /** Idempotent: revoking without a feed changes nothing. */
  async revokeFeed(userId: string): Promise<void> {
    await this.prisma.calendarFeed.deleteMany({ where: { userId } });
  }

  /** A program's or series' feed: its latest sessions, oldest first. */
  private async groupCalendar(group: { slug: string; title: string; updatedAt: Date }, where: Prisma.SessionWhereInput): Promise<CalendarDocument> {
    const sessions = await this.read.client.session.findMany({
      where: { ...where, startsAt: { not: null } },
      select: SESSION_FIELDS,
      orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
      take: this.config.CALENDAR_FEED_MAX_EVENTS,
    });
    sessions.reverse();
    return { ics: this.build(group.title, sessions), lastModified: latest([group.updatedAt, ...sessions.map((s) => s.updatedAt)]), filename: `${group.slug}.ics` };
  }

  private build(name: string, sessions: CalendarRow[], alarmOffsetsMinutes: readonly number[] = []): string {
    const events: CalendarSession[] = sessions.map((session) => ({ ...session, pageUrl: new URL(`/sessions/${session.slug}`, this.config.PUBLIC_BASE_URL).toString() }));
    return buildSessionCalendar({ name, uidHost: this.uidHost, sessions: events, alarmOffsetsMinutes, refreshSeconds: this.config.CALENDAR_FEED_MAX_AGE_SECONDS });
  }
}
