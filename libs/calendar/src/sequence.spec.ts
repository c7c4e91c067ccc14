import { isCalendarRevision } from './sequence.js';

const session = {
  startsAt: new Date('2027-03-04T18:00:00Z'),
  endsAt: new Date('2027-03-04T19:00:00Z'),
  timeZone: 'America/Chicago',
  status: 'SCHEDULED',
  location: null,
  joinUrl: 'https://meet.example.org/abc',
};

describe('isCalendarRevision', () => {
  it('counts a reschedule, a new end, a zone change, a cancellation and a new place or join link', () => {
    expect(isCalendarRevision(session, { ...session, startsAt: new Date('2027-03-05T18:00:00Z') })).toBe(true);
    expect(isCalendarRevision(session, { ...session, endsAt: null })).toBe(true);
    expect(isCalendarRevision(session, { ...session, timeZone: 'America/Denver' })).toBe(true);
    expect(isCalendarRevision(session, { ...session, status: 'CANCELLED' })).toBe(true);
    expect(isCalendarRevision(session, { ...session, location: 'Room 2' })).toBe(true);
    expect(isCalendarRevision(session, { ...session, joinUrl: null })).toBe(true);
  });

  it('does not count an edit that leaves when and where alone (same instant, new Date object)', () => {
    expect(isCalendarRevision(session, { ...session, startsAt: new Date(session.startsAt.getTime()) })).toBe(false);
  });
});
