import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import pg from 'pg';
import { type Prisma, PrismaClient } from './generated/prisma/client.js';

/** Runs one SQL statement and returns its rows: Prisma's `$queryRaw` or the driver pool directly. */
export type SqlRunner = <Row>(query: Prisma.Sql) => Promise<Row[]>;

/** How long a transaction on the pool may sit idle (between statements) before PostgreSQL ends it. */
export const IDLE_IN_TRANSACTION_TIMEOUT_MS = 15_000;

/** Distinct statement texts `PrismaService.sql` prepares; past it (dynamic SQL by mistake) it stops preparing. */
const MAX_PREPARED_STATEMENTS = 200;

/** A SqlRunner through Prisma's `$queryRaw`: inside an interactive transaction, or on a client of its own (the bot). */
export function transactionRunner(tx: Pick<Prisma.TransactionClient, '$queryRaw'>): SqlRunner {
  return <Row>(query: Prisma.Sql) => tx.$queryRaw<Row[]>(query);
}

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
  /** The driver pool under Prisma; `sql` sends the few per-request statements through it. */
  private readonly pool: pg.Pool;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const pool = new pg.Pool({
      connectionString: config.DATABASE_URL,
      max: config.DATABASE_POOL_SIZE,
      connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
      // A transaction the process stops driving (a stalled handler, a lost await) must not hold its
      // row locks: PostgreSQL ends it, as Prisma's 15 s interactive-transaction timeout did.
      idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
    });
    // An idle connection dropped by a PostgreSQL restart must not crash the process; the pool
    // replaces it on the next query.
    pool.on('error', (error) => new Logger(PrismaService.name).warn({ err: error }, 'idle database connection lost'));
    super({
      adapter: new PrismaPg(pool, { disposeExternalPool: true }),
      // The default formats capture a stack trace on every query for prettier errors; errors reach
      // clients as problem details anyway, and the capture cost ~5% of a request's CPU.
      errorFormat: 'minimal',
    });
    this.pool = pool;
  }

  /**
   * Runs a statement on the same pool Prisma uses, without Prisma's per-query machinery (about a
   * sixth of a hot request's CPU in profiles). For the statements every request runs; the rows
   * come back as node-postgres parses them (timestamps as Date, bigint as string).
   */
  readonly sql: SqlRunner = async <Row>(query: Prisma.Sql) =>
    (await this.pool.query({ name: this.statementName(query.text), text: query.text, values: query.values })).rows as Row[];

  /**
   * A transaction on the driver pool, its statements prepared like `sql`'s: for the few hot writes
   * (a learner's completion event, the outbox publish after it), where Prisma's interactive
   * transaction machinery cost more CPU than the statements. The advisory and row locks taken
   * inside last until the commit, as in `$transaction`.
   */
  async sqlTransaction<T>(work: (run: SqlRunner) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const run: SqlRunner = async <Row>(query: Prisma.Sql) =>
      (await client.query({ name: this.statementName(query.text), text: query.text, values: query.values })).rows as Row[];
    let broken: unknown;
    try {
      await client.query('BEGIN');
      const result = await work(run);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        broken = rollbackError; // the connection is unusable: the pool drops it
      }
      throw error;
    } finally {
      client.release(broken instanceof Error ? broken : undefined);
    }
  }

  private readonly statementNames = new Map<string, string>();

  /**
   * Every statement sent through `sql` is a named prepared statement, parsed and planned once per
   * connection instead of per call (planning the progress and reminder-state joins took as long as
   * running them). The name is derived from the text, so only the statement templates of hot paths
   * belong here, never SQL assembled from data.
   */
  private statementName(text: string): string | undefined {
    const known = this.statementNames.get(text);
    if (known || this.statementNames.size >= MAX_PREPARED_STATEMENTS) return known;
    const name = `stacks_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    this.statementNames.set(text, name);
    return name;
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
