import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonIndent, jsonValue } from './testing';
import { formatPointer, parsePointer } from './json-pointer';
import { LineIndex, parseWithPositions } from './json-positions';

/** Every pointer in a value, with the value it names. */
function pointers(value: unknown, prefix: (string | number)[] = []): [string, unknown][] {
  const out: [string, unknown][] = [[formatPointer(prefix), value]];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pointers(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pointers(v, [...prefix, k]));
  return out;
}

const json = jsonValue;
const indent = jsonIndent;

describe('parseWithPositions', () => {
  it('maps every pointer to the exact text of its value (property)', () => {
    fc.assert(
      fc.property(json, indent, (value, space) => {
        const text = JSON.stringify(value, null, space as number | undefined);
        const parsed = parseWithPositions(text);
        expect(parsed.error).toBeUndefined();
        expect(parsed.value).toEqual(JSON.parse(text));
        const expected = JSON.parse(text) as unknown;
        for (const [pointer, v] of pointers(expected)) {
          const { node, exact } = parsed.nodeAt(pointer);
          expect(exact).toBe(true);
          expect(JSON.parse(text.slice(node!.start, node!.end))).toEqual(v);
          if (node!.keyStart !== undefined) {
            const tokens = parsePointer(pointer)!;
            const rest = text.slice(node!.keyStart);
            const keyText = /^"(?:[^"\\]|\\.)*"/.exec(rest)![0];
            expect(JSON.parse(keyText)).toBe(tokens[tokens.length - 1]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds line and column the way an editor counts them (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 6 }), fc.nat(), (lines, pick) => {
        const text = lines.join('\n');
        const index = new LineIndex(text);
        const offset = text.length ? pick % text.length : 0;
        const before = text.slice(0, offset).split('\n');
        expect(index.at(offset)).toEqual({ line: before.length, column: before[before.length - 1]!.length + 1 });
      }),
    );
  });

  it('agrees with JSON.parse on what is valid (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.json().map((t) => t.slice(0, -1)), fc.json().map((t) => t.replace(/:/, ''))), (text) => {
        let ok = true;
        try {
          JSON.parse(text);
        } catch {
          ok = false;
        }
        expect(parseWithPositions(text).error === undefined).toBe(ok);
      }),
      { numRuns: 500 },
    );
  });

  it('builds the same value as JSON.parse for any JSON (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.jsonValue().map((v) => JSON.stringify(v, null, 2))), (text) => {
        const parsed = parseWithPositions(text);
        expect(parsed.error).toBeUndefined();
        expect(parsed.value).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('reports duplicate keys with both positions', () => {
    const text = '{\n  "a": 1,\n  "b": {\n    "x": 1,\n    "x": 2\n  },\n  "a": 3\n}';
    const parsed = parseWithPositions(text);
    expect(parsed.value).toEqual(JSON.parse(text));
    const dups = parsed.duplicates.map((d) => ({ pointer: d.pointer, key: d.key, first: parsed.at(d.firstOffset), second: parsed.at(d.secondOffset) }));
    expect(dups).toEqual([
      { pointer: '/b', key: 'x', first: { line: 4, column: 5 }, second: { line: 5, column: 5 } },
      { pointer: '', key: 'a', first: { line: 2, column: 3 }, second: { line: 7, column: 3 } },
    ]);
  });

  it.each([
    ['{"a": 1,}', 1, 9, /expected a property name/],
    ['{\n  "a": tru\n}', 2, 8, /expected a value/],
    ['[1, 2\n', 2, 1, /expected ',' or ']'/],
    ['{"a": "x\ty"}', 1, 9, /control character/],
    ['{"a": "\\q"}', 1, 8, /invalid escape/],
    ['{"a": 1} x', 1, 10, /after the JSON value/],
    ['"abc', 1, 1, /unterminated string/],
    ['', 1, 1, /expected a value/],
  ])('places the syntax error in %j at %i:%i', (text, line, column, message) => {
    const parsed = parseWithPositions(text);
    expect(parsed.error?.message).toMatch(message);
    expect(parsed.error?.syntax?.offset).toBe(parsed.error?.offset);
    expect(parsed.at(parsed.error!.offset)).toEqual({ line, column });
  });

  it('reads past a byte-order mark only when asked, counting it in offsets', () => {
    expect(parseWithPositions('\ufeff{"a": 1}').error?.offset).toBe(0);
    const parsed = parseWithPositions('\ufeff{"a": 1}', { skipByteOrderMark: true });
    expect(parsed.value).toEqual({ a: 1 });
    expect(parsed.positionOf('/a', true)).toEqual({ line: 1, column: 3 });
    expect(parseWithPositions('\ufeff{"a" 1}', { skipByteOrderMark: true }).error?.offset).toBe(6);
  });

  it('bounds nesting at maxDepth', () => {
    expect(parseWithPositions('[[[1]]]', { maxDepth: 2 }).error?.message).toBe('nested deeper than 2 levels');
    expect(parseWithPositions('[[[1]]]', { maxDepth: 3 }).error).toBeUndefined();
  });

  it('names array elements by number or canonical index, members by string only', () => {
    const parsed = parseWithPositions('{"a": [10, 20], "1": 0}');
    expect(parsed.nodeAtPath(['a', 1]).exact).toBe(true);
    expect(parsed.nodeAtPath(['a', '1']).exact).toBe(true);
    expect(parsed.nodeAtPath(['a', '01']).exact).toBe(false);
    expect(parsed.nodeAtPath([1]).exact).toBe(false);
    expect(parsed.nodeAtPath(['1']).exact).toBe(true);
  });

  it('counts CRLF lines and tabs like an editor', () => {
    const parsed = parseWithPositions('{\r\n\t"a": {\r\n\t\t"b": [1, 2]\r\n\t}\r\n}');
    expect(parsed.positionOf('/a/b/1')).toEqual({ line: 3, column: 12 });
    expect(parsed.positionOf('/a/b', true)).toEqual({ line: 3, column: 3 });
  });

  it('keeps __proto__ an own key like JSON.parse', () => {
    const parsed = parseWithPositions('{"__proto__": {"x": 1}}');
    expect(Object.keys(parsed.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    const parsed = parseWithPositions('['.repeat(100_000) + ']'.repeat(100_000));
    expect(parsed.error?.message).toMatch(/nested deeper/);
  });

  it('points a missing member at its deepest existing parent', () => {
    const parsed = parseWithPositions('{\n  "a": {\n    "b": 1\n  }\n}');
    expect(parsed.positionOf('/a/zzz')).toEqual({ line: 2, column: 8 });
    expect(parsed.positionOf('/a/b', true)).toEqual({ line: 3, column: 5 });
  });
});

