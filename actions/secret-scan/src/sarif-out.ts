// Merged SARIF for code scanning: one run per source tool (stable name and category, kept even when
// empty so fixed alerts close), at most 20 runs, at most 25,000 results per run kept by severity,
// and trimmed further (by severity) so the file stays under 10 MB gzipped.

import { gzipSync } from 'node:zlib';
import { compareText, type Severity } from '../../common/src/result';
import { SARIF_MAX_RESULTS_PER_RUN, SARIF_MAX_RUNS, sarifText, type SarifResultInput, type SarifRunInput } from '../../common/src/sarif';
import type { MergedFinding } from './dedupe';
import type { Classified } from './evaluate';
import { KNOWN_TOOLS, type Verification } from './model';

export const SARIF_MAX_GZIP_BYTES = 10 * 1024 * 1024;
/** Aim below the cap: the estimate is sampled. */
const GZIP_TARGET = Math.floor(SARIF_MAX_GZIP_BYTES * 0.85);
export const OTHER_TOOL = 'other-sarif';

export interface SarifPlan {
  runs: SarifRunInput[];
  /** Results left out per tool (25,000 cap and size cap). */
  omitted: Map<string, number>;
  estimatedGzipBytes: number;
}

/** The SARIF level of a verification (comparisons, not a table looked up by name: see verificationRank). */
function severityOf(v: Verification): Severity {
  return v === 'verified' ? 'error' : v === 'unknown' ? 'warning' : 'note';
}

export function runName(tool: string): string {
  return `release-gates/secret-scan/${tool}`;
}

function verbOf(v: Verification): string {
  return v === 'verified' ? 'Verified' : v === 'unknown' ? 'Unconfirmed' : 'Unverified';
}

function levelRank(level: Severity): number {
  return level === 'error' ? 0 : level === 'warning' ? 1 : 2;
}

/** Failing findings are errors; the rest take their level from verification. */
function levelOf(c: Classified): Severity {
  return c.status === 'expired' || (c.status === 'new' && c.severity === 'error') ? 'error' : severityOf(c.finding.verification);
}

/**
 * The message of a result: what and who, briefly (the location is the result's own). Neighbouring
 * results mostly say the same, so the last message is reused when its parts match: a few hundred
 * strings instead of 100,000 built copies on a large run.
 */
class Messages {
  private last: { finding: MergedFinding; status: Classified['status']; text: string } | undefined;

  of(c: Classified): string {
    const f = c.finding;
    const last = this.last;
    if (last && sameMessage(last.finding, f) && last.status === c.status) return last.text;
    const text = `${verbOf(f.verification)} ${f.family} secret, ${c.status}${f.tools.length > 1 ? `; found by ${f.tools.join(', ')}` : ''}${f.locations.length > 1 ? `; ${f.locations.length} places` : ''}.`;
    this.last = { finding: f, status: c.status, text };
    return text;
  }
}

function sameMessage(a: MergedFinding, b: MergedFinding): boolean {
  if (a.verification !== b.verification || a.family !== b.family) return false;
  if (Math.min(a.locations.length, 2) !== Math.min(b.locations.length, 2) || (a.locations.length > 1 && a.locations.length !== b.locations.length)) return false;
  if (a.tools === b.tools) return true;
  if (a.tools.length !== b.tools.length) return false;
  // One tool says nothing about who; several are listed.
  return a.tools.length === 1 || a.tools.every((t, i) => t === b.tools[i]);
}

function resultFor(c: Classified, tool: string, messages: Messages): SarifResultInput {
  const f = c.finding;
  let rule = f.rules[0] ?? f.family;
  for (const s of f.sources) {
    if (s.tool === tool) {
      rule = s.rule;
      break;
    }
  }
  const loc = f.locations[0];
  const file = loc?.file || undefined;
  const line = file && loc!.line ? loc!.line : undefined;
  // Every field present (undefined where absent): one shape for 100,000s of results (see rawFinding).
  return {
    ruleId: rule,
    severity: levelOf(c),
    message: messages.of(c),
    fingerprint: f.fingerprint,
    file,
    line,
    endLine: line && loc!.endLine ? loc!.endLine : undefined,
    suppressed:
      c.status === 'suppressed'
        ? { justification: c.entry ? `${c.entry.reason} (owner ${c.entry.owner}, until ${c.entry.expires})` : (f.suppressedAtSource ?? 'suppressed') }
        : undefined,
  };
}

/** Bytes per result after gzip, measured on a sample of what the runner will write. */
function gzipBytesPerResult(runs: SarifRunInput[]): number {
  const sample: SarifResultInput[] = [];
  for (const run of runs) for (const r of run.results.slice(0, 400)) sample.push(r);
  if (!sample.length) return 0;
  // Serialised as the runner writes it (compact).
  const text = sarifText([{ tool: 'sample', category: 'sample', results: sample }]);
  return gzipSync(text).length / sample.length;
}

export function planSarif(classified: readonly Classified[], toolsSeen: Iterable<string>, version: string): SarifPlan {
  // Known scanners always get a run: when a team drops a scanner, its old alerts close.
  const tools = [...new Set<string>([...KNOWN_TOOLS, ...toolsSeen])];
  const extra = tools.filter((t) => !(KNOWN_TOOLS as readonly string[]).includes(t)).sort();
  const room = SARIF_MAX_RUNS - KNOWN_TOOLS.length;
  const ownRun = new Set([...KNOWN_TOOLS, ...(extra.length > room ? extra.slice(0, room - 1) : extra)]);
  const runTool = (tool: string) => (ownRun.has(tool) ? tool : OTHER_TOOL);
  // Per run, findings by SARIF level; results are built only for the ones kept (most severe first).
  // Each level lists finding and source tool side by side (no pair array per entry).
  const byRun = new Map<string, (Classified | string)[][]>();
  for (const t of tools) if (!byRun.has(runTool(t))) byRun.set(runTool(t), [[], [], []]);
  // The lists of each source tool's run, looked up once per tool rather than per finding.
  const listsOf = new Map(tools.map((t) => [t, byRun.get(runTool(t))!]));
  for (const c of classified) {
    const level = levelRank(levelOf(c));
    for (const tool of c.finding.tools) (listsOf.get(tool) ?? byRun.get(runTool(tool)))![level]!.push(c, tool);
  }
  const omitted = new Map<string, number>();
  const runs: SarifRunInput[] = [];
  const messages = new Messages();
  for (const [tool, levels] of byRun) {
    const results: SarifResultInput[] = [];
    let total = 0;
    for (const level of levels) {
      total += level.length / 2;
      for (let i = 0; i < level.length && results.length < SARIF_MAX_RESULTS_PER_RUN; i += 2) {
        results.push(resultFor(level[i] as Classified, level[i + 1] as string, messages));
      }
    }
    if (total > results.length) omitted.set(tool, total - results.length);
    runs.push({
      tool: runName(tool),
      category: runName(tool),
      version,
      informationUri: 'https://github.com/release-gates/release-gates/tree/main/actions/secret-scan',
      results,
      // Most severe first, then in the order the findings were merged (report order): deterministic,
      // and no sort of 100,000 results by path.
      ordered: true,
      // A fingerprint is its merged finding's own key, and a run lists each finding once.
      distinctFingerprints: true,
    });
  }
  // Code-unit order: the same as localeCompare on tool ids ([a-z0-9-]), without ICU's set-up on first use.
  runs.sort((a, b) => compareText(a.tool, b.tool));
  const total = runs.reduce((n, r) => n + r.results.length, 0);
  const perResult = gzipBytesPerResult(runs);
  let estimate = Math.ceil(total * perResult) + runs.length * 1024;
  if (estimate > GZIP_TARGET && total > 0) {
    // Keep the same share of every run, most severe first.
    const share = (GZIP_TARGET - runs.length * 1024) / (total * perResult);
    for (const run of runs) {
      const keep = Math.floor(run.results.length * share);
      const tool = run.tool.slice(runName('').length);
      omitted.set(tool, (omitted.get(tool) ?? 0) + run.results.length - keep);
      run.results.length = keep;
    }
    estimate = Math.ceil(runs.reduce((n, r) => n + r.results.length, 0) * perResult) + runs.length * 1024;
  }
  return { runs, omitted, estimatedGzipBytes: estimate };
}
