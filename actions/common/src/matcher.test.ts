import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SecretMatcher } from './matcher';

/** The obvious (slow) reference: leftmost, then longest, non-overlapping. */
function naiveReplace(text: string, values: string[], mask = '***'): string {
  const vs = [...new Set(values.filter((v) => v.length >= 4))].sort((a, b) => b.length - a.length);
  let out = '';
  for (let i = 0; i < text.length; ) {
    const v = vs.find((x) => text.startsWith(x, i));
    if (v) {
      out += mask;
      i += v.length;
    } else out += text[i++];
  }
  return out;
}

describe('SecretMatcher', () => {
  it('replaces long and short values, longest first', () => {
    const m = new SecretMatcher();
    for (const v of ['abcd', 'token-1234567890', 'token-1234567890-extended', 'xyz']) m.add(v);
    expect(m.size).toBe(3);
    expect(m.replace('a token-1234567890-extended and token-1234567890 and abcd, xyz')).toBe('a *** and *** and ***, xyz');
    expect(m.find('nothing here')).toBeUndefined();
    expect(m.find('xx abcd')).toBe('abcd');
  });

  it('agrees with a naive matcher (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'd', '-', '_');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.string({ unit: alphabet, maxLength: 200 }), (values, text) => {
        const m = new SecretMatcher();
        for (const v of values) m.add(v);
        expect(m.replace(text)).toBe(naiveReplace(text, values));
      }),
      { numRuns: 500 },
    );
  });

  it('lists every place a value starts, with the longest value starting there (property)', () => {
    // Overlapping values: one starting inside another must be listed too, whether short (the regex)
    // or long (the anchor scan).
    // Two letters, and texts built of the values themselves, so occurrences overlap often.
    const alphabet = fc.constantFrom('a', 'b');
    const word = fc.string({ unit: alphabet, minLength: 4, maxLength: 12 });
    const textOf = (values: string[]) => fc.array(fc.oneof(fc.constantFrom(...values), fc.string({ unit: alphabet, maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join(''));
    const input = fc.array(word, { minLength: 1, maxLength: 8 }).chain((values) => fc.tuple(fc.constant(values), textOf(values)));
    fc.assert(
      fc.property(input, ([values, text]) => {
        const m = new SecretMatcher();
        for (const v of values) m.add(v);
        const distinct = [...new Set(values)];
        const expected: [number, string][] = [];
        for (let i = 0; i < text.length; i++) {
          const here = distinct.filter((v) => text.startsWith(v, i)).sort((a, b) => b.length - a.length);
          const short = here.filter((v) => v.length < 8);
          const long = here.filter((v) => v.length >= 8);
          // Every long value is listed; of the short ones, the longest.
          for (const v of long) expected.push([i, v]);
          if (short.length) expected.push([i, short[0]!]);
        }
        expected.sort((a, b) => a[0] - b[0] || b[1].length - a[1].length);
        expect(m.all(text)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('is exact where the window hash is not: characters that share their low byte (property)', () => {
    // The hash reads only the low byte of each UTF-16 unit ('a' is U+0061, 'š' U+0161; the emoji is
    // a surrogate pair), so these collide in the filter; the whole-string comparison decides.
    const alphabet = fc.constantFrom('a', '\u0161', 'b', '\u0162', '\ud83d\ude00');
    const word = fc.string({ unit: alphabet, minLength: 4, maxLength: 20 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.string({ unit: alphabet, maxLength: 120 }), (values, text) => {
        const m = new SecretMatcher();
        for (const v of values) m.add(v);
        expect(m.replace(text)).toBe(naiveReplace(text, values));
        // A value at the very start of the text: its window ends exactly ANCHOR characters in.
        for (const v of values) expect(m.replace(v + text)).toBe(naiveReplace(v + text, values));
      }),
      { numRuns: 300 },
    );
  });

  it('spreads values that share a long prefix (no quadratic build)', () => {
    const m = new SecretMatcher();
    const values = Array.from({ length: 20_000 }, (_, i) => `apiKey = "tok${i.toString(36).padStart(6, '0')}zz"`);
    for (const v of values) m.add(v);
    expect(m.size).toBe(values.length);
    expect(m.replace(`a ${values[12_345]} b ${values[7]}`)).toBe('a *** b ***');
  });

  it('handles unicode and values at the very end of the text', () => {
    const m = new SecretMatcher();
    m.add('pässwörd-ünïcode');
    expect(m.replace('x=pässwörd-ünïcode')).toBe('x=***');
  });

  it('knows its shortest value, so shorter text is skipped', () => {
    const m = new SecretMatcher();
    expect(m.minValueLength).toBe(Infinity);
    m.add('a-long-secret-value');
    expect(m.minValueLength).toBe('a-long-secret-value'.length);
    m.add('abcd');
    expect(m.minValueLength).toBe(4);
    expect(m.replace('xabcdx')).toBe('x***x');
  });

  it('keeps every value across table growth and ignores duplicates', () => {
    const m = new SecretMatcher();
    const values = Array.from({ length: 5000 }, (_, i) => `secret-${i}-${(i * 7919).toString(36)}`);
    for (const v of values) m.add(v);
    for (const v of values.slice(0, 100)) m.add(v);
    expect(m.size).toBe(values.length);
    for (let i = 0; i < values.length; i += 97) expect(m.replace(`<${values[i]}>`)).toBe('<***>');
  });
});

describe('SecretMatcher value set', () => {
  it('has() answers exactly for registered values, across growth (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '-');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 16 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.array(word, { maxLength: 20 }), (values, probes) => {
        const m = new SecretMatcher();
        const added = new Set<string>();
        for (const v of values) expect(m.add(v)).toBe(v.length >= 4 && !added.has(v) && (added.add(v), true));
        for (const p of [...values, ...probes]) expect(m.has(p)).toBe(added.has(p));
        expect(new Set(m)).toEqual(added);
        expect(m.size).toBe(added.size);
      }),
      { numRuns: 300 },
    );
  });
});
