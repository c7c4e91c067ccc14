import { parseConfig } from '@stacks/config';
import { PrismaService } from '@stacks/db';
import { jobIdOf, JobName, QueueName } from '@stacks/queue-contracts';
import { redisConnectionOptions } from '@stacks/queues';
import { Queue } from 'bullmq';
import { createAdmin, registerLearner, type TestAccount } from '../../testing/accounts.js';
import { createSeriesFixture } from '../../testing/catalogue-fixture.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('completion events, series rules and unlocks', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let queue: Queue;
  beforeAll(async () => {
    app = await startTestApp();
    prisma = app.nest.get(PrismaService);
    const config = parseConfig(process.env);
    queue = new Queue(QueueName.LearningEvents, { connection: redisConnectionOptions(config.REDIS_URL), prefix: config.QUEUE_PREFIX });
  });
  afterAll(async () => {
    await queue.close();
    await app.close();
  });

  const watch = (learner: TestAccount, session: string, viewedPercent: number, idempotencyKey?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/me/completion-events',
      headers: { ...learner.auth, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
      payload: { session, source: 'RECORDING_VIEWED', viewedPercent },
    });

  it('counts a recording only once the viewed share reaches 80 %, keeping the highest report', async () => {
    const fixture = await createSeriesFixture(prisma);
    const learner = await registerLearner(app);
    const half = await watch(learner, fixture.sessionSlugs[0], 50);
    expect(half.statusCode).toBe(201);
    expect(half.json()).toMatchObject({ viewedPercent: 50, sessionCompleted: false, duplicate: false });

    const lower = await watch(learner, fixture.sessionSlugs[0], 30);
    expect(lower.statusCode).toBe(200);
    expect(lower.json()).toMatchObject({ viewedPercent: 50, duplicate: true });

    const enough = await watch(learner, fixture.sessionSlugs[0], 80);
    expect(enough.statusCode).toBe(201);
    expect(enough.json()).toMatchObject({ viewedPercent: 80, sessionCompleted: true });
    expect(await prisma.sessionCompletion.count({ where: { userId: learner.id } })).toBe(1);
  });

  it('completing all three sessions unlocks the series once and queues one event for it', async () => {
    const fixture = await createSeriesFixture(prisma);
    const learner = await registerLearner(app);
    const results = [];
    for (const session of fixture.sessionSlugs) results.push((await watch(learner, session, 100)).json());
    expect(results.map((result) => result.unlocked)).toEqual([[], [], [{ series: fixture.seriesSlug, unlockTitle: 'Invitation to the test workshop' }]]);

    const again = await watch(learner, fixture.sessionSlugs[2], 100);
    expect(again.json()).toMatchObject({ duplicate: true, unlocked: [] });
    expect(await prisma.seriesUnlock.count({ where: { userId: learner.id } })).toBe(1);

    const jobId = jobIdOf(JobName.SeriesUnlocked, { userId: learner.id, seriesId: fixture.seriesId });
    const job = await queue.getJob(jobId);
    expect(job?.name).toBe('series-unlocked');
    expect(job?.data).toMatchObject({ userId: learner.id, seriesId: fixture.seriesId, seriesSlug: fixture.seriesSlug });
    expect(await prisma.outboxEvent.count({ where: { jobId, publishedAt: null } })).toBe(0);
  });

  it('a replayed Idempotency-Key returns the first result and never double-counts', async () => {
    const fixture = await createSeriesFixture(prisma);
    const learner = await registerLearner(app);
    const first = await watch(learner, fixture.sessionSlugs[0], 90, 'key-00000001');
    const replay = await watch(learner, fixture.sessionSlugs[0], 90, 'key-00000001');
    expect(first.statusCode).toBe(201);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toMatchObject({ eventId: first.json().eventId, duplicate: true, sessionCompleted: true });

    const misuse = await watch(learner, fixture.sessionSlugs[1], 90, 'key-00000001');
    expect(misuse.statusCode).toBe(422);
    expect(misuse.json().errors[0]).toMatchObject({ field: 'Idempotency-Key', rule: 'unique' });
    expect(await prisma.completionEvent.count({ where: { userId: learner.id } })).toBe(1);
  });

  it('parallel duplicates of one event make one event and one completion', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 1 });
    const learner = await registerLearner(app);
    const responses = await Promise.all(Array.from({ length: 12 }, () => watch(learner, fixture.sessionSlugs[0], 100)));
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(await prisma.completionEvent.count({ where: { userId: learner.id } })).toBe(1);
    expect(await prisma.sessionCompletion.count({ where: { userId: learner.id } })).toBe(1);
    expect(await prisma.seriesUnlock.count({ where: { userId: learner.id } })).toBe(1);
  });

  it('finishing the last two sessions at the same moment still unlocks exactly once', async () => {
    for (let round = 0; round < 3; round += 1) {
      const fixture = await createSeriesFixture(prisma);
      const learner = await registerLearner(app);
      await watch(learner, fixture.sessionSlugs[0], 100);
      const racing = await Promise.all([
        watch(learner, fixture.sessionSlugs[1], 100),
        watch(learner, fixture.sessionSlugs[2], 100),
        watch(learner, fixture.sessionSlugs[1], 100),
        watch(learner, fixture.sessionSlugs[2], 100),
      ]);
      const unlocks = racing.flatMap((response) => response.json().unlocked);
      expect(unlocks).toHaveLength(1);
      expect(await prisma.seriesUnlock.count({ where: { userId: learner.id, seriesId: fixture.seriesId } })).toBe(1);
      expect(await prisma.outboxEvent.count({ where: { jobName: 'series-unlocked', payload: { path: ['userId'], equals: learner.id } } })).toBe(1);
    }
  });

  it('an ANY_K series unlocks after k of its sessions', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 4, rule: 'ANY_K', requiredCount: 2 });
    const learner = await registerLearner(app);
    expect((await watch(learner, fixture.sessionSlugs[3], 100)).json().unlocked).toEqual([]);
    expect((await watch(learner, fixture.sessionSlugs[1], 100)).json().unlocked).toHaveLength(1);
  });

  it('rejects bad events with the field and the rule, and writes nothing', async () => {
    const fixture = await createSeriesFixture(prisma, { startsAt: new Date(Date.now() + 86_400_000) });
    const learner = await registerLearner(app);
    const cases: [object, number, string][] = [
      [{ session: fixture.sessionSlugs[0], source: 'RECORDING_VIEWED' }, 400, 'viewedPercent'],
      [{ session: fixture.sessionSlugs[0], source: 'RECORDING_VIEWED', viewedPercent: 101 }, 400, 'viewedPercent'],
      [{ session: fixture.sessionSlugs[0], source: 'ADMIN_MARK' }, 400, 'source'],
      [{ session: fixture.sessionSlugs[0], source: 'RECORDING_VIEWED', viewedPercent: 90, occurredAt: '2999-01-01T00:00:00Z' }, 400, 'occurredAt'],
      [{ session: 'no-such-session', source: 'RECORDING_VIEWED', viewedPercent: 90 }, 404, 'session'],
      [{ session: fixture.sessionSlugs[0], source: 'RECORDING_VIEWED', viewedPercent: 90, extra: 1 }, 400, 'extra'],
    ];
    for (const [payload, status, field] of cases) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/me/completion-events', headers: learner.auth, payload });
      expect({ field, status: response.statusCode }).toEqual({ field, status });
      expect(response.json().errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    const notStarted = await app.inject({
      method: 'POST',
      url: '/api/v1/me/completion-events',
      headers: learner.auth,
      payload: { session: fixture.sessionSlugs[0], source: 'LIVE_ATTENDANCE' },
    });
    expect(notStarted.statusCode).toBe(409);
    expect(await prisma.completionEvent.count({ where: { userId: learner.id } })).toBe(0);
  });

  it('admins can mark a completion for a learner, audited; learners cannot', async () => {
    const fixture = await createSeriesFixture(prisma);
    const learner = await registerLearner(app);
    const admin = await createAdmin(app, prisma);
    const payload = { userId: learner.id, session: fixture.sessionSlugs[0] };
    const forbidden = await app.inject({ method: 'POST', url: '/api/v1/admin/completion-events', headers: learner.auth, payload });
    expect(forbidden.statusCode).toBe(403);
    const marked = await app.inject({ method: 'POST', url: '/api/v1/admin/completion-events', headers: admin.auth, payload });
    expect(marked.statusCode).toBe(201);
    expect(marked.json()).toMatchObject({ source: 'ADMIN_MARK', sessionCompleted: true });
    expect(await prisma.auditEntry.count({ where: { actorId: admin.id, action: 'completion.admin-mark', subjectId: learner.id } })).toBe(1);
    const repeat = await app.inject({ method: 'POST', url: '/api/v1/admin/completion-events', headers: admin.auth, payload });
    expect(repeat.statusCode).toBe(200);
  });

  it('a view below the threshold reports a completion earned by other evidence', async () => {
    const fixture = await createSeriesFixture(prisma);
    const learner = await registerLearner(app);
    const admin = await createAdmin(app, prisma);
    const marked = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/completion-events',
      headers: admin.auth,
      payload: { userId: learner.id, session: fixture.sessionSlugs[0] },
    });
    expect(marked.statusCode).toBe(201);
    const partial = await watch(learner, fixture.sessionSlugs[0], 40);
    expect(partial.statusCode).toBe(201);
    expect(partial.json()).toMatchObject({ viewedPercent: 40, sessionCompleted: true, duplicate: false });
    expect(await prisma.sessionCompletion.count({ where: { userId: learner.id } })).toBe(1);
  });

  it('a lowered threshold completes a session on the next report, even one below the old mark', async () => {
    const fixture = await createSeriesFixture(prisma);
    const learner = await registerLearner(app);
    expect((await watch(learner, fixture.sessionSlugs[0], 60)).json()).toMatchObject({ sessionCompleted: false });

    const lenient = await startTestApp({ RECORDING_COMPLETION_PERCENT: '50' });
    try {
      // Each app signs tokens with its own key: sign in again on the second one.
      const login = await lenient.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: learner.email, password: learner.password } });
      const report = await lenient.inject({
        method: 'POST',
        url: '/api/v1/me/completion-events',
        headers: { authorization: `Bearer ${login.json().accessToken}` },
        payload: { session: fixture.sessionSlugs[0], source: 'RECORDING_VIEWED', viewedPercent: 30 },
      });
      // The report itself changed nothing, but it created the completion: 201.
      expect(report.statusCode).toBe(201);
      expect(report.json()).toMatchObject({ viewedPercent: 60, sessionCompleted: true, duplicate: false });
      expect(await prisma.sessionCompletion.count({ where: { userId: learner.id } })).toBe(1);
    } finally {
      await lenient.close();
    }
  });
});
