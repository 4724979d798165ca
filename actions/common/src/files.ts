// Writing outputs: whole or not at all (write to a temporary name, then rename).

import { mkdir, open, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Write `content` to `path` atomically. Text (one string, or pieces written one after another) is
 * encoded through two 4 MiB buffers, one written while the other is filled: a 40 MB SARIF log is
 * never encoded whole, nor joined to its final newline.
 */
export async function writeFileAtomic(path: string, content: string | Buffer | Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    if (Buffer.isBuffer(content)) {
      await writeFile(tmp, content);
    } else {
      const handle = await open(tmp, 'w');
      try {
        await writePieces(handle, typeof content === 'string' ? [content] : content);
      } finally {
        await handle.close();
      }
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

const CHUNK_BYTES = 4 << 20;
/** UTF-16 units per chunk: each takes at most 3 bytes in UTF-8, and one unit may be carried over. */
const CHUNK_UNITS = Math.floor(CHUNK_BYTES / 3) - 1;

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/**
 * Pieces are packed into one 4 MiB buffer, written when the next piece would not fit, while the
 * following pieces are packed into a second: a write per piece (a 40 MB SARIF log comes in ~400)
 * left the main thread idle for each write's round trip through the thread pool (~80 ms a log).
 */
async function writePieces(handle: FileHandle, pieces: Iterable<string>): Promise<void> {
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let other = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  let writing: Promise<void> = Promise.resolve();
  // Start writing the packed bytes once the previous write (of the other buffer, packed next) is done.
  const flush = async () => {
    await writing;
    writing = writeAll(handle, buffer, used);
    // Seen now, so a failing write is not an unhandled rejection while packing goes on; awaited later.
    writing.catch(() => undefined);
    [buffer, other] = [other, buffer];
    used = 0;
  };
  const pack = async (text: string) => {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (used + text.length * 3 > CHUNK_BYTES) await flush();
    used += buffer.write(text, used, 'utf8');
  };
  // A high surrogate at the end of a chunk waits for its low half: written alone, each half would
  // become U+FFFD.
  let carry = '';
  try {
    for (const piece of pieces) {
      for (let start = 0; start < piece.length; ) {
        const end = Math.min(piece.length, start + CHUNK_UNITS);
        const held = isHighSurrogate(piece.charCodeAt(end - 1)) ? 1 : 0;
        const text = carry + piece.slice(start, end - held);
        carry = piece.slice(end - held, end);
        start = end;
        await pack(text);
      }
    }
    if (carry) await pack(carry);
    if (used > 0) await flush();
    await writing;
  } catch (error) {
    await writing.catch(() => undefined);
    throw error;
  }
}

async function writeAll(handle: FileHandle, buffer: Buffer, length: number): Promise<void> {
  for (let done = 0; done < length; ) done += (await handle.write(buffer, done, length - done)).bytesWritten;
}
