import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countMembers, countParsedMembers } from './member-count';

const key = fc.oneof(fc.string(), fc.constantFrom('~', '/', '~1', 'a/b~c', '%25', '__proto__', ''));
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.string(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value;
const indent = fc.constantFrom(undefined, 0, 1, 2, '\t', ' \r\n ' as unknown as number);

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
