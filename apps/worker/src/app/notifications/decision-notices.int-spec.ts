import { randomUUID } from 'node:crypto';
import { enqueueOutboxEvent, type PrismaClient } from '@stacks/db';
import { type DecisionNoticePayload, JobName, QueueName } from '@stacks/queue-contracts';
import { redisConnectionOptions } from '@stacks/queues';
import { type SmtpCatcher, waitFor } from '@stacks/test-processes';
import { Queue } from 'bullmq';
import { type DeliveryStack, startDeliveryStack } from '../../testing/delivery-stack.js';

describe('decision notices through the outbox and the worker process (real SMTP server, PostgreSQL, Redis)', () => {
  let stack: DeliveryStack;
  let prisma: PrismaClient;
  let smtp: SmtpCatcher;
  let notifications: Queue;

  beforeAll(async () => {
    stack = await startDeliveryStack('decisions');
    ({ prisma, smtp } = stack);
    notifications = new Queue(QueueName.Notifications, { connection: redisConnectionOptions(stack.redisUrl), prefix: stack.prefix });
  }, 40_000);

  afterAll(async () => {
    await notifications?.obliterate({ force: true }).catch(() => undefined);
    await notifications?.close();
    await stack?.stop();
  });

  const mailsFor = (email: string) => smtp.messages.filter((mail) => mail.to?.text.includes(email));

  it('tells the submitter once per decision, however often the outbox write or the job is repeated', async () => {
    const tag = randomUUID().slice(0, 8);
    const user = await prisma.user.create({ data: { email: `librarian-${tag}@test.example`, passwordHash: 'x', displayName: `Librarian ${tag}` } });
    const subjectId = randomUUID();
    const decision = (decisionNumber: number, decisionWord: string, note: string | null): DecisionNoticePayload => ({
      userId: user.id,
      subject: 'registry-submission',
      subjectId,
      decisionNumber,
      decision: decisionWord,
      title: 'Día family story time',
      note,
      url: 'https://stacks.test/registry/mine',
      decidedAt: new Date().toISOString(),
    });
    const first = decision(1, 'changes-requested', 'Please add the start time.');
    // The API's transaction retried: the same job id, so one outbox row.
    await prisma.$transaction((tx) => enqueueOutboxEvent(tx, { name: JobName.DecisionNotice, data: first }));
    await prisma.$transaction((tx) => enqueueOutboxEvent(tx, { name: JobName.DecisionNotice, data: first }));
    await waitFor(() => mailsFor(user.email).length === 1, 20_000, 'the first decision notice');
    const mail = mailsFor(user.email)[0];
    expect(mail.subject).toBe('Your program "Día family story time" needs a few changes before it can be published');
    expect(mail.text).toContain('Note from the staff: Please add the start time.');
    expect(mail.text).toContain('https://stacks.test/registry/mine');

    // The same job delivered again under another id (a replay): the ledger key holds it to one message.
    await notifications.add(JobName.DecisionNotice, first, { jobId: `test-replay.${randomUUID()}` });
    await prisma.$transaction((tx) => enqueueOutboxEvent(tx, { name: JobName.DecisionNotice, data: decision(2, 'published', null) }));
    await waitFor(() => mailsFor(user.email).length >= 2, 20_000, 'the second decision notice');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(mailsFor(user.email).map((message) => message.subject)).toEqual([
      'Your program "Día family story time" needs a few changes before it can be published',
      'Your program "Día family story time" has been published in the program registry',
    ]);
    const ledger = await prisma.notificationDelivery.findMany({ where: { userId: user.id }, orderBy: { key: 'asc' } });
    expect(ledger.map((row) => `${row.key}:${row.channel}:${row.status}`)).toEqual([
      `decision.registry-submission.${subjectId}.1:EMAIL:SENT`,
      `decision.registry-submission.${subjectId}.2:EMAIL:SENT`,
    ]);
  }, 60_000);
});
