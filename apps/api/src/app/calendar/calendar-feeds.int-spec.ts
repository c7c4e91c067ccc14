import { randomInt } from 'node:crypto';
import ICAL from 'ical.js';
import { PrismaService } from '@stacks/db';
import { createAdmin, registerLearner, type TestAccount } from '../../testing/accounts.js';
import { createSeriesFixture } from '../../testing/catalogue-fixture.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

/** Parses with ical.js (not the generator we write with) and indexes events by UID. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return { calendar, events, byUid: new Map(events.map((event) => [event.uid, event])) };
}

describe('calendar feeds (RFC 5545) through HTTP', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let admin: TestAccount;
  beforeAll(async () => {
    app = await startTestApp({ REMINDER_OFFSETS_MINUTES: '1440,60', PUBLIC_BASE_URL: 'https://stacks.example.org' });
    prisma = app.nest.get(PrismaService);
    admin = await createAdmin(app, prisma);
  });
  afterAll(() => app.close());
  afterEach(() => ICAL.TimezoneService.reset());

  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
  const feedPath = (url: string) => new URL(url).pathname;

  async function enrolledLearner(slugs: string[]): Promise<{ learner: TestAccount; feedUrl: string }> {
    const learner = await registerLearner(app, 'Subscriber');
    for (const slug of slugs) {
      const enrolled = await app.inject({ method: 'PUT', url: `/api/v1/sessions/${slug}/enrolment`, headers: learner.auth });
      expect(enrolled.statusCode).toBe(201);
    }
    const created = await app.inject({ method: 'POST', url: '/api/v1/me/calendar-feed', headers: learner.auth });
    expect(created.statusCode).toBe(201);
    expect(created.json().webcalUrl).toMatch(/^webcal:\/\/stacks\.example\.org\/api\/v1\/calendar\/feeds\/[\w-]{43}\/stacks\.ics$/);
    return { learner, feedUrl: feedPath(created.json().url) };
  }

  it('serves a session as text/calendar with a stable UID, its zone as VTIMEZONE, and the join link', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 1, startsAt: new Date('2027-05-04T17:00:00Z') });
    await prisma.session.update({ where: { id: fixture.sessionIds[0] }, data: { joinUrl: 'https://meet.example.org/room' } });
    const response = await get(`/api/v1/sessions/${fixture.sessionSlugs[0]}/calendar.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
    const { calendar, events } = parse(response.body);
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['America/Chicago']);
    expect(events).toHaveLength(1);
    expect(events[0].uid).toBe(`session-${fixture.sessionIds[0]}@stacks.example.org`);
    expect([events[0].startDate.zone?.tzid, events[0].startDate.hour]).toEqual(['America/Chicago', 12]);
    expect(events[0].component.getFirstPropertyValue('url')).toBe('https://meet.example.org/room');
    expect(events[0].description).toContain('Recording: https://video.example.org/test');
    expect(events[0].component.getAllSubcomponents('valarm')).toHaveLength(0);

    expect((await get('/api/v1/sessions/no-such-session/calendar.ics')).statusCode).toBe(404);
    const unscheduled = await createSeriesFixture(prisma, { sessions: 1 });
    const none = await get(`/api/v1/sessions/${unscheduled.sessionSlugs[0]}/calendar.ics`);
    expect([none.statusCode, none.headers['content-type']]).toEqual([404, 'application/problem+json; charset=utf-8']);
  });

  it('answers 304 to a current ETag or Last-Modified, and 200 again after a change', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 2, startsAt: new Date('2027-06-01T15:00:00Z') });
    const url = `/api/v1/series/${fixture.seriesSlug}/calendar.ics`;
    const first = await get(url);
    expect(first.statusCode).toBe(200);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    expect((await get(url, { 'if-none-match': etag })).statusCode).toBe(304);
    expect((await get(url, { 'if-none-match': `"other", W/${etag}` })).statusCode).toBe(304);
    expect((await get(url, { 'if-modified-since': String(first.headers['last-modified']) })).statusCode).toBe(304);
    expect((await get(url, { 'if-none-match': '"stale"' })).statusCode).toBe(200);

    const moved = await app.inject({ method: 'PATCH', url: `/api/v1/admin/sessions/${fixture.sessionSlugs[0]}`, headers: admin.auth, payload: { startsAt: '2027-06-02T15:00:00Z', endsAt: '2027-06-02T16:00:00Z' } });
    expect(moved.statusCode).toBe(200);
    const after = await get(url, { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(parse(after.body).events).toHaveLength(2);
    expect((await get(`/api/v1/programs/${fixture.programSlug}/calendar.ics`)).statusCode).toBe(200);
    expect((await get('/api/v1/programs/no-such-program/calendar.ics')).statusCode).toBe(404);
  });

  it('raises SEQUENCE on reschedule, sets STATUS:CANCELLED on cancellation, and leaves SEQUENCE alone for a new title', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 1, startsAt: new Date('2027-04-06T17:00:00Z') });
    const { feedUrl } = await enrolledLearner(fixture.sessionSlugs);
    const uid = `session-${fixture.sessionIds[0]}@stacks.example.org`;
    const event = async () => {
      const found = parse((await get(feedUrl)).body).byUid.get(uid);
      if (!found) throw new Error(`no event ${uid} in the feed`);
      return found;
    };

    const original = await event();
    expect([original.sequence, original.component.getFirstPropertyValue('status')]).toEqual([0, 'CONFIRMED']);

    const patch = (payload: object) => app.inject({ method: 'PATCH', url: `/api/v1/admin/sessions/${fixture.sessionSlugs[0]}`, headers: admin.auth, payload });
    expect((await patch({ title: 'A clearer title' })).statusCode).toBe(200);
    expect((await event()).sequence).toBe(0);

    expect((await patch({ startsAt: '2027-04-08T17:00:00Z', endsAt: '2027-04-08T18:30:00Z' })).statusCode).toBe(200);
    const moved = await event();
    expect(moved.sequence).toBe(1);
    expect(moved.startDate.toJSDate().toISOString()).toBe('2027-04-08T17:00:00.000Z');
    expect(moved.endDate.toJSDate().toISOString()).toBe('2027-04-08T18:30:00.000Z');

    const cancelled = await app.inject({ method: 'POST', url: `/api/v1/admin/sessions/${fixture.sessionSlugs[0]}/cancel`, headers: admin.auth });
    expect(cancelled.statusCode).toBe(200);
    const gone = await event();
    expect([gone.sequence, gone.component.getFirstPropertyValue('status')]).toEqual([2, 'CANCELLED']);
    expect(gone.component.getAllSubcomponents('valarm')).toHaveLength(0);
    // Cancelling again is idempotent: no new revision.
    await app.inject({ method: 'POST', url: `/api/v1/admin/sessions/${fixture.sessionSlugs[0]}/cancel`, headers: admin.auth });
    expect((await event()).sequence).toBe(2);
  });

  it('keeps the wall-clock time of two weekly sessions either side of the March DST change', async () => {
    // Chicago: 14 March 2027 moves from UTC-6 to UTC-5, so 11:00 local is 17:00 UTC, then 16:00 UTC.
    const before = await createSeriesFixture(prisma, { sessions: 1, startsAt: new Date('2027-03-11T17:00:00Z') });
    const after = await createSeriesFixture(prisma, { sessions: 1, startsAt: new Date('2027-03-18T16:00:00Z') });
    const { feedUrl } = await enrolledLearner([before.sessionSlugs[0], after.sessionSlugs[0]]);
    const { events } = parse((await get(feedUrl)).body);
    expect(events.map((event) => [event.startDate.zone?.tzid, event.startDate.hour, event.startDate.minute])).toEqual([
      ['America/Chicago', 11, 0],
      ['America/Chicago', 11, 0],
    ]);
    expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual(['2027-03-11T17:00:00.000Z', '2027-03-18T16:00:00.000Z']);
  });

  it('adds the learner’s reminders as VALARMs, and none once reminders are turned off', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 1, startsAt: new Date('2027-07-01T15:00:00Z') });
    const { learner, feedUrl } = await enrolledLearner(fixture.sessionSlugs);
    const triggers = async () =>
      parse((await get(feedUrl)).body).events[0].component.getAllSubcomponents('valarm').map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds());
    expect(await triggers()).toEqual([-86_400, -3_600]);
    const prefs = (await app.inject({ method: 'GET', url: '/api/v1/me/notification-preferences', headers: learner.auth })).json();
    const { timeZone: _zone, discordLinked: _linked, unsubscribedAt: _at, ...editable } = prefs;
    const off = await app.inject({ method: 'PUT', url: '/api/v1/me/notification-preferences', headers: learner.auth, payload: { ...editable, remindersEnabled: false } });
    expect(off.statusCode).toBe(200);
    expect(await triggers()).toEqual([]);
  });

  it('shows a learner only their own sessions, and a revoked or replaced token answers 404', async () => {
    const mine = await createSeriesFixture(prisma, { sessions: 1, startsAt: new Date('2027-08-03T15:00:00Z') });
    const theirs = await createSeriesFixture(prisma, { sessions: 1, startsAt: new Date('2027-08-04T15:00:00Z') });
    const me = await enrolledLearner(mine.sessionSlugs);
    const other = await enrolledLearner(theirs.sessionSlugs);
    const uids = async (url: string) => [...parse((await get(url)).body).byUid.keys()];
    expect(await uids(me.feedUrl)).toEqual([`session-${mine.sessionIds[0]}@stacks.example.org`]);
    expect(await uids(other.feedUrl)).toEqual([`session-${theirs.sessionIds[0]}@stacks.example.org`]);
    const mineResponse = await get(me.feedUrl);
    expect(mineResponse.headers['cache-control']).toMatch(/^private, max-age=\d+$/);
    expect(mineResponse.body).not.toContain(theirs.sessionIds[0]);

    const status = await app.inject({ method: 'GET', url: '/api/v1/me/calendar-feed', headers: me.learner.auth });
    expect(status.json().subscribed).toBe(true);
    // The token itself is not stored, only its hash.
    const row = await prisma.calendarFeed.findUniqueOrThrow({ where: { userId: me.learner.id } });
    expect(me.feedUrl).not.toContain(row.tokenHash);

    const rotated = await app.inject({ method: 'POST', url: '/api/v1/me/calendar-feed', headers: me.learner.auth });
    const newUrl = feedPath(rotated.json().url);
    expect(newUrl).not.toBe(me.feedUrl);
    expect((await get(me.feedUrl)).statusCode).toBe(404);
    expect((await get(newUrl)).statusCode).toBe(200);

    const revoked = await app.inject({ method: 'DELETE', url: '/api/v1/me/calendar-feed', headers: me.learner.auth });
    expect(revoked.statusCode).toBe(204);
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/me/calendar-feed', headers: me.learner.auth })).statusCode).toBe(204);
    const afterRevoke = await get(newUrl);
    expect([afterRevoke.statusCode, afterRevoke.headers['content-type']]).toEqual([404, 'application/problem+json; charset=utf-8']);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me/calendar-feed', headers: me.learner.auth })).json()).toEqual({ subscribed: false, createdAt: null });

    for (const bad of ['short', 'x'.repeat(43), `${'a'.repeat(42)}%2F`]) {
      expect((await get(`/api/v1/calendar/feeds/${bad}/stacks.ics`)).statusCode).toBe(404);
    }
    expect((await get(`/api/v1/calendar/feeds/${'a'.repeat(5000)}/stacks.ics`)).statusCode).toBe(414);
    expect((await get(other.feedUrl)).statusCode).toBe(200);
  });

  it('bounds a feed to CALENDAR_FEED_MAX_EVENTS and rate-limits the .ics routes', async () => {
    const small = await startTestApp({ CALENDAR_FEED_MAX_EVENTS: '2', CALENDAR_RATE_LIMIT_PER_MINUTE: '3' });
    // A client address of its own, so the budget starts at zero whatever ran before.
    const remoteAddress = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
    try {
      const fixture = await createSeriesFixture(prisma, { sessions: 3, startsAt: new Date('2027-09-01T15:00:00Z') });
      const response = await small.inject({ method: 'GET', url: `/api/v1/series/${fixture.seriesSlug}/calendar.ics`, remoteAddress });
      expect(response.statusCode).toBe(200);
      expect(parse(response.body).events).toHaveLength(2);
      const statuses = [];
      for (let call = 0; call < 4; call += 1) statuses.push((await small.inject({ method: 'GET', url: `/api/v1/series/${fixture.seriesSlug}/calendar.ics`, remoteAddress })).statusCode);
      expect(statuses).toEqual([200, 200, 429, 429]);
    } finally {
      await small.close();
    }
  });
});
