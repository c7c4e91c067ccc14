import { summariseTranscript } from './transcript.js';

describe('summariseTranscript', () => {
  const base = { programTitle: 'Program', seriesTitle: null, source: 'RECORDING_VIEWED' as const };

  it('orders most recent first and adds learning hours', () => {
    const summary = summariseTranscript([
      { ...base, sessionId: 'a', title: 'First', completedAt: new Date('2026-01-01T00:00:00Z'), minutes: 90 },
      { ...base, sessionId: 'b', title: 'Second', completedAt: new Date('2026-02-01T00:00:00Z'), minutes: 50 },
      { ...base, sessionId: 'c', title: 'Unknown length', completedAt: new Date('2026-03-01T00:00:00Z'), minutes: null },
    ]);
    expect(summary.items.map((item) => item.sessionId)).toEqual(['c', 'b', 'a']);
    expect(summary.items.map((item) => item.hours)).toEqual([0, 0.83, 1.5]);
    expect(summary.totalHours).toBe(2.33);
    expect(summary.sessionsCompleted).toBe(3);
  });

  it('summarises an empty transcript', () => {
    expect(summariseTranscript([])).toEqual({ items: [], totalHours: 0, sessionsCompleted: 0 });
  });
});
