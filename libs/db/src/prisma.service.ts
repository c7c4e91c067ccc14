import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { PrismaClient } from './generated/prisma/client.js';

export function createPrismaClient(
  connectionString: string,
  options: { poolSize?: number; connectTimeoutMs?: number } = {},
): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: options.poolSize ?? 10,
    // Fail fast when PostgreSQL is down so readiness answers 503 instead of hanging.
    connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter, errorFormat: 'minimal' });
}

/** The primary (read-write) database. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      adapter: new PrismaPg({
        connectionString: config.DATABASE_URL,
        max: config.DATABASE_POOL_SIZE,
        connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS,
        idleTimeoutMillis: 30_000,
      }),
      // The default formats capture a stack trace on every query for prettier errors; errors reach
      // clients as problem details anyway, and the capture cost ~5% of a request's CPU.
      errorFormat: 'minimal',
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}

/**
 * Read-only queries that tolerate replica lag (catalogue, reports). Points at
 * DATABASE_READ_URL when set, otherwise shares the primary.
 */
@Injectable()
export class ReadPrismaService implements OnModuleDestroy {
  private readonly logger = new Logger(ReadPrismaService.name);
  readonly client: PrismaClient;
  private readonly ownsClient: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig, primary: PrismaService) {
    this.ownsClient = Boolean(config.DATABASE_READ_URL);
    this.client = config.DATABASE_READ_URL
      ? createPrismaClient(config.DATABASE_READ_URL, {
          poolSize: config.DATABASE_POOL_SIZE,
          connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
        })
      : primary;
    if (this.ownsClient) this.logger.log('Read queries go to the replica in DATABASE_READ_URL');
  }

  async onModuleDestroy(): Promise<void> {
    if (this.ownsClient) await this.client.$disconnect();
  }
}
