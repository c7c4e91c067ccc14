import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { type PrismaClient, PrismaService } from '@stacks/db';
import type { TestApp } from './test-app.js';

export interface TestAccount {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  /** Authorization header for inject(). */
  auth: { authorization: string };
}

const PASSWORD = 'a-long-test-password';

/**
 * Registers through the API (202, no tokens), then signs in. The address counts as verified unless `verified: false` (the
 * verification journey itself is tested with the mailed link in accounts.int-spec.ts).
 */
export async function registerLearner(app: TestApp, name = 'Learner', options: { verified?: boolean } = {}): Promise<TestAccount> {
  const email = `${name.toLowerCase().replace(/\W/g, '')}-${randomUUID().slice(0, 8)}@test.example`;
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email, password: PASSWORD, displayName: name },
  });
  if (response.statusCode !== 202) throw new Error(`register failed: ${response.body}`);
  const signedIn = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: PASSWORD } });
  if (signedIn.statusCode !== 200) throw new Error(`login after register failed: ${signedIn.body}`);
  const account = await toAccount(app, email, signedIn.json());
  if (options.verified !== false) {
    await app.nest.get(PrismaService).user.update({ where: { id: account.id }, data: { emailVerifiedAt: new Date() } });
  }
  return account;
}

/** Admins are never self-registered: created directly, then signed in through the API. */
export async function createAdmin(app: TestApp, prisma: PrismaClient): Promise<TestAccount> {
  const email = `admin-${randomUUID().slice(0, 8)}@test.example`;
  await prisma.user.create({
    data: { email, passwordHash: await hash(PASSWORD, { algorithm: 2 }), displayName: 'Admin', role: 'ADMIN' },
  });
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`admin login failed: ${response.body}`);
  return toAccount(app, email, response.json());
}

/** Division staff (ISSUER_ADMIN) of the given issuers: created directly, then signed in through the API. */
export async function createIssuerStaff(app: TestApp, prisma: PrismaClient, issuerIds: string[]): Promise<TestAccount> {
  const email = `staff-${randomUUID().slice(0, 8)}@test.example`;
  await prisma.user.create({
    data: {
      email,
      passwordHash: await hash(PASSWORD, { algorithm: 2 }),
      displayName: 'Division staff',
      role: 'ISSUER_ADMIN',
      staffOf: { create: issuerIds.map((issuerId) => ({ issuerId })) },
    },
  });
  const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`staff login failed: ${response.body}`);
  return toAccount(app, email, response.json());
}

async function toAccount(app: TestApp, email: string, tokens: { accessToken: string; refreshToken: string }): Promise<TestAccount> {
  const auth = { authorization: `Bearer ${tokens.accessToken}` };
  const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: auth });
  return { id: me.json().id, email, password: PASSWORD, ...tokens, auth };
}
