// Run by the build (package.json): fails it when a route's JavaScript is 300 KB gzipped or more. The logic is in
// route-budget.ts (tested by test/route-budget.spec.ts), which Node runs as it is (type stripping).
import { join } from 'node:path';

import { BUDGET_BYTES, measure, overBudget } from './route-budget.ts';

const sizes = measure(join(import.meta.dirname, '..', 'dist'));
for (const s of sizes) console.log(`${(s.gzipBytes / 1024).toFixed(1).padStart(7)} KB gzipped  ${s.route}`);
const over = overBudget(sizes);
if (over.length > 0) {
  console.error(
    `over the budget of ${BUDGET_BYTES / 1024} KB gzipped per route: ${over.map((s) => s.route).join(', ')}`,
  );
  process.exit(1);
}
