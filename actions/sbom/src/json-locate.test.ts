import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPointer } from '../../common/src/json-pointer';
import { locatePointers } from './json-locate';
import { findSyntaxError } from './syntax-message';

describe('locatePointers', () => {
  const text = '{\n  "a": {\n    "b~c/d": [\n      1,\n      {"x": "y\\"z"}\n    ]\n  },\n  "e\\u0041": true\n}\n';

  it('finds property keys and array items, escaped keys included', () => {
    const found = locatePointers(text, ['/a', '/a/b~0c~1d/1', '/a/b~0c~1d/1/x', '/eA', '']);
    expect(found.get('/a')).toMatchObject({ line: 2, column: 3 });
    expect(found.get('/a/b~0c~1d/1')).toMatchObject({ line: 5, column: 7 });
    expect(found.get('/a/b~0c~1d/1/x')).toMatchObject({ line: 5, column: 8 });
    expect(found.get('/eA')).toMatchObject({ line: 8, column: 3 });
    expect(found.get('')).toMatchObject({ line: 1, column: 1 });
  });

  it('leaves out pointers that are not in the document', () => {
    expect(locatePointers(text, ['/nope', '/a/b~0c~1d/7']).size).toBe(0);
  });

  it('ignores pointers that are not RFC 6901 pointers', () => {
    expect(locatePointers(text, ['a', '/a~2']).size).toBe(0);
  });

  it('points at every array element and property of arbitrary JSON (property test)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, pretty) => {
        const json = JSON.stringify(value, null, pretty ? 2 : 0);
        const pointers: [string, unknown, string | undefined][] = [];
        const walk = (v: unknown, path: (string | number)[]) => {
          if (Array.isArray(v)) v.forEach((x, i) => (pointers.push([formatPointer([...path, i]), x, undefined]), walk(x, [...path, i])));
          else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v)) {
              if (k === '__proto__') continue;
              pointers.push([formatPointer([...path, k]), x, k]);
              walk(x, [...path, k]);
            }
        };
        walk(value, []);
        const found = locatePointers(json, pointers.map((p) => p[0]));
        // A sparse request skips most subtrees unchecked: it must land on the same offsets.
        const sparse = locatePointers(json, pointers.filter((_, i) => i % 3 === 1).map((p) => p[0]));
        for (const [pointer, pos] of sparse) expect(pos.offset, pointer).toBe(found.get(pointer)!.offset);
        for (const [pointer, v, key] of pointers) {
          const pos = found.get(pointer);
          expect(pos, pointer).toBeDefined();
          // A property is located at its key, an array element at its value.
          expect(json.slice(pos!.offset)).toSatisfy((rest: string) => rest.startsWith(key !== undefined ? JSON.stringify(key) : JSON.stringify(v, null, pretty ? 2 : 0).split('\n')[0]!));
        }
        expect(findSyntaxError(json)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
