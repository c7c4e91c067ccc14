import { randomUUID } from 'node:crypto';
import { PrismaService } from '@stacks/db';
import { IntegrationEventType, JobName } from '@stacks/queue-contracts';
import { SecretBox } from '@stacks/secret-box';
import { createAdmin, registerLearner, type TestAccount } from '../../testing/accounts.js';
import { createSeriesFixture } from '../../testing/catalogue-fixture.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('webhook endpoints, dead letters and my xAPI statements (API, PostgreSQL)', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let admin: TestAccount;
  let learner: TestAccount;

  beforeAll(async () => {
    app = await startTestApp();
    prisma = app.nest.get(PrismaService);
    admin = await createAdmin(app, prisma);
    learner = await registerLearner(app, 'Hooked');
  });
  afterAll(() => app.close());

  const register = (payload: Record<string, unknown>, auth = admin.auth) => app.inject({ method: 'POST', url: '/api/v1/admin/webhooks', headers: auth, payload });

  it('registers an endpoint, shows its whsec_ secret once and never again, and rotates it with a grace period', async () => {
    const created = await register({ url: 'https://93.184.216.34/hooks/stacks', eventTypes: ['badge.awarded', 'session.completed'], description: 'Membership database' });
    expect(created.statusCode).toBe(201);
    const endpoint = created.json();
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = await app.inject({ method: 'GET', url: '/api/v1/admin/webhooks', headers: admin.auth });
    const fetched = await app.inject({ method: 'GET', url: `/api/v1/admin/webhooks/${endpoint.id}`, headers: admin.auth });
    for (const response of [listed, fetched]) {
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(endpoint.secret);
      expect(response.body).not.toContain('whsec_');
    }
    expect(fetched.json()).toMatchObject({ url: 'https://93.184.216.34/hooks/stacks', eventTypes: ['badge.awarded', 'session.completed'], enabled: true, previousSecretExpiresAt: null });

    const rotated = await app.inject({ method: 'POST', url: `/api/v1/admin/webhooks/${endpoint.id}/rotate-secret`, headers: admin.auth });
    expect(rotated.statusCode).toBe(200);
    expect(rotated.json().secret).toMatch(/^whsec_/);
    expect(rotated.json().secret).not.toBe(endpoint.secret);
    expect(new Date(rotated.json().previousSecretExpiresAt).getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    // At rest both secrets are sealed (a database dump does not give them away) and open to what the admin was shown.
    const [stored] = await prisma.$queryRaw<{ secret: string; previousSecret: string | null; row: string }[]>`
      SELECT secret, "previousSecret", row_to_json(e)::text AS row FROM "WebhookEndpoint" e WHERE id = ${endpoint.id}::uuid`;
    for (const plaintext of [endpoint.secret, rotated.json().secret]) {
      expect(stored.row).not.toContain(plaintext);
      expect(stored.row).not.toContain(plaintext.slice('whsec_'.length, 'whsec_'.length + 20));
    }
    expect(stored.row).not.toContain('whsec_');
    expect(stored.secret).toMatch(/^enc:v1:development-only:/);
    expect(stored.previousSecret).toMatch(/^enc:v1:development-only:/);
    const secrets = app.nest.get(SecretBox);
    expect([secrets.open(stored.secret), secrets.open(stored.previousSecret as string)]).toEqual([rotated.json().secret, endpoint.secret]);
    expect(await prisma.auditEntry.count({ where: { subjectId: endpoint.id, action: { in: ['webhook.create', 'webhook.rotate-secret'] } } })).toBe(2);
  });

  it('seals a legacy plaintext secret when it is rotated out, so it keeps signing through the grace period', async () => {
    const legacy = 'whsec_bGVnYWN5LXBsYWludGV4dC1zZWNyZXQtYmVmb3JlLXNlYWxpbmc=';
    const { id } = await prisma.webhookEndpoint.create({ data: { url: 'https://93.184.216.34/hooks/legacy', eventTypes: ['badge.awarded'], secret: legacy } });
    const rotated = await app.inject({ method: 'POST', url: `/api/v1/admin/webhooks/${id}/rotate-secret`, headers: admin.auth });
    expect(rotated.statusCode).toBe(200);
    const [stored] = await prisma.$queryRaw<{ secret: string; previousSecret: string }[]>`SELECT secret, "previousSecret" FROM "WebhookEndpoint" WHERE id = ${id}::uuid`;
    expect(`${stored.secret} ${stored.previousSecret}`).not.toContain('whsec_');
    expect(stored.previousSecret).toMatch(/^enc:v1:/);
    expect(app.nest.get(SecretBox).open(stored.previousSecret)).toBe(legacy);
  });

  it.each([
    ['loopback', 'https://127.0.0.1/hook', 'public-address'],
    ['a private 10.x address', 'https://10.0.0.8/hook', 'public-address'],
    ['IPv6 loopback', 'https://[::1]/hook', 'public-address'],
    ['link-local (cloud metadata)', 'https://169.254.169.254/latest/meta-data', 'public-address'],
    ['localhost', 'https://localhost:8443/hook', 'public-address'],
    ['a scheme other than http(s)', 'ftp://93.184.216.34/hook', 'scheme'],
    ['credentials in the URL', 'https://user:secret@93.184.216.34/hook', 'credentials'],
    ['something that is not a URL', 'not a url', 'url'],
  ])('refuses %s at registration with a problem naming the url field', async (_name, url, rule) => {
    const response = await register({ url, eventTypes: ['badge.awarded'] });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'url', rule })]);
  });

  it('refuses unknown event types and an empty list, and keeps the endpoints to admins', async () => {
    const unknown = await register({ url: 'https://93.184.216.34/hook', eventTypes: ['badge.eaten'] });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json().errors)).toContain('eventTypes');
    expect((await register({ url: 'https://93.184.216.34/hook', eventTypes: [] })).statusCode).toBe(400);
    expect((await register({ url: 'https://93.184.216.34/hook', eventTypes: ['badge.awarded'] }, learner.auth)).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/admin/webhooks' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/v1/admin/webhook-deliveries', headers: learner.auth })).statusCode).toBe(403);
  });

  it('queues a test event to one endpoint, and replays a dead delivery once with the same webhook-id', async () => {
    const endpoint = (await register({ url: 'https://93.184.216.34/hooks/test', eventTypes: ['enrolment.created'] })).json();
    const test = await app.inject({ method: 'POST', url: `/api/v1/admin/webhooks/${endpoint.id}/test`, headers: admin.auth });
    expect(test.statusCode).toBe(202);
    expect(test.json()).toMatchObject({ endpointId: endpoint.id, eventType: 'webhook.test', status: 'PENDING' });
    expect(await prisma.outboxEvent.count({ where: { jobName: JobName.DeliverWebhook, jobId: `deliver-webhook.${test.json().id}` } })).toBe(1);

    await prisma.webhookDelivery.update({ where: { id: test.json().id }, data: { status: 'DEAD', attempts: 10, lastError: 'HTTP 503' } });
    const dead = await app.inject({ method: 'GET', url: '/api/v1/admin/webhook-deliveries', headers: admin.auth });
    expect(dead.json()).toEqual(expect.arrayContaining([expect.objectContaining({ id: test.json().id, status: 'DEAD', webhookId: test.json().webhookId })]));
    const replayed = await app.inject({ method: 'POST', url: `/api/v1/admin/webhook-deliveries/${test.json().id}/replay`, headers: admin.auth });
    expect(replayed.statusCode).toBe(200);
    expect(replayed.json()).toMatchObject({ status: 'PENDING', webhookId: test.json().webhookId });
    expect(await prisma.outboxEvent.count({ where: { jobName: JobName.DeliverWebhook, jobId: { startsWith: `deliver-webhook.${test.json().id}.replay.` } } })).toBe(1);
    expect((await app.inject({ method: 'POST', url: `/api/v1/admin/webhook-deliveries/${test.json().id}/replay`, headers: admin.auth })).statusCode).toBe(409);
    expect((await app.inject({ method: 'POST', url: `/api/v1/admin/webhook-deliveries/${randomUUID()}/replay`, headers: admin.auth })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/api/v1/admin/webhook-deliveries/not-a-uuid/replay', headers: admin.auth })).statusCode).toBe(400);

    const log = await app.inject({ method: 'GET', url: `/api/v1/admin/webhooks/${endpoint.id}/deliveries`, headers: admin.auth });
    expect(log.json()).toHaveLength(1);
    await app.inject({ method: 'PATCH', url: `/api/v1/admin/webhooks/${endpoint.id}`, headers: admin.auth, payload: { enabled: false } });
    expect((await app.inject({ method: 'POST', url: `/api/v1/admin/webhooks/${endpoint.id}/test`, headers: admin.auth })).statusCode).toBe(409);
    expect((await app.inject({ method: 'DELETE', url: `/api/v1/admin/webhooks/${endpoint.id}`, headers: admin.auth })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: `/api/v1/admin/webhooks/${endpoint.id}`, headers: admin.auth })).statusCode).toBe(404);
  });

  it('writes enrolment.created and enrolment.cancelled integration events in the enrolment’s own transaction', async () => {
    const fixture = await createSeriesFixture(prisma, { sessions: 1, startsAt: new Date(Date.now() + 7 * 86_400_000) });
    const url = `/api/v1/sessions/${fixture.sessionSlugs[0]}/enrolment`;
    expect((await app.inject({ method: 'PUT', url, headers: learner.auth })).statusCode).toBeLessThan(300);
    expect((await app.inject({ method: 'DELETE', url, headers: learner.auth })).statusCode).toBeLessThan(300);
    const events = await prisma.outboxEvent.findMany({ where: { jobName: JobName.IntegrationEvent, payload: { path: ['data', 'sessionId'], equals: fixture.sessionIds[0] } }, orderBy: { createdAt: 'asc' } });
    expect(events.map((event) => (event.payload as { type: string }).type)).toEqual([IntegrationEventType.EnrolmentCreated, IntegrationEventType.EnrolmentCancelled]);
    expect(events[0].payload).toMatchObject({ data: { userId: learner.id, status: 'ENROLLED' } });
  });

  it('shows a learner their own xAPI statements and nobody else’s', async () => {
    const other = await registerLearner(app, 'Other');
    const statement = (userId: string) => ({ id: randomUUID(), userId, eventId: randomUUID(), verb: 'completed', statement: { actor: { account: { name: userId } } }, status: 'SENT' as const, sentAt: new Date() });
    await prisma.xapiStatement.createMany({ data: [statement(learner.id), statement(learner.id), statement(other.id)] });
    const mine = await app.inject({ method: 'GET', url: '/api/v1/me/xapi', headers: learner.auth });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toHaveLength(2);
    expect(mine.body).not.toContain(other.id);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me/xapi?limit=500', headers: learner.auth })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/v1/me/xapi' })).statusCode).toBe(401);
  });
});
