import { isIP } from 'node:net';
import { keyListProblem } from '@stacks/secret-box';
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

/** An IPv4/IPv6 address, optionally with a CIDR prefix length that fits it. */
function isAddressOrCidr(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

const addressList = z
  .string()
  .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean))
  .refine((entries) => entries.every(isAddressOrCidr), { message: 'must be a comma-separated list of IP addresses or CIDR ranges' });

/**
 * Every setting Stacks reads from the environment. `.env.example` documents each one;
 * `load-config.spec.ts` checks the two stay in step.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Readable log lines instead of JSON; unset: readable in development when writing to a terminal. */
  LOG_PRETTY: booleanFlag.optional(),

  DATABASE_URL: postgresUrl.default('postgresql://postgres@127.0.0.1:5432/stacks'),
  /** Optional read replica for read-only queries (catalogue, progress). */
  DATABASE_READ_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(3000),

  REDIS_URL: redisUrl.default('redis://127.0.0.1:6379'),
  /**
   * Seed nodes of a Redis Cluster, `host:port,host:port`. When set, every process connects in
   * cluster mode (credentials and TLS still come from REDIS_URL) and QUEUE_PREFIX needs a {hash tag}.
   */
  REDIS_CLUSTER_NODES: z
    .string()
    .regex(/^\s*[\w.-]+:\d{1,5}\s*(,\s*[\w.-]+:\d{1,5}\s*)*$/, 'must be comma-separated host:port pairs, e.g. redis-1:6379,redis-2:6379')
    .transform((value) =>
      value.split(',').map((node) => {
        const [host, port] = node.trim().split(':');
        return { host, port: Number(port) };
      }),
    )
    .optional(),
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
  /** Largest attendance export accepted (bytes); a 20 000-row Zoom report is about 4 MB. */
  ATTENDANCE_IMPORT_MAX_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(16_777_216),
  /** Data records accepted per attendance import. */
  ATTENDANCE_IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(500_000).default(50_000),
  /** An attendance file still being read after this long is refused (the parse is bounded in time). */
  ATTENDANCE_IMPORT_PARSE_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  /** Largest resource file (worksheet, booklist, recording) an admin may upload; kept in PostgreSQL, so keep it small. */
  RESOURCE_UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).max(20_000_000).default(5_242_880),
  /**
   * Reverse proxies whose X-Forwarded-For is believed. Empty: the client address is the TCP peer,
   * so a header cannot pick the address that rate limits count.
   */
  TRUSTED_PROXIES: addressList.default([]),

  /**
   * Keys that seal secrets kept in the database (webhook signing secrets, OIDC ID tokens),
   * `id:base64-of-32-bytes`, comma-separated: the first seals, every one listed opens (rotation).
   * Required by the API and worker in production; elsewhere a fixed, public development key (id
   * development-only) is used.
   */
  SECRETS_ENCRYPTION_KEYS: z
    .string()
    .superRefine((value, context) => {
      const problem = keyListProblem(value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  /** Signing secret for access tokens. Required in production; generated per process elsewhere. */
  JWT_ACCESS_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_ACCESS_TTL_SECONDS: z.coerce.number().int().min(60).max(86400).default(900),
  JWT_REFRESH_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(10),
  /** Failed sign-ins to one e-mail address (from anywhere) before it is locked out for a while. */
  SIGN_IN_FAILURES_BEFORE_LOCKOUT: z.coerce.number().int().min(1).max(100).default(5),
  /** The first lockout; each further failure doubles it, up to SIGN_IN_LOCKOUT_MAX_SECONDS. */
  SIGN_IN_LOCKOUT_BASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  SIGN_IN_LOCKOUT_MAX_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),

  // --- Accounts ---
  /** Account mails sent on request (password reset, verification again), per client address per hour. */
  ACCOUNT_MAIL_PER_CLIENT_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(20),
  /** The same, per target e-mail address per hour. */
  ACCOUNT_MAIL_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(5),
  /** How long an e-mail verification link stays valid. */
  EMAIL_VERIFICATION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(48),
  /** How long a password reset link stays valid. */
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(1440).default(60),

  // --- Single sign-on (OpenID Connect, the member identity provider) ---
  /**
   * Issuer of the member identity provider (its discovery document sits under it). SSO is off when
   * unset. Register <PUBLIC_BASE_URL>/api/v1/auth/oidc/callback as the redirect URI there and
   * <PUBLIC_BASE_URL>/sign-in as the post-logout redirect URI.
   */
  OIDC_ISSUER_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Client registered for Stacks at the provider (required with OIDC_ISSUER_URL). */
  OIDC_CLIENT_ID: z.string().min(1).max(500).optional(),
  /** Its secret; unset, Stacks signs in as a public client (PKCE only). */
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** How the secret goes to the token endpoint: as registered at the provider. */
  OIDC_CLIENT_AUTH_METHOD: z.enum(['client_secret_basic', 'client_secret_post']).default('client_secret_basic'),
  /** Scopes asked for, space-separated; must include openid and email. */
  OIDC_SCOPES: z
    .string()
    .regex(/^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/, 'must be scope names separated by single spaces')
    .refine((value) => value.split(' ').includes('openid') && value.split(' ').includes('email'), { message: 'must include openid and email' })
    .default('openid email profile'),
  /** Shown on the button: "Sign in with <name>". */
  OIDC_PROVIDER_NAME: z.string().min(1).max(60).default('your member account'),

  /** Share of a recording a learner must view for it to count as completed. */
  RECORDING_COMPLETION_PERCENT: z.coerce.number().int().min(1).max(100).default(80),
  /** Minutes of live attendance that count as attending; 0 means any attendance counts. */
  LIVE_ATTENDANCE_MIN_MINUTES: z.coerce.number().int().min(0).max(1440).default(0),
  /** Share (1-100) of a session's scheduled length that counts as attending, for sessions that set no threshold; 0 = use the minutes above. */
  LIVE_ATTENDANCE_MIN_PERCENT: z.coerce.number().int().min(0).max(100).default(0),
  /** Secret Token of the Zoom app's event subscription; unset, POST /integrations/zoom/events answers 404. */
  ZOOM_WEBHOOK_SECRET_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Zoom webhook calls accepted per minute and client address. */
  ZOOM_WEBHOOK_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),

  WORKER_HEALTH_PORT: port.default(3001),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  /** Bearer token a Prometheus scraper sends for the worker's GET /metrics; unset, only localhost may read it. */
  WORKER_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),

  /** Password of the demo accounts `npm run db:seed` creates (never in production). */
  SEED_DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(128).default('learn-with-stacks'),

  DISCORD_TOKEN: z.string().min(1).optional(),
  DISCORD_APPLICATION_ID: z.string().regex(/^\d+$/, 'must be a numeric Discord snowflake').optional(),
  /** Register slash commands in this one guild only (they appear at once); unset registers them globally. */
  DISCORD_GUILD_ID: z.string().regex(/^\d+$/, 'must be a numeric Discord snowflake').optional(),
  /** Publish live sessions as scheduled events in this guild (the worker; needs DISCORD_TOKEN); unset publishes none. */
  DISCORD_EVENTS_GUILD_ID: z.string().regex(/^\d+$/, 'must be a numeric Discord snowflake').optional(),

  // --- Reminders and notifications ---
  /** Minutes before a session's start at which reminders go out, comma-separated. */
  REMINDER_OFFSETS_MINUTES: z.string().regex(/^\s*\d+\s*(,\s*\d+\s*)*$/, 'must be comma-separated whole minutes, e.g. 1440,60').default('1440,60'),
  /** A reminder whose moment passed less than this long ago is still sent (at once); older ones are skipped. */
  REMINDER_GRACE_SECONDS: z.coerce.number().int().min(0).max(3600).default(300),
  /** SMTP server for e-mail (smtp://user:pass@host:587, smtps://…). Unset: messages go to the worker's log (console channel). */
  SMTP_URL: z.string().refine((value) => /^smtps?:\/\/[^\s]+$/.test(value) && URL.canParse(value), { message: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().min(3).default('Stacks <no-reply@stacks.local>'),
  /** Discord REST base URL; only changed to point tests at a local stand-in. */
  DISCORD_API_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://discord.com/api'),
  /** Signs one-click unsubscribe links (32+ characters). Required in production; a fixed development value elsewhere. */
  NOTIFICATION_LINK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Days a one-click unsubscribe link in a sent message keeps working. */
  UNSUBSCRIBE_LINK_TTL_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** A claimed delivery (and its BullMQ job lock) belongs to one worker this long; sends time out well before. */
  NOTIFICATION_LOCK_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  /** Reminder jobs processed at once per worker process (I/O-bound; their database work is batched). */
  NOTIFICATION_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(64),
  /** Most messages per second per channel and worker process. */
  EMAIL_RATE_PER_SECOND: z.coerce.number().int().min(1).max(10_000).default(20),
  DISCORD_RATE_PER_SECOND: z.coerce.number().int().min(1).max(10_000).default(5),
  /** Attempts per delivery before it is dead-lettered; retries back off exponentially from NOTIFICATION_BACKOFF_MS. */
  NOTIFICATION_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  NOTIFICATION_BACKOFF_MS: z.coerce.number().int().min(10).max(600_000).default(2000),
  /** Cron pattern (UTC) of the sweep that nudges learners with an unfinished series (at most once a week each). */
  NUDGE_SWEEP_CRON: z.string().min(9).default('0 15 * * *'),
  /** Cron pattern (UTC) of the weekly digest of upcoming sessions, for learners who opted in. */
  WEEKLY_DIGEST_CRON: z.string().min(9).default('0 13 * * 1'),
  /** Cron pattern (UTC) of the sweep that tells holders their badge expires in 30 or 7 days (once per threshold). */
  BADGE_EXPIRY_SWEEP_CRON: z.string().min(9).default('0 14 * * *'),

  // --- Open Badges ---
  /**
   * JSON array of Ed25519 private JWKs, each with a `kid`, that sign badge credentials. Keep retired
   * keys in the list: the DID document publishes every key, so credentials they signed stay valid.
   * Required in production; elsewhere a fixed, public development key is used (with a warning).
   */
  BADGE_SIGNING_KEYS: z.string().min(2).optional(),
  /** The `kid` in BADGE_SIGNING_KEYS that signs new credentials; unset means the last key listed. */
  BADGE_ACTIVE_KEY_ID: z.string().regex(/^[\w.-]{1,64}$/, "must be 1-64 letters, digits, '.', '_' or '-'").optional(),
  /** How long an "Add to wallet" exchange link (QR code) works before the learner must ask for a new one. */
  WALLET_EXCHANGE_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  /**
   * How long verifiers may cache a status list (Cache-Control max-age; the signed list's validUntil
   * is twice that). A revocation reaches every verifier within this many seconds. The worker
   * re-signs lists after each revocation and looks for lists to renew every half of it.
   */
  BADGE_STATUS_LIST_MAX_AGE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),

  // --- Calendar feeds ---
  /** Most events one .ics feed carries (program, series or a learner's own); the latest sessions are kept. */
  CALENDAR_FEED_MAX_EVENTS: z.coerce.number().int().min(1).max(10_000).default(500),
  /** Cache-Control max-age of a feed and the refresh interval it suggests to subscribing clients. */
  CALENDAR_FEED_MAX_AGE_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  /** Requests per minute per address to the .ics routes (clients poll; a guessing run is cut short). */
  CALENDAR_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),

  // --- Question answering ---
  /**
   * At most this often the bot and API check whether the catalogue or the FAQ changed (one cheap
   * version query, made before an answer when due) and rebuild their answer index.
   */
  ANSWERING_REFRESH_SECONDS: z.coerce.number().int().min(1).max(86_400).default(5),
  /** Requests per minute per address to POST /api/v1/ask. */
  ASK_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  /** OpenAI-compatible API base (e.g. http://127.0.0.1:11434/v1). With ANSWERING_LLM_MODEL set, answers are rewritten from the retrieved passages with citations; off when unset. */
  ANSWERING_LLM_URL: z.url({ protocol: /^https?$/ }).optional(),
  ANSWERING_LLM_MODEL: z.string().min(1).max(200).optional(),
  ANSWERING_LLM_API_KEY: z.string().min(1).optional(),
  /** After this long the retrieval answer is used instead. */
  ANSWERING_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(4000),

  // --- Outbound webhooks and xAPI ---
  /** Attempts per webhook delivery before it goes to the dead-letter list; backoff doubles from WEBHOOK_BACKOFF_MS. */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(10),
  WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(10).max(3_600_000).default(5000),
  /** Each webhook request (connect, send, response) is abandoned after this long. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Webhook deliveries and xAPI sends in flight at once per worker process. */
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(512).default(64),
  /** After a secret rotation, deliveries are signed with the old secret too for this many hours. */
  WEBHOOK_SECRET_GRACE_HOURS: z.coerce.number().int().min(0).max(720).default(24),
  /** Accept endpoints on loopback and private addresses (local receivers, tests). Refused in production. */
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES: booleanFlag.default(false),
  /** PEM file of one more CA the worker trusts for outbound HTTPS (a test receiver, a private LRS). */
  OUTBOUND_EXTRA_CA_FILE: z.string().min(1).optional(),
  /** xAPI statements endpoint base of the learning record store (…/xapi/); xAPI is off when unset. */
  LRS_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Basic credentials of the LRS (or LRS_AUTHORIZATION: the whole Authorization header value). */
  LRS_USERNAME: z.string().min(1).optional(),
  LRS_PASSWORD: z.string().min(1).optional(),
  LRS_AUTHORIZATION: z.string().min(1).optional(),
});

export type AppConfig = z.infer<typeof configSchema>;

/** Keys whose values never appear in error messages or logs. */
export const SECRET_KEYS: ReadonlySet<keyof AppConfig> = new Set([
  'JWT_ACCESS_SECRET',
  'DISCORD_TOKEN',
  'ANSWERING_LLM_API_KEY',
  'SEED_DEMO_PASSWORD',
  'DATABASE_URL',
  'DATABASE_READ_URL',
  'BADGE_SIGNING_KEYS',
  'REDIS_URL',
  'SMTP_URL',
  'NOTIFICATION_LINK_SECRET',
  'WORKER_METRICS_TOKEN',
  'LRS_PASSWORD',
  'LRS_AUTHORIZATION',
  'OIDC_CLIENT_SECRET',
  'SECRETS_ENCRYPTION_KEYS',
]);
