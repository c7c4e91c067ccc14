export * from './link-code.js';
