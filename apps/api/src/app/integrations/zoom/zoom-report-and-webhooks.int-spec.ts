import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { PrismaService } from '@stacks/db';
import { createScratchDatabase, type DisposableDatabase } from '@stacks/db/testing';
import { EmailVerificationService } from '../../auth/email-verification.service.js';
import type { TestAccount } from '../../../testing/accounts.js';
import { createSeriesFixture } from '../../../testing/catalogue-fixture.js';
import type { TestApp } from '../../../testing/test-app.js';
import { signedZoomHeaders, startZoomTestApp, zoomParticipantEvent, type ZoomStay } from '../../../testing/zoom-events.js';

const SECRET = 'zoom-secret-token-for-the-equivalence-spec';
const MINUTE = 60_000;
/** The webinar of the fixture report: "Nov 1, 2026 06:00 PM", read as UTC here and in the upload. */
const START = Date.parse('2026-11-01T18:00:00Z');
const report = readFileSync(new URL('../../admin/fixtures/attendance/zoom-webinar-attendee-report.csv', import.meta.url));

/**
 * The two ways a webinar's attendance reaches Stacks — the attendee report an admin downloads
 * from Zoom, and Zoom's participant webhooks during the webinar — must credit the same people
 * with the same minutes. The webhook stream below is what Zoom would have sent for the stays the
 * report lists (attendees only: the report's host and panelist rows are staff).
 */
describe('a Zoom attendee report and the webhook stream of the same webinar', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let admin: TestAccount;
  let base: string;
  let database: DisposableDatabase;
  const learners: Record<string, string> = {};

  beforeAll(async () => {
    // Its own database: the report names fixed people, whom other spec files register too.
    database = await createScratchDatabase('zoom-equivalence', { migrate: true });
    ({ app, prisma, base, admin } = await startZoomTestApp(SECRET, { DATABASE_URL: database.url, QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-zoom-equivalence` }));
    for (const [name, email] of [
      ['ada', 'ada.reyes@learners.example'],
      ['grace', 'grace.li@learners.example'],
      ['harriet', 'harriet.host@staff.example'],
    ]) {
      learners[name] = (await prisma.user.create({ data: { email, passwordHash: 'x', displayName: name, emailVerifiedAt: new Date() } })).id;
    }
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  /** A session of the webinar that needs 50 minutes, optionally with its Zoom id. */
  async function webinarSession(zoomMeetingId?: string) {
    const fixture = await createSeriesFixture(prisma, { sessions: 1, startsAt: new Date(START) });
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/sessions/${fixture.sessionSlugs[0]}`,
      headers: admin.auth,
      payload: { attendanceMinMinutes: 50, ...(zoomMeetingId ? { zoomMeetingId } : {}) },
    });
    expect(patched.statusCode).toBe(200);
    return { id: fixture.sessionIds[0], slug: fixture.sessionSlugs[0] };
  }

  /** Who has a completion of the session, and the minutes each learner's evidence says. */
  async function outcome(sessionId: string) {
    const names = Object.fromEntries(Object.entries(learners).map(([name, id]) => [id, name]));
    const events = await prisma.completionEvent.findMany({ where: { sessionId }, select: { userId: true, minutesAttended: true } });
    const completions = await prisma.sessionCompletion.findMany({ where: { sessionId }, select: { userId: true } });
    return {
      minutes: Object.fromEntries(events.map((event) => [names[event.userId] ?? event.userId, event.minutesAttended]).sort()),
      completed: completions.map((completion) => names[completion.userId] ?? completion.userId).sort(),
    };
  }

  it('credits the same learners with the same minutes, and the same newcomer once they verify the address', async () => {
    const uploaded = await webinarSession();
    const imported = await app.inject({
      method: 'POST',
      url: `/api/v1/admin/sessions/${uploaded.slug}/attendance-imports?timeZone=UTC`,
      headers: { ...admin.auth, 'content-type': 'text/csv' },
      payload: report,
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ format: 'zoom-webinar' });

    const meeting = { id: '91234567890', uuid: `${randomUUID()}==` };
    const streamed = await webinarSession(meeting.id);
    // The report's attendee stays, as join and leave events (Ada left and came back).
    const stays: [ZoomStay, number][] = [
      [{ userId: 'ada-1', email: 'ADA.REYES@learners.example', at: START }, START + 40 * MINUTE],
      [{ userId: 'ada-2', email: 'ada.reyes@learners.example', at: START + 45 * MINUTE }, START + 60 * MINUTE],
      [{ userId: 'grace-1', email: 'grace.li@learners.example', at: START + 5 * MINUTE }, START + 50 * MINUTE],
      [{ userId: 'nadia-1', email: 'nadia.new@newcomers.example', at: START + 2 * MINUTE }, START + 58 * MINUTE],
    ];
    const events = stays.flatMap(([join, leftAt]) => [
      zoomParticipantEvent('webinar', 'joined', meeting, join, START),
      zoomParticipantEvent('webinar', 'left', meeting, { ...join, at: leftAt }, START),
    ]);
    for (const body of events) {
      const response = await fetch(`${base}/integrations/zoom/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signedZoomHeaders(SECRET, body) },
        body,
      });
      expect(response.status).toBe(200);
    }

    const fromReport = await outcome(uploaded.id);
    const fromWebhooks = await outcome(streamed.id);
    expect(fromReport).toEqual({ minutes: { ada: 55, grace: 45 }, completed: ['ada'] });
    expect(fromWebhooks).toEqual(fromReport);

    // Nadia had no account at the webinar; once she has one and proves the address, both
    // sessions credit her 56 minutes, once.
    learners.nadia = (await prisma.user.create({ data: { email: 'nadia.new@newcomers.example', passwordHash: 'x', displayName: 'nadia', emailVerifiedAt: new Date() } })).id;
    const verification = app.nest.get(EmailVerificationService);
    expect((await verification.releaseHeld(learners.nadia)).attendanceCredited).toBe(2);
    expect((await verification.releaseHeld(learners.nadia)).attendanceCredited).toBe(0);
    expect(await outcome(uploaded.id)).toEqual({ minutes: { ada: 55, grace: 45, nadia: 56 }, completed: ['ada', 'nadia'] });
    expect(await outcome(streamed.id)).toEqual(await outcome(uploaded.id));
  });
});
