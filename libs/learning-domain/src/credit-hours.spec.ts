import { type CreditedSession, creditsAvailable, creditsEarned, sessionCreditHours, sumCreditHours } from './credit-hours.js';

const session = (id: string, overrides: Partial<CreditedSession> = {}): CreditedSession => ({
  id,
  creditHours: null,
  recordingMinutes: null,
  startsAt: null,
  endsAt: null,
  ...overrides,
});

describe('sessionCreditHours', () => {
  it('prefers the hours an admin set over the session length', () => {
    expect(sessionCreditHours(session('a', { creditHours: 1.5, recordingMinutes: 45 }))).toBe(1.5);
  });

  it('falls back to the recording length, then the live duration, to the hundredth', () => {
    expect(sessionCreditHours(session('a', { recordingMinutes: 50 }))).toBe(0.83);
    const startsAt = new Date('2026-03-01T15:00:00Z');
    expect(sessionCreditHours(session('a', { startsAt, endsAt: new Date(startsAt.getTime() + 75 * 60_000) }))).toBe(1.25);
  });

  it('is unknown when nothing states a length (never guessed)', () => {
    expect(sessionCreditHours(session('a', { startsAt: new Date() }))).toBeNull();
    expect(sessionCreditHours(session('a', { recordingMinutes: 0 }))).toBeNull();
  });
});

describe('sumCreditHours', () => {
  it('adds hundredths exactly and is null when nothing is known', () => {
    expect(sumCreditHours([0.1, 0.2, null])).toBe(0.3);
    expect(sumCreditHours([null, null])).toBeNull();
  });
});

describe('creditsAvailable', () => {
  const sessions = [
    session('a', { recordingMinutes: 60 }),
    session('b', { creditHours: 1.5 }),
    session('c', { recordingMinutes: 30 }),
    session('d', { recordingMinutes: 600, status: 'CANCELLED' }),
  ];

  it('counts every scheduled session for ALL and IN_ORDER', () => {
    expect(creditsAvailable('ALL', null, sessions)).toBe(3);
    expect(creditsAvailable('IN_ORDER', null, sessions)).toBe(3);
  });

  it('counts the k sessions with the fewest hours for ANY_K', () => {
    expect(creditsAvailable('ANY_K', 2, sessions)).toBe(1.5);
  });

  it('is null for a series whose sessions state no length', () => {
    expect(creditsAvailable('ALL', null, [session('a'), session('b')])).toBeNull();
  });
});

describe('creditsEarned', () => {
  it('sums the hours of the sessions the learner completed', () => {
    const sessions = [session('a', { recordingMinutes: 60 }), session('b', { creditHours: 0.75 }), session('c', { recordingMinutes: 90 })];
    expect(creditsEarned(sessions, ['a', 'b'])).toBe(1.75);
    expect(creditsEarned(sessions, [])).toBeNull();
  });
});
