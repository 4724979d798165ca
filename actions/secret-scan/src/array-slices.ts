// A large JSON array of objects (gitleaks, secretlint, GitHub alerts) parsed a slice of elements at a
// time: each slice's tree is walked and dropped before the next one is built, so it dies young. Parsed
// whole, a 30 MB report's tree lives until it has been walked, and every garbage collection meanwhile
// copies it (about half the collector's time on such a report).
//
// Slices are cut without a parser: at a `,` followed by `{` and the key the first element starts
// with. That `{"key"` cannot lie inside a JSON string (its quote would end the string), so it starts
// an object; a cut inside an element (a nested object with the same first key) leaves slices with
// unbalanced brackets, which JSON.parse rejects. So when every slice parses as a non-empty array,
// the text is exactly `[` slice `,` slice ... `]`, and its elements are the slices' in order. When one
// does not, the caller parses the text whole, which also reports a real error by line.

import { isJsonWhitespace, skipJsonWhitespace } from '../../common/src/json-scan';

/** About how many characters a slice holds. */
export const SLICE_CHARS = 1 << 20;

interface Layout {
  /** Index just after the array's `[`. */
  start: number;
  /** Index of the array's `]`. */
  end: number;
  /** The first element's first key, quotes included (`"RuleID"`). */
  key: string;
}

/** Where the elements of a JSON array of objects lie, or undefined when the text does not start and end like one. */
function layoutOf(text: string): Layout | undefined {
  const open = skipJsonWhitespace(text, 0);
  if (text.charCodeAt(open) !== 91 /* [ */) return undefined;
  let end = text.length - 1;
  while (end > open && isJsonWhitespace(text.charCodeAt(end))) end--;
  if (text.charCodeAt(end) !== 93 /* ] */) return undefined;
  const brace = skipJsonWhitespace(text, open + 1);
  if (text.charCodeAt(brace) !== 123 /* { */) return undefined;
  const quote = skipJsonWhitespace(text, brace + 1);
  if (text.charCodeAt(quote) !== 34 /* " */) return undefined;
  const close = text.indexOf('"', quote + 1);
  // A key with escapes would not be found verbatim in the text.
  if (close === -1 || close > end || text.slice(quote, close).includes('\\')) return undefined;
  return { start: open + 1, end, key: text.slice(quote, close + 1) };
}

/** The index of the `,` before the first `{` `key` at or after `from` (JSON spaces allowed between), or -1. */
function nextCut(text: string, key: string, from: number, end: number): number {
  for (let at = text.indexOf(key, from); at !== -1 && at < end; at = text.indexOf(key, at + key.length)) {
    let i = at - 1;
    while (isJsonWhitespace(text.charCodeAt(i))) i--;
    if (text.charCodeAt(i) !== 123 /* { */) continue;
    i--;
    while (isJsonWhitespace(text.charCodeAt(i))) i--;
    if (text.charCodeAt(i) === 44 /* , */) return i;
  }
  return -1;
}

/**
 * The elements of `text`, a JSON array of objects, one slice at a time (each slice's elements, with
 * the index of its first). Returns true when every slice parsed; false, having stopped at the first
 * slice that did not parse as a non-empty array, when the text must be parsed whole instead. Yields
 * nothing and returns false when the text does not look like an array of objects.
 */
export function* arraySlices(text: string, size = SLICE_CHARS): Generator<{ elements: unknown[]; first: number }, boolean> {
  const layout = layoutOf(text);
  if (!layout) return false;
  const { key, end } = layout;
  let first = 0;
  for (let start = layout.start; start < end; ) {
    let cut = nextCut(text, key, start + size, end);
    if (cut === -1) cut = end;
    let elements: unknown;
    try {
      elements = JSON.parse(`[${text.slice(start, cut)}]`);
    } catch {
      return false;
    }
    if (!Array.isArray(elements) || elements.length === 0) return false;
    yield { elements, first };
    first += elements.length;
    start = cut + 1;
  }
  return true;
}
