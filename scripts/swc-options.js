// One SWC configuration for the build and for jest: TypeScript with Nest's
// legacy decorators and their metadata, CommonJS output.
const path = require('node:path');

const root = path.resolve(__dirname, '..');

/** @param {{ resolveAliases: boolean }} opts */
module.exports = function swcOptions({ resolveAliases }) {
  return {
    sourceMaps: true,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
      ...(resolveAliases ? { baseUrl: root, paths: { '@khai/*': ['libs/*/src'] } } : {}),
    },
    module: { type: 'commonjs' },
  };
};
