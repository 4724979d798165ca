import { describe, expect, it } from 'vitest';
import { analyseListing, checkPackage, type CheckInput } from './analyse';
import { planEntryPoints, resolveTargets, patternToRegExp } from './entry-points';
import { formatJsonPath } from './issues';
import { forbiddenRules } from './policy';
import { DEFAULT_CAPS } from './tar/lister';
import { listTarBytes } from './tar/read';
import { tar, type TestEntry } from '../test/tar-writer';

function check(manifest: Record<string, unknown>, files: Record<string, string | TestEntry>, extra: Partial<CheckInput> = {}, allow: string[] = []) {
  const entries: TestEntry[] = [{ path: 'package/package.json', data: JSON.stringify({ name: 'p', version: '1.0.0', ...manifest }) }];
  for (const [p, v] of Object.entries(files)) entries.push(typeof v === 'string' ? { path: `package/${p}`, data: v } : { ...v, path: `package/${p}` });
  const lister = listTarBytes(tar(entries), DEFAULT_CAPS, { source: 't', capture: (p) => (p === 'package/package.json' ? 1 << 20 : 0) });
  const analysis = analyseListing({ entries: lister.entries, contents: lister.contents, needleHits: [], packedBytes: 100, unpackedBytes: lister.totalBytes }, allow);
  const result = checkPackage({ analysis, required: [], forbidden: forbiddenRules({}), publishedDirs: [], budgets: {}, removedExports: 'fail', ...extra });
  return { analysis, result, issues: result.issues.map((i) => `${i.severity} ${i.rule} ${i.message}`) };
}
const missing = (issues: string[]) => issues.filter((i) => i.includes('missing-entry-point'));

describe('entry points', () => {
  it('main, module, types/typings resolve with the extensions their resolvers try', () => {
    const { result, issues } = check({ main: './lib/index', module: 'esm/index', types: 'types/index', typings: './types/index.d.ts' }, {
      'lib/index.js': 'x',
      'esm/index.mjs': 'x',
      'types/index.d.ts': 'x',
    });
    expect(missing(issues)).toEqual([]);
    expect(result.entryPointsChecked).toBe(4);
    expect(result.entryRows.map((r) => r.matched)).toEqual(['lib/index.js', 'esm/index.mjs', 'types/index.d.ts', 'types/index.d.ts']);
  });

  it('main that names a folder resolves to its index.js; an empty main (@types) is not an entry point', () => {
    expect(missing(check({ main: 'lib' }, { 'lib/index.js': 'x' }).issues)).toEqual([]);
    expect(check({ main: '' }, {}).result.entryPointsChecked).toBe(0);
  });

  it('reports a missing main with the field path and the file', () => {
    expect(missing(check({ main: './dist/index.js' }, {}).issues)).toEqual([
      'error tarball/missing-entry-point main → ./dist/index.js is not in the tarball',
    ]);
  });

  it('browser: a string is a file; an object maps files, false and package aliases are not files', () => {
    expect(missing(check({ browser: './b.js' }, {}).issues)).toHaveLength(1);
    const { issues, result } = check({ browser: { fs: false, './lib/node.js': './lib/browser.js', buffer: 'buffer/', './x.js': './missing.js' } }, { 'lib/browser.js': 'x' });
    expect(missing(issues)).toEqual([expect.stringContaining('browser["./x.js"] → ./missing.js')]);
    expect(result.entryPointsChecked).toBe(2);
  });

  it('bin: string or object; needs a shebang and (as a warning) the executable bit', () => {
    const { issues } = check({ bin: { good: './bin/good.js', noshebang: 'bin/plain.js', noexec: 'bin/noexec.js', gone: 'bin/gone.js' } }, {
      'bin/good.js': { path: '', data: '#!/usr/bin/env node\n', mode: 0o755 },
      'bin/plain.js': { path: '', data: 'console.log(1)', mode: 0o755 },
      'bin/noexec.js': { path: '', data: '#!/usr/bin/env node\n', mode: 0o644 },
    });
    expect(issues.filter((i) => !i.includes('note'))).toEqual([
      expect.stringMatching(/^error tarball\/bin-shebang bin.noshebang → bin\/plain.js does not start with a #! line/),
      expect.stringMatching(/^warning tarball\/bin-not-executable bin.noexec → bin\/noexec.js has mode 0644/),
      expect.stringMatching(/^error tarball\/missing-entry-point bin.gone → bin\/gone.js/),
    ]);
    expect(missing(check({ bin: './cli.js' }, { 'cli.js': { path: '', data: '#!/usr/bin/env node\n', mode: 0o755 } }).issues)).toEqual([]);
  });

  it('exports: string, subpaths, nested conditions, arrays, patterns and null exclusions', () => {
    const manifest = {
      exports: {
        '.': { types: './dist/index.d.ts', import: { node: './dist/node.mjs', default: './dist/index.mjs' }, require: './dist/index.cjs' },
        './utils': { require: './dist/utils.cjs', import: './dist/utils.mjs' },
        './features/*': './dist/features/*.js',
        './features/internal/*': null,
        './fallback': ['./dist/fallback.js', './dist/fallback-old.js'],
        './package.json': './package.json',
      },
    };
    const files = { 'dist/index.d.ts': '', 'dist/node.mjs': '', 'dist/index.mjs': '', 'dist/index.cjs': '', 'dist/utils.mjs': '', 'dist/features/a.js': '', 'dist/fallback.js': '' };
    const { issues, result } = check(manifest, files);
    expect(missing(issues)).toEqual([
      expect.stringContaining('exports["./utils"].require → ./dist/utils.cjs is not in the tarball'),
      expect.stringContaining('exports["./fallback"][1] → ./dist/fallback-old.js'),
    ]);
    expect(result.entryRows.find((r) => r.field === 'exports["./features/*"]')).toMatchObject({ status: 'ok', matched: '1 files' });
    expect(check({ exports: './index.js' }, { 'index.js': '' }).result.entryPointsChecked).toBe(1);
    expect(missing(check({ exports: { import: './a.mjs', require: './a.cjs' } }, { 'a.mjs': '' }).issues)).toEqual([expect.stringContaining('exports.require → ./a.cjs')]);
  });

  it('a pattern that matches no packed file is missing', () => {
    expect(missing(check({ exports: { './locales/*': './dist/locales/*.js' } }, { 'dist/other.js': '' }).issues)).toEqual([
      expect.stringContaining('exports["./locales/*"] → ./dist/locales/*.js (pattern) matches no packed file'),
    ]);
  });

  it('allow-conditions: dev-only conditions may point at unpacked files', () => {
    const manifest = { exports: { '.': { source: './src/index.ts', '@my/source': './src/x.ts', default: './dist/index.js' } } };
    const { issues, result } = check(manifest, { 'dist/index.js': '' }, {}, ['source', '@my/source']);
    expect(missing(issues)).toEqual([]);
    expect(result.entryRows.filter((r) => r.status === 'allowed condition')).toHaveLength(2);
    expect(missing(check(manifest, { 'dist/index.js': '' }).issues)).toHaveLength(2);
  });

  it('invalid exports shapes are findings, not crashes', () => {
    const { issues } = check({ exports: { '.': 'dist/index.js', import: './x.js', './a': { './nested': './y.js' }, './b': 5, './c': './../escape.js' } }, {});
    expect(issues.filter((i) => i.includes('invalid-entry-point'))).toEqual([
      expect.stringContaining('mixes subpath keys'),
      expect.stringContaining('exports["."] is "dist/index.js": exports targets must start with "./"'),
      expect.stringContaining('exports["./a"]["./nested"] mixes a subpath key'),
      expect.stringContaining('exports["./b"] has a number value'),
      expect.stringContaining("exports[\"./c\"] is \"./../escape.js\": Node rejects"),
    ]);
  });

  it('imports: relative targets are checked, package targets are not; unreferenced misses are notes', () => {
    const manifest = { imports: { '#dep': { node: './src/dep-node.js', default: 'some-package' }, '#types/*': './types/*.d.ts', '#internal/*': './src/internal/*.js' } };
    const files = { 'types/a.d.ts': '', 'dist/index.js': 'import x from "#internal/thing"' };
    const refs = new Map([
      ['#dep', []],
      ['#internal/', ['dist/index.js']],
    ]);
    const { issues } = check(manifest, files, { importReferences: refs });
    expect(issues.filter((i) => !i.includes('tarball/diff'))).toEqual([
      expect.stringMatching(/^note tarball\/unused-import-target imports\["#dep"\]\.node → \.\/src\/dep-node\.js matches no packed file, but no packed file refers to "#dep"/),
      expect.stringMatching(/^error tarball\/missing-entry-point imports\["#internal\/\*"\] → \.\/src\/internal\/\*\.js \(pattern\) matches no packed file \(referenced by dist\/index\.js\)/),
    ]);
  });

  it('typesVersions targets are checked, and redirect a missing types path', () => {
    const manifest = { types: 'index.d.ts', typesVersions: { '>=4.2': { '*': ['ts4.2/*'] }, '*': { 'only-here': ['dist/missing.d.ts'] } } };
    const { issues } = check(manifest, { 'ts4.2/index.d.ts': '' });
    expect(missing(issues)).toEqual([expect.stringContaining('typesVersions["*"]["only-here"][0] → dist/missing.d.ts')]);
  });

  it('"not packed" vs "never built" come from the folder lookup', () => {
    const manifest = { main: './dist/a.js', module: './dist/b.mjs' };
    const { analysis } = check(manifest, {});
    const [a, b] = analysis.results.map((r) => r.target);
    const inFolder = new Map([
      [a!, true],
      [b!, false],
    ]);
    const result = checkPackage({ analysis, inFolder, required: [], forbidden: [], publishedDirs: [], budgets: {}, removedExports: 'fail' });
    expect(result.issues.map((i) => i.message)).toEqual([
      expect.stringContaining('exists in the package folder but is not packed (check "files" and .npmignore)'),
      expect.stringContaining('nor in the package folder: it was never built (did the build run before packing?)'),
    ]);
    expect(result.entryRows.map((r) => r.status)).toEqual(['not packed', 'never built']);
  });

  it('resolves the shapes of real packages (vite, zod, typescript) without false misses', () => {
    const vite = planEntryPoints({
      main: './dist/node/index.js',
      bin: { vite: 'bin/vite.js' },
      exports: { '.': './dist/node/index.js', './client': { types: './client.d.ts' }, './dist/client/*': './dist/client/*', './types/*': { types: './types/*' }, './types/internal/*': null, './package.json': './package.json' },
      imports: { '#module-sync-enabled': { 'module-sync': './misc/true.js', default: './misc/false.js' } },
      typesVersions: { '*': { 'module-runner': ['dist/node/module-runner.d.ts'] } },
    });
    const files = ['package.json', 'bin/vite.js', 'client.d.ts', 'dist/node/index.js', 'dist/node/module-runner.d.ts', 'dist/client/client.mjs', 'types/hot.d.ts', 'misc/true.js', 'misc/false.js'];
    const res = resolveTargets(vite.targets, files, new Set(files));
    expect(vite.issues).toEqual([]);
    expect(res.filter((r) => !r.matches.length)).toEqual([]);
    const ts = planEntryPoints({ main: './lib/typescript.js', typings: './lib/typescript.d.ts', browser: { fs: false, os: false }, bin: { tsc: './bin/tsc' } });
    expect(ts.targets.map((t) => formatJsonPath(t.field))).toEqual(['main', 'typings', 'bin.tsc']);
  });

  it('patternToRegExp repeats the match for every *', () => {
    expect(patternToRegExp('a/*/b/*.js').test('a/x/b/x.js')).toBe(true);
    expect(patternToRegExp('a/*/b/*.js').test('a/x/b/y.js')).toBe(false);
  });
});

describe('manifest checks', () => {
  it('flags workspace:, catalog:, file: and link: specifiers, private, and a missing version', () => {
    const { issues } = check(
      { private: true, version: undefined, dependencies: { a: 'workspace:*', b: '^1.0.0' }, peerDependencies: { c: 'catalog:' }, optionalDependencies: { d: 'file:../d', e: 'link:../e' }, devDependencies: { f: 'workspace:*' } },
      {},
    );
    expect(issues).toEqual([
      expect.stringMatching(/^error tarball\/manifest-invalid package.json has no "version"/),
      expect.stringMatching(/^error tarball\/private-package/),
      expect.stringMatching(/^error tarball\/local-specifier dependencies.a is "workspace:\*"/),
      expect.stringMatching(/^error tarball\/local-specifier optionalDependencies.d is "file:..\/d"/),
      expect.stringMatching(/^error tarball\/local-specifier optionalDependencies.e/),
      expect.stringMatching(/^error tarball\/local-specifier peerDependencies.c is "catalog:"/),
    ]);
  });
  it('an unparseable or missing package.json is a finding', () => {
    const lister = listTarBytes(tar([{ path: 'package/package.json', data: '{"name": "x",\n  oops}' }]), DEFAULT_CAPS, { source: 't', capture: () => 1 << 20 });
    const a = analyseListing({ entries: lister.entries, contents: lister.contents, needleHits: [], packedBytes: 1, unpackedBytes: 1 }, []);
    expect(a.manifest.issues[0]!.message).toMatch(/invalid JSON: expected a key \(line 2, column 3\)/);
    const none = listTarBytes(tar([{ path: 'package/index.js', data: '' }]), DEFAULT_CAPS, { source: 't' });
    expect(analyseListing({ entries: none.entries, contents: none.contents, needleHits: [], packedBytes: 1, unpackedBytes: 0 }, []).manifest.issues[0]!.message).toBe('package.json is not in the tarball');
  });
});

describe('exported files', () => {
  it('leave out files reached only through a null-excluded subpath', async () => {
    const { exportedFiles } = await import('./entry-points');
    const plan = planEntryPoints({ exports: { './types/*': { types: './types/*' }, './types/internal/*': null, '.': './index.js' } });
    const files = ['index.js', 'types/a.d.ts', 'types/internal/b.d.ts'];
    const results = resolveTargets(plan.targets, files, new Set(files));
    expect([...exportedFiles(results, plan.exclusions)].sort()).toEqual(['index.js', 'types/a.d.ts']);
  });
});

describe('hostile manifests stay cheap', () => {
  it('refuses targets with many wildcards and folder mappings still match', () => {
    const plan = planEntryPoints({ exports: { './a/*': './x/*/*/*/*/*.js', './b/': './lib/' } });
    expect(plan.issues.map((i) => i.message)).toEqual(['exports["./a/*"] has more than 4 "*" wildcards', expect.stringContaining('folder mapping (trailing "/"), which Node removed in v17')]);
    const files = ['lib/one.js'];
    expect(resolveTargets(plan.targets, files, new Set(files))[0]!.matches).toEqual(['lib/one.js']);
  });
});
