import { PrismaService } from '@stacks/db';
import { QueueName } from '@stacks/queue-contracts';
import { createAdmin, type TestAccount } from '../../testing/accounts.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('the queue dashboard session', () => {
  let app: TestApp;
  let prisma: PrismaService;
  beforeAll(async () => {
    app = await startTestApp();
    prisma = app.nest.get(PrismaService);
  });
  afterAll(() => app.close());

  async function openDashboard(admin: TestAccount): Promise<string> {
    const session = await app.inject({ method: 'POST', url: '/api/v1/admin/queues-dashboard/session', headers: admin.auth });
    expect(session.statusCode).toBe(200);
    return String(session.headers['set-cookie']).split(';')[0];
  }
  const pause = (cookie: string, method: 'PUT' | 'GET' = 'PUT') =>
    app.inject({ method, url: `/admin/queues/api/queues/${QueueName.Reminders}/${method === 'PUT' ? 'pause' : ''}`, headers: { cookie } });

  it('ends with the sign-in that opened it', async () => {
    const admin = await createAdmin(app, prisma);
    const cookie = await openDashboard(admin);
    expect((await app.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: { cookie } })).statusCode).toBe(200);

    expect((await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: admin.auth })).statusCode).toBe(204);
    const afterLogout = await app.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: { cookie } });
    expect(afterLogout.statusCode).toBe(401);
    expect(afterLogout.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('survives a refresh of the same sign-in', async () => {
    const admin = await createAdmin(app, prisma);
    const cookie = await openDashboard(admin);
    const refreshed = await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: admin.refreshToken } });
    expect(refreshed.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: { cookie } })).statusCode).toBe(200);
  });

  it('is read-only for an admin without the QUEUE_OPERATOR permission', async () => {
    const admin = await createAdmin(app, prisma);
    const cookie = await openDashboard(admin);
    expect((await app.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: { cookie } })).statusCode).toBe(200);
    const refused = await pause(cookie);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toMatch(/QUEUE_OPERATOR/);
    const retry = await app.inject({ method: 'PUT', url: `/admin/queues/api/queues/${QueueName.Reminders}/retry/failed`, headers: { cookie } });
    expect(retry.statusCode).toBe(403);
  });

  it('lets an operator change the queues', async () => {
    const admin = await createAdmin(app, prisma);
    await prisma.user.update({ where: { id: admin.id }, data: { permissions: ['QUEUE_OPERATOR'] } });
    const cookie = await openDashboard(admin);
    try {
      expect((await pause(cookie)).statusCode).toBe(200);
      const queues = await app.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: { cookie } });
      const reminders = (queues.json() as { queues: { name: string; isPaused: boolean }[] }).queues.find((queue) => queue.name === QueueName.Reminders);
      expect(reminders?.isPaused).toBe(true);
    } finally {
      await app.inject({ method: 'PUT', url: `/admin/queues/api/queues/${QueueName.Reminders}/resume`, headers: { cookie } });
    }
  });
});
