import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseConfig } from '@stacks/config';
import { enqueueOutboxEvent, OutboxRelay, type PrismaClient, PrismaService } from '@stacks/db';
import { generateWebhookSecret, OutboundAgents } from '@stacks/integrations';
import { type IntegrationEventPayload, IntegrationEventType, integrationEventPayload, JobName, QueueName } from '@stacks/queue-contracts';
import { JobQueues, redisConnectionOptions } from '@stacks/queues';
import { SecretBox } from '@stacks/secret-box';
import { sleep, waitFor } from '@stacks/test-processes';
import { Queue } from 'bullmq';
import { type DeliveryStack, startDeliveryStack } from '../../testing/delivery-stack.js';
import { createReminderFixture, type ReminderFixture } from '../../testing/fixtures.js';
import { LrsStandIn } from '../../testing/lrs-stand-in.js';
import { selfSignedCertificate, WebhookReceiver } from '../../testing/webhook-receiver.js';
import { WebhookDeliverer } from './webhook-deliverer.js';

const LRS_USER = 'stacks-lrs';
const LRS_PASSWORD = 'lrs-test-password';
/** Real keys (not the development key) shared by this spec and the worker process: k2 seals, k1 is the retiring key. */
const K1 = `k1:${randomBytes(32).toString('base64')}`;
const K2 = `k2:${randomBytes(32).toString('base64')}`;
const SECRETS_ENCRYPTION_KEYS = `${K2},${K1}`;
/** What the API seals with (the worker's key list). */
const secretBox = SecretBox.fromConfig(SECRETS_ENCRYPTION_KEYS, 'test');
/** What the API sealed with before k2 was put first. */
const retiringBox = SecretBox.fromConfig(K1, 'test');

describe('outbound webhooks and xAPI through the worker process (HTTPS receiver, LRS stand-in, PostgreSQL, Redis)', () => {
  let stack: DeliveryStack;
  let prisma: PrismaClient;
  let receiver: WebhookReceiver;
  let lrs: LrsStandIn;
  let queue: Queue;
  let relay: OutboxRelay;
  let fixture: ReminderFixture;
  let tls: { key: string; cert: string };
  let caDir: string;
  let secret: string;
  let endpointId: string;
  /** The secrets the receiver accepts. */
  let receiverSecrets: string[] = [];

  beforeAll(async () => {
    tls = await selfSignedCertificate();
    caDir = mkdtempSync(path.join(tmpdir(), 'stacks-webhooks-'));
    writeFileSync(path.join(caDir, 'receiver-ca.pem'), tls.cert);
    receiver = await new WebhookReceiver(tls, () => receiverSecrets).start();
    lrs = await new LrsStandIn(`Basic ${Buffer.from(`${LRS_USER}:${LRS_PASSWORD}`).toString('base64')}`).start();
    stack = await startDeliveryStack('webhooks', {
      OUTBOUND_EXTRA_CA_FILE: path.join(caDir, 'receiver-ca.pem'),
      WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
      WEBHOOK_BACKOFF_MS: '200',
      WEBHOOK_MAX_ATTEMPTS: '12',
      WEBHOOK_TIMEOUT_MS: '3000',
      LRS_URL: lrs.url,
      LRS_USERNAME: LRS_USER,
      LRS_PASSWORD,
      SECRETS_ENCRYPTION_KEYS,
    });
    prisma = stack.prisma;
    queue = new Queue(QueueName.Integrations, { connection: redisConnectionOptions(stack.redisUrl), prefix: stack.prefix });
    const jobs = new JobQueues(new Map([[QueueName.Integrations, queue]]));
    relay = new OutboxRelay(prisma, (job, jobId) => jobs.add(job, { jobId }));
    fixture = await createReminderFixture(prisma, { learners: 30, startsAt: new Date(Date.now() - 2 * 3_600_000), discord: false });
    secret = generateWebhookSecret();
    receiverSecrets = [secret];
    // Stored sealed, as the API stores it: the worker opens it before signing.
    const endpoint = await prisma.webhookEndpoint.create({
      data: { url: receiver.url, description: 'Membership database', eventTypes: [IntegrationEventType.BadgeAwarded, IntegrationEventType.SessionCompleted], secret: secretBox.seal(secret) },
    });
    endpointId = endpoint.id;
  }, 60_000);

  afterAll(async () => {
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await stack?.stop();
    await receiver?.stop();
    await lrs?.stop();
    if (caDir) rmSync(caDir, { recursive: true, force: true });
  });

  /** Writes the events to the outbox as the API does (one transaction) and publishes them as its OutboxPublisher does. */
  async function publish(events: IntegrationEventPayload[], jobId?: string): Promise<void> {
    const ids = await prisma.$transaction(async (tx) => {
      const written: string[] = [];
      for (const data of events) written.push(await enqueueOutboxEvent(tx, { name: JobName.IntegrationEvent, data }, jobId ? { jobId: `${jobId}.${data.eventId}` } : {}));
      return written;
    });
    await (prisma as PrismaService).sqlTransaction((run) => relay.relayIds(run, ids));
  }

  function badgeAwarded(userId: string) {
    const credentialId = randomUUID();
    return integrationEventPayload(IntegrationEventType.BadgeAwarded, credentialId, new Date(), {
      credentialId,
      userId,
      achievementId: randomUUID(),
      achievementName: 'Storytime Leader',
      credentialUrl: `https://stacks.test/api/v1/credentials/${credentialId}/page`,
    });
  }

  it('delivers a signed badge.awarded event within seconds (the secret stored sealed), logs it, and sends the matching xAPI statement', async () => {
    const [stored] = await prisma.$queryRaw<{ secret: string }[]>`SELECT secret FROM "WebhookEndpoint" WHERE id = ${endpointId}::uuid`;
    expect(stored.secret).toMatch(/^enc:v1:k2:/);
    expect(stored.secret).not.toContain(secret);
    const event = badgeAwarded(fixture.learners[0].id);
    const started = Date.now();
    await publish([event]);
    const received = await waitFor(() => receiver.received.find((entry) => entry.eventId === event.eventId), 10_000, 'the badge.awarded webhook');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(received.type).toBe('badge.awarded');
    expect(received.id).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(JSON.parse(received.body)).toMatchObject({ type: 'badge.awarded', data: { eventId: event.eventId, achievementName: 'Storytime Leader' } });
    const delivery = await waitFor(
      () => prisma.webhookDelivery.findFirst({ where: { eventId: event.eventId, status: 'DELIVERED' } }),
      5_000,
      'the delivery log entry',
    );
    expect(delivery).toMatchObject({ endpointId, attempts: 1, lastStatusCode: 204, lastError: null });
    expect(delivery.lastLatencyMs).not.toBeNull();

    const statement = await waitFor(() => prisma.xapiStatement.findFirst({ where: { eventId: event.eventId, status: 'SENT' } }), 10_000, 'the earned statement');
    expect(lrs.stored.get(statement.id)).toMatchObject({
      id: statement.id,
      verb: { id: 'https://w3id.org/xapi/openbadges/verbs/earned' },
      actor: { account: { homePage: 'https://stacks.test', name: fixture.learners[0].id } },
      version: '1.0.3',
    });
    expect(lrs.invalid).toEqual([]);
  }, 30_000);

  it('loses nothing while the receiver is down: every event arrives once it is back, repeats only with the same id', async () => {
    await receiver.stop();
    const events = fixture.learners.map((learner) =>
      integrationEventPayload(IntegrationEventType.SessionCompleted, `${learner.id}:${fixture.sessionId}`, new Date(), {
        userId: learner.id,
        sessionId: fixture.sessionId,
        seriesId: fixture.seriesId,
        source: 'LIVE_ATTENDANCE',
      }),
    );
    await publish(events);
    // Every delivery has failed at least once against the closed port before the receiver returns.
    await waitFor(
      async () => (await prisma.webhookDelivery.count({ where: { eventId: { in: events.map((event) => event.eventId) }, status: 'FAILED' } })) === events.length,
      20_000,
      'every delivery to fail while the receiver is down',
    );
    await sleep(1_000);
    await receiver.start(receiver.port);
    await waitFor(
      async () => (await prisma.webhookDelivery.count({ where: { eventId: { in: events.map((event) => event.eventId) }, status: 'DELIVERED' } })) === events.length,
      40_000,
      'every delivery once the receiver is back',
    );
    const arrived = receiver.received.filter((entry) => events.some((event) => event.eventId === entry.eventId));
    expect(new Set(arrived.map((entry) => entry.eventId)).size).toBe(events.length);
    // A repeat (if any) carries the id and body of the first copy.
    const byId = new Map<string, string>();
    for (const entry of arrived) {
      expect(byId.get(entry.id) ?? entry.eventId).toBe(entry.eventId);
      byId.set(entry.id, entry.eventId);
    }
    expect(byId.size).toBe(events.length);
    const attempts = await prisma.webhookDelivery.aggregate({ where: { eventId: { in: events.map((event) => event.eventId) } }, _min: { attempts: true } });
    expect(attempts._min.attempts).toBeGreaterThanOrEqual(2);

    // The LRS received one valid "completed" statement per learner.
    await waitFor(
      async () => (await prisma.xapiStatement.count({ where: { eventId: { in: events.map((event) => event.eventId) }, status: 'SENT' } })) === events.length,
      20_000,
      'the completed statements',
    );
    const completed = [...lrs.stored.values()].filter((statement) => (statement as { verb: { id: string } }).verb.id === 'http://adlnet.gov/expapi/verbs/completed');
    expect(completed).toHaveLength(events.length);
    expect(lrs.invalid).toEqual([]);
  }, 90_000);

  it('treats the same fact published again as a no-op: no second delivery, no second statement', async () => {
    const event = badgeAwarded(fixture.learners[1].id);
    await publish([event]);
    await waitFor(() => prisma.xapiStatement.findFirst({ where: { eventId: event.eventId, status: 'SENT' } }), 10_000, 'the first statement');
    const putsBefore = lrs.puts;
    await publish([event], 'republished');
    await sleep(1_500);
    expect(receiver.received.filter((entry) => entry.eventId === event.eventId)).toHaveLength(1);
    expect(await prisma.webhookDelivery.count({ where: { eventId: event.eventId } })).toBe(1);
    expect(lrs.puts).toBe(putsBefore);
  }, 30_000);

  it('sends one valid "attended" statement per learner an attendance import recorded, with the minutes', async () => {
    const learners = fixture.learners.slice(0, 4);
    const audit = await prisma.attendanceImport.create({ data: { sessionId: fixture.sessionId, createdById: learners[0].id, fileSha256: 'f'.repeat(64), rowCount: 4, appliedCount: 4 } });
    await prisma.completionEvent.createMany({
      data: learners.map((learner, index) => ({ userId: learner.id, sessionId: fixture.sessionId, source: 'ATTENDANCE_IMPORT' as const, minutesAttended: 30 + index, occurredAt: new Date(), importId: audit.id })),
    });
    const event = integrationEventPayload(IntegrationEventType.AttendanceImported, audit.id, audit.createdAt, { importId: audit.id, sessionId: fixture.sessionId, recorded: 4, unchanged: 0, newlyCompleted: 4 });
    await publish([event]);
    await waitFor(async () => (await prisma.xapiStatement.count({ where: { eventId: event.eventId, status: 'SENT' } })) === learners.length, 15_000, 'the attended statements');
    const attended = [...lrs.stored.values()].filter((statement) => (statement as { verb: { id: string } }).verb.id === 'http://adlnet.gov/expapi/verbs/attended');
    expect(attended.map((statement) => (statement as { result: { duration: string } }).result.duration).sort()).toEqual(['PT30M', 'PT31M', 'PT32M', 'PT33M']);
    expect(lrs.invalid).toEqual([]);
  }, 30_000);

  it('signs with the old and the new secret during a rotation’s grace period, each opened with its own key', async () => {
    const rotated = generateWebhookSecret();
    // The old secret was sealed with the retiring key k1, the new one with k2 (the first listed).
    await prisma.webhookEndpoint.update({
      where: { id: endpointId },
      data: { secret: secretBox.seal(rotated), previousSecret: retiringBox.seal(secret), previousSecretExpiresAt: new Date(Date.now() + 3_600_000) },
    });
    receiverSecrets = [secret]; // this receiver has not switched yet
    const event = badgeAwarded(fixture.learners[2].id);
    await publish([event]);
    const received = await waitFor(() => receiver.received.find((entry) => entry.eventId === event.eventId), 10_000, 'the webhook signed twice');
    expect(received.signatures).toBe(2);
    receiverSecrets = [rotated]; // and one that has switched accepts the next delivery too
    const next = badgeAwarded(fixture.learners[2].id);
    await publish([next]);
    expect((await waitFor(() => receiver.received.find((entry) => entry.eventId === next.eventId), 10_000, 'the webhook for the switched receiver')).signatures).toBe(2);
    await prisma.webhookEndpoint.update({ where: { id: endpointId }, data: { previousSecret: null, previousSecretExpiresAt: null } });
    secret = rotated;
  }, 30_000);

  describe('at delivery time (in process, the same code the worker runs)', () => {
    let deliverer: WebhookDeliverer;
    let agents: OutboundAgents;

    beforeAll(() => {
      const config = parseConfig({ ...process.env, WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'false', WEBHOOK_TIMEOUT_MS: '2000' });
      agents = new OutboundAgents({ extraCaPem: tls.cert });
      // rebind.stacks.test stands for a name whose DNS changed to loopback after registration.
      const resolver = async (hostname: string) => (hostname === 'rebind.stacks.test' ? [{ address: '127.0.0.1', family: 4 as const }] : Promise.reject(new Error('ENOTFOUND')));
      deliverer = new WebhookDeliverer(prisma as PrismaService, config, agents, secretBox, resolver);
    });
    afterAll(() => agents.destroy());

    /** `storedSecret`: the endpoint's secret column as written (sealed by default, as the API writes it). */
    async function deliveryTo(url: string, storedSecret = secretBox.seal(secret)): Promise<string> {
      // The receiver's current secret: only the address stands between this delivery and the receiver.
      const endpoint = await prisma.webhookEndpoint.create({ data: { url, eventTypes: [IntegrationEventType.BadgeAwarded], secret: storedSecret } });
      const event = badgeAwarded(fixture.learners[3].id);
      await prisma.integrationEvent.create({ data: { id: event.eventId, type: event.type, occurredAt: new Date(event.occurredAt), data: event.data } });
      const delivery = await prisma.webhookDelivery.create({ data: { endpointId: endpoint.id, eventId: event.eventId } });
      return delivery.id;
    }

    it.each([
      ['127.0.0.1', () => `https://127.0.0.1:${receiver.port}/hooks/stacks`],
      ['10.x', () => 'https://10.20.30.40/hooks'],
      ['::1', () => `https://[::1]:${receiver.port}/hooks`],
      ['a name resolving to loopback', () => `https://rebind.stacks.test:${receiver.port}/hooks/stacks`],
    ])('refuses to send to %s and dead-letters the delivery at once', async (_name, url) => {
      const before = receiver.received.length;
      const deliveryId = await deliveryTo(url());
      await expect(deliverer.deliver({ deliveryId }, { attempt: 1, finalAttempt: false })).resolves.toEqual({ status: 'DEAD' });
      const row = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
      expect(row.status).toBe('DEAD');
      expect(row.lastError).toMatch(/^refused: .*(loopback|private)/);
      expect(receiver.received.length).toBe(before);
    });

    const allowingDeliverer = () =>
      new WebhookDeliverer(prisma as PrismaService, parseConfig({ ...process.env, WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true', WEBHOOK_TIMEOUT_MS: '2000' }), agents, secretBox);

    it('still delivers for a legacy endpoint whose secret was stored in plaintext (before sealing)', async () => {
      const deliveryId = await deliveryTo(receiver.url, secret);
      await expect(allowingDeliverer().deliver({ deliveryId }, { attempt: 1, finalAttempt: false })).resolves.toEqual({ status: 'DELIVERED' });
      const { eventId } = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
      // The receiver checked the signature against the plaintext secret (a bad one is answered 400).
      expect(receiver.received.find((entry) => entry.eventId === eventId)).toMatchObject({ signatures: 1 });
    });

    it('dead-letters, without sending, a delivery whose secret was sealed with a key no longer listed', async () => {
      const before = receiver.received.length;
      const gone = SecretBox.fromConfig(`k0:${randomBytes(32).toString('base64')}`, 'test');
      const deliveryId = await deliveryTo(receiver.url, gone.seal(secret));
      await expect(allowingDeliverer().deliver({ deliveryId }, { attempt: 1, finalAttempt: false })).resolves.toEqual({ status: 'DEAD' });
      expect((await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).lastError).toMatch(/^cannot sign: .*key "k0" is not in SECRETS_ENCRYPTION_KEYS/);
      expect(receiver.received.length).toBe(before);
    });

    it('keeps a failing receiver’s answer (truncated) in the log and dead-letters after the last attempt', async () => {
      const allowing = allowingDeliverer();
      const deliveryId = await deliveryTo(receiver.url);
      receiver.failWith = 503;
      try {
        await expect(allowing.deliver({ deliveryId }, { attempt: 1, finalAttempt: false })).rejects.toThrow('HTTP 503');
        expect(await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({ status: 'FAILED', attempts: 1, lastStatusCode: 503, lastResponse: 'try later' });
        await expect(allowing.deliver({ deliveryId }, { attempt: 2, finalAttempt: true })).resolves.toEqual({ status: 'DEAD' });
        expect(await prisma.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } })).toMatchObject({ status: 'DEAD', attempts: 2 });
      } finally {
        receiver.failWith = null;
      }
    });
  });
});
