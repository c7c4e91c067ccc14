import { composeBadgeExpiryNotice, composeBadgeNotice, composeSessionReminder, composeWeeklyDigest } from './messages.js';
import { nextSessionToNudge } from './nudges.js';

const links = { preferencesUrl: 'https://stacks.test/prefs', unsubscribeUrl: 'https://stacks.test/u?t=abc' };

describe('messages', () => {
  it('writes a reminder in the learner’s time zone with the join link, escaping HTML', () => {
    const message = composeSessionReminder({
      learnerName: 'Maya <M>',
      sessionTitle: 'Serving "all" patrons',
      startsAt: new Date('2026-12-01T19:00:00Z'),
      timeZone: 'America/New_York',
      offsetMinutes: 60,
      joinUrl: 'https://zoom.test/j/1',
      location: null,
      links,
    });
    expect(message.subject).toBe('Reminder: "Serving "all" patrons" starts in an hour');
    expect(message.text).toContain('2:00 PM EST');
    expect(message.text).toContain('Join the session: https://zoom.test/j/1');
    expect(message.text).toContain(links.unsubscribeUrl);
    expect(message.html).toContain('Maya &#60;M&#62;');
    expect(message.html).toContain('href="https://stacks.test/u?t=abc"');
    expect(message.chat.length).toBeLessThan(2000);
  });
  it('says how far ahead the session is', () => {
    const subject = (offsetMinutes: number) =>
      composeSessionReminder({ learnerName: 'A', sessionTitle: 'T', startsAt: new Date(), timeZone: 'UTC', offsetMinutes, joinUrl: null, location: 'Room 2', links }).subject;
    expect([subject(1440), subject(2880), subject(120), subject(1), subject(45)]).toEqual([
      'Reminder: "T" starts tomorrow',
      'Reminder: "T" starts in 2 days',
      'Reminder: "T" starts in 2 hours',
      'Reminder: "T" starts in a minute',
      'Reminder: "T" starts in 45 minutes',
    ]);
  });

  it('lists the week’s booked sessions, then open ones, in the learner’s zone', () => {
    const session = (title: string, iso: string) => ({ title, startsAt: new Date(iso), url: `https://stacks.test/s/${title}` });
    const digest = composeWeeklyDigest({
      learnerName: 'Sam',
      timeZone: 'America/Chicago',
      enrolled: [session('Booked', '2026-12-01T19:00:00Z')],
      suggested: [session('Open', '2026-12-02T19:00:00Z')],
      links,
    });
    expect(digest.subject).toBe('Your week on Stacks: 1 session coming up');
    expect(digest.text).toContain('- Booked: Tuesday, December 1, 2026, 1:00 PM CST (https://stacks.test/s/Booked)');
    expect(digest.text.indexOf('Open for enrolment:')).toBeGreaterThan(digest.text.indexOf('Booked'));
    const none = composeWeeklyDigest({ learnerName: 'Sam', timeZone: 'UTC', enrolled: [], suggested: [session('Open', '2026-12-02T19:00:00Z')], links });
    expect(none.subject).toBe('Your week on Stacks: sessions open for enrolment');
  });

    it('tells a learner how to view and share a badge', () => {
    const message = composeBadgeNotice({ learnerName: 'Sam', achievementName: 'Large Urban Libraries', credentialUrl: 'https://stacks.test/c/1', links });
    expect(message.text).toContain('View and share your badge: https://stacks.test/c/1');
    expect(message.text).toMatch(/share/);
  });

  it('names the expiring badge, its date in the holder’s zone and how to renew, with the badge link', () => {
    const message = composeBadgeExpiryNotice({
      learnerName: 'Maya',
      achievementName: 'Storytime <Leader>',
      // 03:00 UTC on Jan 1 is still December 31 in Chicago.
      validUntil: new Date('2027-01-01T03:00:00Z'),
      timeZone: 'America/Chicago',
      renewal: 'Watch the 2027 refresher, then ask for a re-issue.',
      credentialUrl: 'https://stacks.test/api/v1/credentials/c1/page',
      now: new Date('2026-12-03T03:00:00Z'),
      links,
    });
    expect(message.subject).toBe('Your badge "Storytime <Leader>" expires on Thursday, December 31, 2026');
    expect(message.text).toContain('valid until Thursday, December 31, 2026 (in 29 days)');
    expect(message.text).toContain('How to renew: Watch the 2027 refresher, then ask for a re-issue.');
    expect(message.text).toContain('View your badge: https://stacks.test/api/v1/credentials/c1/page');
    expect(message.text).toContain(links.unsubscribeUrl);
    expect(message.html).toContain('Storytime &#60;Leader&#62;');
    expect(message.html).toContain('href="https://stacks.test/api/v1/credentials/c1/page"');
    expect(message.chat).toContain('How to renew: Watch the 2027 refresher');
    expect(message.chat).toContain('https://stacks.test/api/v1/credentials/c1/page');
    expect(message.chat).not.toContain(links.unsubscribeUrl);
    const lastDay = composeBadgeExpiryNotice({ learnerName: 'A', achievementName: 'B', validUntil: new Date('2026-12-03T12:00:00Z'), timeZone: 'Not/AZone', renewal: 'R', credentialUrl: 'https://x.test', now: new Date('2026-12-03T01:00:00Z'), links });
    expect(lastDay.text).toContain('valid until Thursday, December 3, 2026 (in 1 day)');
  });
});

describe('nextSessionToNudge', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const session = (id: string, position: number, recording: boolean) => ({
    id,
    title: id,
    position,
    recordingUrl: recording ? `https://rec.test/${id}` : null,
    recordingAvailableFrom: new Date('2026-01-01T00:00:00Z'),
    recordingAvailableUntil: null,
  });
  const sessions = [session('a', 1, true), session('b', 2, true), session('c', 3, true)];
  it('picks the first unfinished session of a started series when its recording is available', () => {
    expect(nextSessionToNudge({ sessions, completedSessionIds: new Set(['a', 'b']), finished: false }, now)?.id).toBe('c');
  });
  it('does not nudge a learner who never started, already finished, or cannot watch the next one yet', () => {
    expect(nextSessionToNudge({ sessions, completedSessionIds: new Set(), finished: false }, now)).toBeNull();
    expect(nextSessionToNudge({ sessions, completedSessionIds: new Set(['a']), finished: true }, now)).toBeNull();
    const noRecording = [session('a', 1, true), session('b', 2, false)];
    expect(nextSessionToNudge({ sessions: noRecording, completedSessionIds: new Set(['a']), finished: false }, now)).toBeNull();
  });
});
