import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../common/src/errors';
import { FileCoverage, mergeFile } from './model';
import { fnv1a } from './names';

interface Item {
  kind: 'line' | 'branch' | 'function' | 'statement';
  key: number;
  covered: boolean;
  weight: number;
}

const item = fc.record({
  kind: fc.constantFrom('line', 'branch', 'function', 'statement') as fc.Arbitrary<Item['kind']>,
  key: fc.integer({ min: 1, max: 40 }),
  covered: fc.boolean(),
  weight: fc.integer({ min: 1, max: 3 }),
});

function build(items: Item[]): FileCoverage {
  const f = new FileCoverage('a');
  for (const it of items) {
    if (it.kind === 'line') f.markLine(it.key, it.covered);
    else if (it.kind === 'branch') f.markBranch(it.key, it.covered);
    else if (it.kind === 'function' && it.key % 2 === 0) f.markFunction(`f${it.key}`, it.covered);
    else if (it.kind === 'function') {
      const name = Buffer.from(`fn_${it.key % 5}`);
      f.namedFunctions.mark(name, 0, name.length, fnv1a(name, 0, name.length), it.covered);
    }
    else f.markStatement(`s${it.key}`, it.weight, it.covered);
  }
  return f;
}

function snapshot(f: FileCoverage) {
  return {
    lines: [...f.lines.slice(0, 64)],
    branches: f.branchEntries(),
    functions: [...f.functions].sort(),
    named: [...f.namedFunctions.entries()].map(([b, c]) => `${b.toString('latin1')}=${c}`).sort(),
    statements: [...f.statements].sort(),
    totals: f.totals(),
  };
}

function mergeAll(reports: Item[][]): FileCoverage {
  const into = new FileCoverage('a');
  for (const r of reports) mergeFile(into, build(r), () => 'a');
  return into;
}

describe('merging reports', () => {
  it('does not depend on the order of reports (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(item, { maxLength: 30 }), { minLength: 1, maxLength: 5 }), fc.nat(), (reports, seed) => {
        const shuffled = [...reports].sort((a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7)).reverse();
        expect(snapshot(mergeAll(shuffled))).toEqual(snapshot(mergeAll(reports)));
      }),
      { numRuns: 300 },
    );
  });

  it('covers an item when any report covers it, and never averages', () => {
    const a = build([{ kind: 'line', key: 1, covered: true, weight: 1 }, { kind: 'line', key: 2, covered: false, weight: 1 }]);
    const b = build([{ kind: 'line', key: 2, covered: false, weight: 1 }, { kind: 'line', key: 3, covered: false, weight: 1 }]);
    mergeFile(a, b, () => 'a');
    expect(a.totals().lines).toEqual({ covered: 1, total: 3 });
  });

  it('merging a report with itself changes nothing (idempotent)', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const once = build(items);
        const twice = build(items);
        mergeFile(twice, build(items), () => 'a');
        expect(snapshot(twice)).toEqual(snapshot(once));
      }),
    );
  });

  it('keeps function names with colliding hashes apart (identity is the bytes, not the hash)', () => {
    const f = new FileCoverage('a');
    const a = Buffer.from('alpha');
    const b = Buffer.from('beta');
    f.namedFunctions.mark(a, 0, a.length, 7, false);
    f.namedFunctions.mark(b, 0, b.length, 7, true);
    f.namedFunctions.mark(a, 0, a.length, 7, true);
    f.namedFunctions.mark(b, 0, b.length, 7, false);
    expect([...f.namedFunctions.entries()].map(([n, c]) => `${n.toString()}=${c}`)).toEqual(['alpha=true', 'beta=true']);
    expect(f.totals().functions).toEqual({ covered: 2, total: 2 });
  });

  it('refuses to merge count-only data', () => {
    const a = new FileCoverage('a');
    a.countsOnly = { lines: { covered: 1, total: 1 }, branches: { covered: 0, total: 0 }, functions: { covered: 0, total: 0 }, statements: { covered: 0, total: 0 } };
    expect(() => mergeFile(a, new FileCoverage('a'), () => 'src/a.js')).toThrow(InputError);
  });
});
