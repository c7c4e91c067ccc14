import { PrismaService } from '@stacks/db';
import { createAdmin, registerLearner, type TestAccount } from '../../testing/accounts.js';
import { createSeriesFixture } from '../../testing/catalogue-fixture.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('recording heartbeats: only watched time that really elapsed counts', () => {
  let app: TestApp;
  let prisma: PrismaService;
  beforeAll(async () => {
    app = await startTestApp();
    prisma = app.nest.get(PrismaService);
  });
  afterAll(async () => {
    await app.close();
  });

  const beat = (learner: TestAccount, session: string, fromSecond: number, toSecond: number) =>
    app.inject({ method: 'POST', url: `/api/v1/me/sessions/${session}/recording-heartbeats`, headers: learner.auth, payload: { fromSecond, toSecond } });
  /** Moves the learner's last heartbeat into the past, as if that much time had passed since. */
  const letTimePass = (learner: TestAccount, sessionId: string, seconds: number) =>
    prisma.$executeRaw`UPDATE "RecordingPlayback" SET "lastHeartbeatAt" = "lastHeartbeatAt" - make_interval(secs => ${seconds}) WHERE "userId" = ${learner.id}::uuid AND "sessionId" = ${sessionId}::uuid`;

  it('gives a session an admin creates the watched-time-only rule unless told otherwise', async () => {
    const admin = await createAdmin(app, prisma);
    const fixture = await createSeriesFixture(prisma, { sessions: 1 });
    const create = (slug: string, extra: Record<string, unknown> = {}) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/admin/sessions',
        headers: admin.auth,
        payload: { program: fixture.programSlug, slug, title: 'New webinar', description: 'Made by a test.', type: 'WEBINAR', ...extra },
      });
    const plain = await create(`new-webinar-${fixture.sessionIds[0].slice(0, 8)}`);
    expect(plain.statusCode).toBe(201);
    expect(plain.json().completion).toEqual({ recordingCompletion: 'WATCHED_TIME_ONLY', attendanceMinMinutes: null, attendanceMinPercent: null });
    const lenient = await create(`lenient-webinar-${fixture.sessionIds[0].slice(0, 8)}`, { recordingCompletion: 'SELF_REPORT_ALLOWED', attendanceMinPercent: 75 });
    expect(lenient.json().completion).toEqual({ recordingCompletion: 'SELF_REPORT_ALLOWED', attendanceMinMinutes: null, attendanceMinPercent: 75 });
  });

  it('refuses a plain "92 %" self-report on a watched-time-only session, naming the rule', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 1, recordingCompletion: 'WATCHED_TIME_ONLY' });
    const learner = await registerLearner(app);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/me/completion-events',
      headers: learner.auth,
      payload: { session: fixture.sessionSlugs[0], source: 'RECORDING_VIEWED', viewedPercent: 92 },
    });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors[0]).toMatchObject({ field: 'viewedPercent', rule: 'watchedTimeOnly' });
    expect(await prisma.completionEvent.count({ where: { userId: learner.id } })).toBe(0);
  });

  it('credits a one-second "92 %" heartbeat with the second that passed, not 92 %', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 1, recordingCompletion: 'WATCHED_TIME_ONLY' });
    const learner = await registerLearner(app);
    const slug = fixture.sessionSlugs[0];
    const start = await beat(learner, slug, 0, 0);
    expect(start.statusCode).toBe(200);
    expect(start.json()).toMatchObject({ credited: null, watchedSeconds: 0 });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const claim = await beat(learner, slug, 0, 3312); // 92 % of the 60-minute recording
    expect(claim.statusCode).toBe(200);
    const body = claim.json();
    expect(body).toMatchObject({ limitedBy: 'wall-clock', watchedPercent: 0, sessionCompleted: false });
    expect(body.watchedSeconds).toBeGreaterThanOrEqual(1);
    expect(body.watchedSeconds).toBeLessThanOrEqual(3);
    expect(await prisma.sessionCompletion.count({ where: { userId: learner.id } })).toBe(0);
  });

  it('completes the session once real playback covers the threshold, counting re-watched parts once', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 1, recordingCompletion: 'WATCHED_TIME_ONLY' });
    await prisma.session.update({ where: { id: fixture.sessionIds[0] }, data: { recordingMinutes: 2 } }); // 120 s, 80 % = 96 s
    const learner = await registerLearner(app);
    const [slug, sessionId] = [fixture.sessionSlugs[0], fixture.sessionIds[0]];
    await beat(learner, slug, 0, 0);
    const watched: number[] = [];
    for (const [from, to] of [[0, 50], [0, 50], [50, 90], [90, 100]]) {
      await letTimePass(learner, sessionId, 50);
      const response = await beat(learner, slug, from, to);
      expect(response.statusCode).toBe(200);
      watched.push(response.json().watchedSeconds);
    }
    expect(watched).toEqual([50, 50, 90, 100]);
    const completion = await prisma.sessionCompletion.findMany({ where: { userId: learner.id, sessionId } });
    expect(completion).toEqual([expect.objectContaining({ source: 'RECORDING_VIEWED' })]);
    const event = await prisma.completionEvent.findFirstOrThrow({ where: { userId: learner.id, sessionId } });
    expect(event.viewedPercent).toBe(83);
  });

  it('keeps one learner’s playback apart from another’s and needs a signed-in learner', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 1, recordingCompletion: 'WATCHED_TIME_ONLY' });
    const [first, second] = [await registerLearner(app), await registerLearner(app)];
    const slug = fixture.sessionSlugs[0];
    await beat(first, slug, 0, 0);
    await letTimePass(first, fixture.sessionIds[0], 30);
    // The second learner's first heartbeat only starts their own clock.
    expect((await beat(second, slug, 0, 30)).json()).toMatchObject({ watchedSeconds: 0 });
    expect((await beat(first, slug, 0, 30)).json()).toMatchObject({ watchedSeconds: 30 });
    const anonymous = await app.inject({ method: 'POST', url: `/api/v1/me/sessions/${slug}/recording-heartbeats`, payload: { fromSecond: 0, toSecond: 1 } });
    expect(anonymous.statusCode).toBe(401);
  });

  it('names the field of a malformed heartbeat and refuses a recording with no length', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 1 });
    const learner = await registerLearner(app);
    const bad = await app.inject({
      method: 'POST',
      url: `/api/v1/me/sessions/${fixture.sessionSlugs[0]}/recording-heartbeats`,
      headers: learner.auth,
      payload: { fromSecond: -1, toSecond: 'soon' },
    });
    expect(bad.statusCode).toBe(400);
    expect(new Set(bad.json().errors.map((error: { field: string }) => error.field))).toEqual(new Set(['fromSecond', 'toSecond']));
    await prisma.session.update({ where: { id: fixture.sessionIds[0] }, data: { recordingMinutes: null } });
    const unknown = await beat(learner, fixture.sessionSlugs[0], 0, 10);
    expect(unknown.statusCode).toBe(409);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'session', rule: 'recordingMinutes' });
  });
});
