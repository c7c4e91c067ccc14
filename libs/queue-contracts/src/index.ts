export * from './queues.js';
export * from './redis-connection.js';
export * from './redis-client.js';
