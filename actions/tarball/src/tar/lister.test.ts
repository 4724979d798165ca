import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../common/src/errors';
import { header, tar, tgz } from '../../test/tar-writer';
import { DEFAULT_CAPS, TarLister, type ReaderCaps } from './lister';
import { listTarBytes, readTarball } from './read';

const caps: ReaderCaps = { ...DEFAULT_CAPS };
const list = (bytes: Buffer, c: Partial<ReaderCaps> = {}) => listTarBytes(bytes, { ...caps, ...c }, { source: 't.tar' });

function tempFile(name: string, data: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-tar-'));
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

describe('TarLister', () => {
  it('lists ustar entries with sizes, modes and types', () => {
    const l = list(
      tar([
        { path: 'package/', type: '5' },
        { path: 'package/a.js', data: 'x'.repeat(700), mode: 0o755 },
        { path: 'package/b.txt', data: '', type: '\0' },
      ]),
    );
    expect(l.entries.map((e) => [e.path, e.type, e.size, e.mode])).toEqual([
      ['package/', 'directory', 0, 0o755],
      ['package/a.js', 'file', 700, 0o755],
      ['package/b.txt', 'file', 0, 0o644],
    ]);
    expect(l.totalBytes).toBe(700);
  });

  it('joins the ustar prefix and name, and ignores the prefix field in GNU headers', () => {
    const long = `package/${'d'.repeat(90)}/${'e'.repeat(60)}/file.js`;
    const l = list(tar([{ path: long, data: 'y', usePrefix: true }]));
    expect(l.entries[0]!.path).toBe(long);
  });

  it('reads GNU long names (L) and long link names (K)', () => {
    const long = `package/${'n'.repeat(150)}.js`;
    const link = `package/${'t'.repeat(130)}`;
    const l = list(tar([{ path: long, data: 'z', gnuLongName: true }, { path: `${long}2`, type: '2', linkPath: link, gnuLongName: true }]));
    expect(l.entries[0]!.path).toBe(long);
    expect(l.entries[1]!).toMatchObject({ path: `${long}2`, type: 'symlink', linkPath: link });
  });

  it('applies PAX path, linkpath and size, and global headers to later entries', () => {
    const l = list(
      tar([
        { path: 'package/short', data: 'abc', pax: { path: 'package/é-unicode-path.js' } },
        { path: 'package/l', type: '1', linkPath: 'x', pax: { linkpath: 'package/real-target' } },
      ]),
    );
    expect(l.entries[0]!.path).toBe('package/é-unicode-path.js');
    expect(l.entries[1]!.linkPath).toBe('package/real-target');
    // A PAX size overrides the header's size: the data that follows must be skipped by that amount.
    const body = Buffer.from('9 size=5\n');
    const bytes = Buffer.concat([
      header({ name: Buffer.from('PaxHeader'), mode: 0o644, size: body.length, type: 'x' }),
      Buffer.concat([body, Buffer.alloc(512 - body.length)]),
      header({ name: Buffer.from('package/a'), mode: 0o644, size: 0, type: '0' }),
      Buffer.concat([Buffer.from('hello'), Buffer.alloc(507)]),
      tar([{ path: 'package/b', data: 'b' }]),
    ]);
    const l2 = list(bytes);
    expect(l2.entries.map((e) => [e.path, e.size])).toEqual([
      ['package/a', 5],
      ['package/b', 1],
    ]);
  });

  it('reads base-256 sizes and refuses negative ones', () => {
    const l = list(tar([{ path: 'package/big', data: 'q'.repeat(1000), base256Size: true }]));
    expect(l.entries[0]!.size).toBe(1000);
    const neg = header({ name: Buffer.from('package/x'), mode: 0o644, size: 0, type: '0' });
    neg.fill(0xff, 124, 136);
    // Recompute the checksum so only the size is wrong.
    neg.fill(0x20, 148, 156);
    let sum = 0;
    for (const b of neg) sum += b;
    neg.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
    expect(() => list(Buffer.concat([neg, Buffer.alloc(1024)]))).toThrow(/negative base-256/);
  });

  it('reads old v7 headers and NUL typeflags (pnpm)', () => {
    const l = list(tar([{ path: 'package/v7.js', data: 'v', format: 'v7', type: '\0' }]));
    expect(l.entries[0]).toMatchObject({ path: 'package/v7.js', type: 'file', size: 1 });
  });

  it('keeps the shebang line of files that start with #!', () => {
    const l = list(tar([{ path: 'package/bin/cli', data: '#!/usr/bin/env node\r\nconsole.log(1)\n' }, { path: 'package/x.js', data: '// no' }]));
    expect(l.entries[0]!.shebang).toBe('#!/usr/bin/env node');
    expect(l.entries[1]!.shebang).toBeUndefined();
  });

  it('captures only what the caller asks for, cut at the requested size', () => {
    const lister = listTarBytes(tar([{ path: 'package/package.json', data: '{"name":"x"}' }, { path: 'package/other', data: 'zzz' }]), caps, {
      source: 't',
      capture: (p) => (p.endsWith('package.json') ? 5 : 0),
    });
    expect([...lister.contents.entries()].map(([i, c]) => [i, c.data.toString(), c.truncated])).toEqual([[0, '{"nam', true]]);
  });

  it('finds needles even across chunk boundaries', () => {
    const data = Buffer.from('aaaa#dep/xbbbb');
    const bytes = tar([{ path: 'package/a.js', data }, { path: 'package/b.js', data: 'nothing' }]);
    for (const split of [512 + 3, 512 + 6, 512 + 8]) {
      const lister = new TarLister({ caps, source: 't', needles: [Buffer.from('#dep/')] });
      lister.push(bytes.subarray(0, split));
      lister.push(bytes.subarray(split));
      lister.finish();
      expect([...lister.needleHits[0]!]).toEqual([0]);
    }
  });

  it('accepts any chunking of the same archive', () => {
    const bytes = tar([
      { path: 'package/a', data: 'x'.repeat(1500), pax: { path: 'package/pax-a' } },
      { path: `package/${'l'.repeat(120)}`, data: 'y', gnuLongName: true },
    ]);
    const whole = list(bytes).entries;
    for (const size of [1, 7, 511, 512, 513, 1000]) {
      const lister = new TarLister({ caps, source: 't' });
      for (let i = 0; i < bytes.length; i += size) lister.push(bytes.subarray(i, i + size));
      lister.finish();
      expect(lister.entries).toEqual(whole);
    }
  });
});

describe('TarLister refuses what it cannot read exactly', () => {
  const err = (fn: () => unknown, re: RegExp) => {
    let thrown: unknown;
    try {
      fn();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as Error).message).toMatch(re);
  };
  it('bad checksum', () => {
    const bytes = tar([{ path: 'package/a', data: 'x' }]);
    bytes[0] = 0x41;
    err(() => list(bytes), /checksum/);
  });
  it('truncated data, missing end marker, meta header at the end', () => {
    const bytes = tar([{ path: 'package/a', data: 'x'.repeat(2000) }], { end: false });
    err(() => list(bytes.subarray(0, 1500)), /truncated/);
    err(() => list(bytes), /end-of-archive/);
    const meta = tar([{ path: 'package/a', data: 'x', pax: { path: 'p/q' } }], { end: false }).subarray(0, 1024);
    err(() => list(meta), /PAX/);
  });
  it('non-octal numbers', () => {
    const h = header({ name: Buffer.from('package/a'), mode: 0o644, size: 0, type: '0' });
    h.write('9', 124, 'latin1');
    h.fill(0x20, 148, 156);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
    err(() => list(Buffer.concat([h, Buffer.alloc(1024)])), /octal/);
  });
  it('malformed PAX records', () => {
    const bad = (body: string) => {
      const b = Buffer.from(body);
      return Buffer.concat([
        header({ name: Buffer.from('PaxHeader'), mode: 0o644, size: b.length, type: 'x' }),
        Buffer.concat([b, Buffer.alloc(512 - b.length)]),
        tar([{ path: 'package/a', data: 'a' }]),
      ]);
    };
    err(() => list(bad('99 path=x\n')), /PAX record length/);
    err(() => list(bad('abc path=x\n')), /PAX record/);
    err(() => list(bad('9 pathxy\n')), /key=value/);
    err(() => list(bad('15 size=-12345\n')), /PAX size/);
  });
  it('caps: entries, per-file and total bytes, path bytes, depth, PAX size, meta runs', () => {
    const three = tar([{ path: 'package/a' }, { path: 'package/b' }, { path: 'package/c' }]);
    err(() => list(three, { maxEntries: 2 }), /more than 2 entries/);
    // The declared size alone stops the reader: no data is needed to trip the cap.
    const huge = Buffer.concat([header({ name: Buffer.from('package/big'), mode: 0o644, size: 2 ** 40, type: '0', base256Size: true })]);
    err(() => list(huge), /per-file cap/);
    err(() => list(tar([{ path: 'package/a', data: 'x'.repeat(600) }, { path: 'package/b', data: 'y'.repeat(600) }]), { maxTotalBytes: 1000 }), /unpacks to more than/);
    err(() => list(tar([{ path: `package/${'p'.repeat(300)}`, data: 'x', pax: { path: `package/${'p'.repeat(300)}` } }]), { maxPathBytes: 200 }), /cap-path-bytes/);
    err(() => list(tar([{ path: 'package/' + 'd/'.repeat(20) + 'f', data: 'x', pax: { path: 'package/' + 'd/'.repeat(20) + 'f' } }]), { maxDepth: 10 }), /cap-depth/);
    err(() => list(tar([{ path: 'package/a', data: 'x', pax: { comment: 'c'.repeat(5000) } }]), { maxPaxBytes: 1000 }), /PAX header/);
    const run = Buffer.concat(Array.from({ length: 10 }, () => tar([{ path: 'x', pax: { comment: 'c' } }], { end: false }).subarray(0, 1024)));
    err(() => list(run), /in a row/);
  });
});

describe('readTarball', () => {
  it('lists a .tgz', async () => {
    const path = tempFile('a.tgz', tgz([{ path: 'package/package.json', data: '{}' }]));
    const l = await readTarball(path, DEFAULT_CAPS, { source: 'a.tgz' });
    expect(l.entries.map((e) => e.path)).toEqual(['package/package.json']);
    expect(l.packedBytes).toBeGreaterThan(0);
  });
  it('stops a gzip bomb early on the compression ratio', async () => {
    // 64 MiB of zeros inside one file compresses ~1000:1; a cap of 100 stops long before the end.
    const bomb = gzipSync(tar([{ path: 'package/zeros', data: Buffer.alloc(64 * 1024 * 1024) }]), { level: 9 });
    const path = tempFile('bomb.tgz', bomb);
    await expect(readTarball(path, { ...DEFAULT_CAPS, maxRatio: 100 }, { source: 'bomb.tgz' })).rejects.toThrow(/cap-ratio/);
  });
  it('refuses non-gzip, corrupt gzip, empty and missing files as InputError', async () => {
    await expect(readTarball(tempFile('x.tgz', tar([{ path: 'package/a' }])), DEFAULT_CAPS, { source: 'x' })).rejects.toThrow(/not a gzip/);
    const gz = tgz([{ path: 'package/a', data: 'x'.repeat(5000) }]);
    await expect(readTarball(tempFile('c.tgz', gz.subarray(0, gz.length - 20)), DEFAULT_CAPS, { source: 'c' })).rejects.toBeInstanceOf(InputError);
    await expect(readTarball(tempFile('e.tgz', Buffer.alloc(0)), DEFAULT_CAPS, { source: 'e' })).rejects.toBeInstanceOf(InputError);
    await expect(readTarball('/nonexistent/x.tgz', DEFAULT_CAPS, { source: 'n' })).rejects.toThrow(/cannot read tarball/);
  });
});
