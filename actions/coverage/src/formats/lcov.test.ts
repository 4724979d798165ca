
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectInputError } from '../../../common/src/testing';
import { addTotals, emptyTotals, type FileTotals } from '../model';
import { parseLcovText, readLcov } from './lcov';

function totals(text: string, strict = false): FileTotals {
  const t = emptyTotals();
  for (const f of parseLcovText(text, 'lcov.info', { strict }).files.values()) addTotals(t, f.totals());
  return t;
}

// Shaped like geninfo 1.x output for a C file.
const GENINFO = `TN:
SF:/home/ci/work/proj/src/main.c
FN:3,main
FN:10,helper
FNDA:1,main
FNDA:0,helper
FNF:2
FNH:1
BRDA:4,0,0,1
BRDA:4,0,1,-
BRDA:5,0,0,0
BRDA:5,0,1,3
BRF:4
BRH:2
DA:3,1
DA:4,1
DA:5,1
DA:6,0
DA:10,0
DA:11,0
LF:6
LH:3
end_of_record
`;

describe('lcov reader', () => {
  it('counts lines, branches and functions from DA, BRDA and FN/FNDA', () => {
    expect(totals(GENINFO)).toEqual({
      lines: { covered: 3, total: 6 },
      branches: { covered: 2, total: 4 },
      functions: { covered: 1, total: 2 },
      statements: { covered: 0, total: 0 },
    });
  });

  it('recomputes totals and ignores wrong LF/LH/BRF/BRH summary records', () => {
    const text = 'SF:a.c\nDA:1,1\nDA:2,0\nLF:10\nLH:10\nBRF:7\nBRH:7\nend_of_record\n';
    expect(totals(text).lines).toEqual({ covered: 1, total: 2 });
    expect(totals(text).branches).toEqual({ covered: 0, total: 0 });
  });

  it('sums repeated SF records for one file (a line covered in any record is covered)', () => {
    const text = 'SF:a.c\nDA:1,0\nDA:2,0\nBRDA:1,0,0,0\nend_of_record\nTN:other\nSF:a.c\nDA:1,5\nDA:3,0\nBRDA:1,0,0,2\nBRDA:1,0,1,0\nend_of_record\n';
    const t = totals(text);
    expect(t.lines).toEqual({ covered: 1, total: 3 });
    expect(t.branches).toEqual({ covered: 1, total: 2 });
  });

  it('reads lcov 2.x FNL/FNA function groups once, whatever their aliases', () => {
    const text = 'SF:x.cpp\nFNL:0,16,72\nFNA:0,0,_Z1fv\nFNA:0,2,_Z1fv_alias\nFNL:1,80\nFNA:1,0,g\nDA:16,1\nend_of_record\n';
    expect(totals(text).functions).toEqual({ covered: 1, total: 2 });
  });

  it('accepts FN with an end line, names with commas, and DA checksums', () => {
    const text = 'SF:t.cpp\nFN:5,9,std::map<int, int> f(int, int)\nFNDA:4,std::map<int, int> f(int, int)\nDA:5,4,d41d8cd98f00b204e9800998ecf8427e\nend_of_record\n';
    const t = totals(text);
    expect(t.functions).toEqual({ covered: 1, total: 1 });
    expect(t.lines).toEqual({ covered: 1, total: 1 });
  });

  it('handles BRDA markers: taken "-" is not taken, e/f count, U (unreachable) is excluded', () => {
    const text = 'SF:a.c\nBRDA:2,e0,0,1\nBRDA:2,f0,1,0\nBRDA:2,U1,0,0\nBRDA:3,0,0,-\nBRDA:10,0,!enable,0\nBRDA:10,0,enable, x,4\nend_of_record\n';
    expect(totals(text).branches).toEqual({ covered: 2, total: 5 });
  });

  it('tolerates MC/DC records, TN, VER and blank lines', () => {
    const text = 'TN:t\nSF:a.c\nVER:abc\nMCDC:3,2,t,1,0,a\nMCF:1\nMCH:1\n\nDA:3,1\nend_of_record\n';
    expect(totals(text).lines).toEqual({ covered: 1, total: 1 });
  });

  it('keeps a Windows SF path whole (split on the first colon only)', () => {
    const parser = parseLcovText('SF:C:\\work\\src\\a.ts\nDA:1,1\nend_of_record\n');
    expect([...parser.files.keys()]).toEqual(['C:\\work\\src\\a.ts']);
  });

  it('accepts counts in scientific notation and CRLF line ends', () => {
    expect(totals('SF:a.c\r\nDA:1,1.2e+06\r\nDA:2,0.0\r\nend_of_record\r\n').lines).toEqual({ covered: 1, total: 2 });
  });

  it('rejects a truncated report (no end_of_record) with the record start line', () => {
    const err = expectInputError(() => parseLcovText('SF:a.c\nDA:1,1\nDA:2,1\n'));
    expect(err.message).toMatch(/no end_of_record/);
    expect(err.message).toMatch(/line 1/);
    expect(err.line).toBe(3);
  });

  it('rejects an SF inside an unfinished record', () => {
    expect(expectInputError(() => parseLcovText('SF:a.c\nDA:1,1\nSF:b.c\nend_of_record\n')).line).toBe(3);
  });

  it('rejects an empty report', () => {
    expect(expectInputError(() => parseLcovText('')).message).toMatch(/empty report/);
    expect(expectInputError(() => parseLcovText('TN:\n\n')).message).toMatch(/empty report/);
  });

  it('rejects negative counts and malformed records with file and line', () => {
    const neg = expectInputError(() => parseLcovText('SF:a.c\nDA:1,1\nDA:2,-1\nend_of_record\n'));
    expect(neg.message).toMatch(/negative/);
    expect(neg.file).toBe('lcov.info');
    expect(neg.line).toBe(3);
    expect(expectInputError(() => parseLcovText('SF:a.c\nDA:x,1\nend_of_record\n')).line).toBe(2);
    expect(expectInputError(() => parseLcovText('SF:a.c\nBRDA:1,0\nend_of_record\n')).line).toBe(2);
    expect(expectInputError(() => parseLcovText('DA:1,1\n')).message).toMatch(/outside an SF/);
    expect(expectInputError(() => parseLcovText('SF:a.c\nFNA:3,1,f\nend_of_record\n')).message).toMatch(/no FNL/);
  });

  it('skips unknown records with a count, or rejects them in strict mode', () => {
    const text = 'SF:a.c\nXYZ:1\nXYZ:2\nDA:1,1\nend_of_record\n';
    const parser = parseLcovText(text);
    expect([...parser.ignored]).toEqual([['XYZ', { count: 2, firstLine: 2 }]]);
    const err = expectInputError(() => parseLcovText(text, 'lcov.info', { strict: true }));
    expect(err.message).toMatch(/unknown lcov record "XYZ"/);
    expect(err.line).toBe(2);
  });

  it('streams a file across read boundaries with the same result as in memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lcov-'));
    let text = '';
    for (let f = 0; f < 30; f++) {
      text += `SF:src/f${f}.c\nFN:1,fn${f}\nFNDA:${f % 2},fn${f}\n`;
      for (let l = 1; l <= 40; l++) text += `DA:${l},${(l * f) % 3}\n`;
      text += 'end_of_record\n';
    }
    const path = join(dir, 'lcov.info');
    writeFileSync(path, '\ufeff' + text);
    for (const chunk of [7, 100, 4096, undefined]) {
      const report = await readLcov(path, 'lcov.info', { strict: true }, 1e9, chunk);
      const streamed = emptyTotals();
      for (const f of report.files.values()) addTotals(streamed, f.totals());
      expect(streamed).toEqual(totals(text));
      expect(report.files.size).toBe(30);
    }
    // Line numbers in errors stay right across reads.
    writeFileSync(path, text.replace('DA:7,0', 'DA:7,-5'));
    await expect(readLcov(path, 'lcov.info', { strict: true }, 1e9, 16)).rejects.toMatchObject({ line: 10 });
  });
});

// Property: our totals equal a straightforward computation over the records (split on lines and
// commas, sum per key, count keys with a positive sum).
describe('lcov totals (property)', () => {
  const record = fc.record({
    file: fc.constantFrom('a.c', 'b.c', 'dir/c.c'),
    lines: fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.nat(3)), { maxLength: 25 }),
    branches: fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.nat(2), fc.nat(3), fc.option(fc.nat(3), { nil: undefined })), { maxLength: 12 }),
    functions: fc.array(fc.tuple(fc.constantFrom('f', 'g', 'h', 'k'), fc.nat(2)), { maxLength: 5 }),
  });

  type Rec = typeof record extends fc.Arbitrary<infer T> ? T : never;

  function render(records: Rec[]): string {
    return records
      .map((r) => {
        let t = `TN:t\nSF:${r.file}\n`;
        for (const [name] of r.functions) t += `FN:1,${name}\n`;
        for (const [name, count] of r.functions) t += `FNDA:${count},${name}\n`;
        for (const [line, block, branch, taken] of r.branches) t += `BRDA:${line},${block},${branch},${taken === undefined ? '-' : taken}\n`;
        for (const [line, count] of r.lines) t += `DA:${line},${count}\n`;
        return t + `LF:999\nLH:0\nend_of_record\n`;
      })
      .join('');
  }

  function reference(text: string): FileTotals {
    const lines = new Map<string, number>();
    const branches = new Map<string, number>();
    const functions = new Map<string, number>();
    let file = '';
    for (const line of text.split('\n')) {
      const [tag, rest = ''] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)];
      if (tag === 'SF') file = rest;
      if (tag === 'DA') {
        const [n, c] = rest.split(',');
        lines.set(`${file}|${n}`, (lines.get(`${file}|${n}`) ?? 0) + Number(c));
      }
      if (tag === 'BRDA') {
        const [n, b, br, taken] = rest.split(',');
        const k = `${file}|${n}|${b}|${br}`;
        branches.set(k, (branches.get(k) ?? 0) + (taken === '-' ? 0 : Number(taken)));
      }
      if (tag === 'FN') functions.set(`${file}|${rest.split(',')[1]}`, functions.get(`${file}|${rest.split(',')[1]}`) ?? 0);
      if (tag === 'FNDA') {
        const [c, name] = rest.split(',');
        functions.set(`${file}|${name}`, (functions.get(`${file}|${name}`) ?? 0) + Number(c));
      }
    }
    const count = (m: Map<string, number>) => ({ covered: [...m.values()].filter((v) => v > 0).length, total: m.size });
    return { lines: count(lines), branches: count(branches), functions: count(functions), statements: { covered: 0, total: 0 } };
  }

  it('equals the reference computation', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), (records) => {
        const text = render(records);
        expect(totals(text)).toEqual(reference(text));
      }),
      { numRuns: 300 },
    );
  });
});
