// Everything the coverage gate reads: report files, git's tracked files, go.mod files, the diff
// against the base, and the baseline result. The decisions live in evaluate.ts.

import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError, InputError, errorMessage } from '../../common/src/errors';
import type { GateContext } from '../../common/src/gate';
import { changedLines, git, lsFiles, type FileDiff } from '../../common/src/git';
import { expandGlobs } from '../../common/src/glob';
import { readTextCapped } from '../../common/src/readers';
import { FileCoverage, mergeFile, METRICS, type Counts, type Metric, type ReportFormat } from './model';
import { readReport } from './formats/index';
import type { CoverageOptions } from './options';
import { PathResolver, goModulePath, parseMappings } from './paths';

export interface ReportInfo {
  file: string;
  format: ReportFormat;
  /** Files the report names, and how many of them matched a tracked file. */
  files: number;
  matched: number;
  ignored: { what: string; count: number; firstLine: number }[];
}

export interface UnmatchedFile {
  report: string;
  path: string;
  reason: string;
}

export type PatchInput =
  | { state: 'evaluated'; base: string; baseSource: string; diffs: FileDiff[] }
  | { state: 'skipped'; reason: string };

export interface Baseline {
  file: string;
  total: Partial<Record<Metric, Counts>>;
  /** Per-file [linesCovered, linesTotal] (only when the baseline kept per-file metrics). */
  perFile?: Map<string, Counts>;
}

export interface Collected {
  reports: ReportInfo[];
  /** Matched files, keyed by repository-relative path. */
  files: Map<string, FileCoverage>;
  unmatched: UnmatchedFile[];
  /** True when some report has only counts (coverage-summary.json): no line data. */
  countsOnly: boolean;
  patch: PatchInput;
  baseline?: Baseline;
}

/** Well-known checkout folders on hosted runners and in containers (their tails are matched anyway). */
function absoluteRoots(workspace: string, repoRoot: string, prefix: string, env: GateContext['env']) {
  const roots: { path: string; repoPath: string }[] = [
    { path: repoRoot, repoPath: '' },
    { path: workspace, repoPath: prefix },
  ];
  if (env.GITHUB_WORKSPACE) roots.push({ path: resolve(env.GITHUB_WORKSPACE), repoPath: '' });
  if (env.CI_PROJECT_DIR) roots.push({ path: env.CI_PROJECT_DIR, repoPath: '' });
  if (env.BUILD_SOURCESDIRECTORY) roots.push({ path: env.BUILD_SOURCESDIRECTORY, repoPath: '' });
  return roots;
}

async function goModules(repoRoot: string, tracked: readonly string[]) {
  const modules: { module: string; dir: string }[] = [];
  for (const t of tracked) {
    if (t !== 'go.mod' && !t.endsWith('/go.mod')) continue;
    try {
      const { text } = await readTextCapped(resolve(repoRoot, t), 1024 * 1024, t);
      const module = goModulePath(text);
      if (module) modules.push({ module, dir: t.slice(0, Math.max(0, t.length - 'go.mod'.length - 1)) });
    } catch {
      // An unreadable go.mod only means its module prefix is not stripped.
    }
  }
  return modules;
}

interface RepositoryInfo {
  root: string;
  prefix: string;
  tracked: string[];
  roots: { path: string; repoPath: string }[];
  sourceRoots: string[];
}

/** The repository around the workspace: one rev-parse and one ls-files, run side by side. */
async function repositoryInfo(ctx: GateContext, options: CoverageOptions): Promise<RepositoryInfo> {
  const revParse = git(ctx.workspace, ['rev-parse', '--show-toplevel', '--show-prefix']).catch(() => {
    throw new ConfigurationError(
      `${ctx.workspace} is not in a git repository: report paths are matched against git ls-files (check out the repository first)`,
      'working-directory',
    );
  });
  const listing = lsFiles(ctx.workspace);
  listing.catch(() => undefined);
  const out = await revParse;
  const tracked = await listing;
  const [top = '', rawPrefix = ''] = out.split('\n');
  const prefix = rawPrefix.trim().replace(/\/$/, '');
  const workspace = await realpath(ctx.workspace).catch(() => ctx.workspace);
  const root = await realpath(top.trim()).catch(() => top.trim());
  const roots = absoluteRoots(workspace, root, prefix, ctx.env);
  if (ctx.workspace !== workspace) roots.push({ path: ctx.workspace, repoPath: prefix });
  const sourceRoots = options['source-roots'].map((r) => {
    const clean = r.replace(/^\.\/?/, '');
    return prefix ? `${prefix}/${clean}` : clean;
  });
  return { root, prefix, tracked, roots, sourceRoots };
}

export async function collectReports(options: CoverageOptions, ctx: GateContext): Promise<Omit<Collected, 'patch' | 'baseline'>> {
  const patterns = options.report.filter((r) => r.trim());
  if (!patterns.length) throw new ConfigurationError('report is required: give one or more coverage report paths or globs', 'report');
  const expanded = await expandGlobs(ctx.workspace, patterns, { option: 'report' });
  if (expanded.outside.length) {
    throw new ConfigurationError(`report ${expanded.outside.join(', ')} resolves outside the workspace`, 'report');
  }
  if (expanded.unmatched.length) {
    throw new InputError(`no report file matches ${expanded.unmatched.map((p) => JSON.stringify(p)).join(', ')}`, expanded.unmatched[0]);
  }
  // Git runs in its own processes while the first report is parsed.
  const repository = repositoryInfo(ctx, options);
  repository.catch(() => undefined);

  const reports: ReportInfo[] = [];
  const files = new Map<string, FileCoverage>();
  const unmatched: UnmatchedFile[] = [];
  let countsOnly = false;
  let resolver: PathResolver | undefined;
  let modules: { module: string; dir: string }[] | undefined;
  let prefix = '';
  for (const rel of expanded.files) {
    const parsed = await readReport(resolve(ctx.workspace, rel), rel, {
      format: options['report-format'],
      strict: options.strict,
      maxBytes: options['max-bytes'],
    });
    const repo = await repository;
    prefix = repo.prefix;
    if (parsed.format === 'go' && !modules) {
      modules = await goModules(repo.root, repo.tracked);
      resolver = undefined;
    }
    resolver ??= new PathResolver({
      tracked: repo.tracked,
      absoluteRoots: repo.roots,
      repoPrefix: repo.prefix,
      mappings: parseMappings(options['path-prefixes']),
      sourceRoots: repo.sourceRoots,
      goModules: modules ?? [],
    });
    if (parsed.format === 'istanbul-summary') countsOnly = true;
    const hints = { roots: parsed.roots, go: parsed.format === 'go', jacoco: parsed.format === 'jacoco' };
    let matched = 0;
    for (const [raw, cov] of parsed.files) {
      const r = resolver.resolve(raw, hints);
      if (r.path === undefined) {
        unmatched.push({ report: rel, path: raw, reason: r.reason });
        continue;
      }
      matched++;
      const existing = files.get(r.path);
      if (existing) mergeFile(existing, cov, () => r.path!);
      else files.set(r.path, cov);
    }
    reports.push({ file: rel, format: parsed.format, files: parsed.files.size, matched, ignored: parsed.ignored });
  }
  if (files.size === 0) {
    const total = unmatched.length;
    const examples = unmatched
      .slice(0, 3)
      .map((u) => `${u.path} (${u.reason})`)
      .join('; ');
    throw new InputError(
      total === 0
        ? 'the reports name no source files'
        : `none of the ${total} files in the reports matches a file tracked by git in ${prefix || 'the repository'} — e.g. ${examples}. Set path-prefixes or source-roots, or run from the right working-directory`,
      reports[0]?.file,
    );
  }
  return { reports, files, unmatched, countsOnly };
}

export async function collectPatch(options: CoverageOptions, ctx: GateContext, countsOnly: boolean): Promise<PatchInput> {
  const explicit = options.base.trim();
  const base = explicit || ctx.event.base;
  const wanted = options['min-patch'] !== undefined;
  if (countsOnly) {
    if (wanted) {
      throw new ConfigurationError(
        'min-patch needs per-line coverage, but coverage-summary.json holds only counts; pass coverage-final.json (or lcov) instead',
        'min-patch',
      );
    }
    return { state: 'skipped', reason: 'coverage-summary.json holds only counts, so changed lines cannot be checked' };
  }
  if (!base) {
    return {
      state: 'skipped',
      reason: `no base to compare with: the ${ctx.event.name} event has none and the base option is not set`,
    };
  }
  try {
    const diffs = await changedLines(ctx.workspace, base);
    return { state: 'evaluated', base, baseSource: explicit ? 'base option' : (ctx.event.baseSource ?? ctx.event.name), diffs };
  } catch (err) {
    // An explicit request (base option or min-patch) that cannot be met is an error, never a silent skip.
    if (explicit || wanted) throw err instanceof InputError ? err : new InputError(`cannot diff against ${base}: ${errorMessage(err)}`);
    return { state: 'skipped', reason: `cannot diff against the base ${base}: ${errorMessage(err)}` };
  }
}

function counts(v: unknown): Counts | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const { covered, total } = v as Record<string, unknown>;
  if (!Number.isInteger(covered) || !Number.isInteger(total) || (covered as number) < 0 || (covered as number) > (total as number)) return undefined;
  return { covered: covered as number, total: total as number };
}

export function parseBaseline(text: string, file: string): Baseline {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new InputError(`baseline is not valid JSON: ${errorMessage(err)}`, file);
  }
  const d = doc as Record<string, unknown>;
  if (!d || typeof d !== 'object' || d.gate !== 'coverage' || d.schemaVersion !== 1) {
    throw new InputError('baseline is not a coverage GateResult (expected schemaVersion 1 and gate "coverage")', file);
  }
  const metrics = d.metrics as Record<string, unknown> | undefined;
  const totalRaw = metrics?.total as Record<string, unknown> | undefined;
  if (!totalRaw || typeof totalRaw !== 'object') {
    throw new InputError(`baseline has no metrics.total (its status was ${JSON.stringify(d.status)}; a run that ended in error cannot be a baseline)`, file);
  }
  const total: Baseline['total'] = {};
  for (const m of METRICS) {
    if (totalRaw[m] === undefined) continue;
    const c = counts(totalRaw[m]);
    if (!c) throw new InputError(`baseline metrics.total.${m} must be {covered, total} with 0 <= covered <= total`, file);
    total[m] = c;
  }
  const baseline: Baseline = { file, total };
  const perFile = metrics?.perFile;
  if (perFile && typeof perFile === 'object') {
    baseline.perFile = new Map();
    for (const [path, v] of Object.entries(perFile as Record<string, unknown>)) {
      if (Array.isArray(v) && v.length >= 2 && Number.isInteger(v[0]) && Number.isInteger(v[1])) {
        baseline.perFile.set(path, { covered: v[0] as number, total: v[1] as number });
      }
    }
  }
  return baseline;
}

export async function collectBaseline(options: CoverageOptions, ctx: GateContext): Promise<Baseline | undefined> {
  if (!options.baseline.trim()) {
    if (options['max-drop'] !== undefined) {
      throw new ConfigurationError('max-drop needs a baseline (a previous coverage result file)', 'baseline');
    }
    return undefined;
  }
  const path = resolve(ctx.workspace, options.baseline);
  const { text } = await readTextCapped(path, 256 * 1024 * 1024, options.baseline);
  return parseBaseline(text, options.baseline);
}

export async function collect(options: CoverageOptions, ctx: GateContext): Promise<Collected> {
  const baseline = await collectBaseline(options, ctx);
  const reports = await collectReports(options, ctx);
  const patch = await collectPatch(options, ctx, reports.countsOnly);
  return { ...reports, patch, ...(baseline ? { baseline } : {}) };
}
