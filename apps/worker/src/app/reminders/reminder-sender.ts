import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { Prisma, PrismaService } from '@stacks/db';
import { QueueName, ReminderJob, type SendNudgePayload, type SendSessionReminderPayload } from '@stacks/queue-contracts';
import { composeSeriesNudge, composeSessionReminder, deferPastQuietHours, isQuietAt, isTooLate, nextSessionToNudge, nudgeKey, sessionReminderKey } from '@stacks/reminders';
import { NotificationMetrics } from '../metrics/notification-metrics.js';
import { MicroBatcher } from '../notifications/micro-batcher.js';
import { type AudienceRow, NotificationDispatcher, toAudience } from '../notifications/notification-dispatcher.js';

export type SendOutcome = { sent: number; settled: number } | { skipped: string };

interface SessionStateRow {
  status: string;
  startsAt: Date | null;
  title: string;
  joinUrl: string | null;
  location: string | null;
  enrolment: string | null;
  completed: boolean;
}

/**
 * Sends a reminder or nudge after re-checking, at send time, everything that may have changed
 * since it was planned: enrolment, cancellation, completion, start time, preferences.
 */
@Injectable()
export class ReminderSender {
  /** Session, enrolment and completion of every reminder being sent at this moment, in one query. */
  private readonly states = new MicroBatcher<{ sessionId: string; userId: string }, (SessionStateRow & Partial<AudienceRow>) | undefined>(async (keys) => {
    // Session, enrolment, completion and the learner's contact details and preferences in one query.
    const rows = await this.prisma.sql<SessionStateRow & Partial<AudienceRow> & { ord: string }>(Prisma.sql`
      SELECT q.ord, s.status::text AS status, s."startsAt", s.title, s."joinUrl", s.location, e.status::text AS enrolment,
             EXISTS (SELECT 1 FROM "SessionCompletion" c WHERE c."userId" = q.user_id AND c."sessionId" = s.id) AS completed,
             u.id, u.email, u."displayName", mp."timeZone", d."discordUserId",
             p."quietHoursStart", p."quietHoursEnd", p."unsubscribedAt", p."remindersEnabled", p."nudgesEnabled",
             -- No e-mail to an address its owner has not proved.
             CASE WHEN u."emailVerifiedAt" IS NULL THEN false ELSE p."emailEnabled" END AS "emailEnabled", p."discordEnabled"
      FROM unnest(${keys.map((key) => key.sessionId)}::uuid[], ${keys.map((key) => key.userId)}::uuid[]) WITH ORDINALITY AS q(session_id, user_id, ord)
      JOIN "Session" s ON s.id = q.session_id
      LEFT JOIN "Enrolment" e ON e."sessionId" = s.id AND e."userId" = q.user_id
      LEFT JOIN "User" u ON u.id = q.user_id
      LEFT JOIN "MemberProfile" mp ON mp."userId" = u.id
      LEFT JOIN "DiscordAccountLink" d ON d."userId" = u.id
      LEFT JOIN "NotificationPreference" p ON p."userId" = u.id`);
    const byOrdinal = new Map(rows.map((row) => [Number(row.ord), row]));
    return keys.map((_key, index) => byOrdinal.get(index + 1));
  });

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dispatcher: NotificationDispatcher,
    private readonly metrics: NotificationMetrics,
  ) {}

  async sendReminder(payload: SendSessionReminderPayload, finalAttempt: boolean, now = new Date()): Promise<SendOutcome> {
    const kind = 'session-reminder';
    const dueAt = new Date(payload.dueAt);
    this.metrics.lateness.observe({ kind }, Math.max(0, now.getTime() - dueAt.getTime()) / 1000);
    const state = await this.states.load({ sessionId: payload.sessionId, userId: payload.userId });
    const skip = (reason: string): SendOutcome => {
      this.metrics.skipped.inc({ kind, reason });
      return { skipped: reason };
    };
    if (!state || state.status !== 'SCHEDULED') return skip('session-cancelled');
    if (!state.startsAt || state.startsAt.toISOString() !== payload.startsAt) return skip('rescheduled');
    if (state.enrolment !== 'ENROLLED') return skip('not-enrolled');
    if (state.completed) return skip('completed');
    if (isTooLate({ dueAt, startsAt: state.startsAt, now, graceMs: this.config.REMINDER_GRACE_SECONDS * 1000 })) {
      this.metrics.late.inc({ kind });
      return skip('late');
    }
    if (!state.id) return skip('no-learner');
    const audience = toAudience(state as AudienceRow);
    if (audience.unsubscribed || !audience.remindersEnabled) return skip('opted-out');
    if (isQuietAt(now, audience.timeZone, audience.quietHours)) return skip('quiet-hours');
    const startsAt = state.startsAt;
    return this.dispatcher.deliver(audience, {
      key: sessionReminderKey({ sessionId: payload.sessionId, userId: payload.userId, startsAt, offsetMinutes: payload.offsetMinutes }),
      kind,
      dueAt,
      finalAttempt,
      job: { queue: QueueName.Reminders, name: ReminderJob.SendSessionReminder, data: payload },
      compose: (links) =>
        composeSessionReminder({
          learnerName: audience.recipient.displayName,
          sessionTitle: state.title,
          startsAt,
          timeZone: audience.timeZone,
          offsetMinutes: payload.offsetMinutes,
          joinUrl: state.joinUrl,
          location: state.location,
          links,
        }),
    });
  }

  /** Returns `{ deferUntil }` when the learner is in quiet hours (the caller delays the job). */
  async sendNudge(payload: SendNudgePayload, finalAttempt: boolean, now = new Date()): Promise<SendOutcome | { deferUntil: Date }> {
    const kind = 'nudge';
    const skip = (reason: string): SendOutcome => {
      this.metrics.skipped.inc({ kind, reason });
      return { skipped: reason };
    };
    const series = await this.prisma.series.findUnique({
      where: { id: payload.seriesId },
      select: {
        title: true,
        sessions: { select: { id: true, title: true, position: true, recordingUrl: true, recordingAvailableFrom: true, recordingAvailableUntil: true } },
        unlocks: { where: { userId: payload.userId }, select: { id: true } },
      },
    });
    if (!series) return skip('series-gone');
    const completions = await this.prisma.sessionCompletion.findMany({
      where: { userId: payload.userId, sessionId: { in: series.sessions.map((session) => session.id) } },
      select: { sessionId: true },
    });
    const completed = new Set(completions.map((completion) => completion.sessionId));
    const next = nextSessionToNudge({ sessions: series.sessions, completedSessionIds: completed, finished: series.unlocks.length > 0 }, now);
    if (!next?.recordingUrl) return skip('not-eligible');
    const audience = await this.dispatcher.audience(payload.userId);
    if (!audience) return skip('no-learner');
    if (audience.unsubscribed || !audience.nudgesEnabled) return skip('opted-out');
    if (isQuietAt(now, audience.timeZone, audience.quietHours)) {
      return { deferUntil: deferPastQuietHours(now, audience.timeZone, audience.quietHours) };
    }
    const recordingUrl = next.recordingUrl;
    return this.dispatcher.deliver(audience, {
      // The week the sweep found it in (not the send time) keeps a deferred nudge in that week.
      key: nudgeKey({ userId: payload.userId, seriesId: payload.seriesId, week: payload.week }),
      kind,
      dueAt: now,
      finalAttempt,
      job: { queue: QueueName.Reminders, name: ReminderJob.SendNudge, data: payload },
      compose: (links) =>
        composeSeriesNudge({
          learnerName: audience.recipient.displayName,
          seriesTitle: series.title,
          completedCount: completed.size,
          totalCount: series.sessions.length,
          nextSessionTitle: next.title,
          recordingUrl,
          links,
        }),
    });
  }
}
