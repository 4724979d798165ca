// The gate end to end through gate.run: real `npm pack` on folders the tests write, and tarballs the
// tests build (no network: the registry is pointed at a closed port where a lookup is needed).

import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../common/src/errors';
import { resolveOptions } from '../../common/src/options';
import { makeTestContext } from '../../common/src/testing';
import { packageTgz, tgz } from '../test/tar-writer';
import gate from './gate';
import type { TarballOptions } from './options';

function options(given: Record<string, string | string[] | boolean> = {}, extra: Partial<TarballOptions> = {}): TarballOptions {
  return { ...(resolveOptions(gate.options, given) as unknown as TarballOptions), ...extra };
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-tarball-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const docs = { 'README.md': '# x\n', LICENSE: 'MIT\n' };

let savedRegistry: string | undefined;
beforeAll(() => {
  // Any registry lookup fails fast and offline: the "previous" comparison must turn that into a note.
  savedRegistry = process.env.npm_config_registry;
  process.env.npm_config_registry = 'http://127.0.0.1:9/';
});
afterAll(() => {
  if (savedRegistry === undefined) delete process.env.npm_config_registry;
  else process.env.npm_config_registry = savedRegistry;
});

describe('tarball gate: packing a folder', () => {
  it('passes a clean package and reports metrics, outputs and sections', async () => {
    const manifest = { name: 'clean-pkg', version: '1.2.3', main: './dist/index.js', bin: { clean: './bin/cli.js' }, files: ['dist', 'bin'] };
    const dir = folder({ 'package.json': JSON.stringify(manifest, null, 2), 'dist/index.js': 'module.exports = 1\n', 'bin/cli.js': '#!/usr/bin/env node\n', 'src/index.ts': 'x', ...docs });
    chmodSync(join(dir, 'bin/cli.js'), 0o755);
    const report = await gate.run(options(), makeTestContext({ workspace: dir }));
    expect(report.findings).toEqual([]);
    expect(report.decision).toBe('pass');
    expect(report.summary).toMatch(/^clean-pkg@1\.2\.3: 5 files, .* 2 entry points checked; 0 errors, 0 warnings$/);
    expect(report.metrics).toMatchObject({ files: 5, entryPointsChecked: 2 });
    expect(report.outputs?.tarball).toMatch(/clean-pkg-1\.2\.3\.tgz$/);
    expect(report.sections?.map((s) => s.title)).toEqual(['budgets', 'entry points (2 checked)', 'files in the tarball (5, 207 B)']);
    expect(report.sections?.[2]?.body).toContain('cli.js  20 B  (x)');
  });

  it('tells "not packed" from "never built" and points at the package.json line of the key', async () => {
    const text = '{\n  "name": "broken-pkg",\n  "version": "1.0.0",\n  "main": "./dist/index.js",\n  "exports": {\n    ".": "./dist/index.js",\n    "./utils": "./src/utils.js"\n  },\n  "files": ["dist"]\n}\n';
    const dir = folder({ 'package.json': text, 'src/utils.js': 'x', ...docs });
    const report = await gate.run(options(), makeTestContext({ workspace: dir }));
    expect(report.decision).toBe('fail');
    const missing = report.findings.filter((f) => f.ruleId === 'tarball/missing-entry-point');
    expect(missing.map((f) => [f.file, f.line, f.column])).toEqual([
      ['package.json', 4, 3],
      ['package.json', 6, 5],
      ['package.json', 7, 5],
    ]);
    expect(missing[0]!.message).toMatch(/^main → \.\/dist\/index\.js .* never built/);
    expect(missing[2]!.message).toMatch(/^exports\["\.\/utils"\] → \.\/src\/utils\.js is not in the tarball: it exists in the package folder but is not packed/);
  });

  it('finds forbidden files, budgets and published-dirs in what npm actually packs', async () => {
    const dir = folder({ 'package.json': JSON.stringify({ name: 'leaky', version: '1.0.0' }), 'index.js': 'x', '.env.local': 'TOKEN=1', 'test/a.test.js': 'x', 'src/a.ts': 'x', 'index.js.map': '{}', ...docs });
    const report = await gate.run(options({ 'published-dirs': 'dist', 'max-files': '3' }), makeTestContext({ workspace: dir }));
    const rules = report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.file}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'error tarball/forbidden-file .env.local',
        'error tarball/forbidden-file test/a.test.js',
        'warning tarball/forbidden-file index.js.map',
        'error tarball/budget package.json',
        'error tarball/outside-published-dirs src/a.ts',
      ]),
    );
  });

  it('runs lifecycle scripts as npm does (stdout noise and all), unless ignore-scripts', async () => {
    const manifest = { name: 'scripted', version: '1.0.0', main: 'dist/index.js', scripts: { prepack: 'node build.cjs && echo "[build] {not json}"' } };
    const build = "require('fs').mkdirSync('dist',{recursive:true});require('fs').writeFileSync('dist/index.js','x')";
    const dir = folder({ 'package.json': JSON.stringify(manifest), 'build.cjs': build, ...docs });
    const built = await gate.run(options(), makeTestContext({ workspace: dir }));
    expect(built.findings.filter((f) => f.ruleId === 'tarball/missing-entry-point')).toEqual([]);
    const dir2 = folder({ 'package.json': JSON.stringify(manifest), 'build.cjs': build, ...docs });
    const skipped = await gate.run(options({ 'ignore-scripts': true }), makeTestContext({ workspace: dir2 }));
    expect(skipped.findings.find((f) => f.ruleId === 'tarball/missing-entry-point')?.message).toMatch(/never built/);
  });

  it('a private package is an error finding; a failing npm pack is status error via InputError', async () => {
    const dir = folder({ 'package.json': JSON.stringify({ name: 'priv', version: '1.0.0', private: true }), ...docs });
    const report = await gate.run(options(), makeTestContext({ workspace: dir }));
    expect(report.findings.map((f) => [f.ruleId, f.line])).toEqual([['tarball/private-package', 1]]);
    const bad = folder({ 'package.json': '{ not json' });
    await expect(gate.run(options(), makeTestContext({ workspace: bad }))).rejects.toThrow(/npm pack .* failed/);
  });
});

describe('tarball gate: an existing tarball', () => {
  it('a hostile archive fails with findings, never a crash', async () => {
    const dir = folder({});
    writeFileSync(
      join(dir, 'evil.tgz'),
      tgz([
        { path: 'package/package.json', data: JSON.stringify({ name: 'evil', version: '1.0.0' }) },
        { path: 'package/../../etc/cron.d/x', data: 'x' },
        { path: 'package/link', type: '2', linkPath: '/etc/shadow' },
        { path: 'package/fifo', type: '6' },
        { path: 'package/suid', data: 'x', mode: 0o4755 },
        { path: 'other/x', data: 'x' },
      ]),
    );
    const report = await gate.run(options({ tarball: 'evil.tgz', required: 'package.json' }), makeTestContext({ workspace: dir }));
    expect(report.decision).toBe('fail');
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['tarball/link-entry', 'tarball/root-folder', 'tarball/special-entry', 'tarball/unsafe-mode', 'tarball/unsafe-path']);
  });

  it('an unreadable archive is status error with a finding naming the file', async () => {
    const dir = folder({ 'bad.tgz': 'this is not gzip' });
    const report = await gate.run(options({ tarball: 'bad.tgz' }), makeTestContext({ workspace: dir }));
    expect(report.decision).toBe('error');
    expect(report.findings).toEqual([{ ruleId: 'tarball/unreadable', severity: 'error', message: 'not a gzip file (a .tgz starts with 1f 8b)', file: 'bad.tgz' }]);
  });

  it('diffs against a previous tarball: removed exports fail, lost +x warns', async () => {
    const dir = folder({});
    const base = { name: 'lib', version: '1.0.0', main: 'index.js', bin: { lib: 'cli.js' }, exports: { '.': './index.js', './extra': './extra.js' } };
    writeFileSync(join(dir, 'prev.tgz'), packageTgz(base, { 'index.js': 'x', 'extra.js': 'x', 'cli.js': { path: '', data: '#!/usr/bin/env node\n', mode: 0o755 }, 'README.md': 'r', LICENSE: 'l' }));
    const next = { ...base, version: '2.0.0', exports: { '.': './index.js' } };
    writeFileSync(join(dir, 'next.tgz'), packageTgz(next, { 'index.js': 'xx', 'cli.js': { path: '', data: '#!/usr/bin/env node\n', mode: 0o644 }, 'README.md': 'r', LICENSE: 'l', 'new.js': 'n' }));
    const report = await gate.run(options({ tarball: 'next.tgz', previous: 'prev.tgz' }), makeTestContext({ workspace: dir }));
    expect(report.findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual([
      'error tarball/removed-export',
      'error tarball/removed-export',
      'warning tarball/bin-not-executable',
      'warning tarball/lost-executable',
      'note tarball/diff',
    ]);
    expect(report.metrics.packages).toEqual([expect.objectContaining({ previousVersion: '1.0.0', filesAdded: 1, filesRemoved: 1, removedExports: 2 })]);
    expect(report.sections?.find((s) => s.title.startsWith('changes since 1.0.0'))?.body).toContain('`new.js`');
    const warnOnly = await gate.run(options({ tarball: 'next.tgz', previous: 'prev.tgz', 'removed-exports': 'warn' }), makeTestContext({ workspace: dir }));
    expect(warnOnly.decision).toBe('warn');
  });

  it('previous: npm when the registry is unreachable is a note, not a failure', async () => {
    const dir = folder({});
    writeFileSync(join(dir, 'p.tgz'), packageTgz({ name: 'never-published-rg-test', version: '1.0.0' }, { 'README.md': 'r', LICENSE: 'l' }));
    const report = await gate.run(options({ tarball: 'p.tgz', previous: 'npm' }), makeTestContext({ workspace: dir }));
    expect(report.decision).toBe('pass');
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: 'tarball/previous-unavailable', severity: 'note' })]);
  });

  it('a missing imports target is an error only when packed code refers to it (second pass over the archive)', async () => {
    const dir = folder({});
    const manifest = { name: 'imp', version: '1.0.0', imports: { '#used/*': './src/used/*.js', '#dev-types/*': './src/types/*.d.ts' } };
    // The reference sits past the first 512-byte block: the scan covers whole files, not only their heads.
    const body = 'x'.repeat(509) + 'import a from "#used/thing";\n';
    writeFileSync(join(dir, 'i.tgz'), packageTgz(manifest, { 'dist/index.js': body, 'README.md': 'r', LICENSE: 'l' }));
    const report = await gate.run(options({ tarball: 'i.tgz' }), makeTestContext({ workspace: dir }));
    expect(report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.message.slice(0, 30)}`)).toEqual([
      'error tarball/missing-entry-point imports["#used/*"] → ./src/use',
      'note tarball/unused-import-target imports["#dev-types/*"] → ./sr',
    ]);
    expect(report.findings[0]!.message).toContain('(referenced by dist/index.js)');
  });

  it('configuration mistakes are ConfigurationError', async () => {
    const dir = folder({});
    await expect(gate.run(options({ tarball: 'x.tgz', workspaces: true }), makeTestContext({ workspace: dir }))).rejects.toBeInstanceOf(ConfigurationError);
    await expect(gate.run(options({ previous: 'yesterday' }), makeTestContext({ workspace: dir }))).rejects.toBeInstanceOf(ConfigurationError);
    await expect(gate.run(options({}, { forbidden: 7 }), makeTestContext({ workspace: dir }))).rejects.toBeInstanceOf(ConfigurationError);
  });
});

describe('tarball gate: workspaces', () => {
  it('checks each public workspace package on its own and skips private ones', async () => {
    const dir = folder({
      'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }),
      'packages/a/package.json': JSON.stringify({ name: '@s/a', version: '1.0.0', main: 'index.js' }),
      'packages/a/index.js': 'x',
      'packages/a/README.md': 'r',
      'packages/a/LICENSE': 'l',
      'packages/b/package.json': JSON.stringify({ name: 'b', version: '0.1.0', main: 'missing.js', dependencies: { '@s/a': 'workspace:*' } }),
      'packages/b/README.md': 'r',
      'packages/b/LICENSE': 'l',
      'packages/c/package.json': JSON.stringify({ name: 'c', version: '0.0.0', private: true }),
    });
    const report = await gate.run(options({ workspaces: true }), makeTestContext({ workspace: dir }));
    expect(report.decision).toBe('fail');
    expect(report.findings.map((f) => `${f.ruleId} ${f.file}:${f.line ?? ''} ${f.message.slice(0, 14)}`)).toEqual([
      'tarball/missing-entry-point packages/b/package.json:1 b@0.1.0: main ',
      'tarball/local-specifier packages/b/package.json:1 b@0.1.0: depen',
      'tarball/private-workspace packages/c/package.json: c (packages/c)',
    ]);
    expect(report.metrics.packages).toEqual([expect.objectContaining({ name: '@s/a@1.0.0', status: 'pass' }), expect.objectContaining({ name: 'b@0.1.0', status: 'fail' })]);
    expect(report.sections?.map((s) => s.title)).toContain('b@0.1.0: findings');
    expect(report.outputs?.tarball?.split('\n')).toHaveLength(2);
  });
});

describe('tarball gate: options through the kit', () => {
  it('forbidden as an action input (YAML/JSON) and in the config file, validated by its schema', () => {
    const given = resolveOptions(gate.options, { forbidden: '{"src/**": "no source", "test/**": false, "docs/**": {"reason": "site", "severity": "warning"}}' });
    expect(given.forbidden).toEqual({ 'src/**': 'no source', 'test/**': false, 'docs/**': { reason: 'site', severity: 'warning' } });
    const list = resolveOptions(gate.options, {}, { file: 'c.yml', values: { forbidden: ['src/**', { glob: '*.log', reason: 'logs', severity: 'off' }] }, lineOf: () => 3 });
    expect(list.forbidden).toEqual(['src/**', { glob: '*.log', reason: 'logs', severity: 'off' }]);
    expect(() => resolveOptions(gate.options, { forbidden: '[{"glob": "x", "extra": 1}]' })).toThrow(ConfigurationError);
    expect(() => resolveOptions(gate.options, { forbidden: '{"x": {"severity": "fatal"}}' })).toThrow(ConfigurationError);
  });
  it('defaults: required, caps, removed-exports', () => {
    const o = options();
    expect(o.required).toEqual(['package.json', 'README*', '{LICENSE,LICENCE,COPYING}*']);
    expect(o['cap-ratio']).toBe(1000);
    expect(o['removed-exports']).toBe('fail');
    expect(o.forbidden).toBeUndefined();
  });
});
