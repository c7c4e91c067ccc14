import { parseConfig } from '@stacks/config';
import { type PrismaClient, PrismaService } from '@stacks/db';
import { SmtpCatcher } from '@stacks/test-processes';
import { DiscordStandIn } from '@stacks/test-processes/discord-stand-in';
import { createOwnDatabase } from './own-database.js';
import { WorkerProcess } from './processes.js';

export interface DeliveryStack {
  /** The queue prefix the worker and the test's queues share. */
  prefix: string;
  redisUrl: string;
  prisma: PrismaClient;
  smtp: SmtpCatcher;
  discord: DiscordStandIn;
  worker: WorkerProcess;
  stop(): Promise<void>;
}

/**
 * A worker process on its own database and queue prefix, delivering to a real SMTP server and a
 * Discord stand-in: what every end-to-end delivery test starts from. `env` adds or overrides settings.
 */
export async function startDeliveryStack(label: string, env: Record<string, string> = {}): Promise<DeliveryStack> {
  const prefix = `${process.env.QUEUE_PREFIX}-${label}`;
  const database = await createOwnDatabase(label);
  const config = parseConfig({ ...process.env, QUEUE_PREFIX: prefix, DATABASE_URL: database.url });
  const prisma = new PrismaService(config);
  const smtp = await new SmtpCatcher().start();
  const discord = await DiscordStandIn.start({ token: 'test-bot-token' });
  const worker = await new WorkerProcess({
    QUEUE_PREFIX: prefix,
    DATABASE_URL: database.url,
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Stacks <reminders@stacks.test>',
    DISCORD_TOKEN: 'test-bot-token',
    DISCORD_API_BASE_URL: discord.apiBaseUrl,
    PUBLIC_BASE_URL: 'https://stacks.test',
    NOTIFICATION_LOCK_SECONDS: '2',
    NOTIFICATION_BACKOFF_MS: '200',
    ...env,
  }).start();
  return {
    prefix,
    redisUrl: config.REDIS_URL,
    prisma,
    smtp,
    discord,
    worker,
    async stop() {
      await worker.stop();
      await Promise.all([smtp.stop(), discord.close(), prisma.$disconnect()]);
      await database.drop();
    },
  };
}
