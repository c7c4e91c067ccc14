import { describeSeriesProgress, type ProgressSession } from './series-progress-view.js';

const now = new Date('2026-06-01T12:00:00Z');
const session = (n: number, overrides: Partial<ProgressSession> = {}): ProgressSession => ({
  id: `s${n}`,
  slug: `part-${n}`,
  title: `Part ${n}`,
  position: n,
  startsAt: null,
  recordingUrl: 'https://video.example.org/part',
  recordingAvailableFrom: new Date('2026-01-01T00:00:00Z'),
  recordingAvailableUntil: null,
  ...overrides,
});
const series = (rule: 'ALL' | 'ANY_K' | 'IN_ORDER', sessions: ProgressSession[], requiredCount: number | null = null) => ({
  id: 'series-a',
  slug: 'dialogue',
  title: 'Dialogue facilitation',
  rule,
  requiredCount,
  unlockTitle: 'Workshop invitation',
  unlockDescription: 'A seat at the pre-conference workshop',
  sessions,
});

describe('describeSeriesProgress', () => {
  it('shows done and remaining sessions, what comes next and what is still needed to unlock the reward', () => {
    const completedAt = new Date('2026-05-01T10:00:00Z');
    const view = describeSeriesProgress(series('ALL', [session(1), session(2), session(3, { recordingUrl: null })]), [{ sessionId: 's1', completedAt }], null, now);
    expect(view).toEqual({
      series: 'dialogue',
      title: 'Dialogue facilitation',
      rule: 'ALL',
      totalSessions: 3,
      requiredSessions: 3,
      percentage: 33,
      satisfied: false,
      done: [{ slug: 'part-1', title: 'Part 1', position: 1, completedAt, availableNow: true }],
      remaining: [
        { slug: 'part-2', title: 'Part 2', position: 2, completedAt: null, availableNow: true },
        { slug: 'part-3', title: 'Part 3', position: 3, completedAt: null, availableNow: false },
      ],
      neededCount: 2,
      next: { slug: 'part-2', title: 'Part 2', position: 2, completedAt: null, availableNow: true },
      requirement: 'Complete 2 more sessions to unlock: Workshop invitation: Part 2; Part 3.',
      unlock: { title: 'Workshop invitation', description: 'A seat at the pre-conference workshop', unlockedAt: null },
    });
  });

  it('counts a live session still ahead as available now, and names the rule in the requirement', () => {
    const ahead = session(2, { recordingUrl: null, startsAt: new Date('2026-07-01T15:00:00Z') });
    const anyK = describeSeriesProgress(series('ANY_K', [session(1), ahead], 1), [], null, now);
    expect(anyK.remaining.map((entry) => entry.availableNow)).toEqual([true, true]);
    expect(anyK.requirement).toBe('Complete any 1 more session to unlock: Workshop invitation.');
    expect(describeSeriesProgress(series('IN_ORDER', [session(1), ahead]), [], null, now).requirement).toBe(
      'Complete 2 more sessions, in order to unlock: Workshop invitation: Part 1; Part 2.',
    );
  });

  it('says complete once the rule is met, with the unlock date', () => {
    const unlockedAt = new Date('2026-05-02T00:00:00Z');
    const view = describeSeriesProgress(series('ALL', [session(1)]), [{ sessionId: 's1', completedAt: new Date('2026-05-01T00:00:00Z') }], unlockedAt, now);
    expect(view).toMatchObject({ satisfied: true, percentage: 100, next: null, requirement: 'Complete. Unlocked: Workshop invitation.', unlock: { unlockedAt } });
  });
});
