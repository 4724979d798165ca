import { describe, expect, it } from 'vitest';
import { parseWithPositions } from '../../common/src/json-positions';
import { syntaxMessage } from './syntax-message';

describe('syntaxMessage', () => {
  it.each([
    ['{"a": 1,}', 1, 9, 'unexpected "}", expected a property name in double quotes'],
    ['{\n  "a": tru\n}', 2, 8, 'unexpected "t", expected a value'],
    ['{"a" 1}', 1, 6, "unexpected \"1\", expected ':' after the property name"],
    ['{"a": 1', 1, 8, "unexpected end of input, expected ',' or '}'"],
    ['[1, 2\n', 2, 1, "unexpected end of input, expected ',' or ']'"],
    ['[-]', 1, 2, 'invalid number'],
    ['{"a": "x\ty"}', 1, 9, 'control character in string (escape it)'],
    ['{"a": "\\q"}', 1, 8, 'invalid escape sequence in string'],
    ['{"a": 1} x', 1, 10, 'unexpected "x" after the JSON value'],
    ['"abc', 1, 1, 'unterminated string'],
    ['', 1, 1, 'unexpected end of input, expected a value'],
  ])('words the syntax error in %j at %i:%i as schema-ids always has', (text, line, column, message) => {
    const parsed = parseWithPositions(text);
    expect(syntaxMessage(parsed.error!, text)).toBe(message);
    expect(parsed.at(parsed.error!.offset)).toEqual({ line, column });
  });

  it('keeps the parser message for nesting', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(syntaxMessage(parseWithPositions(text).error!, text)).toBe('nested deeper than 1000 levels');
  });
});
