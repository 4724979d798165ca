// secret-scan as the runner runs it: the built bundle, INPUT_* variables, a pull_request event, and
// every file it writes read back — including a canary search over all of them.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorkspace, gateResultErrors, pullRequestEvent, runAction } from './harness';

const CANARY = 'cnry-action-Secret-7d1e9f3a';
const CANARY_EMAIL = 'leaky.dev@example.test';

function reports(file: string, line: number) {
  return {
    'reports/gitleaks.json': JSON.stringify([
      { RuleID: 'generic-api-key', StartLine: line, EndLine: line, Match: `key = "${CANARY}"`, Secret: CANARY, File: file, Commit: '', Email: CANARY_EMAIL },
    ]),
    'reports/trufflehog.jsonl':
      JSON.stringify({ SourceMetadata: { Data: { Git: { file, line, email: `Leaky <${CANARY_EMAIL}>` } } }, DetectorName: 'Github', DecoderName: 'PLAIN', Verified: true, Raw: CANARY, Redacted: CANARY }) + '\n',
    'reports/empty.sarif': JSON.stringify({ version: '2.1.0', runs: [] }),
  };
}

/** Everything the step leaves behind, minus the ::add-mask:: commands that hand secrets to the runner. */
function everything(run: Awaited<ReturnType<typeof runAction>>): string {
  const files = [run.outputs['result-file'], run.outputs['sarif-file']].filter((f): f is string => !!f).map((f) => readFileSync(f, 'utf8'));
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, run.stderr, run.summary, JSON.stringify(run.outputs), ...files].join('\n');
}

describe('secret-scan action', () => {
  it('fails a pull request that adds a verified secret, with outputs, SARIF and no leak', async () => {
    const ws = createWorkspace({ 'src/app.py': 'x = 1\n' });
    const base = ws.git('rev-parse', 'HEAD').trim();
    ws.git('checkout', '-q', '-b', 'feature');
    for (const [p, c] of Object.entries({ 'src/app.py': `x = 1\nkey = "${CANARY}"\n`, ...reports('src/app.py', 2) })) ws.write(p, c);
    const head = ws.commit('add key');
    const run = await runAction('secret-scan', ws.dir, {
      inputs: { report: 'reports/gitleaks.json\nreports/trufflehog.jsonl\nsarif:reports/empty.sarif' },
      event: pullRequestEvent(base, head),
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'fail', new: '1', suppressed: '0' });
    expect(run.result).toBeDefined();
    expect(gateResultErrors(run.result)).toEqual([]);
    expect(run.result!.metrics).toMatchObject({ scope: 'diff', rawFindings: 2, findings: 1, verified: 1 });
    const errors = run.commands.filter((c) => c.command === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors[0]!.properties).toMatchObject({ file: 'src/app.py', line: '2' });
    expect(run.summary).toContain('Per scanner');
    expect(run.stdout).toContain('::add-mask::'); // the secret was handed to the runner's masker
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as { runs: { tool: { driver: { name: string } }; results: unknown[]; automationDetails: { id: string } }[] };
    expect(sarif.runs.length).toBeLessThanOrEqual(20);
    const names = sarif.runs.map((r) => r.tool.driver.name);
    expect(names).toEqual(expect.arrayContaining(['release-gates/secret-scan/gitleaks', 'release-gates/secret-scan/trufflehog', 'release-gates/secret-scan/detect-secrets']));
    expect(sarif.runs.find((r) => r.tool.driver.name.endsWith('/detect-secrets'))!.results).toEqual([]);
    const all = everything(run);
    expect(all).not.toContain(CANARY);
    expect(all).not.toContain(CANARY_EMAIL);
  });

  it('warns instead of failing in warn mode, and accepts a baseline written by update-baseline', async () => {
    const ws = createWorkspace({ 'src/app.py': `key = "${CANARY}"\n`, ...reports('src/app.py', 1) });
    const first = await runAction('secret-scan', ws.dir, { inputs: { report: 'reports/*.json*', mode: 'warn', 'update-baseline': 'true' } });
    expect(first.exitCode).toBe(0);
    expect(first.outputs.status).toBe('warn');
    const baseline = readFileSync(`${ws.dir}/.github/secret-baseline.json`, 'utf8');
    expect(baseline).not.toContain(CANARY);
    const second = await runAction('secret-scan', ws.dir, { inputs: { report: 'reports/*.json*' } });
    expect(second.outputs).toMatchObject({ status: 'warn', new: '0', suppressed: '1' }); // TODO reason left in the entry
    expect(everything(second)).not.toContain(CANARY);
  });

  it('turns a truncated report into status error naming the file and line', async () => {
    const ws = createWorkspace({ 'r.json': `[\n {"RuleID": "x",\n  "Secret": "${CANARY}` });
    const run = await runAction('secret-scan', ws.dir, { inputs: { report: 'r.json' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('error');
    const error = run.commands.find((c) => c.command === 'error' && c.properties.file === 'r.json');
    expect(error?.properties.line).toBe('3');
    expect(everything(run)).not.toContain(CANARY);
  });

  // Large runs parse reports on worker threads (report-thread.ts); RELEASE_GATES_REPORT_THREAD=on
  // forces that path on small inputs, so both paths are proven on the same reports.
  describe('reports parsed on a worker thread', () => {
    const many = (n: number) =>
      JSON.stringify(
        Array.from({ length: n }, (_, i) => ({ RuleID: 'generic-api-key', StartLine: i + 1, EndLine: i + 1, Match: `k = "${CANARY}-${i}"`, Secret: `${CANARY}-${i}`, File: `src/f${i % 3}.py`, Email: CANARY_EMAIL })),
      );
    const files = {
      'src/app.py': 'x = 1\n',
      ...reports('src/app.py', 1),
      'reports/more.json': many(40),
      'reports/detect.json': JSON.stringify({
        version: '1.5.0',
        plugins_used: [{ name: 'KeywordDetector' }],
        filters_used: [],
        results: { 'src/f1.py': [{ type: 'Secret Keyword', filename: 'src/f1.py', hashed_secret: 'a'.repeat(40), is_verified: false, line_number: 3 }] },
        generated_at: '2026-01-01T00:00:00Z',
      }),
    };
    const inputs = { report: 'reports/gitleaks.json\nreports/trufflehog.jsonl\nreports/more.json\nreports/detect.json\nsarif:reports/empty.sarif', mode: 'warn' };
    const comparable = (run: Awaited<ReturnType<typeof runAction>>) => {
      const { durationMs: _ms, ...result } = run.result as Record<string, unknown>;
      return { result, sarif: readFileSync(run.outputs['sarif-file']!, 'utf8'), summary: run.summary, outputs: { ...run.outputs, 'result-file': '', 'sarif-file': '' } };
    };

    it('gives exactly what the main thread alone gives, on one worker or three, and leaks nothing', async () => {
      const ws = createWorkspace(files);
      const threaded = await runAction('secret-scan', ws.dir, { inputs, env: { RELEASE_GATES_REPORT_THREAD: 'on' } });
      const three = await runAction('secret-scan', ws.dir, { inputs, env: { RELEASE_GATES_REPORT_THREAD: '3' } });
      const alone = await runAction('secret-scan', ws.dir, { inputs, env: { RELEASE_GATES_REPORT_THREAD: 'off' } });
      expect(threaded.result!.metrics).toMatchObject({ reports: 5, rawFindings: 43, findings: 42 });
      expect(comparable(threaded)).toEqual(comparable(alone));
      expect(comparable(three)).toEqual(comparable(alone));
      expect(everything(three)).not.toContain(CANARY);
      // The worker's raw values reach the runner's masker too, and no output holds one.
      for (const value of [`${CANARY}-39`, CANARY_EMAIL]) expect(threaded.stdout).toContain(`::add-mask::${value}`);
      expect(everything(threaded)).not.toContain(CANARY);
      expect(everything(threaded)).not.toContain(CANARY_EMAIL);
    });

    it('names the first bad report by file and line, whichever thread read it', async () => {
      const ws = createWorkspace({ ...files, 'reports/more.json': `[\n {"RuleID": "x",\n  "Secret": "${CANARY}` });
      const run = await runAction('secret-scan', ws.dir, { inputs, env: { RELEASE_GATES_REPORT_THREAD: 'on' } });
      expect(run.outputs.status).toBe('error');
      const error = run.commands.find((c) => c.command === 'error' && c.properties.file === 'reports/more.json');
      expect(error?.properties.line).toBe('3');
      expect(everything(run)).not.toContain(CANARY);
    });

    // A trufflehog JSON Lines report of 8 MiB or more is cut into 4 MiB parts that any thread parses.
    const bigJsonLines = (lines: number, bad?: number) =>
      Array.from({ length: lines }, (_, i) =>
        i === bad
          ? '{"SourceMetadata": {"Data": '
          : JSON.stringify({
              SourceMetadata: { Data: { Git: { file: `src/m${i % 50}/f${i}.py`, line: (i % 90) + 1, commit: `${i}`.padStart(40, 'c'), email: `Dev <${CANARY_EMAIL}>` } } },
              DetectorName: i % 2 ? 'AWS' : 'Github',
              DecoderName: 'PLAIN',
              Verified: i % 10 === 0,
              Raw: `${CANARY}-part-${i}`,
              ExtraData: { note: 'x'.repeat(300) },
            }),
      ).join('\n') + '\n';

    it('cuts a large JSON Lines report into parts across threads, with the outcome of one thread', async () => {
      const ws = createWorkspace({ ...files, 'reports/trufflehog.jsonl': bigJsonLines(18_000) });
      expect(readFileSync(`${ws.dir}/reports/trufflehog.jsonl`).length).toBeGreaterThan(8 * 1024 * 1024);
      const three = await runAction('secret-scan', ws.dir, { inputs, env: { RELEASE_GATES_REPORT_THREAD: '3' } });
      const alone = await runAction('secret-scan', ws.dir, { inputs, env: { RELEASE_GATES_REPORT_THREAD: 'off' } });
      expect(three.result!.metrics).toMatchObject({ reports: 5, rawFindings: 18_042 });
      expect(comparable(three)).toEqual(comparable(alone));
      expect(three.stdout).toContain(`::add-mask::${CANARY}-part-17999`);
      expect(everything(three)).not.toContain(CANARY);
      expect(everything(three)).not.toContain(CANARY_EMAIL);
    });

    it('names the line of a bad record in a report cut into parts, as one thread does', async () => {
      const ws = createWorkspace({ ...files, 'reports/trufflehog.jsonl': bigJsonLines(18_000, 15_000) });
      const three = await runAction('secret-scan', ws.dir, { inputs, env: { RELEASE_GATES_REPORT_THREAD: '3' } });
      const alone = await runAction('secret-scan', ws.dir, { inputs, env: { RELEASE_GATES_REPORT_THREAD: 'off' } });
      const error = (run: typeof three) => run.commands.find((c) => c.command === 'error' && c.properties.file === 'reports/trufflehog.jsonl');
      expect(three.outputs.status).toBe('error');
      expect(error(three)?.properties.line).toBe('15001');
      expect(error(three)).toEqual(error(alone));
      expect(everything(three)).not.toContain(CANARY);
    });

    it('refuses an unknown RELEASE_GATES_REPORT_THREAD value', async () => {
      const ws = createWorkspace(files);
      const run = await runAction('secret-scan', ws.dir, { inputs, env: { RELEASE_GATES_REPORT_THREAD: 'sometimes' } });
      expect(run.outputs.status).toBe('error');
      expect(JSON.stringify(run.result)).toContain('RELEASE_GATES_REPORT_THREAD must be auto, on, off or a number');
    });
  });

  it('scans the tracked files with secretlint when no report is given', async () => {
    const token = ['ghp', '_', 'Q2w9Er8Ty7Ui6Op5As4Df3Gh2Jk1Lz0Xc9Vb'].join('');
    const ws = createWorkspace({ 'config/app.env': `GITHUB_TOKEN=${token}\n` });
    const run = await runAction('secret-scan', ws.dir, { inputs: { 'fail-on': 'unverified' } });
    expect(run.outputs).toMatchObject({ status: 'fail', new: '1' });
    expect(run.commands.find((c) => c.command === 'error')?.properties.file).toBe('config/app.env');
    expect(everything(run)).not.toContain(token);
  });
});
