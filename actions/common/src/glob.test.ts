import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from './errors';
import { compileGlobs, expandGlobs, isInside, normalisePattern } from './glob';

let root: string;
let outsideDir: string;

function touch(path: string, content = 'x\n'): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

beforeAll(() => {
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'rg-glob-')));
  root = join(top, 'ws');
  outsideDir = join(top, 'outside');
  touch(join(outsideDir, 'secret.txt'));
  touch(join(outsideDir, 'report.xml'));
  touch(join(root, 'reports/a.xml'));
  touch(join(root, 'reports/sub/b.xml'));
  touch(join(root, 'reports/skip-me.xml'));
  touch(join(root, 'reports/.hidden.xml'));
  touch(join(root, '.config/tool.json'));
  touch(join(root, 'node_modules/pkg/c.xml'));
  touch(join(root, '.git/d.xml'));
  touch(join(root, 'src/index.ts'));
  touch(join(root, 'src/[literal].ts'));
  symlinkSync(join(outsideDir, 'secret.txt'), join(root, 'reports/leak.xml'));
  symlinkSync(join(root, 'reports/a.xml'), join(root, 'reports/inside-link.xml'));
  symlinkSync(outsideDir, join(root, 'reports/outdir'));
  symlinkSync(outsideDir, join(root, 'linked-out'));
  symlinkSync(join(root, 'reports'), join(root, 'reports/loop'));
  symlinkSync(join(root, 'missing-target'), join(root, 'reports/dangling.xml'));
});

afterAll(() => rmSync(dirname(root), { recursive: true, force: true }));

describe('normalisePattern', () => {
  it('rejects patterns that climb out with ..', () => {
    for (const p of ['../x', 'a/../../x', '**/../*.xml', './..', '!../x'.slice(1)]) {
      expect(() => normalisePattern('/ws', p, 'report')).toThrow(ConfigurationError);
    }
    try {
      normalisePattern('/ws', '../x', 'report');
    } catch (err) {
      expect((err as ConfigurationError).option).toBe('report');
      expect((err as Error).message).toContain("'..'");
    }
  });

  it('rejects absolute paths outside the root and keeps those inside, relative', () => {
    expect(() => normalisePattern('/ws', '/etc/passwd', 'report')).toThrow(/outside the workspace/);
    expect(() => normalisePattern('/ws', '/ws-other/x', 'report')).toThrow(ConfigurationError);
    expect(normalisePattern('/ws', '/ws/reports/*.xml')).toBe('reports/*.xml');
    expect(normalisePattern('/ws', './reports/a.xml')).toBe('reports/a.xml');
    expect(normalisePattern('/ws', 'reports\\a.xml')).toBe('reports/a.xml');
  });

  it('accepts names that merely start with dots', () => {
    expect(normalisePattern('/ws', '..hidden/x')).toBe('..hidden/x');
    expect(normalisePattern('/ws', '.config/*.json')).toBe('.config/*.json');
  });

  it('isInside', () => {
    expect(isInside('/ws', '/ws')).toBe(true);
    expect(isInside('/ws', '/ws/a/b')).toBe(true);
    expect(isInside('/ws', '/ws2/a')).toBe(false);
    expect(isInside('/ws', '/')).toBe(false);
  });
});

describe('expandGlobs', () => {
  it('matches recursively, dotfiles included, sorted', async () => {
    const r = await expandGlobs(root, ['reports/**/*.xml']);
    expect(r.files).toEqual(['reports/.hidden.xml', 'reports/a.xml', 'reports/inside-link.xml', 'reports/skip-me.xml', 'reports/sub/b.xml']);
    expect(r.unmatched).toEqual([]);
  });

  it('skips links to files outside and lists them in `outside`', async () => {
    const r = await expandGlobs(root, ['reports/**/*.xml']);
    expect(r.files).not.toContain('reports/leak.xml');
    expect(r.outside).toContain('reports/leak.xml');
  });

  it('does not walk symlinked folders (inside or out), and skips dangling links', async () => {
    const r = await expandGlobs(root, ['**/*.xml']);
    expect(r.files.some((f) => f.includes('loop/') || f.includes('outdir/') || f.includes('linked-out/'))).toBe(false);
    expect(r.files).not.toContain('reports/dangling.xml');
  });

  it('does not follow a pattern base that is a link leading outside', async () => {
    const r = await expandGlobs(root, ['linked-out/*.txt', 'reports/outdir/**/*']);
    expect(r.files).toEqual([]);
    expect(r.outside).toEqual(['linked-out', 'reports/outdir']);
    expect(r.unmatched).toEqual(['linked-out/*.txt', 'reports/outdir/**/*']);
  });

  it('checks literal paths directly, including links', async () => {
    const r = await expandGlobs(root, ['reports/a.xml', 'reports/leak.xml', 'reports/inside-link.xml', 'linked-out/secret.txt', 'nope.xml']);
    expect(r.files).toEqual(['reports/a.xml', 'reports/inside-link.xml']);
    expect(r.outside).toEqual(['linked-out/secret.txt', 'reports/leak.xml']);
    expect(r.unmatched).toEqual(['reports/leak.xml', 'linked-out/secret.txt', 'nope.xml']);
  });

  it('treats a folder named literally as unmatched (only files count)', async () => {
    expect((await expandGlobs(root, ['reports'])).unmatched).toEqual(['reports']);
  });

  it('skips node_modules and .git unless the pattern names them', async () => {
    const plain = await expandGlobs(root, ['**/*.xml']);
    expect(plain.files.some((f) => f.startsWith('node_modules/') || f.startsWith('.git/'))).toBe(false);
    expect((await expandGlobs(root, ['node_modules/**/*.xml'])).files).toEqual(['node_modules/pkg/c.xml']);
    expect((await expandGlobs(root, ['**/node_modules/**/*.xml'])).files).toEqual(['node_modules/pkg/c.xml']);
    expect((await expandGlobs(root, ['.git/*.xml'])).files).toEqual(['.git/d.xml']);
    expect((await expandGlobs(root, ['node_modules/pkg/c.xml'])).files).toEqual(['node_modules/pkg/c.xml']);
  });

  it('honours custom skipDirs', async () => {
    const r = await expandGlobs(root, ['**/*.xml'], { skipDirs: ['sub'] });
    expect(r.files).toContain('node_modules/pkg/c.xml');
    expect(r.files).not.toContain('reports/sub/b.xml');
  });

  it('applies negations and the ignore option, whatever their position', async () => {
    const r = await expandGlobs(root, ['!reports/skip-me.xml', 'reports/*.xml', '!**/.hidden.xml'], { ignore: ['reports/inside-link.xml'] });
    expect(r.files).toEqual(['reports/a.xml']);
  });

  it('lists patterns that matched nothing, including ones fully negated', async () => {
    const r = await expandGlobs(root, ['reports/*.xml', 'coverage/**/*.info', 'reports/skip-me.xml', '!reports/skip-me.xml']);
    expect(r.unmatched).toEqual(['coverage/**/*.info', 'reports/skip-me.xml']);
  });

  it('matches dotfiles and dot folders', async () => {
    expect((await expandGlobs(root, ['**/*.json'])).files).toEqual(['.config/tool.json']);
    expect((await expandGlobs(root, ['.config/*'])).files).toEqual(['.config/tool.json']);
  });

  it('accepts absolute patterns inside the root and rejects ones outside or climbing', async () => {
    expect((await expandGlobs(root, [join(root, 'src/*.ts')])).files).toEqual(['src/[literal].ts', 'src/index.ts']);
    await expect(expandGlobs(root, [join(outsideDir, '*.xml')], { option: 'report' })).rejects.toThrow(ConfigurationError);
    await expect(expandGlobs(root, ['../outside/*.xml'], { option: 'report' })).rejects.toMatchObject({ option: 'report' });
    await expect(expandGlobs(root, ['!../outside/*.xml'])).rejects.toThrow(ConfigurationError);
  });

  it('works when the workspace itself is reached through a link', async () => {
    const alias = join(dirname(root), 'ws-alias');
    symlinkSync(root, alias);
    const r = await expandGlobs(alias, ['reports/*.xml', 'reports/a.xml']);
    expect(r.files).toEqual(['reports/.hidden.xml', 'reports/a.xml', 'reports/inside-link.xml', 'reports/skip-me.xml']);
    expect(r.outside).toEqual(['reports/leak.xml']);
  });

  it('ignores blank patterns', async () => {
    const r = await expandGlobs(root, ['', '  ', 'src/index.ts']);
    expect(r).toEqual({ files: ['src/index.ts'], outside: [], unmatched: [] });
  });

  it('returns files once when patterns overlap', async () => {
    expect((await expandGlobs(root, ['src/*.ts', 'src/index.ts', '**/index.ts'])).files).toEqual(['src/[literal].ts', 'src/index.ts']);
  });
});

describe('compileGlobs', () => {
  it('matches workspace-relative paths, dotfiles included', () => {
    const m = compileGlobs(['**/*.pem', 'docs/**']);
    expect(m('keys/.private/a.pem')).toBe(true);
    expect(m('docs/x/y.md')).toBe(true);
    expect(m('src/a.ts')).toBe(false);
    expect(compileGlobs([])('anything')).toBe(false);
  });
});
