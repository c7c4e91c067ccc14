import type { Prisma } from '@stacks/db';
import { type CreditedSession, creditsAvailable, creditsEarned } from '@stacks/learning-domain';

export interface AchievementCredits {
  /** Achievement.creditsAvailable; null when the sessions state no hours (or the badge has no sessions). */
  available: number | null;
  /** AchievementSubject.creditsEarned for this learner; null likewise. */
  earned: number | null;
}

type Db = Pick<Prisma.TransactionClient, 'session' | 'series' | 'sessionCompletion'>;

const creditedSelect = {
  id: true,
  creditHours: true,
  recordingMinutes: true,
  startsAt: true,
  endsAt: true,
  status: true,
} satisfies Prisma.SessionSelect;

/**
 * The hours an achievement carries and a learner earned, from the sessions its rule counts: the
 * series' sessions (under the series rule), or every session of the program. Manual badges count
 * the series or program they name, if any.
 */
export async function achievementCredits(
  db: Db,
  achievement: { seriesId: string | null; programId: string | null },
  userId: string | null,
): Promise<AchievementCredits> {
  let sessions: CreditedSession[];
  let available: number | null;
  if (achievement.seriesId) {
    const series = await db.series.findUnique({
      where: { id: achievement.seriesId },
      select: { rule: true, requiredCount: true, sessions: { select: creditedSelect } },
    });
    if (!series) return { available: null, earned: null };
    sessions = series.sessions;
    available = creditsAvailable(series.rule, series.requiredCount, sessions);
  } else if (achievement.programId) {
    sessions = await db.session.findMany({ where: { programId: achievement.programId }, select: creditedSelect });
    available = creditsAvailable('ALL', null, sessions);
  } else {
    return { available: null, earned: null };
  }
  if (!userId || sessions.length === 0) return { available, earned: null };
  const completions = await db.sessionCompletion.findMany({
    where: { userId, sessionId: { in: sessions.map((session) => session.id) } },
    select: { sessionId: true },
  });
  return { available, earned: creditsEarned(sessions, completions.map((completion) => completion.sessionId)) };
}
