// The built verdict action (dist/verdict/index.js) run exactly as the runner runs it, and the built
// CLI's `release-gates verdict`. Build first: flock /tmp/build.lock npm run build.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GateName, GateResult, Mode, Status } from '../actions/common/src/result';
import { runAction, runCli } from './harness';

function result(gate: GateName, status: Status, mode: Mode = 'enforce', summary = `${gate}: ${status}`): GateResult {
  return { schemaVersion: 1, gate, status, mode, summary, metrics: {}, findings: [], durationMs: 5 };
}

/** A results folder shaped like the reusable workflow's download: one folder per artifact. */
function downloaded(files: Record<string, GateResult | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-verdict-at-'));
  for (const [name, content] of Object.entries(files)) {
    const gate = name.replace(/\.json$/, '').split('/').pop()!;
    const folder = name.includes('/') ? join(dir, name, '..') : join(dir, `release-gates-main-${gate}-result-attempt-1`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, name.split('/').pop()!), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const workspace = () => mkdtempSync(join(tmpdir(), 'rg-verdict-ws-'));
const allGates: GateName[] = ['coverage', 'schema-ids', 'sbom', 'secret-scan', 'tarball'];
const needsAll = (overrides: Record<string, string> = {}) =>
  JSON.stringify(Object.fromEntries(allGates.map((g) => [g, { result: overrides[g] ?? 'success', outputs: {} }])));

describe('verdict action (dist/verdict/index.js)', () => {
  it('passes when every gate passed: exit 0, status output, one summary table linking to the run', async () => {
    const results = downloaded(Object.fromEntries(allGates.map((g) => [`${g}.json`, result(g, 'pass')])));
    const run = await runAction('verdict', workspace(), { inputs: { results, expect: allGates.join('\n'), needs: needsAll() } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.status).toBe('pass');
    expect(run.summary).toContain('| gate | status | key figure | job |');
    for (const g of allGates) expect(run.summary).toContain(`| **${g}** | ✅ pass |`);
    expect(run.summary).toContain('(https://github.com/octo/example/actions/runs/1234)');
    const verdict = JSON.parse(readFileSync(run.outputs['verdict-file']!, 'utf8'));
    expect(verdict).toMatchObject({ schemaVersion: 1, status: 'pass', expected: allGates });
  });

  it('fails the step on one enforced failure', async () => {
    const results = downloaded({ 'coverage.json': result('coverage', 'fail', 'enforce', 'lines 71.42% < 90%'), 'tarball.json': result('tarball', 'pass') });
    const run = await runAction('verdict', workspace(), { inputs: { results, expect: 'coverage,tarball' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('fail');
    expect(run.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([expect.stringContaining('coverage blocks the release')]);
    expect(run.summary).toContain('| **coverage** | ❌ fail | lines 71.42% &lt; 90% |');
  });

  it('passes with warn when a warn-mode gate failed', async () => {
    const results = downloaded({ 'coverage.json': result('coverage', 'pass'), 'secret-scan.json': result('secret-scan', 'warn', 'warn', '2 new secrets') });
    const run = await runAction('verdict', workspace(), { inputs: { results, expect: 'coverage,secret-scan' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.status).toBe('warn');
    expect(run.summary).toContain('⚠️ warn (warn mode)');
    expect(run.commands.filter((c) => c.command === 'error')).toEqual([]);
  });

  it('fails when a gate errored, even in warn mode', async () => {
    const results = downloaded({ 'schema-ids.json': result('schema-ids', 'error', 'warn', 'schemas/a.json:3:1: invalid JSON') });
    const run = await runAction('verdict', workspace(), { inputs: { results, expect: 'schema-ids' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('fail');
    expect(run.summary).toContain('the gate could not decide');
  });

  it('fails when an expected gate is missing because its job was cancelled or crashed', async () => {
    const results = downloaded({ 'coverage.json': result('coverage', 'pass') });
    const run = await runAction('verdict', workspace(), {
      inputs: { results, expect: 'coverage\nsbom\ntarball\n\n', needs: needsAll({ sbom: 'cancelled', tarball: 'failure' }) },
    });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('| **sbom** | ❔ missing | no result: the sbom job ended "cancelled" without one');
    expect(run.summary).toContain('| **tarball** | ❔ missing | no result: the tarball job ended "failure" without one');
  });

  it('treats an empty download as missing results, not as a pass', async () => {
    const run = await runAction('verdict', workspace(), { inputs: { results: join(tmpdir(), 'rg-never-downloaded-' + process.pid), expect: 'coverage' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('fail');
  });

  it('is an error naming the file when a result is malformed', async () => {
    const results = downloaded({ 'coverage.json': result('coverage', 'pass'), 'release-gates-main-tarball-result-attempt-1/tarball.json': '{"schemaVersion": 1, "gate": "tarball",' });
    const run = await runAction('verdict', workspace(), { inputs: { results, expect: 'coverage,tarball' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('error');
    const errors = run.commands.filter((c) => c.command === 'error').map((c) => c.message);
    expect(errors[0]).toContain('release-gates-main-tarball-result-attempt-1/tarball.json');
    expect(errors[0]).toContain('not valid JSON');
    expect(run.summary).toContain('### Malformed result files');
  });

  it('keeps only the newest run attempt of a re-run job', async () => {
    const results = downloaded({
      'release-gates-main-coverage-result-attempt-1/coverage.json': result('coverage', 'fail'),
      'release-gates-main-coverage-result-attempt-2/coverage.json': result('coverage', 'pass'),
    });
    const run = await runAction('verdict', workspace(), { inputs: { results, expect: 'coverage' } });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('Replaced by a newer run attempt');
  });

  it('rejects bad inputs instead of guessing', async () => {
    const run = await runAction('verdict', workspace(), { inputs: { results: downloaded({}), expect: 'coverage,lint' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('error');
    expect(run.commands.find((c) => c.command === 'error')?.message).toContain('unknown gate "lint"');
  });
});

describe('release-gates verdict (dist/cli)', () => {
  it('exits 0 / 1 / 2 for pass / fail / malformed', async () => {
    const cwd = workspace();
    const pass = await runCli(['verdict', '--results', downloaded({ 'coverage.json': result('coverage', 'pass') }), '--format', 'json'], { cwd });
    expect(pass.exitCode, pass.stderr).toBe(0);
    expect(JSON.parse(pass.stdout).status).toBe('pass');
    const fail = await runCli(['verdict', '--results', downloaded({ 'coverage.json': result('coverage', 'pass') }), '--expect', 'coverage,sbom'], { cwd });
    expect(fail.exitCode).toBe(1);
    expect(fail.stdout).toContain('sbom');
    const broken = await runCli(['verdict', '--results', downloaded({ 'x/coverage.json': '[]' })], { cwd });
    expect(broken.exitCode).toBe(2);
    expect(broken.stdout).toContain('x/coverage.json');
  });
});
