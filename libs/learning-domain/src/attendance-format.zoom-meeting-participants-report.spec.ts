import { readAttendance } from './attendance-csv.js';
import { parseCsv } from './csv.js';

const csv = (lines: string[]) => parseCsv(lines.join('\r\n'));
const summary = (parsed: ReturnType<typeof readAttendance>) => parsed.rows.map((row) => [row.email, row.minutesAttended]);

describe('reading a Zoom meeting participants report', () => {
  it('a Zoom meeting participants report: the host named in the summary is not counted', () => {
    const parsed = readAttendance(
      csv([
        'Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants',
        '987 6543 2100,Facilitation circle,12/14/2016 14:00:05,12/14/2016 15:00:00,host@example.org,60,3',
        '',
        'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest',
        'Hannah Host,host@example.org,12/14/2016 13:58:00,12/14/2016 15:00:00,62,No',
        'Grace Li,grace@example.org,12/14/2016 14:01:00,12/14/2016 14:31:00,30,Yes',
        'Grace Li,grace@example.org,12/14/2016 14:35:00,12/14/2016 15:00:00,25,Yes',
      ]),
    );
    expect(parsed).toMatchObject({ format: 'zoom-meeting', section: null, staffRecords: 1, errors: [] });
    expect(summary(parsed)).toEqual([['grace@example.org', 55]]);
  });
});
