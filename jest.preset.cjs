// Shared Jest settings. NestJS 12 ships ES modules only, so Jest runs in its native ESM mode
// (NODE_OPTIONS=--experimental-vm-modules, set by the Nx `test` target) and SWC strips types
// while keeping decorator metadata for Nest's dependency injection.
const path = require('node:path');
const { readFileSync } = require('node:fs');

const tsconfig = JSON.parse(readFileSync(path.join(__dirname, 'tsconfig.base.json'), 'utf8'));
const workspaceAliases = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/@]/g, '\\$&')}$`,
    path.join(__dirname, target),
  ]),
);

/** ESM-only packages that CommonJS dependencies require(). */
const ESM_ONLY_REQUIRED_FROM_CJS = ['content-disposition', 'cookie'];

/**
 * @param {string} projectDir
 * @param {string} displayName
 * @param {{ services?: boolean }} [options] services: give the run its own PostgreSQL database and queue prefix
 */
module.exports = function jestConfigFor(projectDir, displayName, options = {}) {
  const services = options.services
    ? {
        globalSetup: path.join(__dirname, 'tools/testing/global-setup.cjs'),
        globalTeardown: path.join(__dirname, 'tools/testing/global-teardown.cjs'),
      }
    : {};
  return {
    ...services,
    displayName,
    rootDir: projectDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/**/*.int-spec.ts'],
    extensionsToTreatAsEsm: ['.ts'],
    transform: {
      '^.+\\.ts$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true },
            target: 'es2023',
          },
          sourceMaps: 'inline',
        },
      ],
      // ESM-only packages that a CommonJS dependency require()s (Node 20.19+ allows that,
      // Jest's module loader does not): compile just those to CommonJS.
      '^.+/node_modules/.+\\.js$': ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2023' } }],
    },
    transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_REQUIRED_FROM_CJS.join('|')})/)`],
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1', ...workspaceAliases },
    maxWorkers: 1,
    // One worker process, recycled once a test file leaves it above this: each int-spec boots a
    // Nest app in a fresh ESM module graph that Jest's vm modules never free, and the API's ~50
    // files in one process ran out of heap. Setting a limit also makes Jest use the worker
    // process instead of running in band.
    workerIdleMemoryLimit: '1536MB',
    testTimeout: 30000,
  };
};
