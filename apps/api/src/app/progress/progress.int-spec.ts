import { PrismaService } from '@stacks/db';
import { createAdmin, registerLearner, type TestAccount } from '../../testing/accounts.js';
import { createSeriesFixture } from '../../testing/catalogue-fixture.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('progress, transcript and the completion funnel', () => {
  let app: TestApp;
  let prisma: PrismaService;
  beforeAll(async () => {
    app = await startTestApp();
    prisma = app.nest.get(PrismaService);
  });
  afterAll(() => app.close());

  const watch = (learner: TestAccount, session: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/me/completion-events',
      headers: learner.auth,
      payload: { session, source: 'RECORDING_VIEWED', viewedPercent: 100 },
    });

  it('shows what is done, what remains, the percentage and what the series unlocks', async () => {
    const fixture = await createSeriesFixture(prisma);
    const learner = await registerLearner(app);
    await watch(learner, fixture.sessionSlugs[0]);
    await watch(learner, fixture.sessionSlugs[1]);

    const response = await app.inject({ method: 'GET', url: `/api/v1/me/progress/${fixture.seriesSlug}`, headers: learner.auth });
    expect(response.statusCode).toBe(200);
    const progress = response.json();
    expect(progress).toMatchObject({
      series: fixture.seriesSlug,
      totalSessions: 3,
      requiredSessions: 3,
      percentage: 66,
      satisfied: false,
      neededCount: 1,
      next: { slug: fixture.sessionSlugs[2], availableNow: true },
      unlock: { title: 'Invitation to the test workshop', unlockedAt: null },
    });
    expect(progress.done.map((session: { slug: string }) => session.slug)).toEqual(fixture.sessionSlugs.slice(0, 2));
    expect(progress.remaining.map((session: { slug: string }) => session.slug)).toEqual([fixture.sessionSlugs[2]]);
    expect(progress.requirement).toContain('Complete 1 more session');

    await watch(learner, fixture.sessionSlugs[2]);
    const all = (await app.inject({ method: 'GET', url: '/api/v1/me/progress', headers: learner.auth })).json();
    expect(all).toEqual([expect.objectContaining({ series: fixture.seriesSlug, percentage: 100, satisfied: true })]);
    expect(all[0].unlock.unlockedAt).not.toBeNull();
  });

  it('keeps each learner’s progress to themselves', async () => {
    const fixture = await createSeriesFixture(prisma);
    const [owner, other] = [await registerLearner(app, 'Owner'), await registerLearner(app, 'Other')];
    await watch(owner, fixture.sessionSlugs[0]);
    const theirs = (await app.inject({ method: 'GET', url: `/api/v1/me/progress/${fixture.seriesSlug}`, headers: other.auth })).json();
    expect(theirs.done).toEqual([]);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me/progress', headers: other.auth })).json()).toEqual([]);
    const forbidden = await app.inject({ method: 'GET', url: `/api/v1/admin/learners/${owner.id}/progress`, headers: other.auth });
    expect(forbidden.statusCode).toBe(403);
  });

  it('builds a transcript with hours and dates', async () => {
    const fixture = await createSeriesFixture(prisma);
    const learner = await registerLearner(app);
    await watch(learner, fixture.sessionSlugs[0]);
    await watch(learner, fixture.sessionSlugs[1]);
    const transcript = (await app.inject({ method: 'GET', url: '/api/v1/me/transcript', headers: learner.auth })).json();
    expect(transcript).toMatchObject({ sessionsCompleted: 2, totalHours: 2 });
    expect(transcript.items[0]).toMatchObject({ hours: 1, source: 'RECORDING_VIEWED', seriesTitle: expect.any(String) });
  });

  it('gives admins per-learner views and a completion funnel per series', async () => {
    const fixture = await createSeriesFixture(prisma);
    const admin = await createAdmin(app, prisma);
    const learners = await Promise.all([0, 1, 2].map((n) => registerLearner(app, `Funnel${n}`)));
    await watch(learners[0], fixture.sessionSlugs[0]);
    for (const session of fixture.sessionSlugs) await watch(learners[1], session);
    await app.inject({ method: 'PUT', url: `/api/v1/sessions/${fixture.sessionSlugs[0]}/enrolment`, headers: learners[2].auth });

    const funnel = (await app.inject({ method: 'GET', url: `/api/v1/admin/series/${fixture.seriesSlug}/funnel`, headers: admin.auth })).json();
    expect(funnel).toEqual({
      series: fixture.seriesSlug,
      totalSessions: 3,
      requiredSessions: 3,
      enrolled: 1,
      started: 2,
      byCompletedCount: [
        { completed: 1, learners: 1 },
        { completed: 3, learners: 1 },
      ],
      unlocked: 1,
    });
    const progress = await app.inject({ method: 'GET', url: `/api/v1/admin/learners/${learners[1].id}/progress`, headers: admin.auth });
    expect(progress.json()[0]).toMatchObject({ series: fixture.seriesSlug, satisfied: true });
    const search = await app.inject({ method: 'GET', url: `/api/v1/admin/learners?q=${learners[1].email}`, headers: admin.auth });
    expect(search.json().items).toEqual([expect.objectContaining({ id: learners[1].id, sessionsCompleted: 3 })]);
    expect((await app.inject({ method: 'GET', url: '/api/v1/admin/learners/not-a-uuid/progress', headers: admin.auth })).statusCode).toBe(400);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/admin/learners/00000000-0000-4000-8000-000000000000/transcript', headers: admin.auth })).statusCode,
    ).toBe(404);
  });
});
