// The production barrel. Seed data: `@stacks/db/seed`; test helpers: `@stacks/db/testing`.
export * from './generated/prisma/client.js';
export * from './migrations/migration-runner.js';
export * from './prisma.module.js';
export * from './prisma.service.js';
export * from './outbox/outbox-event.js';
export * from './outbox/outbox-relay.js';
export * from './catalogue-snapshot/catalogue-snapshot.js';
export * from './default-time-zone.js';
export * from './learner-series/learner-series.query.js';
export * from './asked-questions/asked-questions.js';
export * from './enrolments/cohort-membership.js';
export * from './enrolments/session-enrolment.js';
export * from './sign-ins/expired-sign-ins.js';
