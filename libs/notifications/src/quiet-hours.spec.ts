import { deferPastQuietHours, isQuietAt, localMinuteOfDay, quietHoursFrom, reminderTimeOutsideQuietHours } from './quiet-hours.js';

const night = quietHoursFrom(22 * 60, 7 * 60); // 22:00-07:00 local

describe('quiet hours', () => {
  it('reads the local minute of day across time zones', () => {
    expect(localMinuteOfDay(new Date('2026-12-01T04:30:00Z'), 'America/Chicago')).toBe(22 * 60 + 30);
    expect(localMinuteOfDay(new Date('2026-07-01T04:30:00Z'), 'America/Chicago')).toBe(23 * 60 + 30); // daylight time
    expect(localMinuteOfDay(new Date('2026-12-01T04:30:00Z'), 'Not/AZone')).toBe(4 * 60 + 30);
  });
  it('handles ranges that cross midnight and ones that do not', () => {
    expect(isQuietAt(new Date('2026-12-01T05:00:00Z'), 'America/Chicago', night)).toBe(true); // 23:00
    expect(isQuietAt(new Date('2026-12-01T12:00:00Z'), 'America/Chicago', night)).toBe(true); // 06:00
    expect(isQuietAt(new Date('2026-12-01T14:00:00Z'), 'America/Chicago', night)).toBe(false); // 08:00
    const lunch = quietHoursFrom(12 * 60, 13 * 60);
    expect(isQuietAt(new Date('2026-12-01T12:30:00Z'), 'UTC', lunch)).toBe(true);
    expect(isQuietAt(new Date('2026-12-01T13:00:00Z'), 'UTC', lunch)).toBe(false);
    expect(quietHoursFrom(null, 60)).toBeNull();
    expect(quietHoursFrom(60, 60)).toBeNull();
  });
  it('moves a reminder due in quiet hours to just before they begin, or drops it when that is past', () => {
    const dueAt = new Date('2026-12-01T07:00:00Z'); // 01:00 Chicago
    const now = new Date('2026-11-30T12:00:00Z');
    expect(reminderTimeOutsideQuietHours(dueAt, now, 'America/Chicago', night)?.toISOString()).toBe('2026-12-01T03:59:00.000Z'); // 21:59
    expect(reminderTimeOutsideQuietHours(dueAt, new Date('2026-12-01T06:00:00Z'), 'America/Chicago', night)).toBeNull();
    const awake = new Date('2026-12-01T18:00:00Z');
    expect(reminderTimeOutsideQuietHours(awake, now, 'America/Chicago', night)).toBe(awake);
  });
  it('defers a message that can wait to the end of quiet hours', () => {
    expect(deferPastQuietHours(new Date('2026-12-01T05:10:30Z'), 'America/Chicago', night).toISOString()).toBe('2026-12-01T13:00:00.000Z');
    const day = new Date('2026-12-01T18:00:00Z');
    expect(deferPastQuietHours(day, 'America/Chicago', night)).toBe(day);
  });
});
