import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, InputError } from '../../common/src/errors';
import { fixture, makeRepo, runGate } from '../test/workspace';

const SHARED = 'cnry-shared-Token-0c1d2e3f4a5b';

/** One secret, five scanners: four with the value (or its sha1), one (secretlint SARIF) with only the line. */
function sharedReports(): Record<string, string> {
  return {
    'app/config.yml': 'name: demo\ntoken: "' + SHARED + '"\n',
    'reports/gitleaks.json': JSON.stringify([{ RuleID: 'github-pat', StartLine: 2, EndLine: 2, Match: `token: "${SHARED}"`, Secret: SHARED, File: 'app/config.yml', Commit: '', Email: 'a@example.test' }]),
    'reports/trufflehog.jsonl':
      JSON.stringify({ SourceMetadata: { Data: { Filesystem: { file: 'app/config.yml', line: 2 } } }, DetectorName: 'Github', DecoderName: 'PLAIN', Verified: true, Raw: SHARED }) + '\n',
    'reports/alerts.json': JSON.stringify([{ number: 1, state: 'open', secret_type: 'github_personal_access_token', secret: SHARED, validity: 'unknown', first_location_detected: { path: 'app/config.yml', start_line: 2, end_line: 2 } }]),
    'reports/ds.baseline': JSON.stringify({
      version: '1.5.0',
      plugins_used: [],
      results: { 'app/config.yml': [{ type: 'Secret Keyword', filename: 'app/config.yml', hashed_secret: sha1(SHARED), is_verified: false, line_number: 2 }] },
    }),
    'reports/secretlint.sarif': JSON.stringify({
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'secretlint' } }, results: [{ ruleId: 'a > @secretlint/secretlint-rule-github', level: 'error', message: { text: 'found GitHub token' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'app/config.yml' }, region: { startLine: 2 } } }] }] }],
    }),
  };
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

describe('cross-scanner dedupe', () => {
  it('merges the same secret from five scanners into one finding that lists every source', async () => {
    const repo = makeRepo(sharedReports());
    const run = await runGate(repo.dir, { report: ['reports/*'] });
    expect(run.report.metrics).toMatchObject({ rawFindings: 5, findings: 1, new: 1, failing: 1, verified: 1 });
    expect(run.report.decision).toBe('fail');
    const [finding] = run.report.findings;
    expect(finding).toMatchObject({ ruleId: 'secret-scan/verified-secret', severity: 'error', file: 'app/config.yml', line: 2 });
    expect(finding!.message).toContain('detect-secrets, github-secret-scanning, gitleaks, secretlint, trufflehog');
    expect(finding!.message).toMatch(/fingerprint sv1:[0-9a-f]{64}/);
    const tools = run.report.metrics.tools as Record<string, { new: number }>;
    expect(Object.keys(tools).sort()).toEqual(['detect-secrets', 'github-secret-scanning', 'gitleaks', 'secretlint', 'trufflehog']);
    // The one finding is in each source tool's SARIF run, with the same fingerprint.
    const withResults = (run.report.sarif ?? []).filter((r) => r.results.length);
    expect(withResults.map((r) => r.tool).sort()).toHaveLength(5);
    expect(new Set(withResults.map((r) => r.results[0]!.fingerprint)).size).toBe(1);
  });

  it('gives the same fingerprint whichever scanner found the secret', async () => {
    const files = sharedReports();
    const a = await runGate(makeRepo(files).dir, { report: ['reports/gitleaks.json'] });
    const b = await runGate(makeRepo(files).dir, { report: ['reports/trufflehog.jsonl', 'reports/alerts.json'] });
    const fa = /fingerprint (\S+)/.exec(a.report.findings.find((f) => f.ruleId.endsWith('-secret'))!.message)![1];
    const fb = /fingerprint (\S+)/.exec(b.report.findings.find((f) => f.ruleId.endsWith('-secret'))!.message)![1];
    expect(fa).toBe(fb);
  });

  it('keeps location keys stable when lines move (no line number, no commit in the key)', async () => {
    const report = (line: number) => JSON.stringify([{ RuleID: 'aws-access-token', StartLine: line, EndLine: line, Match: 'REDACTED', Secret: 'REDACTED', File: 'deploy/vars.tf', Commit: 'abc' + line }]);
    const repo = makeRepo({ 'deploy/vars.tf': 'a = 1\nkey = "hidden"\n', 'r.json': report(2) });
    const first = await runGate(repo.dir, { report: ['r.json'], 'update-baseline': true });
    const entries = JSON.parse(first.outputs.baseline).entries as { fingerprint: string }[];
    expect(entries[0]!.fingerprint).toMatch(/^lv1:/);
    repo.write('deploy/vars.tf', '# moved\n\n\na = 1\nkey = "hidden"\n');
    repo.write('r.json', report(5));
    const second = await runGate(repo.dir, { report: ['r.json'] });
    expect(second.report.metrics).toMatchObject({ suppressed: 1, new: 0 });
  });
});

describe('baseline', () => {
  const entry = (fingerprint: string, expires: string, extra: Record<string, unknown> = {}) => ({ fingerprint, reason: 'test fixture key, never deployed', owner: '@platform', expires, ...extra });

  async function acceptedRepo(expires: string) {
    const repo = makeRepo(sharedReports());
    const first = await runGate(repo.dir, { report: ['reports/gitleaks.json'], 'update-baseline': true });
    const written = JSON.parse(first.outputs.baseline) as { saltCheck: string; entries: { fingerprint: string }[] };
    repo.write('.github/secret-baseline.json', JSON.stringify({ version: 1, saltCheck: written.saltCheck, entries: [entry(written.entries[0]!.fingerprint, expires, { ticket: 'SEC-42' })] }, null, 2));
    return repo;
  }

  it('suppresses through the expiry day and fails the day after (fixed clock)', async () => {
    const repo = await acceptedRepo('2026-06-30');
    const lastDay = await runGate(repo.dir, { report: ['reports/*'] }, { now: new Date('2026-06-30T23:59:00Z') });
    expect(lastDay.report.decision).toBe('pass');
    expect(lastDay.report.metrics).toMatchObject({ suppressed: 1, expired: 0 });
    expect(lastDay.outputs.sarif).toContain('test fixture key, never deployed');

    const after = await runGate(repo.dir, { report: ['reports/*'] }, { now: new Date('2026-07-01T00:00:00Z') });
    expect(after.report.decision).toBe('fail');
    expect(after.report.metrics).toMatchObject({ suppressed: 0, expired: 1 });
    const expired = after.report.findings.find((f) => f.ruleId === 'secret-scan/baseline-expired')!;
    expect(expired.message).toContain('expired on 2026-06-30');
    expect(expired.message).toContain('@platform');
    expect(after.outputs.summary).toMatch(/\| gitleaks \| 1 \| 0 \| 0 \| 0 \| 1 \|/);
  });

  it('an entry written from one scanner matches when more scanners report the same secret', async () => {
    const repo = await acceptedRepo('2099-01-01');
    const run = await runGate(repo.dir, { report: ['reports/*'] });
    expect(run.report.metrics).toMatchObject({ findings: 1, suppressed: 1, new: 0 });
    expect(run.report.outputs).toEqual({ new: '0', suppressed: '1' });
  });

  it('reports unused entries in full scope, and placeholder entries as warnings', async () => {
    const repo = makeRepo({ 'r.json': '[]' });
    repo.write('.github/secret-baseline.json', JSON.stringify({ version: 1, entries: [entry(`sv1:${'a'.repeat(64)}`, '2099-01-01', { reason: 'TODO: why', family: 'aws', file: 'x.tf' })] }));
    const run = await runGate(repo.dir, { report: ['gitleaks:r.json'] });
    expect(run.report.decision).toBe('warn');
    expect(run.report.findings.map((f) => f.ruleId).sort()).toEqual(['secret-scan/baseline-incomplete', 'secret-scan/baseline-unused']);
    expect(run.report.findings[0]!.file).toBe('.github/secret-baseline.json');
    expect(run.report.findings[0]!.line).toBe(1);
  });

  it('update-baseline writes salted fingerprints, TODO reasons, the actor as owner, 90-day expiry', async () => {
    const repo = makeRepo(sharedReports());
    const run = await runGate(repo.dir, { report: ['reports/*'], 'update-baseline': true }, { now: new Date('2026-01-10T12:00:00Z'), env: { GITHUB_ACTOR: 'octo' } });
    expect(run.report.decision).toBe('fail'); // decided against the baseline as it was
    const written = JSON.parse(readFileSync(join(repo.dir, '.github/secret-baseline.json'), 'utf8'));
    expect(written).toMatchObject({ version: 1, saltCheck: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(written.entries).toEqual([
      {
        fingerprint: expect.stringMatching(/^sv1:[0-9a-f]{64}$/),
        reason: expect.stringMatching(/^TODO/),
        owner: '@octo',
        expires: '2026-04-10',
        family: 'github',
        tools: ['detect-secrets', 'github-secret-scanning', 'gitleaks', 'secretlint', 'trufflehog'],
        file: 'app/config.yml',
      },
    ]);
    const again = await runGate(repo.dir, { report: ['reports/*'] }, { now: new Date('2026-01-11T00:00:00Z') });
    expect(again.report.metrics).toMatchObject({ suppressed: 1, new: 0, baselineIncomplete: 1 });
    expect(again.report.decision).toBe('warn');
  });

  it('refuses a baseline written with another salt, naming the option', async () => {
    const repo = await acceptedRepo('2099-01-01');
    await expect(runGate(repo.dir, { report: ['reports/*'], 'fingerprint-salt': 'other' })).rejects.toMatchObject({
      constructor: ConfigurationError,
      option: 'fingerprint-salt',
    });
  });

  it('refuses malformed entries with the file and line', async () => {
    const repo = makeRepo({ 'r.json': '[]' });
    const fp = `sv1:${'b'.repeat(64)}`;
    repo.write('.github/secret-baseline.json', `{\n  "version": 1,\n  "entries": [\n    { "fingerprint": "${fp}", "reason": "x", "owner": "y", "expires": "2026-02-30" }\n  ]\n}\n`);
    const err = await runGate(repo.dir, { report: ['gitleaks:r.json'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ file: '.github/secret-baseline.json', line: 4 });
    expect((err as Error).message).toContain('expires');
  });
});

describe('fail-on', () => {
  const th = (verified: boolean, error?: string) =>
    JSON.stringify({ SourceMetadata: { Data: { Filesystem: { file: 'a.txt', line: 1 } } }, DetectorName: 'Slack', DecoderName: 'PLAIN', Verified: verified, Raw: 'cnry-failon-' + String(verified) + (error ?? ''), ...(error ? { VerificationError: error } : {}) });

  it.each([
    ['verified', [false], 'warn'],
    ['verified', [true, false], 'fail'],
    ['unknown', [false], 'warn'],
    ['unverified', [false], 'fail'],
  ] as const)('fail-on %s with verified=%j decides %s', async (failOn, verified, decision) => {
    const repo = makeRepo({ 'r.jsonl': verified.map((v) => th(v)).join('\n') + '\n' });
    const run = await runGate(repo.dir, { report: ['r.jsonl'], 'fail-on': failOn });
    expect(run.report.decision).toBe(decision);
  });

  it('counts a failed verification as unknown', async () => {
    const repo = makeRepo({ 'r.jsonl': th(false, 'timeout') + '\n' });
    expect((await runGate(repo.dir, { report: ['r.jsonl'], 'fail-on': 'unknown' })).report.decision).toBe('fail');
  });
});

describe('diff scope', () => {
  it('on a pull request, only findings on added lines or in the change\'s commits are new', async () => {
    const repo = makeRepo({ 'old.env': 'A=1\nOLD=x\n' });
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('new.env', 'B=2\nNEW=y\n');
    const added = repo.commit('add a secret');
    repo.write('gone.env', 'tmp\n');
    const transient = repo.commit('add and');
    repo.git('rm', '-q', 'gone.env');
    repo.commit('remove again');
    const leak = (file: string, line: number, secret: string, commit = '') => ({ RuleID: 'generic-api-key', StartLine: line, EndLine: line, Secret: secret, File: file, Commit: commit });
    repo.write(
      'r.json',
      JSON.stringify([leak('old.env', 2, 'cnry-old-123456'), leak('new.env', 2, 'cnry-new-123456', added), leak('gone.env', 1, 'cnry-gone-123456', transient)]),
    );
    const run = await runGate(repo.dir, { report: ['r.json'], 'fail-on': 'unverified' }, { event: { name: 'pull_request', base, baseSource: 'pull_request' } });
    expect(run.report.metrics).toMatchObject({ scope: 'diff', new: 2, preExisting: 1 });
    expect(run.report.findings.filter((f) => f.severity === 'error').map((f) => f.file).sort()).toEqual(['gone.env', 'new.env']);
    const full = await runGate(repo.dir, { report: ['r.json'], scope: 'full' }, { event: { name: 'pull_request', base } });
    expect(full.report.metrics).toMatchObject({ scope: 'full', new: 3 });
  });

  it('needs a base for diff scope', async () => {
    const repo = makeRepo({ 'r.json': '[]' });
    await expect(runGate(repo.dir, { report: ['gitleaks:r.json'], scope: 'diff' })).rejects.toMatchObject({ option: 'scope' });
  });
});

describe('input errors', () => {
  it('names a report glob that matched nothing', async () => {
    const repo = makeRepo({});
    await expect(runGate(repo.dir, { report: ['reports/*.json'] })).rejects.toMatchObject({ constructor: ConfigurationError, option: 'report' });
  });

  it('refuses an over-size report, naming it', async () => {
    const repo = makeRepo({ 'big.json': '[' + '0,'.repeat(700_000) + '0]' });
    await expect(runGate(repo.dir, { report: ['big.json'], 'max-report-mb': 1 })).rejects.toMatchObject({ constructor: InputError, file: 'big.json' });
  });

  it('refuses truncated JSON with the line, and unknown formats', async () => {
    const text = fixture('gitleaks-v8.json');
    const repo = makeRepo({ 'cut.json': text.slice(0, 200), 'notes.txt': 'just notes\n' });
    await expect(runGate(repo.dir, { report: ['cut.json'] })).rejects.toMatchObject({ constructor: InputError, file: 'cut.json', line: text.slice(0, 200).split('\n').length });
    await expect(runGate(repo.dir, { report: ['notes.txt'] })).rejects.toMatchObject({ constructor: InputError, file: 'notes.txt' });
  });

  it('reports errors in report order, though the next report is read ahead', async () => {
    const repo = makeRepo({ 'bad.json': '{"x":', 'big.json': '[' + '0,'.repeat(700_000) + '0]', 'ok.json': '[]' });
    // The first bad report wins over a later unmatched glob, an unknown prefix or an over-size file.
    await expect(runGate(repo.dir, { report: ['bad.json', 'missing/*.json'] })).rejects.toMatchObject({ constructor: InputError, file: 'bad.json' });
    await expect(runGate(repo.dir, { report: ['bad.json', 'ggshield:ok.json'] })).rejects.toMatchObject({ constructor: InputError, file: 'bad.json' });
    await expect(runGate(repo.dir, { report: ['bad.json', 'big.json'], 'max-report-mb': 1 })).rejects.toMatchObject({ constructor: InputError, file: 'bad.json' });
    await expect(runGate(repo.dir, { report: ['gitleaks:ok.json', 'big.json', 'bad.json'], 'max-report-mb': 1 })).rejects.toMatchObject({ constructor: InputError, file: 'big.json' });
    await expect(runGate(repo.dir, { report: ['gitleaks:ok.json', 'missing/*.json', 'bad.json'] })).rejects.toMatchObject({ constructor: ConfigurationError, option: 'report' });
  });

  it('refuses an unknown tool prefix', async () => {
    const repo = makeRepo({ 'r.json': '[]' });
    await expect(runGate(repo.dir, { report: ['ggshield:r.json'] })).rejects.toMatchObject({ option: 'report' });
  });

  it('accepts null and empty reports', async () => {
    const repo = makeRepo({ 'a.json': 'null\n', 'b.json': '[]', 'c.jsonl': '' });
    const run = await runGate(repo.dir, { report: ['gitleaks:a.json', 'b.json', 'trufflehog:c.jsonl'] });
    expect(run.report.decision).toBe('pass');
    expect(run.report.metrics).toMatchObject({ reports: 3, findings: 0 });
  });
});

describe('standalone scan', () => {
  it('scans tracked files with secretlint when no report is given', async () => {
    // Built at run time so this source file holds no token-shaped string.
    const token = ['ghp', '_', 'R8x2Lq9ZtV4mW7nK3pJ6sD1fH5gB0cY2eA8u'].join('');
    const repo = makeRepo({ 'src/app.ts': `const a = 1;\nexport const token = "${token}";\n`, 'README.md': '# demo\n', 'img.bin': '\0\0binary' });
    const run = await runGate(repo.dir, { 'fail-on': 'unverified' });
    expect(run.report.decision).toBe('fail');
    expect(run.report.metrics).toMatchObject({ reports: 1, rawFindings: 1, new: 1 });
    expect(run.report.findings[0]).toMatchObject({ file: 'src/app.ts', line: 2 });
    expect(run.report.findings[0]!.message).toContain('secretlint');
    for (const text of Object.values(run.outputs)) expect(text).not.toContain(token);
    expect(run.ctx.redactor.scrub(token)).toBe('***');
  });

  it('needs a git repository to scan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-nogit-'));
    writeFileSync(join(dir, 'a.txt'), 'x');
    await expect(runGate(dir, {})).rejects.toBeInstanceOf(InputError);
  });
});
