#!/usr/bin/env node
// The sbom action's generator lock: actions/sbom/generator/{package.json,package-lock.json} pin
// @cyclonedx/cyclonedx-npm and its whole dependency tree (versions and integrity) for `npm ci` on a runner,
// where the action's checkout has no node_modules. Derived from the ROOT package-lock.json, so the runner
// installs exactly the tarballs this repository's tests ran with.
//
//   npm run generator-lock            rewrite both files
//   npm run generator-lock -- --check fail when the shipped files are out of step with package-lock.json
//
// The closure follows npm's node_modules resolution (a dependency of node_modules/a/node_modules/b is looked
// up in the nearest enclosing node_modules) through dependencies, optionalDependencies and required peers;
// optional peers are not followed (npm installs them only when something else needs them). Optional
// dependencies stay in the lock, because `npm ci` rejects a lock that lacks any package of its ideal tree
// ("Missing: libxmljs2@0.37.0 from lock file", resolved afresh from the registry), and are marked
// `optional`; the action installs with --omit=optional, so none of them is fetched: libxmljs2 (an XML
// validator with a native build script, disabled in this repository by allowScripts) and ajv with its
// formats (a JSON validator), which cyclonedx-npm only loads for its own validation — the gate runs it with
// --no-validate and validates strictly itself. A package with an install script that is not optional
// is an error: the action installs with --ignore-scripts.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GENERATOR = '@cyclonedx/cyclonedx-npm';
export const GENERATOR_DIR = 'actions/sbom/generator';
const NAME = 'release-gates-sbom-generator';
const REGISTRY = 'https://registry.npmjs.org/';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `node_modules/a/node_modules/@s/b` → ['a', '@s/b']. */
function segments(path) {
  if (!path.startsWith('node_modules/')) throw new Error(`unexpected package-lock.json key ${JSON.stringify(path)}`);
  return path.slice('node_modules/'.length).split('/node_modules/');
}

/** npm's lookup: `name` from the package at `from`, in the nearest enclosing node_modules that has it. */
function resolveFrom(packages, from, name) {
  const chain = from === '' ? [] : segments(from);
  for (let i = chain.length; i >= 0; i--) {
    const key = [...chain.slice(0, i), name].map((s) => `node_modules/${s}`).join('/');
    if (packages[key]) return key;
  }
  return undefined;
}

/** The outgoing edges npm installs: [name, type], type prod | optional | peer (optional peers left out). */
function edgesOf(entry) {
  const edges = new Map();
  for (const name of Object.keys(entry.peerDependencies ?? {})) if (!entry.peerDependenciesMeta?.[name]?.optional) edges.set(name, 'peer');
  for (const name of Object.keys(entry.dependencies ?? {})) edges.set(name, 'prod');
  for (const name of Object.keys(entry.optionalDependencies ?? {})) edges.set(name, 'optional');
  return [...edges];
}

/** The registry tarball URL npm writes as `resolved` (npm maps the host onto a configured registry). */
function tarballUrl(name, version) {
  return `${REGISTRY}${name}/-/${name.split('/').pop()}-${version}.tgz`;
}

const FLAG_KEYS = new Set(['dev', 'optional', 'devOptional', 'peer', 'extraneous', 'resolved', 'inBundle']);

/**
 * The generator's package.json and package-lock.json (lockfile v3) from the root lock, and which packages
 * --omit=optional leaves out. Throws when the root lock lacks the generator, a required dependency or an
 * integrity, or when a package that is not optional needs an install script.
 */
export function generatorLock(rootLock) {
  const packages = rootLock?.packages;
  if (rootLock?.lockfileVersion !== 3 || !packages) throw new Error('package-lock.json must be lockfileVersion 3');
  const top = `node_modules/${GENERATOR}`;
  const version = packages[top]?.version;
  if (!version) throw new Error(`package-lock.json pins no ${GENERATOR}`);

  // Every package reached, with npm's flags: optional when every path to it crosses an optional edge,
  // peer when every path crosses a peer edge.
  const reached = new Map();
  const visit = (key, state) => {
    const seen = reached.get(key);
    const next = seen ? { optional: seen.optional && state.optional, peer: seen.peer && state.peer } : state;
    if (seen && seen.optional === next.optional && seen.peer === next.peer) return;
    reached.set(key, next);
    for (const [name, type] of edgesOf(packages[key])) {
      const to = resolveFrom(packages, key, name);
      if (!to) {
        if (type === 'optional') continue; // an optional dependency npm did not install (another platform)
        throw new Error(`${key} needs ${name}, which package-lock.json does not resolve`);
      }
      visit(to, { optional: next.optional || type === 'optional', peer: next.peer || type === 'peer' });
    }
  };
  visit(top, { optional: false, peer: false });

  const packageJson = { name: NAME, version: '0.0.0', private: true, description: `${GENERATOR} and its dependencies, pinned for the sbom action (generated by scripts/generator-lock.mjs from package-lock.json; do not edit)`, license: 'MIT', dependencies: { [GENERATOR]: version } };
  const lockPackages = { '': { name: NAME, version: '0.0.0', license: 'MIT', dependencies: { [GENERATOR]: version } } };
  const optional = [];
  // In the root lock's order (npm's), with the root lock's fields; `resolved` added, flags recomputed for this tree.
  for (const key of Object.keys(packages)) {
    const flags = reached.get(key);
    if (!flags) continue;
    const source = packages[key];
    if (!source.version || !source.integrity) throw new Error(`${key} has no version or integrity in package-lock.json`);
    if (source.link || source.inBundle) throw new Error(`${key} is a link or bundled: not supported`);
    if (source.hasInstallScript && !flags.optional) throw new Error(`${key} runs an install script and is not optional: the generator is installed with --ignore-scripts`);
    const name = source.name ?? segments(key).at(-1);
    const entry = { version: source.version, resolved: source.resolved ?? tarballUrl(name, source.version), integrity: source.integrity };
    if (flags.peer) entry.peer = true;
    if (flags.optional) entry.optional = true;
    for (const [field, value] of Object.entries(source)) if (!(field in entry) && !FLAG_KEYS.has(field)) entry[field] = value;
    lockPackages[key] = entry;
    if (flags.optional) optional.push(key);
  }
  const lock = { name: NAME, version: '0.0.0', lockfileVersion: 3, requires: true, packages: lockPackages };
  return { version, packageJson, lock, optional };
}

export const text = (value) => JSON.stringify(value, null, 2) + '\n';

/** The files as they should be on disk, from the root package-lock.json of `root`. */
export function expectedFiles(root = ROOT) {
  const { packageJson, lock, optional, version } = generatorLock(JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')));
  return { version, lock, optional, files: { [`${GENERATOR_DIR}/package.json`]: text(packageJson), [`${GENERATOR_DIR}/package-lock.json`]: text(lock) } };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const { version, lock, optional, files } = expectedFiles();
  let stale = 0;
  for (const [path, content] of Object.entries(files)) {
    const abs = join(ROOT, path);
    let current;
    try {
      current = readFileSync(abs, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === content) continue;
    if (check) {
      console.error(`generator-lock: ${path} is out of step with package-lock.json (run npm run generator-lock)`);
      stale++;
    } else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
      console.log(`generator-lock: wrote ${path}`);
    }
  }
  const count = Object.keys(lock.packages).length - 1;
  const scripted = optional.filter((k) => lock.packages[k].hasInstallScript).map((k) => k.replace(/^node_modules\//, ''));
  console.log(`generator-lock: ${GENERATOR}@${version}: ${count} packages, ${count - optional.length} installed with --omit=optional; optional, not installed: ${optional.length} (install scripts: ${scripted.join(', ') || 'none'})`);
  if (stale) process.exit(1);
}
