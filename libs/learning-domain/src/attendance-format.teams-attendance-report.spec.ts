import { readAttendance, type SourceRecord } from './attendance-csv.js';

const tsv = (lines: string[]): SourceRecord[] => lines.map((line, index) => ({ line: index + 1, fields: line.split('\t') }));
const summary = (parsed: ReturnType<typeof readAttendance>) => parsed.rows.map((row) => [row.email, row.minutesAttended]);

describe('reading a Microsoft Teams attendance report', () => {
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
});
