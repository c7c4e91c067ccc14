import { sessionCreditHours } from './credit-hours.js';
import { parseCsv } from './csv.js';
import { summariseTranscript, transcriptCsv } from './transcript.js';

describe('summariseTranscript', () => {
  const base = { programTitle: 'Program', seriesTitle: null, source: 'RECORDING_VIEWED' as const };
  const minutes = (recordingMinutes: number | null) => sessionCreditHours({ creditHours: null, recordingMinutes, startsAt: null, endsAt: null });

  it('orders most recent first and adds credit hours', () => {
    const summary = summariseTranscript([
      { ...base, sessionId: 'a', title: 'First', completedAt: new Date('2026-01-01T00:00:00Z'), hours: minutes(90) },
      { ...base, sessionId: 'b', title: 'Second', completedAt: new Date('2026-02-01T00:00:00Z'), hours: minutes(50) },
      { ...base, sessionId: 'c', title: 'Unknown length', completedAt: new Date('2026-03-01T00:00:00Z'), hours: minutes(null) },
    ]);
    expect(summary.items.map((item) => item.sessionId)).toEqual(['c', 'b', 'a']);
    expect(summary.items.map((item) => item.hours)).toEqual([0, 0.83, 1.5]);
    expect(summary.totalHours).toBe(2.33);
    expect(summary.sessionsCompleted).toBe(3);
  });

  it('totals the hours it lists, so the total equals the sum of the rows', () => {
    const summary = summariseTranscript(
      Array.from({ length: 10 }, (_, index) => ({ ...base, sessionId: `s${index}`, title: 'Tenth', completedAt: new Date(index), hours: 0.1 })),
    );
    expect(summary.totalHours).toBe(1);
  });

  it('summarises an empty transcript', () => {
    expect(summariseTranscript([])).toEqual({ items: [], totalHours: 0, sessionsCompleted: 0 });
  });
});

describe('transcriptCsv', () => {
  it('lists each session with its hours and a total row equal to the summary total', () => {
    const base = { programTitle: 'LTC', seriesTitle: 'Models for Change', source: 'RECORDING_VIEWED' as const };
    const summary = summariseTranscript([
      { ...base, sessionId: 'part-1', title: 'Part 1', completedAt: new Date('2026-01-05T10:00:00Z'), hours: 1.5 },
      { ...base, sessionId: 'part-2', title: '=Part 2', completedAt: new Date('2026-01-06T10:00:00Z'), hours: 0.75 },
    ]);
    const records = parseCsv(transcriptCsv(summary, 'Maya')).map((record) => record.fields);
    expect(records[0]).toEqual(['completed_on', 'session', 'title', 'program', 'series', 'source', 'credit_hours']);
    expect(records[1]).toEqual(['2026-01-06', 'part-2', "'=Part 2", 'LTC', 'Models for Change', 'RECORDING_VIEWED', '0.75']);
    expect(records[3]).toEqual(['', '', 'Total for Maya', '', '', '2 sessions', '2.25']);
  });
});
