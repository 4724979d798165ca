import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GATE_NAMES, type GateName, type GateResult } from '../../common/src/result';
import { decideVerdict } from './evaluate';
import type { LoadedResult } from './model';

const gate = fc.constantFrom(...GATE_NAMES);
const loadedResult = fc
  .record({ gate, status: fc.constantFrom('pass', 'warn', 'fail', 'error' as const), mode: fc.constantFrom('enforce', 'warn' as const), leg: fc.nat(3) })
  .map(({ gate: g, status, mode, leg }): LoadedResult => {
    // The runner never writes fail in warn mode: applyMode turns it into warn.
    const consistent = mode === 'warn' && status === 'fail' ? 'warn' : status;
    const result: GateResult = { schemaVersion: 1, gate: g, status: consistent, mode, summary: `${g} ${consistent}`, metrics: {}, findings: [], durationMs: 1 };
    return { file: `leg-${leg}/${g}.json`, result };
  });

/** The rule, stated independently of the implementation. */
function expectedStatus(results: LoadedResult[], expect: GateName[]): 'pass' | 'warn' | 'fail' | 'error' {
  if (!results.length && !expect.length) return 'error';
  const present = new Set(results.map((r) => r.result.gate));
  if (expect.some((g) => !present.has(g))) return 'fail';
  if (results.some((r) => r.result.status === 'error' || (r.result.status === 'fail' && r.result.mode === 'enforce'))) return 'fail';
  if (results.some((r) => r.result.status === 'warn')) return 'warn';
  return 'pass';
}

describe('decideVerdict properties', () => {
  it('follows the rule for any set of results and expected gates', () => {
    fc.assert(
      fc.property(fc.array(loadedResult, { maxLength: 12 }), fc.uniqueArray(gate), (results, expect_) => {
        const verdict = decideVerdict({ results, problems: [], expect: expect_, mode: 'enforce' });
        expect(verdict.status).toBe(expectedStatus(results, expect_));
        // Every result and every missing expected gate is shown, nothing else.
        const missing = expect_.filter((g) => !results.some((r) => r.result.gate === g));
        expect(verdict.rows).toHaveLength(results.length + missing.length);
      }),
    );
  });

  it('does not depend on the order the files were read in', () => {
    fc.assert(
      fc.property(fc.array(loadedResult, { minLength: 1, maxLength: 10 }), fc.uniqueArray(gate), fc.infiniteStream(fc.nat()), (results, expect_, order) => {
        const shuffled = [...results];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = order.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const a = decideVerdict({ results, problems: [], expect: expect_, mode: 'enforce' });
        const b = decideVerdict({ results: shuffled, problems: [], expect: expect_, mode: 'enforce' });
        expect(b.status).toBe(a.status);
        expect(b.summary).toBe(a.summary);
        expect(b.rows.map((r) => [r.gate, r.status, r.effect])).toEqual(a.rows.map((r) => [r.gate, r.status, r.effect]));
      }),
    );
  });

  it('in warn mode never fails, and never hides an error', () => {
    fc.assert(
      fc.property(fc.array(loadedResult, { maxLength: 8 }), fc.uniqueArray(gate), fc.boolean(), (results, expect_, malformed) => {
        const problems = malformed ? [{ file: 'x.json', message: 'broken' }] : [];
        const verdict = decideVerdict({ results, problems, expect: expect_, mode: 'warn' });
        expect(verdict.status).not.toBe('fail');
        if (malformed) expect(verdict.status).toBe('error');
      }),
    );
  });
});
