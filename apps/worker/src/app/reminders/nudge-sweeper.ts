import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { PrismaService } from '@stacks/db';
import { JobName, type SendNudgePayload } from '@stacks/queue-contracts';
import { JobQueues } from '@stacks/queues';
import { isoWeek, nextSessionToNudge } from '@stacks/notifications';
import { deliveryJobOptions } from '../jobs/job-options.js';
import { OnJob } from '../jobs/on-job.decorator.js';

interface StartedSeriesRow {
  userId: string;
  seriesId: string;
  completed: string[];
}

/**
 * Finds learners who started a series and have not finished it, whose next session has a
 * recording available, and queues one nudge each. The job id and the ledger key both carry the
 * ISO week, so however often the sweep runs a learner hears at most once per series per week.
 */
@Injectable()
export class NudgeSweeper {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueues,
  ) {}

  @OnJob(JobName.NudgeSweep)
  sweepJob(): Promise<{ queued: number }> {
    return this.sweep();
  }

  async sweep(now = new Date()): Promise<{ queued: number }> {
    const started = await this.prisma.$queryRaw<StartedSeriesRow[]>`
      SELECT c."userId", s."seriesId", array_agg(c."sessionId"::text) AS completed
      FROM "SessionCompletion" c
      JOIN "Session" s ON s.id = c."sessionId"
      LEFT JOIN "NotificationPreference" p ON p."userId" = c."userId"
      WHERE s."seriesId" IS NOT NULL
        AND (p."userId" IS NULL OR (p."nudgesEnabled" AND p."unsubscribedAt" IS NULL))
        AND NOT EXISTS (SELECT 1 FROM "SeriesUnlock" u WHERE u."userId" = c."userId" AND u."seriesId" = s."seriesId")
      GROUP BY c."userId", s."seriesId"`;
    if (started.length === 0) return { queued: 0 };
    const seriesIds = [...new Set(started.map((row) => row.seriesId))];
    const sessions = await this.prisma.session.findMany({
      where: { seriesId: { in: seriesIds }, status: 'SCHEDULED' },
      select: { id: true, seriesId: true, title: true, position: true, recordingUrl: true, recordingAvailableFrom: true, recordingAvailableUntil: true },
    });
    const week = isoWeek(now);
    const jobs: SendNudgePayload[] = [];
    for (const row of started) {
      const next = nextSessionToNudge(
        { sessions: sessions.filter((session) => session.seriesId === row.seriesId), completedSessionIds: new Set(row.completed), finished: false },
        now,
      );
      if (next) jobs.push({ userId: row.userId, seriesId: row.seriesId, sessionId: next.id, week });
    }
    const options = deliveryJobOptions(this.config);
    for (let start = 0; start < jobs.length; start += 1000) {
      await this.jobs.addBulk(jobs.slice(start, start + 1000).map((data) => ({ job: { name: JobName.SendNudge, data }, options })));
    }
    return { queued: jobs.length };
  }
}
