// The web app's build: React with TypeScript, compiled by esbuild (automatic JSX runtime), into dist/, which the
// platform serves at / (apps/platform/src/web-app.ts). The platform owns /assets/ for the hashed bundles.
import { defineConfig } from 'vite';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  // The manifest tells scripts/check-bundle.mjs which chunks each route loads (its budget: 300 KB gzipped).
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    manifest: true,
    // Terser, two passes: some 10 KB gzipped less than esbuild's minifier on the dashboard's route (ECharts), which
    // keeps it under its budget with room for the screens still to come.
    minify: 'terser',
    terserOptions: { compress: { passes: 2 } },
  },
});
