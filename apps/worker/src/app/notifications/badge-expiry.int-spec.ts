import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@stacks/db';
import { JobName, QueueName } from '@stacks/queue-contracts';
import { redisConnectionOptions } from '@stacks/queues';
import { formatLocalDate } from '@stacks/notifications';
import { PROCESS_SETUP_TIMEOUT_MS, type SmtpCatcher, waitFor } from '@stacks/test-processes';
import { Queue } from 'bullmq';
import { type DeliveryStack, startDeliveryStack } from '../../testing/delivery-stack.js';
import type { DiscordStandIn } from '@stacks/test-processes/discord-stand-in';

const DAY = 86_400_000;
const RENEWAL = 'Attend the 2027 storytime refresher, then ask for a re-issue.';

describe('badge expiry notices through the worker process (real SMTP server, Discord stand-in, PostgreSQL, Redis)', () => {
  let stack: DeliveryStack;
  let prisma: PrismaClient;
  let smtp: SmtpCatcher;
  let discord: DiscordStandIn;
  let notifications: Queue;

  beforeAll(async () => {
    stack = await startDeliveryStack('expiry');
    ({ prisma, smtp, discord } = stack);
    notifications = new Queue(QueueName.Notifications, { connection: redisConnectionOptions(stack.redisUrl), prefix: stack.prefix });
  }, PROCESS_SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await notifications?.obliterate({ force: true }).catch(() => undefined);
    await notifications?.close();
    await stack?.stop();
  });

  /** One holder with one credential of an expiring achievement, valid until `validUntil`. */
  async function holderWithCredential(validUntil: Date, options: { revoked?: boolean; discordUserId?: string } = {}) {
    const tag = randomUUID().slice(0, 8);
    const issuer = await prisma.badgeIssuer.create({ data: { slug: `expiry-${tag}`, name: 'Children’s Services Division', description: 'Test issuer.', url: 'https://division.example.org' } });
    const statusList = await prisma.badgeStatusList.create({ data: { issuerId: issuer.id, size: 131_072 } });
    const achievement = await prisma.achievement.create({
      data: {
        slug: `storytime-${tag}`,
        issuerId: issuer.id,
        name: `Storytime Leader ${tag}`,
        description: 'Leads storytimes.',
        criteriaNarrative: 'Lead six storytimes.',
        rule: 'MANUAL',
        tags: [],
        validForDays: 365,
        renewalInstructions: RENEWAL,
      },
    });
    const user = await prisma.user.create({ data: { email: `holder-${tag}@test.example`, passwordHash: 'x', displayName: `Holder ${tag}` } });
    if (options.discordUserId) await prisma.discordAccountLink.create({ data: { userId: user.id, discordUserId: options.discordUserId } });
    const award = await prisma.badgeAward.create({ data: { userId: user.id, achievementId: achievement.id } });
    const credential = await prisma.badgeCredential.create({
      data: {
        id: randomUUID(),
        awardId: award.id,
        statusListId: statusList.id,
        statusIndex: 0,
        keyId: 'test-key',
        jws: 'not-read-by-this-test',
        issuedAt: new Date(validUntil.getTime() - 365 * DAY),
        validUntil,
        ...(options.revoked ? { revokedAt: new Date(), revocationReason: 'Awarded by mistake' } : {}),
      },
    });
    return { userId: user.id, email: user.email, achievementName: achievement.name, credentialId: credential.id, validUntil };
  }

  const mailsFor = (email: string) => smtp.messages.filter((mail) => mail.to?.text.includes(email));
  const sweep = () => notifications.add(JobName.CredentialExpirySweep, {}, { jobId: `test-expiry-sweep.${randomUUID()}` });

  it('sends one 30-day notice however often the sweep runs, the 7-day notice inside a week, and nothing for a revoked badge', async () => {
    const discordUserId = String(200_000_000_000_000_000n + BigInt(Math.floor(Math.random() * 1e12)));
    const month = await holderWithCredential(new Date(Date.now() + 29 * DAY), { discordUserId });
    const week = await holderWithCredential(new Date(Date.now() + 6 * DAY));
    const revoked = await holderWithCredential(new Date(Date.now() + 29 * DAY), { revoked: true });
    const later = await holderWithCredential(new Date(Date.now() + 45 * DAY));

    await sweep();
    await waitFor(() => mailsFor(month.email).length === 1 && mailsFor(week.email).length === 1 && discord.directMessages.some((m) => m.recipientId === discordUserId), 30_000, 'two e-mails and a DM');

    const mail = mailsFor(month.email)[0];
    const date = formatLocalDate(month.validUntil, 'America/Chicago');
    expect(mail.subject).toBe(`Your badge "${month.achievementName}" expires on ${date}`);
    expect(mail.text).toContain(`is valid until ${date} (in 29 days)`);
    expect(mail.text).toContain(`How to renew: ${RENEWAL}`);
    expect(mail.text).toContain(`View your badge: https://stacks.test/api/v1/credentials/${month.credentialId}/page`);
    expect(mail.html).toContain(`href="https://stacks.test/api/v1/credentials/${month.credentialId}/page"`);
    expect(mail.html).toContain(month.achievementName);
    const dm = discord.directMessages.find((m) => m.recipientId === discordUserId);
    expect(dm?.content).toContain(month.achievementName);
    expect(dm?.content).toContain(RENEWAL);
    expect(mailsFor(week.email)[0].text).toContain('(in 6 days)');

    // The sweep again (tomorrow's, or a retry): the same credentials, thresholds and ledger keys.
    await sweep();
    await sweep();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(mailsFor(month.email)).toHaveLength(1);
    expect(mailsFor(week.email)).toHaveLength(1);
    expect(discord.directMessages.filter((m) => m.recipientId === discordUserId)).toHaveLength(1);
    expect(mailsFor(revoked.email)).toHaveLength(0);
    expect(mailsFor(later.email)).toHaveLength(0);

    const ledger = await prisma.notificationDelivery.findMany({ where: { userId: { in: [month.userId, week.userId, revoked.userId, later.userId] } }, orderBy: { key: 'asc' } });
    expect(ledger.map((row) => `${row.key}:${row.channel}:${row.status}`).sort()).toEqual(
      [
        `badge-expiry.${month.credentialId}.30:DISCORD:SENT`,
        `badge-expiry.${month.credentialId}.30:EMAIL:SENT`,
        `badge-expiry.${week.credentialId}.7:EMAIL:SENT`,
      ].sort(),
    );
  }, 60_000);

  it('skips a notice whose credential was revoked after the sweep queued it, and a holder who unsubscribed', async () => {
    const revokedLater = await holderWithCredential(new Date(Date.now() + 20 * DAY));
    const unsubscribed = await holderWithCredential(new Date(Date.now() + 5 * DAY));
    await prisma.notificationPreference.create({ data: { userId: unsubscribed.userId, unsubscribedAt: new Date() } });
    const control = await holderWithCredential(new Date(Date.now() + 10 * DAY));
    await prisma.badgeCredential.update({ where: { id: revokedLater.credentialId }, data: { revokedAt: new Date(), revocationReason: 'Replaced' } });
    // The job the sweep would have queued before the revoke.
    await notifications.add(
      JobName.CredentialExpiring,
      {
        credentialId: revokedLater.credentialId,
        userId: revokedLater.userId,
        daysBefore: 30,
        validUntil: revokedLater.validUntil.toISOString(),
        achievementName: revokedLater.achievementName,
        renewal: RENEWAL,
        credentialUrl: `https://stacks.test/api/v1/credentials/${revokedLater.credentialId}/page`,
      },
      { jobId: `test-revoked.${revokedLater.credentialId}` },
    );
    await sweep();
    await waitFor(() => mailsFor(control.email).length === 1, 30_000, 'the control notice');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(mailsFor(revokedLater.email)).toHaveLength(0);
    expect(mailsFor(unsubscribed.email)).toHaveLength(0);
    expect(await prisma.notificationDelivery.count({ where: { userId: { in: [revokedLater.userId, unsubscribed.userId] } } })).toBe(0);
  }, 60_000);
});
