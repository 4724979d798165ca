// Turn raw tar entries into the package's file list, and report every entry that is unsafe to list,
// install or trust: escaping paths, links, devices, special mode bits, collisions and stray roots.
// Pure: no I/O.

import type { Issue } from './issues';
import type { RawEntry } from './tar/lister';

export interface PackedFile {
  /** Path inside the package, root folder stripped. */
  path: string;
  size: number;
  mode: number;
  shebang?: string;
  /** Index of the raw entry (to find captured contents). */
  index: number;
}

export interface ArchiveModel {
  /** The single root folder (`package` for npm). */
  root: string | undefined;
  files: PackedFile[];
  issues: Issue[];
}

const CONTROL = /[\u0000-\u001f\u007f]/;

function show(path: string): string {
  // Control characters are made visible so a message cannot forge lines or terminal escapes.
  const visible = path.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return JSON.stringify(visible.length > 200 ? visible.slice(0, 200) + '…' : visible);
}

/** Why a stored path is unsafe, or undefined. */
export function unsafePathReason(path: string, validUtf8: boolean): string | undefined {
  if (!validUtf8) return 'is not valid UTF-8';
  if (CONTROL.test(path)) return 'contains a control character';
  if (path.includes('\\')) return 'contains a backslash (a separator on Windows)';
  if (path.startsWith('/')) return 'is absolute';
  if (/^[A-Za-z]:/.test(path)) return 'starts with a drive letter';
  if (path === '') return 'is empty';
  const segments = path.replace(/\/$/, '').split('/');
  if (segments.includes('..')) return "has a '..' segment (climbs out of the install folder)";
  if (segments.includes('.')) return "has a '.' segment";
  if (segments.includes('')) return "has an empty segment ('//')";
  return undefined;
}

/** Key under which two names are the same file on a case-insensitive or normalising file system. */
function foldKey(nfc: string): string {
  // NFKC + upper + lower folds case, compatibility forms and expansions such as ß → SS → ss.
  return nfc.normalize('NFKC').toUpperCase().toLowerCase();
}

export function buildArchiveModel(entries: readonly RawEntry[]): ArchiveModel {
  const issues: Issue[] = [];
  const files: PackedFile[] = [];
  const roots = new Map<string, number>();
  const seen = new Map<string, { raw: string; isDir: boolean }>();
  const nfcSeen = new Map<string, string>();
  const foldSeen = new Map<string, string>();
  const fileSet = new Set<string>();
  let root: string | undefined;

  for (const e of entries) {
    const reason = unsafePathReason(e.path, e.validUtf8);
    if (reason) {
      issues.push({ rule: 'tarball/unsafe-path', severity: 'error', message: `archive entry ${show(e.path)} ${reason}` });
      continue;
    }
    const isDir = e.type === 'directory';
    const clean = e.path.replace(/\/$/, '');
    const slash = clean.indexOf('/');
    const first = slash === -1 ? clean : clean.slice(0, slash);
    if (slash === -1 && !isDir) {
      issues.push({
        rule: 'tarball/root-folder',
        severity: 'error',
        message: `archive entry ${show(e.path)} is not inside a root folder: npm strips the first path segment on install, so this file is lost`,
      });
      continue;
    }
    if (root === undefined) root = first;
    roots.set(first, (roots.get(first) ?? 0) + 1);
    if (first !== root) {
      issues.push({
        rule: 'tarball/root-folder',
        severity: 'error',
        message: `archive entry ${show(e.path)} is outside the root folder ${show(root)}: an archive must have exactly one root folder`,
      });
      continue;
    }
    const rel = slash === -1 ? '' : clean.slice(slash + 1);
    if (e.type === 'symlink' || e.type === 'hardlink') {
      issues.push({
        rule: 'tarball/link-entry',
        severity: 'error',
        path: rel,
        message: `${show(rel)} is a ${e.type === 'symlink' ? 'symbolic' : 'hard'} link to ${show(e.linkPath ?? '')}: npm drops links on install, so the file will be missing`,
      });
      continue;
    }
    if (e.type === 'char-device' || e.type === 'block-device' || e.type === 'fifo') {
      issues.push({ rule: 'tarball/special-entry', severity: 'error', path: rel, message: `${show(rel)} is a ${e.type.replace('-', ' ')}, which has no place in a package` });
      continue;
    }
    if (e.type === 'unsupported') {
      issues.push({
        rule: 'tarball/special-entry',
        severity: 'error',
        path: rel,
        message: `${show(rel)} has tar entry type ${show(e.typeflag)}, which npm does not install as a file`,
      });
      continue;
    }
    const special: string[] = [];
    if (e.mode & 0o4000) special.push('setuid');
    if (e.mode & 0o2000) special.push('setgid');
    if (e.mode & 0o1000 && !isDir) special.push('sticky');
    if (e.mode & 0o002) special.push('world-writable');
    if (special.length) {
      issues.push({
        rule: 'tarball/unsafe-mode',
        severity: 'error',
        path: rel,
        message: `${show(rel || e.path)} has mode ${e.mode.toString(8).padStart(4, '0')} (${special.join(', ')})`,
      });
    }
    if (rel === '') continue; // the root folder itself

    const prior = seen.get(rel);
    if (prior) {
      // A repeated folder entry is harmless; a repeated file silently replaces the earlier one.
      if (!(isDir && prior.isDir)) {
        issues.push({ rule: 'tarball/path-collision', severity: 'error', path: rel, message: `${show(rel)} appears more than once in the archive: the last copy silently wins` });
      }
      continue;
    }
    seen.set(rel, { raw: rel, isDir });
    const nfc = rel.normalize('NFC');
    const nfcPrior = nfcSeen.get(nfc);
    if (nfcPrior !== undefined) {
      issues.push({
        rule: 'tarball/path-collision',
        severity: 'error',
        path: rel,
        message: `${show(rel)} and ${show(nfcPrior)} are the same name after Unicode normalisation (NFC): one overwrites the other on macOS`,
      });
    } else {
      nfcSeen.set(nfc, rel);
      const fold = foldKey(nfc);
      const foldPrior = foldSeen.get(fold);
      if (foldPrior !== undefined) {
        issues.push({
          rule: 'tarball/path-collision',
          severity: 'error',
          path: rel,
          message: `${show(rel)} and ${show(foldPrior)} differ only in case (or compatibility form): they collide on Windows and macOS`,
        });
      } else foldSeen.set(fold, rel);
    }
    if (isDir) continue;
    fileSet.add(rel);
    const f: PackedFile = { path: rel, size: e.size, mode: e.mode, index: e.index };
    if (e.shebang !== undefined) f.shebang = e.shebang;
    files.push(f);
  }

  // A file and a folder of the same name cannot both be installed.
  for (const f of files) {
    for (let i = f.path.indexOf('/'); i !== -1; i = f.path.indexOf('/', i + 1)) {
      const parent = f.path.slice(0, i);
      if (fileSet.has(parent)) {
        issues.push({
          rule: 'tarball/path-collision',
          severity: 'error',
          path: parent,
          message: `${show(parent)} is both a file and the folder of ${show(f.path)}`,
        });
        fileSet.delete(parent); // report each clash once
      }
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { root, files, issues };
}
