// Architecture rules for Khai: `npm run deps:check` (depcruise apps libs --config .dependency-cruiser.js).
// Paths are resolved (tsconfig paths included), so `@khai/market` is checked as `libs/market/src/index.ts`.

/** The write-side bounded contexts: none may depend on another. */
const CONTEXTS = '(registry|feed|production|sales|market|settlement)';
/** Unit, integration and end-to-end test files. */
const TEST_FILE = '\\.(spec|int-spec|e2e-spec)\\.ts$';
/** Frameworks and infrastructure a domain must never see, resolved or not. */
const INFRASTRUCTURE =
  '^(node_modules/)?(@nestjs/|@kurrent/|class-validator|class-transformer|better-sqlite3|kafkajs|mongoose|mongodb|fastify|@fastify/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'Deciders, events and state are plain TypeScript: no framework, persistence or transport, nor any other ' +
        'package from node_modules but immutable (persistent maps: pure values, no I/O; state that holds years of ' +
        'entries cannot be copied on every event). Import the rest in commands/, queries/ or adapters instead.',
      from: { path: '^libs/[^/]+/src/domain/', pathNot: TEST_FILE },
      to: { path: ['(^|/)node_modules/', INFRASTRUCTURE], pathNot: '(^|/)node_modules/immutable/' },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'Domain tests may use fast-check (and @khai/testing), but no framework, persistence, transport or other ' +
        'package: a decider is tested as a pure function.',
      from: { path: `^libs/[^/]+/src/domain/.*${TEST_FILE}` },
      to: { path: ['(^|/)node_modules/', INFRASTRUCTURE], pathNot: '(^|/)node_modules/fast-check/' },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment:
        'libs/core (deciders, envelope, errors, ports, handleCommand, use cases) loads no package at all, directly ' +
        'or through anything it imports: deciders import it without pulling in SQLite, KurrentDB, Nest or Swagger.',
      from: { path: '^libs/core/', pathNot: TEST_FILE },
      to: { path: '(^|/)node_modules/', reachable: true },
    },
    {
      name: 'domain-loads-nothing-impure',
      severity: 'error',
      comment:
        'What a domain file loads, through every import, holds no framework, driver or transport: deciders import ' +
        '@khai/core (and the shared language in @khai/contracts), never @khai/event-sourcing, which binds adapters.',
      from: { path: ['^libs/[^/]+/src/domain/', '^libs/analytics/src/action-plan/domain/'], pathNot: TEST_FILE },
      to: {
        path: '^(node_modules/)?(@nestjs/|@kurrent/|better-sqlite3|kafkajs|mongoose|mongodb|fastify|@fastify/)',
        reachable: true,
      },
    },
    {
      name: 'contracts-without-nest',
      severity: 'error',
      comment:
        'libs/contracts is the language partners and contexts share (Kafka messages, eggs, money, edge formats): ' +
        'nothing it loads, directly or through anything it imports, is Nest or Swagger. HTTP DTOs live in the contexts ' +
        'or in @khai/event-sourcing.',
      from: { path: '^libs/contracts/', pathNot: TEST_FILE },
      to: { path: '^(node_modules/)?@nestjs/', reachable: true },
    },
    {
      name: 'no-app-to-app',
      severity: 'error',
      comment: 'Applications are deployment units: share code through libs/, never by importing another app.',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'libs-not-to-apps',
      severity: 'error',
      comment: 'Libraries are composed by apps, never the reverse.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'contexts-independent',
      severity: 'error',
      comment:
        'Bounded contexts (registry, feed, production, sales, market, settlement) do not import each other; they share only ' +
        '@khai/contracts, @khai/event-sourcing and @khai/cluster (the registry facts other contexts check references against). The read side (libs/analytics) and the process managers (libs/processes) may use their public index.',
      from: { path: `^libs/${CONTEXTS}/` },
      to: { path: `^libs/${CONTEXTS}/`, pathNot: '^libs/$1/' },
    },
    {
      name: 'only-through-index',
      severity: 'error',
      comment:
        "Another library is used through its public API, libs/<lib>/src/index.ts (import '@khai/<lib>'), " +
        'never by a deep import into its files.',
      from: { path: '^(apps|libs/[^/]+)/' },
      to: { path: '^libs/[^/]+/', pathNot: ['^$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'testing-only-in-tests',
      severity: 'error',
      comment: '@khai/testing (test apps, given/when/then) is for test files only; production code must not load it.',
      from: { pathNot: [TEST_FILE, '^libs/testing/'] },
      to: { path: '^libs/testing/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Circular dependencies make load order fragile (and Nest providers undefined at decoration time).',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a domain importing a Nest type is as coupled as one importing a Nest value.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
