const base = require('./jest.config');

/** Integration and end-to-end tests: real servers (found by environment or testcontainers), real processes, real HTTP. */
module.exports = {
  ...base,
  testMatch: ['**/*.int-spec.ts', '**/*.e2e-spec.ts'],
  testTimeout: 120000,
  globalSetup: '<rootDir>/test/int-global-setup.ts',
  globalTeardown: '<rootDir>/test/int-global-teardown.ts',
};
