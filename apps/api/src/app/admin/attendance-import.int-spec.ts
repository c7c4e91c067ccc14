import { PrismaService } from '@stacks/db';
import { createAdmin, registerLearner, type TestAccount } from '../../testing/accounts.js';
import { createSeriesFixture } from '../../testing/catalogue-fixture.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('attendance import', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let admin: TestAccount;
  beforeAll(async () => {
    app = await startTestApp();
    prisma = app.nest.get(PrismaService);
    admin = await createAdmin(app, prisma);
  });
  afterAll(() => app.close());

  const upload = (session: string, csv: string, query = '') =>
    app.inject({
      method: 'POST',
      url: `/api/v1/admin/sessions/${session}/attendance-imports${query}`,
      headers: { ...admin.auth, 'content-type': 'text/csv' },
      payload: csv,
    });

  async function scenario() {
    const fixture = await createSeriesFixture(prisma, { sessions: 1, startsAt: new Date('2026-11-01T18:00:00Z') });
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
    return { fixture, ada, grace, csv };
  }

  it('dry-run reports every row problem with its line and writes nothing', async () => {
    const { fixture, csv } = await scenario();
    const response = await upload(fixture.sessionSlugs[0], csv, '?dryRun=true');
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ dryRun: true, applied: false, totalRecords: 6, validLearners: 2, recorded: 2, newlyCompleted: 2 });
    expect(report.errors.map((error: { line: number; field: string; rule: string }) => [error.line, error.field, error.rule])).toEqual([
      [5, 'email', 'knownLearner'],
      [6, 'email', 'isEmail'],
      [7, 'leaveTime', 'leaveAfterJoin'],
    ]);
    expect(await prisma.completionEvent.count({ where: { sessionId: fixture.sessionIds[0] } })).toBe(0);
  });

  it('atomic mode applies nothing when any row is invalid', async () => {
    const { fixture, csv } = await scenario();
    const response = await upload(fixture.sessionSlugs[0], csv, '?atomic=true');
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toHaveLength(3);
    expect(await prisma.completionEvent.count({ where: { sessionId: fixture.sessionIds[0] } })).toBe(0);
    expect(await prisma.attendanceImport.count({ where: { sessionId: fixture.sessionIds[0] } })).toBe(0);
  });

  it('applies the valid rows in one go, merging rejoins, and a re-import changes nothing', async () => {
    const { fixture, ada, grace, csv } = await scenario();
    const first = (await upload(fixture.sessionSlugs[0], csv)).json();
    expect(first).toMatchObject({ applied: true, recorded: 2, unchanged: 0, newlyCompleted: 2, unlocked: 2, importId: expect.any(String) });
    const adaEvent = await prisma.completionEvent.findFirstOrThrow({ where: { userId: ada.id, sessionId: fixture.sessionIds[0] } });
    expect(adaEvent).toMatchObject({ source: 'ATTENDANCE_IMPORT', minutesAttended: 55, importId: first.importId });
    expect(await prisma.sessionCompletion.count({ where: { userId: { in: [ada.id, grace.id] } } })).toBe(2);

    const again = (await upload(fixture.sessionSlugs[0], csv)).json();
    expect(again).toMatchObject({ applied: true, recorded: 0, unchanged: 2, newlyCompleted: 0, unlocked: 0 });
    expect(await prisma.completionEvent.count({ where: { sessionId: fixture.sessionIds[0] } })).toBe(2);
  });

  it('rejects a file without the columns it needs, an empty body, and learners calling it', async () => {
    const { fixture } = await scenario();
    const headerless = await upload(fixture.sessionSlugs[0], 'foo,bar\n1,2\n');
    expect(headerless.json().errors[0]).toMatchObject({ field: 'header' });
    const empty = await upload(fixture.sessionSlugs[0], '');
    expect(empty.statusCode).toBe(400);
    const learner = await registerLearner(app);
    const forbidden = await app.inject({
      method: 'POST',
      url: `/api/v1/admin/sessions/${fixture.sessionSlugs[0]}/attendance-imports`,
      headers: { ...learner.auth, 'content-type': 'text/csv' },
      payload: 'email,minutes\na@b.example,60\n',
    });
    expect(forbidden.statusCode).toBe(403);
  });
});
