// JSON reading that fails closed with a position and never echoes the input: V8's own messages quote
// the text around the error, which in a secret report is the secret itself.

import { InputError } from '../../common/src/errors';
import { findJsonSyntaxError } from '../../common/src/json-syntax';
import { lineColumnAt } from '../../common/src/readers';

/** A JSON syntax problem described by position only (never by quoting the text). */
export function jsonError(text: string, file: string, lineOffset = 0): InputError {
  // Where reading stopped, so a cut file is reported at its end.
  const at = findJsonSyntaxError(text)?.stop ?? text.length;
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
