/**
 * Competency self-assessment: a learner rates themself 1-5 per competency, as often as they like;
 * the history shows growth, and the weakest competencies point at the sessions and pathways that
 * build them. Plain data in and out.
 */

export const SELF_RATING_MIN = 1;
export const SELF_RATING_MAX = 5;

export const isSelfRating = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= SELF_RATING_MIN && value <= SELF_RATING_MAX;

export interface SelfRating {
  competency: string;
  rating: number;
  assessedAt: Date;
}

export interface CompetencyGrowth {
  competency: string;
  first: number;
  latest: number;
  /** latest − first: positive when the learner rates themself higher than at the start. */
  change: number;
  assessments: number;
  firstAssessedAt: Date;
  latestAssessedAt: Date;
  /** Every rating, oldest first. */
  history: { rating: number; assessedAt: Date }[];
}

/** Per competency: first and latest rating and the change between them, from a learner's history. */
export function competencyGrowth(ratings: readonly SelfRating[]): CompetencyGrowth[] {
  const byCompetency = new Map<string, SelfRating[]>();
  for (const rating of ratings) byCompetency.set(rating.competency, [...(byCompetency.get(rating.competency) ?? []), rating]);
  return [...byCompetency.entries()]
    .map(([competency, list]) => {
      const sorted = [...list].sort((a, b) => a.assessedAt.getTime() - b.assessedAt.getTime());
      const first = sorted[0];
      const latest = sorted[sorted.length - 1];
      return {
        competency,
        first: first.rating,
        latest: latest.rating,
        change: latest.rating - first.rating,
        assessments: sorted.length,
        firstAssessedAt: first.assessedAt,
        latestAssessedAt: latest.assessedAt,
        history: sorted.map(({ rating, assessedAt }) => ({ rating, assessedAt })),
      };
    })
    .sort((a, b) => a.competency.localeCompare(b.competency));
}

/** Something a learner can do that builds competencies: a session or a pathway. */
export interface LearningOpportunity {
  kind: 'session' | 'pathway';
  slug: string;
  title: string;
  /** Slugs of the competencies it builds (its badges' alignments). */
  builds: readonly string[];
  /** Already done by the learner (a completed session, a completed pathway): never recommended. */
  done: boolean;
  /** No longer open (a cancelled session, a closed pathway): never recommended. */
  available: boolean;
}

export interface Recommendation {
  kind: 'session' | 'pathway';
  slug: string;
  title: string;
  /** The weak competencies it builds, weakest first. */
  builds: string[];
}

export interface CompetencyRecommendations {
  /** The competencies rated lowest (latest rating), weakest first; at most `weakest` of them. */
  weakest: { competency: string; rating: number }[];
  recommendations: Recommendation[];
}

/**
 * The learner's weakest competencies (lowest latest rating, at most `weakest`, and only those
 * rated below `strongAt`) and what builds them: open opportunities the learner has not done,
 * ranked by how weak the competencies they build are (sum of (max − rating) + 1), then by how
 * many weak ones they build, pathways before sessions, then title.
 */
export function recommendForWeakestCompetencies(
  ratings: readonly SelfRating[],
  opportunities: readonly LearningOpportunity[],
  options: { weakest?: number; limit?: number; strongAt?: number } = {},
): CompetencyRecommendations {
  const weakestCount = options.weakest ?? 3;
  const limit = options.limit ?? 5;
  const strongAt = options.strongAt ?? SELF_RATING_MAX;
  const latest = competencyGrowth(ratings).map((growth) => ({ competency: growth.competency, rating: growth.latest }));
  const weakest = latest
    .filter((entry) => entry.rating < strongAt)
    .sort((a, b) => a.rating - b.rating || a.competency.localeCompare(b.competency))
    .slice(0, weakestCount);
  const weakness = new Map(weakest.map((entry) => [entry.competency, SELF_RATING_MAX - entry.rating + 1]));
  const order = new Map(weakest.map((entry, index) => [entry.competency, index]));
  const scored = opportunities
    .filter((opportunity) => !opportunity.done && opportunity.available)
    .map((opportunity) => {
      const builds = [...new Set(opportunity.builds.filter((slug) => weakness.has(slug)))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      return { opportunity, builds, score: builds.reduce((sum, slug) => sum + (weakness.get(slug) ?? 0), 0) };
    })
    .filter((entry) => entry.builds.length > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.builds.length - a.builds.length ||
        (a.opportunity.kind === b.opportunity.kind ? 0 : a.opportunity.kind === 'pathway' ? -1 : 1) ||
        a.opportunity.title.localeCompare(b.opportunity.title),
    );
  return {
    weakest,
    recommendations: scored.slice(0, limit).map(({ opportunity, builds }) => ({ kind: opportunity.kind, slug: opportunity.slug, title: opportunity.title, builds })),
  };
}
