import { evaluateSeries, InvalidSeriesRuleError, type SeriesDefinition, toSeriesDefinition } from './series-progress.js';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));

function series(rule: SeriesDefinition['rule'], requiredCount: number | null = null): SeriesDefinition {
  return {
    id: 'series-a',
    rule,
    requiredCount,
    unlockTitle: 'Workshop invitation',
    // Deliberately unsorted: evaluation must follow position, not input order.
    sessions: [
      { id: 's3', position: 3, title: 'Part three' },
      { id: 's1', position: 1, title: 'Part one' },
      { id: 's2', position: 2, title: 'Part two' },
    ],
  };
}

describe('evaluateSeries', () => {
  describe('ALL', () => {
    it('is satisfied only when every session is completed, in any order', () => {
      const twoOfThree = evaluateSeries(series('ALL'), [
        { sessionId: 's3', completedAt: at(1) },
        { sessionId: 's1', completedAt: at(2) },
      ]);
      expect(twoOfThree).toMatchObject({
        satisfied: false,
        completedSessionIds: ['s1', 's3'],
        remainingSessionIds: ['s2'],
        neededCount: 1,
        percentage: 66,
        nextSessionId: 's2',
      });

      const all = evaluateSeries(series('ALL'), [
        { sessionId: 's3', completedAt: at(1) },
        { sessionId: 's1', completedAt: at(2) },
        { sessionId: 's2', completedAt: at(3) },
      ]);
      expect(all).toMatchObject({ satisfied: true, percentage: 100, neededCount: 0, nextSessionId: null, unlockTitle: 'Workshop invitation' });
    });

    it('ignores completions of sessions outside the series and counts repeats once', () => {
      const progress = evaluateSeries(series('ALL'), [
        { sessionId: 'elsewhere', completedAt: at(1) },
        { sessionId: 's1', completedAt: at(2) },
        { sessionId: 's1', completedAt: at(3) },
      ]);
      expect(progress.completedSessionIds).toEqual(['s1']);
      expect(progress.neededCount).toBe(2);
    });

    it('starts at zero with the first session as the next step', () => {
      expect(evaluateSeries(series('ALL'), [])).toMatchObject({ percentage: 0, nextSessionId: 's1', satisfied: false, totalSessions: 3 });
    });

    it('is never satisfied by a series without sessions', () => {
      const empty = evaluateSeries({ ...series('ALL'), sessions: [] }, []);
      expect(empty).toMatchObject({ satisfied: false, percentage: 0, nextSessionId: null });
    });
  });

  describe('ANY_K', () => {
    it('is satisfied by any k sessions and caps the percentage at 100', () => {
      const progress = evaluateSeries(series('ANY_K', 2), [
        { sessionId: 's2', completedAt: at(1) },
        { sessionId: 's3', completedAt: at(2) },
        { sessionId: 's1', completedAt: at(3) },
      ]);
      expect(progress).toMatchObject({ satisfied: true, requiredSessions: 2, percentage: 100, neededCount: 0 });
    });

    it('reports progress toward k', () => {
      const progress = evaluateSeries(series('ANY_K', 2), [{ sessionId: 's3', completedAt: at(1) }]);
      expect(progress).toMatchObject({ satisfied: false, percentage: 50, neededCount: 1, nextSessionId: 's1' });
    });

    it.each([null, 0, 4, 1.5])('rejects k = %p for a three-session series', (k) => {
      expect(() => evaluateSeries(series('ANY_K', k), [])).toThrow(InvalidSeriesRuleError);
    });
  });

  describe('IN_ORDER', () => {
    it('counts the in-order prefix and holds back sessions done ahead of a gap', () => {
      const progress = evaluateSeries(series('IN_ORDER'), [
        { sessionId: 's1', completedAt: at(1) },
        { sessionId: 's3', completedAt: at(2) },
      ]);
      expect(progress).toMatchObject({
        completedSessionIds: ['s1'],
        outOfOrderSessionIds: ['s3'],
        remainingSessionIds: ['s2', 's3'],
        satisfied: false,
        nextSessionId: 's2',
      });
    });

    it('does not count a later part completed before an earlier one', () => {
      const progress = evaluateSeries(series('IN_ORDER'), [
        { sessionId: 's2', completedAt: at(1) },
        { sessionId: 's1', completedAt: at(2) },
        { sessionId: 's3', completedAt: at(3) },
      ]);
      expect(progress.completedSessionIds).toEqual(['s1']);
      expect(progress.outOfOrderSessionIds).toEqual(['s2', 's3']);
      expect(progress.satisfied).toBe(false);
    });

    it('uses the first completion of a repeated session', () => {
      const progress = evaluateSeries(series('IN_ORDER'), [
        { sessionId: 's1', completedAt: at(5) },
        { sessionId: 's1', completedAt: at(1) },
        { sessionId: 's2', completedAt: at(2) },
        { sessionId: 's3', completedAt: at(3) },
      ]);
      expect(progress.satisfied).toBe(true);
    });
  });
});

describe('toSeriesDefinition', () => {
  it('places sessions without a position first, keeping the rest in order', () => {
    const definition = toSeriesDefinition({
      id: 'x',
      rule: 'ALL',
      requiredCount: null,
      unlockTitle: null,
      sessions: [
        { id: 'b', position: 2, title: 'B' },
        { id: 'a', position: null, title: 'A' },
      ],
    });
    expect(evaluateSeries(definition, []).nextSessionId).toBe('a');
  });
});
