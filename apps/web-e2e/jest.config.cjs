// End-to-end: a real browser (Debian's chromium through playwright-core) against the real API and
// worker on the run's own database (tools/testing/global-setup.cjs) and queue prefix.
const base = require('../../jest.preset.cjs')(__dirname, 'web-e2e', { services: true });

module.exports = {
  ...base,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 120000,
};
