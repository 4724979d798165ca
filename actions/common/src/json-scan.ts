// The lexical pieces of JSON (RFC 8259) shared by the syntax-error finder, the position-tracking parser and
// the pointer scans, so whitespace, numbers and string ends are read the same way everywhere.

/** A JSON number, matched in place (sticky) so no slice of a multi-megabyte text is made. */
export const JSON_NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** Whether a UTF-16 code unit is JSON whitespace (space, line feed, carriage return, tab). */
export function isJsonWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Offset of the first character at or after `pos` that is not JSON whitespace. */
export function skipJsonWhitespace(text: string, pos: number): number {
  while (isJsonWhitespace(text.charCodeAt(pos))) pos++;
  return pos;
}

/**
 * Offset of the quote closing the string that opens at `open`, or -1 when none does. Jumps from quote to quote
 * with indexOf (scanner speed) and counts the backslashes before each: an odd number escapes it.
 */
export function closingQuote(text: string, open: number): number {
  for (let q = text.indexOf('"', open + 1); q !== -1; q = text.indexOf('"', q + 1)) {
    let b = q - 1;
    while (b > open && text.charCodeAt(b) === 0x5c) b--;
    if ((q - 1 - b) % 2 === 0) return q;
  }
  return -1;
}
