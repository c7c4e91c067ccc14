export * from './queues.js';
export * from './redis-connection.js';
