import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@stacks/db';
import { jobIdOf, JobName, QueueName } from '@stacks/queue-contracts';
import { redisConnectionOptions } from '@stacks/queues';
import { notificationLinkSecret, verifyUnsubscribeToken } from '@stacks/notifications';
import { Queue } from 'bullmq';
import { PROCESS_SETUP_TIMEOUT_MS, type SmtpCatcher, waitFor } from '@stacks/test-processes';
import { type DeliveryStack, startDeliveryStack } from '../../testing/delivery-stack.js';
import type { DiscordStandIn } from '@stacks/test-processes/discord-stand-in';
import { createReminderFixture } from '../../testing/fixtures.js';
import type { WorkerProcess } from '../../testing/processes.js';

const HOUR = 3_600_000;

describe('reminders through the worker process (real SMTP server, Discord stand-in, PostgreSQL, Redis)', () => {
  let stack: DeliveryStack;
  let prisma: PrismaClient;
  let smtp: SmtpCatcher;
  let discord: DiscordStandIn;
  let worker: WorkerProcess;
  let reminders: Queue;
  let learningEvents: Queue;
  let notifications: Queue;

  beforeAll(async () => {
    stack = await startDeliveryStack('delivery', { REMINDER_OFFSETS_MINUTES: '60', UNSUBSCRIBE_LINK_TTL_DAYS: '30' });
    ({ prisma, smtp, discord, worker } = stack);
    const connection = redisConnectionOptions(stack.redisUrl);
    reminders = new Queue(QueueName.Reminders, { connection, prefix: stack.prefix });
    learningEvents = new Queue(QueueName.LearningEvents, { connection, prefix: stack.prefix });
    notifications = new Queue(QueueName.Notifications, { connection, prefix: stack.prefix });
  }, PROCESS_SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await reminders?.obliterate({ force: true }).catch(() => undefined);
    await Promise.all([reminders?.close(), learningEvents?.close(), notifications?.close()]);
    await stack?.stop();
  });

  const plan = (sessionId: string, userId?: string) =>
    reminders.add(JobName.PlanSessionReminders, { sessionId, userId, reason: 'test' }, { jobId: jobIdOf(JobName.PlanSessionReminders, { sessionId }) });

  const mailsFor = (email: string) => smtp.messages.filter((mail) => mail.to?.text.includes(email));

  it('sends a due reminder once by e-mail (HTML, text, one-click unsubscribe) and Discord DM (nonce), never early', async () => {
    const dueAt = Date.now() + 4_000;
    const fixture = await createReminderFixture(prisma, { learners: 2, startsAt: new Date(dueAt + HOUR) });
    await plan(fixture.sessionId);

    const emails = fixture.learners.map((learner) => learner.email);
    await waitFor(() => emails.every((email) => mailsFor(email).length === 1) && fixture.learners.every((l) => discord.directMessages.some((m) => m.recipientId === l.discordUserId)), 30_000, 'two e-mails and two DMs');
    const receivedAt = Date.now();
    expect(receivedAt).toBeGreaterThanOrEqual(dueAt);

    const mail = mailsFor(emails[0])[0];
    expect(mail.subject).toMatch(/^Reminder: "Cataloguing clinic \w+" starts in an hour$/);
    expect(mail.text).toContain('Join the session: https://meet.example.org/clinic');
    expect(mail.html).toContain('href="https://meet.example.org/clinic"');
    // Long header lines are folded; unfold them (RFC 5322) before comparing.
    const header = (name: string) => (mail.headerLines.find((line) => line.key === name)?.line ?? '').replace(/\r?\n\s+/g, ' ');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header('list-unsubscribe')).toMatch(/^List-Unsubscribe:\s+<https:\/\/stacks\.test\/api\/v1\/notifications\/unsubscribe\?token=[\w.%-]+>$/);
    // The link works for the configured 30 days, and not after.
    const token = decodeURIComponent(/token=([\w.%-]+)>/.exec(header('list-unsubscribe'))?.[1] ?? '');
    const linkSecret = notificationLinkSecret(undefined, 'test');
    expect(verifyUnsubscribeToken(token, linkSecret, Date.now() + 29 * 86_400_000)).toBe(fixture.learners[0].id);
    expect(verifyUnsubscribeToken(token, linkSecret, Date.now() + 31 * 86_400_000)).toBeNull();
    expect(mail.messageId).toMatch(/^<[0-9a-f]{40}@stacks\.test>$/);

    const dm = discord.directMessages.find((message) => message.recipientId === fixture.learners[0].discordUserId);
    expect(dm?.content).toContain('Cataloguing clinic');
    expect(dm?.nonce?.length).toBeLessThanOrEqual(25);

    const ledger = await prisma.notificationDelivery.findMany({ where: { userId: { in: fixture.learners.map((l) => l.id) } } });
    expect(ledger.map((row) => `${row.channel}:${row.status}:${row.attempts}`).sort()).toEqual(['DISCORD:SENT:1', 'DISCORD:SENT:1', 'EMAIL:SENT:1', 'EMAIL:SENT:1']);

    // Planning again (a repeated event) re-adds the job inside the grace window; the ledger stops a second send.
    await plan(fixture.sessionId);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(emails.map((email) => mailsFor(email).length)).toEqual([1, 1]);
    expect(discord.directMessages.filter((m) => fixture.learners.some((l) => l.discordUserId === m.recipientId))).toHaveLength(2);

    const metrics = await (await fetch(`http://127.0.0.1:${worker.healthPort}/metrics`)).text();
    expect(metrics).toMatch(/stacks_notifications_sent_total\{kind="session-reminder",channel="email"\} [2-9]/);
    expect(metrics).toContain('stacks_notification_lateness_seconds_bucket');
  }, 60_000);

  it('replaces reminders when the session moves, and removes them on cancellation and on completion', async () => {
    // Due 12 s from now: time to plan and then move it before it fires, even on a busy machine.
    const originalStart = new Date(Date.now() + HOUR + 12_000);
    const fixture = await createReminderFixture(prisma, { learners: 3, startsAt: originalStart, discord: false });
    const [moved, cancelled, completed] = fixture.learners;
    await plan(fixture.sessionId);
    const jobId = (userId: string) => jobIdOf(JobName.SendSessionReminder, { sessionId: fixture.sessionId, userId, offsetMinutes: 60 });
    await waitFor(async () => (await reminders.getJob(jobId(completed.id))) !== undefined, 10_000, 'planned jobs');

    // Later than planned: a reminder left at the old time would arrive first and be caught below.
    const newStart = new Date(originalStart.getTime() + 4_000);
    await prisma.session.update({ where: { id: fixture.sessionId }, data: { startsAt: newStart } });
    await prisma.enrolment.update({ where: { userId_sessionId: { userId: cancelled.id, sessionId: fixture.sessionId } }, data: { status: 'CANCELLED' } });
    await prisma.sessionCompletion.create({ data: { userId: completed.id, sessionId: fixture.sessionId, source: 'RECORDING_VIEWED', completedAt: new Date() } });
    await plan(fixture.sessionId);
    const payload = { userId: completed.id, sessionId: fixture.sessionId, seriesId: fixture.seriesId, completedAt: new Date().toISOString() };
    await learningEvents.add(JobName.SessionCompleted, payload, { jobId: jobIdOf(JobName.SessionCompleted, payload) });

    await waitFor(() => mailsFor(moved.email).length === 1, 40_000, 'the rescheduled reminder');
    expect(Date.now()).toBeGreaterThanOrEqual(newStart.getTime() - HOUR);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(mailsFor(moved.email)).toHaveLength(1);
    expect(mailsFor(cancelled.email)).toHaveLength(0);
    expect(mailsFor(completed.email)).toHaveLength(0);
    expect(await reminders.getJob(jobId(cancelled.id))).toBeUndefined();
    expect(await reminders.getJob(jobId(completed.id))).toBeUndefined();
  }, 60_000);

  it('tells a learner how to view and share an awarded badge, once even if the event repeats', async () => {
    const fixture = await createReminderFixture(prisma, { learners: 1, startsAt: new Date(Date.now() + 10 * HOUR), discord: false });
    const [learner] = fixture.learners;
    const payload = {
      userId: learner.id,
      credentialId: randomUUID(),
      achievementName: 'Dialogue Facilitation',
      credentialUrl: 'https://stacks.test/credentials/abc',
      awardedAt: new Date().toISOString(),
    };
    await notifications.add(JobName.BadgeAwarded, payload, { jobId: jobIdOf(JobName.BadgeAwarded, payload) });
    await waitFor(() => mailsFor(learner.email).length === 1, 20_000, 'the badge notice');
    const mail = mailsFor(learner.email)[0];
    expect(mail.subject).toBe('You earned a badge: Dialogue Facilitation');
    expect(mail.text).toContain('View and share your badge: https://stacks.test/credentials/abc');
    // The same award published again under another job id (a replayed event) is not a second message.
    await notifications.add(JobName.BadgeAwarded, payload, { jobId: `again.${payload.credentialId}` });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(mailsFor(learner.email)).toHaveLength(1);
  }, 40_000);

  it('nudges a learner with an unfinished series whose next recording is available, at most once a week', async () => {
    const fixture = await createReminderFixture(prisma, { learners: 2, startsAt: new Date(Date.now() - 30 * 24 * HOUR), discord: false });
    const [started, untouched] = fixture.learners;
    const next = await prisma.session.create({
      data: {
        programId: fixture.programId,
        seriesId: fixture.seriesId,
        position: 2,
        slug: `nudge-next-${randomUUID().slice(0, 8)}`,
        title: 'Weeding the collection',
        description: 'Second session.',
        type: 'WEBINAR',
        recordingUrl: 'https://recordings.example.org/weeding',
        recordingAvailableFrom: new Date(Date.now() - 24 * HOUR),
      },
    });
    await prisma.sessionCompletion.create({ data: { userId: started.id, sessionId: fixture.sessionId, source: 'LIVE_ATTENDANCE', completedAt: new Date() } });
    const sweep = () => reminders.add(JobName.NudgeSweep, {}, { jobId: `test-sweep.${randomUUID()}` });
    await sweep();
    await waitFor(() => mailsFor(started.email).length === 1, 20_000, 'the nudge');
    const mail = mailsFor(started.email)[0];
    expect(mail.subject).toMatch(/^Keep going with "Reminder series \w+"$/);
    expect(mail.text).toContain('finished 1 of 2 sessions');
    expect(mail.text).toContain('Watch the recording: https://recordings.example.org/weeding');
    expect(next.id).toBeDefined();
    await sweep();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(mailsFor(started.email)).toHaveLength(1);
    expect(mailsFor(untouched.email)).toHaveLength(0);
  }, 40_000);

  it('sends the weekly digest to learners who asked for it, once a week', async () => {
    const fixture = await createReminderFixture(prisma, { learners: 2, startsAt: new Date(Date.now() + 10 * HOUR), discord: false });
    const [subscriber, other] = fixture.learners;
    await prisma.notificationPreference.create({ data: { userId: subscriber.id, weeklyDigest: true } });
    const sweep = () => reminders.add(JobName.DigestSweep, {}, { jobId: `test-digest.${randomUUID()}` });
    await sweep();
    await waitFor(() => mailsFor(subscriber.email).length === 1, 20_000, 'the digest');
    const mail = mailsFor(subscriber.email)[0];
    expect(mail.subject).toBe('Your week on Stacks: 1 session coming up');
    expect(mail.text).toMatch(/Your sessions this week:\n- Cataloguing clinic \w+: /);
    await sweep();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(mailsFor(subscriber.email)).toHaveLength(1);
    expect(mailsFor(other.email)).toHaveLength(0);
  }, 40_000);
});
