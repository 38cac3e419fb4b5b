import { BUDGET_BYTES, type Manifest, overBudget, routeSizes } from '../scripts/route-budget';

describe("each route's JavaScript against its budget", () => {
  const manifest: Manifest = {
    'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], dynamicImports: ['src/A.tsx'] },
    '_shared.js': { file: 'assets/shared.js' },
    'src/A.tsx': {
      file: 'assets/A.js',
      src: 'src/A.tsx',
      isDynamicEntry: true,
      imports: ['index.html', '_shared.js', '_charts.js'],
    },
    '_charts.js': { file: 'assets/charts.js', imports: ['_shared.js'] },
  };
  const bytes: Record<string, number> = {
    'assets/index.js': 100,
    'assets/shared.js': 10,
    'assets/A.js': 50,
    'assets/charts.js': 200,
  };

  it('counts the entry with its static imports, and each lazy route with the entry and its own imports, once each', () => {
    const sizes = routeSizes(manifest, (file) => bytes[file] ?? NaN);
    expect(sizes).toEqual([
      { route: 'app', files: ['assets/index.js', 'assets/shared.js'], gzipBytes: 110 },
      {
        route: 'src/A.tsx',
        files: ['assets/index.js', 'assets/shared.js', 'assets/A.js', 'assets/charts.js'],
        gzipBytes: 360,
      },
    ]);
  });

  it('names the routes at or over the budget', () => {
    const sizes = routeSizes(manifest, (file) => bytes[file] ?? NaN);
    expect(overBudget(sizes, 360).map((s) => s.route)).toEqual(['src/A.tsx']);
    expect(overBudget(sizes, 361)).toEqual([]);
    expect(BUDGET_BYTES).toBe(307_200);
  });

  it('refuses a manifest without an entry or with an import it does not hold', () => {
    expect(() => routeSizes({ 'a.js': { file: 'a.js' } }, () => 1)).toThrow('no entry');
    expect(() => routeSizes({ 'index.html': { file: 'i.js', isEntry: true, imports: ['_x.js'] } }, () => 1)).toThrow(
      'no chunk _x.js',
    );
  });
});
