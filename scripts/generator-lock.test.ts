// The sbom action's generator lock (actions/sbom/generator) must be exactly what scripts/generator-lock.mjs
// derives from the root package-lock.json: same versions, same integrity, the whole tree.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedFiles, generatorLock, text, type Lockfile } from './generator-lock.mjs';
import { PINNED_CYCLONEDX_NPM_VERSION } from '../actions/sbom/src/generator-package';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const rootLock = JSON.parse(read('package-lock.json')) as Lockfile;
const shippedLock = JSON.parse(read('actions/sbom/generator/package-lock.json')) as ReturnType<typeof generatorLock>['lock'];

describe('actions/sbom/generator', () => {
  it('is in step with package-lock.json (regenerated in memory; fix with npm run generator-lock)', () => {
    const { files } = expectedFiles(ROOT);
    for (const [path, content] of Object.entries(files)) expect(read(path), `${path} is out of step with package-lock.json: run npm run generator-lock`).toBe(content);
  });

  it('notices when the root lock moves on', () => {
    const moved = structuredClone(rootLock);
    const commander = moved.packages['node_modules/commander']!;
    commander.integrity = 'sha512-' + Buffer.alloc(64).toString('base64');
    expect(text(generatorLock(moved).lock)).not.toBe(read('actions/sbom/generator/package-lock.json'));
  });

  it('pins one exact dependency, the version the gate expects, in a private package', () => {
    const pkg = JSON.parse(read('actions/sbom/generator/package.json'));
    expect(pkg.private).toBe(true);
    expect(pkg.dependencies).toEqual({ '@cyclonedx/cyclonedx-npm': PINNED_CYCLONEDX_NPM_VERSION });
    expect(shippedLock.packages['']!.dependencies).toEqual(pkg.dependencies);
    expect(shippedLock.lockfileVersion).toBe(3);
  });

  it('holds every package with a registry tarball and an integrity identical to the root lock', () => {
    const entries = Object.entries(shippedLock.packages).filter(([key]) => key !== '');
    expect(entries.length).toBeGreaterThan(20);
    for (const [key, entry] of entries) {
      const name = (entry.name as string | undefined) ?? key.split('node_modules/').at(-1)!; // an alias (npm:x@v) names its package
      expect(entry.resolved, key).toBe(`https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${entry.version}.tgz`);
      expect(entry.integrity, key).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
      expect(entry.integrity, key).toBe(rootLock.packages[key]!.integrity);
      expect(entry.version, key).toBe(rootLock.packages[key]!.version);
    }
  });

  it('marks optional what npm ci --omit=optional leaves out: libxmljs2 (install script) and the validators', () => {
    const { optional } = generatorLock(rootLock);
    expect(optional).toEqual(expect.arrayContaining(['node_modules/libxmljs2', 'node_modules/ajv', 'node_modules/ajv-formats', 'node_modules/ajv-formats-draft2019']));
    for (const [key, entry] of Object.entries(shippedLock.packages)) {
      if (entry.hasInstallScript) expect(entry.optional, `${key} has an install script`).toBe(true);
    }
    // What is installed: cyclonedx-npm, its library and their required dependencies (nested copies included).
    const installed = Object.keys(shippedLock.packages).filter((k) => k !== '' && !shippedLock.packages[k]!.optional);
    expect(installed).toEqual(expect.arrayContaining(['node_modules/@cyclonedx/cyclonedx-npm', 'node_modules/@cyclonedx/cyclonedx-library', 'node_modules/@cyclonedx/cyclonedx-npm/node_modules/spdx-expression-parse', 'node_modules/xmlbuilder2']));
    // An optional peer that nothing else needs is not part of the tree (npm does not install it).
    expect(shippedLock.packages['node_modules/spdx-expression-parse']).toBeUndefined();
  });
});

describe('generatorLock', () => {
  const entry = (version: string, extra: Record<string, unknown> = {}) => ({ version, integrity: `sha512-${version}`, ...extra });
  const lockOf = (packages: Record<string, Record<string, unknown>>): Lockfile => ({ lockfileVersion: 3, packages: { '': { name: 'x' }, ...packages } });

  it("follows npm's resolution: the nearest enclosing node_modules wins", () => {
    const { lock, optional } = generatorLock(
      lockOf({
        'node_modules/@cyclonedx/cyclonedx-npm': entry('6.0.1', { dependencies: { a: '^1', b: '^1' }, optionalDependencies: { s: '^1' } }),
        'node_modules/@cyclonedx/cyclonedx-npm/node_modules/a': entry('1.1.0', { dependencies: { c: '^2' } }),
        'node_modules/a': entry('2.0.0'),
        'node_modules/b': entry('1.0.0', { dependencies: { c: '^1' } }),
        'node_modules/c': entry('1.0.0'),
        'node_modules/@cyclonedx/cyclonedx-npm/node_modules/c': entry('2.0.0'),
        'node_modules/s': entry('1.0.0', { hasInstallScript: true, dependencies: { c: '^1', t: '^1' } }),
        'node_modules/t': entry('1.0.0'),
        'node_modules/unrelated': entry('1.0.0'),
      }),
    );
    expect(Object.keys(lock.packages)).toEqual(['', 'node_modules/@cyclonedx/cyclonedx-npm', 'node_modules/@cyclonedx/cyclonedx-npm/node_modules/a', 'node_modules/b', 'node_modules/c', 'node_modules/@cyclonedx/cyclonedx-npm/node_modules/c', 'node_modules/s', 'node_modules/t']);
    expect(optional).toEqual(['node_modules/s', 'node_modules/t']);
    expect(lock.packages['node_modules/c']!.optional).toBeUndefined();
    expect(lock.packages['node_modules/@cyclonedx/cyclonedx-npm/node_modules/a']!.resolved).toBe('https://registry.npmjs.org/a/-/a-1.1.0.tgz');
    expect(lock.packages['node_modules/@cyclonedx/cyclonedx-npm']!.resolved).toBe('https://registry.npmjs.org/@cyclonedx/cyclonedx-npm/-/cyclonedx-npm-6.0.1.tgz');
  });

  it('refuses a required install script, a missing dependency and an entry without integrity', () => {
    expect(() => generatorLock(lockOf({ 'node_modules/@cyclonedx/cyclonedx-npm': entry('6.0.1', { dependencies: { a: '^1' } }), 'node_modules/a': entry('1.0.0', { hasInstallScript: true }) }))).toThrow(/install script and is not optional/);
    expect(() => generatorLock(lockOf({ 'node_modules/@cyclonedx/cyclonedx-npm': entry('6.0.1', { dependencies: { a: '^1' } }) }))).toThrow(/needs a, which package-lock.json does not resolve/);
    expect(() => generatorLock(lockOf({ 'node_modules/@cyclonedx/cyclonedx-npm': { version: '6.0.1' } }))).toThrow(/no version or integrity/);
    expect(() => generatorLock(lockOf({}))).toThrow(/pins no @cyclonedx\/cyclonedx-npm/);
  });
});
