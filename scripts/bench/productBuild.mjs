// A production-like build of the demo backend for the bench: its entry
// (packages/backend/src/index.ts) and the workspace's own packages bundled by
// esbuild into one CommonJS file, run by plain node without the TypeScript
// transform; every other package loads from node_modules as it would in a
// deployed backend. (`yarn build:backend` would also build the frontend app
// that packages/backend links, which takes too long for a bench.)
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../lib/backend.mjs';

const require = createRequire(import.meta.url);

/**
 * Bundles `input` (esbuild options naming the entry: `entryPoints` or
 * `stdin`) with the workspace's own packages into one CommonJS file under
 * node_modules/.cache/csip-bench, every other bare import left to
 * node_modules; resolves to the file's absolute path.
 */
export async function bundleWithWorkspace(name, input) {
  const { build } = require('esbuild');
  const dir = join(root, 'node_modules/.cache/csip-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${name}-${process.pid}.cjs`);
  await build({
    ...input,
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

/** Builds the backend bundle; resolves to its absolute path. */
export async function buildBackendBundle() {
  return bundleWithWorkspace('backend', {
    entryPoints: [join(root, 'packages/backend/src/index.ts')],
    sourcemap: 'linked',
  });
}
