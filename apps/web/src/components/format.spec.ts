import { formatDateTime, formatHours, minutesToTime, timeToMinutes } from './format';

describe('formatting', () => {
  it('writes a session time in its own time zone, with the zone named', () => {
    expect(formatDateTime('2027-03-04T18:00:00Z', 'America/Chicago')).toBe('Mar 4, 2027, 12:00 PM CST');
    expect(formatDateTime(null)).toBe('Date to be announced');
  });

  it('turns quiet hours into time-input values and back', () => {
    expect(minutesToTime(1320)).toBe('22:00');
    expect(minutesToTime(420)).toBe('07:00');
    expect(minutesToTime(null)).toBe('');
    expect(timeToMinutes('07:30')).toBe(450);
    expect(timeToMinutes('')).toBeNull();
  });

  it('says hours in words', () => {
    expect(formatHours(1)).toBe('1 hour');
    expect(formatHours(2.5)).toBe('2.5 hours');
  });
});
