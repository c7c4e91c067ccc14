import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message: 'must be a postgresql:// URL',
  });

const redisUrl = z
  .string()
  .refine((value) => /^rediss?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message: 'must be a redis:// or rediss:// URL',
  });

const port = z.coerce.number().int().min(1).max(65535);

/**
 * Every setting Stacks reads from the environment. `.env.example` documents each one;
 * `config.schema.spec.ts` checks the two stay in step.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: booleanFlag.default(false),

  DATABASE_URL: postgresUrl.default('postgresql://postgres@127.0.0.1:5432/stacks'),
  /** Optional read replica for read-only queries (catalogue, progress). */
  DATABASE_READ_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(3000),

  REDIS_URL: redisUrl.default('redis://127.0.0.1:6379'),
  /** BullMQ key prefix. Wrap it in braces (e.g. `{stacks}`) on a Redis Cluster so each queue's keys share a slot. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[{}\w:-]{1,64}$/, 'must be 1-64 letters, digits, _ - : { }')
    .default('stacks'),

  API_HOST: z.string().min(1).default('0.0.0.0'),
  API_PORT: port.default(3000),
  /** Public base URL of the API, used in links we hand out. */
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
  CORS_ORIGINS: z.string().default(''),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_048_576),

  /** Signing secret for access tokens. Required in production; generated per process elsewhere. */
  JWT_ACCESS_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_ACCESS_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(900),
  JWT_REFRESH_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(10),

  /** Share of a recording a learner must view for it to count as completed. */
  RECORDING_COMPLETION_PERCENT: z.coerce.number().int().min(1).max(100).default(80),
  /** Minutes of live attendance that count as attending; 0 means any attendance counts. */
  LIVE_ATTENDANCE_MIN_MINUTES: z.coerce.number().int().min(0).max(1440).default(0),

  WORKER_HEALTH_PORT: port.default(3001),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),

  /** Password of the demo accounts `npm run db:seed` creates (never in production). */
  SEED_DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(128).default('learn-with-stacks'),

  DISCORD_TOKEN: z.string().min(1).optional(),
  DISCORD_APPLICATION_ID: z.string().regex(/^\d+$/, 'must be a numeric Discord snowflake').optional(),
});

export type AppConfig = z.infer<typeof configSchema>;

/** Keys whose values never appear in error messages or logs. */
export const SECRET_KEYS: ReadonlySet<keyof AppConfig> = new Set([
  'JWT_ACCESS_SECRET',
  'DISCORD_TOKEN',
  'SEED_DEMO_PASSWORD',
  'DATABASE_URL',
  'DATABASE_READ_URL',
  'REDIS_URL',
]);
