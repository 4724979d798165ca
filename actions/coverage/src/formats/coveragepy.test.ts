import { describe, expect, it } from 'vitest';
import { readFixture, reportTotals } from './testing';

// Shaped like `coverage json` (format 3) with branch coverage.
const DOC = {
  meta: { format: 3, version: '7.12.0', timestamp: '2025-01-01T00:00:00', branch_coverage: true, show_contexts: false },
  files: {
    'src/pkg/mod.py': {
      executed_lines: [1, 2, 3, 5],
      summary: { covered_lines: 4, num_statements: 5, percent_covered: 75, percent_covered_display: '75', missing_lines: 1, excluded_lines: 1, num_branches: 2, num_partial_branches: 1, covered_branches: 1, missing_branches: 1 },
      missing_lines: [7],
      excluded_lines: [9],
      executed_branches: [[2, 3]],
      missing_branches: [[2, -1]],
      functions: {},
      classes: {},
    },
  },
  totals: { covered_lines: 4, num_statements: 5 },
};

describe('coverage.py JSON reader', () => {
  it('reads executed/missing lines as lines and statements, arcs as branches; excluded lines are not coverable', async () => {
    const report = await readFixture('coverage.json', JSON.stringify(DOC));
    expect(report.format).toBe('coveragepy');
    expect(reportTotals(report)).toEqual({
      lines: { covered: 4, total: 5 },
      statements: { covered: 4, total: 5 },
      branches: { covered: 1, total: 2 },
      functions: { covered: 0, total: 0 },
    });
    expect(report.files.get('src/pkg/mod.py')!.lineState(9)).toBe(0);
  });

  it('rejects malformed line lists', async () => {
    const bad = structuredClone(DOC) as unknown as { files: Record<string, { executed_lines: unknown[] }> };
    bad.files['src/pkg/mod.py']!.executed_lines = [1, 'x'];
    await expect(readFixture('coverage.json', JSON.stringify(bad))).rejects.toMatchObject({ name: 'InputError', message: expect.stringMatching(/executed_lines\[1\]/) });
  });
});
