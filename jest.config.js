const swcOptions = require('./scripts/swc-options');

/** Unit and contract tests: no server needed. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test', '<rootDir>/bench'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcOptions({ resolveAliases: false }), swcrc: false }] },
  moduleNameMapper: { '^@khai/(.*)$': '<rootDir>/libs/$1/src' },
  setupFiles: ['reflect-metadata'],
  // A spec's app setup (several HTTP writes) can take seconds on a loaded 2-core runner; 5 s failed a hook there.
  testTimeout: 20_000,
};
