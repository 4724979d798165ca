import { serialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawFinding, type RawFinding } from './model';
import { FIELDS, packFindings, TABLED, transferables, unpackFindings } from './packed';

const text = fc.string({ unit: 'binary', maxLength: 20 });
const line = fc.integer({ min: 1, max: 2 ** 31 - 1 });

/** Every RawFinding field (FIELDS lists them all, checked by the compiler), each sometimes absent. */
const finding: fc.Arbitrary<RawFinding> = fc.record(
  {
    tool: fc.constantFrom('gitleaks', 'trufflehog', 'x'),
    rule: fc.constantFrom('generic-api-key', 'AWS', ''),
    family: fc.constantFrom('generic', 'aws'),
    file: text,
    line,
    endLine: line,
    commit: text,
    verification: fc.constantFrom('verified', 'unknown', 'unverified'),
    secret: text,
    secretSha1: text,
    valueKey: text,
    suppressedAtSource: text,
    report: fc.constantFrom('a.json', 'b.sarif'),
  } satisfies Record<keyof typeof FIELDS, fc.Arbitrary<unknown>>,
  { requiredKeys: ['tool', 'rule', 'family', 'verification', 'report'] },
);

/** A finding as the main thread sees it: absent and undefined fields are the same thing. */
function defined(f: RawFinding): Record<string, unknown> {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));
}

describe('packed findings', () => {
  it('tables exactly the fields FIELDS says travel in the table', () => {
    expect([...TABLED].sort()).toEqual(Object.entries(FIELDS).filter(([, way]) => way === 'table').map(([field]) => field).sort());
  });

  it('round-trip every field, through a structured clone as postMessage makes (property)', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 40 }), (findings) => {
        const packed = packFindings(findings);
        const cloned = structuredClone(packed, { transfer: transferables(packed) });
        expect(unpackFindings(cloned).map(defined)).toEqual(findings.map(defined));
      }),
      { numRuns: 300 },
    );
  });

  it('unpacks findings of the one shape rawFinding gives: every field, in FIELDS order', () => {
    fc.assert(
      fc.property(fc.array(finding, { minLength: 1, maxLength: 10 }), (findings) => {
        for (const f of unpackFindings(packFindings(findings))) expect(Object.keys(f)).toEqual(Object.keys(FIELDS));
        for (const f of findings) expect(Object.keys(rawFinding(f))).toEqual(Object.keys(FIELDS));
      }),
      { numRuns: 50 },
    );
  });

  it('gives lists structured clone writes densely, not element by element as sparse arrays', () => {
    // v8.serialize is the structured clone postMessage makes: after its header (0xFF, version) an
    // array begins with 'A' when written densely and 'a' when written as a sparse one.
    const firstTag = (value: unknown) => {
      const bytes = serialize(value);
      let at = 1;
      while (bytes[at]! & 0x80) at++;
      return String.fromCharCode(bytes[at + 1]!);
    };
    expect(firstTag(Object.assign(new Array(2), ['x']))).toBe('a');
    const packed = packFindings([
      { tool: 't', rule: 'r', family: 'f', verification: 'unverified', report: 'r.json', file: 'a.ts' },
      { tool: 't', rule: 'r', family: 'f', verification: 'unverified', report: 'r.json', secret: 's' },
    ]);
    for (const list of [packed.file, packed.commit, packed.secret, packed.secretSha1, packed.valueKey, packed.strings]) expect(firstTag(list)).toBe('A');
  });

  it('sends a repeated tool, rule or report once', () => {
    const many = Array.from({ length: 1000 }, (_, i): RawFinding => ({
      tool: 'gitleaks',
      rule: i % 2 ? 'generic-api-key' : 'aws-access-token',
      family: 'generic',
      verification: 'unverified',
      report: 'gitleaks.json',
      file: `f${i}.ts`,
      line: i + 1,
    }));
    const packed = packFindings(many);
    expect([...packed.strings].sort()).toEqual(['aws-access-token', 'generic', 'generic-api-key', 'gitleaks', 'gitleaks.json', 'unverified']);
    expect(unpackFindings(packed)[999]).toMatchObject({ rule: 'generic-api-key', file: 'f999.ts', line: 1000 });
  });
});
