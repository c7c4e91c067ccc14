import type { CompletionRuleKind } from './series-progress.js';

/** A decimal column as database drivers return it (Prisma's Decimal), read without importing it. */
export interface DecimalLike {
  toNumber(): number;
}

/** What decides a session's continuing-education hours. */
export interface CreditedSession {
  id: string;
  /** Hours an admin set for the session; when null its length counts. */
  creditHours: number | DecimalLike | null;
  recordingMinutes: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  status?: 'SCHEDULED' | 'CANCELLED';
}

/** Hours are kept to the hundredth, as CE certificates print them; summing hundredths avoids float drift. */
const toHundredths = (hours: number) => Math.round(hours * 100);
const fromHundredths = (hundredths: number) => hundredths / 100;

/**
 * A session's credit hours: the admin-set figure, else its recording length, else its live
 * duration; null when none of those is known. The transcript and the badges use this one rule.
 */
export function sessionCreditHours(session: Omit<CreditedSession, 'id' | 'status'>): number | null {
  if (session.creditHours !== null) {
    const hours = typeof session.creditHours === 'number' ? session.creditHours : session.creditHours.toNumber();
    return fromHundredths(toHundredths(hours));
  }
  const minutes =
    session.recordingMinutes ??
    (session.startsAt && session.endsAt ? Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000) : null);
  return minutes === null || minutes <= 0 ? null : fromHundredths(Math.round((minutes / 60) * 100));
}

/** Sum of hours to the hundredth; null when no item has known hours. */
export function sumCreditHours(hours: (number | null)[]): number | null {
  const known = hours.filter((value): value is number => value !== null);
  return known.length === 0 ? null : fromHundredths(known.reduce((sum, value) => sum + toHundredths(value), 0));
}

/**
 * Hours an achievement carries (OB 3.0 `Achievement.creditsAvailable`): the scheduled sessions a
 * holder must complete. ALL and IN_ORDER need every one; ANY_K counts the k sessions with the
 * fewest hours, the hours every holder has earned at least. Sessions of unknown length add none.
 */
export function creditsAvailable(rule: CompletionRuleKind, requiredCount: number | null, sessions: CreditedSession[]): number | null {
  const hours = sessions.filter((session) => session.status !== 'CANCELLED').map(sessionCreditHours);
  if (rule !== 'ANY_K' || requiredCount === null || requiredCount >= hours.length) return sumCreditHours(hours);
  const fewest = [...hours].sort((a, b) => (a ?? 0) - (b ?? 0)).slice(0, requiredCount);
  return sumCreditHours(fewest);
}

/** Hours the learner earned in these sessions (OB 3.0 `AchievementSubject.creditsEarned`). */
export function creditsEarned(sessions: CreditedSession[], completedSessionIds: Iterable<string>): number | null {
  const completed = new Set(completedSessionIds);
  return sumCreditHours(sessions.filter((session) => completed.has(session.id)).map(sessionCreditHours));
}
