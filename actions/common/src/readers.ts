// Size-capped readers. Every file a gate reads goes through one of these so a huge or hostile input
// ends as a clear error naming the file and the cap, not an out-of-memory crash.

import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { InputError } from './errors';
import { formatBytes } from './numbers';

export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;

/** How a size-check failure reads; a gate may name its own kind of file ("report") and its own option. */
export interface SizeCheckWording {
  missing: string;
  subject: string;
  hint: string;
}

const FILE_WORDING: SizeCheckWording = {
  missing: 'file not found',
  subject: 'file',
  hint: "raise it with the gate's max-bytes option if this is expected",
};

/** The size of a regular file, or an InputError naming the file (missing, not a file, over the cap). */
export async function checkFileSize(path: string, displayName: string, maxBytes: number, wording: SizeCheckWording = FILE_WORDING): Promise<number> {
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new InputError('not a regular file', displayName);
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? wording.missing : `cannot read: ${(err as Error).message}`, displayName);
  }
  if (size > maxBytes) {
    throw new InputError(`${wording.subject} is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} cap (${wording.hint})`, displayName);
  }
  return size;
}

/** Length of a UTF-8 byte-order mark at the start of the first `length` bytes: 3 or 0. */
export function utf8BomLength(bytes: Uint8Array, length = bytes.length): number {
  return length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/** Whole file as a Buffer, refusing files over the cap. */
export async function readCapped(path: string, maxBytes = DEFAULT_MAX_BYTES, displayName = path): Promise<Buffer> {
  const size = await checkFileSize(path, displayName, maxBytes);
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(size);
    const offset = await readFully(handle, buf, 0, size, 0);
    // A file that grew while we read is cut at the size we checked; one that shrank is returned as read.
    return offset === size ? buf : buf.subarray(0, offset);
  } finally {
    await handle.close();
  }
}

/** A buffer twice the size of `buf`, holding its first `length` bytes. */
export function doubled(buf: Buffer, length: number): Buffer {
  const larger = Buffer.allocUnsafe(buf.length * 2);
  buf.copy(larger, 0, 0, length);
  return larger;
}

/**
 * A scratch buffer of `size` bytes kept from one use to the next (module state: one per thread), so
 * reading file after file through it does not take fresh memory each time. `take` lends it out (a
 * new one while it is lent), `give` returns it; a buffer of another size is not kept.
 */
export class ReusableBuffer {
  private spare: Buffer | undefined;
  constructor(readonly size: number) {}

  take(): Buffer {
    const buf = this.spare ?? Buffer.allocUnsafe(this.size);
    this.spare = undefined;
    return buf;
  }

  give(buf: Buffer): void {
    if (buf.length === this.size) this.spare = buf;
  }
}

/** Reads up to `length` bytes at `position` into `into` at `offset`; fewer only at the end (0 there). */
export type ReadAt = (into: Buffer, offset: number, length: number, position: number) => number;

/**
 * `use` given positional reads of a regular file of at most `maxBytes`, and its size; reads stop at
 * that size even if the file grows meanwhile (as readCapped). Undefined, without calling `use`, when
 * the file cannot be opened or is not such a file: a whole read of it reports why. Synchronous: for
 * reading a large file in pieces through one buffer, where each piece is parsed before the next.
 */
export function withSizedReads<T>(path: string, maxBytes: number, use: (read: ReadAt, size: number) => T): T | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > maxBytes) return undefined;
    const size = st.size;
    const read: ReadAt = (into, offset, length, position) => {
      const want = Math.max(0, Math.min(length, size - position));
      let done = 0;
      while (done < want) {
        const n = readSync(fd, into, offset + done, want - done, position + done);
        if (n === 0) break;
        done += n;
      }
      return done;
    };
    return use(read, size);
  } finally {
    closeSync(fd);
  }
}

/** Whole file as UTF-8 text (a leading byte-order mark is removed and reported through `hadBom`). */
export async function readTextCapped(
  path: string,
  maxBytes = DEFAULT_MAX_BYTES,
  displayName = path,
): Promise<{ text: string; hadBom: boolean }> {
  const buf = await readCapped(path, maxBytes, displayName);
  const bom = utf8BomLength(buf);
  return { text: buf.toString('utf8', bom), hadBom: bom > 0 };
}

/**
 * Stream a file line by line (1-based line numbers, `\n` or `\r\n`, a leading BOM dropped), without holding
 * it in memory.
 * Faster than readline: splits Buffers with indexOf and decodes each line once.
 */
export async function forEachLine(
  path: string,
  onLine: (line: string, lineNumber: number) => void,
  maxBytes = DEFAULT_MAX_BYTES,
  displayName = path,
): Promise<number> {
  await checkFileSize(path, displayName, maxBytes);
  let lineNumber = 0;
  let carry: Buffer | undefined;
  let first = true;
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let buf = carry ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    // A UTF-8 byte-order mark is not part of the first line (editors on Windows add one).
    if (first) start = utf8BomLength(buf);
    first = false;
    let nl: number;
    while ((nl = buf.indexOf(10, start)) !== -1) {
      const end = nl > start && buf[nl - 1] === 13 ? nl - 1 : nl;
      onLine(buf.toString('utf8', start, end), ++lineNumber);
      start = nl + 1;
    }
    carry = start < buf.length ? buf.subarray(start) : undefined;
    if (carry && carry.length > 64 * 1024 * 1024) {
      throw new InputError('a single line is over 64 MiB', displayName, lineNumber + 1);
    }
    buf = Buffer.alloc(0);
  }
  if (carry && carry.length) {
    const end = carry[carry.length - 1] === 13 ? carry.length - 1 : carry.length;
    onLine(carry.toString('utf8', 0, end), ++lineNumber);
  }
  return lineNumber;
}

/**
 * The lines of a file that start in the byte range [start, end), as bytes: from the first line start
 * at or after `start` to the end of the last line that starts before `end` (read past `end` to
 * finish it, newline included). Cutting a file at any offsets this way puts every line in exactly one
 * range, so ranges can be read and parsed on different threads. A newline byte never occurs inside a
 * UTF-8 character, so every range decodes on its own. Read into `into` when it is large enough (the
 * result is then a view of it), so a caller reading range after range can reuse one buffer.
 */
export async function readLineRange(path: string, start: number, end: number, into?: Buffer): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    // One byte before `start` tells whether a line starts exactly there.
    const from = start > 0 ? start - 1 : 0;
    const room = Math.max(0, end - from) + 64 * 1024;
    let buf = into && into.length >= room ? into : Buffer.allocUnsafe(room);
    let length = await readFully(handle, buf, 0, end - from, from);
    let first = 0;
    if (start > 0) {
      const nl = buf.indexOf(10);
      if (nl === -1 || nl + 1 >= length) return Buffer.alloc(0);
      first = nl + 1;
    }
    // The last line started before `end`: finish it (the caller has capped the file's size, which bounds this).
    if (length === end - from && length > 0 && buf[length - 1] !== 10) {
      for (;;) {
        if (length === buf.length) buf = doubled(buf, length);
        const before = length;
        length += await readFully(handle, buf, length, buf.length - length, from + length);
        const nl = buf.indexOf(10, before);
        if (nl !== -1 && nl < length) {
          length = nl + 1;
          break;
        }
        if (length - before < 1) break; // end of file
      }
    }
    return buf.subarray(first, length);
  } finally {
    await handle.close();
  }
}

/** Read up to `length` bytes at `position` into `buf` at `offset`; fewer only at the end of the file. */
async function readFully(handle: Awaited<ReturnType<typeof open>>, buf: Buffer, offset: number, length: number, position: number): Promise<number> {
  let read = 0;
  while (read < length) {
    const { bytesRead } = await handle.read(buf, offset + read, length - read, position + read);
    if (bytesRead === 0) break;
    read += bytesRead;
  }
  return read;
}

/** First bytes of a file, for content sniffing (format auto-detection). */
export async function readHead(path: string, bytes = 4096): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** 1-based line and column of a character offset in a text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
