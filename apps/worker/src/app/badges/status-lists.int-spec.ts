import { randomUUID } from 'node:crypto';
import { Bitstring, decodeJws } from '@stacks/badges';
import type { PrismaClient } from '@stacks/db';
import { JobName, QueueName } from '@stacks/queue-contracts';
import { redisConnectionOptions } from '@stacks/queues';
import { PROCESS_SETUP_TIMEOUT_MS, waitFor } from '@stacks/test-processes';
import { Queue } from 'bullmq';
import { type DeliveryStack, startDeliveryStack } from '../../testing/delivery-stack.js';

const MAX_AGE_SECONDS = 2;

/**
 * The worker keeps every status list signed by itself: a list nobody queued a job for (a new one
 * whose job was lost, a revocation whose job was lost) is found by the periodic refresh, and a
 * signed list is re-signed before it is within max-age of its validUntil. The API only serves
 * what is stored here.
 */
describe('status lists signed by the worker process (PostgreSQL, Redis)', () => {
  let stack: DeliveryStack;
  let prisma: PrismaClient;

  beforeAll(async () => {
    stack = await startDeliveryStack('status-lists', { BADGE_STATUS_LIST_MAX_AGE_SECONDS: String(MAX_AGE_SECONDS) });
    ({ prisma } = stack);
  }, PROCESS_SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await stack?.stop();
  });

  const listRow = (id: string) => prisma.badgeStatusList.findUniqueOrThrow({ where: { id } });
  const bitsOf = (jws: string | null) => {
    const decoded = decodeJws(String(jws));
    if (!decoded.ok) throw new Error('the stored status list is not a readable JWS');
    return Bitstring.decode(String((decoded.payload.credentialSubject as { encodedList: string }).encodedList));
  };

  it('schedules the refresh, signs a list no job was queued for, signs a revocation whose job was lost, and re-signs before validUntil', async () => {
    const maintenance = new Queue(QueueName.Maintenance, { connection: redisConnectionOptions(stack.redisUrl), prefix: stack.prefix });
    try {
      const scheduler = await waitFor(() => maintenance.getJobScheduler(JobName.RefreshStatusLists), 10_000, 'the refresh schedule');
      expect(scheduler.every).toBe((MAX_AGE_SECONDS * 1000) / 2);
    } finally {
      await maintenance.close();
    }

    const tag = randomUUID().slice(0, 8);
    const issuer = await prisma.badgeIssuer.create({ data: { slug: `division-${tag}`, name: 'Division', description: 'd', url: 'https://division.example.org' } });
    const list = await prisma.badgeStatusList.create({ data: { issuerId: issuer.id, size: 131_072, nextIndex: 1 } });
    const first = await waitFor(async () => {
      const row = await listRow(list.id);
      return row.signedJws ? row : null;
    }, 20_000, 'the refresh to sign the new list');
    expect(first).toMatchObject({ revision: 0, signedRevision: 0 });
    expect((first.signedCredential as { issuer: string }).issuer).toBe(`did:web:stacks.test:issuers:division-${tag}`);
    expect(bitsOf(first.signedJws).get(0)).toBe(false);

    // A revoked credential on the list, its revision bumped, but no sign job (as if the outbox row were lost).
    const user = await prisma.user.create({ data: { email: `holder-${tag}@test.example`, passwordHash: 'x', displayName: 'Holder' } });
    const achievement = await prisma.achievement.create({
      data: { slug: `a-${tag}`, issuerId: issuer.id, name: 'A', description: 'd', criteriaNarrative: 'c', rule: 'MANUAL', tags: [] },
    });
    const award = await prisma.badgeAward.create({ data: { userId: user.id, achievementId: achievement.id } });
    await prisma.badgeCredential.create({
      data: { id: randomUUID(), awardId: award.id, statusListId: list.id, statusIndex: 0, keyId: 'k', jws: 'x.y.z', issuedAt: new Date(), revokedAt: new Date(), revocationReason: 'test' },
    });
    await prisma.badgeStatusList.update({ where: { id: list.id }, data: { revision: 1 } });
    const revoked = await waitFor(async () => {
      const row = await listRow(list.id);
      return row.signedRevision === 1 ? row : null;
    }, 20_000, 'the refresh to sign the revocation');
    expect(bitsOf(revoked.signedJws).get(0)).toBe(true);

    // Valid for twice max-age; re-signed while at least half a max-age is left, so never served expired.
    const validUntil = revoked.signedValidUntil as Date;
    expect(validUntil.getTime() - (revoked.signedAt as Date).getTime()).toBe(2 * MAX_AGE_SECONDS * 1000);
    const renewed = await waitFor(async () => {
      const row = await listRow(list.id);
      return row.signedValidUntil && row.signedValidUntil > validUntil ? row : null;
    }, 20_000, 'the refresh to re-sign the list before its validUntil');
    expect(renewed.signedRevision).toBe(1);
    expect((renewed.signedAt as Date).getTime()).toBeLessThan(validUntil.getTime());
  }, 90_000);
});
