// `@stacks/db/testing`: throw-away databases for tests, benchmarks and fault runs; never for production code.
export * from '../migrations/disposable-database.js';
export * from './scratch-database.js';
