import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumnAt } from '../../common/src/readers';
import { jsonError, parseJson } from './json';

describe('jsonError', () => {
  it('gives line and column without quoting the text', () => {
    const text = '[\n {"Secret": "cnry-abc"\n  "x": 1}]';
    const err = jsonError(text, 'r.json');
    expect(err).toMatchObject({ file: 'r.json', line: 3, column: 3 });
    expect(err.message).not.toContain('cnry');
    expect(lineColumnAt(text, 0)).toEqual({ line: 1, column: 1 });
  });

  it.each([
    ['[1,]', 'invalid JSON at line 1, column 4'],
    ['{"a": bad}', 'invalid JSON at line 1, column 7'],
    ['{"a":1} x', 'invalid JSON at line 1, column 9'],
    ['[{"a":"unterminated', 'JSON ends early (truncated file?) at line 1, column 20'],
    ['[{"a":1', 'JSON ends early (truncated file?) at line 1, column 8'],
    ['[tr', 'JSON ends early (truncated file?) at line 1, column 4'],
    ['{"a": "x\\q"}', 'invalid JSON at line 1, column 10'],
  ])('places %j where reading stopped: %s', (text, message) => {
    expect(jsonError(text, 'r.json').message).toBe(message);
  });

  it('shifts lines by the offset of a JSON Lines record', () => {
    expect(jsonError('{"a" 1}', 'r.jsonl', 4)).toMatchObject({ line: 5, column: 6, message: 'invalid JSON at line 5, column 6' });
  });

  it('never echoes the text, whatever it is (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (s) => {
        const text = `{"k": "${s}`;
        expect(jsonError(text, 'r.json').message).toMatch(/^(invalid JSON|JSON ends early \(truncated file\?\)) at line \d+, column \d+$/);
      }),
    );
  });
});

describe('parseJson', () => {
  it('returns what JSON.parse returns and throws an InputError otherwise', () => {
    expect(parseJson('{"a": [1]}', 'r.json')).toEqual({ a: [1] });
    expect(() => parseJson('{"a": [1}', 'r.json')).toThrow(/^invalid JSON at line 1, column 9$/);
  });
});
