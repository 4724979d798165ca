
// Coverage gate inputs at the edges: baselines that cannot be one, reports outside the workspace or
// over the size cap, a base that cannot be diffed, a workspace below the repository root.

import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, InputError } from '../../common/src/errors';
import { expectRejected, gitRepo, makeTestContext } from '../../common/src/testing';
import { parseBaseline } from './collect';
import gate from './gate';
import type { CoverageOptions } from './options';

function options(extra: Partial<CoverageOptions> = {}): CoverageOptions {
  return { report: ['coverage/lcov.info'], 'report-format': 'auto', baseline: '', base: '', 'path-prefixes': [], 'source-roots': [], strict: false, 'max-bytes': 1e9, ...extra };
}

const SOURCE = 'a\nb\nc\nd\n';
const LCOV = 'SF:src/a.ts\nDA:1,1\nDA:2,1\nDA:3,1\nDA:4,0\nend_of_record\n';

const repo = (files: Record<string, string>) => gitRepo(files, 'cov-edge-').dir;

describe('parseBaseline', () => {
  it('refuses text that is not JSON, naming the file', () => {
    expect(() => parseBaseline('{"gate": ', 'base.json')).toThrow(InputError);
    expect(() => parseBaseline('{"gate": ', 'base.json')).toThrow(/^baseline is not valid JSON: /);
  });

  it('refuses a result without totals (a run that ended in error), quoting its status', () => {
    const err = (() => {
      try {
        parseBaseline(JSON.stringify({ schemaVersion: 1, gate: 'coverage', status: 'error', metrics: {} }), 'prev.json');
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect(err!.message).toBe('baseline has no metrics.total (its status was "error"; a run that ended in error cannot be a baseline)');
    expect(err!.file).toBe('prev.json');
  });

  it('refuses impossible counts and keeps only well-formed per-file entries', () => {
    const doc = (total: unknown, perFile?: unknown) => JSON.stringify({ schemaVersion: 1, gate: 'coverage', status: 'pass', metrics: { total, perFile } });
    expect(() => parseBaseline(doc({ lines: { covered: 5, total: 4 } }), 'b.json')).toThrow('baseline metrics.total.lines must be {covered, total} with 0 <= covered <= total');
    expect(() => parseBaseline(doc({ branches: { covered: 1.5, total: 4 } }), 'b.json')).toThrow(/metrics\.total\.branches/);
    const b = parseBaseline(doc({ lines: { covered: 3, total: 4 } }, { 'a.ts': [3, 4], 'b.ts': ['x', 1], 'c.ts': [1] }), 'b.json');
    expect(b.total).toEqual({ lines: { covered: 3, total: 4 } });
    expect([...b.perFile!]).toEqual([['a.ts', { covered: 3, total: 4 }]]);
  });
});

describe('coverage gate: options and inputs at the edges', () => {
  it('max-drop without a baseline is a configuration error on the baseline option', async () => {
    const dir = repo({ 'src/a.ts': SOURCE, 'coverage/lcov.info': LCOV });
    const err = await expectRejected(Error, gate.run(options({ 'max-drop': 1 }), makeTestContext({ workspace: dir })));
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toBe('max-drop needs a baseline (a previous coverage result file)');
    expect((err as ConfigurationError).option).toBe('baseline');
  });

  it('a report pattern that climbs out, or a report that is a link leading out, is refused', async () => {
    const dir = repo({ 'src/a.ts': SOURCE });
    const climbs = await expectRejected(Error, gate.run(options({ report: ['../elsewhere/lcov.info'] }), makeTestContext({ workspace: dir })));
    expect(climbs).toBeInstanceOf(ConfigurationError);
    expect(climbs.message).toBe('pattern "../elsewhere/lcov.info" climbs out of the workspace with \'..\'');
    const elsewhere = mkdtempSync(join(tmpdir(), 'cov-edge-outside-'));
    writeFileSync(join(elsewhere, 'lcov.info'), LCOV);
    mkdirSync(join(dir, 'coverage'));
    symlinkSync(join(elsewhere, 'lcov.info'), join(dir, 'coverage', 'lcov.info'));
    const link = await expectRejected(Error, gate.run(options(), makeTestContext({ workspace: dir })));
    expect(link).toBeInstanceOf(ConfigurationError);
    expect(link.message).toBe('report coverage/lcov.info resolves outside the workspace');
    expect((link as ConfigurationError).option).toBe('report');
  });

  it('a report over max-bytes is an input error naming it and the cap', async () => {
    const dir = repo({ 'src/a.ts': SOURCE, 'coverage/lcov.info': LCOV });
    const err = await expectRejected(Error, gate.run(options({ 'max-bytes': 16 }), makeTestContext({ workspace: dir })));
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).file).toBe('coverage/lcov.info');
    expect(err.message).toMatch(/^report is \d+ B, over the 16 B cap \(raise it with max-bytes if this is expected\)$/);
  });

  it('a base from the event that this clone cannot diff is a skip (no min-patch asked), with the reason', async () => {
    const dir = repo({ 'src/a.ts': SOURCE, 'coverage/lcov.info': LCOV });
    const ctx = makeTestContext({ workspace: dir, event: { name: 'pull_request', base: '0123456789abcdef0123456789abcdef01234567', baseSource: 'pull_request' } });
    const report = await gate.run(options({ 'min-lines': 50 }), ctx);
    expect(report.decision).toBe('pass');
    expect(report.metrics.patchSkipped).toMatch(/^cannot diff against the base 0123456789abcdef0123456789abcdef01234567: /);
    expect(report.metrics.patch).toBeNull();
  });

  it('notes unknown lcov records it skipped, at the report line', async () => {
    const dir = repo({ 'src/a.ts': SOURCE, 'coverage/lcov.info': 'SF:src/a.ts\nDA:1,1\nXYZ:9\nend_of_record\n' });
    const report = await gate.run(options(), makeTestContext({ workspace: dir }));
    const note = report.findings.find((f) => f.ruleId === 'coverage/ignored-records');
    expect(note).toEqual({
      ruleId: 'coverage/ignored-records',
      severity: 'note',
      message: 'coverage/lcov.info: skipped 1 unknown lcov record XYZ (first at line 3); set strict: true to make this an error.',
      file: 'coverage/lcov.info',
      line: 3,
    });
  });

  it('says when a baseline has no per-file counts instead of showing an empty file table', async () => {
    const dir = repo({
      'src/a.ts': SOURCE,
      'coverage/lcov.info': LCOV,
      'prev.json': JSON.stringify({ schemaVersion: 1, gate: 'coverage', status: 'pass', metrics: { total: { lines: { covered: 2, total: 4 } } } }),
    });
    const report = await gate.run(options({ baseline: 'prev.json', 'max-drop': 0 }), makeTestContext({ workspace: dir }));
    expect(report.decision).toBe('pass'); // 50% → 75% is a rise
    const section = report.sections!.find((s) => s.title === 'Against the baseline')!;
    expect(section.body).toContain('Compared with `prev.json`; max-drop 0 points.');
    expect(section.body).toContain('The baseline has no per-file counts, so file deltas are not shown.');
  });

  it('source-roots are relative to the working directory, also below the repository root', async () => {
    const dir = repo({ 'app/src/main/java/com/acme/A.java': SOURCE, 'README.md': 'x\n' });
    writeFileSync(join(dir, 'app', 'lcov.info'), 'SF:com/acme/A.java\nDA:1,1\nDA:2,0\nend_of_record\n');
    const report = await gate.run(options({ report: ['lcov.info'], 'source-roots': ['./src/main/java'] }), makeTestContext({ workspace: join(dir, 'app') }));
    expect(report.metrics.total).toMatchObject({ lines: { covered: 1, total: 2 } });
    expect(report.metrics.files).toBe(1);
    expect(report.findings.some((f) => f.ruleId === 'coverage/unmatched-files')).toBe(false);
  });
});
