export * from './badge-issuance.js';
export * from './badge-urls.js';
export * from './key-ring.js';
