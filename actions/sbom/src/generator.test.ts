// Which cyclonedx-npm the gate runs (generator.ts), and the locked install it falls back to (locked-install.ts). npm is a stand-in script here
// (it records its arguments and writes what npm ci would); action-tests/sbom.test.ts runs the real npm ci
// of the shipped lock, offline, through the built CLI.

import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../common/src/errors';
import { findGenerator, installedPackageDir, resolveGenerator } from './generator';
import { PINNED_CYCLONEDX_NPM_VERSION, generatorBin } from './generator-package';
import {
  GENERATOR_LOCK_PATH,
  NPM_CI_ARGS,
  generatorLockDirCandidates,
  installFolderName,
  installLockedGenerator,
  installProblem,
  installedPackageIn,
  lockedVersion,
  readGeneratorLock,
  type GeneratorLock,
} from './locked-install';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');
const pinned = PINNED_CYCLONEDX_NPM_VERSION;

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** A cyclonedx-npm package folder: package.json at `version`, and the bin unless told otherwise. */
function fakePackage(dir: string, version: string, bin = true): string {
  mkdirSync(join(dir, 'bin'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: '@cyclonedx/cyclonedx-npm', version }));
  if (bin) writeFileSync(join(dir, 'bin', 'cyclonedx-npm-cli.js'), '');
  return dir;
}

/**
 * A stand-in npm: appends `<cwd> <args>` to $FAKE_NPM_LOG, then per $FAKE_NPM: `ok` writes the package npm ci
 * would (at the version in the lock it was given), `empty` writes nothing, `fail` prints npm's error and exits 1.
 */
function fakeNpm(): { npm: string; log: string; env: (mode: 'ok' | 'race' | 'empty' | 'fail') => Record<string, string>; calls: () => string[] } {
  const dir = temp('rg-fake-npm-');
  const npm = join(dir, 'npm');
  const log = join(dir, 'calls.log');
  writeFileSync(
    npm,
    `#!/usr/bin/env node
const fs = require('fs'), path = require('path');
fs.appendFileSync(process.env.FAKE_NPM_LOG, process.cwd() + ' ' + process.argv.slice(2).join(' ') + '\\n');
if (process.env.FAKE_NPM === 'fail') { process.stderr.write('npm warn config noise\\nnpm error code ENOTCACHED\\nnpm error request to https://registry.npmjs.org/x failed: cache mode is only-if-cached\\n'); process.exit(1); }
if (process.env.FAKE_NPM === 'ok' || process.env.FAKE_NPM === 'race') {
  if (process.env.FAKE_NPM === 'race') {
    // Another run finishes first: a complete install appears under the final name while this one runs.
    const other = path.join(process.cwd().replace(/\\.partial-[^/]*$/, ''), 'node_modules', '@cyclonedx', 'cyclonedx-npm');
    fs.mkdirSync(path.join(other, 'bin'), { recursive: true });
    fs.writeFileSync(path.join(other, 'package.json'), JSON.stringify({ version: JSON.parse(fs.readFileSync('package-lock.json', 'utf8')).packages['node_modules/@cyclonedx/cyclonedx-npm'].version }));
    fs.writeFileSync(path.join(other, 'bin', 'cyclonedx-npm-cli.js'), '');
  }
  const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));
  const pkg = path.join('node_modules', '@cyclonedx', 'cyclonedx-npm');
  fs.mkdirSync(path.join(pkg, 'bin'), { recursive: true });
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ version: lock.packages['node_modules/@cyclonedx/cyclonedx-npm'].version }));
  fs.writeFileSync(path.join(pkg, 'bin', 'cyclonedx-npm-cli.js'), '');
}
`,
  );
  chmodSync(npm, 0o755);
  writeFileSync(log, '');
  return {
    npm,
    log,
    env: (mode) => ({ FAKE_NPM: mode, FAKE_NPM_LOG: log, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` }),
    calls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean),
  };
}

function lockFor(version: string, extra = ''): GeneratorLock {
  const lock = JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/@cyclonedx/cyclonedx-npm': { version } }, extra });
  return { dir: '/shipped/actions/sbom/generator', packageJson: '{"name":"g"}', lock, version };
}

describe('findGenerator: no install needed', () => {
  it('takes the binary the action step resolved, and refuses one that does not exist', () => {
    const bin = join(temp('rg-gen-step-'), 'cli.js');
    writeFileSync(bin, '');
    expect(findGenerator({ RELEASE_GATES_CYCLONEDX_NPM_BIN: bin, RELEASE_GATES_CYCLONEDX_NPM_VERSION: '9.9.9' }, '/node', undefined)).toMatchObject({ cmd: '/node', prefix: [bin], version: '9.9.9' });
    expect(() => findGenerator({ RELEASE_GATES_CYCLONEDX_NPM_BIN: bin + '.missing' }, '/node', undefined)).toThrow(InputError);
  });

  it('runs an installed copy only at exactly the pinned version with its bin', () => {
    const ok = fakePackage(temp('rg-gen-ok-'), pinned);
    expect(findGenerator({}, '/node', ok)).toEqual({ cmd: '/node', prefix: [generatorBin(ok)], version: pinned, source: `installed at ${ok}` });
    expect(findGenerator({}, '/node', fakePackage(temp('rg-gen-old-'), '5.0.0'))).toBeUndefined();
    expect(findGenerator({}, '/node', fakePackage(temp('rg-gen-nobin-'), pinned, false))).toBeUndefined();
    expect(findGenerator({}, '/node', undefined)).toBeUndefined();
  });

  it('finds the copy in this repository by default', () => {
    expect(findGenerator({}, process.execPath, installedPackageDir())?.prefix).toEqual([join(ROOT, 'node_modules/@cyclonedx/cyclonedx-npm/bin/cyclonedx-npm-cli.js')]);
  });
});

describe('the shipped lock', () => {
  it('is looked for next to the sources and next to the bundle (dist/lib → the package root)', () => {
    expect(generatorLockDirCandidates('/pkg/actions/sbom/src')).toContain('/pkg/actions/sbom/generator');
    expect(generatorLockDirCandidates('/pkg/dist/lib')).toContain('/pkg/actions/sbom/generator');
  });

  it('is found from the sources and pins the version this gate runs', () => {
    const lock = readGeneratorLock();
    expect(lock.dir).toBe(join(ROOT, 'actions/sbom/generator'));
    expect(lock.version).toBe(pinned);
    expect(lock.lock).toBe(readFileSync(join(ROOT, GENERATOR_LOCK_PATH), 'utf8'));
  });

  it('missing: an InputError saying what to do, never a fetch', () => {
    const empty = temp('rg-gen-nolock-');
    expect(() => readGeneratorLock([empty])).toThrow(InputError);
    expect(() => readGeneratorLock([empty])).toThrow(/actions\/sbom\/generator\/package.json and package-lock.json\) is missing \(looked in .*\)\. Install release-gates with its dependencies/);
  });

  it('pinning another version than the gate runs is an error', () => {
    const dir = temp('rg-gen-badlock-');
    writeFileSync(join(dir, 'package.json'), '{}');
    writeFileSync(join(dir, 'package-lock.json'), lockFor('5.0.0').lock);
    expect(() => readGeneratorLock([dir])).toThrow(/pins @cyclonedx\/cyclonedx-npm@5\.0\.0, but this release-gates runs/);
    writeFileSync(join(dir, 'package-lock.json'), 'not json');
    expect(lockedVersion('not json')).toBeUndefined();
    expect(() => readGeneratorLock([dir])).toThrow(/pins no @cyclonedx\/cyclonedx-npm/);
  });

  it('is installed with the npm ci arguments the action uses', () => {
    expect(NPM_CI_ARGS).toEqual(['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--omit=optional']);
    expect(readFileSync(join(ROOT, 'actions/sbom/action.yml'), 'utf8')).toContain(`npm ${NPM_CI_ARGS.join(' ')}`);
  });

  it('ships with the published package', () => {
    const files = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] }).files;
    expect(files).toContain('actions/sbom/generator/');
  });
});

describe('install folders', () => {
  it('are named by version and a hash of both files: a changed lock gets a fresh folder', () => {
    const name = installFolderName(lockFor(pinned));
    expect(name).toMatch(new RegExp(`^release-gates-cyclonedx-npm-${pinned.replace(/\./g, '\\.')}-[0-9a-f]{12}$`));
    expect(installFolderName(lockFor(pinned))).toBe(name);
    expect(installFolderName(lockFor(pinned, 'changed'))).not.toBe(name);
    expect(installFolderName({ ...lockFor(pinned), packageJson: '{"name":"h"}' })).not.toBe(name);
  });

  it('are reused only when complete, at the version, and this user’s alone', () => {
    const dir = temp('rg-gen-reuse-');
    expect(installProblem(join(dir, 'absent'), pinned)).toBe('does not exist');
    writeFileSync(join(dir, 'file'), '');
    expect(installProblem(join(dir, 'file'), pinned)).toBe('is not a folder');
    expect(installProblem(dir, pinned)).toBe('holds no @cyclonedx/cyclonedx-npm');
    fakePackage(installedPackageIn(dir), '5.0.0');
    expect(installProblem(dir, pinned)).toBe(`holds @cyclonedx/cyclonedx-npm 5.0.0, not ${pinned}`);
    fakePackage(installedPackageIn(dir), pinned, false);
    rmSync(generatorBin(installedPackageIn(dir)));
    expect(installProblem(dir, pinned)).toMatch(/^has no .*cyclonedx-npm-cli\.js$/);
    fakePackage(installedPackageIn(dir), pinned);
    expect(installProblem(dir, pinned)).toBeUndefined();
    if (process.getuid) {
      expect(installProblem(dir, pinned, statSync(dir).uid + 1)).toMatch(/^belongs to another user/);
      chmodSync(dir, 0o777);
      expect(installProblem(dir, pinned)).toBe('is writable by other users');
      chmodSync(dir, 0o700);
    }
  });
});

describe('installLockedGenerator', () => {
  it('runs npm ci of the lock in a folder of its own, renames it into place, and reuses it next time', async () => {
    const npm = fakeNpm();
    const root = join(temp('rg-gen-root-'), 'nested');
    const lock = lockFor(pinned);
    const logged: string[] = [];
    const first = await installLockedGenerator({ root, env: npm.env('ok'), lock, npm: npm.npm, log: (m) => logged.push(m) });
    const dir = join(root, installFolderName(lock));
    expect(first).toEqual({ dir, bin: generatorBin(installedPackageIn(dir)), version: pinned, reused: false });
    expect(existsSync(first.bin)).toBe(true);
    expect(readFileSync(join(dir, 'package-lock.json'), 'utf8')).toBe(lock.lock);
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(lock.packageJson);
    expect(readdirSync(root)).toEqual([installFolderName(lock)]); // no half-finished folder left behind
    const [call] = npm.calls();
    expect(call).toMatch(new RegExp(`^${dir}\\.partial-\\S+ ${NPM_CI_ARGS.join(' ')}$`));
    expect(logged.join('\n')).toContain(`npm ci --ignore-scripts --no-audit --no-fund --omit=optional from /shipped/actions/sbom/generator/package-lock.json into ${dir}`);

    const second = await installLockedGenerator({ root, env: npm.env('fail'), lock, npm: npm.npm });
    expect(second).toEqual({ ...first, reused: true });
    expect(npm.calls()).toHaveLength(1);

    // A changed lock: a fresh folder beside the old one.
    const changed = await installLockedGenerator({ root, env: npm.env('ok'), lock: lockFor(pinned, 'changed'), npm: npm.npm });
    expect(changed.dir).not.toBe(dir);
    expect(changed.reused).toBe(false);
    expect(readdirSync(root).sort()).toEqual([installFolderName(lock), installFolderName(lockFor(pinned, 'changed'))].sort());
  });

  it('replaces an unusable folder under the final name', async () => {
    const npm = fakeNpm();
    const root = temp('rg-gen-stale-');
    const lock = lockFor(pinned);
    const dir = join(root, installFolderName(lock));
    fakePackage(installedPackageIn(dir), '5.0.0');
    const got = await installLockedGenerator({ root, env: npm.env('ok'), lock, npm: npm.npm });
    expect(got).toMatchObject({ dir, reused: false });
    expect(installProblem(dir, pinned)).toBeUndefined();
  });

  it('uses the folder of a run that finished first, and drops its own', async () => {
    const npm = fakeNpm();
    const root = temp('rg-gen-race-');
    const lock = lockFor(pinned);
    const got = await installLockedGenerator({ root, env: npm.env('race'), lock, npm: npm.npm });
    expect(got).toMatchObject({ dir: join(root, installFolderName(lock)), reused: true });
    expect(npm.calls()).toHaveLength(1);
    expect(readdirSync(root)).toEqual([installFolderName(lock)]);
  });

  it('fails closed with npm’s message and what to do when npm ci fails, leaving nothing behind', async () => {
    const npm = fakeNpm();
    const root = temp('rg-gen-fail-');
    const err = await installLockedGenerator({ root, env: npm.env('fail'), lock: lockFor(pinned), npm: npm.npm }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const message = (err as Error).message;
    expect(message).toContain(`npm ci of /shipped/actions/sbom/generator/package-lock.json (@cyclonedx/cyclonedx-npm@${pinned}) failed (exit 1)`);
    expect(message).toContain('npm error code ENOTCACHED');
    expect(message).not.toContain('config noise');
    expect(message).toMatch(/never unpinned: let npm reach your registry, mirror or cache, or install release-gates with its dependencies/);
    expect(readdirSync(root)).toEqual([]);
  });

  it('fails closed when npm ci exits 0 without installing it, or npm cannot start', async () => {
    const npm = fakeNpm();
    const root = temp('rg-gen-empty-');
    await expect(installLockedGenerator({ root, env: npm.env('empty'), lock: lockFor(pinned), npm: npm.npm })).rejects.toThrow(/exited 0, but the install folder holds no @cyclonedx\/cyclonedx-npm/);
    await expect(installLockedGenerator({ root, env: npm.env('ok'), lock: lockFor(pinned), npm: join(root, 'no-such-npm') })).rejects.toThrow(/cannot run .*no-such-npm to install/);
    expect(readdirSync(root)).toEqual([]);
  });
});

describe('resolveGenerator', () => {
  it('without an installed copy: node runs the bin of the locked install', async () => {
    const npm = fakeNpm();
    const installRoot = temp('rg-gen-resolve-');
    const lock = lockFor(pinned);
    const got = await resolveGenerator(npm.env('ok'), { nodeBinary: '/node', installedDir: undefined, installRoot, lock, npm: npm.npm });
    const dir = join(installRoot, installFolderName(lock));
    expect(got).toEqual({ cmd: '/node', prefix: [generatorBin(installedPackageIn(dir))], version: pinned, source: `installed with npm ci from ${GENERATOR_LOCK_PATH} at ${dir}` });
    const again = await resolveGenerator(npm.env('fail'), { nodeBinary: '/node', installedDir: undefined, installRoot, lock, npm: npm.npm });
    expect(again.source).toBe(`installed earlier with npm ci from ${GENERATOR_LOCK_PATH} at ${dir}`);
  });

  it('defaults the install root to RUNNER_TEMP', async () => {
    const npm = fakeNpm();
    const runnerTemp = temp('rg-gen-runner-');
    const got = await resolveGenerator({ ...npm.env('ok'), RUNNER_TEMP: runnerTemp }, { installedDir: undefined, lock: lockFor(pinned), npm: npm.npm });
    expect(got.prefix[0]!.startsWith(join(runnerTemp, 'release-gates-cyclonedx-npm-'))).toBe(true);
    expect(got.cmd).toBe(process.execPath);
  });

  it('prefers an installed copy and never installs then', async () => {
    const npm = fakeNpm();
    const got = await resolveGenerator(npm.env('fail'), { nodeBinary: '/node', installRoot: temp('rg-gen-pref-'), npm: npm.npm });
    expect(got.source).toMatch(/^installed at /);
    expect(npm.calls()).toEqual([]);
  });
});
