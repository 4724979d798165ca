// The action adapter in-process, with the runner's files and variables set up as the runner would
// (the built bundle is exercised the same way in action-tests/verdict.test.ts).

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GateName, GateResult, Status } from '../../common/src/result';
import { runVerdictAction } from './action';

const saved = { ...process.env };
let stdout = '';
let runner: { temp: string; output: string; summary: string };

function result(gate: GateName, status: Status): GateResult {
  return { schemaVersion: 1, gate, status, mode: 'enforce', summary: `${gate} ${status}`, metrics: {}, findings: [], durationMs: 1 };
}

function results(files: Record<string, GateResult | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-verdict-action-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

/** Outputs from the GITHUB_OUTPUT file (`name<<delimiter` blocks). */
function outputs(): Record<string, string> {
  const out: Record<string, string> = {};
  const text = readFileSync(runner.output, 'utf8');
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

beforeEach(() => {
  const temp = mkdtempSync(join(tmpdir(), 'rg-runner-'));
  runner = { temp, output: join(temp, 'output'), summary: join(temp, 'summary') };
  writeFileSync(runner.output, '');
  writeFileSync(runner.summary, '');
  Object.assign(process.env, {
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: runner.output,
    GITHUB_STEP_SUMMARY: runner.summary,
    GITHUB_WORKSPACE: temp,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '2',
  });
  stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = undefined;
});

describe('runVerdictAction', () => {
  it('publishes status, verdict-file and a summary linking to the run attempt', async () => {
    setInputs({ results: results({ 'a/coverage.json': result('coverage', 'pass') }), expect: 'coverage', needs: '{"coverage":{"result":"success"}}' });
    await runVerdictAction();
    expect(process.exitCode).toBeUndefined();
    const out = outputs();
    expect(out.status).toBe('pass');
    expect(JSON.parse(readFileSync(out['verdict-file']!, 'utf8'))).toMatchObject({ status: 'pass' });
    expect(readFileSync(runner.summary, 'utf8')).toContain('[coverage job](https://github.example/octo/repo/actions/runs/77/attempts/2)');
    expect(stdout).toContain('release-gates verdict: pass');
  });

  it('fails the step and annotates each malformed file', async () => {
    setInputs({ results: results({ 'a/coverage.json': '{', 'b/tarball.json': '{"schemaVersion":2}' }) });
    await runVerdictAction();
    expect(process.exitCode).toBe(1);
    expect(outputs().status).toBe('error');
    const errors = stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors.some((l) => l.includes('a/coverage.json') && l.includes('not valid JSON'))).toBe(true);
    expect(errors.some((l) => l.includes('b/tarball.json') && l.includes('not a valid GateResult'))).toBe(true);
  });

  it('resolves a relative results folder against the workspace, and defaults to RUNNER_TEMP/release-gates/results', async () => {
    mkdirSync(join(runner.temp, 'release-gates', 'results', 'x'), { recursive: true });
    writeFileSync(join(runner.temp, 'release-gates', 'results', 'x', 'sbom.json'), JSON.stringify(result('sbom', 'fail')));
    await runVerdictAction();
    expect(outputs().status).toBe('fail');
    expect(process.exitCode).toBe(1);
    setInputs({ results: 'release-gates/results' });
    process.exitCode = undefined;
    await runVerdictAction();
    expect(process.exitCode).toBe(1);
  });

  it('turns bad inputs into status error and a failed step', async () => {
    setInputs({ needs: 'not json' });
    await runVerdictAction();
    expect(outputs().status).toBe('error');
    expect(process.exitCode).toBe(1);
    expect(stdout).toContain('needs must be the JSON of `toJSON(needs)`');
  });
});
