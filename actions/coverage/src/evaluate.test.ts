import { describe, expect, it } from 'vitest';
import type { FileDiff } from '../../common/src/git';
import type { Collected } from './collect';
import { deltaHundredths, dropsMoreThan, evaluate, formatDelta } from './evaluate';
import { FileCoverage } from './model';
import type { CoverageOptions } from './options';
import { patchCoverage, uncoveredRanges } from './patch';

function options(extra: Partial<CoverageOptions> = {}): CoverageOptions {
  return { report: ['lcov.info'], 'report-format': 'auto', baseline: '', base: '', 'path-prefixes': [], 'source-roots': [], strict: false, 'max-bytes': 1e9, ...extra };
}

/** A file whose lines 1..covered+missed are coverable, the first `covered` of them covered. */
function file(path: string, covered: number, missed: number): FileCoverage {
  const f = new FileCoverage(path);
  for (let i = 1; i <= covered + missed; i++) f.markLine(i, i <= covered);
  return f;
}

function data(files: FileCoverage[], extra: Partial<Collected> = {}): Collected {
  return {
    reports: [{ file: 'lcov.info', format: 'lcov', files: files.length, matched: files.length, ignored: [] }],
    files: new Map(files.map((f) => [f.path, f])),
    unmatched: [],
    countsOnly: false,
    patch: { state: 'skipped', reason: 'no base' },
    ...extra,
  };
}

const diff = (path: string, addedLines: number[]): FileDiff => ({ path, oldPath: path, status: 'modified', binary: false, addedLines });

describe('thresholds', () => {
  it('compares exactly: 2071/2072 is below 100% and 8999/10000 below 90%', () => {
    const r = evaluate(options({ 'min-lines': 100 }), data([file('a.ts', 2071, 1)]));
    expect(r.decision).toBe('fail');
    expect(r.findings[0]).toMatchObject({ ruleId: 'coverage/min-lines', message: expect.stringContaining('99.95% (2071/2072) is below the minimum 100% — cover 1 line more') });
    const r2 = evaluate(options({ 'min-lines': 90 }), data([file('a.ts', 8999, 1001)]));
    expect(r2.findings[0]!.message).toContain('89.99%');
    expect(r2.findings[0]!.message).toContain('cover 1 line more');
    expect(evaluate(options({ 'min-lines': 90 }), data([file('a.ts', 9000, 1000)])).decision).toBe('pass');
  });

  it('sums files before dividing (never averages percentages)', () => {
    // 90% of 10 lines and 7% of 1090 lines: the total is 85/1100, not (90+7)/2.
    const r = evaluate(options(), data([file('a.ts', 9, 1), file('b.ts', 76, 1014)]));
    expect(r.metrics.total).toMatchObject({ lines: { covered: 85, total: 1100 } });
    expect(r.outputs!['lines-pct']).toBe('7.72');
  });

  it('max-uncovered-lines: 0 means every coverable line covered', () => {
    expect(evaluate(options({ 'max-uncovered-lines': 0 }), data([file('a.ts', 5, 0)])).decision).toBe('pass');
    const r = evaluate(options({ 'max-uncovered-lines': 0 }), data([file('a.ts', 5, 2)]));
    expect(r.decision).toBe('fail');
    expect(r.findings[0]!.message).toContain('2 uncovered lines, at most 0 allowed');
  });

  it('warns (never silently passes) when a threshold has no data to check', () => {
    const r = evaluate(options({ 'min-branches': 80 }), data([file('a.ts', 5, 0)]));
    expect(r.decision).toBe('warn');
    expect(r.findings[0]).toMatchObject({ ruleId: 'coverage/min-branches', severity: 'warning' });
  });
});

describe('per-path rules', () => {
  it('checks the files under each glob together; they still count toward the total', () => {
    const files = [file('src/security/auth.ts', 9, 1), file('src/security/crypto.ts', 10, 0), file('src/ui/app.ts', 1, 9)];
    const r = evaluate(options({ 'min-lines': 60, rules: { 'src/security/**': { lines: 96 }, 'src/ui/**': { 'max-uncovered-lines': 9 } } }), data(files));
    expect(r.metrics.total).toMatchObject({ lines: { covered: 20, total: 30 } });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: 'coverage/path-rule', message: expect.stringContaining('95.00% (19/20) is below the minimum 96%') });
  });

  it('a rule matching no file is a configuration error', () => {
    expect(() => evaluate(options({ rules: { 'lib/**': { lines: 90 } } }), data([file('src/a.ts', 1, 0)]))).toThrow(/matches no file/);
  });
});

describe('patch coverage', () => {
  it('counts changed lines the report knows, annotates uncovered ones as ranges', () => {
    const f = new FileCoverage('src/a.ts');
    // 10..20 coverable except 13 (blank) and 17 (covered); 12-16 and 18 missed.
    for (let l = 10; l <= 20; l++) if (l !== 13) f.markLine(l, l < 12 || l === 17 || l > 18);
    expect(uncoveredRanges(f, [12, 13, 14, 15, 16, 17, 18])).toEqual([
      [12, 16],
      [18, 18],
    ]);
    const patch = patchCoverage([diff('src/a.ts', [10, 12, 13, 14, 15, 16, 17, 18, 25]), diff('docs/x.md', [1, 2])], new Map([['src/a.ts', f]]));
    expect(patch.lines).toEqual({ covered: 2, total: 7 });
    expect(patch.filesWithoutData).toBe(1);

    const r = evaluate(options({ 'min-patch': 80 }), data([f], { patch: { state: 'evaluated', base: 'abc', baseSource: 'pull_request', diffs: [diff('src/a.ts', [10, 12, 13, 14, 15, 16, 17, 18])] } }));
    expect(r.decision).toBe('fail');
    expect(r.metrics.patch).toMatchObject({ lines: { covered: 2, total: 7 } });
    expect(r.outputs!['patch-pct']).toBe('28.57');
    const ranges = r.findings.filter((x) => x.ruleId === 'coverage/patch-uncovered');
    expect(ranges).toEqual([
      { ruleId: 'coverage/patch-uncovered', severity: 'error', message: 'lines 12–16 not covered (added in this change)', file: 'src/a.ts', line: 12, endLine: 16 },
      { ruleId: 'coverage/patch-uncovered', severity: 'error', message: 'line 18 not covered (added in this change)', file: 'src/a.ts', line: 18 },
    ]);
    expect(r.findings.find((x) => x.ruleId === 'coverage/min-patch')!.message).toContain('cover 4 lines more');
  });

  it('passes with "no coverable changes" when the diff touches no coverable line', () => {
    const r = evaluate(options({ 'min-patch': 100 }), data([file('a.ts', 1, 1)], { patch: { state: 'evaluated', base: 'b', baseSource: 'push', diffs: [diff('README.md', [1])] } }));
    expect(r.decision).toBe('pass');
    expect(r.summary).toContain('no coverable changes');
  });

  it('says so when min-patch is set but there is no base', () => {
    const r = evaluate(options({ 'min-patch': 90 }), data([file('a.ts', 1, 0)]));
    expect(r.decision).toBe('pass');
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'coverage/patch-not-evaluated', severity: 'note' })]);
    expect(r.metrics.patch).toBeNull();
  });
});

describe('baseline', () => {
  it('computes exact deltas and fails a drop beyond max-drop', () => {
    expect(formatDelta(deltaHundredths({ covered: 80, total: 100 }, { covered: 81, total: 100 }))).toBe('-1.00');
    expect(formatDelta(deltaHundredths({ covered: 2, total: 3 }, { covered: 1, total: 3 }))).toBe('+33.33');
    expect(dropsMoreThan({ covered: 795, total: 1000 }, { covered: 800, total: 1000 }, 0.5)).toBe(false);
    expect(dropsMoreThan({ covered: 794, total: 1000 }, { covered: 800, total: 1000 }, 0.5)).toBe(true);
    const baseline = { file: 'base.json', total: { lines: { covered: 90, total: 100 } }, perFile: new Map([['a.ts', { covered: 90, total: 100 }]]) };
    const r = evaluate(options({ 'max-drop': 1 }), data([file('a.ts', 88, 12)], { baseline }));
    expect(r.decision).toBe('fail');
    expect(r.findings[0]).toMatchObject({ ruleId: 'coverage/max-drop', message: expect.stringContaining('dropped 2.00 points (90.00% → 88.00%)') });
    expect(r.sections!.find((s) => s.title === 'Against the baseline')!.body).toContain('-2.00');
    expect(r.metrics.perFile).toEqual({ 'a.ts': [88, 100, 0, 0, 0, 0, 0, 0] });
  });
});
