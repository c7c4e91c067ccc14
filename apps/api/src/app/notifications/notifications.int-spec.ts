import { randomUUID } from 'node:crypto';
import { PrismaService } from '@stacks/db';
import { JobName, QueueName } from '@stacks/queue-contracts';
import { notificationLinkSecret, signUnsubscribeToken } from '@stacks/notifications';
import { createAdmin, registerLearner, type TestAccount } from '../../testing/accounts.js';
import { createSeriesFixture } from '../../testing/catalogue-fixture.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { issueDashboardToken } from '../queues-dashboard/dashboard-cookie.js';

const JWT_SECRET = 'queues-dashboard-test-secret-0123456789abcdef';

describe('notifications: preferences, one-click unsubscribe, reminder outbox, dead letters, queue dashboard', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let learner: TestAccount;
  let admin: TestAccount;

  beforeAll(async () => {
    app = await startTestApp({ JWT_ACCESS_SECRET: JWT_SECRET });
    prisma = app.nest.get(PrismaService);
    learner = await registerLearner(app, 'Notified');
    admin = await createAdmin(app, prisma);
  });
  afterAll(() => app.close());

  const preferences = { emailEnabled: true, discordEnabled: false, remindersEnabled: true, nudgesEnabled: false, weeklyDigest: true, quietHoursStart: 1320, quietHoursEnd: 420, subscribed: true };

  it('returns defaults, replaces preferences idempotently, and names the field of a bad request', async () => {
    const fresh = await registerLearner(app, 'Defaults');
    const initial = await app.inject({ method: 'GET', url: '/api/v1/me/notification-preferences', headers: fresh.auth });
    expect(initial.json()).toMatchObject({ emailEnabled: true, discordEnabled: true, remindersEnabled: true, quietHoursStart: null, subscribed: true, discordLinked: false });

    for (let round = 0; round < 2; round += 1) {
      const put = await app.inject({ method: 'PUT', url: '/api/v1/me/notification-preferences', headers: fresh.auth, payload: preferences });
      expect(put.statusCode).toBe(200);
      expect(put.json()).toMatchObject({ ...preferences, unsubscribedAt: null });
    }
    const unpaired = await app.inject({ method: 'PUT', url: '/api/v1/me/notification-preferences', headers: fresh.auth, payload: { ...preferences, quietHoursEnd: null } });
    expect(unpaired.statusCode).toBe(400);
    expect(unpaired.json().errors).toEqual([expect.objectContaining({ field: 'quietHoursEnd' })]);
    const outOfRange = await app.inject({ method: 'PUT', url: '/api/v1/me/notification-preferences', headers: fresh.auth, payload: { ...preferences, quietHoursStart: 1440 } });
    expect(outOfRange.statusCode).toBe(400);
    expect(JSON.stringify(outOfRange.json().errors)).toContain('quietHoursStart');
    const unknown = await app.inject({ method: 'PUT', url: '/api/v1/me/notification-preferences', headers: fresh.auth, payload: { ...preferences, userId: admin.id } });
    expect(unknown.statusCode).toBe(400);
  });

  it('unsubscribes with the signed one-click link (form POST), once, and refuses a forged token; GET changes nothing', async () => {
    const token = signUnsubscribeToken(learner.id, notificationLinkSecret(undefined, 'test'), new Date(Date.now() + 86_400_000));
    const url = `/api/v1/notifications/unsubscribe?token=${encodeURIComponent(token)}`;
    const page = await app.inject({ method: 'GET', url });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<form method="post"');
    expect((await prisma.notificationPreference.findUnique({ where: { userId: learner.id } }))?.unsubscribedAt ?? null).toBeNull();

    const oneClick = () => app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect((await oneClick()).statusCode).toBe(204);
    const first = (await prisma.notificationPreference.findUniqueOrThrow({ where: { userId: learner.id } })).unsubscribedAt;
    expect(first).toBeInstanceOf(Date);
    expect((await oneClick()).statusCode).toBe(204);
    expect((await prisma.notificationPreference.findUniqueOrThrow({ where: { userId: learner.id } })).unsubscribedAt).toEqual(first);
    const mine = await app.inject({ method: 'GET', url: '/api/v1/me/notification-preferences', headers: learner.auth });
    expect(mine.json()).toMatchObject({ subscribed: false });

    const forged = await app.inject({ method: 'POST', url: `/api/v1/notifications/unsubscribe?token=${token.slice(0, -2)}xx` });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().errors).toEqual([expect.objectContaining({ field: 'token' })]);
  });

  it('refuses an unsubscribe link past its expiry and changes nothing', async () => {
    const fresh = await registerLearner(app, 'Lapsed');
    const expired = signUnsubscribeToken(fresh.id, notificationLinkSecret(undefined, 'test'), new Date(Date.now() - 1000));
    const response = await app.inject({ method: 'POST', url: `/api/v1/notifications/unsubscribe?token=${encodeURIComponent(expired)}` });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'token', message: expect.stringContaining('expired') })]);
    expect(await prisma.notificationPreference.findUnique({ where: { userId: fresh.id } })).toBeNull();
  });

  it('writes a reminders outbox event with each enrolment change and reschedule, in the same transaction', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 1, startsAt: new Date(Date.now() + 2 * 86_400_000) });
    const [sessionId, slug] = [fixture.sessionIds[0], fixture.sessionSlugs[0]];
    const events = () =>
      prisma.outboxEvent.findMany({ where: { queue: QueueName.Reminders, payload: { path: ['sessionId'], equals: sessionId } }, orderBy: { createdAt: 'asc' } });
    const enrollee = await registerLearner(app, 'Enrollee');
    expect((await app.inject({ method: 'PUT', url: `/api/v1/sessions/${slug}/enrolment`, headers: enrollee.auth })).statusCode).toBe(201);
    expect((await app.inject({ method: 'PUT', url: `/api/v1/sessions/${slug}/enrolment`, headers: enrollee.auth })).statusCode).toBe(200); // no change, no event
    expect((await app.inject({ method: 'DELETE', url: `/api/v1/sessions/${slug}/enrolment`, headers: enrollee.auth })).statusCode).toBe(204);
    const moved = await app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/sessions/${slug}`,
      headers: admin.auth,
      payload: { startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(), endsAt: new Date(Date.now() + 3 * 86_400_000 + 3_600_000).toISOString() },
    });
    expect(moved.statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: `/api/v1/admin/sessions/${slug}/cancel`, headers: admin.auth })).statusCode).toBe(200);
    const written = await events();
    expect(written.map((event) => [event.jobName, (event.payload as { reason: string }).reason, (event.payload as { userId?: string }).userId ?? null])).toEqual([
      [JobName.PlanSessionReminders, 'enrolled', enrollee.id],
      [JobName.PlanSessionReminders, 'enrolment-cancelled', enrollee.id],
      [JobName.PlanSessionReminders, 'rescheduled', null],
      [JobName.PlanSessionReminders, 'session-cancelled', null],
    ]);
    for (const event of written) expect(event.jobId).not.toContain(':');
    // The session's Discord scheduled event follows the reschedule and the cancellation; a repeated cancel changes nothing.
    expect((await app.inject({ method: 'POST', url: `/api/v1/admin/sessions/${slug}/cancel`, headers: admin.auth })).statusCode).toBe(200);
    const syncs = await prisma.outboxEvent.findMany({ where: { jobName: JobName.SyncDiscordEvent, payload: { path: ['sessionId'], equals: sessionId } }, orderBy: { createdAt: 'asc' } });
    expect(syncs).toHaveLength(2);
    expect(syncs.map((event) => event.queue)).toEqual([QueueName.Integrations, QueueName.Integrations]);
  });

  it('lists dead deliveries for admins and replays one through the outbox (audited), once', async () => {
    const dead = await prisma.notificationDelivery.create({
      data: {
        key: `badge.${randomUUID()}`,
        channel: 'EMAIL',
        kind: 'badge-notice',
        userId: learner.id,
        status: 'DEAD',
        attempts: 8,
        lastError: 'Error: connect ECONNREFUSED 127.0.0.1:25',
        job: { queue: QueueName.Notifications, name: 'badge-awarded', data: { credentialId: 'c-1' } },
        dueAt: new Date(),
      },
    });
    const list = await app.inject({ method: 'GET', url: '/api/v1/admin/notification-deliveries?status=DEAD', headers: admin.auth });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual(expect.arrayContaining([expect.objectContaining({ id: dead.id, status: 'DEAD', attempts: 8, lastError: dead.lastError })]));
    expect((await app.inject({ method: 'GET', url: '/api/v1/admin/notification-deliveries?status=SENT', headers: admin.auth })).statusCode).toBe(400);

    const replay = await app.inject({ method: 'POST', url: `/api/v1/admin/notification-deliveries/${dead.id}/replay`, headers: admin.auth });
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toMatchObject({ id: dead.id, status: 'PENDING', attempts: 0, lastError: null });
    const outbox = await prisma.outboxEvent.findFirstOrThrow({ where: { jobId: { startsWith: `replay.${dead.id}.` } } });
    expect(outbox).toMatchObject({ queue: QueueName.Notifications, jobName: 'badge-awarded', payload: { credentialId: 'c-1' } });
    expect(await prisma.auditEntry.count({ where: { action: 'notification.replay', subjectId: dead.id, actorId: admin.id } })).toBe(1);
    expect((await app.inject({ method: 'POST', url: `/api/v1/admin/notification-deliveries/${dead.id}/replay`, headers: admin.auth })).statusCode).toBe(409);
    expect((await app.inject({ method: 'POST', url: `/api/v1/admin/notification-deliveries/${randomUUID()}/replay`, headers: admin.auth })).statusCode).toBe(404);
  });

  it('serves Bull Board at /admin/queues to admins only (cookie from an admin-only route)', async () => {
    expect((await app.inject({ method: 'GET', url: '/admin/queues' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/v1/admin/queues-dashboard/session', headers: learner.auth })).statusCode).toBe(403);
    // A genuine cookie for someone who is not (or no longer) an admin is refused too.
    const learnerSession = JSON.parse(Buffer.from(learner.accessToken.split('.')[1], 'base64url').toString()).sid as string;
    const learnerCookie = `stacks_queues=${issueDashboardToken({ userId: learner.id, sessionId: learnerSession }, JWT_SECRET).token}`;
    expect((await app.inject({ method: 'GET', url: '/admin/queues', headers: { cookie: learnerCookie } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/admin/queues', headers: { cookie: 'stacks_queues=forged' } })).statusCode).toBe(401);

    const session = await app.inject({ method: 'POST', url: '/api/v1/admin/queues-dashboard/session', headers: admin.auth });
    expect(session.statusCode).toBe(200);
    const setCookie = String(session.headers['set-cookie']);
    expect(setCookie).toMatch(/^stacks_queues=[^;]+; Path=\/admin\/queues; Max-Age=900; HttpOnly; SameSite=Strict/);
    const cookie = setCookie.split(';')[0];
    const page = await app.inject({ method: 'GET', url: '/admin/queues', headers: { cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const api = await app.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: { cookie } });
    expect(api.statusCode).toBe(200);
    expect(JSON.stringify(api.json())).toContain(QueueName.Reminders);
  });
});
