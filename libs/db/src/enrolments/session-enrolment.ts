import { placeEnrolment, promotionsAfterChange } from '@stacks/learning-domain';
import { IntegrationEventType, integrationEventPayload, JobName, type PlanSessionRemindersPayload } from '@stacks/queue-contracts';
import { type Enrolment, EnrolmentStatus, type Prisma, type PrismaClient, type Session } from '../generated/prisma/client.js';
import { enqueueOutboxEvent } from '../outbox/outbox-event.js';
import { selectedTeamOf } from './cohort-membership.js';

/**
 * Enrolling in a session and cancelling an enrolment, for every way in: the API's routes, the
 * bot's RSVP button and a Discord event's "Interested". Each writes its outbox jobs (reminder
 * planning, the integration event) in the same transaction; the caller publishes `outboxIds` at
 * once when it has Redis (the API), and otherwise the worker's outbox sweep does within seconds.
 */

export const ACTIVE_ENROLMENT: EnrolmentStatus[] = [EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED];

export type SessionWhere = { id: string } | { slug: string };

/**
 * Loads a session inside a transaction and locks its row, serialising enrolment changes per
 * session so capacity is never oversold by concurrent requests. Null when there is no such session.
 */
export async function lockSessionRow(tx: Prisma.TransactionClient, where: SessionWhere): Promise<Session | null> {
  const found = await tx.session.findFirst({ where, select: { id: true } });
  if (!found) return null;
  await tx.$executeRaw`SELECT 1 FROM "Session" WHERE id = ${found.id}::uuid FOR UPDATE`;
  return tx.session.findUniqueOrThrow({ where: { id: found.id } });
}

export type EnrolRefusal = 'session-not-found' | 'session-cancelled' | 'session-ended' | 'cohort-only';

export type EnrolResult =
  | { ok: true; enrolment: Enrolment; /** False when an active enrolment already existed (a repeat). */ created: boolean; outboxIds: string[] }
  | { ok: false; refusal: EnrolRefusal };

/** Enrols, or waitlists when full. Repeating it returns the same enrolment and writes nothing. */
export function enrolInSession(db: PrismaClient, userId: string, where: SessionWhere, now = new Date()): Promise<EnrolResult> {
  return db.$transaction(async (tx): Promise<EnrolResult> => {
    const session = await lockSessionRow(tx, where);
    if (!session) return { ok: false, refusal: 'session-not-found' };
    if (session.status === 'CANCELLED') return { ok: false, refusal: 'session-cancelled' };
    if (session.endsAt && session.endsAt <= now) return { ok: false, refusal: 'session-ended' };
    if (session.cohortId && !(await selectedTeamOf(tx, session.cohortId, userId))) return { ok: false, refusal: 'cohort-only' };

    const existing = await tx.enrolment.findUnique({ where: { userId_sessionId: { userId, sessionId: session.id } } });
    if (existing && ACTIVE_ENROLMENT.includes(existing.status)) return { ok: true, enrolment: existing, created: false, outboxIds: [] };

    const enrolled = await tx.enrolment.count({ where: { sessionId: session.id, status: EnrolmentStatus.ENROLLED } });
    const status = placeEnrolment(session.capacity, enrolled);
    const data = { status, waitlistedAt: status === EnrolmentStatus.WAITLISTED ? now : null };
    const enrolment = existing
      ? await tx.enrolment.update({ where: { id: existing.id }, data })
      : await tx.enrolment.create({ data: { userId, sessionId: session.id, ...data } });
    const outboxIds = await enqueueEnrolmentChange(tx, enrolment, IntegrationEventType.EnrolmentCreated, { userId, reason: 'enrolled' }, { status: enrolment.status });
    return { ok: true, enrolment, created: true, outboxIds };
  });
}

export type CancelEnrolmentResult =
  | { ok: true; /** False when it was already cancelled (a repeat). */ cancelled: boolean; outboxIds: string[] }
  | { ok: false; refusal: 'session-not-found' | 'not-enrolled' };

/** Cancels an enrolment; a freed seat goes to the earliest waitlisted learner. Idempotent. */
export function cancelEnrolment(db: PrismaClient, userId: string, where: SessionWhere): Promise<CancelEnrolmentResult> {
  return db.$transaction(async (tx): Promise<CancelEnrolmentResult> => {
    const session = await lockSessionRow(tx, where);
    if (!session) return { ok: false, refusal: 'session-not-found' };
    const existing = await tx.enrolment.findUnique({ where: { userId_sessionId: { userId, sessionId: session.id } } });
    if (!existing) return { ok: false, refusal: 'not-enrolled' };
    if (existing.status === EnrolmentStatus.CANCELLED) return { ok: true, cancelled: false, outboxIds: [] };
    const cancelled = await tx.enrolment.update({ where: { id: existing.id }, data: { status: EnrolmentStatus.CANCELLED } });
    const promoted = existing.status === EnrolmentStatus.ENROLLED ? await promoteWaitlisted(tx, session.id, session.capacity) : [];
    // The whole session is re-planned when someone was promoted from the waitlist.
    const outboxIds = await enqueueEnrolmentChange(
      tx,
      cancelled,
      IntegrationEventType.EnrolmentCancelled,
      { userId: promoted.length > 0 ? undefined : userId, reason: 'enrolment-cancelled' },
      { previousStatus: existing.status },
    );
    return { ok: true, cancelled: true, outboxIds };
  });
}

/** The two jobs every enrolment change writes: re-plan the session's reminders, and announce it to integrations. */
async function enqueueEnrolmentChange(
  tx: Prisma.TransactionClient,
  enrolment: Enrolment,
  type: IntegrationEventType,
  plan: Omit<PlanSessionRemindersPayload, 'sessionId'>,
  detail: Record<string, string>,
): Promise<string[]> {
  const { id: enrolmentId, userId, sessionId, updatedAt } = enrolment;
  return [
    await enqueueOutboxEvent(tx, { name: JobName.PlanSessionReminders, data: { sessionId, ...plan } }),
    await enqueueOutboxEvent(tx, {
      name: JobName.IntegrationEvent,
      data: integrationEventPayload(type, `${enrolmentId}:${updatedAt.getTime()}`, updatedAt, { enrolmentId, userId, sessionId, ...detail }),
    }),
  ];
}

/** Moves the earliest waitlisted learners into seats that are free; their enrolment ids. */
export async function promoteWaitlisted(tx: Prisma.TransactionClient, sessionId: string, capacity: number | null): Promise<string[]> {
  const [enrolled, waitlist] = await Promise.all([
    tx.enrolment.count({ where: { sessionId, status: EnrolmentStatus.ENROLLED } }),
    tx.enrolment.findMany({
      where: { sessionId, status: EnrolmentStatus.WAITLISTED },
      select: { id: true, waitlistedAt: true },
      orderBy: [{ waitlistedAt: 'asc' }, { id: 'asc' }],
    }),
  ]);
  const promote = promotionsAfterChange(
    capacity,
    enrolled,
    waitlist.map((entry) => ({ enrolmentId: entry.id, waitlistedAt: entry.waitlistedAt ?? new Date(0) })),
  );
  if (promote.length > 0) {
    await tx.enrolment.updateMany({ where: { id: { in: promote } }, data: { status: EnrolmentStatus.ENROLLED } });
  }
  return promote;
}
