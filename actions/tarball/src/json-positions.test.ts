import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../common/src/errors';
import { parseJsonWithPositions } from './json-positions';

describe('parseJsonWithPositions', () => {
  const text = '{\n  "name": "x",\n  "exports": {\n    "./utils": {\n      "require": "./u.cjs"\n    }\n  },\n  "files": ["a", "b"]\n}\n';
  it('parses like JSON.parse and knows where each key is', () => {
    const p = parseJsonWithPositions(text, 'package.json');
    expect(p.value).toEqual(JSON.parse(text));
    expect(p.positionOf(['exports', './utils', 'require'])).toEqual({ line: 5, column: 7 });
    expect(p.positionOf(['files', 1])).toEqual({ line: 8, column: 18 });
    expect(p.positionOf(['nope'])).toBeUndefined();
  });
  it('reports syntax errors with line and column', () => {
    try {
      parseJsonWithPositions('{\n  "a": 1,\n  }', 'p.json');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ file: 'p.json', line: 3, column: 3 });
    }
  });
  it('bounds nesting and keeps __proto__ a plain key', () => {
    expect(() => parseJsonWithPositions('['.repeat(1000) + ']'.repeat(1000), 'x')).toThrow(/nested deeper/);
    const v = parseJsonWithPositions('{"__proto__": {"polluted": 1}}', 'x').value as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('agrees with JSON.parse on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        expect(parseJsonWithPositions(json, 'x').value).toEqual(JSON.parse(json));
      }),
      { numRuns: 300 },
    );
  });
  it('throws only InputError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          parseJsonWithPositions(s, 'x');
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
