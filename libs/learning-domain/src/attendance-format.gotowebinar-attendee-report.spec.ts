import { readAttendance } from './attendance-csv.js';
import { parseCsv } from './csv.js';

const csv = (lines: string[]) => parseCsv(lines.join('\r\n'));

describe('reading a GoToWebinar attendee report', () => {
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
});
