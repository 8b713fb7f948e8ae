// A production-like build of the demo backend for the bench: its entry
// (packages/backend/src/index.ts) and the workspace's own packages bundled by
// esbuild into one CommonJS file, run by plain node without the TypeScript
// transform; every other package loads from node_modules as it would in a
// deployed backend. (`yarn build:backend` would also build the frontend app
// that packages/backend links, which takes too long for a bench.)
//
// The bundle runs from a workspace shaped as `yarn build:backend` ships it
// (backstage-cli's dist workspace): each workspace package's `config.d.ts`
// compiled ahead into `config.schema.json`, as the CLI's production pack
// does, so the backend reads the config schema as JSON at start-up instead
// of loading the TypeScript compiler to build it, as a deployed backend
// does.
import { createRequire } from 'node:module';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { root } from '../lib/backend.mjs';

const require = createRequire(import.meta.url);

/**
 * Bundles `input` (esbuild options naming the entry: `entryPoints` or
 * `stdin`) with the workspace's own packages into one CommonJS file,
 * `outfile` or one under node_modules/.cache/csip-bench, every other bare
 * import left to node_modules; resolves to the file's absolute path.
 */
export async function bundleWithWorkspace(
  name,
  input,
  outfile = join(
    root,
    'node_modules/.cache/csip-bench',
    `${name}-${process.pid}.cjs`,
  ),
) {
  const { build } = require('esbuild');
  mkdirSync(dirname(outfile), { recursive: true });
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

/** The TypeScript config schema a package declares (`config.d.ts`), if any. */
function tsConfigSchema(pkg) {
  return typeof pkg.configSchema === 'string' &&
    pkg.configSchema.endsWith('.d.ts')
    ? pkg.configSchema
    : undefined;
}

/**
 * The workspace's packages (backstage-cli's own listing), and each one's
 * TypeScript config schema compiled to JSON in one pass, as its dist
 * workspace does (`compilePackageConfigSchemas`): package name to schema.
 */
async function compileWorkspace() {
  const { PackageGraph } = require('@backstage/cli-node');
  const { loadConfigSchema } = require('@backstage/config-loader');
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const packages = await PackageGraph.listTargetPackages();
    const schema = await loadConfigSchema({
      dependencies: [],
      packagePaths: packages
        .filter(p => tsConfigSchema(p.packageJson))
        .map(p => join(p.dir, 'package.json')),
      excludePackageDependencies: true,
    });
    const schemas = new Map(
      schema.serialize().schemas.map(entry => [entry.packageName, entry.value]),
    );
    return { packages, schemas };
  } finally {
    process.chdir(cwd);
  }
}

/**
 * A workspace shaped as `yarn build:backend` ships one, under `dir`: the
 * root package.json, each workspace package's package.json with its config
 * schema compiled to `config.schema.json`, its other files linked, and
 * node_modules/<name> linking each package, so schema collection and
 * `resolvePackagePath` find these copies. Everything else resolves from
 * the repository's node_modules above `dir`.
 */
async function writeDeployWorkspace(dir) {
  const { packages, schemas } = await compileWorkspace();
  writeFileSync(
    join(dir, 'package.json'),
    readFileSync(join(root, 'package.json')),
  );
  for (const { dir: source, packageJson } of packages) {
    const pkg = { ...packageJson };
    const target = join(dir, relative(root, source));
    mkdirSync(target, { recursive: true });
    const tsSchema = tsConfigSchema(pkg);
    for (const entry of readdirSync(source)) {
      if (['package.json', 'node_modules', tsSchema].includes(entry)) continue;
      symlinkSync(join(source, entry), join(target, entry));
    }
    if (tsSchema) {
      const compiled = schemas.get(pkg.name);
      if (!compiled)
        throw new Error(`Failed to compile the config schema of ${pkg.name}`);
      writeFileSync(
        join(target, 'config.schema.json'),
        JSON.stringify(compiled),
      );
      pkg.configSchema = 'config.schema.json';
    }
    writeFileSync(join(target, 'package.json'), JSON.stringify(pkg, null, 2));
    const link = join(dir, 'node_modules', pkg.name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(relative(dirname(link), target), link);
  }
}

/**
 * Builds the backend bundle inside a deploy-shaped workspace
 * (node_modules/.cache/csip-bench/deploy-<pid>); resolves to the bundle's
 * absolute path, in that workspace's packages/backend. Remove it with
 * {@link removeBackendBundle}.
 */
export async function buildBackendBundle() {
  const dir = join(
    root,
    `node_modules/.cache/csip-bench/deploy-${process.pid}`,
  );
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    await writeDeployWorkspace(dir);
    return await bundleWithWorkspace(
      'backend',
      {
        entryPoints: [join(root, 'packages/backend/src/index.ts')],
        sourcemap: 'linked',
      },
      join(dir, 'packages/backend/dist/index.cjs'),
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Removes the deploy-shaped workspace of a {@link buildBackendBundle} entry. */
export function removeBackendBundle(entry) {
  rmSync(join(dirname(entry), '../../..'), { recursive: true, force: true });
}
