// Byte-level line streaming for the hot readers: the callback gets the Buffer and the line's bounds,
// so a reader decodes only the fields it needs (forEachLine decodes every line into a string).

import { closeSync, openSync, readSync } from 'node:fs';
import { InputError } from '../../../common/src/errors';
import { checkFileSize, utf8BomLength, type SizeCheckWording } from '../../../common/src/readers';

const CHUNK = 4 * 1024 * 1024;
const MAX_LINE = 64 * 1024 * 1024;

export type LineCallback = (buf: Buffer, start: number, end: number, lineNumber: number) => void;

const REPORT_WORDING: SizeCheckWording = {
  missing: 'report file not found',
  subject: 'report',
  hint: 'raise it with max-bytes if this is expected',
};

export function checkReportSize(path: string, displayName: string, maxBytes: number): Promise<number> {
  return checkFileSize(path, displayName, maxBytes, REPORT_WORDING);
}

export interface StreamOptions {
  /** Message when one unfinished unit (a line, an XML construct) outgrows 64 MiB. */
  tooLong?: string;
  /** Sees the first bytes (at least 3, or the whole file) before any is consumed; throws to refuse the file. */
  checkHead?: (head: Buffer) => void;
}

/**
 * Feed a file to `consume` in chunks: it gets the buffer, the unread range and whether this is the
 * end, and returns how far it got; the rest (an unfinished line) is carried into the next read.
 * A leading UTF-8 BOM is skipped.
 */
export async function streamChunks(
  path: string,
  displayName: string,
  maxBytes: number,
  consume: (buf: Buffer, start: number, end: number, eof: boolean) => number,
  chunk = CHUNK,
  options: StreamOptions = {},
): Promise<void> {
  await checkReportSize(path, displayName, maxBytes);
  const fd = openSync(path, 'r');
  let buf = Buffer.allocUnsafe(chunk * 2);
  let filled = 0;
  let first = true;
  try {
    for (;;) {
      if (filled === buf.length) {
        if (buf.length >= MAX_LINE) throw new InputError(options.tooLong ?? 'a single line is over 64 MiB', displayName);
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
      // Synchronous reads: nothing else runs meanwhile, and the thread pool's hand-offs cost more than they save.
      const bytesRead = readSync(fd, buf, filled, Math.min(chunk, buf.length - filled), null);
      const eof = bytesRead === 0;
      filled += bytesRead;
      let start = 0;
      if (first) {
        if (filled < 3 && !eof) continue;
        first = false;
        options.checkHead?.(buf.subarray(0, filled));
        start = utf8BomLength(buf, filled);
      }
      const stop = consume(buf, start, filled, eof);
      if (eof) return;
      if (stop > 0) {
        buf.copy(buf, 0, stop, filled);
        filled -= stop;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** Calls `onLine` for every line (`\n` or `\r\n`; a leading UTF-8 BOM is skipped). Returns the line count. */
export async function streamLines(
  path: string,
  displayName: string,
  maxBytes: number,
  onLine: LineCallback,
  chunk = CHUNK,
): Promise<number> {
  let lineNumber = 0;
  await streamChunks(
    path,
    displayName,
    maxBytes,
    (buf, start, filled, eof) => {
      // A plain byte loop: lines are short, and a native indexOf call per line costs more than it scans.
      for (let i = start; i < filled; i++) {
        if (buf[i] !== 10) continue;
        const end = i > start && buf[i - 1] === 13 ? i - 1 : i;
        onLine(buf, start, end, ++lineNumber);
        start = i + 1;
      }
      if (eof && start < filled) {
        const end = buf[filled - 1] === 13 ? filled - 1 : filled;
        onLine(buf, start, end, ++lineNumber);
        start = filled;
      }
      return start;
    },
    chunk,
  );
  return lineNumber;
}
