import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonIndent, jsonValue } from '../../common/src/testing';
import { countMembers, countParsedMembers } from './member-count';

const json = jsonValue;
const indent = jsonIndent;

describe('countMembers', () => {
  it('equals the members JSON.parse keeps when keys are unique (property)', () => {
    fc.assert(
      fc.property(json, indent, (value, space) => {
        const text = JSON.stringify(value, null, space as number | undefined);
        expect(countMembers(text)).toBe(countParsedMembers(JSON.parse(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('counts one more member than JSON.parse keeps for each duplicate', () => {
    const text = '{"a": "x:\\"y", "a": [{"b": ":"}]}';
    expect(countMembers(text)).toBe(3);
    expect(countParsedMembers(JSON.parse(text))).toBe(2);
  });
});
