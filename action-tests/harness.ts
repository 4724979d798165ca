// Runs a dist/ bundle exactly as the GitHub runner does: `node <main>` with INPUT_* variables,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, a webhook payload at GITHUB_EVENT_PATH, RUNNER_TEMP and
// GITHUB_WORKSPACE; then reads back outputs, the summary and the workflow commands printed on stdout.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gateResultValidator } from '../actions/common/src/result-schema';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');

/** Node 24, the runtime the actions declare: the `node` dev dependency, which npm scripts put first on PATH. */
export const NODE24 = (() => {
  const local = join(ROOT, 'node_modules', '.bin', 'node');
  if (existsSync(local)) return local;
  return process.execPath;
})();

export function nodeMajor(binary: string): number {
  return Number(execFileSync(binary, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).trim());
}

// ---------- workspaces ----------

export interface Workspace {
  dir: string;
  git(...args: string[]): string;
  write(path: string, content: string | Buffer): void;
  /** Stage everything and commit; returns the new commit's SHA. */
  commit(message: string): string;
}

export function createWorkspace(files: Record<string, string | Buffer> = {}): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'rg-ws-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid' },
    });
  git('init', '-q', '-b', 'main');
  git('config', 'commit.gpgsign', 'false');
  const write = (path: string, content: string | Buffer) => {
    const abs = join(dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  };
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
    return git('rev-parse', 'HEAD').trim();
  };
  for (const [path, content] of Object.entries(files)) write(path, content);
  commit('initial');
  return { dir, git, write, commit };
}

/** A pull_request webhook payload with the fields gates read. */
export function pullRequestEvent(baseSha: string, headSha: string, options: { fork?: boolean; repo?: string } = {}) {
  const repo = options.repo ?? 'octo/example';
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number: 7,
      repository: { full_name: repo },
      pull_request: {
        number: 7,
        base: { sha: baseSha, ref: 'main', repo: { full_name: repo } },
        head: { sha: headSha, ref: 'feature', repo: { full_name: options.fork ? 'fork/example' : repo } },
      },
    },
  };
}

// ---------- running a bundle ----------

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  runnerTemp: string;
  /** The GateResult at the `result-file` output, when there is one. */
  result?: Record<string, unknown>;
}

export interface RunActionOptions {
  inputs?: Record<string, string>;
  event?: { name: string; payload: Record<string, unknown> };
  env?: Record<string, string>;
  node?: string;
  /** Bundle path relative to dist/ (default `<action>/index.js`). */
  main?: string;
  timeoutMs?: number;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.replace(/\r$/, ''));
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const part of (m[2] ?? '').split(',')) {
      const eq = part.indexOf('=');
      if (eq > 0) properties[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1));
    }
    out.push({ command: m[1]!, properties, message: unescapeData(m[3] ?? '') });
  }
  return out;
}

/** Parse a GITHUB_OUTPUT file: `name<<DELIM` blocks and plain `name=value` lines. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delim) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      const eq = line.indexOf('=');
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export async function runAction(action: string, workspace: string, options: RunActionOptions = {}): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'rg-runner-'));
  const outputFile = join(runnerTemp, 'github_output');
  const summaryFile = join(runnerTemp, 'step_summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerTemp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo/example',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1234',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: '',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
  };
  if (options.event) {
    const eventPath = join(runnerTemp, 'event.json');
    writeFileSync(eventPath, JSON.stringify(options.event.payload));
    env.GITHUB_EVENT_PATH = eventPath;
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputEnvName(name)] = value;
  Object.assign(env, options.env ?? {});
  const main = join(DIST, options.main ?? `${action}/index.js`);
  const { exitCode, stdout, stderr } = await spawnCollect(options.node ?? NODE24, [main], workspace, env, options.timeoutMs ?? 120_000);
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
  const run: ActionRun = {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(summaryFile, 'utf8'),
    commands: parseWorkflowCommands(stdout),
    runnerTemp,
  };
  if (outputs['result-file'] && existsSync(outputs['result-file'])) run.result = JSON.parse(readFileSync(outputs['result-file'], 'utf8'));
  return run;
}

export interface ProcessRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export function spawnCollect(cmd: string, args: string[], cwd: string, env: Record<string, string | undefined>, timeoutMs = 120_000): Promise<ProcessRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${cmd} ${args.join(' ')} did not finish within ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ exitCode: code ?? -1, stdout, stderr });
    });
  });
}

/** Run the built CLI (`dist/cli/index.js`) the way a user does. */
/** Runs the built CLI (`cli`: another copy of dist/cli/index.js, e.g. in a package laid out elsewhere). */
export function runCli(args: string[], options: { cwd: string; node?: string; env?: Record<string, string>; cli?: string; timeoutMs?: number }): Promise<ProcessRun> {
  const env: Record<string, string | undefined> = { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env };
  return spawnCollect(options.node ?? NODE24, [options.cli ?? join(DIST, 'cli', 'index.js'), ...args], options.cwd, env, options.timeoutMs);
}

// ---------- Node 22 ----------

let node22Promise: Promise<{ binary?: string; reason?: string }> | undefined;

/**
 * Node 22 (the oldest the CLI supports), from the `node` npm package at major 22, installed once into
 * a scratch folder. Resolves to a reason instead when it cannot be had (offline machine).
 */
export function node22(): Promise<{ binary?: string; reason?: string }> {
  node22Promise ??= (async () => {
    const dir = join(tmpdir(), 'release-gates-node22');
    const binary = join(dir, 'node_modules', 'node', 'bin', 'node');
    if (existsSync(binary)) {
      try {
        if (nodeMajor(binary) === 22) return { binary };
      } catch {
        // Broken install: reinstall below.
      }
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'node22-scratch', private: true, allowScripts: { node: true } }));
    const npm = await spawnCollect('npm', ['install', '--no-audit', '--no-fund', '--no-save', 'node@22'], dir, { ...process.env }, 240_000).catch(
      (err: Error) => ({ exitCode: -1, stdout: '', stderr: err.message }),
    );
    if (npm.exitCode !== 0 || !existsSync(binary)) return { reason: `could not install node@22 from the npm registry: ${npm.stderr.trim().split('\n').slice(-2).join(' ')}` };
    return nodeMajor(binary) === 22 ? { binary } : { reason: 'the installed node package is not major 22' };
  })();
  return node22Promise;
}

// ---------- GateResult schema ----------

const validate = gateResultValidator();

/** Validation errors of a GateResult against the shipped schema (empty when valid). */
export function gateResultErrors(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
