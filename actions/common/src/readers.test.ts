import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from './errors';
import { forEachLine, lineColumnAt, readCapped, readHead, readLineRange, readTextCapped, withSizedReads } from './readers';
import { expectRejected } from './testing';

const dir = mkdtempSync(join(tmpdir(), 'rg-readers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let serial = 0;
function file(content: string | Buffer): string {
  const path = join(dir, `f${serial++}`);
  writeFileSync(path, content);
  return path;
}

async function collect(path: string, maxBytes?: number): Promise<{ lines: string[]; numbers: number[]; count: number }> {
  const lines: string[] = [];
  const numbers: number[] = [];
  const count = await forEachLine(path, (line, n) => {
    lines.push(line);
    numbers.push(n);
  }, maxBytes);
  return { lines, numbers, count };
}

/** What a line reader must return: split on \n, drop one \r before it, no phantom line after a final newline. */
function reference(text: string): string[] {
  if (text === '') return [];
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts.map((l) => l.replace(/\r$/, ''));
}

const MiB = 1024 * 1024;

describe('size caps', () => {
  it('readCapped refuses a file over the cap, naming the file and the cap', async () => {
    const path = file('x'.repeat(2048));
    const err = await expectRejected(InputError, readCapped(path, 1024, 'reports/lcov.info'));
    expect(err.file).toBe('reports/lcov.info');
    expect(err.message).toContain('2.0 KiB');
    expect(err.message).toContain('1.0 KiB cap');
    expect((await readCapped(path, 2048)).length).toBe(2048);
  });

  it('readTextCapped and forEachLine apply the same cap', async () => {
    const path = file('line\n'.repeat(100));
    const a = await expectRejected(InputError, readTextCapped(path, 499));
    expect(a.file).toBe(path);
    expect(a.message).toContain('499 B cap');
    const b = await expectRejected(InputError, forEachLine(path, () => undefined, 10, 'shown-name'));
    expect(b.file).toBe('shown-name');
    expect(b.message).toMatch(/500 B, over the 10 B cap/);
  });

  it('missing files and folders are InputErrors naming them', async () => {
    expect((await expectRejected(InputError, readCapped(join(dir, 'missing'), 10, 'missing.xml'))).message).toBe('file not found');
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    const err = await expectRejected(InputError, readTextCapped(folder));
    expect(err.message).toBe('not a regular file');
    expect(err.file).toBe(folder);
    expect((await expectRejected(InputError, forEachLine(folder, () => undefined))).message).toBe('not a regular file');
  });
});

describe('readTextCapped', () => {
  it('detects and strips a UTF-8 byte-order mark', async () => {
    const withBom = await readTextCapped(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":"é"}')])));
    expect(withBom).toEqual({ text: '{"a":"é"}', hadBom: true });
    expect(await readTextCapped(file('{"a":1}'))).toEqual({ text: '{"a":1}', hadBom: false });
    expect(await readTextCapped(file(''))).toEqual({ text: '', hadBom: false });
  });
});

describe('forEachLine', () => {
  it('reads \\n and \\r\\n endings, numbering from 1', async () => {
    const r = await collect(file('a\r\nb\nc\r\n'));
    expect(r).toEqual({ lines: ['a', 'b', 'c'], numbers: [1, 2, 3], count: 3 });
  });

  it('returns a last line without a trailing newline', async () => {
    expect((await collect(file('a\nlast'))).lines).toEqual(['a', 'last']);
    expect((await collect(file('only\r'))).lines).toEqual(['only']);
  });

  it('keeps empty lines and a lone carriage return inside a line', async () => {
    expect((await collect(file('\n\na\rb\n\r\n'))).lines).toEqual(['', '', 'a\rb', '']);
  });

  it('reads an empty file as no lines', async () => {
    expect(await collect(file(''))).toEqual({ lines: [], numbers: [], count: 0 });
  });

  it('drops a leading byte-order mark', async () => {
    const r = await collect(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('TN:\nSF:a.ts\n')])));
    expect(r.lines).toEqual(['TN:', 'SF:a.ts']);
  });

  it('handles lines crossing 1 MiB read chunks: \\r\\n split, multi-byte split, a line longer than a chunk', async () => {
    const parts: Buffer[] = [];
    let size = 0;
    const push = (s: string | Buffer) => {
      const b = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
      parts.push(b);
      size += b.length;
    };
    // Fill to just before the first chunk edge, then put \r as the last byte of chunk 1 and \n first in chunk 2.
    let i = 0;
    while (size < MiB - 200) push(`line ${i++} ${'x'.repeat(i % 97)}\n`);
    push('y'.repeat(MiB - 1 - size));
    push('\r\n');
    // A 3-byte character straddling the 2 MiB edge.
    while (size < 2 * MiB - 300) push(`line ${i++} ${'é'.repeat(i % 50)}\r\n`);
    push('z'.repeat(2 * MiB - 1 - size));
    push('日本\n');
    // One line over a chunk long, crossing two edges.
    push('L'.repeat(MiB + 12345) + '\n');
    for (let k = 0; k < 1000; k++) push(`tail ${k}\n`);
    push('no newline at the end');
    const content = Buffer.concat(parts);
    const text = content.toString('utf8');
    const r = await collect(file(content));
    const want = reference(text);
    expect(r.count).toBe(want.length);
    expect(r.lines.length).toBe(want.length);
    for (let n = 0; n < want.length; n++) if (r.lines[n] !== want[n]) expect([n, r.lines[n]]).toEqual([n, want[n]]);
    expect(r.numbers[r.numbers.length - 1]).toBe(want.length);
    expect(r.lines).toContain('L'.repeat(MiB + 12345));
    expect(r.lines[r.lines.length - 1]).toBe('no newline at the end');
  });

  it('property: agrees with a reference split for random content', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('\n', '\r\n', '\r', '')), { maxLength: 40 }), async (pieces) => {
        const text = pieces.join('');
        fc.pre(!text.startsWith('\uFEFF'));
        expect((await collect(file(text))).lines).toEqual(reference(text));
      }),
      { numRuns: 100 },
    );
  });
});

describe('readHead and lineColumnAt', () => {
  it('reads at most the first bytes', async () => {
    const path = file('0123456789');
    expect((await readHead(path, 4)).toString()).toBe('0123');
    expect((await readHead(path)).toString()).toBe('0123456789');
  });

  it('maps offsets to 1-based line and column', () => {
    const text = 'ab\ncd\n\nef';
    expect(lineColumnAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt(text, 2)).toEqual({ line: 1, column: 3 });
    expect(lineColumnAt(text, 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumnAt(text, 6)).toEqual({ line: 3, column: 1 });
    expect(lineColumnAt(text, 8)).toEqual({ line: 4, column: 2 });
  });
});

describe('readLineRange', () => {
  /** The lines starting in [start, end), cut by hand from the whole file. */
  function expected(bytes: Buffer, start: number, end: number): Buffer {
    const lineStarts: number[] = [0];
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10 && i + 1 < bytes.length) lineStarts.push(i + 1);
    const inRange = lineStarts.filter((s) => s >= start && s < end);
    if (!inRange.length) return Buffer.alloc(0);
    const last = inRange[inRange.length - 1]!;
    const nl = bytes.indexOf(10, last);
    return bytes.subarray(inRange[0], nl === -1 ? bytes.length : nl + 1);
  }

  it('takes the lines that start in the range, finishing the last one past the end', async () => {
    const path = file('aa\nbbbb\ncc\n');
    expect((await readLineRange(path, 0, 1)).toString()).toBe('aa\n');
    expect((await readLineRange(path, 1, 4)).toString()).toBe('bbbb\n');
    // A line starting exactly at `start` is in; one starting exactly at `end` is not.
    expect((await readLineRange(path, 3, 8)).toString()).toBe('bbbb\n');
    expect((await readLineRange(path, 3, 9)).toString()).toBe('bbbb\ncc\n');
    expect((await readLineRange(path, 4, 8)).toString()).toBe('');
    expect((await readLineRange(path, 11, 100)).toString()).toBe('');
  });

  it('keeps a last line without a newline, and reads a line far longer than the range', async () => {
    const long = 'x'.repeat(200_000);
    const path = file(`a\n${long}\nb`);
    expect((await readLineRange(path, 0, 3)).toString()).toBe(`a\n${long}\n`);
    expect((await readLineRange(path, 3, 10)).toString()).toBe('');
    expect((await readLineRange(path, 100, 200_010)).toString()).toBe('b');
  });

  it('reads into the buffer given when the range and 64 KiB fit in it, else into a new one', async () => {
    const long = 'y'.repeat(100_000);
    const path = file(`aa\nbbbb\n${long}\n`);
    const into = Buffer.alloc(70 * 1024);
    const small = await readLineRange(path, 1, 4, into);
    expect([small.toString(), small.buffer === into.buffer]).toEqual(['bbbb\n', true]);
    // The last line runs past what the buffer holds: a larger one is used, the one given is not overrun.
    const grown = await readLineRange(path, 4, 9, into);
    expect([grown.toString(), grown.buffer === into.buffer]).toEqual([`${long}\n`, false]);
    expect((await readLineRange(path, 0, 100_000, into)).buffer === into.buffer).toBe(false);
  });

  it('property: any cuts put every line in exactly one range, whole, and each range decodes on its own', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constantFrom('\n', '\r\n', 'é', '€', '😀', '{"a":1}'), fc.string({ maxLength: 12 })), { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (pieces, rawCuts) => {
          const bytes = Buffer.from(pieces.join(''), 'utf8');
          const path = file(bytes);
          const cuts = [...new Set([0, ...rawCuts.map((c) => c % (bytes.length + 1)), bytes.length])].sort((a, b) => a - b);
          const parts: Buffer[] = [];
          for (let i = 0; i + 1 < cuts.length; i++) {
            const part = await readLineRange(path, cuts[i]!, cuts[i + 1]!);
            expect(part.equals(expected(bytes, cuts[i]!, cuts[i + 1]!))).toBe(true);
            parts.push(part);
          }
          expect(Buffer.concat(parts).equals(bytes)).toBe(true);
          expect(parts.map((p) => p.toString('utf8')).join('')).toBe(bytes.toString('utf8'));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('withSizedReads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rg-sized-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads at positions, up to the size, and fewer bytes only at the end', () => {
    const path = join(dir, 'ten.txt');
    writeFileSync(path, '0123456789');
    const got = withSizedReads(path, 100, (read, size) => {
      const buf = Buffer.alloc(8);
      const first = read(buf, 0, 4, 3);
      const tail = read(buf, 4, 4, 8);
      return { size, first, tail, text: buf.toString('latin1', 0, first + tail), past: read(buf, 0, 8, 10) };
    });
    expect(got).toEqual({ size: 10, first: 4, tail: 2, text: '345689', past: 0 });
  });

  it('gives undefined, without calling back, for a missing file, a directory or a file over the cap', () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'x'.repeat(50));
    mkdirSync(join(dir, 'sub'));
    let calls = 0;
    const use = () => ++calls;
    expect([withSizedReads(join(dir, 'none'), 100, use), withSizedReads(join(dir, 'sub'), 100, use), withSizedReads(path, 49, use)]).toEqual([undefined, undefined, undefined]);
    expect(calls).toBe(0);
    expect(withSizedReads(path, 50, use)).toBe(1);
  });
});
