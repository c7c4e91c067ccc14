import { readFileSync } from 'node:fs';
import { PrismaService } from '@stacks/db';
import { SmtpCatcher, waitFor } from '@stacks/test-processes';
import { createAdmin, registerLearner, type TestAccount } from '../../testing/accounts.js';
import { createSeriesFixture } from '../../testing/catalogue-fixture.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { EmailVerificationService } from '../auth/email-verification.service.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/attendance/${name}`, import.meta.url));

describe('attendance import', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let smtp: SmtpCatcher;
  let admin: TestAccount;
  const people: Record<string, string> = {};

  /** Registers (through the API) one of the fake people the fixture files name, verified. */
  async function registerAs(email: string, displayName: string, verified = true): Promise<string> {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email, password: 'violet kettle harbour', displayName } });
    expect(response.statusCode).toBe(202);
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    if (verified) await prisma.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    return user.id;
  }

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    app = await startTestApp({ SMTP_URL: smtp.url, ATTENDANCE_IMPORT_MAX_BYTES: '4096', ATTENDANCE_IMPORT_MAX_ROWS: '50' });
    prisma = app.nest.get(PrismaService);
    admin = await createAdmin(app, prisma);
    people.ada = await registerAs('ada.reyes@learners.example', 'Ada Reyes');
    people.grace = await registerAs('grace.li@learners.example', 'Grace Li');
    // Staff with learner accounts of their own: their host rows must still not count.
    people.harriet = await registerAs('harriet.host@staff.example', 'Harriet Host');
    people.olivia = await registerAs('olivia.organizer@staff.example', 'Olivia Organizer');
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await smtp?.stop();
  });

  const upload = (session: string, body: string | Buffer, query = '') =>
    app.inject({
      method: 'POST',
      url: `/api/v1/admin/sessions/${session}/attendance-imports${query}`,
      headers: { ...admin.auth, 'content-type': 'text/csv' },
      payload: body,
    });

  const newSession = async () => {
    const series = await createSeriesFixture(prisma, { sessions: 1, startsAt: new Date('2026-11-01T18:00:00Z') });
    return { slug: series.sessionSlugs[0], id: series.sessionIds[0] };
  };

  const minutesBySessionFor = async (sessionId: string) => {
    const events = await prisma.completionEvent.findMany({ where: { sessionId }, select: { userId: true, minutesAttended: true } });
    const names = Object.fromEntries(Object.entries(people).map(([name, id]) => [id, name]));
    return Object.fromEntries(events.map((event) => [names[event.userId] ?? event.userId, event.minutesAttended]));
  };

  const errorsOf = (report: { errors: { line: number; field: string; rule: string }[] }) => report.errors.map((error) => [error.line, error.field, error.rule]);

  it('a Zoom webinar attendee report as downloaded: rejoins summed, hosts, panelists and absentees excluded, bad rows named, new addresses pending', async () => {
    const session = await newSession();
    const response = await upload(session.slug, fixture('zoom-webinar-attendee-report.csv'));
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({
      format: 'zoom-webinar',
      formatName: 'Zoom webinar attendee report',
      section: 'Attendee Details',
      encoding: 'utf-8',
      applied: true,
      totalRecords: 6,
      absentRecords: 1,
      staffRecords: 2,
      validLearners: 2,
      recorded: 2,
      newlyCompleted: 2,
      pendingCount: 1,
      pendingRecorded: 1,
      pending: [{ line: 18, email: 'nadia.new@newcomers.example', name: 'Nadia New', minutesAttended: 56 }],
    });
    expect(errorsOf(report)).toEqual([[19, 'email', 'isEmail']]);
    expect(await minutesBySessionFor(session.id)).toEqual({ ada: 55, grace: 45 });
    const pending = await prisma.pendingAttendance.findMany({ where: { sessionId: session.id } });
    expect(pending).toEqual([expect.objectContaining({ email: 'nadia.new@newcomers.example', minutesAttended: 56, source: 'zoom-webinar', importId: report.importId })]);

    const again = (await upload(session.slug, fixture('zoom-webinar-attendee-report.csv'))).json();
    expect(again).toMatchObject({ recorded: 0, unchanged: 2, newlyCompleted: 0, pendingCount: 1, pendingRecorded: 0 });
    expect(await prisma.pendingAttendance.count({ where: { sessionId: session.id } })).toBe(1);
  });

  it('a dry run of a Zoom webinar report previews learners and pending addresses and writes nothing', async () => {
    const session = await newSession();
    const report = (await upload(session.slug, fixture('zoom-webinar-attendee-report.csv'), '?dryRun=true')).json();
    expect(report).toMatchObject({ dryRun: true, applied: false, format: 'zoom-webinar', validLearners: 2, recorded: 2, newlyCompleted: 2, pendingCount: 1, pendingRecorded: 1 });
    expect(await prisma.completionEvent.count({ where: { sessionId: session.id } })).toBe(0);
    expect(await prisma.pendingAttendance.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it('a Zoom meeting participants report: the host named in the summary is not counted even with an account', async () => {
    const session = await newSession();
    const report = (await upload(session.slug, fixture('zoom-meeting-participants-report.csv'))).json();
    expect(report).toMatchObject({ format: 'zoom-meeting', section: null, staffRecords: 1, validLearners: 2, pendingCount: 0, errors: [] });
    expect(await minutesBySessionFor(session.id)).toEqual({ ada: 56, grace: 55 });
  });

  it('a Teams attendance report (UTF-16, tabs): participants read, organizers and presenters skipped, activities not double-counted', async () => {
    const session = await newSession();
    const report = (await upload(session.slug, fixture('teams-attendance-report.csv'))).json();
    expect(report).toMatchObject({ format: 'teams', section: 'Participants', encoding: 'utf-16le', staffRecords: 2, validLearners: 2, pendingCount: 0, errors: [] });
    expect(await minutesBySessionFor(session.id)).toEqual({ ada: 58, grace: 45 });
  });

  it('a Webex attendance report: joins summed, the host skipped, an unreadable duration named', async () => {
    const session = await newSession();
    const report = (await upload(session.slug, fixture('webex-attendance-report.csv'))).json();
    expect(report).toMatchObject({ format: 'webex', staffRecords: 1, validLearners: 2 });
    expect(errorsOf(report)).toEqual([[6, 'minutes', 'isDuration']]);
    expect(await minutesBySessionFor(session.id)).toEqual({ ada: 55, grace: 50 });
  });

  it('a GoToWebinar attendee report: attendee details read, absentees skipped and counted', async () => {
    const session = await newSession();
    const report = (await upload(session.slug, fixture('gotowebinar-attendee-report.csv'))).json();
    expect(report).toMatchObject({ format: 'gotowebinar', section: 'Attendee Details', absentRecords: 1, validLearners: 2, errors: [] });
    expect(await minutesBySessionFor(session.id)).toEqual({ ada: 58, grace: 50 });
  });

  it('our own simple CSV still imports', async () => {
    const session = await newSession();
    const report = (await upload(session.slug, fixture('stacks-simple.csv'))).json();
    expect(report).toMatchObject({ format: 'stacks-csv', formatName: 'Stacks attendance CSV', validLearners: 2 });
    expect(await minutesBySessionFor(session.id)).toEqual({ ada: 60, grace: 45 });
  });

  it('a file in an unknown layout gets one 422 naming what was looked for, and nothing is written', async () => {
    const session = await newSession();
    const response = await upload(session.slug, fixture('unknown-layout.csv'));
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(problem.type).toMatch(/unknown-attendance-layout$/);
    expect(problem.detail).toMatch(/Zoom webinar attendee report .*Teams .*Webex .*GoToWebinar/);
    expect(problem.errors).toEqual([expect.objectContaining({ line: 1, field: 'header', rule: 'knownLayout' })]);
    expect(await prisma.attendanceImport.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it('refuses a file over the size limit or the row limit with 413, and malformed CSV with 422', async () => {
    const session = await newSession();
    const big = await upload(session.slug, `email,minutes\n${'a@b.example,1\n'.repeat(400)}`);
    expect(big.statusCode).toBe(413);
    expect(big.headers['content-type']).toContain('application/problem+json');
    expect(big.json().errors).toEqual([{ field: 'file', rule: 'maxBytes', message: 'at most 4096 bytes' }]);
    const many = await upload(session.slug, `email,minutes\n${Array.from({ length: 60 }, (_, index) => `p${index}@b.example,1`).join('\n')}`);
    expect(many.statusCode).toBe(413);
    expect(many.json().errors).toEqual([expect.objectContaining({ field: 'file', rule: 'maxRows' })]);
    const unclosed = await upload(session.slug, 'email,minutes\n"a@b.example,1\n');
    expect(unclosed.statusCode).toBe(422);
    expect(unclosed.json().errors).toEqual([expect.objectContaining({ field: 'body', rule: 'csv' })]);
    expect(await prisma.pendingAttendance.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it('a pending attendee who later registers and verifies that address is credited once', async () => {
    const session = await newSession();
    await upload(session.slug, fixture('zoom-webinar-attendee-report.csv'));
    const email = 'nadia.new@newcomers.example';
    const pendingBefore = await prisma.pendingAttendance.count({ where: { email } });
    expect(pendingBefore).toBeGreaterThanOrEqual(1);

    const nadiaId = await registerAs(email, 'Nadia New', false);
    people.nadia = nadiaId;
    expect(await prisma.sessionCompletion.count({ where: { userId: nadiaId } })).toBe(0);
    const token = await waitFor(async () => smtp.lastLink(email, '/verify-email')?.token, 10_000, 'the verification mail');
    const verified = await app.inject({ method: 'POST', url: '/api/v1/auth/email/verify', payload: { token } });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().attendanceCredited).toBe(pendingBefore);

    const verification = app.nest.get(EmailVerificationService);
    expect(await Promise.all([verification.releaseHeld(nadiaId), verification.releaseHeld(nadiaId)])).toEqual([
      { attendanceCredited: 0, badgesReleaseQueued: false },
      { attendanceCredited: 0, badgesReleaseQueued: false },
    ]);
    expect(await prisma.sessionCompletion.count({ where: { userId: nadiaId, sessionId: session.id } })).toBe(1);
    expect(await prisma.completionEvent.findFirst({ where: { userId: nadiaId, sessionId: session.id } })).toMatchObject({ source: 'ATTENDANCE_IMPORT', minutesAttended: 56 });
    expect(await prisma.pendingAttendance.count({ where: { email } })).toBe(0);
    const completedNotices = await prisma.outboxEvent.count({
      where: { jobName: 'session-completed', AND: [{ payload: { path: ['userId'], equals: nadiaId } }, { payload: { path: ['sessionId'], equals: session.id } }] },
    });
    expect(completedNotices).toBe(1);

    // Importing the file again now finds her account and changes nothing.
    const again = (await upload(session.slug, fixture('zoom-webinar-attendee-report.csv'))).json();
    expect(again).toMatchObject({ validLearners: 3, pendingCount: 0, recorded: 0, unchanged: 3, newlyCompleted: 0 });
  });

  it('a learner who changes their e-mail to a pending address is credited once the new address is verified', async () => {
    const session = await newSession();
    const learner = await registerLearner(app, 'Mover');
    const newEmail = `moved-${learner.id.slice(0, 8)}@newcomers.example`;
    const imported = (await upload(session.slug, `email,minutes\n${newEmail},50\n`)).json();
    expect(imported).toMatchObject({ validLearners: 0, pendingCount: 1, pendingRecorded: 1 });

    const changed = await app.inject({ method: 'PATCH', url: '/api/v1/me/email', headers: learner.auth, payload: { email: newEmail, currentPassword: learner.password } });
    expect(changed.statusCode).toBe(200);
    expect(await prisma.sessionCompletion.count({ where: { userId: learner.id, sessionId: session.id } })).toBe(0);
    const token = await waitFor(async () => smtp.lastLink(newEmail, '/verify-email')?.token, 10_000, 'the mail to the new address');
    const verified = await app.inject({ method: 'POST', url: '/api/v1/auth/email/verify', payload: { token } });
    expect(verified.json()).toMatchObject({ attendanceCredited: 1 });
    expect(await prisma.sessionCompletion.count({ where: { userId: learner.id, sessionId: session.id } })).toBe(1);
    expect(await prisma.pendingAttendance.count({ where: { email: newEmail } })).toBe(0);
  });

  it('an import racing the verification of a pending address still credits it exactly once', async () => {
    const session = await newSession();
    const email = `racer-${session.id.slice(0, 8)}@newcomers.example`;
    const file = `email,minutes\n${email},45\n`;
    await upload(session.slug, file);
    const racerId = await registerAs(email, 'Racer', false);
    const token = await waitFor(async () => smtp.lastLink(email, '/verify-email')?.token, 10_000, 'the verification mail');
    const [imported, verified] = await Promise.all([
      upload(session.slug, file.replace('45', '50')),
      app.inject({ method: 'POST', url: '/api/v1/auth/email/verify', payload: { token } }),
    ]);
    expect(imported.statusCode).toBe(200);
    expect(verified.statusCode).toBe(200);
    // Whichever ran first, the attendance ends up credited to her once and nothing stays pending.
    await app.nest.get(EmailVerificationService).releaseHeld(racerId);
    expect(await prisma.sessionCompletion.count({ where: { userId: racerId, sessionId: session.id } })).toBe(1);
    expect(await prisma.pendingAttendance.count({ where: { email } })).toBe(0);
    expect((await prisma.completionEvent.findFirstOrThrow({ where: { userId: racerId, sessionId: session.id } })).minutesAttended).toBeGreaterThanOrEqual(45);
  });

  it('erasing an account deletes pending attendance of its address', async () => {
    const session = await newSession();
    const learner = await registerLearner(app, 'Leaver', { verified: false });
    // Imported before the account existed: still pending while the address is unverified.
    await prisma.pendingAttendance.create({ data: { sessionId: session.id, email: learner.email, minutesAttended: 30, source: 'stacks-csv' } });
    const erased = await app.inject({ method: 'DELETE', url: '/api/v1/me', headers: learner.auth, payload: { currentPassword: learner.password } });
    expect(erased.statusCode).toBeLessThan(300);
    expect(await prisma.pendingAttendance.count({ where: { email: learner.email } })).toBe(0);
  });

  describe('hand-written files', () => {
    async function scenario() {
      const session = await newSession();
      const [ada, grace] = [await registerLearner(app, 'Ada'), await registerLearner(app, 'Grace')];
      const csv = [
        'Name (Original Name),User Email,Join Time,Leave Time',
        `Ada,${ada.email},2026-11-01 18:00:00,2026-11-01 18:40:00`,
        `Ada,${ada.email},2026-11-01 18:45:00,2026-11-01 19:00:00`,
        `Grace,${grace.email.toUpperCase()},2026-11-01 18:05:00,2026-11-01 18:50:00`,
        'Nobody,nobody@nowhere.example,2026-11-01 18:00:00,2026-11-01 18:30:00',
        'Broken,not-an-email,2026-11-01 18:00:00,2026-11-01 18:30:00',
        `Backwards,${ada.email},2026-11-01 19:00:00,2026-11-01 18:00:00`,
      ].join('\n');
      return { session, ada, grace, csv };
    }

    it('dry-run reports every row problem with its line and writes nothing', async () => {
      const { session, csv } = await scenario();
      const response = await upload(session.slug, csv, '?dryRun=true');
      expect(response.statusCode).toBe(200);
      const report = response.json();
      expect(report).toMatchObject({ dryRun: true, applied: false, totalRecords: 6, validLearners: 2, recorded: 2, newlyCompleted: 2, pendingCount: 1 });
      expect(errorsOf(report)).toEqual([
        [6, 'email', 'isEmail'],
        [7, 'leaveTime', 'leaveAfterJoin'],
      ]);
      expect(await prisma.completionEvent.count({ where: { sessionId: session.id } })).toBe(0);
    });

    it('atomic mode applies nothing when any row is invalid', async () => {
      const { session, csv } = await scenario();
      const response = await upload(session.slug, csv, '?atomic=true');
      expect(response.statusCode).toBe(422);
      expect(response.json().errors).toHaveLength(2);
      expect(await prisma.completionEvent.count({ where: { sessionId: session.id } })).toBe(0);
      expect(await prisma.attendanceImport.count({ where: { sessionId: session.id } })).toBe(0);
      expect(await prisma.pendingAttendance.count({ where: { sessionId: session.id } })).toBe(0);
    });

    it('applies the valid rows in one go, merging rejoins, and a re-import changes nothing', async () => {
      const { session, ada, grace, csv } = await scenario();
      const first = (await upload(session.slug, csv)).json();
      expect(first).toMatchObject({ applied: true, recorded: 2, unchanged: 0, newlyCompleted: 2, unlocked: 2, importId: expect.any(String), pendingRecorded: 1 });
      const adaEvent = await prisma.completionEvent.findFirstOrThrow({ where: { userId: ada.id, sessionId: session.id } });
      expect(adaEvent).toMatchObject({ source: 'ATTENDANCE_IMPORT', minutesAttended: 55, importId: first.importId });
      expect(await prisma.sessionCompletion.count({ where: { userId: { in: [ada.id, grace.id] } } })).toBe(2);

      const again = (await upload(session.slug, csv)).json();
      expect(again).toMatchObject({ applied: true, recorded: 0, unchanged: 2, newlyCompleted: 0, unlocked: 0, pendingRecorded: 0 });
      expect(await prisma.completionEvent.count({ where: { sessionId: session.id } })).toBe(2);
    });

    it('rejects a file without the columns it needs, an empty body, and learners calling it', async () => {
      const { session } = await scenario();
      const headerless = await upload(session.slug, 'foo,bar\n1,2\n');
      expect(headerless.statusCode).toBe(422);
      expect(headerless.json().errors[0]).toMatchObject({ field: 'header', rule: 'knownLayout' });
      const empty = await upload(session.slug, '');
      expect(empty.statusCode).toBe(400);
      const learner = await registerLearner(app);
      const forbidden = await app.inject({
        method: 'POST',
        url: `/api/v1/admin/sessions/${session.slug}/attendance-imports`,
        headers: { ...learner.auth, 'content-type': 'text/csv' },
        payload: 'email,minutes\na@b.example,60\n',
      });
      expect(forbidden.statusCode).toBe(403);
    });
  });
});
