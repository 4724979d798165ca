import { describe, expect, it } from 'vitest';
import { tar, type TestEntry } from '../test/tar-writer';
import { buildArchiveModel, unsafePathReason } from './archive';
import { DEFAULT_CAPS } from './tar/lister';
import { listTarBytes } from './tar/read';

function model(entries: TestEntry[]) {
  return buildArchiveModel(listTarBytes(tar(entries), DEFAULT_CAPS, { source: 't' }).entries);
}
function rules(entries: TestEntry[]) {
  return model(entries).issues.map((i) => [i.rule, i.message]);
}
const ok = { path: 'package/package.json', data: '{}' };

describe('buildArchiveModel', () => {
  it('strips the root folder and keeps sizes, modes and shebangs', () => {
    const m = model([{ path: 'package/', type: '5' }, ok, { path: 'package/bin/x', data: '#!/bin/sh\n', mode: 0o755 }]);
    expect(m.root).toBe('package');
    expect(m.issues).toEqual([]);
    expect(m.files.map((f) => [f.path, f.size, f.mode, f.shebang])).toEqual([
      ['bin/x', 10, 0o755, '#!/bin/sh'],
      ['package.json', 2, 0o644, undefined],
    ]);
  });

  it('accepts a root other than package/ (as @types/* tarballs use)', () => {
    const m = model([{ path: 'react-dom/package.json', data: '{}' }]);
    expect(m.root).toBe('react-dom');
    expect(m.issues).toEqual([]);
  });

  const hostile: [string, TestEntry, RegExp][] = [
    ['absolute path', { path: '/etc/passwd', data: 'x' }, /is absolute/],
    ['dot-dot segment', { path: 'package/../../evil.js', data: 'x' }, /'\.\.' segment/],
    ['dot segment', { path: 'package/./a.js', data: 'x' }, /'\.' segment/],
    ['empty segment', { path: 'package//a.js', data: 'x' }, /empty segment/],
    ['backslash', { path: 'package\\..\\evil.js', data: 'x' }, /backslash/],
    ['drive letter', { path: 'C:package/evil.js', data: 'x' }, /drive letter/],
    ['control character', { path: 'package/a\u001b[31m.js', data: 'x', pax: { path: 'package/a\u001b[31m.js' } }, /control character/],
    ['newline', { path: 'package/a\nb.js', data: 'x', pax: { path: 'package/a\nb.js' } }, /control character/],
    ['NUL inside a PAX path', { path: 'package/a', data: 'x', pax: { path: Buffer.from('package/a\0b') } }, /control character/],
    ['invalid UTF-8', { path: Buffer.from([0x70, 0x2f, 0xff, 0xfe, 0x2e, 0x6a, 0x73]), data: 'x' }, /not valid UTF-8/],
  ];
  for (const [name, entry, re] of hostile) {
    it(`rejects ${name}`, () => {
      const issues = model([ok, entry]).issues;
      expect(issues).toHaveLength(1);
      expect(issues[0]!.rule).toBe('tarball/unsafe-path');
      expect(issues[0]!.message).toMatch(re);
      // The message never carries raw control characters.
      expect(issues[0]!.message).not.toMatch(/[\u0000-\u001f]/);
    });
  }

  it('rejects symbolic and hard links (npm drops them on install)', () => {
    expect(rules([ok, { path: 'package/l', type: '2', linkPath: '/etc/passwd' }])).toEqual([['tarball/link-entry', expect.stringMatching(/symbolic link to "\/etc\/passwd"/)]]);
    expect(rules([ok, { path: 'package/h', type: '1', linkPath: 'package/package.json' }])).toEqual([['tarball/link-entry', expect.stringMatching(/hard link/)]]);
  });

  it('rejects devices, FIFOs and unknown entry types', () => {
    expect(rules([ok, { path: 'package/c', type: '3' }, { path: 'package/b', type: '4' }, { path: 'package/f', type: '6' }, { path: 'package/s', type: 'S', data: 'x' }]).map((r) => r[0])).toEqual([
      'tarball/special-entry',
      'tarball/special-entry',
      'tarball/special-entry',
      'tarball/special-entry',
    ]);
  });

  it('rejects setuid, setgid, sticky and world-writable modes', () => {
    const r = rules([ok, { path: 'package/u', data: 'x', mode: 0o4755 }, { path: 'package/g', data: 'x', mode: 0o2755 }, { path: 'package/w', data: 'x', mode: 0o666 }, { path: 'package/d/', type: '5', mode: 0o777 }, { path: 'package/t', data: 'x', mode: 0o1644 }]);
    expect(r.map((x) => x[1])).toEqual([
      expect.stringMatching(/4755 \(setuid\)/),
      expect.stringMatching(/2755 \(setgid\)/),
      expect.stringMatching(/0666 \(world-writable\)/),
      expect.stringMatching(/0777 \(world-writable\)/),
      expect.stringMatching(/1644 \(sticky\)/),
    ]);
  });

  it('rejects duplicate paths, case, Unicode-normalisation and ß/ss collisions, and file/folder clashes', () => {
    const r = rules([
      ok,
      { path: 'package/a.js', data: '1' },
      { path: 'package/a.js', data: '2' },
      { path: 'package/README.md', data: 'x' },
      { path: 'package/readme.md', data: 'x' },
      { path: 'package/caf\u00e9.js', data: 'x', pax: { path: 'package/caf\u00e9.js' } },
      { path: 'package/cafe\u0301.js', data: 'x', pax: { path: 'package/cafe\u0301.js' } },
      { path: 'package/stra\u00dfe.js', data: 'x', pax: { path: 'package/stra\u00dfe.js' } },
      { path: 'package/strasse.js', data: 'x' },
      { path: 'package/lib', data: 'x' },
      { path: 'package/lib/index.js', data: 'x' },
    ]);
    expect(r.every((x) => x[0] === 'tarball/path-collision')).toBe(true);
    expect(r.map((x) => x[1])).toEqual([
      expect.stringMatching(/"a.js" appears more than once/),
      expect.stringMatching(/"readme.md" and "README.md" differ only in case/),
      expect.stringMatching(/normalisation \(NFC\)/),
      expect.stringMatching(/"strasse.js" and "straße.js" differ only in case/),
      expect.stringMatching(/"lib" is both a file and the folder of "lib\/index.js"/),
    ]);
    // Repeated folder entries are harmless.
    expect(rules([ok, { path: 'package/d/', type: '5' }, { path: 'package/d/', type: '5' }])).toEqual([]);
  });

  it('rejects a second root folder and files outside any root folder', () => {
    expect(rules([ok, { path: 'other/x.js', data: 'x' }])).toEqual([['tarball/root-folder', expect.stringMatching(/outside the root folder "package"/)]]);
    expect(rules([ok, { path: 'loose.js', data: 'x' }])).toEqual([['tarball/root-folder', expect.stringMatching(/not inside a root folder/)]]);
  });

  it('unsafePathReason accepts ordinary paths', () => {
    expect(unsafePathReason('package/dist/index.js', true)).toBeUndefined();
    expect(unsafePathReason('package/dir/', true)).toBeUndefined();
    expect(unsafePathReason('package/a..b.js', true)).toBeUndefined();
  });
});
