import ICAL from 'ical.js';
import { buildSessionCalendar, type CalendarSession, sessionEventUid } from './session-calendar.js';

const base: CalendarSession = {
  id: '6f1f7a52-7d3c-4c55-9a43-2d3c0e8f1a01',
  title: 'Dialogue facilitation, part 1',
  description: 'Practice, in pairs.',
  status: 'SCHEDULED',
  startsAt: new Date('2027-03-04T18:00:00Z'),
  endsAt: new Date('2027-03-04T19:00:00Z'),
  timeZone: 'America/Chicago',
  location: null,
  joinUrl: 'https://meet.example.org/abc',
  recordingUrl: null,
  calendarSequence: 0,
  updatedAt: new Date('2027-01-10T12:00:00Z'),
  pageUrl: 'https://stacks.example.org/sessions/part-1',
};

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component)) };
}

describe('buildSessionCalendar', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it('writes a scheduled session in its own zone with a VTIMEZONE, a stable UID and the join link', () => {
    const { calendar, events: [event] } = events(buildSessionCalendar({ name: 'Mine', uidHost: 'stacks.example.org', sessions: [base] }));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['America/Chicago']);
    expect(event.uid).toBe(sessionEventUid(base.id, 'stacks.example.org'));
    expect(event.startDate.zone?.tzid).toBe('America/Chicago');
    expect([event.startDate.hour, event.startDate.minute]).toEqual([12, 0]);
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-04T18:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-03-04T19:00:00.000Z');
    expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.component.getFirstPropertyValue('url')).toBe(base.joinUrl);
    expect(event.description).toContain('Join: https://meet.example.org/abc');
  });

  it('keeps the wall-clock time of sessions either side of a daylight-saving change', () => {
    const before = { ...base, id: '6f1f7a52-7d3c-4c55-9a43-2d3c0e8f1a02', startsAt: new Date('2027-03-11T18:00:00Z'), endsAt: null };
    // 14 March 2027: Chicago moves from UTC-6 to UTC-5, so noon is 17:00 UTC a week later.
    const after = { ...base, id: '6f1f7a52-7d3c-4c55-9a43-2d3c0e8f1a03', startsAt: new Date('2027-03-18T17:00:00Z'), endsAt: null };
    const parsed = events(buildSessionCalendar({ name: 'Mine', uidHost: 'h', sessions: [before, after] })).events;
    expect(parsed.map((event) => [event.startDate.hour, event.startDate.minute, event.startDate.zone?.tzid])).toEqual([
      [12, 0, 'America/Chicago'],
      [12, 0, 'America/Chicago'],
    ]);
    expect(parsed.map((event) => event.startDate.toJSDate().toISOString())).toEqual(['2027-03-11T18:00:00.000Z', '2027-03-18T17:00:00.000Z']);
  });

  it('marks a cancelled session CANCELLED with its sequence and no reminders', () => {
    const ics = buildSessionCalendar({ name: 'Mine', uidHost: 'h', sessions: [{ ...base, status: 'CANCELLED', calendarSequence: 3 }], alarmOffsetsMinutes: [60] });
    const [event] = events(ics).events;
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.sequence).toBe(3);
    expect(event.component.getAllSubcomponents('valarm')).toHaveLength(0);
  });

  it('adds one display alarm per reminder offset before a scheduled session', () => {
    const [event] = events(buildSessionCalendar({ name: 'Mine', uidHost: 'h', sessions: [base], alarmOffsetsMinutes: [60, 1440, 60] })).events;
    const triggers = event.component.getAllSubcomponents('valarm').map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds());
    expect(triggers).toEqual([-1440 * 60, -60 * 60]);
  });

  it('leaves out sessions without a start time and escapes text', () => {
    const ics = buildSessionCalendar({ name: 'Mine', uidHost: 'h', sessions: [{ ...base, title: 'Books; zines, and more' }, { ...base, id: 'x', startsAt: null }] });
    const parsed = events(ics).events;
    expect(parsed.map((event) => event.summary)).toEqual(['Books; zines, and more']);
  });

  it('falls back to UTC for a zone without a VTIMEZONE', () => {
    const [event] = events(buildSessionCalendar({ name: 'Mine', uidHost: 'h', sessions: [{ ...base, timeZone: 'Not/AZone' }] })).events;
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-04T18:00:00.000Z');
    expect(event.startDate.zone?.tzid).toBe('UTC');
  });

  it('is deterministic, so an unchanged feed keeps its ETag', () => {
    const input = { name: 'Mine', uidHost: 'h', sessions: [base], alarmOffsetsMinutes: [60] };
    expect(buildSessionCalendar(input)).toBe(buildSessionCalendar(input));
  });
});
