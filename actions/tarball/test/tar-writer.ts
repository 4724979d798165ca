// A tiny tar writer for tests: builds archives, including hostile ones no real packer would write
// (bad paths, links, devices, huge declared sizes, PAX and GNU long names, base-256 numbers).

import { gzipSync } from 'node:zlib';

export interface TestEntry {
  path: string | Buffer;
  /** File contents (regular files). */
  data?: string | Buffer;
  /** Typeflag; default '0'. */
  type?: string;
  mode?: number;
  linkPath?: string;
  /** Declared size, overriding data length (for lies about size). */
  size?: number;
  /** Write the size in GNU base-256. */
  base256Size?: boolean;
  /** Extra PAX records written in an 'x' header before this entry. */
  pax?: Record<string, string | Buffer>;
  /** Put the path in a GNU 'L' header (and the link in 'K'). */
  gnuLongName?: boolean;
  /** Split a long path into ustar prefix + name. */
  usePrefix?: boolean;
  /** Magic: 'ustar' (POSIX, default), 'gnu', or 'v7' (none). */
  format?: 'ustar' | 'gnu' | 'v7';
}

const BLOCK = 512;

function writeOctal(block: Buffer, value: number, start: number, length: number): void {
  const text = value.toString(8).padStart(length - 1, '0');
  block.write(text + '\0', start, length, 'latin1');
}

function writeBase256(block: Buffer, value: number, start: number, length: number): void {
  let v = value;
  for (let i = start + length - 1; i > start; i--) {
    block[i] = v % 256;
    v = Math.floor(v / 256);
  }
  block[start] = 0x80;
}

export function header(fields: {
  name: Buffer;
  prefix?: Buffer;
  mode: number;
  size: number;
  type: string;
  linkName?: Buffer;
  base256Size?: boolean;
  format?: 'ustar' | 'gnu' | 'v7';
}): Buffer {
  const b = Buffer.alloc(BLOCK);
  fields.name.copy(b, 0, 0, Math.min(100, fields.name.length));
  writeOctal(b, fields.mode, 100, 8);
  writeOctal(b, 0, 108, 8);
  writeOctal(b, 0, 116, 8);
  if (fields.base256Size) writeBase256(b, fields.size, 124, 12);
  else writeOctal(b, fields.size, 124, 12);
  writeOctal(b, 499162500, 136, 12);
  b.write(fields.type, 156, 1, 'latin1');
  fields.linkName?.copy(b, 157, 0, Math.min(100, fields.linkName.length));
  const format = fields.format ?? 'ustar';
  if (format === 'ustar') b.write('ustar\x0000', 257, 8, 'latin1');
  if (format === 'gnu') b.write('ustar  \x00', 257, 8, 'latin1');
  fields.prefix?.copy(b, 345, 0, Math.min(155, fields.prefix.length));
  b.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of b) sum += byte;
  b.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
  return b;
}

function pad(data: Buffer): Buffer {
  const rest = data.length % BLOCK;
  return rest ? Buffer.concat([data, Buffer.alloc(BLOCK - rest)]) : data;
}

function paxBody(records: Record<string, string | Buffer>): Buffer {
  const parts: Buffer[] = [];
  for (const [key, raw] of Object.entries(records)) {
    const value = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    const rest = Buffer.concat([Buffer.from(` ${key}=`), value, Buffer.from('\n')]);
    let len = rest.length + 1;
    while (String(len).length + rest.length !== len) len = String(len).length + rest.length;
    parts.push(Buffer.concat([Buffer.from(String(len)), rest]));
  }
  return Buffer.concat(parts);
}

export function tar(entries: readonly TestEntry[], options: { end?: boolean } = {}): Buffer {
  const out: Buffer[] = [];
  for (const e of entries) {
    const path = typeof e.path === 'string' ? Buffer.from(e.path, 'utf8') : e.path;
    const data = e.data === undefined ? Buffer.alloc(0) : typeof e.data === 'string' ? Buffer.from(e.data) : e.data;
    const type = e.type ?? '0';
    const size = e.size ?? data.length;
    if (e.pax) {
      const body = paxBody(e.pax);
      out.push(header({ name: Buffer.from('PaxHeader'), mode: 0o644, size: body.length, type: 'x' }), pad(body));
    }
    let name = path;
    let prefix: Buffer | undefined;
    if (e.gnuLongName) {
      const body = Buffer.concat([path, Buffer.from([0])]);
      out.push(header({ name: Buffer.from('././@LongLink'), mode: 0o644, size: body.length, type: 'L', format: 'gnu' }), pad(body));
      if (e.linkPath) {
        const link = Buffer.concat([Buffer.from(e.linkPath), Buffer.from([0])]);
        out.push(header({ name: Buffer.from('././@LongLink'), mode: 0o644, size: link.length, type: 'K', format: 'gnu' }), pad(link));
      }
      name = path.subarray(0, 100);
    } else if (e.usePrefix) {
      const cut = path.lastIndexOf(0x2f, 155);
      prefix = path.subarray(0, cut);
      name = path.subarray(cut + 1);
    }
    out.push(
      header({
        name,
        prefix,
        mode: e.mode ?? (type === '5' ? 0o755 : 0o644),
        size,
        type,
        linkName: e.linkPath ? Buffer.from(e.linkPath) : undefined,
        base256Size: e.base256Size,
        format: e.gnuLongName ? 'gnu' : e.format,
      }),
    );
    if (data.length) out.push(pad(data));
  }
  if (options.end !== false) out.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(out);
}

export function tgz(entries: readonly TestEntry[], options: { end?: boolean } = {}): Buffer {
  return gzipSync(tar(entries, options));
}

/** A package archive: `package/` + each path, package.json from `manifest`. */
export function packageTgz(manifest: Record<string, unknown> | string, files: Record<string, string | TestEntry> = {}): Buffer {
  const entries: TestEntry[] = [
    { path: 'package/package.json', data: typeof manifest === 'string' ? manifest : JSON.stringify(manifest, null, 2) },
  ];
  for (const [path, value] of Object.entries(files)) {
    entries.push(typeof value === 'string' ? { path: `package/${path}`, data: value } : { ...value, path: `package/${path}` });
  }
  return tgz(entries);
}
