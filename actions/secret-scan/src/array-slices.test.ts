import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { expectInputError } from '../../common/src/testing';
import type { ReadAt } from '../../common/src/readers';
import { Redactor } from '../../common/src/redact';
import { arraySlices } from './array-slices';
import { ingestArraySlices, ingestText, SLICED_MIN_BYTES, type IngestResult } from './ingest';
import { parseReports } from './report-thread';

/** Positional reads of bytes in memory, as withSizedReads gives of a file. */
function memory(bytes: Buffer): ReadAt {
  return (into, offset, length, position) => (position >= bytes.length ? 0 : bytes.copy(into, offset, position, Math.min(bytes.length, position + length)));
}

/** Every slice's elements, and whether the bytes could be read in slices. */
function read(text: string, slice: number, chunk = 64): { elements: unknown[]; firsts: number[]; whole: boolean } {
  const slices = arraySlices(memory(Buffer.from(text)), { slice, chunk });
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
// strings that hold `,{"key"` (escaped), multi-byte characters, or look like JSON.
const tricky = fc.oneof(
  fc.record({ RuleID: fc.string(), File: fc.string({ unit: fc.constantFrom('a', '"', '\\', ',', '{', '}', '\n', 'é', '😀', 'R') }) }),
  fc.record({ RuleID: fc.constant('x'), Nested: fc.array(fc.record({ RuleID: fc.string(), n: fc.integer() }), { maxLength: 3 }) }),
  fc.record({ RuleID: fc.constant(',{"RuleID":1}'), Tags: fc.array(fc.string(), { maxLength: 3 }) }),
  fc.record({ Other: fc.constant('"RuleID"'), RuleID: fc.integer() }),
);

describe('arraySlices', () => {
  it('gives exactly the elements JSON.parse gives, or says to read the file whole (property)', () => {
    let cut = 0;
    fc.assert(
      fc.property(
        fc.array(tricky, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(0, 1, 2, '\t'),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 8, max: 200 }),
        (items, indent, slice, chunk) => {
          const text = JSON.stringify(items, null, indent);
          const { elements, firsts, whole } = read(text, slice, chunk);
          if (whole) expect(elements).toEqual(JSON.parse(text));
          if (whole && firsts.length > 1) cut++;
        },
      ),
      { numRuns: 400 },
    );
    // Not only the fallback was exercised.
    expect(cut).toBeGreaterThan(40);
  });

  it('cuts gitleaks-like reports into several slices: compact or indented, a BOM, spaces around, elements larger than a read', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ RuleID: `r${i}`, File: `f${i}é.ts`, Tags: ['a', { Other: 'nested' }] }));
    for (const text of [JSON.stringify(items), JSON.stringify(items, null, 1), `\ufeff\n ${JSON.stringify(items, null, '\t')}\r\n`]) {
      for (const chunk of [16, 300, 4096]) {
        const { elements, firsts, whole } = read(text, 500, chunk);
        expect(whole).toBe(true);
        expect(elements).toEqual(items);
        expect(firsts.length).toBeGreaterThan(10);
      }
    }
  });

  it('says to read whole a file that is not an array of objects, or whose later slice is broken', () => {
    for (const text of ['', '{"a": 1}', '[1, 2]', '[]', '  [ "x" ]', '\ufeff\ufeff[{"a":1}]', '[{"a":1}] x', '[{"a":1}', '[{"a\\"b":1},{"a\\"b":2}]', '\u00a0[{"a":1}]']) {
      expect(read(text, 1).whole).toBe(false);
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
  // Past the size that is read in slices, and many slices long.
  const items = Array.from({ length: Math.ceil((1.2 * SLICED_MIN_BYTES) / 260) }, (_, i) => finding(i));
  const text = JSON.stringify(items, null, 1);

  const collect = (run: (register: (v: string) => void) => IngestResult | undefined) => {
    const values: string[] = [];
    const result = run((v) => values.push(v));
    return { result, values: [...new Set(values)].sort() };
  };
  const sliced = (report: string, override?: string) =>
    collect((register) => ingestArraySlices(memory(Buffer.from(report)), 'gitleaks.json', override, register, '/ws'));
  const whole = (report: string, override?: string) => collect((register) => ingestText(report, 'gitleaks.json', override, register, '/ws'));

  it('gives the findings, raw values and report info of a whole read', () => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(SLICED_MIN_BYTES);
    const got = sliced(text);
    expect(got).toEqual(whole(text));
    expect(got.result?.info).toMatchObject({ format: 'gitleaks-json-v8', findings: items.length });
    expect(sliced(text, 'gitleaks')).toEqual(whole(text, 'gitleaks'));
  });

  it('leaves to a whole read a bad entry, broken JSON in a later slice, another tool named, or another format', () => {
    expect(sliced(JSON.stringify([...items.slice(0, -5), 42, ...items.slice(-4)])).result).toBeUndefined();
    expect(sliced(text.slice(0, text.length - 1000)).result).toBeUndefined();
    expect(sliced(text, 'secretlint').result).toBeUndefined();
    expect(sliced(text, 'sarif').result).toBeUndefined();
    expect(sliced(JSON.stringify(items.map((f) => ({ Unknown: f.RuleID })))).result).toBeUndefined();
  });

  describe('from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-slices-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const parse = (name: string, content: string, tool?: string) => {
      writeFileSync(join(dir, name), content);
      return parseReports([{ file: name, tool, bytes: Buffer.byteLength(content) }], { workspace: dir, maxBytes: 64 << 20, salt: 's', mode: 'off', redactor: new Redactor() });
    };

    it('reads a large report as a whole read does', async () => {
      const [result] = await parse('good.json', `\ufeff${text}`);
      const expected = whole(text).result!;
      expect(result!.info).toEqual({ ...expected.info, path: 'good.json' });
      expect(result!.findings.map((f) => [f.rule, f.file, f.line, f.commit])).toEqual(expected.findings.map((f) => [f.rule, f.file, f.line, f.commit]));
    });

    it('reports a bad entry or a cut file in a later slice, or the wrong tool, with the message and line of a whole read', async () => {
      const badEntry = JSON.stringify([...items.slice(0, -5), 42, ...items.slice(-4)]);
      const cut = text.slice(0, text.length - 1000);
      for (const [content, tool] of [[badEntry], [cut], [text, 'trufflehog']] as const) {
        const expected = expectInputError(() => ingestText(content, 'bad.json', tool, () => undefined));
        await expect(parse('bad.json', content, tool)).rejects.toMatchObject({ message: expected.message, line: expected.line, column: expected.column });
      }
      expect(expectInputError(() => ingestText(badEntry, 'bad.json', undefined, () => undefined)).message).toBe(`entry ${items.length - 4}: not an object`);
    });
  });
});
