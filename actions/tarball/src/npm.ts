// Everything that runs npm: pack a folder (scripts run as npm runs them, unless ignore-scripts), read
// the `npm pack --json` output of npm <= 11 (an array) and npm 12 (an object keyed by package name), and
// fetch the previous published tarball. Offline or unpublished is an answer, not a crash.

import { statSync } from 'node:fs';
import { InputError, errorMessage } from '../../common/src/errors';
import { npmCommand, runProcess, type ProcessRun } from '../../common/src/process';

export interface PackInfo {
  name: string;
  version: string;
  filename: string;
  size?: number;
  unpackedSize?: number;
  entryCount?: number;
}

export type NpmRun = ProcessRun;

export async function runNpm(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<NpmRun> {
  // spawn reports a missing cwd as "spawn npm ENOENT", which blames npm: name the folder instead.
  let isDir = false;
  try {
    isDir = statSync(cwd).isDirectory();
  } catch {
    // Missing: reported below.
  }
  if (!isDir) throw new InputError(`package folder not found: ${cwd}`, cwd);
  let run: ProcessRun;
  try {
    run = await runProcess(npmCommand(), args, cwd, env);
  } catch (e) {
    throw new InputError(`cannot run npm: ${errorMessage(e)}`);
  }
  if (run.stdoutCut) throw new InputError(`npm ${args[0]} printed more than 64 MiB`);
  return run;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The JSON npm printed, possibly after lifecycle-script output on the same stream. */
function findJson(stdout: string): unknown {
  const text = stdout.trim();
  const whole = tryParse(text);
  if (whole !== undefined) return whole;
  const starts: number[] = [];
  for (const m of text.matchAll(/^[[{]/gm)) if (starts.push(m.index) > 200) break;
  for (const s of starts) {
    const v = tryParse(text.slice(s));
    if (v !== undefined) return v;
  }
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toInfo(item: unknown, where: string): PackInfo {
  if (!isRecord(item)) throw new InputError(`npm pack --json: ${where} is not an object`);
  const { name, version, filename } = item;
  if (typeof name !== 'string' || typeof version !== 'string' || typeof filename !== 'string') {
    throw new InputError(`npm pack --json: ${where} lacks name, version or filename`);
  }
  // The file name is joined to our destination folder: it must be a plain .tgz name.
  if (!/^[^/\\]+\.tgz$/.test(filename) || filename.startsWith('.')) {
    throw new InputError(`npm pack --json: unexpected filename ${JSON.stringify(filename)}`);
  }
  const info: PackInfo = { name, version, filename };
  for (const key of ['size', 'unpackedSize', 'entryCount'] as const) if (typeof item[key] === 'number') info[key] = item[key] as number;
  return info;
}

/** npm <= 11 prints an array; npm 12 an object keyed by package name. Anything else is refused. */
export function parsePackOutput(stdout: string): PackInfo[] {
  const value = findJson(stdout);
  if (value === undefined) throw new InputError('npm pack --json printed no JSON');
  if (Array.isArray(value)) {
    if (!value.length) throw new InputError('npm pack --json printed an empty list');
    return value.map((v, i) => toInfo(v, `entry ${i}`));
  }
  if (isRecord(value)) {
    if (isRecord(value.error)) {
      const e = value.error;
      throw new InputError(`npm pack failed: ${[e.code, e.summary].filter((x) => typeof x === 'string').join(' ')}`);
    }
    const entries = Object.entries(value);
    if (!entries.length) throw new InputError('npm pack --json printed an empty object');
    return entries.map(([key, v]) => {
      const info = toInfo(v, `entry ${JSON.stringify(key)}`);
      if (info.name !== key) throw new InputError(`npm pack --json: key ${JSON.stringify(key)} does not match its name ${JSON.stringify(info.name)}`);
      return info;
    });
  }
  throw new InputError('npm pack --json printed neither an array (npm <= 11) nor an object keyed by name (npm 12)');
}

function failure(run: NpmRun, what: string): InputError {
  const json = findJson(run.stdout);
  const summary =
    isRecord(json) && isRecord(json.error)
      ? [json.error.code, json.error.summary].filter((x) => typeof x === 'string').join(' ')
      : (run.stderr.split('\n').filter((l) => /err/i.test(l)).slice(0, 4).join(' ') || run.stderr.trim().split('\n').slice(-3).join(' '));
  return new InputError(`${what} failed (exit ${run.code}): ${summary.slice(0, 600)}`);
}

export interface PackOptions {
  destination: string;
  ignoreScripts: boolean;
  /** Workspace folders (relative to cwd) to pack instead of cwd itself. */
  workspaces?: readonly string[];
}

export async function npmPack(cwd: string, options: PackOptions): Promise<PackInfo[]> {
  const args = ['pack', '--json', '--pack-destination', options.destination];
  if (options.ignoreScripts) args.push('--ignore-scripts');
  for (const w of options.workspaces ?? []) args.push('--workspace', w);
  const run = await runNpm(args, cwd);
  if (run.code !== 0) throw failure(run, `npm ${args.join(' ')}`);
  return parsePackOutput(run.stdout);
}

export type PreviousFetch = { ok: true; version: string; path: string; dist?: Record<string, unknown> } | { ok: false; note: string };

const OFFLINE = /ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|network|offline/i;

/** The version the dist-tag points at, packed from the registry into `destination`. */
export async function fetchPrevious(name: string, tag: string, cwd: string, destination: string): Promise<PreviousFetch> {
  const spec = `${name}@${tag}`;
  const view = await runNpm(['view', spec, 'version', 'dist', '--json', '--fetch-retries=1'], cwd);
  if (view.code !== 0) {
    const text = view.stdout + view.stderr;
    if (/E404|404 Not Found|is not in this registry|No match found/i.test(text)) return { ok: false, note: `${spec} is not published yet: nothing to compare with` };
    if (OFFLINE.test(text)) return { ok: false, note: `the registry is unreachable (offline?): no comparison with ${spec}` };
    return { ok: false, note: `could not look up ${spec}: ${failure(view, 'npm view').message}` };
  }
  const info = findJson(view.stdout);
  const version = isRecord(info) ? info.version : typeof info === 'string' ? info : undefined;
  if (typeof version !== 'string') return { ok: false, note: `${spec} has no published version: nothing to compare with` };
  const pack = await runNpm(['pack', `${name}@${version}`, '--json', '--ignore-scripts', '--pack-destination', destination, '--fetch-retries=1'], cwd);
  if (pack.code !== 0) {
    const text = pack.stdout + pack.stderr;
    if (OFFLINE.test(text)) return { ok: false, note: `the registry is unreachable (offline?): no comparison with ${name}@${version}` };
    return { ok: false, note: `could not download ${name}@${version}: ${failure(pack, 'npm pack').message}` };
  }
  const [packed] = parsePackOutput(pack.stdout);
  const out: PreviousFetch = { ok: true, version, path: `${destination}/${packed!.filename}` };
  if (isRecord(info) && isRecord(info.dist)) out.dist = info.dist;
  return out;
}
