// Byte-level line streaming for the hot readers: the callback gets the Buffer and the line's bounds,
// so a reader decodes only the fields it needs (forEachLine decodes every line into a string).

import { open, stat } from 'node:fs/promises';
import { InputError } from '../../../common/src/errors';
import { formatBytes } from '../../../common/src/numbers';

const CHUNK = 4 * 1024 * 1024;
const MAX_LINE = 64 * 1024 * 1024;

export type LineCallback = (buf: Buffer, start: number, end: number, lineNumber: number) => void;

export async function checkReportSize(path: string, displayName: string, maxBytes: number): Promise<number> {
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new InputError('not a regular file', displayName);
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'report file not found' : `cannot read: ${(err as Error).message}`, displayName);
  }
  if (size > maxBytes) {
    throw new InputError(`report is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} cap (raise it with max-bytes if this is expected)`, displayName);
  }
  return size;
}

/** Calls `onLine` for every line (`\n` or `\r\n`; a leading UTF-8 BOM is skipped). Returns the line count. */
export async function streamLines(
  path: string,
  displayName: string,
  maxBytes: number,
  onLine: LineCallback,
  chunk = CHUNK,
): Promise<number> {
  await checkReportSize(path, displayName, maxBytes);
  const handle = await open(path, 'r');
  let buf = Buffer.allocUnsafe(chunk * 2);
  let filled = 0;
  let lineNumber = 0;
  let first = true;
  try {
    for (;;) {
      if (filled === buf.length) {
        if (buf.length >= MAX_LINE) throw new InputError('a single line is over 64 MiB', displayName, lineNumber + 1);
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
      const { bytesRead } = await handle.read(buf, filled, Math.min(chunk, buf.length - filled), null);
      const eof = bytesRead === 0;
      filled += bytesRead;
      let start = 0;
      if (first && filled >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
      if (filled >= 3 || eof) first = false;
      let nl: number;
      while ((nl = buf.indexOf(10, start)) !== -1 && nl < filled) {
        const end = nl > start && buf[nl - 1] === 13 ? nl - 1 : nl;
        onLine(buf, start, end, ++lineNumber);
        start = nl + 1;
      }
      if (eof) {
        if (start < filled) {
          const end = buf[filled - 1] === 13 ? filled - 1 : filled;
          onLine(buf, start, end, ++lineNumber);
        }
        return lineNumber;
      }
      // Keep the unfinished last line for the next read.
      if (start > 0) {
        buf.copy(buf, 0, start, filled);
        filled -= start;
      }
    }
  } finally {
    await handle.close();
  }
}
