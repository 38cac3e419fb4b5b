const base = require('./jest.config');

/** Integration tests: real servers (found by environment), real processes. */
module.exports = { ...base, testMatch: ['**/*.int-spec.ts', '**/*.e2e-spec.ts'], testTimeout: 120000 };
