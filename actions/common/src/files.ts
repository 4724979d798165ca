// Writing outputs: whole or not at all (write to a temporary name, then rename).

import { mkdir, open, rename, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Write `content` to `path` atomically. Text (one string, or pieces written one after another) is
 * encoded through one small buffer: a 40 MB SARIF log is never encoded whole, nor joined to its
 * final newline.
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

async function writePieces(handle: FileHandle, pieces: Iterable<string>): Promise<void> {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  // A high surrogate at the end of a chunk waits for its low half: written alone, each half would
  // become U+FFFD.
  let carry = '';
  for (const piece of pieces) {
    for (let start = 0; start < piece.length; ) {
      const end = Math.min(piece.length, start + CHUNK_UNITS);
      const held = isHighSurrogate(piece.charCodeAt(end - 1)) ? 1 : 0;
      const text = carry + piece.slice(start, end - held);
      carry = piece.slice(end - held, end);
      start = end;
      await writeAll(handle, buffer, buffer.write(text, 0, 'utf8'));
    }
  }
  if (carry) await writeAll(handle, buffer, buffer.write(carry, 0, 'utf8'));
}

async function writeAll(handle: FileHandle, buffer: Buffer, length: number): Promise<void> {
  for (let done = 0; done < length; ) done += (await handle.write(buffer, done, length - done)).bytesWritten;
}
