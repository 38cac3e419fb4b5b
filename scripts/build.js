// Compiles apps/, libs/ and bench/ to dist/ with SWC (type-checking is `npm run typecheck`); apps/web is a package
// of its own, built by Vite (`npm --prefix apps/web run build`).
// The @khai/* aliases are rewritten to relative paths, so dist/ runs on plain node.
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');
const swcOptions = require('./swc-options');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'dist');
const sources = ['apps', 'libs', 'bench'];
const isTest = (f) => /\.(spec|int-spec|e2e-spec)\.ts$/.test(f);
const WEB = path.join(root, 'apps', 'web');

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== WEB) yield* walk(full);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !isTest(entry.name)) yield full;
  }
}

async function main() {
  fs.rmSync(out, { recursive: true, force: true });
  const options = swcOptions({ resolveAliases: true });
  const files = sources.filter((s) => fs.existsSync(path.join(root, s))).flatMap((s) => [...walk(path.join(root, s))]);
  await Promise.all(
    files.map(async (file) => {
      const target = path.join(out, path.relative(root, file)).replace(/\.ts$/, '.js');
      const { code, map } = await swc.transformFile(file, { ...options, filename: file, swcrc: false });
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
      if (map) fs.writeFileSync(`${target}.map`, map);
    }),
  );
  console.log(`built ${files.length} files into dist/`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
