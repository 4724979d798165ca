import { describe, expect, it } from 'vitest';
import { COVERED, MISSED } from '../model';
import { readFixture, reportTotals } from './testing';

describe('Go coverprofile reader', () => {
  it('reads blocks: statements are native, every line of a block is coverable', async () => {
    const profile = 'mode: count\ngithub.com/acme/tool/pkg/a.go:3.20,5.2 2 7\ngithub.com/acme/tool/pkg/a.go:7.10,9.3 1 0\n';
    const report = await readFixture('coverage.out', profile);
    expect(report.format).toBe('go');
    const file = report.files.get('github.com/acme/tool/pkg/a.go')!;
    expect(file.lineState(4)).toBe(COVERED);
    expect(file.lineState(8)).toBe(MISSED);
    expect(reportTotals(report)).toMatchObject({ lines: { covered: 3, total: 6 }, statements: { covered: 2, total: 3 } });
  });

  it('merges identical blocks (concatenated profiles), repeated mode lines included', async () => {
    const profile = 'mode: set\nm/a.go:1.1,2.2 3 0\nmode: set\nm/a.go:1.1,2.2 3 1\nm/a.go:4.1,4.9 1 0\n';
    const t = reportTotals(await readFixture('coverage.out', profile));
    expect(t.statements).toEqual({ covered: 3, total: 4 });
    expect(t.lines).toEqual({ covered: 2, total: 3 });
  });

  it('rejects identical blocks with different statement counts, mixed modes, negative counts and garbage', async () => {
    await expect(readFixture('c.out', 'mode: set\nm/a.go:1.1,2.2 3 0\nm/a.go:1.1,2.2 4 1\n')).rejects.toMatchObject({ line: 3, message: expect.stringMatching(/different sources/) });
    await expect(readFixture('c.out', 'mode: set\nm/a.go:1.1,2.2 3 0\nmode: count\n')).rejects.toMatchObject({ line: 3 });
    await expect(readFixture('c.out', 'mode: count\nm/a.go:1.1,2.2 3 -1\n')).rejects.toMatchObject({ line: 2, message: expect.stringMatching(/negative/) });
    await expect(readFixture('c.out', 'mode: count\nnot a block\n', { format: 'go' })).rejects.toMatchObject({ line: 2 });
  });
});
