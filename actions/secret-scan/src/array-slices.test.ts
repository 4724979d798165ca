import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectInputError } from '../../common/src/testing';
import { arraySlices, SLICE_CHARS } from './array-slices';
import { ingestText, type IngestResult } from './ingest';

/** Every slice's elements, and whether the text could be read in slices. */
function read(text: string, size: number): { elements: unknown[]; firsts: number[]; whole: boolean } {
  const slices = arraySlices(text, size);
  const elements: unknown[] = [];
  const firsts: number[] = [];
  for (let next = slices.next(); ; next = slices.next()) {
    if (next.done) return { elements, firsts, whole: next.value };
    expect(next.value.first).toBe(elements.length);
    firsts.push(next.value.first);
    elements.push(...next.value.elements);
  }
}

// Elements that make cutting hard: the first key again in nested objects, in keys and values, and in
// strings that hold `,{"key"` (escaped) or look like JSON.
const tricky = fc.oneof(
  fc.record({ RuleID: fc.string(), File: fc.string({ unit: fc.constantFrom('a', '"', '\\', ',', '{', '}', '\n', 'é', 'R') }) }),
  fc.record({ RuleID: fc.constant('x'), Nested: fc.array(fc.record({ RuleID: fc.string(), n: fc.integer() }), { maxLength: 3 }) }),
  fc.record({ RuleID: fc.constant(',{"RuleID":1}'), Tags: fc.array(fc.string(), { maxLength: 3 }) }),
  fc.record({ Other: fc.constant('"RuleID"'), RuleID: fc.integer() }),
);

describe('arraySlices', () => {
  it('gives exactly the elements JSON.parse gives, or says to read the text whole (property)', () => {
    let cut = 0;
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 1, maxLength: 30 }), fc.constantFrom(0, 1, 2, 4), fc.integer({ min: 1, max: 400 }), (items, indent, size) => {
        const text = JSON.stringify(items, null, indent);
        const { elements, firsts, whole } = read(text, size);
        if (whole) expect(elements).toEqual(JSON.parse(text));
        if (whole && firsts.length > 1) cut++;
      }),
      { numRuns: 400 },
    );
    // Not only the fallback was exercised.
    expect(cut).toBeGreaterThan(40);
  });

  it('cuts gitleaks-like and secretlint-like reports into several slices, compact or indented', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ RuleID: `r${i}`, File: `f${i}.ts`, Tags: ['a', { Other: 'nested' }] }));
    for (const text of [JSON.stringify(items), JSON.stringify(items, null, 1), `\n ${JSON.stringify(items, null, '\t')}\r\n`]) {
      const { elements, firsts, whole } = read(text, 500);
      expect(whole).toBe(true);
      expect(elements).toEqual(items);
      expect(firsts.length).toBeGreaterThan(10);
    }
  });

  it('says to read whole a text that is not an array of objects, or whose later slice is broken', () => {
    for (const text of ['{"a": 1}', '[1, 2]', '[]', '  [ "x" ]', '\ufeff[{"a":1}]', '[{"a":1}] x', '[{"a\\"b":1},{"a\\"b":2}]']) {
      expect(read(text, 1)).toEqual({ elements: [], firsts: [], whole: false });
    }
    const items = Array.from({ length: 50 }, (_, i) => ({ RuleID: `r${i}` }));
    const broken = JSON.stringify(items).replace('"r40"', '"r40');
    const { elements, whole } = read(broken, 100);
    expect(whole).toBe(false);
    expect(elements.length).toBeGreaterThan(0);
    // A nested object with the first key, after a comma, is cut at and fails: read whole.
    const nested = JSON.stringify(Array.from({ length: 50 }, (_, i) => ({ RuleID: `r${i}`, Tags: ['a', { RuleID: 'nested' }] })));
    expect(read(nested, 100).whole).toBe(false);
    // An empty element list between two cuts is not an array of elements.
    expect(read('[{"RuleID":1},,{"RuleID":2}]', 1).whole).toBe(false);
  });
});

describe('large JSON array reports read in slices', () => {
  const finding = (i: number) => ({
    RuleID: i % 3 ? 'generic-api-key' : 'aws-access-token',
    StartLine: (i % 90) + 1,
    EndLine: (i % 90) + 1,
    Secret: `cnry-slice-${i}`,
    Match: `key = "cnry-slice-${i}"`,
    File: `src/m${i % 40}/f${i}.py`,
    Commit: `${i}`.padStart(40, 'c'),
    Email: `dev${i % 7}@example.test`,
    Tags: [],
  });
  const items = Array.from({ length: Math.ceil((3 * SLICE_CHARS) / 260) }, (_, i) => finding(i));
  const text = JSON.stringify(items, null, 1);

  const ingest = (report: string, sliced: boolean): { result: IngestResult; values: string[] } => {
    const values: string[] = [];
    const result = ingestText(report, 'gitleaks.json', undefined, (v) => values.push(v), '/ws', sliced);
    return { result, values: [...new Set(values)].sort() };
  };

  it('gives the findings, raw values and report info of a whole read', () => {
    expect(text.length).toBeGreaterThan(2 * SLICE_CHARS);
    const sliced = ingest(text, true);
    expect(sliced).toEqual(ingest(text, false));
    expect(sliced.result.info).toMatchObject({ format: 'gitleaks-json-v8', findings: items.length });
  });

  it('reports a bad entry, or broken JSON, in a later slice as a whole read does', () => {
    const badEntry = JSON.stringify([...items.slice(0, -5), 42, ...items.slice(-4)]);
    expect(expectInputError(() => ingest(badEntry, true)).message).toBe(`entry ${items.length - 4}: not an object`);
    const cut = text.slice(0, text.length - 1000);
    const whole = expectInputError(() => ingest(cut, false));
    expect(whole.line).toBeGreaterThan(1000);
    const sliced = expectInputError(() => ingest(cut, true));
    expect([sliced.message, sliced.line, sliced.column]).toEqual([whole.message, whole.line, whole.column]);
  });
});
