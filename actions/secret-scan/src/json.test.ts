import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumnAt } from '../../common/src/readers';
import { findSyntaxError, jsonError } from './json';

describe('findSyntaxError', () => {
  it('accepts what JSON.parse accepts (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(findSyntaxError(JSON.stringify(v, null, 1))).toBe(-1);
      }),
    );
  });

  it('points at the first bad character', () => {
    expect(findSyntaxError('[1,]')).toBe(3);
    expect(findSyntaxError('{"a": bad}')).toBe(6);
    expect(findSyntaxError('{"a":1} x')).toBe(8);
    expect(findSyntaxError('[{"a":"unterminated')).toBe(19);
  });

  it('finds an error wherever a valid document is cut (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ k: fc.string(), n: fc.integer() }), { minLength: 1 }), fc.nat(), (arr, cutAt) => {
        const text = JSON.stringify(arr);
        const cut = text.slice(0, cutAt % text.length);
        const offset = findSyntaxError(cut);
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(cut.length);
      }),
    );
  });
});

describe('jsonError', () => {
  it('gives line and column without quoting the text', () => {
    const text = '[\n {"Secret": "cnry-abc"\n  "x": 1}]';
    const err = jsonError(text, 'r.json');
    expect(err).toMatchObject({ file: 'r.json', line: 3, column: 3 });
    expect(err.message).not.toContain('cnry');
    expect(lineColumnAt(text, 0)).toEqual({ line: 1, column: 1 });
  });

  it('calls an early end truncation', () => {
    expect(jsonError('[{"a":1', 'r.json').message).toMatch(/truncated/);
  });
});
