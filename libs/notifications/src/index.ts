export * from './keys.js';
export * from './messages.js';
export * from './nudges.js';
export * from './quiet-hours.js';
export * from './schedule.js';
export * from './link-secret.js';
export * from './account-messages.js';
