
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, InputError } from '../../common/src/errors';
import { gitRepo, makeTestContext } from '../../common/src/testing';
import gate from './gate';
import type { CoverageOptions } from './options';

const repo = (files: Record<string, string>) => gitRepo(files, 'cov-gate-');

function options(extra: Partial<CoverageOptions> = {}): CoverageOptions {
  return { report: ['coverage/lcov.info'], 'report-format': 'auto', baseline: '', base: '', 'path-prefixes': [], 'source-roots': [], strict: false, 'max-bytes': 1e9, ...extra };
}

const source = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n') + '\n';

describe('coverage gate', () => {
  it('merges an lcov and a Cobertura report by repository path and measures the pull request patch', async () => {
    const r = repo({ 'src/a.ts': source(10), 'src/b.py': source(5), '.gitignore': 'coverage/\n' });
    const base = r.git('rev-parse', 'HEAD');
    r.write({ 'src/a.ts': source(14) });
    r.commit();
    // lcov from a CI machine (absolute path elsewhere); lines 11-14 were added, 12-13 not covered.
    const lcov = `TN:\nSF:/home/runner/work/x/x/src/a.ts\n${[1, 2, 3, 11, 14].map((l) => `DA:${l},1`).join('\n')}\nDA:4,0\nDA:12,0\nDA:13,0\nend_of_record\nSF:/usr/lib/node/internal.js\nDA:1,1\nend_of_record\n`;
    const cobertura = `<?xml version="1.0" ?>\n<coverage line-rate="0.5"><sources><source>/tmp/build/src</source></sources><packages><package name="p"><classes>
<class name="b" filename="b.py"><lines><line number="1" hits="1"/><line number="2" hits="0"/></lines></class>
<class name="a" filename="a.ts"><lines><line number="4" hits="2"/></lines></class></classes></package></packages></coverage>`;
    r.write({ 'coverage/lcov.info': lcov, 'coverage/coverage.xml': cobertura });
    const ctx = makeTestContext({ workspace: r.dir, event: { name: 'pull_request', base, baseSource: 'pull_request' } });
    const report = await gate.run(options({ report: ['coverage/*.info', 'coverage/*.xml'], 'min-lines': 70, 'min-patch': 60 }), ctx);
    // a.ts: 1,2,3,4(covered by Cobertura),11,14 covered; 12,13 missed. b.py: 1 of 2.
    expect(report.metrics.total).toMatchObject({ lines: { covered: 7, total: 10 } });
    expect(report.metrics.files).toBe(2);
    expect(report.metrics.patch).toMatchObject({ lines: { covered: 2, total: 4 } });
    expect(report.decision).toBe('fail');
    expect(report.findings.map((f) => f.ruleId)).toEqual(['coverage/min-patch', 'coverage/patch-uncovered', 'coverage/unmatched-files']);
    expect(report.findings[1]).toMatchObject({ file: 'src/a.ts', line: 12, endLine: 13, message: 'lines 12–13 not covered (added in this change)' });
    expect(report.findings[2]!.message).toContain('/usr/lib/node/internal.js');
    expect(report.outputs).toEqual({ 'lines-pct': '70.00', 'branches-pct': '', 'patch-pct': '50.00' });
    expect(report.sections!.map((s) => s.title)).toContain('Changed lines');
  });

  it('is an error when no report file matches a tracked file', async () => {
    const r = repo({ 'src/a.ts': source(3) });
    r.write({ 'coverage/lcov.info': 'SF:/elsewhere/other.ts\nDA:1,1\nend_of_record\n' });
    await expect(gate.run(options(), makeTestContext({ workspace: r.dir }))).rejects.toThrow(/none of the 1 files in the reports matches a file tracked by git/);
  });

  it('is a configuration error outside a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cov-nogit-'));
    writeFileSync(join(dir, 'lcov.info'), 'SF:a.ts\nDA:1,1\nend_of_record\n');
    await expect(gate.run(options({ report: ['lcov.info'] }), makeTestContext({ workspace: dir }))).rejects.toThrow(/not in a git repository/);
  });

  it('is an error when a report pattern matches nothing, or the report is empty or truncated', async () => {
    const r = repo({ 'src/a.ts': source(3) });
    await expect(gate.run(options(), makeTestContext({ workspace: r.dir }))).rejects.toThrow(InputError);
    r.write({ 'coverage/lcov.info': '' });
    await expect(gate.run(options(), makeTestContext({ workspace: r.dir }))).rejects.toThrow(/empty report/);
    r.write({ 'coverage/lcov.info': 'SF:src/a.ts\nDA:1,1\n' });
    await expect(gate.run(options(), makeTestContext({ workspace: r.dir }))).rejects.toMatchObject({ file: 'coverage/lcov.info', line: 2 });
  });

  it('notes that patch coverage was not evaluated without a base, and errors on an explicit base it cannot use', async () => {
    const r = repo({ 'src/a.ts': source(3) });
    r.write({ 'coverage/lcov.info': 'SF:src/a.ts\nDA:1,1\nend_of_record\n' });
    const noBase = await gate.run(options({ 'min-patch': 80 }), makeTestContext({ workspace: r.dir }));
    expect(noBase.decision).toBe('pass');
    expect(noBase.findings[0]).toMatchObject({ ruleId: 'coverage/patch-not-evaluated', severity: 'note' });
    await expect(gate.run(options({ 'min-patch': 80, base: 'no-such-ref' }), makeTestContext({ workspace: r.dir }))).rejects.toThrow(/not in this clone/);
  });

  it('refuses min-patch on a counts-only coverage-summary.json', async () => {
    const r = repo({ 'src/a.js': source(3) });
    r.write({ 'coverage/coverage-summary.json': JSON.stringify({ total: { lines: { total: 3, covered: 3 } }, 'src/a.js': { lines: { total: 3, covered: 3 } } }) });
    const ctx = makeTestContext({ workspace: r.dir });
    await expect(gate.run(options({ report: ['coverage/coverage-summary.json'], 'min-patch': 80 }), ctx)).rejects.toThrow(ConfigurationError);
    const ok = await gate.run(options({ report: ['coverage/coverage-summary.json'], 'min-lines': 100 }), ctx);
    expect(ok.decision).toBe('pass');
    expect(ok.metrics.patchSkipped).toMatch(/only counts/);
  });

  it('compares with a baseline result file', async () => {
    const r = repo({ 'src/a.ts': source(4) });
    r.write({
      'coverage/lcov.info': 'SF:src/a.ts\nDA:1,1\nDA:2,1\nDA:3,0\nDA:4,0\nend_of_record\n',
      'base.json': JSON.stringify({ schemaVersion: 1, gate: 'coverage', status: 'pass', metrics: { total: { lines: { covered: 3, total: 4 } }, perFile: { 'src/a.ts': [3, 4] } } }),
    });
    const report = await gate.run(options({ baseline: 'base.json', 'max-drop': 10 }), makeTestContext({ workspace: r.dir }));
    expect(report.decision).toBe('fail');
    expect(report.findings[0]!.message).toContain('dropped 25.00 points');
    r.write({ 'bad.json': '{"gate": "tarball", "schemaVersion": 1}' });
    await expect(gate.run(options({ baseline: 'bad.json' }), makeTestContext({ workspace: r.dir }))).rejects.toThrow(/not a coverage GateResult/);
  });

  it('strips the Go module path using go.mod', async () => {
    const r = repo({ 'go.mod': 'module github.com/acme/tool\n\ngo 1.22\n', 'pkg/a.go': source(6) });
    r.write({ 'coverage.out': 'mode: set\ngithub.com/acme/tool/pkg/a.go:2.1,3.2 1 1\ngithub.com/acme/tool/pkg/a.go:5.1,6.2 1 0\n' });
    const report = await gate.run(options({ report: ['coverage.out'] }), makeTestContext({ workspace: r.dir }));
    expect(report.metrics.total).toMatchObject({ lines: { covered: 2, total: 4 }, statements: { covered: 1, total: 2 } });
  });
});
