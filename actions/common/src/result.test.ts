import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyMode,
  compareFindings,
  countBySeverity,
  type Decision,
  decisionFromFindings,
  exitCodeFor,
  type Finding,
  GATE_NAMES,
  type GateResult,
  type Mode,
  type Severity,
} from './result';
import { gateResultValidator } from './result-schema';

const validate = gateResultValidator();

const f = (severity: Severity, file?: string, line?: number, ruleId = 'gate/rule', message = 'm'): Finding => ({ ruleId, severity, message, file, line });

describe('applyMode', () => {
  it('turns fail into warn only in warn mode; error is never softened', () => {
    const table: [Decision, Mode, string][] = [
      ['pass', 'enforce', 'pass'],
      ['warn', 'enforce', 'warn'],
      ['fail', 'enforce', 'fail'],
      ['error', 'enforce', 'error'],
      ['pass', 'warn', 'pass'],
      ['warn', 'warn', 'warn'],
      ['fail', 'warn', 'warn'],
      ['error', 'warn', 'error'],
    ];
    for (const [decision, mode, status] of table) expect(applyMode(decision, mode)).toBe(status);
  });
});

describe('decisionFromFindings and exitCodeFor', () => {
  it('any error fails, otherwise any warning warns, notes pass', () => {
    expect(decisionFromFindings([])).toBe('pass');
    expect(decisionFromFindings([f('note')])).toBe('pass');
    expect(decisionFromFindings([f('note'), f('warning')])).toBe('warn');
    expect(decisionFromFindings([f('warning'), f('error'), f('note')])).toBe('fail');
  });

  it('maps statuses to the CLI exit codes', () => {
    expect([exitCodeFor('pass'), exitCodeFor('warn'), exitCodeFor('fail'), exitCodeFor('error')]).toEqual([0, 0, 1, 2]);
  });

  it('counts by severity', () => {
    expect(countBySeverity([f('error'), f('error'), f('note')])).toEqual({ error: 2, warning: 0, note: 1 });
  });
});

describe('compareFindings', () => {
  it('orders by severity, then file, line, column, rule, message', () => {
    const sorted = [
      f('note', 'a.ts', 1),
      f('warning', 'b.ts', 2),
      f('error', 'b.ts', 10),
      f('error', 'b.ts', 9),
      f('error', 'a.ts', 100),
      f('error', undefined, undefined),
      f('error', 'a.ts', 100, 'gate/a-rule'),
    ].sort(compareFindings);
    expect(sorted.map((x) => `${x.severity} ${x.file ?? '-'}:${x.line ?? '-'} ${x.ruleId}`)).toEqual([
      'error -:- gate/rule',
      'error a.ts:100 gate/a-rule',
      'error a.ts:100 gate/rule',
      'error b.ts:9 gate/rule',
      'error b.ts:10 gate/rule',
      'warning b.ts:2 gate/rule',
      'note a.ts:1 gate/rule',
    ]);
  });

  it('compares text by code unit, the same on every machine whatever its locale', () => {
    const files = ['src/b.ts', 'src/B.ts', 'src/a_b.ts', 'src/a.b.ts', 'src/ä.ts', 'src/z.ts', 'src/a-b.ts'];
    const sorted = files.map((file) => f('error', file, 1)).sort(compareFindings).map((x) => x.file);
    expect(sorted).toEqual([...files].sort());
  });

  it('property: a total order, so the result does not depend on input order', () => {
    const findingArb = fc.record({
      ruleId: fc.constantFrom('g/a', 'g/b'),
      severity: fc.constantFrom<Severity>('error', 'warning', 'note'),
      message: fc.constantFrom('x', 'y', 'É'),
      file: fc.option(fc.constantFrom('a.ts', 'B.ts', 'é.ts', 'a/b.ts'), { nil: undefined }),
      line: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      column: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 30 }).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))), ([list, shuffled]) => {
        const a = [...list].sort(compareFindings);
        const b = [...shuffled].sort(compareFindings);
        expect(a.map((x) => JSON.stringify(x, Object.keys(x).sort()))).toEqual(b.map((x) => JSON.stringify(x, Object.keys(x).sort())));
        for (const x of list) expect(compareFindings(x, x)).toBe(0);
      }),
    );
  });
});

describe('GateResult schema', () => {
  const good: GateResult = {
    schemaVersion: 1,
    gate: 'coverage',
    status: 'fail',
    mode: 'enforce',
    summary: 'line coverage 80.00% < 90%',
    metrics: { linesPercent: 80 },
    findings: [{ ruleId: 'coverage/min-lines', severity: 'error', message: 'below', file: 'src/a.ts', line: 3, endLine: 4, column: 1 }],
    durationMs: 12,
  };

  it('accepts a well-formed result for every gate', () => {
    for (const gate of GATE_NAMES) expect(validate({ ...good, gate }), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects unknown keys, bad enums and a wrong schemaVersion', () => {
    expect(validate({ ...good, extra: 1 })).toBe(false);
    expect(validate({ ...good, status: 'passed' })).toBe(false);
    expect(validate({ ...good, schemaVersion: 2 })).toBe(false);
    expect(validate({ ...good, findings: [{ ...good.findings[0], colour: 'red' }] })).toBe(false);
    expect(validate({ ...good, durationMs: -1 })).toBe(false);
  });
});
