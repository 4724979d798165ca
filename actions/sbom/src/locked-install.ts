// Installing cyclonedx-npm from the lock this package ships (actions/sbom/generator/{package.json,
// package-lock.json}: the whole tree pinned by version and integrity, the lock the action's generator step
// installs too) with `npm ci --ignore-scripts --no-audit --no-fund --omit=optional`, into a folder of its
// own reused by later runs. A missing lock or a failed npm ci is an error, never an unpinned fetch.

import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, errorMessage } from '../../common/src/errors';
import { fileIn } from '../../common/src/paths';
import { CYCLONEDX_NPM, PINNED_CYCLONEDX_NPM_VERSION, generatorBin, packageVersion } from './generator-package';
import { npmMessage } from './npm-message';
import { npmCommand, runProcess, type ProcessRun } from '../../common/src/process';

/** How the gate installs the shipped lock: the action's generator step runs exactly this too. */
export const NPM_CI_ARGS: readonly string[] = ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--omit=optional'];
/** Where the lock lives in this repository and in the published package. */
export const GENERATOR_LOCK_PATH = 'actions/sbom/generator/package-lock.json';
const INSTALL_PREFIX = 'release-gates-cyclonedx-npm-';

export interface GeneratorLock {
  /** The folder holding both files. */
  dir: string;
  packageJson: string;
  lock: string;
  /** The cyclonedx-npm version the lock pins. */
  version: string;
}

/**
 * Where the shipped lock may be: next to the sources (actions/sbom/src → actions/sbom/generator; tests)
 * and next to the bundle (dist/lib → the package root → actions/sbom/generator; the action checkout and
 * the published CLI, whose `files` include that folder).
 */
export function generatorLockDirCandidates(here = dirname(fileURLToPath(import.meta.url))): string[] {
  const fromSources = fileIn(dirname(here), 'generator');
  const fromBundle = fileIn(fileIn(fileIn(dirname(dirname(here)), 'actions'), 'sbom'), 'generator');
  return [...new Set([fromSources, fromBundle])];
}

/** The cyclonedx-npm version a generator lock pins, or undefined. */
export function lockedVersion(lockText: string): string | undefined {
  try {
    const entry = (JSON.parse(lockText) as { packages?: Record<string, { version?: unknown }> }).packages?.[`node_modules/${CYCLONEDX_NPM}`];
    return typeof entry?.version === 'string' ? entry.version : undefined;
  } catch {
    return undefined;
  }
}

/** The first candidate holding both files; an InputError naming every place looked at, else. */
export function readGeneratorLock(candidates = generatorLockDirCandidates(), pinned = PINNED_CYCLONEDX_NPM_VERSION): GeneratorLock {
  for (const dir of candidates) {
    const packageJsonPath = fileIn(dir, 'package.json');
    const lockPath = fileIn(dir, 'package-lock.json');
    if (!existsSync(packageJsonPath) || !existsSync(lockPath)) continue;
    const lock = readFileSync(lockPath, 'utf8');
    const version = lockedVersion(lock);
    if (version !== pinned) {
      throw new InputError(`${lockPath} pins ${version ? `${CYCLONEDX_NPM}@${version}` : `no ${CYCLONEDX_NPM}`}, but this release-gates runs ${pinned}: the package is inconsistent; reinstall release-gates.`);
    }
    return { dir, packageJson: readFileSync(packageJsonPath, 'utf8'), lock, version };
  }
  throw new InputError(
    `${CYCLONEDX_NPM} ${pinned} is not installed next to release-gates, and the lock that pins it for installing (actions/sbom/generator/package.json and package-lock.json) is missing (looked in ${candidates.join(', ')}). ` +
      'Install release-gates with its dependencies (npm install --save-dev release-gates, then npx release-gates), or gate an existing BOM with --sbom-file.',
  );
}

/** Install folder name: the version and a short hash of both files, so a changed lock gets a fresh folder. */
export function installFolderName(lock: Pick<GeneratorLock, 'packageJson' | 'lock' | 'version'>): string {
  const hash = createHash('sha256').update(lock.packageJson).update('\0').update(lock.lock).digest('hex').slice(0, 12);
  return `${INSTALL_PREFIX}${lock.version}-${hash}`;
}

/** `<install folder>/node_modules/@cyclonedx/cyclonedx-npm`. */
export function installedPackageIn(installDir: string): string {
  return fileIn(fileIn(fileIn(installDir, 'node_modules'), '@cyclonedx'), 'cyclonedx-npm');
}

/**
 * Why an install folder cannot be run or reused, or undefined when it can: it must hold cyclonedx-npm at
 * `version` with its bin, and (where there are uids) belong to this user and be writable by no one else, since
 * it sits in a shared temp folder. A half-finished install never has the final name (installLockedGenerator).
 */
export function installProblem(installDir: string, version: string, uid: number | undefined = process.getuid?.()): string | undefined {
  let stat;
  try {
    stat = lstatSync(installDir);
  } catch {
    return 'does not exist';
  }
  if (!stat.isDirectory()) return 'is not a folder'; // a symbolic link neither
  if (uid !== undefined && stat.uid !== uid) return `belongs to another user (uid ${stat.uid})`;
  if (uid !== undefined && (stat.mode & 0o022) !== 0) return 'is writable by other users';
  const pkg = installedPackageIn(installDir);
  const found = packageVersion(fileIn(pkg, 'package.json'));
  if (found !== version) return found ? `holds ${CYCLONEDX_NPM} ${found}, not ${version}` : `holds no ${CYCLONEDX_NPM}`;
  if (!existsSync(generatorBin(pkg))) return `has no ${generatorBin(pkg)}`;
  return undefined;
}

const REMEDY =
  `release-gates installs ${CYCLONEDX_NPM} only from that lock (every package pinned by version and integrity), never unpinned: ` +
  'let npm reach your registry, mirror or cache, or install release-gates with its dependencies so the pinned copy is found next to it, or gate an existing BOM with --sbom-file.';

export interface InstallOptions {
  /** Parent of the install folders: RUNNER_TEMP or the OS temp folder. */
  root: string;
  /** The environment npm runs in (registry, mirror, cache, offline: the user's own npm configuration). */
  env: Readonly<Record<string, string | undefined>>;
  lock?: GeneratorLock;
  /** The npm executable (default: npm as this platform starts it, npm.cmd through a shell on Windows). */
  npm?: string;
  log?: (message: string) => void;
}

export interface LockedInstall {
  dir: string;
  bin: string;
  version: string;
  /** True when an earlier run's install was reused. */
  reused: boolean;
}

function lockedInstall(dir: string, version: string, reused: boolean): LockedInstall {
  return { dir, bin: generatorBin(installedPackageIn(dir)), version, reused };
}

/**
 * cyclonedx-npm from the shipped lock: reuse `<root>/release-gates-cyclonedx-npm-<version>-<hash>` when it is
 * complete, else `npm ci` into a fresh sibling folder and rename it into place (a rename is atomic, so the
 * final name only ever holds a finished install). Fails closed with an InputError.
 */
export async function installLockedGenerator(options: InstallOptions): Promise<LockedInstall> {
  const lock = options.lock ?? readGeneratorLock();
  const log = options.log ?? (() => {});
  const dir = fileIn(options.root, installFolderName(lock));
  const problem = installProblem(dir, lock.version);
  if (!problem) return lockedInstall(dir, lock.version, true);
  const lockPath = fileIn(lock.dir, 'package-lock.json');
  mkdirSync(options.root, { recursive: true });
  const staging = mkdtempSync(`${dir}.partial-`);
  let published = false;
  try {
    writeFileSync(fileIn(staging, 'package.json'), lock.packageJson);
    writeFileSync(fileIn(staging, 'package-lock.json'), lock.lock);
    log(`installing ${CYCLONEDX_NPM}@${lock.version} with npm ${NPM_CI_ARGS.join(' ')} from ${lockPath} into ${dir}`);
    const npm = options.npm ? { cmd: options.npm } : npmCommand();
    let result: ProcessRun;
    try {
      result = await runProcess(npm, NPM_CI_ARGS, staging, { ...options.env });
    } catch (err) {
      throw new InputError(`cannot run ${npm.cmd} to install ${CYCLONEDX_NPM}@${lock.version} from ${lockPath}: ${errorMessage(err)}. ${REMEDY}`);
    }
    if (result.code !== 0) {
      throw new InputError(`npm ci of ${lockPath} (${CYCLONEDX_NPM}@${lock.version}) failed (exit ${result.code}):\n${npmMessage(result.stderr)}\n${REMEDY}`);
    }
    const installed = installProblem(staging, lock.version);
    if (installed) throw new InputError(`npm ci of ${lockPath} exited 0, but the install folder ${installed}. ${REMEDY}`);
    // An unusable folder under the final name (another version, another user's): replace it when we can.
    if (problem !== 'does not exist') {
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
      } catch {
        // Not ours to remove: the rename below fails and we run from the staging folder.
      }
    }
    try {
      renameSync(staging, dir);
      published = true;
      return lockedInstall(dir, lock.version, false);
    } catch {
      // Another run finished first (use its folder), or the old folder could not go (run from ours).
      if (!installProblem(dir, lock.version)) return lockedInstall(dir, lock.version, true);
      published = true;
      log(`could not move the install to ${dir}; running it from ${staging}`);
      return lockedInstall(staging, lock.version, false);
    }
  } finally {
    if (!published) rmSync(staging, { recursive: true, force: true, maxRetries: 2 });
  }
}
