import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { DEFAULT_TIME_ZONE, PrismaService } from '@stacks/db';
import { jobIdOf, JobName, type PlanSessionRemindersPayload, QueueName, type SendSessionReminderPayload } from '@stacks/queue-contracts';
import { createRedisClient, JobQueues, type RedisClient } from '@stacks/queues';
import { parseReminderOffsets, planReminders, quietHoursFrom, reminderTimeOutsideQuietHours } from '@stacks/notifications';
import type { Queue } from 'bullmq';
import { deliveryJobOptions } from '../jobs/job-options.js';
import { OnJob } from '../jobs/on-job.decorator.js';

interface LearnerRow {
  userId: string;
  status: string;
  completed: boolean;
  timeZone: string | null;
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
  remindersEnabled: boolean | null;
  unsubscribed: boolean;
}

export interface PlanResult {
  scheduled: number;
  kept: number;
  removed: number;
}

const LOOKUP_CHUNK = 5000;
const ADD_CHUNK = 1000;
const PARALLEL_ADDS = 4;

interface PlannedJob {
  data: SendSessionReminderPayload | null;
  processedOn: boolean;
  finishedOn: boolean;
}

/**
 * Turns the current state in PostgreSQL into delayed send jobs. It never trusts the event that
 * triggered it: it re-reads the session and enrolments, adds the jobs that should exist,
 * replaces those planned for another start time and removes the rest. Running it twice
 * changes nothing the second time (job ids are deterministic).
 */
@Injectable()
export class ReminderPlanner implements OnModuleDestroy {
  private redis?: RedisClient;
  private readonly offsets: number[];
  private readonly queue: Queue;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueues,
  ) {
    this.offsets = parseReminderOffsets(config.REMINDER_OFFSETS_MINUTES);
    this.queue = jobs.queue(QueueName.Reminders);
  }

  @OnJob(JobName.PlanSessionReminders)
  planJob(payload: PlanSessionRemindersPayload): Promise<PlanResult> {
    return this.plan(payload);
  }

  async plan(payload: Pick<PlanSessionRemindersPayload, 'sessionId' | 'userId'>, now = new Date()): Promise<PlanResult> {
    const session = await this.prisma.session.findUnique({ where: { id: payload.sessionId }, select: { id: true, status: true, startsAt: true } });
    const learners = session ? await this.learners(session.id, payload.userId) : [];
    if (payload.userId && !learners.some((learner) => learner.userId === payload.userId)) {
      learners.push({ userId: payload.userId, status: 'NONE', completed: false, timeZone: null, quietHoursStart: null, quietHoursEnd: null, remindersEnabled: null, unsubscribed: false });
    }
    const wanted: { jobId: string; data: SendSessionReminderPayload; delay: number }[] = [];
    const unwanted: string[] = [];
    for (const learner of learners) {
      const due = new Map<number, Date>();
      const active = session?.status === 'SCHEDULED' && session.startsAt && learner.status === 'ENROLLED' && !learner.completed;
      if (active && session.startsAt && learner.remindersEnabled !== false && !learner.unsubscribed) {
        const plan = planReminders({ startsAt: session.startsAt, offsetsMinutes: this.offsets, now, graceMs: this.config.REMINDER_GRACE_SECONDS * 1000 });
        const quiet = quietHoursFrom(learner.quietHoursStart, learner.quietHoursEnd);
        for (const reminder of plan.send) {
          const at = reminderTimeOutsideQuietHours(reminder.dueAt, now, learner.timeZone ?? DEFAULT_TIME_ZONE, quiet);
          if (at) due.set(reminder.offsetMinutes, at);
        }
      }
      for (const offsetMinutes of this.offsets) {
        const jobId = jobIdOf(JobName.SendSessionReminder, { sessionId: payload.sessionId, userId: learner.userId, offsetMinutes });
        const dueAt = due.get(offsetMinutes);
        if (!dueAt || !session?.startsAt) {
          unwanted.push(jobId);
          continue;
        }
        wanted.push({
          jobId,
          delay: Math.max(0, dueAt.getTime() - now.getTime()),
          data: { sessionId: payload.sessionId, userId: learner.userId, startsAt: session.startsAt.toISOString(), offsetMinutes, dueAt: dueAt.toISOString() },
        });
      }
    }
    return this.sync(wanted, unwanted);
  }

  private async learners(sessionId: string, userId: string | undefined): Promise<LearnerRow[]> {
    return this.prisma.$queryRaw<LearnerRow[]>`
      SELECT e."userId", e.status::text AS status, (c.id IS NOT NULL) AS completed, mp."timeZone",
             p."quietHoursStart", p."quietHoursEnd", p."remindersEnabled", (p."unsubscribedAt" IS NOT NULL) AS unsubscribed
      FROM "Enrolment" e
      LEFT JOIN "SessionCompletion" c ON c."userId" = e."userId" AND c."sessionId" = e."sessionId"
      LEFT JOIN "MemberProfile" mp ON mp."userId" = e."userId"
      LEFT JOIN "NotificationPreference" p ON p."userId" = e."userId"
      WHERE e."sessionId" = ${sessionId}::uuid AND (${userId ?? null}::uuid IS NULL OR e."userId" = ${userId ?? null}::uuid)`;
  }

  private async sync(wanted: { jobId: string; data: SendSessionReminderPayload; delay: number }[], unwanted: string[]): Promise<PlanResult> {
    const result: PlanResult = { scheduled: 0, kept: 0, removed: 0 };
    const options = deliveryJobOptions(this.config);
    for (let start = 0; start < wanted.length; start += LOOKUP_CHUNK) {
      const chunk = wanted.slice(start, start + LOOKUP_CHUNK);
      // One pipelined round trip reads what is already planned for the whole chunk.
      const existing = await this.readJobs(chunk.map((entry) => entry.jobId));
      const toAdd: typeof chunk = [];
      for (const [index, entry] of chunk.entries()) {
        const job = existing[index];
        if (job && job.data?.startsAt === entry.data.startsAt && (job.data.dueAt === entry.data.dueAt || job.processedOn)) {
          result.kept += 1;
          continue;
        }
        if (job) {
          // Planned for another time: replace it. A job running right now cannot be removed.
          const removed = await this.queue.remove(entry.jobId);
          if (removed !== 1 && (await this.queue.getJob(entry.jobId))) {
            throw new Error(`reminder job ${entry.jobId} is running; planning again shortly`);
          }
        }
        toAdd.push(entry);
      }
      const batches: (typeof toAdd)[] = [];
      for (let offset = 0; offset < toAdd.length; offset += ADD_CHUNK) batches.push(toAdd.slice(offset, offset + ADD_CHUNK));
      // A few pipelines in flight keep Redis busy while Node prepares the next batch.
      for (let index = 0; index < batches.length; index += PARALLEL_ADDS) {
        await Promise.all(
          batches.slice(index, index + PARALLEL_ADDS).map((batch) =>
            this.jobs.addBulk(batch.map((entry) => ({ job: { name: JobName.SendSessionReminder, data: entry.data }, options: { ...options, jobId: entry.jobId, delay: entry.delay } }))),
          ),
        );
      }
      result.scheduled += toAdd.length;
    }
    for (let start = 0; start < unwanted.length; start += LOOKUP_CHUNK) {
      const ids = unwanted.slice(start, start + LOOKUP_CHUNK);
      const existing = await this.readJobs(ids);
      for (const [index, jobId] of ids.entries()) {
        // A job running right now cannot be removed; it re-checks the state and skips itself.
        if (existing[index] && !existing[index]?.finishedOn && (await this.queue.remove(jobId)) === 1) result.removed += 1;
      }
    }
    return result;
  }

  private async readJobs(jobIds: string[]): Promise<(PlannedJob | null)[]> {
    // On a cluster the hash-tagged prefix keeps every job key in one slot, so one pipeline serves them all.
    this.redis ??= createRedisClient(this.config, { maxRetriesPerRequest: null, connectionName: 'stacks-reminder-planner' });
    const pipeline = this.redis.pipeline();
    for (const jobId of jobIds) pipeline.hmget(this.queue.toKey(jobId), 'data', 'processedOn', 'finishedOn');
    const replies = (await pipeline.exec()) ?? [];
    return replies.map(([error, value]) => {
      if (error) throw error;
      const [data, processedOn, finishedOn] = value as (string | null)[];
      if (data === null) return null;
      return { data: JSON.parse(data) as SendSessionReminderPayload, processedOn: Boolean(processedOn), finishedOn: Boolean(finishedOn) };
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }
}
