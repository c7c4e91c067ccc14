import { expiryNoticeWindows, isTooLate, parseReminderOffsets, planReminders } from './schedule.js';

const start = new Date('2026-12-01T19:00:00Z');
const minutes = (n: number) => n * 60_000;

describe('parseReminderOffsets', () => {
  it('reads distinct offsets, largest first', () => {
    expect(parseReminderOffsets('60, 1440,60')).toEqual([1440, 60]);
  });
  it('names the offending part', () => {
    expect(() => parseReminderOffsets('60,soon')).toThrow('"soon"');
    expect(() => parseReminderOffsets('0')).toThrow('between 1');
    expect(() => parseReminderOffsets(' , ')).toThrow('at least one');
  });
});

describe('planReminders', () => {
  it('plans each future offset at start minus offset', () => {
    const plan = planReminders({ startsAt: start, offsetsMinutes: [1440, 60], now: new Date(start.getTime() - minutes(3000)), graceMs: minutes(5) });
    expect(plan.send.map((r) => [r.offsetMinutes, r.dueAt.toISOString()])).toEqual([
      [1440, '2026-11-30T19:00:00.000Z'],
      [60, '2026-12-01T18:00:00.000Z'],
    ]);
    expect(plan.skipped).toEqual([]);
  });
  it('skips an offset already past and sends at once one that passed within the grace window', () => {
    const plan = planReminders({ startsAt: start, offsetsMinutes: [1440, 60], now: new Date(start.getTime() - minutes(58)), graceMs: minutes(5) });
    expect(plan.skipped).toEqual([{ offsetMinutes: 1440, reason: 'past' }]);
    expect(plan.send).toEqual([{ offsetMinutes: 60, dueAt: new Date(start.getTime() - minutes(58)) }]);
  });
  it('sends nothing once the session has started', () => {
    const plan = planReminders({ startsAt: start, offsetsMinutes: [1], now: new Date(start.getTime() + 1000), graceMs: minutes(5) });
    expect(plan.send).toEqual([]);
  });
});

describe('isTooLate', () => {
  it('accepts a send inside the grace window and refuses after it or after the start', () => {
    const dueAt = new Date(start.getTime() - minutes(60));
    expect(isTooLate({ dueAt, startsAt: start, now: new Date(dueAt.getTime() + minutes(4)), graceMs: minutes(5) })).toBe(false);
    expect(isTooLate({ dueAt, startsAt: start, now: new Date(dueAt.getTime() + minutes(6)), graceMs: minutes(5) })).toBe(true);
    expect(isTooLate({ dueAt: start, startsAt: start, now: start, graceMs: minutes(5) })).toBe(true);
  });
});

describe('expiryNoticeWindows', () => {
  it('gives each threshold the days down to the next one, so a credential is in exactly one window', () => {
    const now = new Date('2026-12-02T00:00:00Z');
    const windows = expiryNoticeWindows(now);
    expect(windows.map((w) => [w.daysBefore, w.after.toISOString(), w.until.toISOString()])).toEqual([
      [30, '2026-12-09T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
      [7, '2026-12-02T00:00:00.000Z', '2026-12-09T00:00:00.000Z'],
    ]);
    const inWindow = (days: number) => windows.filter((w) => { const at = now.getTime() + days * 86_400_000; return at > w.after.getTime() && at <= w.until.getTime(); }).map((w) => w.daysBefore);
    expect([29, 7, 6, 31, 0].map(inWindow)).toEqual([[30], [7], [7], [], []]);
  });
});
