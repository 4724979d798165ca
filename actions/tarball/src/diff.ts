// Compare this tarball with the previous published one: files added and removed, exported files that
// disappeared (a breaking change), executables that lost their +x bit, and size movements. Pure.

import { formatBytes } from '../../common/src/numbers';
import type { PackedFile } from './archive';
import type { Issue } from './issues';

export interface Snapshot {
  version: string;
  files: readonly PackedFile[];
  packedBytes: number;
  unpackedBytes: number;
  /** Files reachable through the manifest (main, exports, bin, types...). */
  exported: ReadonlySet<string>;
  /** Subpath keys of `exports` ("." for a string export). */
  exportKeys: readonly string[];
}

export interface SizeChange {
  path: string;
  before: number;
  after: number;
}

export interface TarballDiff {
  previousVersion: string;
  added: PackedFile[];
  removed: PackedFile[];
  changed: SizeChange[];
  lostExecutable: string[];
  removedExports: string[];
  removedExportKeys: string[];
  packedDelta: number;
  unpackedDelta: number;
  fileCountDelta: number;
  issues: Issue[];
}

export function exportKeys(exports: unknown): string[] {
  if (exports === undefined) return [];
  if (typeof exports === 'object' && exports !== null && !Array.isArray(exports)) {
    const all = Object.keys(exports).filter((k) => k.startsWith('.'));
    if (!all.length) return ['.'];
    // A subpath mapped to null was never importable: dropping it breaks nothing.
    return all.filter((k) => (exports as Record<string, unknown>)[k] !== null);
  }
  return ['.'];
}

function signed(n: number, bytes: boolean): string {
  const text = bytes ? formatBytes(Math.abs(n)) : String(Math.abs(n));
  return n > 0 ? `+${text}` : n < 0 ? `-${text}` : '±0';
}

export function diffSnapshots(previous: Snapshot, current: Snapshot, removedExports: 'fail' | 'warn'): TarballDiff {
  const prevByPath = new Map(previous.files.map((f) => [f.path, f]));
  const curByPath = new Map(current.files.map((f) => [f.path, f]));
  const added = current.files.filter((f) => !prevByPath.has(f.path));
  const removed = previous.files.filter((f) => !curByPath.has(f.path));
  const changed: SizeChange[] = [];
  const lostExecutable: string[] = [];
  for (const f of current.files) {
    const before = prevByPath.get(f.path);
    if (!before) continue;
    if (before.size !== f.size) changed.push({ path: f.path, before: before.size, after: f.size });
    if (before.mode & 0o111 && !(f.mode & 0o111)) lostExecutable.push(f.path);
  }
  changed.sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before) || (a.path < b.path ? -1 : 1));
  const removedExportFiles = [...previous.exported].filter((p) => !curByPath.has(p)).sort();
  const curKeys = new Set(current.exportKeys);
  const removedKeys = previous.exportKeys.filter((k) => !curKeys.has(k));
  const severity = removedExports === 'fail' ? 'error' : 'warning';
  const issues: Issue[] = [];
  for (const key of removedKeys) {
    issues.push({
      rule: 'tarball/removed-export',
      severity,
      key: ['exports'],
      message: `exports[${JSON.stringify(key)}] existed in ${previous.version} and is gone: importing it now fails (a breaking change)`,
    });
  }
  for (const path of removedExportFiles.slice(0, 20)) {
    issues.push({
      rule: 'tarball/removed-export',
      severity,
      path,
      message: `${path} was an entry point in ${previous.version} (main/exports/bin/types) and is no longer packed (a breaking change)`,
    });
  }
  if (removedExportFiles.length > 20) {
    issues.push({ rule: 'tarball/removed-export', severity, message: `${removedExportFiles.length - 20} more exported files of ${previous.version} are no longer packed` });
  }
  for (const path of lostExecutable) {
    issues.push({
      rule: 'tarball/lost-executable',
      severity: 'warning',
      path,
      message: `${path} was executable in ${previous.version} and is not any more`,
    });
  }
  const packedDelta = current.packedBytes - previous.packedBytes;
  const unpackedDelta = current.unpackedBytes - previous.unpackedBytes;
  const fileCountDelta = current.files.length - previous.files.length;
  issues.push({
    rule: 'tarball/diff',
    severity: 'note',
    message: `vs ${previous.version}: ${added.length} added, ${removed.length} removed, ${changed.length} resized; files ${signed(fileCountDelta, false)}, unpacked ${signed(unpackedDelta, true)}, packed ${signed(packedDelta, true)}`,
  });
  return {
    previousVersion: previous.version,
    added,
    removed,
    changed,
    lostExecutable,
    removedExports: removedExportFiles,
    removedExportKeys: removedKeys,
    packedDelta,
    unpackedDelta,
    fileCountDelta,
    issues,
  };
}

/** The registry's dist.fileCount / dist.unpackedSize must describe the tarball it serves (manifest confusion). */
export function registryMismatch(dist: Record<string, unknown> | undefined, files: number, unpackedBytes: number): string[] {
  const claims: string[] = [];
  if (typeof dist?.fileCount === 'number' && dist.fileCount !== files) claims.push(`fileCount ${dist.fileCount} vs ${files} files`);
  if (typeof dist?.unpackedSize === 'number' && dist.unpackedSize !== unpackedBytes) claims.push(`unpackedSize ${dist.unpackedSize} vs ${unpackedBytes} bytes`);
  return claims;
}
