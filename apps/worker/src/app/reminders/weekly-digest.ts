import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { PrismaService } from '@stacks/db';
import { JobName, type SendDigestPayload } from '@stacks/queue-contracts';
import { JobQueues } from '@stacks/queues';
import { composeWeeklyDigest, deferPastQuietHours, isoWeek, isQuietAt, weeklyDigestKey } from '@stacks/notifications';
import { deliveryJobOptions } from '../jobs/job-options.js';
import { type Deferral, type JobContext, OnJob } from '../jobs/on-job.decorator.js';
import { WorkerMetrics } from '../metrics/worker-metrics.js';
import { NotificationDispatcher } from '../notifications/notification-dispatcher.js';
import type { SendOutcome } from './reminder-sender.js';

const WEEK_MS = 7 * 24 * 3_600_000;
const SUGGESTIONS = 5;

/** The optional weekly digest of upcoming sessions, for learners who turned `weeklyDigest` on. */
@Injectable()
export class WeeklyDigest {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueues,
    private readonly dispatcher: NotificationDispatcher,
    private readonly metrics: WorkerMetrics,
  ) {}

  @OnJob(JobName.DigestSweep)
  sweepJob(): Promise<{ queued: number }> {
    return this.sweep();
  }

  async sweep(now = new Date()): Promise<{ queued: number }> {
    const learners = await this.prisma.notificationPreference.findMany({ where: { weeklyDigest: true, unsubscribedAt: null }, select: { userId: true } });
    const week = isoWeek(now);
    const options = deliveryJobOptions(this.config);
    for (let start = 0; start < learners.length; start += 1000) {
      await this.jobs.addBulk(learners.slice(start, start + 1000).map(({ userId }) => ({ job: { name: JobName.SendDigest, data: { userId, week } }, options })));
    }
    return { queued: learners.length };
  }

  @OnJob(JobName.SendDigest)
  async send(payload: SendDigestPayload, { finalAttempt }: Pick<JobContext, 'finalAttempt'>, now = new Date()): Promise<SendOutcome | Deferral> {
    const kind = 'weekly-digest';
    const skip = (reason: string): SendOutcome => {
      this.metrics.skipped.inc({ kind, reason });
      return { skipped: reason };
    };
    const audience = await this.dispatcher.audience(payload.userId);
    if (!audience) return skip('no-learner');
    const preference = await this.prisma.notificationPreference.findUnique({ where: { userId: payload.userId }, select: { weeklyDigest: true } });
    if (audience.unsubscribed || !preference?.weeklyDigest) return skip('opted-out');
    if (isQuietAt(now, audience.timeZone, audience.quietHours)) return { deferUntil: deferPastQuietHours(now, audience.timeZone, audience.quietHours) };
    const window = { gt: now, lte: new Date(now.getTime() + WEEK_MS) };
    const [enrolled, suggested] = await Promise.all([
      this.prisma.session.findMany({
        where: { status: 'SCHEDULED', startsAt: window, enrolments: { some: { userId: payload.userId, status: 'ENROLLED' } } },
        select: { title: true, slug: true, startsAt: true },
        orderBy: { startsAt: 'asc' },
      }),
      this.prisma.session.findMany({
        where: { status: 'SCHEDULED', startsAt: window, enrolments: { none: { userId: payload.userId, status: { in: ['ENROLLED', 'WAITLISTED'] } } } },
        select: { title: true, slug: true, startsAt: true },
        orderBy: { startsAt: 'asc' },
        take: SUGGESTIONS,
      }),
    ]);
    if (enrolled.length === 0 && suggested.length === 0) return skip('nothing-upcoming');
    const base = this.config.PUBLIC_BASE_URL.replace(/\/$/, '');
    const toDigest = (session: { title: string; slug: string; startsAt: Date | null }) => ({
      title: session.title,
      startsAt: session.startsAt as Date,
      url: `${base}/api/v1/sessions/${session.slug}`,
    });
    return this.dispatcher.deliver(audience, {
      key: weeklyDigestKey(payload),
      kind,
      dueAt: now,
      finalAttempt,
      job: { name: JobName.SendDigest, data: payload },
      compose: (links) =>
        composeWeeklyDigest({ learnerName: audience.recipient.displayName, timeZone: audience.timeZone, enrolled: enrolled.map(toDigest), suggested: suggested.map(toDigest), links }),
    });
  }
}
