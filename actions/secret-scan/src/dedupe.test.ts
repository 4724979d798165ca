import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dedupe, sortFew } from './dedupe';
import { Fingerprinter, keyFindings, sha1Hex } from './fingerprint';
import type { RawFinding } from './model';

const fp = new Fingerprinter('dedupe-test');

const raw = (secret: string, tool: string, i: number): RawFinding => ({
  tool,
  rule: `${tool}-rule`,
  family: 'generic',
  file: `src/f${i % 7}.ts`,
  line: (i % 5) + 1,
  verification: 'unverified',
  secret,
  report: `${tool}.json`,
});

describe('dedupe', () => {
  it('makes one finding per distinct secret, in first-seen order, listing every tool that reported it (property)', () => {
    const secrets = fc.constantFrom(...Array.from({ length: 40 }, (_, i) => `secret-value-${i}`));
    const tools = fc.constantFrom('gitleaks', 'trufflehog', 'secretlint');
    fc.assert(
      fc.property(fc.array(fc.tuple(secrets, tools), { maxLength: 300 }), fc.boolean(), (pairs, hashFirst) => {
        const raws = pairs.map(([s, t], i) => raw(s, t, i));
        // Hashed at ingest (the report thread does) or not: the same result.
        if (hashFirst) keyFindings(raws, fp);
        const merged = dedupe(raws, fp, () => undefined);
        const firstSeen = [...new Set(pairs.map(([s]) => s))];
        expect(merged.map((m) => m.fingerprint)).toEqual(firstSeen.map((s) => fp.value('generic', sha1Hex(s))));
        merged.forEach((m, k) => {
          const reporters = [...new Set(pairs.filter(([s]) => s === firstSeen[k]).map(([, t]) => t))].sort();
          expect(m.tools).toEqual(reporters);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('builds findings, sources and locations of one shape each, whatever fields the raw findings hold (property)', () => {
    const optional = fc.record(
      { file: fc.constantFrom('src/a.ts', 'src/b.ts', ''), line: fc.integer({ min: 0, max: 3 }), endLine: fc.integer({ min: 0, max: 4 }), commit: fc.constantFrom('c1', 'c2'), suppressedAtSource: fc.constantFrom('audited', '') },
      { requiredKeys: [] },
    );
    const keysOf = (objects: readonly object[]) => new Set(objects.map((o) => Object.keys(o).join(',')));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('s-one-1', 's-two-2', undefined), fc.constantFrom('gitleaks', 'trufflehog'), optional), { minLength: 1, maxLength: 30 }), (rows) => {
        const raws = rows.map(([secret, tool, extra], i): RawFinding => ({ ...raw(secret ?? '', tool, i), secret, ...extra }));
        const merged = dedupe(raws, fp, () => undefined);
        const values = merged.filter((m) => m.kind === 'value');
        const others = merged.filter((m) => m.kind !== 'value');
        expect(keysOf(values).size).toBeLessThanOrEqual(1);
        expect(keysOf(others).size).toBeLessThanOrEqual(1);
        expect(keysOf(merged.flatMap((m) => m.sources))).toEqual(new Set(['tool,rule,report,verification,suppressedAtSource']));
        expect(keysOf(merged.flatMap((m) => m.locations))).toEqual(new Set(['file,line,endLine,commit']));
      }),
      { numRuns: 200 },
    );
  });

  it('never exposes the unsalted sha1 of a secret on a finding', () => {
    const secret = 'ghp_dedupe_canary_0123456789';
    const [finding] = dedupe([{ ...raw(secret, 'gitleaks', 0), family: 'github' }], fp, () => undefined);
    const sha1 = sha1Hex(secret);
    expect(finding!.fingerprint).toBe(fp.value('github', sha1));
    expect(JSON.stringify(finding)).not.toContain(sha1);
    expect(JSON.stringify({ ...finding })).not.toContain(sha1);
    expect(Object.values(finding!).map(String).join(' ')).not.toContain(sha1);
    // It is still there for matching a baseline entry written under another family.
    expect(finding!.alternates?.()).toEqual([fp.value('generic', sha1)]);
  });
});

describe('sortFew', () => {
  it('sorts as the built-in sort does, stably, at any length (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat()), { maxLength: 12 }), (items) => {
        const byKey = (a: [number, number], b: [number, number]) => a[0] - b[0];
        const mine = [...items];
        sortFew(mine, byKey);
        expect(mine).toEqual([...items].sort(byKey));
      }),
      { numRuns: 500 },
    );
  });
});
