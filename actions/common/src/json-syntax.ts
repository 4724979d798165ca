// The first syntax error of a JSON text (strict RFC 8259, exactly what JSON.parse rejects), by position and kind.
// The message never quotes the input: V8's own messages do, and in a secret report that is the secret itself.
// Gates that word errors their own way (and may quote a character) do so from `problem` and `expected`.

import { JSON_NUMBER, skipJsonWhitespace } from './json-scan';
import { lineColumnAt } from './readers';

export type JsonSyntaxProblem = 'unexpected' | 'invalid-number' | 'unterminated-string' | 'control-character' | 'invalid-escape';

/** What the grammar allowed where an `unexpected` character (or the end) was found. */
export type JsonExpectation = 'value' | 'property-name' | 'colon' | 'comma-or-brace' | 'comma-or-bracket' | 'end';

export interface JsonSyntaxError {
  problem: JsonSyntaxProblem;
  /** Set for `unexpected` and `invalid-number`. */
  expected?: JsonExpectation;
  /**
   * What is at fault: the unexpected character (text.length when the text ends), the first character of a bad
   * literal or number, the opening quote of a string that never closes, the control character, the backslash
   * of a bad escape.
   */
  offset: number;
  /**
   * Where reading stopped: the first character that cannot continue the text (a bad literal at the first letter
   * that differs, a bad escape at the letter after the backslash), text.length when the text ends early.
   * A cut file stops at its end, which tells "truncated" from "invalid".
   */
  stop: number;
  /** 1-based line and column of `offset`. */
  line: number;
  column: number;
  /** A short description that never contains text from the input. */
  message: string;
}

const EXPECTED: Record<JsonExpectation, string> = {
  value: 'a value',
  'property-name': 'a property name in double quotes',
  colon: "':'",
  'comma-or-brace': "',' or '}'",
  'comma-or-bracket': "',' or ']'",
  end: 'the end of the input',
};

const LITERALS: Record<number, string> = { 0x74: 'true', 0x66: 'false', 0x6e: 'null' };
const SIMPLE_ESCAPES = '"\\/bfnrt';
const HEX4 = /[0-9a-fA-F]{4}/y;

type Fault = Omit<JsonSyntaxError, 'line' | 'column' | 'message'>;

function describeFault(f: Fault, atEnd: boolean): string {
  switch (f.problem) {
    case 'unexpected':
      if (f.expected === 'end') return 'unexpected character after the JSON value';
      return `unexpected ${atEnd ? 'end of input' : 'character'}, expected ${EXPECTED[f.expected!]}`;
    case 'invalid-number':
      return 'invalid number';
    case 'unterminated-string':
      return 'unterminated string';
    case 'control-character':
      return 'control character in string';
    case 'invalid-escape':
      return 'invalid escape in string';
  }
}

/**
 * The first syntax error of `text` read from `from` (1 to skip a byte-order mark), or undefined when it is
 * valid JSON. Iterative, so no nesting depth overflows it. Reads in order and stops at the first fault.
 */
export function findJsonSyntaxError(text: string, from = 0): JsonSyntaxError | undefined {
  const fault = scan(text, from);
  if (!fault) return undefined;
  const { line, column } = lineColumnAt(text, fault.offset);
  return { ...fault, line, column, message: describeFault(fault, fault.offset >= text.length) };
}

function scan(text: string, from: number): Fault | undefined {
  const n = text.length;
  const unexpected = (expected: JsonExpectation, offset: number, stop = offset): Fault => ({ problem: 'unexpected', expected, offset, stop });
  /** A string that never closes is reported as such, not by the first bad character after its last quote. */
  const inString = (problem: 'control-character' | 'invalid-escape', open: number, offset: number, stop: number): Fault =>
    text.indexOf('"', offset) === -1 ? { problem: 'unterminated-string', offset: open, stop } : { problem, offset, stop };

  /** Offset past the string opening at `open`, or the fault in it. */
  const readString = (open: number): number | Fault => {
    for (let i = open + 1; ; ) {
      if (i >= n) return { problem: 'unterminated-string', offset: open, stop: n };
      const c = text.charCodeAt(i);
      if (c === 0x22) return i + 1;
      if (c < 0x20) return inString('control-character', open, i, i);
      if (c !== 0x5c) {
        i++;
        continue;
      }
      if (i + 1 >= n) return { problem: 'unterminated-string', offset: open, stop: n };
      const e = text[i + 1]!;
      if (e === 'u') {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) return inString('invalid-escape', open, i, i + 1);
        i += 6;
      } else if (SIMPLE_ESCAPES.includes(e)) i += 2;
      else return inString('invalid-escape', open, i, i + 1);
    }
  };

  /** Offset past a property name and its colon, or the fault. */
  const readKey = (pos: number): number | Fault => {
    pos = skipJsonWhitespace(text, pos);
    if (text.charCodeAt(pos) !== 0x22) return unexpected('property-name', pos);
    const end = readString(pos);
    if (typeof end !== 'number') return end;
    pos = skipJsonWhitespace(text, end);
    if (text.charCodeAt(pos) !== 0x3a) return unexpected('colon', pos);
    return pos + 1;
  };

  /** Offset past a scalar starting at `pos`, or the fault. */
  const readScalar = (pos: number): number | Fault => {
    const c = text.charCodeAt(pos);
    if (c === 0x22) return readString(pos);
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      JSON_NUMBER.lastIndex = pos;
      return JSON_NUMBER.test(text) ? JSON_NUMBER.lastIndex : { problem: 'invalid-number', expected: 'value', offset: pos, stop: pos };
    }
    const word = LITERALS[c];
    if (word === undefined) return unexpected('value', pos);
    if (text.startsWith(word, pos)) return pos + word.length;
    let k = 0;
    while (k < word.length && text[pos + k] === word[k]) k++;
    return unexpected('value', pos, pos + k);
  };

  // Open containers, innermost last: true for an object, false for an array.
  const open: boolean[] = [];
  let pos = from;
  for (;;) {
    // A value is expected at pos.
    pos = skipJsonWhitespace(text, pos);
    const c = text.charCodeAt(pos);
    if (c === 0x7b || c === 0x5b) {
      const isObject = c === 0x7b;
      pos = skipJsonWhitespace(text, pos + 1);
      if (text.charCodeAt(pos) === (isObject ? 0x7d : 0x5d)) pos++;
      else {
        open.push(isObject);
        if (isObject) {
          const next = readKey(pos);
          if (typeof next !== 'number') return next;
          pos = next;
        }
        continue;
      }
    } else {
      const next = readScalar(pos);
      if (typeof next !== 'number') return next;
      pos = next;
    }
    // A value ended: close containers until one takes another member.
    for (;;) {
      pos = skipJsonWhitespace(text, pos);
      if (open.length === 0) return pos < n ? unexpected('end', pos) : undefined;
      const isObject = open[open.length - 1]!;
      const d = text.charCodeAt(pos);
      if (d === 0x2c) break;
      if (d !== (isObject ? 0x7d : 0x5d)) return unexpected(isObject ? 'comma-or-brace' : 'comma-or-bracket', pos);
      open.pop();
      pos++;
    }
    pos++; // the comma
    if (open[open.length - 1]) {
      const next = readKey(pos);
      if (typeof next !== 'number') return next;
      pos = next;
    }
  }
}
