import { readAttendance } from './attendance-csv.js';
import { parseCsv } from './csv.js';

const csv = (lines: string[]) => parseCsv(lines.join('\r\n'));

describe('reading a an unknown layout', () => {
  it('an unknown layout gets one error naming what was looked for', () => {
    const parsed = readAttendance(csv(['Invoice,Amount', 'A-1,20', 'A-2,30']));
    expect(parsed.format).toBeNull();
    expect(parsed.errors).toEqual([
      expect.objectContaining({ field: 'header', rule: 'knownLayout', message: expect.stringMatching(/Zoom webinar .*Teams .*Webex .*GoToWebinar/) }),
    ]);
  });
});
