import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeToken, evaluatePointer, formatPointer, fragmentFromPointer, parsePointer, pointerFromFragment } from './pointer';
import { resolveUri, splitUri } from './uri';

describe('JSON pointer', () => {
  it('round-trips any tokens through format and parse (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('~', '/', '~0', '~1', '%', '#', ' '))), (tokens) => {
        expect(parsePointer(formatPointer(tokens))).toEqual(tokens);
      }),
    );
  });

  it('round-trips through a URI fragment with percent-encoding (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('a b', '%25', 'ü', '#', '?', '~/'))), (tokens) => {
        const pointer = formatPointer(tokens);
        const uri = resolveUri('#' + fragmentFromPointer(pointer), 'https://example.com/s.json')!;
        const fragment = splitUri(uri).fragment;
        expect(parsePointer(pointerFromFragment(fragment)!)).toEqual(tokens);
      }),
    );
  });

  it('decodes ~1 before ~0 so "~01" means "~1"', () => {
    expect(parsePointer('/~01')).toEqual(['~1']);
    expect(escapeToken('~1')).toBe('~01');
  });

  it('rejects malformed pointers', () => {
    expect(parsePointer('a/b')).toBeUndefined();
    expect(parsePointer('/a~2')).toBeUndefined();
    expect(parsePointer('/a~')).toBeUndefined();
    expect(pointerFromFragment('/%E0%A4%A')).toBeUndefined();
  });
});

describe('pointer helpers on parsed values', () => {
  it('evaluatePointer follows escaped tokens', () => {
    const doc = { 'a/b': { '~c': [10, 20] } };
    expect(evaluatePointer(doc, parsePointer('/a~1b/~0c/1')!)).toEqual({ found: true, value: 20 });
    expect(evaluatePointer(doc, parsePointer('/a~1b/~0c/01')!).found).toBe(false);
  });
});
