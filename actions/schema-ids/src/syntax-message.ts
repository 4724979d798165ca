// How schema-ids words a JSON syntax error: the kit finds it, this names the character found and what the
// grammar wanted there (the wording users and baselines have always seen).

import type { SyntaxProblem } from '../../common/src/json-positions';
import type { JsonExpectation } from '../../common/src/json-syntax';

const WANTED: Record<Exclude<JsonExpectation, 'end'>, string> = {
  value: 'expected a value',
  'property-name': 'expected a property name in double quotes',
  colon: "expected ':' after the property name",
  'comma-or-brace': "expected ',' or '}'",
  'comma-or-bracket': "expected ',' or ']'",
};

function found(text: string, offset: number): string {
  return offset >= text.length ? 'end of input' : JSON.stringify(text[offset]);
}

/** The message for a parse problem of `text`, without the "invalid JSON: " prefix. */
export function syntaxMessage(problem: SyntaxProblem, text: string): string {
  const s = problem.syntax;
  if (!s) return problem.message;
  switch (s.problem) {
    case 'unexpected':
      if (s.expected === 'end') return `unexpected ${found(text, s.offset)} after the JSON value`;
      return `unexpected ${found(text, s.offset)}, ${WANTED[s.expected!]}`;
    case 'invalid-number':
      return 'invalid number';
    case 'unterminated-string':
      return 'unterminated string';
    case 'control-character':
      return 'control character in string (escape it)';
    case 'invalid-escape':
      return 'invalid escape sequence in string';
  }
}
