import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from './errors';
import { changedLines, type FileDiff, git, isGitRepository, lsFiles, mergeBase, parseUnifiedDiff, repoPrefix, unquoteGitPath } from './git';

const made: string[] = [];

function sh(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
}

function newRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-git-'));
  made.push(dir);
  sh(dir, ['init', '-q', '-b', 'main']);
  return dir;
}

function write(repo: string, path: string, content: string | Buffer): void {
  const abs = join(repo, path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

function commit(repo: string, message: string): string {
  sh(repo, ['add', '-A']);
  sh(repo, ['commit', '-q', '--allow-empty', '-m', message]);
  return sh(repo, ['rev-parse', 'HEAD']).trim();
}

function byPath(diffs: FileDiff[], path: string): FileDiff {
  const found = diffs.find((d) => d.path === path || (d.status === 'deleted' && d.oldPath === path));
  if (!found) throw new Error(`no diff for ${path} in ${JSON.stringify(diffs.map((d) => [d.oldPath, d.path]))}`);
  return found;
}

const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} line ${i + 1}`).join('\n') + '\n';

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('parseUnifiedDiff on real git diff -U0 output', () => {
  let repo: string;
  let base: string;
  let diffs: FileDiff[];
  const weird = {
    spaces: 'dir with space/my file.txt',
    tab: 'ta\tb.txt',
    quoteSpace: 'q" b.txt',
    backslash: 'back\\slash.txt',
    nonAscii: 'é 日本/ファイル.txt',
  };

  beforeAll(async () => {
    repo = newRepo();
    write(repo, 'modified.txt', lines(5, 'm'));
    write(repo, 'deleted.txt', lines(3, 'd'));
    write(repo, 'rename-plain.txt', lines(12, 'rp'));
    write(repo, 'rename-edit.txt', lines(12, 're'));
    write(repo, 'image.bin', Buffer.from([0, 1, 2, 3, 0, 255, 10, 0]));
    write(repo, 'script.sh', 'echo hi\n');
    write(repo, 'noeol.txt', 'a\nb');
    write(repo, 'plus.txt', 'keep\n-- removed\nend\n');
    write(repo, 'shrink.txt', lines(6, 's'));
    for (const p of Object.values(weird)) write(repo, p, 'first\n');
    base = commit(repo, 'base');

    write(repo, 'modified.txt', lines(5, 'm').replace('m line 3', 'm line THREE') + 'm line 6\n');
    write(repo, 'added.txt', lines(3, 'a'));
    unlinkSync(join(repo, 'deleted.txt'));
    sh(repo, ['mv', 'rename-plain.txt', 'renamed-plain.txt']);
    sh(repo, ['mv', 'rename-edit.txt', 'renamed edit.txt']);
    write(repo, 'renamed edit.txt', lines(12, 're').replace('re line 12', 're line twelve'));
    write(repo, 'image.bin', Buffer.from([0, 9, 9, 9, 0, 255, 10, 0, 7]));
    chmodSync(join(repo, 'script.sh'), 0o755);
    write(repo, 'noeol.txt', 'a\nb\nc');
    // Added "++ x" shows as "+++ x" and removed "-- removed" as "--- removed": content, not headers.
    write(repo, 'plus.txt', 'keep\n++ b/not-a-header\nend\n+++ b/also-content\n');
    write(repo, 'shrink.txt', lines(6, 's').replace('s line 2\n', '').replace('s line 5\n', ''));
    for (const p of Object.values(weird)) write(repo, p, 'first\nsecond\n');
    commit(repo, 'change');
    diffs = await changedLines(repo, base);
  });

  it('reports modified lines by new-side number', () => {
    const d = byPath(diffs, 'modified.txt');
    expect(d).toMatchObject({ status: 'modified', oldPath: 'modified.txt', binary: false, addedLines: [3, 6] });
  });

  it('reports added and deleted files', () => {
    expect(byPath(diffs, 'added.txt')).toMatchObject({ status: 'added', oldPath: '', addedLines: [1, 2, 3] });
    expect(byPath(diffs, 'deleted.txt')).toMatchObject({ status: 'deleted', path: '', oldPath: 'deleted.txt', addedLines: [] });
  });

  it('follows renames with and without edits', () => {
    expect(byPath(diffs, 'renamed-plain.txt')).toMatchObject({ status: 'renamed', oldPath: 'rename-plain.txt', addedLines: [] });
    expect(byPath(diffs, 'renamed edit.txt')).toMatchObject({ status: 'renamed', oldPath: 'rename-edit.txt', addedLines: [12] });
  });

  it('marks binary files and reports no lines for them', () => {
    expect(byPath(diffs, 'image.bin')).toMatchObject({ status: 'modified', binary: true, addedLines: [] });
  });

  it('lists a mode-only change with no added lines', () => {
    expect(byPath(diffs, 'script.sh')).toMatchObject({ status: 'modified', oldPath: 'script.sh', addedLines: [] });
  });

  it('handles "\\ No newline at end of file"', () => {
    expect(byPath(diffs, 'noeol.txt').addedLines).toEqual([2, 3]);
  });

  it('does not mistake "+++ " / "--- " content lines for headers', () => {
    const d = byPath(diffs, 'plus.txt');
    expect(d.addedLines).toEqual([2, 4]);
    expect(diffs.filter((x) => x.path.includes('not-a-header') || x.path.includes('also-content'))).toEqual([]);
  });

  it('handles pure deletions (hunks with a new count of 0)', () => {
    expect(byPath(diffs, 'shrink.txt')).toMatchObject({ status: 'modified', addedLines: [] });
  });

  it('decodes quoted paths: spaces, tabs, quotes, backslashes, non-ASCII', () => {
    for (const p of Object.values(weird)) {
      expect(byPath(diffs, p)).toMatchObject({ path: p, oldPath: p, status: 'modified', addedLines: [2] });
    }
  });

  it('lists exactly the changed files', () => {
    const names = diffs.map((d) => d.path || d.oldPath).sort();
    expect(names).toEqual(
      [
        'modified.txt', 'added.txt', 'deleted.txt', 'renamed-plain.txt', 'renamed edit.txt', 'image.bin', 'script.sh',
        'noeol.txt', 'plus.txt', 'shrink.txt', ...Object.values(weird),
      ].sort(),
    );
  });

  it('gives the same added lines from diffs with context (-U3, -U10) as from -U0', async () => {
    for (const context of ['-U3', '-U10']) {
      const out = await git(repo, ['diff', context, '-M', '--src-prefix=a/', '--dst-prefix=b/', base, 'HEAD']);
      expect(parseUnifiedDiff(out)).toEqual(diffs);
    }
  });

  it('is not fooled by user settings that change the diff format', async () => {
    const settings: [string, string][] = [
      ['diff.interHunkContext', '5'],
      ['diff.relative', 'true'],
      ['diff.mnemonicPrefix', 'true'],
      ['diff.noprefix', 'true'],
      ['diff.renames', 'false'],
      ['color.diff', 'always'],
      ['color.ui', 'always'],
      ['core.quotePath', 'false'],
      ['diff.external', 'false'],
      ['diff.suppressBlankEmpty', 'true'],
    ];
    for (const [key, value] of settings) sh(repo, ['config', key, value]);
    try {
      expect(await changedLines(join(repo, 'dir with space'), base)).toEqual(diffs);
    } finally {
      for (const [key] of settings) sh(repo, ['config', '--unset', key]);
    }
  });

  it('reads copies from `git diff -C --find-copies-harder`', async () => {
    const copyRepo = newRepo();
    write(copyRepo, 'orig.txt', lines(20, 'c'));
    const first = commit(copyRepo, 'one');
    write(copyRepo, 'copy plain.txt', lines(20, 'c'));
    write(copyRepo, 'copy-edit.txt', lines(20, 'c').replace('c line 7', 'c line seven'));
    commit(copyRepo, 'two');
    const out = await git(copyRepo, ['diff', '-U0', '-C', '--find-copies-harder', '--src-prefix=a/', '--dst-prefix=b/', first, 'HEAD']);
    const copies = parseUnifiedDiff(out);
    expect(byPath(copies, 'copy plain.txt')).toMatchObject({ status: 'copied', oldPath: 'orig.txt', addedLines: [] });
    expect(byPath(copies, 'copy-edit.txt')).toMatchObject({ status: 'copied', oldPath: 'orig.txt', addedLines: [7] });
  });

  it('parses a binary file added with --binary patches', async () => {
    const binRepo = newRepo();
    write(binRepo, 'x.txt', 'x\n');
    const first = commit(binRepo, 'one');
    write(binRepo, 'blob.dat', Buffer.from([0, 0, 1, 2, 3]));
    commit(binRepo, 'two');
    const out = await git(binRepo, ['diff', '-U0', '--binary', '--src-prefix=a/', '--dst-prefix=b/', first, 'HEAD']);
    expect(parseUnifiedDiff(out)).toEqual([{ path: 'blob.dat', oldPath: '', status: 'added', binary: true, addedLines: [] }]);
  });
});

describe('parseUnifiedDiff on hand-written input', () => {
  it('reads hunks without counts and count 0 on either side', () => {
    const text = [
      'diff --git a/f.txt b/f.txt',
      'index 1..2 100644',
      '--- a/f.txt',
      '+++ b/f.txt',
      '@@ -3 +3 @@',
      '-old',
      '+new',
      '@@ -10,0 +11,2 @@',
      '+x',
      '+y',
      '@@ -20,2 +21,0 @@',
      '-gone',
      '-gone too',
      '',
    ].join('\n');
    expect(parseUnifiedDiff(text)).toEqual([{ path: 'f.txt', oldPath: 'f.txt', status: 'modified', binary: false, addedLines: [3, 11, 12] }]);
  });

  it('records only + lines when hunks carry context, including blank context lines without their space', () => {
    const text = ['diff --git a/f b/f', '--- a/f', '+++ b/f', '@@ -1,4 +1,5 @@', ' one', '', '-old', '+new', '+more', ' four', ''].join('\n');
    expect(parseUnifiedDiff(text)[0]!.addedLines).toEqual([3, 4]);
  });

  it('rejects an unreadable hunk header', () => {
    const text = 'diff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -x +y @@\n';
    expect(() => parseUnifiedDiff(text)).toThrow(InputError);
  });

  it('splits a quoted header whose name contains an escaped quote and a space (no ---/+++ lines)', () => {
    const text = [
      'diff --git "a/q\\" b.bin" "b/q\\" b.bin"',
      'index 1..2 100644',
      'Binary files "a/q\\" b.bin" and "b/q\\" b.bin" differ',
      'diff --git "a/x\\" y.sh" "b/x\\" y.sh"',
      'old mode 100644',
      'new mode 100755',
      '',
    ].join('\n');
    expect(parseUnifiedDiff(text)).toEqual([
      { path: 'q" b.bin', oldPath: 'q" b.bin', status: 'modified', binary: true, addedLines: [] },
      { path: 'x" y.sh', oldPath: 'x" y.sh', status: 'modified', binary: false, addedLines: [] },
    ]);
  });

  it('returns nothing for empty output', () => {
    expect(parseUnifiedDiff('')).toEqual([]);
  });

  it('unquotes C-quoted paths with octal escapes', () => {
    expect(unquoteGitPath('"\\303\\251 \\346\\227\\245\\346\\234\\254.txt"')).toBe('é 日本.txt');
    expect(unquoteGitPath('"a\\tb\\"c\\\\d"')).toBe('a\tb"c\\d');
    expect(unquoteGitPath('plain name.txt')).toBe('plain name.txt');
  });
});

describe('changedLines, mergeBase, lsFiles', () => {
  let repo: string;
  let forkPoint: string;

  beforeAll(() => {
    repo = newRepo();
    write(repo, 'shared.txt', lines(4, 'shared'));
    write(repo, 'sub/deep/é.txt', 'x\n');
    forkPoint = commit(repo, 'root');
    sh(repo, ['checkout', '-q', '-b', 'feature']);
    write(repo, 'shared.txt', lines(4, 'shared') + 'feature line\n');
    write(repo, 'feature.txt', 'f\n');
    commit(repo, 'feature work');
    sh(repo, ['checkout', '-q', 'main']);
    // main moves on after the branch point: these lines must NOT count as the feature's changes.
    write(repo, 'main-only.txt', 'm\n');
    write(repo, 'shared.txt', 'main header\n' + lines(4, 'shared'));
    commit(repo, 'main work');
    sh(repo, ['checkout', '-q', 'feature']);
  });

  it('finds the merge base of a branch', async () => {
    expect(await mergeBase(repo, 'main')).toBe(forkPoint);
  });

  it('diffs against the merge base, not the moved base branch', async () => {
    const diffs = await changedLines(repo, 'main');
    expect(diffs.map((d) => d.path).sort()).toEqual(['feature.txt', 'shared.txt']);
    expect(byPath(diffs, 'shared.txt').addedLines).toEqual([5]);
  });

  it('diffs the working tree when head is null', async () => {
    write(repo, 'feature.txt', 'f\nuncommitted\n');
    try {
      const diffs = await changedLines(repo, 'main', null);
      expect(byPath(diffs, 'feature.txt').addedLines).toEqual([1, 2]);
    } finally {
      write(repo, 'feature.txt', 'f\n');
    }
  });

  it('names the problem when the base is not in the clone', async () => {
    const missing = 'f'.repeat(40);
    await expect(mergeBase(repo, missing)).rejects.toThrow(InputError);
    await expect(mergeBase(repo, missing)).rejects.toThrow(/not in this clone.*fetch-depth: 0/);
    await expect(changedLines(repo, 'no-such-branch')).rejects.toThrow(/base no-such-branch is not in this clone/);
  });

  it('says the clone is too shallow when histories do not meet', async () => {
    sh(repo, ['checkout', '-q', '--orphan', 'island']);
    write(repo, 'island.txt', 'i\n');
    commit(repo, 'unrelated');
    try {
      await expect(mergeBase(repo, 'main')).rejects.toThrow(/no merge base between main and HEAD/);
    } finally {
      sh(repo, ['checkout', '-q', '-f', 'feature']);
    }
  });

  it('lists tracked files repository-relative, decoded, from a subfolder too', async () => {
    const top = await lsFiles(repo);
    expect(top.sort()).toEqual(['feature.txt', 'shared.txt', 'sub/deep/é.txt']);
    // From a subfolder: only the files below it, still named from the repository root.
    expect(await lsFiles(join(repo, 'sub'))).toEqual(['sub/deep/é.txt']);
    expect(await repoPrefix(join(repo, 'sub', 'deep'))).toBe('sub/deep');
    expect(await repoPrefix(repo)).toBe('');
  });

  it('tells a repository from a plain folder', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'rg-plain-'));
    made.push(plain);
    expect(await isGitRepository(repo)).toBe(true);
    expect(await isGitRepository(plain)).toBe(false);
    await expect(git(plain, ['status'])).rejects.toThrow(InputError);
  });
});

describe('property: reported added lines are exactly the lines the edit inserted', () => {
  type Edit = { kind: 'keep' } | { kind: 'drop' } | { kind: 'replace'; count: number } | { kind: 'insert'; count: number };
  const editArb: fc.Arbitrary<Edit> = fc.oneof(
    { arbitrary: fc.constant<Edit>({ kind: 'keep' }), weight: 5 },
    { arbitrary: fc.constant<Edit>({ kind: 'drop' }), weight: 1 },
    { arbitrary: fc.integer({ min: 1, max: 3 }).map<Edit>((count) => ({ kind: 'replace', count })), weight: 1 },
    { arbitrary: fc.integer({ min: 1, max: 3 }).map<Edit>((count) => ({ kind: 'insert', count })), weight: 1 },
  );
  const fileArb = fc.record({
    name: fc.constantFrom('a.txt', 'dir/b c.txt', 'ü.txt', 'x"y.txt'),
    oldLines: fc.integer({ min: 0, max: 30 }),
    edits: fc.array(editArb, { maxLength: 34 }),
    tail: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 1 }),
    eol: fc.boolean(),
  });

  it('holds for random edits across files', async () => {
    const repo = newRepo();
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fileArb, { selector: (f) => f.name, minLength: 1, maxLength: 4 }), async (files) => {
        round++;
        sh(repo, ['rm', '-rq', '--ignore-unmatch', '.']);
        const expected = new Map<string, number[]>();
        for (const f of files) {
          // Every line is unique, so the only correct diff keeps all surviving old lines.
          const old = Array.from({ length: f.oldLines }, (_, i) => `r${round} ${f.name} old ${i}`);
          write(repo, f.name, old.join('\n') + (f.eol && old.length ? '\n' : ''));
        }
        const base = commit(repo, `base ${round}`);
        for (const f of files) {
          const old = Array.from({ length: f.oldLines }, (_, i) => `r${round} ${f.name} old ${i}`);
          const out: string[] = [];
          const inserted: number[] = [];
          let next = 0;
          let fresh = 0;
          const add = (count: number) => {
            for (let k = 0; k < count; k++) {
              out.push(`r${round} ${f.name} new ${fresh++}`);
              inserted.push(out.length);
            }
          };
          for (const e of f.edits) {
            if (e.kind === 'insert') add(e.count);
            else if (next < old.length) {
              if (e.kind === 'keep') out.push(old[next]!);
              else if (e.kind === 'replace') add(e.count);
              next++;
            }
          }
          while (next < old.length) out.push(old[next++]!);
          for (const t of f.tail) add(t);
          write(repo, f.name, out.join('\n') + (f.eol && out.length ? '\n' : ''));
          // To git a line includes its newline: a kept old line that gains or loses the final newline is re-added.
          const oldHadNewline = new Map(old.map((text, j) => [text, f.eol || j < old.length - 1]));
          out.forEach((text, i) => {
            const had = oldHadNewline.get(text);
            if (had !== undefined && had !== (f.eol || i < out.length - 1)) inserted.push(i + 1);
          });
          inserted.sort((a, b) => a - b);
          expected.set(f.name, inserted);
        }
        commit(repo, `edit ${round}`);
        const diffs = await changedLines(repo, base);
        for (const f of files) {
          const d = diffs.find((x) => x.path === f.name);
          const want = expected.get(f.name)!;
          if (!want.length) {
            // Nothing inserted: either unchanged (absent), a pure deletion, or the file emptied.
            expect(d?.addedLines ?? []).toEqual([]);
          } else {
            expect(d?.addedLines).toEqual(want);
          }
        }
      }),
      { numRuns: 30 },
    );
  });
});
