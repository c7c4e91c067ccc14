export * from './attendance-csv.js';
export * from './completion-policy.js';
export * from './credit-hours.js';
export * from './csv.js';
export * from './enrolment-policy.js';
export * from './series-progress.js';
export * from './transcript.js';
export * from './zoned-time.js';
