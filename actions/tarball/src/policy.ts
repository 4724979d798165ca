// Layout policy over the packed file list: required files, forbidden files (with reasons), the folders a
// package may publish, and size/count budgets. Pure.

import picomatch from 'picomatch';
import { ConfigurationError } from '../../common/src/errors';
import { formatBytes } from '../../common/src/numbers';
import type { Severity } from '../../common/src/result';
import type { PackedFile } from './archive';
import type { Issue } from './issues';

export interface ForbiddenRule {
  glob: string;
  reason: string;
  severity: Severity | 'off';
  builtIn: boolean;
}

const TESTS = 'test code is not needed by consumers and often carries fixtures you did not mean to publish';

export const DEFAULT_FORBIDDEN: readonly Omit<ForbiddenRule, 'builtIn'>[] = [
  { glob: '.env*', severity: 'error', reason: 'environment files usually hold secrets (API keys, database URLs)' },
  { glob: '*.pem', severity: 'error', reason: 'PEM files hold private keys and certificates' },
  { glob: '*.key', severity: 'error', reason: '.key files are usually private keys' },
  { glob: 'id_rsa*', severity: 'error', reason: 'SSH private keys' },
  { glob: '.npmrc', severity: 'error', reason: '.npmrc may hold registry auth tokens' },
  { glob: '**/__tests__/**', severity: 'error', reason: TESTS },
  { glob: 'test/**', severity: 'error', reason: TESTS },
  { glob: 'tests/**', severity: 'error', reason: TESTS },
  { glob: '**/*.test.*', severity: 'error', reason: TESTS },
  { glob: '**/*.spec.*', severity: 'error', reason: TESTS },
  { glob: 'coverage/**', severity: 'error', reason: 'coverage reports are build output of the test run, not part of the package' },
  { glob: '.github/**', severity: 'error', reason: 'CI workflows and repository settings are not part of the package' },
  { glob: '**/*.map', severity: 'warning', reason: 'source maps can embed the whole original source (sourcesContent)' },
  { glob: 'tsconfig*.json', severity: 'warning', reason: 'compiler configuration is rarely useful to consumers and can break their tsconfig "extends"' },
];

export const DEFAULT_REQUIRED = ['package.json', 'README*', '{LICENSE,LICENCE,COPYING}*'];

/** Root files npm always packs: allowed next to published-dirs. */
const ALWAYS_ALLOWED_ROOT = /^(package\.json|(readme|license|licence|copying|changelog|changes|history|notice|authors)(\.[^/]*)?)$/i;

/** The `forbidden` option: a list of globs or {glob, reason, severity}, or a map glob → reason | false | {reason, severity}. */
export function forbiddenRules(option: unknown): ForbiddenRule[] {
  const rules = new Map<string, ForbiddenRule>();
  for (const d of DEFAULT_FORBIDDEN) rules.set(d.glob, { ...d, builtIn: true });
  const add = (glob: unknown, reason: unknown, severity: unknown) => {
    if (typeof glob !== 'string' || !glob.trim()) throw new ConfigurationError('forbidden: every entry needs a non-empty glob', 'forbidden');
    if (severity !== undefined && !['error', 'warning', 'note', 'off'].includes(String(severity))) {
      throw new ConfigurationError(`forbidden: severity of ${JSON.stringify(glob)} must be error, warning, note or off`, 'forbidden');
    }
    if (reason !== undefined && typeof reason !== 'string') throw new ConfigurationError(`forbidden: reason of ${JSON.stringify(glob)} must be a string`, 'forbidden');
    const g = glob.trim().replace(/^\.\//, '');
    rules.set(g, { glob: g, reason: reason ?? rules.get(g)?.reason ?? 'listed as forbidden', severity: (severity as ForbiddenRule['severity']) ?? 'error', builtIn: false });
  };
  if (option === undefined || option === null) return [...rules.values()];
  if (Array.isArray(option)) {
    for (const item of option) {
      if (typeof item === 'string') add(item, undefined, undefined);
      else if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        add(o.glob, o.reason, o.severity);
      } else throw new ConfigurationError('forbidden: list entries are globs or {glob, reason, severity}', 'forbidden');
    }
  } else if (typeof option === 'object') {
    for (const [glob, value] of Object.entries(option as Record<string, unknown>)) {
      if (value === false || value === 'off') add(glob, undefined, 'off');
      else if (typeof value === 'string') add(glob, value, undefined);
      else if (value === true) add(glob, undefined, undefined);
      else if (value && typeof value === 'object') add(glob, (value as Record<string, unknown>).reason, (value as Record<string, unknown>).severity);
      else throw new ConfigurationError(`forbidden: ${JSON.stringify(glob)} must map to a reason, false, or {reason, severity}`, 'forbidden');
    }
  } else throw new ConfigurationError('forbidden must be a list of globs or a map of glob to reason', 'forbidden');
  return [...rules.values()];
}

/** Globs without a slash match a file name at any depth, as in .gitignore; others are anchored at the package root. */
function forbiddenMatcher(glob: string): (path: string) => boolean {
  return picomatch(glob, { dot: true, basename: !glob.includes('/') });
}

const PER_RULE_LISTED = 20;

export function checkForbidden(files: readonly PackedFile[], rules: readonly ForbiddenRule[]): Issue[] {
  const active = rules.filter((r) => r.severity !== 'off').map((rule) => ({ rule, match: forbiddenMatcher(rule.glob), hits: [] as PackedFile[] }));
  // One finding per file: the first rule that matches it (built-ins first, then the user's, in order).
  for (const f of files) active.find((a) => a.match(f.path))?.hits.push(f);
  const issues: Issue[] = [];
  for (const { rule, hits } of active) {
    const severity = rule.severity as Severity;
    for (const f of hits.slice(0, PER_RULE_LISTED)) {
      issues.push({
        rule: 'tarball/forbidden-file',
        severity,
        path: f.path,
        message: `${f.path} is packed but matches forbidden ${JSON.stringify(rule.glob)}: ${rule.reason}`,
      });
    }
    if (hits.length > PER_RULE_LISTED) {
      issues.push({
        rule: 'tarball/forbidden-file',
        severity,
        message: `${hits.length - PER_RULE_LISTED} more packed files match forbidden ${JSON.stringify(rule.glob)} (${rule.reason}); see the file tree in the summary`,
      });
    }
  }
  return issues;
}

export function checkRequired(files: readonly PackedFile[], required: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  for (const glob of required) {
    if (!glob.trim()) continue;
    const match = picomatch(glob.trim().replace(/^\.\//, ''), { dot: true, nocase: true });
    if (!files.some((f) => match(f.path))) {
      issues.push({ rule: 'tarball/required-missing', severity: 'error', message: `no packed file matches required ${JSON.stringify(glob)}` });
    }
  }
  return issues;
}

/** Every file must sit under one of the published folders (or be one of the root files npm always packs). */
export function checkPublishedDirs(files: readonly PackedFile[], dirs: readonly string[]): Issue[] {
  if (!dirs.length) return [];
  const matchers = dirs.map((d) => {
    const clean = d.trim().replace(/^\.\//, '').replace(/\/+$/, '');
    return picomatch.scan(clean).isGlob ? picomatch(clean, { dot: true }) : picomatch([clean, `${clean}/**`], { dot: true });
  });
  const outside = new Map<string, string[]>();
  for (const f of files) {
    if (ALWAYS_ALLOWED_ROOT.test(f.path) || matchers.some((m) => m(f.path))) continue;
    const slash = f.path.indexOf('/');
    const group = slash === -1 ? f.path : f.path.slice(0, slash + 1);
    outside.set(group, [...(outside.get(group) ?? []), f.path]);
  }
  return [...outside].map(([group, paths]) => ({
    rule: 'tarball/outside-published-dirs',
    severity: 'error' as const,
    path: paths[0]!,
    message:
      paths.length === 1 && !group.endsWith('/')
        ? `${group} is packed but is outside published-dirs (${dirs.join(', ')})`
        : `${group} (${paths.length} file${paths.length === 1 ? '' : 's'}) is packed but is outside published-dirs (${dirs.join(', ')}): source structure in the tarball`,
  }));
}

export interface Budgets {
  maxPackedBytes?: number;
  maxUnpackedBytes?: number;
  maxFiles?: number;
  maxFileBytes?: number;
}

export interface BudgetRow {
  name: string;
  actual: number;
  limit?: number;
  unit: 'bytes' | 'files';
  ok: boolean;
}

export function checkBudgets(
  totals: { packedBytes: number; unpackedBytes: number; files: readonly PackedFile[] },
  budgets: Budgets,
): { issues: Issue[]; rows: BudgetRow[] } {
  const issues: Issue[] = [];
  const largest = totals.files.reduce((m, f) => Math.max(m, f.size), 0);
  const rows: BudgetRow[] = [
    { name: 'packed size', actual: totals.packedBytes, limit: budgets.maxPackedBytes, unit: 'bytes', ok: true },
    { name: 'unpacked size', actual: totals.unpackedBytes, limit: budgets.maxUnpackedBytes, unit: 'bytes', ok: true },
    { name: 'files', actual: totals.files.length, limit: budgets.maxFiles, unit: 'files', ok: true },
    { name: 'largest file', actual: largest, limit: budgets.maxFileBytes, unit: 'bytes', ok: true },
  ];
  const option: Record<string, string> = {
    'packed size': 'max-packed-bytes',
    'unpacked size': 'max-unpacked-bytes',
    files: 'max-files',
    'largest file': 'max-file-bytes',
  };
  for (const row of rows) {
    if (row.limit === undefined || row.actual <= row.limit) continue;
    row.ok = false;
    if (row.name === 'largest file') continue; // reported per file below
    const show = (n: number) => (row.unit === 'bytes' ? formatBytes(n) : `${n}`);
    issues.push({
      rule: 'tarball/budget',
      severity: 'error',
      message: `${row.name} is ${show(row.actual)}${row.unit === 'bytes' ? ` (${row.actual} bytes)` : ''}, over the ${option[row.name]} budget of ${show(row.limit)}`,
    });
  }
  if (budgets.maxFileBytes !== undefined) {
    const big = totals.files.filter((f) => f.size > budgets.maxFileBytes!).sort((a, b) => b.size - a.size);
    for (const f of big.slice(0, PER_RULE_LISTED)) {
      issues.push({
        rule: 'tarball/budget',
        severity: 'error',
        path: f.path,
        message: `${f.path} is ${formatBytes(f.size)}, over the max-file-bytes budget of ${formatBytes(budgets.maxFileBytes)}`,
      });
    }
    if (big.length > PER_RULE_LISTED) {
      issues.push({ rule: 'tarball/budget', severity: 'error', message: `${big.length - PER_RULE_LISTED} more files are over max-file-bytes` });
    }
  }
  return { issues, rows };
}
