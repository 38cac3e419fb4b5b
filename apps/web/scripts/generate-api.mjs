// Generates the web app's API types (src/api/schema.d.ts) from the platform's OpenAPI document, read from standard
// input; writes them to the file named, or to standard output. `npm run api` runs it on the document the platform
// makes in-process; a test of the platform (apps/platform/src/web-client.spec.ts) fails while the file is stale.
import { writeFileSync } from 'node:fs';
import { text } from 'node:stream/consumers';

import openapiTS, { astToString } from 'openapi-typescript';

const HEADER =
  '// Generated from the platform’s OpenAPI document by apps/web/scripts/generate-api.mjs: do not edit.\n' +
  '// After an API change: npm --prefix apps/web run api\n';

const document = JSON.parse(await text(process.stdin));
const types = HEADER + astToString(await openapiTS(document, { alphabetize: true }));
const [out] = process.argv.slice(2);
if (out === undefined) process.stdout.write(types);
else writeFileSync(out, types);
