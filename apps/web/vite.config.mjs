// The web app's build: React with TypeScript, compiled by esbuild (automatic JSX runtime), into dist/, which the
// platform serves at / (apps/platform/src/web-app.ts). The platform owns /assets/ for the hashed bundles.
import { defineConfig } from 'vite';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', assetsDir: 'assets', emptyOutDir: true, sourcemap: true, target: 'es2022' },
});
