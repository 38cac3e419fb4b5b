import 'reflect-metadata';

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { loadConfig } from '../config';
import { createPlatform } from '../platform';

/**
 * The platform's OpenAPI document, as `/docs-json` answers it, made in-process on the embedded defaults with a data
 * directory of its own (nothing is listened on, nothing of `$KHAI_DATA_DIR` is touched).
 */
export async function openApiDocument(): Promise<unknown> {
  const dataDir = mkdtempSync(join(tmpdir(), 'khai-openapi-'));
  const app = await createPlatform(loadConfig({ KHAI_DATA_DIR: dataDir }), false, undefined);
  try {
    await app.init();
    return (await app.inject({ method: 'GET', url: '/docs-json' })).json<unknown>();
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `node dist/apps/platform/src/cli/openapi.js`: prints the document (the web app's client is generated from it). */
if (require.main === module) {
  openApiDocument()
    .then((document) => process.stdout.write(`${JSON.stringify(document, null, 2)}\n`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
