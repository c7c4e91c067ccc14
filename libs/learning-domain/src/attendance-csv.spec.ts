import { type AttendanceReadOptions, parseDurationMinutes, parseTime, readAttendance } from './attendance-csv.js';
import { parseCsv } from './csv.js';

const parseAttendanceCsv = (text: string, options?: AttendanceReadOptions) => readAttendance(parseCsv(text), options);

describe('readAttendance: our own CSV', () => {
  it('reads a Zoom-style export, merging rejoins and converting local times', () => {
    const csv = [
      'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)',
      'Maya Reyes,Maya@Example.org,01/27/2022 05:00:00 PM,01/27/2022 05:30:00 PM,30',
      'Maya Reyes,maya@example.org,01/27/2022 05:40:00 PM,01/27/2022 06:00:00 PM,20',
      'Sam Lee,sam@example.org,01/27/2022 05:05:00 PM,01/27/2022 06:00:00 PM,55',
    ].join('\n');
    const parsed = parseAttendanceCsv(csv, { timeZone: 'America/Chicago' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.totalRecords).toBe(3);
    expect(parsed.rows).toEqual([
      { line: 2, email: 'maya@example.org', name: 'Maya Reyes', minutesAttended: 50, firstJoinedAt: new Date('2022-01-27T23:00:00Z') },
      { line: 4, email: 'sam@example.org', name: 'Sam Lee', minutesAttended: 55, firstJoinedAt: new Date('2022-01-27T23:05:00Z') },
    ]);
  });

  it('works from a minutes column alone and joins first and last names', () => {
    const parsed = parseAttendanceCsv('First Name,Last Name,Email,Minutes\nElly,Serrano,elly@example.org,45\n');
    expect(parsed.rows).toEqual([{ line: 2, email: 'elly@example.org', name: 'Elly Serrano', minutesAttended: 45, firstJoinedAt: null }]);
  });

  it('names the line, field and rule of every bad record and keeps the good ones', () => {
    const csv = [
      'Email,Join Time,Leave Time',
      ',2026-01-01T10:00:00Z,2026-01-01T11:00:00Z',
      'not-an-address,2026-01-01T10:00:00Z,2026-01-01T11:00:00Z',
      'a@example.org,2026-02-30 10:00,2026-01-01T11:00:00Z',
      'b@example.org,2026-01-01T11:00:00Z,2026-01-01T10:00:00Z',
      'c@example.org,2026-01-01T10:00:00Z,2026-01-03T10:00:00Z',
      'ok@example.org,2026-01-01T10:00:00Z,2026-01-01T10:45:00Z',
    ].join('\n');
    const parsed = parseAttendanceCsv(csv);
    expect(parsed.errors.map(({ line, field, rule }) => ({ line, field, rule }))).toEqual([
      { line: 2, field: 'email', rule: 'required' },
      { line: 3, field: 'email', rule: 'isEmail' },
      { line: 4, field: 'joinTime', rule: 'isDate' },
      { line: 5, field: 'leaveTime', rule: 'leaveAfterJoin' },
      { line: 6, field: 'leaveTime', rule: 'maxMinutes' },
    ]);
    expect(parsed.rows.map((row) => [row.email, row.minutesAttended])).toEqual([['ok@example.org', 45]]);
  });

  it('rejects negative, oversized and non-numeric minutes', () => {
    const parsed = parseAttendanceCsv('email,minutes\na@example.org,-1\nb@example.org,2000\nc@example.org,lots\n');
    expect(parsed.errors.map((error) => error.rule)).toEqual(['nonNegative', 'maxMinutes', 'isDuration']);
    expect(parsed.rows).toEqual([]);
  });

  it('refuses a header without the needed columns, an empty file and an oversized file', () => {
    expect(parseAttendanceCsv('name,comment\nx,y\n').errors).toEqual([
      expect.objectContaining({ line: 1, field: 'header', rule: 'knownLayout', message: expect.stringContaining('line 1 lacks an email column') }),
    ]);
    expect(parseAttendanceCsv('').errors).toEqual([expect.objectContaining({ field: 'header', rule: 'required' })]);
    const tooMany = parseAttendanceCsv('email,minutes\na@example.org,1\nb@example.org,1\nc@example.org,1\n', { maxRows: 2 });
    expect(tooMany.errors).toEqual([expect.objectContaining({ line: 4, field: 'file', rule: 'maxRows' })]);
    expect(tooMany.rows).toEqual([]);
  });
});

describe('parseTime', () => {
  it('reads ISO times with offsets as given and local times in the requested zone', () => {
    expect(parseTime('2022-01-27T17:00:00-06:00', 'UTC')?.toISOString()).toBe('2022-01-27T23:00:00.000Z');
    expect(parseTime('2022-01-27 17:00', 'America/Chicago')?.toISOString()).toBe('2022-01-27T23:00:00.000Z');
    expect(parseTime('1/27/2022 12:15 AM', 'UTC')?.toISOString()).toBe('2022-01-27T00:15:00.000Z');
  });

  it('reads the dates Zoom, Teams and GoToWebinar write', () => {
    expect(parseTime('Dec 14, 2016 02:00 PM', 'UTC')?.toISOString()).toBe('2016-12-14T14:00:00.000Z');
    expect(parseTime('12/14/2016 14:00:05', 'UTC')?.toISOString()).toBe('2016-12-14T14:00:05.000Z');
    expect(parseTime('12/14/16, 2:00:05 PM', 'UTC')?.toISOString()).toBe('2016-12-14T14:00:05.000Z');
    expect(parseTime('Dec 14, 2016 08:00 AM GMT', 'America/Chicago')?.toISOString()).toBe('2016-12-14T08:00:00.000Z');
    expect(parseTime('Foo 14, 2016 08:00 AM', 'UTC')).toBeNull();
  });

  it('rejects impossible dates and hours', () => {
    expect(parseTime('02/30/2022 10:00', 'UTC')).toBeNull();
    expect(parseTime('01/27/2022 13:00 PM', 'UTC')).toBeNull();
    expect(parseTime('yesterday', 'UTC')).toBeNull();
  });
});

describe('parseDurationMinutes', () => {
  it('reads plain minutes, Teams and Webex durations and clock times, dropping seconds', () => {
    expect(parseDurationMinutes('45')).toBe(45);
    expect(parseDurationMinutes('45.9')).toBe(45);
    expect(parseDurationMinutes('1h 2m 3s')).toBe(62);
    expect(parseDurationMinutes('48m 59s')).toBe(48);
    expect(parseDurationMinutes('1 hour 2 minutes')).toBe(62);
    expect(parseDurationMinutes('58 mins')).toBe(58);
    expect(parseDurationMinutes('01:02:03')).toBe(62);
  });

  it('refuses what is not a duration', () => {
    expect(parseDurationMinutes('lots')).toBeNull();
    expect(parseDurationMinutes('-5')).toBeNull();
    expect(parseDurationMinutes('1h and a bit')).toBeNull();
  });
});
