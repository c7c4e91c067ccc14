export * from './generated/prisma/client.js';
export * from './migrations/migration-runner.js';
export * from './prisma.module.js';
export * from './prisma.service.js';
export * from './outbox/outbox-relay.js';
export * from './seed/catalogue.js';
export * from './seed/run-seed.js';
