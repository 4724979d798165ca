// One 512-byte tar header block: ustar, GNU and old v7 layouts. Numbers are octal text or GNU base-256;
// anything we cannot read exactly is an InputError, never a guess, because a misread size desynchronises
// every entry that follows.

import { InputError } from '../../../common/src/errors';

export const BLOCK = 512;

export interface RawHeader {
  name: Buffer;
  prefix: Buffer | undefined;
  linkName: Buffer;
  mode: number;
  size: number;
  /** Single typeflag character; '\0' (old-style regular file) is kept as is. */
  type: string;
}

/** True for an all-zero block (end-of-archive marker). */
export function isZeroBlock(block: Buffer): boolean {
  for (let i = 0; i < BLOCK; i += 8) {
    if (block.readBigUInt64LE(i) !== 0n) return false;
  }
  return true;
}

/** The bytes of a NUL-terminated field. */
function cString(block: Buffer, start: number, length: number): Buffer {
  const end = block.indexOf(0, start);
  return block.subarray(start, end === -1 || end > start + length ? start + length : end);
}

/** Octal text (leading spaces, ended by NUL or space) or GNU base-256 (high bit of the first byte set). */
export function parseNumber(block: Buffer, start: number, length: number, field: string, where: string): number {
  const first = block[start]!;
  if (first & 0x80) {
    // Negative base-256 values (0xff...) have no meaning for sizes or modes.
    if (first === 0xff) throw new InputError(`tar header ${field} is a negative base-256 number`, where);
    let value = first & 0x7f;
    for (let i = start + 1; i < start + length; i++) {
      value = value * 256 + block[i]!;
      if (value > Number.MAX_SAFE_INTEGER) throw new InputError(`tar header ${field} is too large`, where);
    }
    return value;
  }
  let i = start;
  const end = start + length;
  while (i < end && block[i] === 0x20) i++;
  let value = 0;
  let digits = 0;
  for (; i < end; i++) {
    const c = block[i]!;
    if (c === 0 || c === 0x20) break;
    if (c < 0x30 || c > 0x37) throw new InputError(`tar header ${field} is not an octal number`, where);
    value = value * 8 + (c - 0x30);
    digits++;
  }
  // Whatever follows the terminator must be padding, or the field was not a number at all.
  for (; i < end; i++) {
    const c = block[i]!;
    if (c !== 0 && c !== 0x20) throw new InputError(`tar header ${field} is not an octal number`, where);
  }
  return digits ? value : 0;
}

function checksumMatches(block: Buffer, stored: number): boolean {
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : block[i]!;
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  // Old writers summed signed chars; POSIX says unsigned. Accept either, as GNU tar does.
  return stored === unsigned || stored === signed;
}

export function parseHeader(block: Buffer, where: string): RawHeader {
  const stored = parseNumber(block, 148, 8, 'checksum', where);
  if (!checksumMatches(block, stored)) throw new InputError('tar header checksum mismatch (corrupt or not a tar archive)', where);
  const magic = block.toString('latin1', 257, 263);
  // Only POSIX ustar uses bytes 345..500 as a path prefix; GNU keeps times there.
  const isUstar = magic === 'ustar\0';
  const typeByte = block[156]!;
  return {
    name: cString(block, 0, 100),
    prefix: isUstar ? cString(block, 345, 155) : undefined,
    linkName: cString(block, 157, 100),
    mode: parseNumber(block, 100, 8, 'mode', where),
    size: parseNumber(block, 124, 12, 'size', where),
    type: String.fromCharCode(typeByte),
  };
}

/** Parse a PAX extended header body: `<len> <key>=<value>\n` records. Values stay bytes (UTF-8 is checked later). */
export function parsePax(body: Buffer, where: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let pos = 0;
  while (pos < body.length) {
    // Trailing NUL padding after the last record is tolerated.
    if (body[pos] === 0) {
      for (let i = pos; i < body.length; i++) if (body[i] !== 0) throw new InputError('PAX header has data after NUL padding', where);
      break;
    }
    const space = body.indexOf(0x20, pos);
    if (space === -1 || space - pos > 20) throw new InputError('PAX record has no length', where);
    const lenText = body.toString('latin1', pos, space);
    if (!/^[0-9]+$/.test(lenText)) throw new InputError(`PAX record length ${JSON.stringify(lenText)} is not a number`, where);
    const len = Number(lenText);
    const end = pos + len;
    if (len <= space - pos + 1 || end > body.length || body[end - 1] !== 0x0a) {
      throw new InputError('PAX record length does not match its contents', where);
    }
    const eq = body.indexOf(0x3d, space + 1);
    if (eq === -1 || eq >= end - 1) throw new InputError('PAX record has no key=value', where);
    out.set(body.toString('utf8', space + 1, eq), body.subarray(eq + 1, end - 1));
    pos = end;
  }
  return out;
}

/** PAX `size` is decimal text; anything else (or a value over 2^53) is unreadable. */
export function paxNumber(value: Buffer, key: string, where: string): number {
  const text = value.toString('latin1');
  if (!/^[0-9]{1,16}$/.test(text) || Number(text) > Number.MAX_SAFE_INTEGER) {
    throw new InputError(`PAX ${key} ${JSON.stringify(text.slice(0, 40))} is not a valid number`, where);
  }
  return Number(text);
}
