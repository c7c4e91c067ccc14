export * from './feed-token.js';
export * from './sequence.js';
export * from './session-calendar.js';
