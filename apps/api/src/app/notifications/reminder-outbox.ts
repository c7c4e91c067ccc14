import { randomUUID } from 'node:crypto';
import type { Prisma } from '@stacks/db';
import { type PlanSessionRemindersPayload, QueueName, ReminderJob, reminderJobId } from '@stacks/queue-contracts';

/**
 * Asks the worker to re-plan a session's reminders, written in the caller's transaction so the
 * request never waits on Redis and a crash cannot separate the change from its reminders.
 * Each change gets its own job: the planner reads current state, so extra plans are harmless.
 */
export async function enqueueReminderPlan(tx: Prisma.TransactionClient, payload: PlanSessionRemindersPayload): Promise<string> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "OutboxEvent" (id, queue, "jobName", "jobId", payload, "createdAt")
    VALUES (gen_random_uuid(), ${QueueName.Reminders}, ${ReminderJob.PlanSessionReminders},
            ${reminderJobId.plan(payload.sessionId, randomUUID())}, ${JSON.stringify(payload)}::jsonb, now())
    RETURNING id`;
  return row.id;
}
