import { competencyGrowth, isSelfRating, type LearningOpportunity, recommendForWeakestCompetencies, type SelfRating } from './competency-self-assessment.js';

const day = (n: number) => new Date(Date.UTC(2026, 2, n));
const rate = (competency: string, rating: number, n: number): SelfRating => ({ competency, rating, assessedAt: day(n) });
const opportunity = (kind: 'session' | 'pathway', slug: string, builds: string[], extra: Partial<LearningOpportunity> = {}): LearningOpportunity => ({
  kind,
  slug,
  title: slug,
  builds,
  done: false,
  available: true,
  ...extra,
});

describe('self-ratings', () => {
  it('are whole numbers from 1 to 5', () => {
    expect([1, 5].every(isSelfRating)).toBe(true);
    expect([0, 6, 2.5, '3', null].some(isSelfRating)).toBe(false);
  });
});

describe('growth over time', () => {
  it('shows the first and latest rating per competency and the change, whatever order they arrive in', () => {
    const growth = competencyGrowth([rate('facilitation', 4, 20), rate('facilitation', 2, 1), rate('facilitation', 3, 10), rate('outreach', 3, 5)]);
    expect(growth).toEqual([
      expect.objectContaining({ competency: 'facilitation', first: 2, latest: 4, change: 2, assessments: 3, history: [{ rating: 2, assessedAt: day(1) }, { rating: 3, assessedAt: day(10) }, { rating: 4, assessedAt: day(20) }] }),
      expect.objectContaining({ competency: 'outreach', first: 3, latest: 3, change: 0, assessments: 1 }),
    ]);
  });
});

describe('recommendations for the weakest competencies', () => {
  const ratings = [rate('facilitation', 4, 1), rate('facilitation', 1, 9), rate('outreach', 2, 2), rate('deliberation', 3, 3), rate('equity', 5, 3)];

  it('ranks what builds the weakest (latest) ratings first, pathways ahead of sessions on a tie', () => {
    const result = recommendForWeakestCompetencies(ratings, [
      opportunity('session', 'outreach-webinar', ['outreach']),
      opportunity('session', 'facilitation-webinar', ['facilitation']),
      opportunity('pathway', 'facilitation-track', ['facilitation']),
      opportunity('session', 'both', ['outreach', 'facilitation']),
    ]);
    expect(result.weakest).toEqual([{ competency: 'facilitation', rating: 1 }, { competency: 'outreach', rating: 2 }, { competency: 'deliberation', rating: 3 }]);
    expect(result.recommendations.map((entry) => entry.slug)).toEqual(['both', 'facilitation-track', 'facilitation-webinar', 'outreach-webinar']);
    expect(result.recommendations[0].builds).toEqual(['facilitation', 'outreach']);
  });

  it('never recommends what the learner has done or what is no longer open, nor what builds only strong competencies', () => {
    const result = recommendForWeakestCompetencies(ratings, [
      opportunity('session', 'done', ['facilitation'], { done: true }),
      opportunity('session', 'cancelled', ['facilitation'], { available: false }),
      opportunity('pathway', 'equity-only', ['equity']),
    ]);
    expect(result.recommendations).toEqual([]);
  });

  it('recommends nothing before the learner has rated anything', () => {
    expect(recommendForWeakestCompetencies([], [opportunity('session', 'x', ['facilitation'])])).toEqual({ weakest: [], recommendations: [] });
  });
});
