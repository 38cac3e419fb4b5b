// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

/** The Node globals the CommonJS scripts and configs use (no `globals` package needed). */
const nodeGlobals = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  __dirname: 'readonly',
  __filename: 'readonly',
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
  setInterval: 'readonly',
  clearInterval: 'readonly',
  setImmediate: 'readonly',
  URL: 'readonly',
  fetch: 'readonly',
};

const unusedVars = [
  'error',
  {
    args: 'after-used',
    argsIgnorePattern: '^_',
    varsIgnorePattern: '^_',
    caughtErrorsIgnorePattern: '^_',
    destructuredArrayIgnorePattern: '^_',
    ignoreRestSiblings: true,
  },
];

export default defineConfig(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '.tools/**', '.data/**', 'coverage/**', 'deploy/**'],
  },

  // Every file: sorted imports and exports.
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      // Default groups (the codebase's convention): side effects, node: builtins, packages
      // (including the @khai/* libraries, alphabetically), absolute, then relative imports.
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
    },
  },

  // TypeScript: type-checked recommended rules, with the nearest tsconfig.json found by the project service (the
  // web app's for apps/web/src).
  {
    files: ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': unusedVars,
      // Ports are Promise-returning (EventStore, Nest's ICommandHandler/IQueryHandler.execute), and some
      // implementations answer synchronously: `async` there is deliberate, so a throw (a closed SQLite
      // handle, a missing stream) arrives as a rejection rather than escaping the caller's `await`.
      // A forgotten `await` is still caught by no-floating-promises and no-misused-promises.
      '@typescript-eslint/require-await': 'off',
    },
  },

  // Tests: @types/jest types the asymmetric matchers (`expect.any`, `expect.stringMatching`,
  // `expect.objectContaining`, ...) as `any`, so every one placed in an expected object literal is an
  // "unsafe assignment". Only that rule is relaxed: response bodies must still be typed
  // (`res.json<T>()`), as member access, calls, returns and arguments on `any` stay errors.
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },

  // Plain JavaScript (root configs, scripts): lint without type information.
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    extends: [js.configs.recommended, tseslint.configs.disableTypeChecked],
    languageOptions: {
      ecmaVersion: 2023,
      globals: nodeGlobals,
    },
    rules: {
      'no-unused-vars': unusedVars,
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  // Benchmarks driving a browser: Node's fetch and performance, and the page's globals in the functions handed to it.
  {
    files: ['apps/web/bench/**/*.mjs'],
    languageOptions: {
      globals: { fetch: 'readonly', performance: 'readonly', document: 'readonly', requestAnimationFrame: 'readonly' },
    },
  },
);
