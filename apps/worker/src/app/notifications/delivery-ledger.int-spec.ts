import { randomUUID } from 'node:crypto';
import { parseConfig } from '@stacks/config';
import { PrismaService } from '@stacks/db';
import { DeliveryLedger, type DeliveryIdentity } from './delivery-ledger.js';

describe('delivery ledger (PostgreSQL)', () => {
  const config = parseConfig(process.env);
  let prisma: PrismaService;
  let userId: string;

  beforeAll(async () => {
    prisma = new PrismaService(config);
    userId = (await prisma.user.create({ data: { email: `ledger-${randomUUID()}@test.example`, passwordHash: 'x', displayName: 'Ledger' } })).id;
  });
  afterAll(() => prisma.$disconnect());

  const delivery = (): DeliveryIdentity => ({
    key: `reminder.test.${randomUUID()}`,
    channel: 'email',
    kind: 'session-reminder',
    userId,
    dueAt: new Date(),
    job: { queue: 'reminders', name: 'send-session-reminder', data: { any: 'thing' } },
  });

  it('lets exactly one of many racing workers claim a delivery, and none once it is sent', async () => {
    // Three ledgers stand for three worker processes (separate statements racing in PostgreSQL);
    // four claims each also race inside one process's batch.
    const ledgers = [1, 2, 3].map(() => new DeliveryLedger(prisma.sql, 30_000, 5));
    const [ledger] = ledgers;
    const identity = delivery();
    const claims = await Promise.all(ledgers.flatMap((each) => Array.from({ length: 4 }, () => each.claim(identity))));
    const winners = claims.filter((claim) => claim.outcome === 'claimed');
    expect(winners).toHaveLength(1);
    expect(claims.filter((claim) => claim.outcome === 'busy')).toHaveLength(11);
    if (winners[0].outcome !== 'claimed') throw new Error('unreachable');
    await ledger.markSent(winners[0].id);
    expect(await ledger.claim(identity)).toEqual({ outcome: 'settled', status: 'SENT' });
    expect(await prisma.notificationDelivery.count({ where: { key: identity.key } })).toBe(1);
  });

  it('hands a delivery whose worker died (lease run out) to the next worker', async () => {
    const ledger = new DeliveryLedger(prisma.sql, 150, 5);
    const identity = delivery();
    const first = await ledger.claim(identity);
    expect(first.outcome).toBe('claimed');
    expect((await ledger.claim(identity)).outcome).toBe('busy');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await ledger.claim(identity)).toMatchObject({ outcome: 'claimed', attempts: 2 });
  });

  it('retries a failure, then dead-letters it when the attempts are used up', async () => {
    const ledger = new DeliveryLedger(prisma.sql, 30_000, 2);
    const identity = delivery();
    const first = await ledger.claim(identity);
    if (first.outcome !== 'claimed') throw new Error('expected a claim');
    expect(await ledger.markFailed(first.id, 'Error: connect ECONNREFUSED', false)).toBe('FAILED');
    const second = await ledger.claim(identity);
    if (second.outcome !== 'claimed') throw new Error('expected a second claim');
    expect(await ledger.markFailed(second.id, 'Error: connect ECONNREFUSED', false)).toBe('DEAD');
    expect(await ledger.claim(identity)).toEqual({ outcome: 'settled', status: 'DEAD' });
    const row = await prisma.notificationDelivery.findUniqueOrThrow({ where: { id: second.id } });
    expect(row).toMatchObject({ status: 'DEAD', attempts: 2, lastError: 'Error: connect ECONNREFUSED', sentAt: null });
  });
});
