export * from './queues.js';
export * from './integration-events.js';
