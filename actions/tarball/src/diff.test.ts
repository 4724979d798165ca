import { describe, expect, it } from 'vitest';
import type { PackedFile } from './archive';
import { diffSnapshots, exportKeys, registryMismatch, type Snapshot } from './diff';

const f = (path: string, size = 10, mode = 0o644): PackedFile => ({ path, size, mode, index: 0 });
const snap = (version: string, files: PackedFile[], exported: string[], keys: string[]): Snapshot => ({
  version,
  files,
  packedBytes: files.length * 5,
  unpackedBytes: files.reduce((n, x) => n + x.size, 0),
  exported: new Set(exported),
  exportKeys: keys,
});

describe('diffSnapshots', () => {
  const prev = snap('1.0.0', [f('package.json'), f('dist/a.js'), f('dist/b.js'), f('bin/cli', 5, 0o755), f('docs/old.md')], ['dist/a.js', 'dist/b.js', 'bin/cli'], ['.', './b']);
  const cur = snap('1.1.0', [f('package.json', 12), f('dist/a.js'), f('bin/cli', 5, 0o644), f('dist/new.js', 40)], ['dist/a.js', 'bin/cli'], ['.']);

  it('lists added/removed files, size changes, lost +x, removed exports', () => {
    const d = diffSnapshots(prev, cur, 'fail');
    expect(d.added.map((x) => x.path)).toEqual(['dist/new.js']);
    expect(d.removed.map((x) => x.path)).toEqual(['dist/b.js', 'docs/old.md']);
    expect(d.changed).toEqual([{ path: 'package.json', before: 10, after: 12 }]);
    expect(d.lostExecutable).toEqual(['bin/cli']);
    expect(d.removedExports).toEqual(['dist/b.js']);
    expect(d.removedExportKeys).toEqual(['./b']);
    expect([d.fileCountDelta, d.unpackedDelta, d.packedDelta]).toEqual([-1, 77 - 55, -5]);
    expect(d.issues.map((i) => `${i.severity} ${i.rule}`)).toEqual(['error tarball/removed-export', 'error tarball/removed-export', 'warning tarball/lost-executable', 'note tarball/diff']);
  });
  it('removed exports only warn with removed-exports: warn', () => {
    expect(diffSnapshots(prev, cur, 'warn').issues.filter((i) => i.rule === 'tarball/removed-export').every((i) => i.severity === 'warning')).toBe(true);
  });
  it('exportKeys', () => {
    expect(exportKeys(undefined)).toEqual([]);
    expect(exportKeys('./x.js')).toEqual(['.']);
    expect(exportKeys({ import: './x.mjs' })).toEqual(['.']);
    expect(exportKeys({ '.': './x.js', './y': './y.js' })).toEqual(['.', './y']);
    expect(exportKeys({ '.': './x.js', './internal/*': null })).toEqual(['.']);
  });
});

describe('registryMismatch', () => {
  it('compares the packument dist numbers with the tarball', () => {
    expect(registryMismatch({ fileCount: 3, unpackedSize: 100 }, 3, 100)).toEqual([]);
    expect(registryMismatch(undefined, 3, 100)).toEqual([]);
    expect(registryMismatch({ fileCount: 2, unpackedSize: 90 }, 3, 100)).toEqual(['fileCount 2 vs 3 files', 'unpackedSize 90 vs 100 bytes']);
  });
});
