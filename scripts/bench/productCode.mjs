// The product's own portfolio code, bundled at bench start with esbuild from
// the TypeScript sources as they are in the checkout (so the baseline follows
// any change of the portfolio query, its cursor or its row mapping):
// DatabaseProgrammeStore (listProgrammes → portfolioQuery), toSummary and
// the list query schema. Packages outside the workspace stay external and
// load from node_modules.
import { createRequire } from 'node:module';
import { root } from '../lib/backend.mjs';
import { bundleWithWorkspace } from './productBuild.mjs';

const require = createRequire(import.meta.url);

const ENTRY = `
export { DatabaseProgrammeStore } from './plugins/csip-backend/src/database/DatabaseProgrammeStore';
export { toSummary } from './plugins/csip-backend/src/database/rows/programmeRows';
export { programmeListQuerySchema } from '@csip-coach/plugin-csip-common';
`;

/** The bundle's path (built once per call; takes about a second). */
export async function buildProductCode() {
  return bundleWithWorkspace('product', {
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
  });
}

/** Loads a bundle made by {@link buildProductCode}. */
export function loadProductCode(file) {
  return require(file);
}
