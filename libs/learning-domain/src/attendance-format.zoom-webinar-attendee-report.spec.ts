import { readAttendance } from './attendance-csv.js';
import { parseCsv } from './csv.js';

const csv = (lines: string[]) => parseCsv(lines.join('\r\n'));
const summary = (parsed: ReturnType<typeof readAttendance>) => parsed.rows.map((row) => [row.email, row.minutesAttended]);

describe('reading a Zoom webinar attendee report', () => {
  it('a Zoom webinar attendee report: reads "Attendee Details" only, sums rejoins, skips absentees and counts hosts and panelists', () => {
    const parsed = readAttendance(
      csv([
        'Attendee Report,',
        'Report Generated:,"Dec 14, 2016 03:45 PM",',
        'Topic,Webinar ID,Actual Start Time,Actual Duration (minutes),# Registered,# Cancelled,Unique Viewers,Total Users,Max Concurrent Views,',
        'Facilitation basics,123 456 7890,"Dec 14, 2016 02:00 PM",60,4,0,3,4,3,',
        'Host Details,',
        'Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes),Is Guest,Country/Region Name,',
        'Yes,Hannah Host,host@example.org,"Dec 14, 2016 01:55 PM","Dec 14, 2016 03:05 PM",70,No,United States,',
        'Panelist Details,',
        'Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes),Is Guest,Country/Region Name,',
        'Yes,Pat Panel,pat@example.org,"Dec 14, 2016 02:00 PM","Dec 14, 2016 03:00 PM",60,No,United States,',
        'Attendee Details,',
        'Attended,User Name (Original Name),First Name,Last Name,Email,Registration Time,Approval Status,Join Time,Leave Time,Time in Session (minutes),Is Guest,Country/Region Name,',
        'Yes,Ada R,Ada,Reyes,Ada@Example.org,"Dec 1, 2016 09:00 AM",approved,"Dec 14, 2016 02:00 PM","Dec 14, 2016 02:40 PM",40,No,United States,',
        'Yes,Ada R,Ada,Reyes,ada@example.org,"Dec 1, 2016 09:00 AM",approved,"Dec 14, 2016 02:45 PM","Dec 14, 2016 03:00 PM",15,No,United States,',
        'No,Sam Absent,Sam,Absent,sam@example.org,"Dec 1, 2016 09:00 AM",approved,--,--,--,No,United States,',
      ]),
    );
    expect(parsed).toMatchObject({ format: 'zoom-webinar', section: 'Attendee Details', totalRecords: 3, absentRecords: 1, staffRecords: 2, errors: [] });
    expect(summary(parsed)).toEqual([['ada@example.org', 55]]);
    expect(parsed.rows[0]).toMatchObject({ line: 13, name: 'Ada R', firstJoinedAt: new Date('2016-12-14T14:00:00Z') });
  });
});
