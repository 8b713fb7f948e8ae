/*
 * Writes src/schema/openapi.json, the OpenAPI document of the csip backend,
 * from `csipEndpoints` of @csip-coach/plugin-csip-common:
 *
 *   yarn openapi:generate
 *
 * src/schema/openapi.test.ts fails when the checked-in file differs from
 * what this writes.
 */
import { openApiDocument } from '@csip-coach/plugin-csip-common';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
// Formatted by the repository's prettier (a root dev dependency), so
// `prettier --check` agrees with the generated file.
// eslint-disable-next-line @backstage/no-undeclared-imports
import { format, resolveConfig } from 'prettier';

async function main() {
  const file = resolve(__dirname, '../src/schema/openapi.json');
  const options = await resolveConfig(file);
  const text = await format(JSON.stringify(openApiDocument()), {
    ...options,
    parser: 'json',
  });
  writeFileSync(file, text);
  process.stdout.write(`Wrote ${file}\n`);
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
