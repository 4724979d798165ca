// Test helpers: a throwaway git repository, and every output of a gate run serialised the way the
// runner would write it — but *before* the runner's redaction pass, so a leak cannot hide behind it.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatAnnotation } from '../../common/src/annotations';
import type { GateReport } from '../../common/src/gate';
import { renderMarkdown, renderText } from '../../common/src/render';
import { applyMode, type GateResult } from '../../common/src/result';
import { sarifText } from '../../common/src/sarif';
import { makeTestContext, type TestContext } from '../../common/src/testing';
import gate, { type SecretScanOptions } from '../src/gate';

export interface Repo {
  dir: string;
  git(...args: string[]): string;
  write(path: string, content: string): void;
  commit(message: string): string;
}

export function makeRepo(files: Record<string, string> = {}): Repo {
  const dir = mkdtempSync(join(tmpdir(), 'rg-secret-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@t.invalid', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@t.invalid' },
    });
  git('init', '-q', '-b', 'main');
  git('config', 'commit.gpgsign', 'false');
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
    return git('rev-parse', 'HEAD').trim();
  };
  for (const [p, c] of Object.entries(files)) write(p, c);
  commit('initial');
  return { dir, git, write, commit };
}

export const FIXTURES = join(__dirname, 'fixtures');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function defaults(overrides: Partial<SecretScanOptions> = {}): SecretScanOptions {
  return {
    report: [],
    baseline: '.github/secret-baseline.json',
    'fail-on': 'verified',
    scope: 'auto',
    base: '',
    'update-baseline': false,
    'fingerprint-salt': 'test-salt',
    'max-report-mb': 256,
    ...overrides,
  };
}

export interface Run {
  report: GateReport;
  ctx: TestContext;
  /** Everything the gate would write: result JSON, SARIF, summary, text, annotations, logs, baseline. */
  outputs: Outputs;
}

export interface Outputs {
  result: string;
  sarif: string;
  summary: string;
  text: string;
  annotations: string;
  outputs: string;
  logs: string;
  baseline: string;
}

export async function runGate(dir: string, options: Partial<SecretScanOptions>, context: Partial<Parameters<typeof makeTestContext>[0]> = {}): Promise<Run> {
  const ctx = makeTestContext({ workspace: dir, ...context });
  const opts = defaults(options);
  const report = await gate.run(opts, ctx);
  const result: GateResult = {
    schemaVersion: 1,
    gate: 'secret-scan',
    status: applyMode(report.decision, 'enforce'),
    mode: 'enforce',
    summary: report.summary,
    metrics: report.metrics,
    findings: report.findings,
    durationMs: 0,
  };
  const baselinePath = join(dir, opts.baseline);
  const outputs: Outputs = {
    result: JSON.stringify(result),
    sarif: sarifText(report.sarif ?? []),
    summary: renderMarkdown(result, report.sections ?? []),
    text: renderText(result),
    annotations: report.findings.map((f) => formatAnnotation(f)).join('\n'),
    outputs: JSON.stringify(report.outputs ?? {}),
    logs: ctx.logs.map((l) => l.message).join('\n'),
    baseline: existsSync(baselinePath) ? readFileSync(baselinePath, 'utf8') : '',
  };
  return { report, ctx, outputs };
}
