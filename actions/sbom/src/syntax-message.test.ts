import { describe, expect, it } from 'vitest';
import { findSyntaxError } from './syntax-message';

describe('findSyntaxError', () => {
  it.each([
    ['{\n "a": [1,\n 2,,]}', 3, 4],
    ['{"a": 1', 1, 8],
    ['{"a": tru}', 1, 7],
    ['{"a": "x\ny"}', 1, 9],
    ['{"a": 1} x', 1, 10],
    ['{a: 1}', 1, 2],
    ['', 1, 1],
  ])('reports %j at %i:%i', (text, line, column) => {
    expect(findSyntaxError(text)).toMatchObject({ line, column });
  });

  it.each([
    ['{"a" 1}', `expected ':' but found "1"`],
    ['{"a"', "unexpected end of input, expected ':'"],
    ['{"a": 1,}', 'expected a property name but found "}"'],
    ['{', 'unexpected end of input in object'],
    ['{"a": 1', 'unexpected end of input in object'],
    ['{"a": 1 2', `expected ',' or '}' but found "2"`],
    ['[1', 'unexpected end of input in array'],
    ['[1 2', `expected ',' or ']' but found "2"`],
    ['[1,', 'unexpected end of input, expected a value'],
    ['[-]', 'unexpected "-"'],
    ['[tru]', 'unexpected "t"'],
    ['{"a": 1} x', 'unexpected "x" after the JSON value'],
    ['["a', 'unterminated string'],
    ['["a\tb"]', 'control character in string'],
    ['["\\x"]', 'bad escape in string'],
    ['["\\u12"]', 'bad \\u escape'],
  ])('words %j as %j', (text, message) => {
    expect(findSyntaxError(text)?.message).toBe(message);
  });

  it('accepts what JSON.parse accepts', () => {
    expect(findSyntaxError('{"a": [1.5e3, -0, "\\u00e9\\\\", null, false, {}]}')).toBeUndefined();
  });
});
