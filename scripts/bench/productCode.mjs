// The product's own portfolio code, bundled at bench start with esbuild from
// the TypeScript sources as they are in the checkout (so the baseline follows
// any change of the portfolio query, its cursor or its row mapping):
// DatabaseProgrammeStore (listProgrammes → portfolioQuery), toSummary and
// the list query schema. Packages outside the workspace stay external and
// load from node_modules.
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../lib/backend.mjs';

const require = createRequire(import.meta.url);

const ENTRY = `
export { DatabaseProgrammeStore } from './plugins/csip-backend/src/database/DatabaseProgrammeStore';
export { toSummary } from './plugins/csip-backend/src/database/rows/programmeRows';
export { programmeListQuerySchema } from '@csip-coach/plugin-csip-common';
`;

/** The bundle's path (built once per call; takes about a second). */
export async function buildProductCode() {
  const { build } = require('esbuild');
  const dir = join(root, 'node_modules/.cache/csip-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `product-${process.pid}.cjs`);
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    outfile,
    logLevel: 'error',
    plugins: [
      {
        name: 'workspace-only',
        setup(b) {
          // Bare imports stay external, except the workspace's own packages.
          b.onResolve({ filter: /^[^./]/ }, args =>
            args.path.startsWith('@csip-coach/')
              ? undefined
              : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  return outfile;
}

/** Loads a bundle made by {@link buildProductCode}. */
export function loadProductCode(file) {
  return require(file);
}
