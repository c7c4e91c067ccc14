// `@stacks/db/seed`: the association's catalogue as data and the seeding that loads it.
export * from './catalogue.js';
export * from './run-seed.js';
