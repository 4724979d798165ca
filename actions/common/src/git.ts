// The git helpers every diff-aware gate needs: run git safely, list tracked files, find the merge base,
// and parse `git diff -U0` into the lines each file gained.

import { execFile } from 'node:child_process';
import { InputError } from './errors';
import type { EventContext } from './event';

export interface GitRunOptions {
  maxBuffer?: number;
}

export function git(cwd: string, args: readonly string[], options: GitRunOptions = {}): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      'git',
      // Settings that would change the output format are pinned here, whatever the user's config says.
      [
        '-c', 'core.quotePath=true', '-c', 'diff.noprefix=false', '-c', 'color.ui=false',
        // diff.relative would make paths cwd-relative; interHunkContext would add context lines to -U0 hunks.
        '-c', 'diff.relative=false', '-c', 'diff.interHunkContext=0',
        ...args,
      ],
      {
        cwd,
        maxBuffer: options.maxBuffer ?? 512 * 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
        encoding: 'utf8',
      },
      (err, stdout, stderr) => {
        if (err) {
          const detail = (stderr || err.message).trim().split('\n').slice(0, 3).join(' ');
          reject(new InputError(`git ${args[0]} failed: ${detail}`));
        } else resolvePromise(stdout);
      },
    );
  });
}

export async function isGitRepository(cwd: string): Promise<boolean> {
  try {
    return (await git(cwd, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
  } catch {
    return false;
  }
}

/** Tracked files, repository-relative with `/`. */
export async function lsFiles(cwd: string): Promise<string[]> {
  const out = await git(cwd, ['ls-files', '-z', '--full-name']);
  return out.split('\0').filter(Boolean);
}

/** Path of `cwd` inside its repository ('' at the top), so repo-relative paths can be mapped. */
export async function repoPrefix(cwd: string): Promise<string> {
  return (await git(cwd, ['rev-parse', '--show-prefix'])).trim().replace(/\/$/, '');
}

export async function mergeBase(cwd: string, base: string, head = 'HEAD'): Promise<string> {
  try {
    await git(cwd, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]);
  } catch {
    throw new InputError(
      `base ${base} is not in this clone; check out with enough history (actions/checkout with fetch-depth: 0) or fetch the base ref`,
    );
  }
  try {
    return (await git(cwd, ['merge-base', base, head])).trim();
  } catch {
    throw new InputError(`no merge base between ${base} and ${head}: the clone is too shallow (use fetch-depth: 0)`);
  }
}

export interface FileDiff {
  /** Path on the new side ('' when the file was deleted). */
  path: string;
  /** Path on the old side ('' when the file was added). */
  oldPath: string;
  status: 'added' | 'deleted' | 'modified' | 'renamed' | 'copied';
  binary: boolean;
  /** 1-based line numbers added on the new side, ascending. */
  addedLines: number[];
}

/** Decode a path as git prints it: plain, or C-quoted with octal escapes for bytes. */
export function unquoteGitPath(raw: string): string {
  if (!raw.startsWith('"')) return raw;
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 1; i < raw.length - 1; i++) {
    const ch = raw[i]!;
    if (ch !== '\\') {
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
      continue;
    }
    const next = raw[++i]!;
    if (next >= '0' && next <= '7') {
      bytes.push(parseInt(raw.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function stripPrefix(path: string, prefix: 'a/' | 'b/'): string {
  return path.startsWith(prefix) ? path.slice(2) : path;
}

/** Index of the quote closing a C-quoted string that starts at 0, or -1. */
function quotedEnd(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

/** Split `a/x b/y` from a `diff --git` header, where quoting or equal halves make it unambiguous. */
function headerPaths(rest: string): [string, string] | undefined {
  if (rest.startsWith('"')) {
    // Find the closing quote by walking escapes: a name may itself contain `\" `.
    const end = quotedEnd(rest);
    if (end === -1 || rest[end + 1] !== ' ') return undefined;
    return [unquoteGitPath(rest.slice(0, end + 1)), unquoteGitPath(rest.slice(end + 2))];
  }
  // Unquoted: both sides are the same length when the path did not change.
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest[half] === ' ') return [rest.slice(0, half), rest.slice(half + 1)];
  const quoted = rest.indexOf(' "');
  if (quoted !== -1) return [rest.slice(0, quoted), unquoteGitPath(rest.slice(quoted + 1))];
  return undefined;
}

/** Parse the output of `git diff -U0` (with a/ b/ prefixes). */
export function parseUnifiedDiff(text: string): FileDiff[] {
  const files: FileDiff[] = [];
  let current: FileDiff | undefined;
  let oldLeft = 0;
  let newLeft = 0;
  // New-side number of the next line in the current hunk: context lines advance it, added lines are recorded.
  let newLine = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (oldLeft > 0 || newLeft > 0) {
      // Inside a hunk: content lines, whatever they look like ("+++ x" can be an added line).
      if (line.startsWith('-')) oldLeft--;
      else if (line.startsWith('+')) {
        newLeft--;
        current?.addedLines.push(newLine++);
      } else if (line.startsWith(' ') || line === '') {
        // A context line ('' when diff.suppressBlankEmpty printed a blank one without its space).
        oldLeft--;
        newLeft--;
        newLine++;
      } else if (!line.startsWith('\\')) {
        oldLeft = newLeft = 0;
        i--;
      }
      continue;
    }
    if (line.startsWith('diff --git ')) {
      const paths = headerPaths(line.slice('diff --git '.length));
      current = {
        path: paths ? stripPrefix(paths[1], 'b/') : '',
        oldPath: paths ? stripPrefix(paths[0], 'a/') : '',
        status: 'modified',
        binary: false,
        addedLines: [],
      };
      files.push(current);
      continue;
    }
    if (!current) continue;
    if (line.startsWith('new file mode')) current.status = 'added';
    else if (line.startsWith('deleted file mode')) current.status = 'deleted';
    else if (line.startsWith('rename from ')) {
      current.status = 'renamed';
      current.oldPath = unquoteGitPath(line.slice('rename from '.length));
    } else if (line.startsWith('rename to ')) current.path = unquoteGitPath(line.slice('rename to '.length));
    else if (line.startsWith('copy from ')) {
      current.status = 'copied';
      current.oldPath = unquoteGitPath(line.slice('copy from '.length));
    } else if (line.startsWith('copy to ')) current.path = unquoteGitPath(line.slice('copy to '.length));
    else if (line.startsWith('Binary files ') || line === 'GIT binary patch') current.binary = true;
    else if (line.startsWith('--- ')) {
      const p = line.slice(4);
      current.oldPath = p === '/dev/null' ? '' : stripPrefix(unquoteGitPath(p.replace(/\t$/, '')), 'a/');
    } else if (line.startsWith('+++ ')) {
      const p = line.slice(4);
      current.path = p === '/dev/null' ? '' : stripPrefix(unquoteGitPath(p.replace(/\t$/, '')), 'b/');
    } else if (line.startsWith('@@ ')) {
      const m = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) throw new InputError(`unreadable hunk header: ${line}`);
      oldLeft = m[2] === undefined ? 1 : Number(m[2]);
      newLeft = m[4] === undefined ? 1 : Number(m[4]);
      newLine = Number(m[3]);
    }
  }
  for (const f of files) {
    if (f.status === 'deleted') f.path = '';
    if (f.status === 'added') f.oldPath = '';
  }
  return files;
}

/** Lines added on HEAD (or the working tree when `head` is null) since the merge base with `base`. */
export async function changedLines(cwd: string, base: string, head: string | null = 'HEAD'): Promise<FileDiff[]> {
  const mb = await mergeBase(cwd, base, head ?? 'HEAD');
  // --no-color: color.diff=always in a user's config beats the pinned color.ui=false.
  const args = ['diff', '-U0', '-M', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', mb];
  if (head) args.push(head);
  return parseUnifiedDiff(await git(cwd, args));
}

/** The base to diff against: explicit first, then the event's; undefined when there is none. */
export function baseFromEvent(event: EventContext): string | undefined {
  return event.base;
}
