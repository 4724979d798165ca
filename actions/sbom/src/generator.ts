// Running @cyclonedx/cyclonedx-npm at the version this repository pins. We do not bundle it (it reads
// its own package.json and the library's files at run time, which a bundle breaks); we run an installed
// copy of exactly the pinned version, or have the user's npm fetch exactly that version (`npm exec`),
// the same registry access `npm ci` already needs. Never a floating @latest.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { InputError } from '../../common/src/errors';
import { fileIn } from '../../common/src/paths';

export const CYCLONEDX_NPM = '@cyclonedx/cyclonedx-npm';
/** Must equal package-lock.json's version (a unit test keeps them in step; the action reads the lockfile). */
export const PINNED_CYCLONEDX_NPM_VERSION = '6.0.1';

export interface GeneratorCommand {
  cmd: string;
  /** Arguments placed before cyclonedx-npm's own. */
  prefix: string[];
  version: string;
  /** How it was found, for the log and the summary. */
  source: string;
}

function readVersion(packageJson: string): string | undefined {
  try {
    const v = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: unknown }).version;
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The installed cyclonedx-npm next to release-gates (npm install, this repository, tests). */
function installedPackageDir(): string | undefined {
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
 * Which cyclonedx-npm to run, in order: the binary the composite action's first step resolved
 * (RELEASE_GATES_CYCLONEDX_NPM_BIN, version-checked there), an installed copy of the pinned version,
 * else `npm exec` of the pinned version.
 */
export function resolveGenerator(env: Readonly<Record<string, string | undefined>>, nodeBinary = process.execPath): GeneratorCommand {
  const pinned = PINNED_CYCLONEDX_NPM_VERSION;
  const fromStep = env.RELEASE_GATES_CYCLONEDX_NPM_BIN;
  if (fromStep) {
    if (!existsSync(fromStep)) throw new InputError(`RELEASE_GATES_CYCLONEDX_NPM_BIN points to ${fromStep}, which does not exist`);
    return { cmd: nodeBinary, prefix: [fromStep], version: env.RELEASE_GATES_CYCLONEDX_NPM_VERSION ?? pinned, source: `resolved by the action's setup step (${fromStep})` };
  }
  const dir = installedPackageDir();
  if (dir) {
    const version = readVersion(fileIn(dir, 'package.json'));
    const bin = fileIn(fileIn(dir, 'bin'), 'cyclonedx-npm-cli.js');
    if (version === pinned && existsSync(bin)) return { cmd: nodeBinary, prefix: [bin], version, source: `installed at ${dir}` };
  }
  return {
    cmd: 'npm',
    prefix: ['exec', '--yes', `--package=${CYCLONEDX_NPM}@${pinned}`, '--', 'cyclonedx-npm'],
    version: pinned,
    source: `npm exec ${CYCLONEDX_NPM}@${pinned}`,
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

/** What npm itself said, without the noise around it (warnings, log-file hints, indentation). */
export function npmMessage(stderr: string): string {
  const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const wanted = lines.filter((l) => /^(npm (error|ERR!)|ERROR \||Error:)/.test(l) && !/complete log of this run|^npm error A complete log/i.test(l));
  const unique = [...new Set(wanted)];
  const text = (unique.length ? unique : lines.slice(-8)).join('\n');
  return text.length > 4000 ? text.slice(0, 4000) + '…' : text;
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

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runProcess(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** Runs cyclonedx-npm; npm-ls failures become an InputError carrying npm's own message. */
export async function runGenerator(generator: GeneratorCommand, req: GenerateRequest, env: Readonly<Record<string, string | undefined>>): Promise<void> {
  checkEvidence(req.projectDir);
  // NODE_ENV=production silently changes cyclonedx-npm's default omit; we always pass omit explicitly.
  const childEnv: NodeJS.ProcessEnv = { ...env };
  delete childEnv.NODE_ENV;
  delete childEnv.BOM_REPRODUCIBLE;
  let result: RunResult;
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
