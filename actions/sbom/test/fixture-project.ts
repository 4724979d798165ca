// A small npm project written to disk for tests: package.json, package-lock.json (v3) and
// node_modules/*/package.json, exactly what `npm ci` would leave — so cyclonedx-npm runs with no registry.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';

export interface FixturePackage {
  name: string;
  version: string;
  license?: string;
  author?: string;
  dependencies?: Record<string, string>;
  dev?: boolean;
  optional?: boolean;
}

function integrityOf(name: string, version: string): string {
  return 'sha512-' + createHash('sha512').update(`${name}@${version}`).digest('base64');
}

function write(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2) + '\n');
}

export interface FixtureProject {
  dir: string;
  packages: FixturePackage[];
}

/** The default tree: demo → a → b, demo → c (GPL-3.0-only OR MIT), dev dependency d. */
export const DEFAULT_PACKAGES: FixturePackage[] = [
  { name: 'a', version: '1.0.0', license: 'MIT', author: 'Ann Author <ann@example.com>', dependencies: { b: '^2.0.0' } },
  { name: 'b', version: '2.0.0', license: 'ISC' },
  { name: '@scope/c', version: '3.1.0', license: '(GPL-3.0-only OR MIT)' },
  { name: 'd', version: '1.0.0', license: 'Apache-2.0', dev: true },
];

export function writeFixtureProject(options: { dir?: string; name?: string; version?: string; license?: string; packages?: FixturePackage[] } = {}): FixtureProject {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'rg-sbom-fx-'));
  const packages = options.packages ?? DEFAULT_PACKAGES;
  const rootName = options.name ?? 'demo';
  const rootVersion = options.version ?? '1.2.3';
  const direct = packages.filter((p) => !p.dev && !packages.some((q) => q.dependencies && p.name in q.dependencies));
  const dev = packages.filter((p) => p.dev && !packages.some((q) => q.dependencies && p.name in q.dependencies));
  const rootPkg: Record<string, unknown> = {
    name: rootName,
    version: rootVersion,
    license: options.license ?? 'MIT',
    dependencies: Object.fromEntries(direct.map((p) => [p.name, `^${p.version}`])),
  };
  if (dev.length) rootPkg.devDependencies = Object.fromEntries(dev.map((p) => [p.name, `^${p.version}`]));
  const lockPackages: Record<string, unknown> = { '': { ...rootPkg } };
  for (const p of packages) {
    const entry: Record<string, unknown> = {
      version: p.version,
      resolved: `https://registry.npmjs.org/${p.name}/-/${p.name.split('/').pop()}-${p.version}.tgz`,
      integrity: integrityOf(p.name, p.version),
    };
    if (p.dev) entry.dev = true;
    if (p.optional) entry.optional = true;
    if (p.license) entry.license = p.license;
    if (p.dependencies) entry.dependencies = p.dependencies;
    lockPackages[`node_modules/${p.name}`] = entry;
    const manifest: Record<string, unknown> = { name: p.name, version: p.version };
    if (p.license) manifest.license = p.license;
    if (p.author) manifest.author = p.author;
    if (p.dependencies) manifest.dependencies = p.dependencies;
    write(join(dir, 'node_modules', p.name, 'package.json'), manifest);
  }
  const lock = { name: rootName, version: rootVersion, lockfileVersion: 3, requires: true, packages: lockPackages };
  write(join(dir, 'package.json'), rootPkg);
  write(join(dir, 'package-lock.json'), lock);
  // npm's hidden lockfile: with it, npm ls trusts node_modules as installed by this lock.
  write(join(dir, 'node_modules', '.package-lock.json'), { name: rootName, version: rootVersion, lockfileVersion: 3, requires: true, packages: Object.fromEntries(Object.entries(lockPackages).filter(([k]) => k !== '')) });
  return { dir, packages };
}
