// A large JSON array of objects (gitleaks, secretlint, GitHub alerts) read from its file and parsed a
// slice of elements at a time, through one reusable buffer. Each slice's tree is walked and dropped
// before the next is built, so it dies young, and the report never exists as one string: reading a
// 30 MB report whole cost a 30 MB buffer, a 30 MB string and a copy of every slice cut from it, all
// fresh memory the kernel had to fault in (on the bench, 185,000 page faults a run became 165,000).
//
// Slices are cut without a parser, on bytes: at a `,` followed by `{` and the key the first element
// starts with. That `{"key"` cannot lie inside a JSON string (its quote would end the string), so it
// starts an object; a cut inside an element (a nested object with the same first key) leaves slices
// with unbalanced brackets, which JSON.parse rejects. So when every slice parses as a non-empty
// array, the file is exactly `[` slice `,` slice ... `]`, and its elements are the slices' in order.
// When one does not, the caller reads the file whole, which also reports a real error by line. The
// bytes cut at are ASCII, which never occur inside a UTF-8 sequence, so every slice decodes alone.

import { isJsonWhitespace } from '../../common/src/json-scan';
import { doubled, ReusableBuffer, utf8BomLength, type ReadAt } from '../../common/src/readers';

/**
 * About how many bytes a slice holds. Its string then stays below V8's large-object size (128 KiB for
 * ASCII text), so it is made in the young generation, whose pages are reused from one collection to
 * the next; a 1 MiB slice was a fresh large-object allocation each time, memory the kernel faulted in
 * anew (on the bench, 56 MB of gitleaks and secretlint reports: ~6,000 page faults a run).
 */
export const SLICE_BYTES = 64 << 10;

/** Bytes read at a time: a few slices. The buffer grows for an element larger than it. */
export const CHUNK_BYTES = 4 << 20;

const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
const BRACE = 0x7b; // {
const QUOTE = 0x22; // "
const COMMA = 0x2c; // ,
const BACKSLASH = 0x5c;

/** The read buffer, reused from report to report. */
const chunkBuffer = new ReusableBuffer(CHUNK_BYTES);

/**
 * The elements of a JSON array of objects, read through `read`, one slice at a time (each slice's
 * elements, with the index of its first). Returns true when every slice parsed; false, having stopped
 * at the first slice that did not parse as a non-empty array, when the file must be read whole
 * instead. Yields nothing and returns false when the file does not start like an array of objects.
 */
export function* arraySlices(
  read: ReadAt,
  sizes: { slice?: number; chunk?: number } = {},
): Generator<{ elements: unknown[]; first: number }, boolean> {
  const slice = sizes.slice ?? SLICE_BYTES;
  const chunk = sizes.chunk ?? CHUNK_BYTES;
  let buf = chunk === CHUNK_BYTES ? chunkBuffer.take() : Buffer.allocUnsafe(chunk);
  try {
    /** File offset of buf[0]. */
    let base = 0;
    let length = read(buf, 0, buf.length, 0);
    let atEnd = length < buf.length;
    let head = headOf(buf, length);
    // The first key must be in the buffer: read on while it may lie beyond (a tiny buffer, leading spaces).
    while (head === SHORT && !atEnd) {
      buf = doubled(buf, length);
      const want = buf.length - length;
      const got = read(buf, length, want, length);
      atEnd = got < want;
      length += got;
      head = headOf(buf, length);
    }
    if (head === undefined || head === SHORT) return false;
    const { key } = head;
    /** The first byte of the current slice; buf[start - 1] is its `[` (the array's, or the cut `,` overwritten). */
    let start = head.start;
    let first = 0;
    for (;;) {
      let cut = nextCut(buf, key, start + slice, length, start);
      if (cut === -1 && !atEnd) {
        // Keep the slice's opening byte and what follows it; read on.
        buf.copyWithin(0, start - 1, length);
        base += start - 1;
        length -= start - 1;
        start = 1;
        if (length === buf.length) buf = doubled(buf, length);
        const want = buf.length - length;
        const got = read(buf, length, want, base + length);
        atEnd = got < want;
        length += got;
        continue;
      }
      if (cut === -1) {
        // The last slice ends at the array's `]`, with only whitespace after it.
        cut = lastNonSpace(buf, length);
        if (cut < start || buf[cut] !== CLOSE) return false;
      }
      buf[start - 1] = OPEN;
      buf[cut] = CLOSE;
      let elements: unknown;
      try {
        elements = JSON.parse(buf.toString('utf8', start - 1, cut + 1));
      } catch {
        return false;
      }
      if (!Array.isArray(elements) || elements.length === 0) return false;
      yield { elements, first };
      first += elements.length;
      if (atEnd && cut === lastNonSpace(buf, length)) return true;
      start = cut + 1;
    }
  } finally {
    chunkBuffer.give(buf);
  }
}

function lastNonSpace(buf: Buffer, length: number): number {
  let i = length - 1;
  while (i >= 0 && isJsonWhitespace(buf[i]!)) i--;
  return i;
}

/** headOf's answer when the bytes read end before the first key does. */
const SHORT = 'short';

/**
 * Where the elements start (after `[`) and the first element's first key, quotes included; undefined
 * when the file does not start so, SHORT when more bytes are needed to tell.
 */
function headOf(buf: Buffer, length: number): { start: number; key: Buffer } | undefined | typeof SHORT {
  // A UTF-8 byte order mark, as readTextCapped drops it.
  let i = utf8BomLength(buf, length);
  let start = 0;
  const expect = (byte: number): boolean | typeof SHORT => {
    while (i < length && isJsonWhitespace(buf[i]!)) i++;
    if (i >= length) return SHORT;
    return buf[i++] === byte;
  };
  for (const byte of [OPEN, BRACE, QUOTE]) {
    const found = expect(byte);
    if (found !== true) return found === SHORT ? SHORT : undefined;
    if (byte === OPEN) start = i;
  }
  const open = i - 1;
  const close = buf.subarray(0, length).indexOf(QUOTE, i);
  if (close === -1) return SHORT;
  // A key with escapes would not be found verbatim in the file.
  if (buf.subarray(open, close).includes(BACKSLASH)) return undefined;
  return { start, key: Buffer.from(buf.subarray(open, close + 1)) };
}

/**
 * The index of the `,` before the first `{` `key` whose key starts at or after `from` and ends
 * within `length` (JSON spaces allowed between), the `,` being after `start`; or -1.
 */
function nextCut(buf: Buffer, key: Buffer, from: number, length: number, start: number): number {
  if (from >= length) return -1;
  const bytes = buf.subarray(0, length);
  for (let at = bytes.indexOf(key, from); at !== -1; at = bytes.indexOf(key, at + key.length)) {
    let i = at - 1;
    while (i > start && isJsonWhitespace(buf[i]!)) i--;
    if (i <= start || buf[i] !== BRACE) continue;
    i--;
    while (i > start && isJsonWhitespace(buf[i]!)) i--;
    if (i > start && buf[i] === COMMA) return i;
  }
  return -1;
}
