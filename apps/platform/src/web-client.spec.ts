import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { openApiDocument } from './cli/openapi';

const WEB = join(__dirname, '..', '..', 'web');
const CLIENT = join(WEB, 'src', 'api', 'schema.d.ts');

/** Where two texts first differ, a few lines either side: enough to see what changed without 11,000 lines. */
function firstDifference(committed: string, current: string): string {
  const a = committed.split('\n');
  const b = current.split('\n');
  const at = a.findIndex((line, i) => line !== b[i]);
  const line = at === -1 ? a.length : at;
  const around = (lines: string[]) => lines.slice(Math.max(0, line - 3), line + 4).join('\n');
  return `first difference at line ${line + 1}\n--- committed\n${around(a)}\n+++ from the platform\n${around(b)}`;
}

describe('the web app’s API client', () => {
  it('is generated from the platform’s current OpenAPI document (else: npm --prefix apps/web run api)', async () => {
    const generator = join(WEB, 'node_modules', 'openapi-typescript');
    if (!existsSync(generator)) throw new Error(`${generator} is missing: bash scripts/install.sh installs apps/web`);
    const document = await openApiDocument();
    const generated = spawnSync(process.execPath, [join(WEB, 'scripts', 'generate-api.mjs')], {
      input: JSON.stringify(document),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect({ status: generated.status, stderr: generated.stderr }).toEqual({ status: 0, stderr: '' });
    const committed = readFileSync(CLIENT, 'utf8');
    if (committed !== generated.stdout)
      throw new Error(
        `apps/web/src/api/schema.d.ts is stale against the platform's OpenAPI document: run ` +
          `npm --prefix apps/web run api, rebuild the web app (its type-check tells what no longer fits) and commit.\n` +
          firstDifference(committed, generated.stdout),
      );
  });
});
