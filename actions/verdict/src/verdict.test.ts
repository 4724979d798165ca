import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GateName, GateResult, Mode, Status } from '../../common/src/result';
import { collectResults } from './collect';
import { verdictCommand } from './command';
import { decideVerdict, latestAttempts } from './evaluate';
import type { LoadedResult } from './model';
import { parseNeeds } from './needs';
import { renderMarkdown, renderText } from './render';
import { parseExpect } from './run';
import { gateResultProblems } from './validate';

function result(gate: GateName, status: Status, mode: Mode = 'enforce', summary = `${gate} ${status}`): GateResult {
  return { schemaVersion: 1, gate, status, mode, summary, metrics: {}, findings: [], durationMs: 3 };
}

function loaded(r: GateResult, file = `${r.gate}/${r.gate}.json`): LoadedResult {
  return { file, result: r };
}

function resultsDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-verdict-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await verdictCommand(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: tmpdir(), env: {} });
  return { code, stdout, stderr };
}

describe('decideVerdict', () => {
  const base = { problems: [], expect: [] as GateName[], mode: 'enforce' as Mode };

  it('passes when every gate passes', () => {
    const v = decideVerdict({ ...base, results: [loaded(result('coverage', 'pass')), loaded(result('tarball', 'pass'))], expect: ['coverage', 'tarball'] });
    expect(v.status).toBe('pass');
    expect(v.rows.map((r) => [r.gate, r.effect])).toEqual([['coverage', 'pass'], ['tarball', 'pass']]);
    expect(v.summary).toMatch(/every gate passed \(2 results\)/);
  });

  it('fails on one enforced failure and lists it first', () => {
    const v = decideVerdict({ ...base, results: [loaded(result('coverage', 'pass')), loaded(result('secret-scan', 'fail'))] });
    expect(v.status).toBe('fail');
    expect(v.rows[0]).toMatchObject({ gate: 'secret-scan', status: 'fail', effect: 'fail' });
    expect(v.summary).toContain('secret-scan blocks the release');
  });

  it('never fails on a warn-mode result', () => {
    const v = decideVerdict({ ...base, results: [loaded(result('coverage', 'pass')), loaded(result('sbom', 'warn', 'warn'))] });
    expect(v.status).toBe('warn');
    expect(v.rows[0]).toMatchObject({ gate: 'sbom', effect: 'warn', reason: expect.stringContaining('warn mode') });
    // Even an inconsistent "fail in warn mode" result honours the mode.
    expect(decideVerdict({ ...base, results: [loaded(result('sbom', 'fail', 'warn'))] }).status).toBe('warn');
  });

  it('fails when a gate errored, whatever its mode', () => {
    for (const mode of ['enforce', 'warn'] as const) {
      const v = decideVerdict({ ...base, results: [loaded(result('schema-ids', 'error', mode))] });
      expect(v.status).toBe('fail');
      expect(v.rows[0]!.reason).toMatch(/could not decide/);
    }
  });

  it('fails when an expected gate has no result, naming the job outcome', () => {
    const v = decideVerdict({
      ...base,
      results: [loaded(result('coverage', 'pass'))],
      expect: ['coverage', 'tarball', 'sbom'],
      needs: { coverage: { result: 'success' }, tarball: { result: 'cancelled' }, sbom: { result: 'skipped' } },
    });
    expect(v.status).toBe('fail');
    const missing = v.rows.filter((r) => r.status === 'missing');
    expect(missing.map((r) => r.gate).sort()).toEqual(['sbom', 'tarball']);
    expect(missing.find((r) => r.gate === 'tarball')!.summary).toBe('no result: the tarball job ended "cancelled" without one');
    expect(missing.find((r) => r.gate === 'sbom')!.summary).toContain('"skipped"');
  });

  it('counts a failed gate job without a result even when not expected, and a failed non-gate job', () => {
    const v = decideVerdict({ ...base, results: [], needs: { coverage: { result: 'failure' }, build: { result: 'cancelled' }, docs: { result: 'skipped' } } });
    expect(v.status).toBe('fail');
    expect(v.rows.map((r) => [r.gate, r.status])).toEqual([['job:build', 'job-failed'], ['coverage', 'missing']]);
  });

  it('ignores gate jobs skipped because they were switched off', () => {
    const v = decideVerdict({ ...base, results: [loaded(result('coverage', 'pass'))], expect: ['coverage'], needs: { coverage: { result: 'success' }, sbom: { result: 'skipped' } } });
    expect(v.status).toBe('pass');
    expect(v.rows).toHaveLength(1);
  });

  it('fails a passing result whose enforced job still failed afterwards', () => {
    const v = decideVerdict({ ...base, results: [loaded(result('tarball', 'pass'))], needs: { tarball: { result: 'failure' } } });
    expect(v.status).toBe('fail');
    expect(v.rows[0]!.reason).toContain('ended "failure" after writing this result');
  });

  it('is an error when a result file is malformed, and when there is nothing to decide', () => {
    const v = decideVerdict({ ...base, results: [loaded(result('coverage', 'pass'))], problems: [{ file: 'x/coverage.json', line: 3, column: 4, message: 'not valid JSON' }] });
    expect(v.status).toBe('error');
    expect(v.summary).toContain('1 result file is malformed');
    expect(decideVerdict({ ...base, results: [] }).status).toBe('error');
  });

  it('in warn mode reports a failing verdict as warn, but an error stays an error', () => {
    expect(decideVerdict({ ...base, mode: 'warn', results: [loaded(result('coverage', 'fail'))] }).status).toBe('warn');
    expect(decideVerdict({ ...base, mode: 'warn', results: [], expect: ['coverage'] }).status).toBe('warn');
    expect(decideVerdict({ ...base, mode: 'warn', results: [loaded(result('coverage', 'pass'))], problems: [{ file: 'a.json', message: 'bad' }] }).status).toBe('error');
  });

  it('keeps several results of one gate (matrix legs): the worst decides', () => {
    const v = decideVerdict({ ...base, results: [loaded(result('coverage', 'pass'), 'a/coverage.json'), loaded(result('coverage', 'fail'), 'b/coverage.json')], expect: ['coverage'] });
    expect(v.status).toBe('fail');
    expect(v.rows).toHaveLength(2);
  });
});

describe('latestAttempts', () => {
  it('keeps only the newest attempt of each job and reports the rest', () => {
    const old = { file: 'release-gates-main-coverage-result-attempt-1/coverage.json', result: result('coverage', 'fail'), attempt: 1, slot: 'release-gates-main-coverage-result/coverage.json' };
    const rerun = { ...old, file: 'release-gates-main-coverage-result-attempt-2/coverage.json', result: result('coverage', 'pass'), attempt: 2 };
    const other = loaded(result('tarball', 'pass'));
    const { kept, superseded } = latestAttempts([old, rerun, other]);
    expect(kept).toEqual([rerun, other]);
    expect(superseded).toEqual([old.file]);
    expect(decideVerdict({ results: [old, rerun], problems: [], expect: ['coverage'], mode: 'enforce' }).status).toBe('pass');
  });
});

describe('collectResults', () => {
  it('reads results recursively and parses the attempt from the artifact folder', async () => {
    const dir = resultsDir({
      'release-gates-main-coverage-result-attempt-1/coverage.json': result('coverage', 'fail'),
      'release-gates-main-coverage-result-attempt-2/coverage.json': result('coverage', 'pass'),
      'deep/er/tarball.json': result('tarball', 'pass'),
      'notes.txt': 'not json, ignored',
    });
    const { results, problems } = await collectResults(dir);
    expect(problems).toEqual([]);
    expect(results.map((r) => [r.file, r.attempt, r.slot])).toEqual([
      ['deep/er/tarball.json', undefined, undefined],
      ['release-gates-main-coverage-result-attempt-1/coverage.json', 1, 'release-gates-main-coverage-result/coverage.json'],
      ['release-gates-main-coverage-result-attempt-2/coverage.json', 2, 'release-gates-main-coverage-result/coverage.json'],
    ]);
  });

  it('names the file and line of broken JSON, and the property of a schema violation', async () => {
    const dir = resultsDir({
      'a/coverage.json': '{\n  "schemaVersion": 1,\n  "gate": "coverage",,\n}',
      'b/sbom.json': { ...result('sbom', 'pass'), extra: true },
      'c/tarball.json': { ...result('tarball', 'pass'), status: 'ok' },
      'd/empty.json': '',
    });
    const { results, problems } = await collectResults(dir);
    expect(results).toEqual([]);
    expect(problems.map((p) => p.file)).toEqual(['a/coverage.json', 'b/sbom.json', 'c/tarball.json', 'd/empty.json']);
    expect(problems[0]).toMatchObject({ line: 3, message: expect.stringContaining('not valid JSON') });
    expect(problems[1]!.message).toContain('unexpected property "extra"');
    expect(problems[2]!.message).toContain('/status: must be one of "pass", "warn", "fail", "error"');
  });

  it('refuses symbolic links instead of following them', async () => {
    const outside = resultsDir({ 'coverage.json': result('coverage', 'pass') });
    const dir = resultsDir({});
    symlinkSync(join(outside, 'coverage.json'), join(dir, 'coverage.json'));
    const { results, problems } = await collectResults(dir);
    expect(results).toEqual([]);
    expect(problems).toEqual([{ file: 'coverage.json', message: expect.stringContaining('symbolic link') }]);
  });

  it('reports a missing folder as an input error naming it', async () => {
    await expect(collectResults('/nonexistent/rg-results', 'results/')).rejects.toMatchObject({ name: 'InputError', file: 'results/' });
  });
});

describe('parsing helpers', () => {
  it('parses expect lists with commas, newlines and blanks; rejects unknown gates', () => {
    expect(parseExpect('coverage, schema-ids\n\ntarball,,')).toEqual(['coverage', 'schema-ids', 'tarball']);
    expect(() => parseExpect('coverage,lint')).toThrow(/unknown gate "lint"/);
  });

  it('parses toJSON(needs) and rejects anything else', () => {
    expect(parseNeeds('')).toBeUndefined();
    expect(parseNeeds('{"coverage":{"result":"success","outputs":{"status":"pass"}}}')).toEqual({ coverage: { result: 'success', outputs: { status: 'pass' } } });
    expect(() => parseNeeds('[1]')).toThrow(/JSON object/);
    expect(() => parseNeeds('{"a":{"result":"maybe"}}')).toThrow(/job "a" has no result/);
    expect(() => parseNeeds('{')).toThrow(/toJSON\(needs\)/);
  });

  it('validates against the GateResult schema', () => {
    expect(gateResultProblems(result('coverage', 'pass'))).toBeUndefined();
    expect(gateResultProblems({ ...result('coverage', 'pass'), gate: 'lint' })).toEqual(['/gate: must be one of "coverage", "schema-ids", "sbom", "secret-scan", "tarball"']);
  });
});

describe('rendering', () => {
  it('renders a Markdown table with a link to the run and escapes summaries', () => {
    const v = decideVerdict({ results: [loaded(result('coverage', 'fail', 'enforce', 'lines 81% | < 90%'))], problems: [], expect: ['coverage', 'tarball'], mode: 'enforce' });
    const md = renderMarkdown(v, { runUrl: 'https://github.com/o/r/actions/runs/9' });
    expect(md).toContain('| gate | status | key figure | job |');
    expect(md).toContain('| **coverage** | ❌ fail | lines 81% \\| &lt; 90% | [coverage job](https://github.com/o/r/actions/runs/9) |');
    expect(md).toContain('| **tarball** | ❔ missing | no result file found');
  });

  it('lists malformed files and replaced attempts, and says when the verdict only warns', () => {
    const old = { file: 'r-attempt-1/coverage.json', result: result('coverage', 'fail'), attempt: 1, slot: 'r/coverage.json' };
    const rerun = { ...old, file: 'r-attempt-2/coverage.json', result: result('coverage', 'pass'), attempt: 2 };
    const broken = decideVerdict({ results: [old, rerun], problems: [{ file: 'x/tarball.json', line: 2, column: 5, message: 'not valid JSON' }], expect: [], mode: 'warn' });
    const md = renderMarkdown(broken);
    expect(md).toContain('### Malformed result files');
    expect(md).toContain('- `x/tarball.json:2:5`: not valid JSON');
    expect(md).toContain('Replaced by a newer run attempt: r-attempt-1/coverage.json');
    expect(md).toContain('The verdict runs in warn mode');
    const text = renderText(broken);
    expect(text).toContain('Malformed result files:\n  x/tarball.json:2:5: not valid JSON');
    expect(text).toContain('Replaced by a newer run attempt: r-attempt-1/coverage.json');
  });

  it('renders text with the status first', () => {
    const text = renderText(decideVerdict({ results: [loaded(result('coverage', 'pass'))], problems: [], expect: [], mode: 'enforce' }));
    expect(text.split('\n')[0]).toBe('release-gates verdict: PASS — ready to release: every gate passed (1 result)');
    expect(text).toMatch(/coverage\s+pass\s+coverage pass\s+coverage\/coverage\.json/);
  });
});

describe('verdictCommand', () => {
  it('exits 0 when every result passes and prints JSON on request', async () => {
    const dir = resultsDir({ 'c/coverage.json': result('coverage', 'pass'), 't/tarball.json': result('tarball', 'pass') });
    const out = await run(['--results', dir, '--expect', 'coverage,tarball', '--format', 'json']);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ status: 'pass', expected: ['coverage', 'tarball'] });
  });

  it('exits 1 on an enforced failure and on a missing expected gate, 0 on a warn-mode failure', async () => {
    expect((await run(['verdict', `--results=${resultsDir({ 'c/coverage.json': result('coverage', 'fail') })}`])).code).toBe(1);
    expect((await run(['--results', resultsDir({ 'c/coverage.json': result('coverage', 'pass') }), '--expect', 'coverage,sbom'])).code).toBe(1);
    const warn = await run(['--results', resultsDir({ 'c/coverage.json': result('coverage', 'warn', 'warn') }), '--format', 'markdown']);
    expect(warn.code).toBe(0);
    expect(warn.stdout).toContain('⚠️ warn (warn mode)');
  });

  it('exits 1 when a gate errored', async () => {
    expect((await run(['--results', resultsDir({ 's/secret-scan.json': result('secret-scan', 'error') })])).code).toBe(1);
  });

  it('exits 2 on a malformed result file and names it', async () => {
    const out = await run(['--results', resultsDir({ 'c/coverage.json': result('coverage', 'pass'), 'x/tarball.json': '{"schemaVersion": 1' })]);
    expect(out.code).toBe(2);
    expect(out.stdout).toContain('x/tarball.json');
    expect(out.stdout).toContain('not valid JSON');
  });

  it('reads needs from a file and counts a cancelled job', async () => {
    const dir = resultsDir({ 'c/coverage.json': result('coverage', 'pass') });
    const needsFile = join(mkdtempSync(join(tmpdir(), 'rg-needs-')), 'needs.json');
    writeFileSync(needsFile, JSON.stringify({ coverage: { result: 'success' }, tarball: { result: 'cancelled' } }));
    const out = await run(['--results', dir, '--needs', `@${needsFile}`]);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('the tarball job ended "cancelled" without a result');
  });

  it('exits 2 with a clear message on bad flags and prints help', async () => {
    expect(await run([])).toMatchObject({ code: 2, stderr: expect.stringContaining('--results <dir> is required') });
    expect(await run(['--results', '/x', '--format', 'xml'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--format must be one of') });
    expect(await run(['--resultz', '/x'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown flag --resultz') });
    expect(await run(['--results', '/x', '--mode', 'strict'])).toMatchObject({ code: 2, stderr: expect.stringContaining('mode must be enforce or warn') });
    expect(await run(['--results', '/nonexistent/rg'])).toMatchObject({ code: 2, stderr: expect.stringContaining('/nonexistent/rg: results folder not found') });
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const flag of ['--results', '--expect', '--needs', '--format', '--mode']) expect(help.stdout).toContain(flag);
  });
});
