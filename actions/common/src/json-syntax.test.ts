import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Valid JSON, arbitrary text, and valid JSON cut short or with a character dropped, replaced or added. */
const candidates = fc.oneof(
  fc.json(),
  fc.string(),
  fc.string({ unit: fc.constantFrom(...'{}[]",:\\ \n\t-01.eEtruefalsn\u0000\u001f') }),
  fc.tuple(fc.json(), fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))),
  fc.tuple(fc.json(), fc.nat()).map(([t, n]) => t.slice(0, n % t.length) + t.slice((n % t.length) + 1)),
  fc.tuple(fc.json(), fc.nat(), fc.constantFrom(...'{}[]",:\\ \n\u0001x-0.eu')).map(([t, n, c]) => t.slice(0, n % t.length) + c + t.slice(n % t.length)),
);

describe('findJsonSyntaxError', () => {
  it('reports an error exactly when JSON.parse throws (property)', () => {
    fc.assert(
      fc.property(candidates, (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every JSON value however it is indented (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 1, '\t', ' \r\n'), (v, space) => {
        expect(findJsonSyntaxError(JSON.stringify(v, null, space))).toBeUndefined();
      }),
    );
  });

  it('never quotes the input in its message (property)', () => {
    const vocabulary = /^(unexpected (end of input|character), expected (a value|a property name in double quotes|':'|',' or '\}'|',' or '\]')|unexpected character after the JSON value|invalid number|unterminated string|control character in string|invalid escape in string)$/;
    fc.assert(
      fc.property(candidates, (text) => {
        const e = findJsonSyntaxError(text);
        if (e) expect(e.message).toMatch(vocabulary);
      }),
      { numRuns: 1000 },
    );
  });

  it('stops within the text wherever a valid document is cut (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ k: fc.string(), n: fc.integer() }), { minLength: 1 }), fc.nat(), (arr, cutAt) => {
        const text = JSON.stringify(arr);
        const cut = text.slice(0, cutAt % text.length);
        const e = findJsonSyntaxError(cut)!;
        expect(e.stop).toBeGreaterThanOrEqual(0);
        expect(e.stop).toBeLessThanOrEqual(cut.length);
        expect(e.offset).toBeLessThanOrEqual(e.stop);
      }),
    );
  });

  it.each([
    // text, problem, expected, offset, stop
    ['[1,]', 'unexpected', 'value', 3, 3],
    ['{"a": bad}', 'unexpected', 'value', 6, 6],
    ['{"a": tru}', 'unexpected', 'value', 6, 9],
    ['{"a":1} x', 'unexpected', 'end', 8, 8],
    ['{"a": 1,}', 'unexpected', 'property-name', 8, 8],
    ['{"a" 1}', 'unexpected', 'colon', 5, 5],
    ['{"a": 1', 'unexpected', 'comma-or-brace', 7, 7],
    ['[1 2]', 'unexpected', 'comma-or-bracket', 3, 3],
    ['[-x]', 'invalid-number', 'value', 1, 1],
    ['[{"a":"unterminated', 'unterminated-string', undefined, 6, 19],
    ['["a\\', 'unterminated-string', undefined, 1, 4],
    ['["a\tb"]', 'control-character', undefined, 3, 3],
    ['["a\nb', 'unterminated-string', undefined, 1, 3],
    ['["\\q"]', 'invalid-escape', undefined, 2, 3],
    ['["\\u12x4"]', 'invalid-escape', undefined, 2, 3],
    ['', 'unexpected', 'value', 0, 0],
  ])('%j: %s at %i, stops at %i', (text, problem, expected, offset, stop) => {
    const e = findJsonSyntaxError(text);
    expect({ problem: e?.problem, expected: e?.expected, offset: e?.offset, stop: e?.stop }).toEqual({ problem, expected, offset, stop });
  });

  it('gives line and column of the offset', () => {
    expect(findJsonSyntaxError('{\n "a": [1,\n 2,,]}')).toMatchObject({ line: 3, column: 4 });
    expect(findJsonSyntaxError('\ufeff{}', 1)).toBeUndefined();
  });

  it('reads any nesting depth without a stack', () => {
    expect(findJsonSyntaxError('['.repeat(200_000) + ']'.repeat(200_000))).toBeUndefined();
    expect(findJsonSyntaxError('['.repeat(200_000))).toMatchObject({ problem: 'unexpected', expected: 'value', offset: 200_000 });
  });

  it('agrees with JSON.parse on numbers of any length', () => {
    const long = '1'.repeat(1000);
    expect(findJsonSyntaxError(`[${long}.${long}e+${long}]`)).toBeUndefined();
  });
});
