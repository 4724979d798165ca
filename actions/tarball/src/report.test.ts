import { describe, expect, it } from 'vitest';
import type { PackedFile } from './archive';
import { buildReport, fileTree } from './report';

const file = (path: string, size: number, mode = 0o644): PackedFile => ({ path, size, mode, index: 0 });

describe('fileTree', () => {
  it('shows folders with counts and sizes, the largest files first cut, executables marked', () => {
    const files = [file('package.json', 100), file('bin/cli', 20, 0o755), ...Array.from({ length: 30 }, (_, i) => file(`dist/f${String(i).padStart(2, '0')}.js`, 1000 + i))];
    const tree = fileTree(files, 400, 25);
    expect(tree).toContain('bin/  (1 files, 20 B)');
    expect(tree).toContain('  cli  20 B  (x)');
    expect(tree).toContain('dist/  (30 files, 29.7 KiB)');
    expect(tree).toContain('  … 5 more files');
    expect(tree).not.toContain('f00.js'); // the smallest are the ones left out
    expect(tree).toContain('f29.js');
  });
  it('cuts long trees and never lets a name close the code fence', () => {
    const many = Array.from({ length: 50 }, (_, i) => file(`d${i}/x.js`, 1));
    const tree = fileTree([...many, file('```evil', 1)], 10);
    expect(tree).toContain('tree cut at 10 lines (51 files in all)');
    expect(tree.match(/```/g)).toHaveLength(2);
  });
});

describe('buildReport', () => {
  it('an unreadable tarball gets an error section and summary', () => {
    const r = buildReport([{ label: 'x.tgz', tarball: '/t/x.tgz', error: 'not a gzip file', findings: [{ ruleId: 'tarball/unreadable', severity: 'error', message: 'not a gzip file', file: 'x.tgz' }] }], []);
    expect(r.summary).toBe('x.tgz: could not be read: not a gzip file');
    expect(r.sections?.map((s) => s.title)).toEqual(['could not be read']);
    expect(r.outputs).toEqual({ tarball: '/t/x.tgz' });
  });
});
