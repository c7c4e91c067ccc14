// End-to-end: a real browser (Debian's chromium, or @sparticuz/chromium's, through playwright-core)
// against the real API and worker on the run's own database (tools/testing/global-setup.cjs) and
// queue prefix; plus the unit specs of how that browser is chosen.
const base = require('../../jest.preset.cjs')(__dirname, 'web-e2e', { services: true });

module.exports = {
  ...base,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts', '<rootDir>/src/**/*.spec.ts'],
  testTimeout: 120000,
};
