import type { PrismaClient } from '@stacks/db';
import { evaluateSeries, type SeriesProgress, toSeriesDefinition } from '@stacks/learning-domain';

export interface SeriesStanding {
  slug: string;
  title: string;
  rule: 'ALL' | 'ANY_K' | 'IN_ORDER';
  progress: SeriesProgress;
  /** Titles by session id, for naming what is done and what is next. */
  sessionTitles: Map<string, string>;
  unlockTitle: string | null;
  unlockedAt: Date | null;
}

/** Discord shows at most 25 embed fields; a learner in more series sees the first 25 by title. */
const MAX_SERIES = 25;

/**
 * A learner's standing in every series they have touched (an unlock, a completion, or an
 * enrolment that is not cancelled) — the same selection and the same rule engine
 * (@stacks/learning-domain evaluateSeries) as the API's GET /me/progress, so the bot and the API
 * never disagree about what is done, what remains and what a series unlocks.
 */
export async function loadSeriesStandings(prisma: PrismaClient, userId: string): Promise<SeriesStanding[]> {
  const series = await prisma.series.findMany({
    where: {
      OR: [
        { unlocks: { some: { userId } } },
        { sessions: { some: { completions: { some: { userId } } } } },
        { sessions: { some: { enrolments: { some: { userId, status: { not: 'CANCELLED' } } } } } },
      ],
    },
    orderBy: [{ title: 'asc' }, { id: 'asc' }],
    take: MAX_SERIES,
    select: {
      id: true,
      slug: true,
      title: true,
      rule: true,
      requiredCount: true,
      unlockTitle: true,
      unlocks: { where: { userId }, select: { unlockedAt: true } },
      sessions: {
        where: { status: 'SCHEDULED' },
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        select: { id: true, title: true, position: true, completions: { where: { userId }, select: { completedAt: true } } },
      },
    },
  });
  return series.map((entry) => {
    const completions = entry.sessions.flatMap((session) => session.completions.map(({ completedAt }) => ({ sessionId: session.id, completedAt })));
    return {
      slug: entry.slug,
      title: entry.title,
      rule: entry.rule,
      progress: evaluateSeries(toSeriesDefinition(entry), completions),
      sessionTitles: new Map(entry.sessions.map((session) => [session.id, session.title])),
      unlockTitle: entry.unlockTitle,
      unlockedAt: entry.unlocks[0]?.unlockedAt ?? null,
    };
  });
}
