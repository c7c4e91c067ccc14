import { randomUUID } from 'node:crypto';
import { jobIdOf, JobName, QueueName, type PlanSessionRemindersPayload } from '@stacks/queue-contracts';
import { redisConnectionOptions } from '@stacks/queues';
import { Queue } from 'bullmq';
import pg from 'pg';

/**
 * The worker runs with these offsets; the soak session starts 60.5 minutes after seeding, so both
 * moments have just passed (within REMINDER_GRACE_SECONDS) and every reminder is due at once:
 * the soak measures planning and sending, not waiting.
 */
export const SOAK_OFFSETS_MINUTES = '62,61';

export interface SoakSession {
  sessionId: string;
  learners: number;
  expected: number;
}

export interface SoakResult {
  reminders: number;
  learners: number;
  planSeconds: number | null;
  /** From the plan job being queued to the last reminder recorded as sent in the ledger. */
  allSentSeconds: number | null;
  sendsPerSecond: number | null;
  sent: number;
  /** Ledger rows not SENT (pending, failed, dead) when the soak ended. */
  notSent: number;
  /** Ledger rows that needed more than one attempt (a retry could mean a second message). */
  retried: number;
  duplicateKeys: number;
  learnersWithWrongCount: number;
  failedJobs: number;
  finishedUnderApiLoad: boolean;
  lost: number;
}

/**
 * Seeds one live session starting a little over an hour from now with `reminders / 2` enrolled
 * learners (two offsets each), in SQL so 50 000 learners take seconds.
 */
export async function seedSoakSession(databaseUrl: string, reminders: number): Promise<SoakSession> {
  const learners = Math.ceil(reminders / 2);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tag = randomUUID().slice(0, 8);
    const { rows } = await client.query<{ id: string }>(
      `WITH program AS (
         INSERT INTO "Program" (id, slug, title, kind, summary, description, audience, "libraryTypes", "librarySizes", tags, "updatedAt")
         VALUES (gen_random_uuid(), 'soak-${tag}', 'Soak program', 'LEARNING_SERIES', 's', 'd', 'a', '{PUBLIC}', '{}', '{}', now()) RETURNING id)
       INSERT INTO "Session" (id, "programId", position, slug, title, description, type, "startsAt", "endsAt", "libraryTypes", "updatedAt")
       SELECT gen_random_uuid(), program.id, 1, 'soak-session-${tag}', 'Soak webinar', 'd', 'WEBINAR',
              now() + interval '60 minutes 30 seconds', now() + interval '120 minutes', '{}', now()
         FROM program RETURNING id`,
    );
    const sessionId = (rows[0] as { id: string }).id;
    await client.query(
      `WITH created AS (
         INSERT INTO "User" (id, email, "passwordHash", "displayName", "updatedAt")
         SELECT gen_random_uuid(), 'soak-' || n || '@soak.example', 'not-a-real-hash', 'Soak ' || n, now()
           FROM generate_series(1, $1) AS n RETURNING id)
       INSERT INTO "Enrolment" (id, "userId", "sessionId", status, "updatedAt")
       SELECT gen_random_uuid(), id, $2, 'ENROLLED', now() FROM created`,
      [learners, sessionId],
    );
    await client.query('ANALYZE');
    return { sessionId, learners, expected: learners * 2 };
  } finally {
    await client.end();
  }
}

/**
 * Queues the plan job exactly as the outbox relay would, then polls the queue and the
 * NotificationDelivery ledger until every reminder is sent (or `timeoutMs` passes).
 */
export async function runSoak(options: {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  session: SoakSession;
  timeoutMs: number;
  apiLoadRunning: () => boolean;
}): Promise<SoakResult> {
  const { session } = options;
  const connection = { ...redisConnectionOptions(options.redisUrl), maxRetriesPerRequest: null };
  const queue = new Queue(QueueName.Reminders, { connection, prefix: options.queuePrefix });
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const keyPattern = `reminder.${session.sessionId}.%`;
  try {
    const payload: PlanSessionRemindersPayload = { sessionId: session.sessionId, reason: 'load-soak' };
    const planJobId = jobIdOf(JobName.PlanSessionReminders, { sessionId: session.sessionId });
    const started = performance.now();
    await queue.add(JobName.PlanSessionReminders, payload, { jobId: planJobId, removeOnComplete: false });
    let planSeconds: number | null = null;
    let allSentSeconds: number | null = null;
    let finishedUnderApiLoad = false;
    while (performance.now() - started < options.timeoutMs) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      if (planSeconds === null) {
        const plan = await queue.getJob(planJobId);
        if (plan?.finishedOn) planSeconds = (plan.finishedOn - plan.timestamp) / 1000;
        if (plan?.failedReason) throw new Error(`planning failed: ${plan.failedReason}`);
        continue;
      }
      const { rows } = await client.query<{ sent: string }>(`SELECT count(*) AS sent FROM "NotificationDelivery" WHERE key LIKE $1 AND status = 'SENT'`, [keyPattern]);
      if (Number(rows[0]?.sent) >= session.expected) {
        allSentSeconds = (performance.now() - started) / 1000;
        finishedUnderApiLoad = options.apiLoadRunning();
        break;
      }
    }
    // Let in-flight jobs settle so a late duplicate would show up in the counts below.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const { rows } = await client.query<{ sent: string; not_sent: string; retried: string; duplicate_keys: string }>(
      `SELECT count(*) FILTER (WHERE status = 'SENT') AS sent,
              count(*) FILTER (WHERE status <> 'SENT') AS not_sent,
              count(*) FILTER (WHERE attempts > 1) AS retried,
              count(*) - count(DISTINCT (key, channel)) AS duplicate_keys
         FROM "NotificationDelivery" WHERE key LIKE $1`,
      [keyPattern],
    );
    // Every enrolled learner gets exactly one message per offset.
    const { rows: wrong } = await client.query<{ learners: string }>(
      `SELECT count(*) AS learners FROM (
         SELECT e."userId" FROM "Enrolment" e
           LEFT JOIN "NotificationDelivery" d ON d."userId" = e."userId" AND d.key LIKE $1 AND d.status = 'SENT'
          WHERE e."sessionId" = $2::uuid GROUP BY e."userId" HAVING count(d.id) <> 2) AS mismatched`,
      [keyPattern, session.sessionId],
    );
    const counts = rows[0] as { sent: string; not_sent: string; retried: string; duplicate_keys: string };
    const sent = Number(counts.sent);
    return {
      reminders: session.expected,
      learners: session.learners,
      planSeconds,
      allSentSeconds: allSentSeconds === null ? null : Number(allSentSeconds.toFixed(1)),
      sendsPerSecond: allSentSeconds === null ? null : Math.round(session.expected / allSentSeconds),
      sent,
      notSent: Number(counts.not_sent),
      retried: Number(counts.retried),
      duplicateKeys: Number(counts.duplicate_keys),
      learnersWithWrongCount: Number(wrong[0]?.learners),
      failedJobs: await queue.getFailedCount(),
      finishedUnderApiLoad,
      lost: Math.max(0, session.expected - sent),
    };
  } finally {
    await client.end();
    await queue.close();
  }
}
