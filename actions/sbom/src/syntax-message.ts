// How the sbom gate words a JSON syntax error: the kit finds it, this names the character found (never more
// than one) and what the grammar wanted there, as sbom/json-syntax findings always have.

import { findJsonSyntaxError, type JsonSyntaxError } from '../../common/src/json-syntax';

export interface SbomSyntaxError {
  message: string;
  line: number;
  column: number;
}

function wording(e: JsonSyntaxError, text: string): string {
  const ch = e.offset < text.length ? JSON.stringify(text[e.offset]) : undefined;
  switch (e.problem) {
    case 'unexpected':
    case 'invalid-number':
      switch (e.expected) {
        case 'property-name':
          return ch ? `expected a property name but found ${ch}` : 'unexpected end of input in object';
        case 'colon':
          return ch ? `expected ':' but found ${ch}` : "unexpected end of input, expected ':'";
        case 'comma-or-brace':
          return ch ? `expected ',' or '}' but found ${ch}` : 'unexpected end of input in object';
        case 'comma-or-bracket':
          return ch ? `expected ',' or ']' but found ${ch}` : 'unexpected end of input in array';
        case 'end':
          return `unexpected ${ch} after the JSON value`;
        default:
          return ch ? `unexpected ${ch}` : 'unexpected end of input, expected a value';
      }
    case 'unterminated-string':
      return 'unterminated string';
    case 'control-character':
      return 'control character in string';
    case 'invalid-escape':
      return text[e.offset + 1] === 'u' ? 'bad \\u escape' : 'bad escape in string';
  }
}

/** The first syntax error of a text (strict RFC 8259), or undefined when it is valid JSON. */
export function findSyntaxError(text: string): SbomSyntaxError | undefined {
  const e = findJsonSyntaxError(text);
  return e && { message: wording(e, text), line: e.line, column: e.column };
}
