// JSON reading that fails closed with a position and never echoes the input: V8's own messages quote
// the text around the error, which in a secret report is the secret itself.

import { InputError } from '../../common/src/errors';
import { lineColumnAt } from '../../common/src/readers';

/**
 * Offset of the first JSON syntax error (or text.length when the text ends early). Only called after
 * JSON.parse failed, so it favours being small over being fast.
 */
export function findSyntaxError(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else {
      // Point at the first character that differs.
      let k = 0;
      while (k < word.length && text[i + k] === word[k]) k++;
      i += k;
      fail();
    }
  };
  const string = () => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fail();
      if (c === 92) {
        i++;
        if (i >= n) fail();
        const e = text[i]!;
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
        } else if ('"\\/bfnrt'.includes(e)) i++;
        else fail();
      } else i++;
    }
    fail();
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '-' || m[0] === '') fail();
    i += m![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 10_000) fail();
    ws();
    if (i >= n) fail();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail();
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value(0);
    ws();
    if (i < n) fail();
    return -1;
  } catch (err) {
    if (typeof err === 'number') return Math.min(err, n);
    // Stack overflow on absurd nesting: report the start.
    return 0;
  }
}

/** A JSON syntax problem described by position only (never by quoting the text). */
export function jsonError(text: string, file: string, lineOffset = 0): InputError {
  const offset = findSyntaxError(text);
  const at = offset < 0 ? text.length : offset;
  const { line, column } = lineColumnAt(text, at);
  const truncated = at >= text.trimEnd().length;
  const what = truncated ? 'JSON ends early (truncated file?)' : 'invalid JSON';
  return new InputError(`${what} at line ${line + lineOffset}, column ${column}`, file, line + lineOffset, column);
}

/** JSON.parse with an InputError naming the file, line and column on failure. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw jsonError(text, file);
  }
}
