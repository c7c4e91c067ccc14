export * from './outbound-request.js';
export * from './webhook-destination.js';
export * from './webhook-signature.js';
export * from './xapi-statement.js';
