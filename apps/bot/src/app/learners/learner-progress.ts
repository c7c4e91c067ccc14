import { loadLearnerSeries, type PrismaClient, touchedBy, transactionRunner } from '@stacks/db';
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
 * A learner's standing in every series they have touched — the API's own query (libs/db
 * loadLearnerSeries with touchedBy) and rule engine (@stacks/learning-domain evaluateSeries) as
 * GET /me/progress, so the bot and the API never disagree about what is done, what remains and
 * what a series unlocks.
 */
export async function loadSeriesStandings(prisma: PrismaClient, userId: string): Promise<SeriesStanding[]> {
  const learnerSeries = await loadLearnerSeries(transactionRunner(prisma), userId, touchedBy(userId));
  return learnerSeries.slice(0, MAX_SERIES).map(({ series, completions, unlockedAt }) => ({
    slug: series.slug,
    title: series.title,
    rule: series.rule,
    progress: evaluateSeries(toSeriesDefinition(series), completions),
    sessionTitles: new Map(series.sessions.map((session) => [session.id, session.title])),
    unlockTitle: series.unlockTitle,
    unlockedAt,
  }));
}
