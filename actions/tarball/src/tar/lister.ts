// A push-based, listing-only tar reader: feed it decompressed bytes, it records one entry per header and
// skips file data without copying it. It never writes anything to disk. Hard caps stop it early on
// hostile archives (huge declared sizes, endless meta headers, paths thousands of levels deep).

import { InputError } from '../../../common/src/errors';
import { formatBytes } from '../../../common/src/numbers';
import { BLOCK, isZeroBlock, parseHeader, parsePax, paxNumber } from './header';

export type EntryType =
  | 'file'
  | 'directory'
  | 'hardlink'
  | 'symlink'
  | 'char-device'
  | 'block-device'
  | 'fifo'
  | 'unsupported';

export interface RawEntry {
  /** Position in the archive (0-based, meta headers not counted). */
  index: number;
  /** The stored path, decoded as UTF-8 (lossy when `validUtf8` is false). */
  path: string;
  validUtf8: boolean;
  type: EntryType;
  /** The typeflag character as stored, for messages about unsupported types. */
  typeflag: string;
  mode: number;
  size: number;
  linkPath?: string;
  /** First line of a regular file that starts with `#!` (at most SHEBANG_BYTES). */
  shebang?: string;
}

export interface ReaderCaps {
  maxEntries: number;
  maxTotalBytes: number;
  maxFileBytes: number;
  maxPathBytes: number;
  maxDepth: number;
  maxPaxBytes: number;
}

export const DEFAULT_CAPS: ReaderCaps & { maxRatio: number } = {
  maxEntries: 100_000,
  maxTotalBytes: 2 * 1024 ** 3,
  maxFileBytes: 1024 ** 3,
  maxPathBytes: 4096,
  maxDepth: 64,
  maxPaxBytes: 1024 * 1024,
  maxRatio: 1000,
};

export interface CaptureRequest {
  /** Bytes to keep of this file's contents (0: none). Called once per regular file. */
  (path: string, size: number): number;
}

export interface ListerOptions {
  caps: ReaderCaps;
  /** Name used in error messages. */
  source: string;
  capture?: CaptureRequest;
  /** Byte strings to look for in regular files' contents (a second pass for `imports` references). */
  needles?: readonly Buffer[];
}

const SHEBANG_BYTES = 256;
/** Meta headers (PAX, GNU long names) in a row before a real entry; more is a loop or an attack. */
const MAX_META_RUN = 8;

const TYPES: Record<string, EntryType> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '1': 'hardlink',
  '2': 'symlink',
  '3': 'char-device',
  '4': 'block-device',
  '5': 'directory',
  '6': 'fifo',
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodePath(bytes: Buffer): { text: string; valid: boolean } {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return { text: bytes.toString('latin1'), valid: true };
  try {
    return { text: utf8.decode(bytes), valid: true };
  } catch {
    return { text: bytes.toString('utf8'), valid: false };
  }
}

function noNul(bytes: Buffer): Buffer {
  const nul = bytes.indexOf(0);
  return nul === -1 ? bytes : bytes.subarray(0, nul);
}

interface MetaState {
  path?: Buffer;
  linkPath?: Buffer;
  size?: number;
}

type Pending =
  | { kind: 'meta'; type: string; buf: Buffer; fill: number }
  | { kind: 'entry'; entry: RawEntry; capture: Buffer | undefined; captureFill: number; head: number };

export class TarLister {
  readonly entries: RawEntry[] = [];
  /** Contents kept for paths the capture callback asked for (possibly cut at the requested size). */
  readonly contents = new Map<number, { data: Buffer; truncated: boolean }>();
  /** Entry indexes whose contents contained each needle (same order as `needles`). */
  readonly needleHits: Set<number>[];
  totalBytes = 0;
  private done = false;
  private zeroBlocks = 0;
  private header = Buffer.alloc(BLOCK);
  private headerFill = 0;
  /** Data bytes (including padding) still to consume for the current entry. */
  private remaining = 0;
  /** Of those, the real data bytes. */
  private dataLeft = 0;
  private pending: Pending | undefined;
  private local: MetaState = {};
  private global: MetaState = {};
  private metaRun = 0;
  private headersSeen = 0;
  private readonly shebangBuf = Buffer.alloc(SHEBANG_BYTES);
  private readonly needleTails: Buffer[] = [];
  private readonly maxNeedle: number;

  constructor(private readonly options: ListerOptions) {
    this.needleHits = (options.needles ?? []).map(() => new Set<number>());
    this.maxNeedle = Math.max(0, ...(options.needles ?? []).map((n) => n.length));
  }

  get finished(): boolean {
    return this.done;
  }

  private fail(message: string): never {
    throw new InputError(`${message} (header #${this.headersSeen})`, this.options.source);
  }

  /** Consume decompressed bytes. Returns false once the end-of-archive marker was seen. */
  push(chunk: Buffer): boolean {
    let off = 0;
    while (off < chunk.length && !this.done) {
      if (this.remaining > 0) {
        const n = Math.min(this.remaining, chunk.length - off);
        const dataBytes = Math.min(n, this.dataLeft);
        if (dataBytes > 0 && this.pending) this.onData(chunk, off, dataBytes);
        this.dataLeft -= dataBytes;
        this.remaining -= n;
        off += n;
        if (this.remaining === 0) this.closeEntry();
        continue;
      }
      let block: Buffer;
      if (this.headerFill === 0 && chunk.length - off >= BLOCK) {
        block = chunk.subarray(off, off + BLOCK);
        off += BLOCK;
      } else {
        const n = Math.min(BLOCK - this.headerFill, chunk.length - off);
        chunk.copy(this.header, this.headerFill, off, off + n);
        this.headerFill += n;
        off += n;
        if (this.headerFill < BLOCK) break;
        this.headerFill = 0;
        block = this.header;
      }
      this.onBlock(block);
    }
    return !this.done;
  }

  /** Called after the last byte: an archive must end cleanly, with its end-of-archive marker. */
  finish(): void {
    if (this.done) return;
    if (this.remaining > 0 || this.headerFill > 0) this.fail('archive is truncated in the middle of an entry');
    if (this.pending?.kind === 'meta' || this.metaRun > 0) this.fail('archive ends after a PAX/long-name header with no entry');
    // A single zero block before EOF is accepted (some writers stop there); none at all means truncation.
    if (this.zeroBlocks === 0) this.fail('archive ends without the end-of-archive marker (truncated?)');
    this.done = true;
  }

  private onBlock(block: Buffer): void {
    if (isZeroBlock(block)) {
      if (this.metaRun > 0) this.fail('a PAX/long-name header is followed by the end of the archive');
      this.zeroBlocks++;
      if (this.zeroBlocks >= 2) this.done = true;
      return;
    }
    if (this.zeroBlocks > 0) this.fail('an entry follows a zero block (corrupt archive)');
    this.headersSeen++;
    const h = parseHeader(block, this.options.source);
    const { caps } = this.options;
    if (h.type === 'x' || h.type === 'g' || h.type === 'L' || h.type === 'K') {
      if (++this.metaRun > MAX_META_RUN) this.fail(`more than ${MAX_META_RUN} PAX/long-name headers in a row`);
      if (h.size > caps.maxPaxBytes) {
        this.fail(`a ${h.type === 'x' || h.type === 'g' ? 'PAX' : 'GNU long-name'} header of ${formatBytes(h.size)} is over the ${formatBytes(caps.maxPaxBytes)} cap`);
      }
      this.pending = { kind: 'meta', type: h.type, buf: Buffer.alloc(h.size), fill: 0 };
      this.startData(h.size);
      return;
    }
    this.metaRun = 0;
    if (this.entries.length >= caps.maxEntries) this.fail(`archive has more than ${caps.maxEntries} entries (cap-entries)`);
    const type = TYPES[h.type] ?? 'unsupported';
    const meta = { ...this.global, ...this.local };
    this.local = {};
    let pathBytes: Buffer;
    if (meta.path) pathBytes = meta.path;
    else if (h.prefix && h.prefix.length) pathBytes = Buffer.concat([h.prefix, Buffer.from('/'), h.name]);
    else pathBytes = h.name;
    if (pathBytes.length > caps.maxPathBytes) this.fail(`an entry path of ${pathBytes.length} bytes is over the ${caps.maxPathBytes}-byte cap (cap-path-bytes)`);
    const decoded = decodePath(pathBytes);
    let depth = 1;
    for (let i = 0; i < decoded.text.length; i++) if (decoded.text.charCodeAt(i) === 47) depth++;
    if (depth > caps.maxDepth + 1) this.fail(`an entry path is ${depth} levels deep, over the ${caps.maxDepth}-level cap (cap-depth)`);
    // Link, device, FIFO and directory entries carry no data whatever their size field says (POSIX).
    const carriesData = type === 'file' || type === 'unsupported';
    const size = meta.size ?? h.size;
    const entry: RawEntry = {
      index: this.entries.length,
      path: decoded.text,
      validUtf8: decoded.valid,
      type,
      typeflag: h.type,
      mode: h.mode & 0o7777,
      size: carriesData ? size : 0,
    };
    if (type === 'hardlink' || type === 'symlink') {
      const link = decodePath(meta.linkPath ?? h.linkName);
      entry.linkPath = link.text;
    }
    this.entries.push(entry);
    if (!carriesData) return;
    if (size > caps.maxFileBytes) this.fail(`${JSON.stringify(decoded.text.slice(0, 200))} declares ${formatBytes(size)}, over the ${formatBytes(caps.maxFileBytes)} per-file cap (cap-file-bytes)`);
    this.totalBytes += size;
    if (this.totalBytes > caps.maxTotalBytes) this.fail(`archive unpacks to more than ${formatBytes(caps.maxTotalBytes)} (cap-unpacked-bytes)`);
    const want = type === 'file' && this.options.capture ? Math.min(this.options.capture(decoded.text, size), size) : 0;
    this.pending = { kind: 'entry', entry, capture: want > 0 ? Buffer.alloc(want) : undefined, captureFill: 0, head: 0 };
    this.needleTails.length = 0;
    this.startData(size);
  }

  private startData(size: number): void {
    this.dataLeft = size;
    this.remaining = Math.ceil(size / BLOCK) * BLOCK;
    if (this.remaining === 0) this.closeEntry();
  }

  private onData(chunk: Buffer, off: number, n: number): void {
    const p = this.pending!;
    if (p.kind === 'meta') {
      chunk.copy(p.buf, p.fill, off, off + n);
      p.fill += n;
      return;
    }
    if (p.entry.type !== 'file') return;
    if (p.head < SHEBANG_BYTES) {
      const k = Math.min(SHEBANG_BYTES - p.head, n);
      chunk.copy(this.shebangBuf, p.head, off, off + k);
      p.head += k;
    }
    if (p.capture && p.captureFill < p.capture.length) {
      const k = Math.min(p.capture.length - p.captureFill, n);
      chunk.copy(p.capture, p.captureFill, off, off + k);
      p.captureFill += k;
    }
    if (this.maxNeedle) this.scanNeedles(p.entry.index, chunk.subarray(off, off + n));
  }

  private scanNeedles(index: number, data: Buffer): void {
    const needles = this.options.needles!;
    for (let i = 0; i < needles.length; i++) {
      const hits = this.needleHits[i]!;
      if (hits.has(index)) continue;
      const needle = needles[i]!;
      // Carry the tail of the previous chunk so a needle split across chunks is still found.
      const tail = this.needleTails[i];
      const hay = tail ? Buffer.concat([tail, data.subarray(0, needle.length - 1)]) : undefined;
      if ((hay && hay.indexOf(needle) !== -1) || data.indexOf(needle) !== -1) hits.add(index);
      this.needleTails[i] = Buffer.from(data.subarray(Math.max(0, data.length - (needle.length - 1))));
    }
  }

  private closeEntry(): void {
    const p = this.pending;
    this.pending = undefined;
    if (!p) return;
    if (p.kind === 'meta') {
      this.applyMeta(p.type, p.buf);
      return;
    }
    if (p.entry.type === 'file' && p.head >= 2 && this.shebangBuf[0] === 0x23 && this.shebangBuf[1] === 0x21) {
      const nl = this.shebangBuf.subarray(0, p.head).indexOf(0x0a);
      const line = this.shebangBuf.toString('utf8', 0, nl === -1 ? p.head : nl);
      p.entry.shebang = line.endsWith('\r') ? line.slice(0, -1) : line;
    }
    if (p.capture) this.contents.set(p.entry.index, { data: p.capture, truncated: p.capture.length < p.entry.size });
  }

  private applyMeta(type: string, body: Buffer): void {
    const where = this.options.source;
    if (type === 'L') {
      this.local.path = noNul(body);
      return;
    }
    if (type === 'K') {
      this.local.linkPath = noNul(body);
      return;
    }
    const target = type === 'g' ? this.global : this.local;
    for (const [key, value] of parsePax(body, where)) {
      if (key === 'path') target.path = value;
      else if (key === 'linkpath') target.linkPath = value;
      else if (key === 'size') target.size = paxNumber(value, key, where);
    }
  }
}
