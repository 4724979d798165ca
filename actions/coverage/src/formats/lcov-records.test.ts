
// lcov records that leave the inline fast path (CRLF, non-integer counts, no final newline) must count
// exactly as their plain forms do; malformed FNDA/FNL records are errors with line and column.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../common/src/errors';
import { expectInputError } from '../../../common/src/testing';
import { addTotals, emptyTotals, type FileTotals } from '../model';
import { parseLcovText, readLcov } from './lcov';

function totals(text: string): FileTotals {
  const t = emptyTotals();
  for (const f of parseLcovText(text, 'lcov.info', { strict: false }).files.values()) addTotals(t, f.totals());
  return t;
}

function error(text: string): InputError {
  return expectInputError(() => parseLcovText(text, 'lcov.info', { strict: false }));
}

const REPORT = ['SF:src/a.c', 'FN:1,main', 'FN:9,helper', 'FN:20,unused', 'FNDA:4,main', 'FNDA:1,helper', 'FNDA:0,unused',
  'BRDA:2,0,0,1', 'BRDA:2,0,1,0', 'BRDA:3,1,0,-', 'BRDA:3,1,1,7', 'DA:1,4', 'DA:2,4', 'DA:3,0', 'end_of_record'];

describe('lcov records off the fast path', () => {
  it('CRLF line ends give the same lines, branches and functions as LF', () => {
    const lf = totals(REPORT.join('\n') + '\n');
    expect(lf.lines).toEqual({ covered: 2, total: 3 });
    expect(lf.branches).toEqual({ covered: 2, total: 4 });
    expect(lf.functions).toEqual({ covered: 2, total: 3 });
    expect(totals(REPORT.join('\r\n') + '\r\n')).toEqual(lf);
  });

  it('a report whose last line has no newline is complete', () => {
    expect(totals(REPORT.join('\n'))).toEqual(totals(REPORT.join('\n') + '\n'));
  });

  it('FNDA and BRDA counts in scientific or decimal notation count by their value', () => {
    const t = totals('SF:a.c\nFN:1,f\nFN:2,g\nFNDA:1.5e+3,f\nFNDA:0.0,g\nBRDA:1,0,0,2e3\nBRDA:1,0,1,0.0\nDA:1,1\nend_of_record\n');
    expect(t.functions).toEqual({ covered: 1, total: 2 });
    expect(t.branches).toEqual({ covered: 1, total: 2 });
  });

  it('lines of spaces and tabs are blank lines', () => {
    expect(totals('SF:a.c\n  \t\nDA:1,1\n\t\nend_of_record\n').lines).toEqual({ covered: 1, total: 1 });
  });
});

describe('malformed function records', () => {
  it('FNDA without a name', () => {
    const err = error('SF:a.c\nFN:1,f\nFNDA:5\nend_of_record\n');
    expect(err.message).toBe('malformed FNDA record: expected FNDA:<count>,<name>');
    expect([err.file, err.line, err.column]).toEqual(['lcov.info', 3, 6]);
  });

  it('FNL whose start or end is not a line number', () => {
    for (const record of ['FNL:0,x', 'FNL:0,3,end', 'FNL:0,0']) {
      const err = error(`SF:a.c\n${record}\nend_of_record\n`);
      expect(err.message, record).toBe('malformed FNL record: start and end must be line numbers');
      expect([err.line, err.column]).toEqual([2, 5]);
    }
    expect(error('SF:a.c\nFNL:x,3\nend_of_record\n').message).toBe('malformed FNL record: expected FNL:<index>,<start>[,<end>]');
  });
});

describe('readLcov', () => {
  it('reports skipped unknown records by name, count and first line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lcov-records-'));
    writeFileSync(join(dir, 'lcov.info'), 'SF:a.c\nXYZ:1\nDA:1,1\nXYZ:2\nQQ:3\nend_of_record\n');
    const report = await readLcov(join(dir, 'lcov.info'), 'coverage/lcov.info', { strict: false }, 1e6);
    expect(report.format).toBe('lcov');
    expect(report.file).toBe('coverage/lcov.info');
    expect(report.ignored).toEqual([
      { what: 'lcov record XYZ', count: 2, firstLine: 2 },
      { what: 'lcov record QQ', count: 1, firstLine: 5 },
    ]);
    expect([...report.files.keys()]).toEqual(['a.c']);
  });
});
