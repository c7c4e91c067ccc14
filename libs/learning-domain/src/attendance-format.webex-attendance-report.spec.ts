import { readAttendance } from './attendance-csv.js';
import { parseCsv } from './csv.js';

const csv = (lines: string[]) => parseCsv(lines.join('\r\n'));
const summary = (parsed: ReturnType<typeof readAttendance>) => parsed.rows.map((row) => [row.email, row.minutesAttended]);

describe('reading a Webex attendance report', () => {
  it('a Webex attendance report: one row per join, durations in mins, the host role skipped', () => {
    const parsed = readAttendance(
      csv([
        'Meeting Name,Meeting Start Time,Meeting End Time,Name,Attendee Email,Join Time,Leave Time,Attendance Duration,Connection Type,Role',
        'Facilitation circle,12/14/2016 14:00:00,12/14/2016 15:00:00,Hannah Host,host@example.org,12/14/2016 13:58:00,12/14/2016 15:00:00,62 mins,Desktop app,Host',
        'Facilitation circle,12/14/2016 14:00:00,12/14/2016 15:00:00,Grace Li,grace@example.org,12/14/2016 14:00:00,12/14/2016 14:20:00,20 mins,Web app,Attendee',
        'Facilitation circle,12/14/2016 14:00:00,12/14/2016 15:00:00,Grace Li,grace@example.org,12/14/2016 14:30:00,12/14/2016 15:00:00,30 mins,Web app,Attendee',
      ]),
    );
    expect(parsed).toMatchObject({ format: 'webex', staffRecords: 1, errors: [] });
    expect(summary(parsed)).toEqual([['grace@example.org', 50]]);
  });
});
