import { isKnownTimeZone, zonedTimeToInstant } from './zoned-time.js';

const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({ year, month, day, hour, minute, second: 0 });

describe('zonedTimeToInstant', () => {
  it('applies Central Standard Time in winter and Central Daylight Time in summer', () => {
    // The ALSC membership mixer: 27 January 2022, 5 p.m. Central.
    expect(zonedTimeToInstant(wall(2022, 1, 27, 17), 'America/Chicago').toISOString()).toBe('2022-01-27T23:00:00.000Z');
    expect(zonedTimeToInstant(wall(2017, 6, 23, 9), 'America/Chicago').toISOString()).toBe('2017-06-23T14:00:00.000Z');
  });

  it('resolves times on either side of a daylight-saving change', () => {
    // US clocks went forward at 02:00 on 12 March 2017.
    expect(zonedTimeToInstant(wall(2017, 3, 12, 1, 30), 'America/Chicago').toISOString()).toBe('2017-03-12T07:30:00.000Z');
    expect(zonedTimeToInstant(wall(2017, 3, 12, 3, 30), 'America/Chicago').toISOString()).toBe('2017-03-12T08:30:00.000Z');
  });

  it('accepts fixed offsets and UTC', () => {
    expect(zonedTimeToInstant(wall(2026, 1, 1, 12), '-06:00').toISOString()).toBe('2026-01-01T18:00:00.000Z');
    expect(zonedTimeToInstant(wall(2026, 1, 1, 12), '+0530').toISOString()).toBe('2026-01-01T06:30:00.000Z');
    expect(zonedTimeToInstant(wall(2026, 1, 1, 12), 'UTC').toISOString()).toBe('2026-01-01T12:00:00.000Z');
  });
});

describe('isKnownTimeZone', () => {
  it('knows IANA zones and offsets, and rejects anything else', () => {
    expect(isKnownTimeZone('America/Chicago')).toBe(true);
    expect(isKnownTimeZone('-05:00')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
