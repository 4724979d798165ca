import { describe, expect, it } from 'vitest';
import { COVERED, MISSED } from '../model';
import { readFixture, reportTotals } from './testing';

// Shaped like istanbul-lib-coverage FileCoverage data (Jest / Vitest coverage-final.json).
const fileData = (path: string) => ({
  path,
  statementMap: {
    '0': { start: { line: 1, column: 0 }, end: { line: 1, column: 20 } },
    '1': { start: { line: 2, column: 2 }, end: { line: 4, column: 3 } },
    '2': { start: { line: 2, column: 22 }, end: { line: 2, column: 30 } },
    '3': { start: { line: 6, column: 0 }, end: { line: 6, column: 9 } },
  },
  fnMap: {
    '0': { name: 'run', decl: { start: { line: 1, column: 9 }, end: { line: 1, column: 12 } }, loc: { start: { line: 1, column: 0 }, end: { line: 5, column: 1 } }, line: 1 },
    '1': { name: '(anonymous_1)', decl: { start: { line: 6, column: 0 }, end: { line: 6, column: 1 } }, loc: { start: { line: 6, column: 0 }, end: { line: 6, column: 9 } }, line: 6 },
  },
  branchMap: {
    '0': { loc: { start: { line: 2, column: 2 }, end: { line: 4, column: 3 } }, type: 'if', locations: [{ start: { line: 2, column: 2 } }, { start: { line: 2, column: 2 } }], line: 2 },
  },
  s: { '0': 1, '1': 0, '2': 4, '3': 0 },
  f: { '0': 1, '1': 0 },
  b: { '0': [1, 0] },
});

describe('istanbul coverage-final.json reader', () => {
  it('derives lines from statement start lines (any hit wins) and counts statements, functions, branches', async () => {
    const report = await readFixture('coverage-final.json', JSON.stringify({ '/repo/src/a.js': fileData('/repo/src/a.js') }));
    expect(report.format).toBe('istanbul');
    const file = report.files.get('/repo/src/a.js')!;
    expect(file.lineState(2)).toBe(COVERED);
    expect(file.lineState(6)).toBe(MISSED);
    expect(reportTotals(report)).toEqual({
      lines: { covered: 2, total: 3 },
      statements: { covered: 2, total: 4 },
      functions: { covered: 1, total: 2 },
      branches: { covered: 1, total: 2 },
    });
  });

  it('unwraps the Jest {data: …} entries and skips entries marked skip', async () => {
    const doc = { 'src/a.js': { data: fileData('src/a.js') }, 'src/gen.js': { ...fileData('src/gen.js'), skip: true } };
    const report = await readFixture('coverage-final.json', JSON.stringify(doc));
    expect(report.format).toBe('istanbul');
    expect([...report.files.keys()]).toEqual(['src/a.js']);
  });

  it('rejects negative counts and malformed JSON with a position', async () => {
    const bad = fileData('a.js');
    bad.s['1'] = -1;
    await expect(readFixture('coverage-final.json', JSON.stringify({ 'a.js': bad }))).rejects.toMatchObject({ name: 'InputError', message: expect.stringMatching(/negative/) });
    await expect(readFixture('coverage-final.json', '{"a.js": {"statementMap":\n  {,}}', { format: 'istanbul' })).rejects.toMatchObject({ name: 'InputError', line: 2 });
  });
});

describe('coverage-summary.json reader', () => {
  const summary = {
    total: { lines: { total: 10, covered: 8, skipped: 0, pct: 80 }, statements: { total: 10, covered: 8, skipped: 0, pct: 80 }, functions: { total: 2, covered: 2, skipped: 0, pct: 100 }, branches: { total: 0, covered: 0, skipped: 0, pct: 'Unknown' } },
    'C:\\app\\src\\index.js': { lines: { total: 10, covered: 8, skipped: 0, pct: 80 }, statements: { total: 10, covered: 8, skipped: 0, pct: 80 }, functions: { total: 2, covered: 2, skipped: 0, pct: 100 }, branches: { total: 0, covered: 0, skipped: 0, pct: 'Unknown' } },
  };

  it('keeps per-file counts only (no line data); "Unknown" percentages are ignored', async () => {
    const report = await readFixture('coverage-summary.json', JSON.stringify(summary));
    expect(report.format).toBe('istanbul-summary');
    const file = report.files.get('C:\\app\\src\\index.js')!;
    expect(file.hasLineData()).toBe(false);
    expect(reportTotals(report).lines).toEqual({ covered: 8, total: 10 });
  });

  it('rejects covered > total', async () => {
    const bad = structuredClone(summary);
    bad['C:\\app\\src\\index.js'].lines.covered = 11;
    await expect(readFixture('coverage-summary.json', JSON.stringify(bad))).rejects.toMatchObject({ message: expect.stringMatching(/impossible/) });
  });
});
