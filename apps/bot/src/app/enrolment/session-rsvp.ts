import { cancelEnrolment, type EnrolRefusal, enrolInSession, type PrismaClient } from '@stacks/db';
import { findLinkedLearner } from '../linking/link-redeemer.js';

/**
 * Enrolment from Discord: the RSVP button under /upcoming and "Interested" on a session's
 * scheduled event. Both go through the same enrolment as the API (libs/db), so capacity, the
 * waitlist, cohort rules and reminder planning are the same; the outbox jobs they write are
 * published by the worker's outbox sweep (the bot has no Redis).
 */
export type RsvpOutcome =
  | { kind: 'not-linked' }
  | { kind: 'enrolled' | 'waitlisted' | 'already'; title: string }
  | { kind: 'refused'; refusal: EnrolRefusal };

const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function rsvpToSession(prisma: PrismaClient, discordUserId: string, sessionId: string, now: Date): Promise<RsvpOutcome> {
  const learner = await findLinkedLearner(prisma, discordUserId);
  if (!learner) return { kind: 'not-linked' };
  if (!SESSION_ID.test(sessionId)) return { kind: 'refused', refusal: 'session-not-found' };
  const result = await enrolInSession(prisma, learner.userId, { id: sessionId.toLowerCase() }, now);
  if (!result.ok) return { kind: 'refused', refusal: result.refusal };
  const { title } = await prisma.session.findUniqueOrThrow({ where: { id: result.enrolment.sessionId }, select: { title: true } });
  if (!result.created) return { kind: 'already', title };
  return { kind: result.enrolment.status === 'WAITLISTED' ? 'waitlisted' : 'enrolled', title };
}

/** What the member who pressed RSVP reads (only they see it). */
export function rsvpReply(outcome: Exclude<RsvpOutcome, { kind: 'not-linked' }>): string {
  switch (outcome.kind) {
    case 'enrolled':
      return `You are enrolled in **${outcome.title}**. Reminders follow your notification settings.`;
    case 'waitlisted':
      return `**${outcome.title}** is full, so you are on its waitlist; you will be enrolled as soon as a seat frees up.`;
    case 'already':
      return `You were already enrolled in **${outcome.title}** (or on its waitlist).`;
    case 'refused':
      return REFUSALS[outcome.refusal];
  }
}

const REFUSALS: Record<EnrolRefusal, string> = {
  'session-not-found': 'I could not find that session any more.',
  'session-cancelled': 'That session has been cancelled.',
  'session-ended': 'That session has already taken place; `/programs` shows its recording.',
  'cohort-only': "That session is for a cohort's selected teams only.",
};

export type InterestOutcome = 'not-published' | 'not-linked' | 'enrolled' | 'already' | 'refused' | 'cancelled' | 'not-enrolled';

/** The session a Discord scheduled event stands for, when Stacks published it. */
async function sessionOfEvent(prisma: PrismaClient, discordEventId: string): Promise<string | null> {
  const published = await prisma.discordScheduledEvent.findUnique({ where: { discordEventId }, select: { sessionId: true } });
  return published?.sessionId ?? null;
}

/** "Interested" on a published session's event enrols the linked member. Repeats change nothing. */
export async function interestAdded(prisma: PrismaClient, discordEventId: string, discordUserId: string, now: Date): Promise<InterestOutcome> {
  const sessionId = await sessionOfEvent(prisma, discordEventId);
  if (!sessionId) return 'not-published';
  const outcome = await rsvpToSession(prisma, discordUserId, sessionId, now);
  if (outcome.kind === 'not-linked' || outcome.kind === 'already' || outcome.kind === 'refused') return outcome.kind;
  return 'enrolled';
}

/** Taking "Interested" back cancels the linked member's enrolment (a waitlisted seat is freed too). */
export async function interestRemoved(prisma: PrismaClient, discordEventId: string, discordUserId: string): Promise<InterestOutcome> {
  const sessionId = await sessionOfEvent(prisma, discordEventId);
  if (!sessionId) return 'not-published';
  const learner = await findLinkedLearner(prisma, discordUserId);
  if (!learner) return 'not-linked';
  const result = await cancelEnrolment(prisma, learner.userId, { id: sessionId });
  if (!result.ok) return 'not-enrolled';
  return result.cancelled ? 'cancelled' : 'not-enrolled';
}
