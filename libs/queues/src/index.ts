export * from './job-queues.js';
export * from './job-queues.module.js';
export * from './outbox-publisher.js';
export * from './redis-client.js';
export * from './redis-connection.js';
