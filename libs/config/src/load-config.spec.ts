import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { configSchema } from './config.schema.js';
import { ConfigError, parseConfig } from './load-config.js';

const ENCRYPTION_KEYS = `k2:${randomBytes(32).toString('base64')},k1:${randomBytes(32).toString('base64')}`;

describe('parseConfig', () => {
  it('applies the documented defaults when nothing is set', () => {
    const config = parseConfig({});
    expect(config.DATABASE_URL).toBe('postgresql://postgres@127.0.0.1:5432/stacks');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.API_PORT).toBe(3000);
    expect(config.RECORDING_COMPLETION_PERCENT).toBe(80);
  });

  it('names the variable and the rule in one line when a value is malformed', () => {
    expect(() => parseConfig({ API_PORT: 'eighty' })).toThrow(
      new ConfigError('Invalid configuration: API_PORT Invalid input: expected number, received NaN (got "eighty")'),
    );
    expect(() => parseConfig({ REDIS_URL: 'localhost' })).toThrow(/^Invalid configuration: REDIS_URL must be a redis/);
  });

  it('reads Redis Cluster seed nodes and insists on a hash-tagged queue prefix with them', () => {
    expect(parseConfig({ REDIS_CLUSTER_NODES: 'redis-1:6379, 10.0.0.2:7000', QUEUE_PREFIX: '{stacks}' }).REDIS_CLUSTER_NODES).toEqual([
      { host: 'redis-1', port: 6379 },
      { host: '10.0.0.2', port: 7000 },
    ]);
    expect(parseConfig({}).REDIS_CLUSTER_NODES).toBeUndefined();
    expect(() => parseConfig({ REDIS_CLUSTER_NODES: 'redis-1:6379' })).toThrow(
      new ConfigError('Invalid configuration: QUEUE_PREFIX must contain a hash tag such as {stacks} when REDIS_CLUSTER_NODES is set'),
    );
    expect(() => parseConfig({ REDIS_CLUSTER_NODES: 'redis-1', QUEUE_PREFIX: '{stacks}' })).toThrow(/^Invalid configuration: REDIS_CLUSTER_NODES must be comma-separated host:port pairs/);
  });

  it('trusts no proxy by default and reads TRUSTED_PROXIES as addresses and CIDR ranges', () => {
    expect(parseConfig({}).TRUSTED_PROXIES).toEqual([]);
    expect(parseConfig({ TRUSTED_PROXIES: '10.0.0.0/8, 192.168.1.7,::1, fd00::/8' }).TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '192.168.1.7', '::1', 'fd00::/8']);
    for (const wrong of ['10.0.0.0/33', 'proxy.internal', '10.0.0.1/8/1', '*']) {
      expect(() => parseConfig({ TRUSTED_PROXIES: wrong })).toThrow(/^Invalid configuration: TRUSTED_PROXIES must be a comma-separated list of IP addresses or CIDR ranges/);
    }
  });

  it('never echoes the value of a secret setting', () => {
    try {
      parseConfig({ DATABASE_URL: 'nonsense-with-password' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as Error).message).toBe('Invalid configuration: DATABASE_URL must be a postgresql:// URL');
      expect((error as Error).message).not.toContain('nonsense');
    }
  });

  it('requires a JWT secret in production and generates one elsewhere', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(/JWT_ACCESS_SECRET is required/);
    const first = parseConfig({}).JWT_ACCESS_SECRET;
    expect(first).toHaveLength(64);
    expect(parseConfig({}).JWT_ACCESS_SECRET).not.toBe(first);
  });

  it('requires badge signing keys in production for the process that signs (the worker), and only there', () => {
    const secret = 'x'.repeat(32);
    const production = { NODE_ENV: 'production', JWT_ACCESS_SECRET: secret, NOTIFICATION_LINK_SECRET: secret, SECRETS_ENCRYPTION_KEYS: ENCRYPTION_KEYS };
    expect(() => parseConfig(production, { signsBadges: true, opensStoredSecrets: true })).toThrow(/BADGE_SIGNING_KEYS is required/);
    // The API never signs: it runs in production without any private key.
    expect(parseConfig(production).BADGE_SIGNING_KEYS).toBeUndefined();
    expect(parseConfig({}, { signsBadges: true }).BADGE_SIGNING_KEYS).toBeUndefined();
  });

  it('requires secrets-at-rest encryption keys in production for the processes that open stored secrets (API, worker), validates them, and never echoes them', () => {
    const secret = 'x'.repeat(32);
    const production = { NODE_ENV: 'production', JWT_ACCESS_SECRET: secret };
    const opens = { opensStoredSecrets: true };
    expect(() => parseConfig(production, opens)).toThrow(new ConfigError('Invalid configuration: SECRETS_ENCRYPTION_KEYS is required when NODE_ENV=production'));
    expect(() => parseConfig({ ...production, SECRETS_ENCRYPTION_KEYS: '' }, opens)).toThrow(/SECRETS_ENCRYPTION_KEYS is required/);
    expect(parseConfig({ ...production, SECRETS_ENCRYPTION_KEYS: ENCRYPTION_KEYS }, opens).SECRETS_ENCRYPTION_KEYS).toBe(ENCRYPTION_KEYS);
    // The bot and the migration script never open one: they run in production without the key.
    expect(parseConfig(production).SECRETS_ENCRYPTION_KEYS).toBeUndefined();
    // Elsewhere unset is fine: SecretBox uses its development key.
    expect(parseConfig({}, opens).SECRETS_ENCRYPTION_KEYS).toBeUndefined();
    const short = `k1:${randomBytes(16).toString('base64')}`;
    expect(() => parseConfig({ SECRETS_ENCRYPTION_KEYS: short })).toThrow(new ConfigError('Invalid configuration: SECRETS_ENCRYPTION_KEYS key k1 must be 32 bytes (got 16)'));
    expect(() => parseConfig({ SECRETS_ENCRYPTION_KEYS: `${ENCRYPTION_KEYS},${ENCRYPTION_KEYS.split(',')[1]}` })).toThrow(/SECRETS_ENCRYPTION_KEYS key id k1 is listed twice/);
    expect(() => parseConfig({ SECRETS_ENCRYPTION_KEYS: 'k1:not*base64' })).toThrow(/SECRETS_ENCRYPTION_KEYS key k1 is not valid base64/);
    try {
      parseConfig({ SECRETS_ENCRYPTION_KEYS: short });
    } catch (error) {
      expect((error as Error).message).not.toContain(short.slice(3));
    }
    expect(() => parseConfig({ ...production, SECRETS_ENCRYPTION_KEYS: 'development-only:d1u+fv50A3ld4bYgvtHC/hu0wYppztakwSCFq6+xcJk=' }, opens)).toThrow(
      /SECRETS_ENCRYPTION_KEYS must not contain the public development key/,
    );
  });

  it('switches single sign-on on only with both the issuer and the client, over HTTPS unless the provider is on this machine', () => {
    expect(parseConfig({}).OIDC_ISSUER_URL).toBeUndefined();
    const on = parseConfig({ OIDC_ISSUER_URL: 'https://login.association.example/', OIDC_CLIENT_ID: 'stacks', OIDC_CLIENT_SECRET: 'shh-secret' });
    expect([on.OIDC_SCOPES, on.OIDC_CLIENT_AUTH_METHOD]).toEqual(['openid email profile', 'client_secret_basic']);
    expect(() => parseConfig({ OIDC_ISSUER_URL: 'https://login.association.example/' })).toThrow(/OIDC_ISSUER_URL and OIDC_CLIENT_ID are set together/);
    expect(() => parseConfig({ OIDC_CLIENT_ID: 'stacks' })).toThrow(/OIDC_ISSUER_URL and OIDC_CLIENT_ID are set together/);
    expect(() => parseConfig({ OIDC_ISSUER_URL: 'http://login.association.example/', OIDC_CLIENT_ID: 'stacks' })).toThrow(/OIDC_ISSUER_URL must be https:\/\//);
    for (const local of ['http://127.0.0.1:4100', 'http://localhost:4100/realm', 'http://[::1]:4100']) {
      expect(parseConfig({ OIDC_ISSUER_URL: local, OIDC_CLIENT_ID: 'stacks' }).OIDC_ISSUER_URL).toBe(local);
    }
    expect(() => parseConfig({ OIDC_SCOPES: 'openid profile' })).toThrow(/OIDC_SCOPES must include openid and email/);
    expect(() => parseConfig({ OIDC_SCOPES: 'openid  email' })).toThrow(/OIDC_SCOPES must be scope names separated by single spaces/);
  });

  it('treats an empty string as unset', () => {
    expect(parseConfig({ API_PORT: '' }).API_PORT).toBe(3000);
  });

  it('documents every setting in .env.example', () => {
    const example = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8');
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]));
    expect([...Object.keys(configSchema.shape)].filter((key) => !documented.has(key))).toEqual([]);
  });
});
