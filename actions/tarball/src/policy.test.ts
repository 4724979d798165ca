import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../common/src/errors';
import type { PackedFile } from './archive';
import { checkBudgets, checkForbidden, checkPublishedDirs, checkRequired, DEFAULT_FORBIDDEN, DEFAULT_REQUIRED, forbiddenRules } from './policy';

const files = (...paths: string[]): PackedFile[] => paths.map((path, index) => ({ path, size: 10, mode: 0o644, index }));
const hits = (paths: string[], option?: unknown) => checkForbidden(files(...paths), forbiddenRules(option)).map((i) => `${i.severity} ${i.path}`);

describe('forbidden defaults', () => {
  const cases: [string, string, 'error' | 'warning'][] = [
    ['.env*', '.env.production', 'error'],
    ['.env*', 'config/.env', 'error'],
    ['*.pem', 'certs/server.pem', 'error'],
    ['*.key', 'private.key', 'error'],
    ['id_rsa*', 'keys/id_rsa.pub', 'error'],
    ['.npmrc', '.npmrc', 'error'],
    ['**/__tests__/**', 'src/__tests__/a.js', 'error'],
    ['test/**', 'test/fixtures/x.json', 'error'],
    ['tests/**', 'tests/a.js', 'error'],
    ['**/*.test.*', 'dist/a.test.js', 'error'],
    ['**/*.spec.*', 'lib/b.spec.ts', 'error'],
    ['coverage/**', 'coverage/lcov.info', 'error'],
    ['.github/**', '.github/workflows/ci.yml', 'error'],
    ['**/*.map', 'dist/index.js.map', 'warning'],
    ['tsconfig*.json', 'tsconfig.build.json', 'warning'],
  ];
  it('covers every built-in rule', () => {
    expect(new Set(cases.map((c) => c[0]))).toEqual(new Set(DEFAULT_FORBIDDEN.map((d) => d.glob)));
  });
  for (const [glob, path, severity] of cases) {
    it(`${glob} catches ${path} as ${severity}`, () => {
      const issues = checkForbidden(files(path, 'dist/index.js'), forbiddenRules(undefined));
      expect(issues.map((i) => [i.severity, i.path])).toEqual([[severity, path]]);
      expect(issues[0]!.message).toContain(JSON.stringify(glob));
    });
  }
  it('leaves ordinary files alone (src/ is allowed: publint ships it on purpose)', () => {
    expect(hits(['src/index.js', 'dist/testing.js', 'lib/contest.js', 'README.md', 'package.json', 'dist/env.js'])).toEqual([]);
  });
});

describe('forbidden option', () => {
  it('adds globs from a list or a map, with reasons and severities', () => {
    expect(hits(['src/a.ts', 'docs/x.md'], ['src/**'])).toEqual(['error src/a.ts']);
    expect(hits(['src/a.ts', 'docs/x.md'], [{ glob: 'docs/**', reason: 'docs live on the site', severity: 'warning' }])).toEqual(['warning docs/x.md']);
    const rules = forbiddenRules({ 'src/**': 'source structure', 'docs/**': { reason: 'r', severity: 'note' } });
    expect(rules.find((r) => r.glob === 'src/**')).toMatchObject({ reason: 'source structure', severity: 'error', builtIn: false });
  });
  it('turns a built-in rule off with false, off, or severity off', () => {
    expect(hits(['test/a.js', 'x.js.map'], { 'test/**': false, '**/*.map': 'off' })).toEqual([]);
    expect(hits(['test/a.js'], [{ glob: 'test/**', severity: 'off' }])).toEqual([]);
    expect(hits(['test/a.js'], { 'test/**': { severity: 'warning' } })).toEqual(['warning test/a.js']);
  });
  it('refuses malformed values as ConfigurationError', () => {
    for (const bad of [42, [3], [{ reason: 'no glob' }], { x: 5 }, [{ glob: 'a', severity: 'fatal' }]]) {
      expect(() => forbiddenRules(bad)).toThrow(ConfigurationError);
    }
  });
  it('lists at most 20 files per rule, then a count', () => {
    const many = Array.from({ length: 25 }, (_, i) => `test/${i}.js`);
    const issues = checkForbidden(files(...many), forbiddenRules(undefined));
    expect(issues).toHaveLength(21);
    expect(issues[20]!.message).toMatch(/^5 more packed files/);
  });
});

describe('required', () => {
  it('defaults need package.json, a README and a LICENSE (any case, LICENCE and COPYING too)', () => {
    expect(checkRequired(files('package.json', 'readme.md', 'licence'), DEFAULT_REQUIRED)).toEqual([]);
    expect(checkRequired(files('package.json', 'Readme.markdown', 'COPYING.txt'), DEFAULT_REQUIRED)).toEqual([]);
    expect(checkRequired(files('docs/README.md', 'LICENSE'), DEFAULT_REQUIRED).map((i) => i.message)).toEqual([
      'no packed file matches required "package.json"',
      'no packed file matches required "README*"',
    ]);
  });
  it('user globs', () => {
    expect(checkRequired(files('dist/index.js'), ['dist/**/*.js', './types/*.d.ts']).map((i) => i.message)).toEqual(['no packed file matches required "./types/*.d.ts"']);
  });
});

describe('published-dirs', () => {
  it('fails files outside the published folders, grouped by top-level folder; root docs are allowed', () => {
    const issues = checkPublishedDirs(files('package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/a.js', 'bin/x', 'src/a.ts', 'src/b.ts', 'jest.config.js'), ['dist', 'bin/']);
    expect(issues.map((i) => i.message)).toEqual([
      'src/ (2 files) is packed but is outside published-dirs (dist, bin/): source structure in the tarball',
      'jest.config.js is packed but is outside published-dirs (dist, bin/)',
    ]);
  });
  it('accepts globs and is off when empty', () => {
    expect(checkPublishedDirs(files('index.d.ts', 'dist/a.js'), ['dist', '*.d.ts'])).toEqual([]);
    expect(checkPublishedDirs(files('anything/at/all.js'), [])).toEqual([]);
  });
});

describe('budgets', () => {
  const f = [
    { path: 'a.js', size: 600, mode: 0o644, index: 0 },
    { path: 'b.js', size: 400, mode: 0o644, index: 1 },
  ];
  it('passes at the limit and fails one byte over (integers)', () => {
    expect(checkBudgets({ packedBytes: 300, unpackedBytes: 1000, files: f }, { maxPackedBytes: 300, maxUnpackedBytes: 1000, maxFiles: 2, maxFileBytes: 600 }).issues).toEqual([]);
    const over = checkBudgets({ packedBytes: 301, unpackedBytes: 1001, files: f }, { maxPackedBytes: 300, maxUnpackedBytes: 1000, maxFiles: 1, maxFileBytes: 599 });
    expect(over.issues.map((i) => i.message)).toEqual([
      'packed size is 301 B (301 bytes), over the max-packed-bytes budget of 300 B',
      'unpacked size is 1001 B (1001 bytes), over the max-unpacked-bytes budget of 1000 B',
      'files is 2, over the max-files budget of 1',
      'a.js is 600 B, over the max-file-bytes budget of 599 B',
    ]);
    expect(over.rows.map((r) => r.ok)).toEqual([false, false, false, false]);
  });
});
