import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { SecretBox } from '@stacks/secret-box';
import { type AppConfig, configSchema, SECRET_KEYS } from './config.schema.js';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Environment = Record<string, string | undefined>;

/** True for http(s) URLs whose host is this machine (localhost, 127.0.0.0/8, ::1). */
export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Validates the environment once. Empty strings count as unset so that a blank line in
 * `.env` falls back to the default instead of failing.
 * Throws a ConfigError whose message is one line naming the first bad variable.
 */
export interface ConfigRequirements {
  /** The process signs badge credentials and status lists (the worker): BADGE_SIGNING_KEYS is then required in production. */
  signsBadges?: boolean;
  /**
   * The process seals or opens secrets kept in the database (the API and the worker):
   * SECRETS_ENCRYPTION_KEYS is then required in production, and must not be the development key.
   */
  opensStoredSecrets?: boolean;
}

export function parseConfig(environment: Environment, requirements: ConfigRequirements = {}): AppConfig {
  const relevant = Object.fromEntries(
    Object.keys(configSchema.shape)
      .map((key) => [key, environment[key]])
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = configSchema.safeParse(relevant);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = String(issue.path[0]) as keyof AppConfig;
    const shown = SECRET_KEYS.has(key) ? '' : ` (got ${JSON.stringify(relevant[key] ?? null)})`;
    const rule = relevant[key] === undefined ? 'is required' : issue.message;
    throw new ConfigError(`Invalid configuration: ${key} ${rule}${shown}`);
  }
  const config = result.data;
  if (config.REDIS_CLUSTER_NODES && !/\{[^{}]+\}/.test(config.QUEUE_PREFIX)) {
    // Without a tag a queue's keys spread over slots and BullMQ's scripts fail with CROSSSLOT.
    throw new ConfigError('Invalid configuration: QUEUE_PREFIX must contain a hash tag such as {stacks} when REDIS_CLUSTER_NODES is set');
  }
  if (!config.JWT_ACCESS_SECRET) {
    if (config.NODE_ENV === 'production') {
      throw new ConfigError('Invalid configuration: JWT_ACCESS_SECRET is required when NODE_ENV=production');
    }
    // Outside production a per-process secret keeps `npm start` zero-config; tokens die with the process.
    config.JWT_ACCESS_SECRET = randomBytes(32).toString('hex');
  }
  if (requirements.opensStoredSecrets && config.NODE_ENV === 'production') {
    // Outside production SecretBox falls back to its public development key; in production that
    // key (or no key) would leave webhook secrets and ID tokens readable from a database dump.
    // The bot and the migration and seed scripts never open one, so they need no key.
    // SecretBox itself refuses a missing key list and the development key in production.
    try {
      SecretBox.fromConfig(config.SECRETS_ENCRYPTION_KEYS, config.NODE_ENV);
    } catch (error) {
      throw new ConfigError(`Invalid configuration: ${(error as Error).message}`);
    }
  }
  if (requirements.signsBadges && !config.BADGE_SIGNING_KEYS && config.NODE_ENV === 'production') {
    // Outside production the badge libraries fall back to a public development key. The API never
    // signs, so it needs no key at all.
    throw new ConfigError('Invalid configuration: BADGE_SIGNING_KEYS is required when NODE_ENV=production');
  }
  if (config.WEBHOOK_ALLOW_PRIVATE_ADDRESSES && config.NODE_ENV === 'production') {
    throw new ConfigError('Invalid configuration: WEBHOOK_ALLOW_PRIVATE_ADDRESSES must not be set when NODE_ENV=production');
  }
  if (Boolean(config.OIDC_ISSUER_URL) !== Boolean(config.OIDC_CLIENT_ID)) {
    throw new ConfigError('Invalid configuration: OIDC_ISSUER_URL and OIDC_CLIENT_ID are set together (single sign-on) or not at all');
  }
  if (config.OIDC_ISSUER_URL && new URL(config.OIDC_ISSUER_URL).protocol === 'http:' && !isLoopbackUrl(config.OIDC_ISSUER_URL)) {
    // Tokens and the ID token's keys would travel in the clear; plain HTTP is for a provider on this machine (tests, development).
    throw new ConfigError('Invalid configuration: OIDC_ISSUER_URL must be https:// (http:// only for a provider on localhost)');
  }
  return config;
}

/** Reads `.env` (when present, without overriding real variables) and validates the result. */
export function loadConfig(environment: Environment = process.env, envFile = '.env', requirements: ConfigRequirements = {}): AppConfig {
  if (environment === process.env && existsSync(envFile)) {
    process.loadEnvFile(envFile);
  }
  return parseConfig(environment, requirements);
}

/** Entry-point guard: print the one-line reason and exit non-zero instead of a stack trace. */
export function loadConfigOrExit(requirements: ConfigRequirements = {}): AppConfig {
  try {
    return loadConfig(process.env, '.env', requirements);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
