// Running @cyclonedx/cyclonedx-npm at the version this repository pins. We do not bundle it (it reads
// its own package.json and the library's files at run time, which a bundle breaks). In order: the binary the
// composite action's first step resolved; an installed copy of exactly the pinned version (next to
// release-gates: npm install, this repository, tests); else `npm ci --ignore-scripts --no-audit --no-fund
// --omit=optional` of the shipped lock, actions/sbom/generator/{package.json,package-lock.json} (the whole
// tree pinned by version and integrity, the lock the action installs too), into a folder of its own under
// RUNNER_TEMP or the OS temp folder, reused by later runs. A missing lock or a failed npm ci is an error:
// never an unpinned fetch (`npm exec`, @latest, a range resolved afresh).

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { InputError } from '../../common/src/errors';
import { fileIn } from '../../common/src/paths';
import { CYCLONEDX_NPM, PINNED_CYCLONEDX_NPM_VERSION, generatorBin, packageVersion } from './generator-package';
import { GENERATOR_LOCK_PATH, installLockedGenerator, type GeneratorLock } from './locked-install';
import { npmMessage } from './npm-message';
import { runProcess, type ProcessRun } from '../../common/src/process';

export interface GeneratorCommand {
  cmd: string;
  /** Arguments placed before cyclonedx-npm's own. */
  prefix: string[];
  version: string;
  /** How it was found, for the log and the summary. */
  source: string;
}

/** The installed cyclonedx-npm next to release-gates (npm install, this repository, tests). */
export function installedPackageDir(): string | undefined {
  try {
    const req = createRequire(import.meta.url);
    // Assembled at run time so the bundler leaves it alone; `.` is the only export, so resolve main.
    const main = req.resolve([CYCLONEDX_NPM].join(''));
    let dir = dirname(main);
    while (!existsSync(fileIn(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * The generator that needs no install: the binary the composite action's first step resolved
 * (RELEASE_GATES_CYCLONEDX_NPM_BIN, version-checked there), else an installed copy of exactly the pinned
 * version at `installedDir`. Undefined: install it from the shipped lock (installLockedGenerator).
 */
export function findGenerator(
  env: Readonly<Record<string, string | undefined>>,
  nodeBinary: string,
  installedDir: string | undefined,
): GeneratorCommand | undefined {
  const pinned = PINNED_CYCLONEDX_NPM_VERSION;
  const fromStep = env.RELEASE_GATES_CYCLONEDX_NPM_BIN;
  if (fromStep) {
    if (!existsSync(fromStep)) throw new InputError(`RELEASE_GATES_CYCLONEDX_NPM_BIN points to ${fromStep}, which does not exist`);
    return { cmd: nodeBinary, prefix: [fromStep], version: env.RELEASE_GATES_CYCLONEDX_NPM_VERSION ?? pinned, source: `resolved by the action's setup step (${fromStep})` };
  }
  if (installedDir) {
    const version = packageVersion(fileIn(installedDir, 'package.json'));
    const bin = generatorBin(installedDir);
    if (version === pinned && existsSync(bin)) return { cmd: nodeBinary, prefix: [bin], version, source: `installed at ${installedDir}` };
  }
  return undefined;
}

export interface ResolveOptions {
  nodeBinary?: string;
  /** Parent of the install folders (default RUNNER_TEMP, else the OS temp folder). */
  installRoot?: string;
  /** Where an installed copy is looked for (default: resolved next to release-gates). */
  installedDir?: string;
  lock?: GeneratorLock;
  npm?: string;
  log?: (message: string) => void;
}

/** Which cyclonedx-npm to run: findGenerator's, else the locked install (installLockedGenerator). */
export async function resolveGenerator(env: Readonly<Record<string, string | undefined>>, options: ResolveOptions = {}): Promise<GeneratorCommand> {
  const nodeBinary = options.nodeBinary ?? process.execPath;
  const found = findGenerator(env, nodeBinary, 'installedDir' in options ? options.installedDir : installedPackageDir());
  if (found) return found;
  const installed = await installLockedGenerator({ root: options.installRoot ?? (env.RUNNER_TEMP || tmpdir()), env, lock: options.lock, npm: options.npm, log: options.log });
  return {
    cmd: nodeBinary,
    prefix: [installed.bin],
    version: installed.version,
    source: `${installed.reused ? 'installed earlier' : 'installed'} with npm ci from ${GENERATOR_LOCK_PATH} at ${installed.dir}`,
  };
}

export interface GenerateRequest {
  /** Project folder holding package.json. */
  projectDir: string;
  outputFile: string;
  specVersion: string;
  omit: readonly string[];
  workspace?: string;
  reproducible: boolean;
}

export function generatorArgs(req: GenerateRequest): string[] {
  const args = ['--output-format', 'JSON', '--output-file', req.outputFile, '--spec-version', req.specVersion, '--mc-type', 'application'];
  // We validate strictly ourselves; its own validation skips silently when optional deps are missing.
  args.push('--no-validate');
  for (const o of req.omit) args.push('--omit', o);
  if (req.workspace) args.push('--workspace', req.workspace);
  if (req.reproducible) args.push('--output-reproducible');
  args.push('--', fileIn(req.projectDir, 'package.json'));
  return args;
}

/** Evidence cyclonedx-npm needs: fail early with a sentence rather than its stack of warnings. */
export function checkEvidence(projectDir: string): void {
  if (!existsSync(fileIn(projectDir, 'package.json'))) throw new InputError(`no package.json in ${projectDir}: set dir to the npm project to describe, or give sbom-file`, projectDir);
  const lock = ['package-lock.json', 'npm-shrinkwrap.json'].some((f) => existsSync(fileIn(projectDir, f)));
  const modules = existsSync(fileIn(projectDir, 'node_modules'));
  if (!lock && !modules) {
    throw new InputError(`no package-lock.json, npm-shrinkwrap.json or node_modules in ${projectDir}: without them the installed versions are unknown. Run npm ci first.`, fileIn(projectDir, 'package.json'));
  }
  if (!modules) {
    throw new InputError(`${projectDir} has a lockfile but no node_modules: cyclonedx-npm reads the installed packages. Run npm ci first.`, fileIn(projectDir, 'package.json'));
  }
}

/** Runs cyclonedx-npm; npm-ls failures become an InputError carrying npm's own message. */
export async function runGenerator(generator: GeneratorCommand, req: GenerateRequest, env: Readonly<Record<string, string | undefined>>): Promise<void> {
  checkEvidence(req.projectDir);
  // NODE_ENV=production silently changes cyclonedx-npm's default omit; we always pass omit explicitly.
  const childEnv: NodeJS.ProcessEnv = { ...env };
  delete childEnv.NODE_ENV;
  delete childEnv.BOM_REPRODUCIBLE;
  let result: ProcessRun;
  try {
    result = await runProcess(generator.cmd, [...generator.prefix, ...generatorArgs(req)], req.projectDir, childEnv);
  } catch (err) {
    throw new InputError(`cannot start cyclonedx-npm (${generator.source}): ${(err as Error).message}`);
  }
  if (result.code !== 0) {
    throw new InputError(`cyclonedx-npm ${generator.version} failed (exit ${result.code}) in ${req.projectDir}:\n${npmMessage(result.stderr)}`, fileIn(req.projectDir, 'package.json'));
  }
  if (!existsSync(req.outputFile)) throw new InputError(`cyclonedx-npm exited 0 but wrote no BOM to ${req.outputFile}`);
}
