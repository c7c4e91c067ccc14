import { PrismaService } from '@stacks/db';
import { createAdmin, registerLearner } from '../../testing/accounts.js';
import { createSeriesFixture } from '../../testing/catalogue-fixture.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('enrolment with capacity and waitlist', () => {
  let app: TestApp;
  let prisma: PrismaService;
  beforeAll(async () => {
    app = await startTestApp();
    prisma = app.nest.get(PrismaService);
  });
  afterAll(() => app.close());

  const tomorrow = () => new Date(Date.now() + 86_400_000);
  const enrol = (auth: Record<string, string>, session: string) => app.inject({ method: 'PUT', url: `/api/v1/sessions/${session}/enrolment`, headers: auth });
  const cancel = (auth: Record<string, string>, session: string) => app.inject({ method: 'DELETE', url: `/api/v1/sessions/${session}/enrolment`, headers: auth });

  it('enrols up to capacity, waitlists the rest in order, and promotes the earliest when a seat frees', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 1, capacity: 2, startsAt: tomorrow() });
    const session = fixture.sessionSlugs[0];
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map((n) => registerLearner(app, `Seat${n}`)));
    expect((await enrol(a.auth, session)).json().status).toBe('ENROLLED');
    expect((await enrol(b.auth, session)).json().status).toBe('ENROLLED');
    const third = await enrol(c.auth, session);
    expect(third.statusCode).toBe(201);
    expect(third.json()).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    expect((await enrol(d.auth, session)).json()).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });

    const repeat = await enrol(c.auth, session);
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json()).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });

    expect((await cancel(a.auth, session)).statusCode).toBe(204);
    expect((await cancel(a.auth, session)).statusCode).toBe(204);
    const mine = await app.inject({ method: 'GET', url: '/api/v1/me/enrolments', headers: c.auth });
    expect(mine.json()).toEqual([expect.objectContaining({ status: 'ENROLLED', waitlistPosition: null })]);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me/enrolments', headers: d.auth })).json()[0]).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });
    const detail = await app.inject({ method: 'GET', url: `/api/v1/sessions/${session}` });
    expect(detail.json()).toMatchObject({ seatsLeft: 0, waitlisted: 1 });
  });

  it('never oversells a session when many learners enrol at once', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 1, capacity: 3, startsAt: tomorrow() });
    const learners = await Promise.all(Array.from({ length: 10 }, (_, n) => registerLearner(app, `Rush${n}`)));
    const responses = await Promise.all(learners.map((learner) => enrol(learner.auth, fixture.sessionSlugs[0])));
    const statuses = responses.map((response) => response.json().status);
    expect(statuses.filter((status) => status === 'ENROLLED')).toHaveLength(3);
    expect(statuses.filter((status) => status === 'WAITLISTED')).toHaveLength(7);
    expect(await prisma.enrolment.count({ where: { sessionId: fixture.sessionIds[0], status: 'ENROLLED' } })).toBe(3);
  });

  it('refuses cancelled sessions and sessions already over with 409; unknown ones with 404', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 2, startsAt: new Date(Date.now() - 7 * 86_400_000) });
    const learner = await registerLearner(app);
    const admin = await createAdmin(app, prisma);
    expect((await enrol(learner.auth, fixture.sessionSlugs[0])).statusCode).toBe(409);
    await app.inject({ method: 'POST', url: `/api/v1/admin/sessions/${fixture.sessionSlugs[1]}/cancel`, headers: admin.auth });
    const cancelled = await enrol(learner.auth, fixture.sessionSlugs[1]);
    expect(cancelled.statusCode).toBe(409);
    expect(cancelled.json().type).toMatch(/session-cancelled$/);
    expect((await enrol(learner.auth, 'no-such-session')).statusCode).toBe(404);
    expect((await cancel(learner.auth, fixture.sessionSlugs[1])).statusCode).toBe(404);
  });
});
