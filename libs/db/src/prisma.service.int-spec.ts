import { randomUUID } from 'node:crypto';
import { Prisma } from './generated/prisma/client.js';
import { parseConfig } from '@stacks/config';
import { IDLE_IN_TRANSACTION_TIMEOUT_MS, PrismaService } from './prisma.service.js';

describe('PrismaService.sqlTransaction (the driver pool)', () => {
  const prisma = new PrismaService(parseConfig(process.env));
  afterAll(() => prisma.$disconnect());

  const outboxRow = (jobId: string) =>
    Prisma.sql`INSERT INTO "OutboxEvent" (id, queue, "jobName", "jobId", payload, "createdAt") VALUES (gen_random_uuid(), 'maintenance', 'relay-outbox', ${jobId}, '{}'::jsonb, now()) RETURNING id`;

  it('commits what the work wrote, and rolls all of it back when the work throws', async () => {
    const kept = `sql-transaction-kept-${randomUUID()}`;
    await prisma.sqlTransaction((run) => run(outboxRow(kept)));
    expect(await prisma.outboxEvent.count({ where: { jobId: kept } })).toBe(1);

    const undone = `sql-transaction-undone-${randomUUID()}`;
    await expect(
      prisma.sqlTransaction(async (run) => {
        await run(outboxRow(undone));
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(await prisma.outboxEvent.count({ where: { jobId: undone } })).toBe(0);
    await prisma.outboxEvent.deleteMany({ where: { jobId: kept } });
  });

  it('runs on connections whose idle transactions PostgreSQL ends (no stalled caller holds locks for long)', async () => {
    const [setting] = await prisma.sqlTransaction((run) => run<{ ms: number }>(Prisma.sql`SELECT (extract(epoch FROM current_setting('idle_in_transaction_session_timeout')::interval) * 1000)::int AS ms`));
    expect(setting.ms).toBe(IDLE_IN_TRANSACTION_TIMEOUT_MS);
  });
});
