// The coverage gate's decisions, pure: totals against thresholds, per-path rules, patch coverage
// and the drop against a baseline. Integer comparisons only; percentages are floored for display.

import { ConfigurationError } from '../../common/src/errors';
import type { GateReport } from '../../common/src/gate';
import { compileGlobs } from '../../common/src/glob';
import { floorPercent, itemsNeeded, meetsPercent } from '../../common/src/numbers';
import type { Finding } from '../../common/src/result';
import type { Baseline, Collected } from './collect';
import { METRICS, addTotals, emptyTotals, type Counts, type FileTotals, type Metric } from './model';
import type { CoverageOptions, PathRule } from './options';
import { describeRange, patchCoverage, type PatchResult } from './patch';
import { renderSections } from './sections';

/** Above this many files, per-file counts are left out of the result (it stays a readable size). */
export const PER_FILE_LIMIT = 20_000;

const NOUN: Record<Metric, [string, string]> = {
  lines: ['line', 'lines'],
  branches: ['branch', 'branches'],
  functions: ['function', 'functions'],
  statements: ['statement', 'statements'],
};

export function plural(n: number, metric: Metric): string {
  return `${n} ${NOUN[metric][n === 1 ? 0 : 1]}`;
}

export function pct(c: Counts): string {
  return `${floorPercent(c.covered, c.total)}%`;
}

export interface ThresholdCheck {
  scope: string;
  metric: Metric | 'uncovered lines' | 'patch lines';
  counts: Counts;
  /** min % or, for uncovered lines, the maximum count. */
  limit: number;
  ok: boolean;
  /** More covered items needed to pass (0 when ok). */
  needed: number;
  measured: boolean;
}

export interface RuleResult {
  pattern: string;
  files: number;
  totals: FileTotals;
  checks: ThresholdCheck[];
}

export interface DeltaRow {
  metric: Metric;
  before: Counts;
  after: Counts;
  /** Signed hundredths of a percentage point, truncated toward zero. */
  deltaHundredths: bigint;
  tooLarge: boolean;
}

export interface FileDelta {
  path: string;
  before: Counts;
  after: Counts;
  deltaHundredths: bigint;
}

export interface Evaluation {
  total: FileTotals;
  perFile: Map<string, FileTotals>;
  checks: ThresholdCheck[];
  rules: RuleResult[];
  patch?: PatchResult;
  patchCheck?: ThresholdCheck;
  deltas?: { rows: DeltaRow[]; files: FileDelta[] };
}

function check(scope: string, metric: Metric, counts: Counts, min: number): ThresholdCheck {
  const ok = meetsPercent(counts.covered, counts.total, min);
  return { scope, metric, counts, limit: min, ok, needed: ok ? 0 : itemsNeeded(counts.covered, counts.total, min), measured: counts.total > 0 };
}

function uncoveredCheck(scope: string, lines: Counts, max: number): ThresholdCheck {
  const uncovered = lines.total - lines.covered;
  return { scope, metric: 'uncovered lines', counts: lines, limit: max, ok: uncovered <= max, needed: Math.max(0, uncovered - max), measured: true };
}

/** after% - before% in hundredths of a point, truncated toward zero, exactly (an empty side reads as 100%). */
export function deltaHundredths(after: Counts, before: Counts): bigint {
  const [a, at] = after.total === 0 ? [1n, 1n] : [BigInt(after.covered), BigInt(after.total)];
  const [b, bt] = before.total === 0 ? [1n, 1n] : [BigInt(before.covered), BigInt(before.total)];
  return ((a * bt - b * at) * 10000n) / (at * bt);
}

/** True when before% - after% > maxDrop points, decided with integers. */
export function dropsMoreThan(after: Counts, before: Counts, maxDrop: number): boolean {
  if (after.total === 0 || before.total === 0) return false;
  const limit = BigInt(Math.round(maxDrop * 100));
  const diff = (BigInt(before.covered) * BigInt(after.total) - BigInt(after.covered) * BigInt(before.total)) * 10000n;
  return diff > limit * BigInt(before.total) * BigInt(after.total);
}

export function formatDelta(h: bigint): string {
  const sign = h < 0n ? '-' : h > 0n ? '+' : '±';
  const abs = h < 0n ? -h : h;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

const RULE_METRICS: Metric[] = ['lines', 'branches', 'functions', 'statements'];

function evaluateRules(rules: Record<string, PathRule> | undefined, perFile: Map<string, FileTotals>): RuleResult[] {
  const out: RuleResult[] = [];
  for (const [pattern, rule] of Object.entries(rules ?? {})) {
    const matches = compileGlobs([pattern.replace(/^\.\//, '')]);
    const totals = emptyTotals();
    let files = 0;
    for (const [path, t] of perFile) {
      if (!matches(path)) continue;
      files++;
      addTotals(totals, t);
    }
    if (files === 0) {
      throw new ConfigurationError(`rules: ${JSON.stringify(pattern)} matches no file in the coverage reports (paths are repository-relative)`, 'rules');
    }
    const checks: ThresholdCheck[] = [];
    for (const m of RULE_METRICS) {
      const min = rule[m];
      if (min !== undefined) checks.push(check(pattern, m, totals[m], min));
    }
    if (rule['max-uncovered-lines'] !== undefined) checks.push(uncoveredCheck(pattern, totals.lines, rule['max-uncovered-lines']));
    out.push({ pattern, files, totals, checks });
  }
  return out;
}

function evaluateBaseline(baseline: Baseline, total: FileTotals, perFile: Map<string, FileTotals>, maxDrop: number | undefined) {
  const rows: DeltaRow[] = [];
  for (const m of METRICS) {
    const before = baseline.total[m];
    if (!before) continue;
    const after = total[m];
    const measured = before.total > 0 && after.total > 0;
    rows.push({
      metric: m,
      before,
      after,
      deltaHundredths: measured ? deltaHundredths(after, before) : 0n,
      tooLarge: maxDrop !== undefined && dropsMoreThan(after, before, maxDrop),
    });
  }
  const files: FileDelta[] = [];
  if (baseline.perFile) {
    const paths = new Set([...baseline.perFile.keys(), ...perFile.keys()]);
    for (const path of paths) {
      const before = baseline.perFile.get(path) ?? { covered: 0, total: 0 };
      const after = perFile.get(path)?.lines ?? { covered: 0, total: 0 };
      if (before.covered === after.covered && before.total === after.total) continue;
      files.push({ path, before, after, deltaHundredths: deltaHundredths(after, before) });
    }
    files.sort((a, b) => (a.deltaHundredths < b.deltaHundredths ? -1 : a.deltaHundredths > b.deltaHundredths ? 1 : a.path.localeCompare(b.path)));
  }
  return { rows, files };
}

export function computeEvaluation(options: CoverageOptions, data: Collected): Evaluation {
  const perFile = new Map<string, FileTotals>();
  const total = emptyTotals();
  for (const [path, file] of data.files) {
    const t = file.totals();
    perFile.set(path, t);
    addTotals(total, t);
  }
  const checks: ThresholdCheck[] = [];
  for (const m of METRICS) {
    const min = options[`min-${m}`];
    if (min !== undefined) checks.push(check('total', m, total[m], min));
  }
  if (options['max-uncovered-lines'] !== undefined) checks.push(uncoveredCheck('total', total.lines, options['max-uncovered-lines']));
  const rules = evaluateRules(options.rules, perFile);
  const ev: Evaluation = { total, perFile, checks, rules };
  if (data.patch.state === 'evaluated') {
    ev.patch = patchCoverage(data.patch.diffs, data.files);
    const min = options['min-patch'];
    if (min !== undefined) {
      const c = check('patch', 'lines', ev.patch.lines, min);
      ev.patchCheck = { ...c, metric: 'patch lines' };
    }
  }
  if (data.baseline) ev.deltas = evaluateBaseline(data.baseline, total, perFile, options['max-drop']);
  return ev;
}

function thresholdFinding(c: ThresholdCheck, ruleId: string, label: string): Finding {
  if (c.metric === 'uncovered lines') {
    const uncovered = c.counts.total - c.counts.covered;
    return {
      ruleId,
      severity: 'error',
      message: `${label}: ${uncovered} uncovered lines, at most ${c.limit} allowed — cover ${c.needed} more line${c.needed === 1 ? '' : 's'}.`,
    };
  }
  const metric: Metric = c.metric === 'patch lines' ? 'lines' : c.metric;
  return {
    ruleId,
    severity: 'error',
    message: `${label}: ${pct(c.counts)} (${c.counts.covered}/${c.counts.total}) is below the minimum ${c.limit}% — cover ${plural(c.needed, metric)} more.`,
  };
}

function unmeasuredFinding(c: ThresholdCheck, ruleId: string, label: string): Finding {
  return {
    ruleId,
    severity: 'warning',
    message: `${label}: not checked — the reports hold no ${c.metric === 'patch lines' ? 'line' : NOUN[c.metric as Metric][0]} data for it.`,
  };
}

function findingsFor(options: CoverageOptions, data: Collected, ev: Evaluation): Finding[] {
  const findings: Finding[] = [];
  for (const c of ev.checks) {
    const ruleId = c.metric === 'uncovered lines' ? 'coverage/max-uncovered-lines' : `coverage/min-${c.metric}`;
    const label = c.metric === 'uncovered lines' ? 'Uncovered lines' : `${NOUN[c.metric as Metric][0][0]!.toUpperCase()}${NOUN[c.metric as Metric][0].slice(1)} coverage`;
    if (!c.measured && c.metric !== 'uncovered lines') findings.push(unmeasuredFinding(c, ruleId, label));
    else if (!c.ok) findings.push(thresholdFinding(c, ruleId, label));
  }
  for (const r of ev.rules) {
    for (const c of r.checks) {
      const label = `rules[${JSON.stringify(r.pattern)}] ${c.metric}`;
      if (!c.measured && c.metric !== 'uncovered lines') findings.push(unmeasuredFinding(c, 'coverage/path-rule', label));
      else if (!c.ok) findings.push(thresholdFinding(c, 'coverage/path-rule', label));
    }
  }
  if (ev.patch) {
    const failed = ev.patchCheck !== undefined && !ev.patchCheck.ok;
    if (failed) findings.push(thresholdFinding(ev.patchCheck!, 'coverage/min-patch', 'Patch coverage (changed lines)'));
    // Every uncovered range is a finding (annotated within the runner's caps; all of them in SARIF).
    for (const f of ev.patch.files) {
      for (const range of f.uncovered) {
        findings.push({
          ruleId: 'coverage/patch-uncovered',
          severity: failed ? 'error' : 'note',
          message: `${describeRange(range)} not covered (added in this change)`,
          file: f.path,
          line: range[0],
          ...(range[1] !== range[0] ? { endLine: range[1] } : {}),
        });
      }
    }
  } else if (data.patch.state === 'skipped' && options['min-patch'] !== undefined) {
    findings.push({
      ruleId: 'coverage/patch-not-evaluated',
      severity: 'note',
      message: `min-patch was not evaluated: ${data.patch.reason}. Set base (e.g. base: origin/main) or run on pull_request / merge_group.`,
    });
  }
  if (ev.deltas) {
    for (const row of ev.deltas.rows) {
      if (!row.tooLarge) continue;
      findings.push({
        ruleId: 'coverage/max-drop',
        severity: 'error',
        message: `${NOUN[row.metric][0]} coverage dropped ${formatDelta(-row.deltaHundredths).slice(1)} points (${pct(row.before)} → ${pct(row.after)}), more than max-drop ${options['max-drop']}.`,
      });
    }
  }
  if (data.unmatched.length) {
    const names = data.unmatched.slice(0, 10).map((u) => u.path);
    findings.push({
      ruleId: 'coverage/unmatched-files',
      severity: 'note',
      message: `${data.unmatched.length} report file${data.unmatched.length === 1 ? '' : 's'} match no tracked file and are left out of the totals: ${names.join(', ')}${data.unmatched.length > 10 ? ', …' : ''}. Use path-prefixes / source-roots if they belong to this repository.`,
    });
  }
  for (const r of data.reports) {
    for (const ig of r.ignored) {
      findings.push({
        ruleId: 'coverage/ignored-records',
        severity: 'note',
        message: `${r.file}: skipped ${ig.count} unknown ${ig.what} (first at line ${ig.firstLine}); set strict: true to make this an error.`,
        file: r.file,
        line: ig.firstLine,
      });
    }
  }
  return findings;
}

function summaryLine(ev: Evaluation, data: Collected, broken: number, findings: Finding[]): string {
  const parts = [`lines ${pct(ev.total.lines)} (${ev.total.lines.covered}/${ev.total.lines.total})`];
  if (ev.total.branches.total) parts.push(`branches ${pct(ev.total.branches)}`);
  if (ev.patch) parts.push(ev.patch.lines.total ? `patch ${pct(ev.patch.lines)} (${ev.patch.lines.covered}/${ev.patch.lines.total})` : 'patch: no coverable changes');
  const head = `Coverage ${parts.join(', ')} over ${data.files.size} file${data.files.size === 1 ? '' : 's'}`;
  if (broken) return `${head} — ${broken} threshold${broken === 1 ? '' : 's'} not met`;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return warnings ? `${head} — ${warnings} threshold${warnings === 1 ? '' : 's'} could not be checked` : `${head} — all thresholds met`;
}

export function perFileMetrics(perFile: Map<string, FileTotals>): Record<string, number[]> | undefined {
  if (perFile.size > PER_FILE_LIMIT) return undefined;
  const out: Record<string, number[]> = {};
  for (const path of [...perFile.keys()].sort()) {
    const t = perFile.get(path)!;
    out[path] = [t.lines.covered, t.lines.total, t.branches.covered, t.branches.total, t.functions.covered, t.functions.total, t.statements.covered, t.statements.total];
  }
  return out;
}

export function evaluate(options: CoverageOptions, data: Collected): GateReport {
  const ev = computeEvaluation(options, data);
  const findings = findingsFor(options, data, ev);
  const broken = findings.filter((f) => f.severity === 'error' && f.ruleId !== 'coverage/patch-uncovered').length;
  const decision = broken ? 'fail' : findings.some((f) => f.severity === 'warning') ? 'warn' : 'pass';
  const perFile = perFileMetrics(ev.perFile);
  const metrics: Record<string, unknown> = {
    total: ev.total,
    patch: ev.patch ? { lines: ev.patch.lines, changedFiles: ev.patch.changedFiles, base: data.patch.state === 'evaluated' ? data.patch.base : undefined } : null,
    files: data.files.size,
    unmatchedFiles: data.unmatched.length,
    reports: data.reports.map((r) => ({ file: r.file, format: r.format, files: r.files, matched: r.matched })),
    ...(perFile ? { perFile } : { perFileOmitted: `more than ${PER_FILE_LIMIT} files` }),
  };
  if (data.patch.state === 'skipped') metrics.patchSkipped = data.patch.reason;
  if (ev.deltas) {
    metrics.baseline = {
      file: data.baseline!.file,
      delta: Object.fromEntries(ev.deltas.rows.map((r) => [r.metric, Number(formatDelta(r.deltaHundredths).replace('±', ''))])),
    };
  }
  const outputs: Record<string, string> = {
    'lines-pct': ev.total.lines.total ? floorPercent(ev.total.lines.covered, ev.total.lines.total) : '',
    'branches-pct': ev.total.branches.total ? floorPercent(ev.total.branches.covered, ev.total.branches.total) : '',
    'patch-pct': ev.patch && ev.patch.lines.total ? floorPercent(ev.patch.lines.covered, ev.patch.lines.total) : '',
  };
  return {
    decision,
    summary: summaryLine(ev, data, broken, findings),
    metrics,
    findings,
    sections: renderSections(options, data, ev),
    outputs,
  };
}
