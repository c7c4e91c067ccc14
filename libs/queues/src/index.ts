export * from './job-queues.js';
export * from './job-queues.module.js';
export * from './outbox-publisher.js';
