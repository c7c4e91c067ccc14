export * from './achievement-credits.js';
export * from './badge-issuance.js';
export * from './badge-urls.js';
export * from './expiring-credentials.js';
export * from './key-ring.js';
export * from './pathway-certificates.js';
