// Globbing that stays inside the workspace: patterns may not climb out with `..` or absolute paths,
// and symbolic links that lead outside are skipped (and reported), never followed.

import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { ConfigurationError } from './errors';

export interface GlobOptions {
  /** Option name for error messages (e.g. `report`). */
  option?: string;
  /** Extra patterns to exclude. */
  ignore?: readonly string[];
  /** Folders never walked unless a pattern names them literally. */
  skipDirs?: readonly string[];
}

export interface GlobResult {
  /** Matched files, workspace-relative, `/`-separated, sorted, unique. */
  files: string[];
  /** Files or links passed over because they resolve outside the workspace. */
  outside: string[];
  /** Patterns (not negations) that matched no file. */
  unmatched: string[];
}

const DEFAULT_SKIP = ['.git', 'node_modules'];

export function toPosix(path: string): string {
  return sep === '\\' ? path.split(sep).join('/') : path;
}

export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Reject patterns that would look outside the workspace; return it workspace-relative. */
export function normalisePattern(root: string, pattern: string, option?: string): string {
  let p = pattern.trim().replace(/\\/g, '/');
  if (isAbsolute(p)) {
    const rel = toPosix(relative(root, p));
    if (rel.startsWith('..') || isAbsolute(rel)) {
      throw new ConfigurationError(`pattern ${JSON.stringify(pattern)} points outside the workspace ${root}`, option);
    }
    p = rel;
  }
  p = p.replace(/^\.\//, '');
  if (p.split('/').includes('..')) {
    throw new ConfigurationError(`pattern ${JSON.stringify(pattern)} climbs out of the workspace with '..'`, option);
  }
  return p;
}

async function walk(
  root: string,
  realRoot: string,
  dir: string,
  skip: Set<string>,
  onFile: (rel: string) => void,
  onOutside: (rel: string) => void,
): Promise<void> {
  let entries;
  try {
    entries = await readdir(join(root, dir), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!skip.has(entry.name)) await walk(root, realRoot, rel, skip, onFile, onOutside);
    } else if (entry.isFile()) {
      onFile(rel);
    } else if (entry.isSymbolicLink()) {
      // A link to a file inside the workspace is read; a link to a folder is not walked (cycles).
      try {
        const target = await realpath(join(root, rel));
        if (!isInside(realRoot, target)) onOutside(rel);
        else if ((await stat(target)).isFile()) onFile(rel);
      } catch {
        // Dangling link: nothing to read.
      }
    }
  }
}

/** Expand patterns (`!` negates) against the files under `root`. */
export async function expandGlobs(root: string, patterns: readonly string[], options: GlobOptions = {}): Promise<GlobResult> {
  const absRoot = resolve(root);
  const realRoot = await realpath(absRoot);
  const positives: string[] = [];
  const negatives: string[] = [...(options.ignore ?? [])];
  for (const raw of patterns) {
    if (!raw.trim()) continue;
    if (raw.trim().startsWith('!')) negatives.push(normalisePattern(absRoot, raw.trim().slice(1), options.option));
    else positives.push(normalisePattern(absRoot, raw, options.option));
  }
  const files = new Set<string>();
  const outside = new Set<string>();
  const unmatched: string[] = [];
  const isExcluded = negatives.length ? picomatch(negatives, { dot: true }) : () => false;
  const skipDefault = options.skipDirs ?? DEFAULT_SKIP;

  for (const pattern of positives) {
    const scan = picomatch.scan(pattern);
    let found = 0;
    const accept = (rel: string) => {
      if (isExcluded(rel)) return;
      found++;
      files.add(rel);
    };
    if (!scan.isGlob) {
      // A literal path: check it directly (it may be inside a skipped folder, or a symlink).
      const abs = join(absRoot, pattern);
      try {
        const st = await lstat(abs);
        const target = await realpath(abs);
        if (!isInside(realRoot, target)) outside.add(pattern);
        else if (st.isFile() || (st.isSymbolicLink() && (await stat(target)).isFile())) accept(pattern);
      } catch {
        // Missing: reported as unmatched below.
      }
    } else {
      const matcher = picomatch(pattern, { dot: true });
      // Folders named literally in the pattern are walked even when skipped by default.
      const named = new Set(pattern.split('/'));
      const skip = new Set(skipDefault.filter((d) => !named.has(d)));
      const base = scan.base.replace(/\/$/, '');
      // readdir follows links, so a base folder reached through a link must be checked before walking it.
      if (base) {
        let realBase: string;
        try {
          realBase = await realpath(join(absRoot, base));
        } catch {
          unmatched.push(pattern);
          continue;
        }
        if (!isInside(realRoot, realBase)) {
          outside.add(base);
          unmatched.push(pattern);
          continue;
        }
      }
      await walk(absRoot, realRoot, base, skip, (rel) => matcher(rel) && accept(rel), (rel) => matcher(rel) && outside.add(rel));
    }
    if (!found) unmatched.push(pattern);
  }
  return { files: [...files].sort(), outside: [...outside].sort(), unmatched };
}

/** A matcher for workspace-relative paths (dotfiles included), for rules and policies. */
export function compileGlobs(patterns: readonly string[]): (path: string) => boolean {
  if (!patterns.length) return () => false;
  return picomatch([...patterns], { dot: true });
}
