// Each route's JavaScript against its budget (issue 16: under 300 KB gzipped): the entry chunk with what it imports
// statically, plus, for a lazily loaded route, its chunk and what that imports. Read from Vite's build manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 300 * 1024;

export interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly isDynamicEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}
export type Manifest = Readonly<Record<string, ManifestChunk>>;

export interface RouteSize {
  /** `app` for the entry (every page loads it), else the lazily loaded module (`src/dashboard/Dashboard.tsx`) */
  readonly route: string;
  readonly files: readonly string[];
  readonly gzipBytes: number;
}

/** The chunk files a key loads before it runs: itself and its static imports, transitively. */
function closure(manifest: Manifest, key: string, into: Set<string>): Set<string> {
  const chunk = manifest[key];
  if (chunk === undefined) throw new Error(`the manifest has no chunk ${key}`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, into);
  return into;
}

/** The JavaScript of every route: the entry's, and the entry's plus each lazily loaded route's. */
export function routeSizes(manifest: Manifest, gzipBytesOf: (file: string) => number): RouteSize[] {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length === 0) throw new Error('the manifest has no entry');
  const sizes: RouteSize[] = [];
  for (const [entryKey] of entries) {
    const base = closure(manifest, entryKey, new Set());
    const sum = (files: Set<string>) => [...files].reduce((n, file) => n + gzipBytesOf(file), 0);
    sizes.push({ route: 'app', files: [...base], gzipBytes: sum(base) });
    for (const [key, chunk] of Object.entries(manifest)) {
      if (!chunk.isDynamicEntry) continue;
      const files = closure(manifest, key, new Set(base));
      sizes.push({ route: chunk.src ?? key, files: [...files], gzipBytes: sum(files) });
    }
  }
  return sizes;
}

export function overBudget(sizes: readonly RouteSize[], budget = BUDGET_BYTES): RouteSize[] {
  return sizes.filter((s) => s.gzipBytes >= budget);
}

/** The built app's route sizes (`dist/`, with `.vite/manifest.json`), gzipped at level 9 as a server would. */
export function measure(dist: string): RouteSize[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  return routeSizes(manifest, (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
}
