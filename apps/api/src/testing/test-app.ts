import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppConfig, parseConfig } from '@stacks/config';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../app/create-app.js';

/** Config for the run's own database and queue prefix (set by tools/testing/global-setup.cjs). */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return parseConfig({
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    // Every test request comes from one address; the rate-limit test sets its own limit.
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    ACCOUNT_MAIL_PER_CLIENT_PER_HOUR: '1000',
    CALENDAR_RATE_LIMIT_PER_MINUTE: '1000',
    ...overrides,
  });
}

export interface TestApp {
  nest: NestFastifyApplication;
  /** Fastify's in-process request injection: the whole HTTP pipeline without a socket. */
  inject: FastifyInstance['inject'];
  close(): Promise<void>;
}

/** The real application, initialised but not listening. */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const nest = await createApp(testConfig(overrides));
  await nest.init();
  const fastify = nest.getHttpAdapter().getInstance() as FastifyInstance;
  await fastify.ready();
  return { nest, inject: fastify.inject.bind(fastify) as FastifyInstance['inject'], close: () => nest.close() };
}
