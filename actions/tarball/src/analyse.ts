// Pure analysis of one listed tarball: the file model, the manifest, the entry points, the policy and
// budgets, and (given the previous snapshot) the diff. The collect step feeds it what only I/O can know:
// whether a missing target exists in the package folder, and which packed files mention an import.

import { buildArchiveModel, type PackedFile } from './archive';
import { diffSnapshots, exportKeys, type Snapshot, type TarballDiff } from './diff';
import { exportedFiles, planEntryPoints, resolveTargets, type EntryTarget, type TargetResult } from './entry-points';
import { formatJsonPath, type Issue } from './issues';
import { checkManifest, MAX_MANIFEST_BYTES, readManifest, type Manifest, type ManifestRead } from './manifest';
import { checkBudgets, checkForbidden, checkPublishedDirs, checkRequired, type BudgetRow, type Budgets, type ForbiddenRule } from './policy';
import type { ArchiveListing } from './tar/read';

export interface Analysis {
  files: PackedFile[];
  root: string | undefined;
  packedBytes: number;
  unpackedBytes: number;
  archiveIssues: Issue[];
  manifest: ManifestRead;
  results: TargetResult[];
  planIssues: Issue[];
  exclusions: RegExp[];
}

/** Capture callback for the reader: the root package.json (a few, bounded, in case of several roots). */
export function manifestCapture(): (path: string) => number {
  let kept = 0;
  return (path) => {
    if (kept >= 4 || !/^[^/]+\/package\.json$/.test(path)) return 0;
    kept++;
    return MAX_MANIFEST_BYTES + 1;
  };
}

export function analyseListing(listing: ArchiveListing, allowConditions: readonly string[]): Analysis {
  const model = buildArchiveModel(listing.entries);
  const pkgJson = model.files.find((f) => f.path === 'package.json');
  const captured = pkgJson ? listing.contents.get(pkgJson.index) : undefined;
  const manifest = readManifest(captured?.data, (captured?.data.length ?? 0) > MAX_MANIFEST_BYTES);
  const fileList = model.files.map((f) => f.path);
  const plan = manifest.manifest ? planEntryPoints(manifest.manifest, allowConditions) : { targets: [], issues: [], exclusions: [] };
  return {
    files: model.files,
    root: model.root,
    packedBytes: listing.packedBytes,
    unpackedBytes: model.files.reduce((n, f) => n + f.size, 0),
    archiveIssues: model.issues,
    manifest,
    results: resolveTargets(plan.targets, fileList, new Set(fileList)),
    planIssues: plan.issues,
    exclusions: plan.exclusions,
  };
}

/** Missing imports targets whose specifier packed code might contain: the needles for a second pass. */
export function missingImportSpecifiers(analysis: Analysis): string[] {
  const out = new Set<string>();
  for (const r of analysis.results) if (r.target.scope === 'imports' && !r.matches.length && r.target.specifier) out.add(r.target.specifier);
  return [...out];
}

export function snapshotOf(analysis: Analysis, version: string): Snapshot {
  return {
    version,
    files: analysis.files,
    packedBytes: analysis.packedBytes,
    unpackedBytes: analysis.unpackedBytes,
    exported: exportedFiles(analysis.results, analysis.exclusions),
    exportKeys: exportKeys(analysis.manifest.manifest?.exports),
  };
}

export type EntryStatus = 'ok' | 'not packed' | 'never built' | 'missing' | 'allowed condition' | 'unused import';

export interface EntryRow {
  field: string;
  target: string;
  status: EntryStatus;
  matched: string;
}

export interface CheckInput {
  analysis: Analysis;
  /** For missing targets: true when the file exists in the package folder; absent when no folder is known. */
  inFolder?: ReadonlyMap<EntryTarget, boolean>;
  /** For missing imports: packed files whose contents mention the specifier. */
  importReferences?: ReadonlyMap<string, readonly string[]>;
  previous?: Snapshot;
  required: readonly string[];
  forbidden: readonly ForbiddenRule[];
  publishedDirs: readonly string[];
  budgets: Budgets;
  removedExports: 'fail' | 'warn';
}

export interface PackageCheck {
  manifest?: Manifest;
  issues: Issue[];
  entryRows: EntryRow[];
  budgetRows: BudgetRow[];
  diff?: TarballDiff;
  entryPointsChecked: number;
}

function entryIssues(input: CheckInput): { issues: Issue[]; rows: EntryRow[]; checked: number } {
  const issues: Issue[] = [];
  const rows: EntryRow[] = [];
  let checked = 0;
  for (const { target, matches } of input.analysis.results) {
    const field = formatJsonPath(target.field);
    const shown = target.pattern ? `${target.raw} (pattern)` : target.raw;
    if (matches.length) {
      checked++;
      rows.push({ field, target: target.raw, status: 'ok', matched: target.pattern ? `${matches.length} files` : matches[0]! });
      if (target.scope === 'bin') issues.push(...binIssues(field, input.analysis.files.find((f) => f.path === matches[0])!));
      continue;
    }
    if (target.allowedCondition) {
      rows.push({ field, target: target.raw, status: 'allowed condition', matched: '' });
      continue;
    }
    checked++;
    if (target.scope === 'imports' && target.specifier && input.importReferences) {
      const refs = input.importReferences.get(target.specifier) ?? [];
      if (!refs.length) {
        rows.push({ field, target: target.raw, status: 'unused import', matched: '' });
        issues.push({
          rule: 'tarball/unused-import-target',
          severity: 'note',
          key: target.field,
          message: `${field} → ${shown} matches no packed file, but no packed file refers to ${JSON.stringify(target.specifier)}, so nothing breaks`,
        });
        continue;
      }
    }
    const folder = input.inFolder?.get(target);
    const status: EntryStatus = folder === undefined ? 'missing' : folder ? 'not packed' : 'never built';
    const what = target.pattern ? 'matches no packed file' : 'is not in the tarball';
    const why =
      status === 'not packed'
        ? ': it exists in the package folder but is not packed (check "files" and .npmignore)'
        : status === 'never built'
          ? ', nor in the package folder: it was never built (did the build run before packing?)'
          : '';
    const refs = target.scope === 'imports' ? input.importReferences?.get(target.specifier ?? '') : undefined;
    rows.push({ field, target: target.raw, status, matched: '' });
    issues.push({
      rule: 'tarball/missing-entry-point',
      severity: 'error',
      key: target.field,
      message: `${field} → ${shown} ${what}${why}${refs?.length ? ` (referenced by ${refs.slice(0, 3).join(', ')})` : ''}`,
    });
  }
  return { issues, rows, checked };
}

function binIssues(field: string, file: PackedFile): Issue[] {
  const out: Issue[] = [];
  if (!file.shebang) {
    out.push({
      rule: 'tarball/bin-shebang',
      severity: 'error',
      path: file.path,
      message: `${field} → ${file.path} does not start with a #! line (e.g. #!/usr/bin/env node): the command fails when run from the shell`,
    });
  }
  if (!(file.mode & 0o100)) {
    out.push({
      rule: 'tarball/bin-not-executable',
      severity: 'warning',
      path: file.path,
      message: `${field} → ${file.path} has mode ${file.mode.toString(8).padStart(4, '0')} without the executable bit (npm sets it on install; other package managers may not)`,
    });
  }
  return out;
}

export function checkPackage(input: CheckInput): PackageCheck {
  const { analysis } = input;
  const manifest = analysis.manifest.manifest;
  const issues: Issue[] = [...analysis.archiveIssues, ...analysis.manifest.issues, ...analysis.planIssues];
  if (manifest) issues.push(...checkManifest(manifest));
  const entries = entryIssues(input);
  issues.push(...entries.issues);
  issues.push(...checkRequired(analysis.files, input.required));
  issues.push(...checkForbidden(analysis.files, input.forbidden));
  issues.push(...checkPublishedDirs(analysis.files, input.publishedDirs));
  const budgets = checkBudgets({ packedBytes: analysis.packedBytes, unpackedBytes: analysis.unpackedBytes, files: analysis.files }, input.budgets);
  issues.push(...budgets.issues);
  let diff: TarballDiff | undefined;
  if (input.previous) {
    diff = diffSnapshots(input.previous, snapshotOf(analysis, String(manifest?.version ?? 'this version')), input.removedExports);
    issues.push(...diff.issues);
  }
  const out: PackageCheck = { issues, entryRows: entries.rows, budgetRows: budgets.rows, entryPointsChecked: entries.checked };
  if (manifest) out.manifest = manifest;
  if (diff) out.diff = diff;
  return out;
}
