// The decision, pure: which merged findings are new, pre-existing (outside the change), suppressed
// (baseline or the scanner itself) or expired (baseline entry past its date), and what that means.
// Every message is built from safe fields: tool, rule, family, path, line, commit, fingerprint.

import type { Decision, Finding, Severity } from '../../common/src/result';
import { compareFindings, compareText } from '../../common/src/result';
import { isExpired, isPlaceholder, matchBaseline, type LoadedEntry } from './baseline';
import type { Location, MergedFinding } from './dedupe';
import { verificationRank, type ReportInfo, type Verification } from './model';
import { smallest } from './smallest';

export type Status = 'new' | 'pre-existing' | 'suppressed' | 'expired';

export interface DiffScope {
  mode: 'diff';
  base: string;
  /** Lines added per file since the merge base; a file added or rewritten whole lists every line. */
  added: ReadonlyMap<string, ReadonlySet<number>>;
  /** Commits between the merge base and HEAD: a secret added and removed again is still leaked. */
  commits: ReadonlySet<string>;
}

export type Scope = DiffScope | { mode: 'full' };

export interface EvaluateInput {
  findings: readonly MergedFinding[];
  entries: readonly LoadedEntry[];
  scope: Scope;
  failOn: Verification;
  today: string;
  baselineFile: string;
  reports: readonly ReportInfo[];
  /** Number of findings the scanners reported before merging. */
  rawCount: number;
  /** Cap on findings listed in the result (the rest are counted). */
  maxFindings?: number;
}

export interface Classified {
  finding: MergedFinding;
  status: Status;
  entry?: LoadedEntry;
  severity: Severity;
  /** urgencyOf(status, severity, verification), kept here: listing the worst few of 100,000s compares it first. */
  urgency: number;
}

/** Lower is listed first: expired entries, then failing findings, then verified before unverified. */
export function urgencyOf(status: Status, severity: Severity, verification: Verification): number {
  return (status === 'expired' ? 0 : 6) + (severity === 'error' ? 0 : 3) + (2 - verificationRank(verification));
}

export interface ToolCounts {
  findings: number;
  new: number;
  'pre-existing': number;
  suppressed: number;
  expired: number;
}

export interface Evaluation {
  decision: Decision;
  summary: string;
  classified: Classified[];
  findings: Finding[];
  findingsOmitted: number;
  perTool: Map<string, ToolCounts>;
  counts: Record<Status, number> & { failing: number; verified: number };
  unusedEntries: LoadedEntry[];
  incompleteEntries: LoadedEntry[];
}

export const DEFAULT_MAX_FINDINGS = 1000;

function onChangedLine(loc: Location, scope: DiffScope): boolean {
  if (loc.commit && scope.commits.has(loc.commit)) return true;
  if (!loc.file) return false;
  const lines = scope.added.get(loc.file);
  if (!lines) return false;
  // Without a line we cannot tell which part of a changed file it is in: count it (fail closed).
  if (loc.line === undefined) return lines.size > 0;
  for (let l = loc.line; l <= (loc.endLine ?? loc.line); l++) if (lines.has(l)) return true;
  return false;
}

export function inScope(f: MergedFinding, scope: Scope): boolean {
  if (scope.mode === 'full') return true;
  return f.locations.some((loc) => onChangedLine(loc, scope));
}

export function shortFingerprint(fp: string): string {
  return fp.slice(0, 20);
}

export function describeLocation(loc: Location | undefined): string {
  if (!loc) return 'no location';
  const at = loc.file ? `${loc.file}${loc.line ? `:${loc.line}` : ''}` : 'no file';
  return loc.commit ? `${at} (commit ${loc.commit.slice(0, 12)})` : at;
}

function describe(c: Classified, baselineFile: string): string {
  const f = c.finding;
  const where = describeLocation(f.locations[0]);
  const more = f.locations.length > 1 ? ` and ${f.locations.length - 1} more place${f.locations.length > 2 ? 's' : ''}` : '';
  const who = `found by ${f.tools.join(', ')} (${f.rules.join(', ')})`;
  const id = `fingerprint ${f.fingerprint}`;
  if (c.status === 'expired') {
    return `Baseline entry for this ${f.family} secret expired on ${c.entry!.expires} (owner ${c.entry!.owner}): ${where}${more}, ${who}. Rotate and remove the secret, or renew the entry in ${baselineFile}. ${id}`;
  }
  const verb = f.verification === 'verified' ? 'Verified live' : f.verification === 'unknown' ? 'Unconfirmed (verification failed)' : 'Unverified';
  return `${verb} ${f.family} secret at ${where}${more}, ${who}. Rotate it and remove it from the code and history, or accept it in ${baselineFile} with a reason, owner and expiry. ${id}`;
}

function toFinding(c: Classified, baselineFile: string): Finding {
  const loc = c.finding.locations[0];
  const finding: Finding = {
    ruleId: c.status === 'expired' ? 'secret-scan/baseline-expired' : `secret-scan/${c.finding.verification}-secret`,
    severity: c.severity,
    message: describe(c, baselineFile),
  };
  if (loc?.file) finding.file = loc.file;
  if (loc?.file && loc.line) finding.line = loc.line;
  if (loc?.file && loc.line && loc.endLine && loc.endLine > loc.line) finding.endLine = loc.endLine;
  return finding;
}

/** By the first place (file, then line), then by fingerprint: a stable order for findings of equal urgency. */
export function bySite(a: Classified, b: Classified): number {
  const la = a.finding.locations[0];
  const lb = b.finding.locations[0];
  return compareText(la?.file ?? '', lb?.file ?? '') || (la?.line ?? 0) - (lb?.line ?? 0) || compareText(a.finding.fingerprint, b.finding.fingerprint);
}

/** counts[status]++, spelled out for the same reason as verificationRank. */
function countStatus(counts: Record<Status, number>, status: Status): void {
  if (status === 'new') counts.new++;
  else if (status === 'pre-existing') counts['pre-existing']++;
  else if (status === 'suppressed') counts.suppressed++;
  else counts.expired++;
}

function emptyCounts(): ToolCounts {
  return { findings: 0, new: 0, 'pre-existing': 0, suppressed: 0, expired: 0 };
}

export function evaluate(input: EvaluateInput): Evaluation {
  const matches = matchBaseline(input.findings, input.entries);
  const failRank = verificationRank(input.failOn);
  const classified: Classified[] = [];
  const perTool = new Map<string, ToolCounts>();
  for (const r of input.reports) for (const t of r.tools) if (!perTool.has(t)) perTool.set(t, emptyCounts());
  const counts = { new: 0, 'pre-existing': 0, suppressed: 0, expired: 0, failing: 0, verified: 0 };

  for (const finding of input.findings) {
    const entry = matches.get(finding);
    let status: Status;
    if (finding.suppressedAtSource) status = 'suppressed';
    else if (entry) status = isExpired(entry, input.today) ? 'expired' : 'suppressed';
    else status = inScope(finding, input.scope) ? 'new' : 'pre-existing';
    let severity: Severity = 'note';
    if (status === 'expired') severity = 'error';
    else if (status === 'new') severity = verificationRank(finding.verification) >= failRank ? 'error' : 'warning';
    // Every field present (entry undefined when none): one shape for 100,000s (see rawFinding).
    classified.push({ finding, status, entry, severity, urgency: urgencyOf(status, severity, finding.verification) });
    countStatus(counts, status);
    if (severity === 'error') counts.failing++;
    if (finding.verification === 'verified') counts.verified++;
    for (const tool of finding.tools) {
      let t = perTool.get(tool);
      if (!t) perTool.set(tool, (t = emptyCounts()));
      t.findings++;
      countStatus(t, status);
    }
  }

  const used = new Set(matches.values());
  // In diff scope the reports cover only the change, so an entry not matched says nothing.
  const unusedEntries = input.scope.mode === 'full' ? input.entries.filter((e) => !used.has(e)) : [];
  const incompleteEntries = input.entries.filter(isPlaceholder);

  // Messages are built only for the findings listed: the worst `max`, chosen severity first.
  const max = input.maxFindings ?? DEFAULT_MAX_FINDINGS;
  const errors: Classified[] = [];
  const warnings: Classified[] = [];
  for (const c of classified) if (c.status === 'new' || c.status === 'expired') (c.severity === 'error' ? errors : warnings).push(c);
  const chosen: Classified[] = [];
  for (const bucket of [errors, warnings]) {
    const room = max - chosen.length;
    if (room <= 0) break;
    // The first `room` by site, without sorting 200,000 findings to list 1,000 of them.
    for (const c of bucket.length > room ? smallest(bucket, room, bySite) : bucket) chosen.push(c);
  }
  const findings = chosen.map((c) => toFinding(c, input.baselineFile)).sort(compareFindings);
  const findingsOmitted = errors.length + warnings.length - chosen.length;
  if (findingsOmitted > 0) {
    findings.push({
      ruleId: 'secret-scan/findings-omitted',
      severity: 'note',
      message: `${findingsOmitted} more new or expired findings are not listed here (the result lists ${max}, most severe first); the SARIF file and the job summary count them all.`,
    });
  }
  for (const e of incompleteEntries) {
    findings.push({
      ruleId: 'secret-scan/baseline-incomplete',
      severity: 'warning',
      message: `Baseline entry ${e.fingerprint.slice(0, 20)} still has a placeholder reason or owner: say why the secret is acceptable and who owns it.`,
      file: input.baselineFile,
      ...(e.line ? { line: e.line } : {}),
    });
  }
  for (const e of unusedEntries) {
    findings.push({
      ruleId: 'secret-scan/baseline-unused',
      severity: 'note',
      message: `Baseline entry ${e.fingerprint.slice(0, 20)} (${e.family ?? 'secret'}${e.file ? ` in ${e.file}` : ''}) matches no current finding: remove it.`,
      file: input.baselineFile,
      ...(e.line ? { line: e.line } : {}),
    });
  }

  let decision: Decision = 'pass';
  if (counts.failing > 0) decision = 'fail';
  else if (counts.new > 0 || incompleteEntries.length > 0) decision = 'warn';

  const tools = [...perTool.keys()].sort();
  const parts = [
    `${counts.new} new secret${counts.new === 1 ? '' : 's'}${counts.new ? ` (${counts.failing - counts.expired} at or above ${input.failOn})` : ''}`,
    `${counts['pre-existing']} pre-existing`,
    `${counts.suppressed} suppressed`,
    `${counts.expired} expired`,
  ];
  const summary = `${parts.join(', ')} — ${input.findings.length} distinct from ${input.rawCount} reported by ${tools.length ? tools.join(', ') : 'no scanner'} (${input.scope.mode} scope)`;

  return { decision, summary, classified, findings, findingsOmitted, perTool, counts, unusedEntries, incompleteEntries };
}
