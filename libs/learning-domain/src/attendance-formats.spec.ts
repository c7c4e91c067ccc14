import { readAttendance, type SourceRecord } from './attendance-csv.js';
import { parseCsv } from './csv.js';

const csv = (lines: string[]) => parseCsv(lines.join('\r\n'));
const tsv = (lines: string[]): SourceRecord[] => lines.map((line, index) => ({ line: index + 1, fields: line.split('\t') }));
const summary = (parsed: ReturnType<typeof readAttendance>) => parsed.rows.map((row) => [row.email, row.minutesAttended]);

describe('attendance formats', () => {
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

  it('a Teams attendance report: reads "2. Participants", ignores in-meeting activities, skips organizers and presenters', () => {
    const parsed = readAttendance(
      tsv([
        '1. Summary',
        'Meeting title\tFacilitation circle',
        'Attended participants\t3',
        'Start time\t12/14/23, 2:00:05 PM',
        '',
        '2. Participants',
        'Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole',
        'Olivia Organizer\t12/14/23, 1:58:00 PM\t12/14/23, 3:00:00 PM\t1h 2m\tolivia@example.org\tolivia@example.org\tOrganizer',
        'Priya Presenter\t12/14/23, 2:00:00 PM\t12/14/23, 3:00:00 PM\t1h\tpriya@example.org\tpriya@example.org\tPresenter',
        'Ada Reyes\t12/14/23, 2:00:05 PM\t12/14/23, 3:02:08 PM\t1h 2m 3s\tada@example.org\tada@example.org\tAttendee',
        '',
        '3. In-Meeting Activities',
        'Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole',
        'Ada Reyes\t12/14/23, 2:00:05 PM\t12/14/23, 3:02:08 PM\t1h 2m 3s\tada@example.org\tAttendee',
      ]),
    );
    expect(parsed).toMatchObject({ format: 'teams', section: 'Participants', staffRecords: 2, errors: [] });
    expect(summary(parsed)).toEqual([['ada@example.org', 62]]);
    expect(parsed.rows[0].firstJoinedAt).toEqual(new Date('2023-12-14T14:00:05Z'));
  });

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

  it('a GoToWebinar attendee report: "Attendee Details" with interest rating, absentees counted', () => {
    const parsed = readAttendance(
      csv([
        'Attendee Report:',
        'Report Generated:,12/15/2016 09:00 AM PST',
        'Webinar Name,Webinar ID,Actual Start Date/Time,Actual Duration (minutes),# Registered,# Attended,Clicked Registration Link,Opened Invitation',
        'Facilitation basics,123-456-789,12/14/2016 02:00 PM,60,3,2,5,9',
        'Attendee Details',
        'Attended,Interest Rating,Last Name,First Name,Email Address,Registration Date/Time,Join Time,Leave Time,Time in Session,Unsubscribed',
        'Yes,72,Reyes,Ada,ada@example.org,12/01/2016 09:00 AM,12/14/2016 02:00 PM,12/14/2016 03:02 PM,1 hour 2 minutes,No',
        'No,,Absent,Sam,sam@example.org,12/01/2016 09:00 AM,,,,No',
      ]),
    );
    expect(parsed).toMatchObject({ format: 'gotowebinar', section: 'Attendee Details', absentRecords: 1, errors: [] });
    expect(parsed.rows).toEqual([expect.objectContaining({ email: 'ada@example.org', name: 'Ada Reyes', minutesAttended: 62 })]);
  });

  it('an unknown layout gets one error naming what was looked for', () => {
    const parsed = readAttendance(csv(['Invoice,Amount', 'A-1,20', 'A-2,30']));
    expect(parsed.format).toBeNull();
    expect(parsed.errors).toEqual([
      expect.objectContaining({ field: 'header', rule: 'knownLayout', message: expect.stringMatching(/Zoom webinar .*Teams .*Webex .*GoToWebinar/) }),
    ]);
  });
});
