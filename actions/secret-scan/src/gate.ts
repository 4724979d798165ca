// secret-scan: aggregate every secret scanner's report (or scan with secretlint), merge the same
// secret found by several scanners, apply the baseline (reason, owner, expiry), and fail on new
// secrets at or above the verification level chosen — without ever writing a secret.

import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { ConfigurationError, InputError } from '../../common/src/errors';
import type { Gate, GateContext, GateReport, OptionSpec } from '../../common/src/gate';
import { isGitRepository } from '../../common/src/git';
import { readTextCapped } from '../../common/src/readers';
import { compareText } from '../../common/src/result';
import { writeFileAtomic } from '../../common/src/files';
import { VERSION } from '../../common/src/version';
import { checkSalt, isoDate, parseBaseline, updatedBaseline, type LoadedEntry } from './baseline';
import { collectDiffScope, collectReports, makeLinesOf } from './collect';
import { dedupe } from './dedupe';
import { evaluate, type Scope } from './evaluate';
import { Fingerprinter } from './fingerprint';
import type { IngestResult } from './ingest';
import type { RawFinding, Verification } from './model';
import { resolveSalt } from './salt';
import type { ThreadMode } from './report-thread';
import { planSarif } from './sarif-out';
import { scanTrackedFiles } from './scan';
import { buildSections, MAX_SUGGESTED, worstNew, worstOf } from './sections';

export interface SecretScanOptions {
  report: string[];
  baseline: string;
  'fail-on': Verification;
  scope: 'auto' | 'diff' | 'full';
  base: string;
  'update-baseline': boolean;
  'fingerprint-salt': string;
  'max-report-mb': number;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);

const options: readonly OptionSpec[] = [
  {
    name: 'report',
    type: 'list',
    separator: 'newline',
    default: [],
    valueName: '<[tool:]glob>',
    defaultText: 'none: the gate scans the tracked files itself with secretlint',
    description:
      'Scanner reports to aggregate (paths or globs, one per line; repeat the flag). The format is detected from the content; prefix with gitleaks:, trufflehog:, detect-secrets:, secretlint:, github: or sarif: to name the tool (needed for empty reports to keep their SARIF run).',
  },
  {
    name: 'baseline',
    type: 'string',
    default: '.github/secret-baseline.json',
    valueName: '<path>',
    description: 'Baseline of accepted findings (fingerprint, reason, owner, expires, ticket); a missing file is an empty baseline.',
  },
  {
    name: 'fail-on',
    type: 'enum',
    values: ['verified', 'unknown', 'unverified'],
    default: 'verified',
    description:
      'Lowest verification level of a new secret that fails the gate: verified (live, confirmed by the scanner or GitHub validity=active), unknown (verification was attempted and failed), unverified (everything). Below it, new secrets warn.',
  },
  {
    name: 'scope',
    type: 'enum',
    values: ['auto', 'diff', 'full'],
    default: 'auto',
    defaultText: 'auto: diff on pull_request and merge_group events, full otherwise',
    description:
      'diff: only findings on lines (or in commits) the change added count as new, the rest are pre-existing; full: every finding counts.',
  },
  {
    name: 'base',
    type: 'string',
    default: '',
    valueName: '<ref>',
    defaultText: 'the pull request or merge group base from the event',
    description: 'Commit to diff against in diff scope.',
  },
  {
    name: 'update-baseline',
    type: 'boolean',
    default: false,
    description:
      'Write entries for the current unaccepted findings into the baseline file (salted fingerprint, TODO reason, owner from GITHUB_ACTOR, expiry in 90 days; never a secret or e-mail). The decision still uses the baseline as it was.',
  },
  {
    name: 'fingerprint-salt',
    type: 'string',
    default: '',
    valueName: '<secret>',
    defaultText: 'the RELEASE_GATES_FINGERPRINT_SALT environment variable, else derived from the repository name (owner/name)',
    description:
      'Per-repository salt for the HMAC fingerprints; pass a secret.',
  },
  {
    name: 'max-report-mb',
    type: 'integer',
    default: 256,
    min: 1,
    max: 480,
    description: 'Largest report file read, in MiB; a larger one is an error.',
  },
];

function workspaceRelative(ctx: GateContext, path: string): string {
  const abs = resolve(ctx.workspace, path);
  const rel = relative(ctx.workspace, abs);
  return rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split('\\').join('/');
}

/** RELEASE_GATES_REPORT_THREAD: auto (default), off, on (one worker) or a number of workers (1-8). */
export function threadMode(env: Readonly<Record<string, string | undefined>>): ThreadMode {
  const value = (env.RELEASE_GATES_REPORT_THREAD ?? '').trim().toLowerCase();
  if (value === '' || value === 'auto') return 'auto';
  if (value === 'off') return 'off';
  if (value === 'on') return 1;
  if (/^[1-8]$/.test(value)) return Number(value);
  throw new ConfigurationError(`RELEASE_GATES_REPORT_THREAD must be auto, on, off or a number of worker threads from 1 to 8; got ${JSON.stringify(value)}`, 'RELEASE_GATES_REPORT_THREAD');
}

async function chooseScope(opts: SecretScanOptions, ctx: GateContext): Promise<Scope> {
  const base = opts.base || ctx.event.base;
  const wantDiff = opts.scope === 'diff' || (opts.scope === 'auto' && PR_EVENTS.has(ctx.event.name) && base !== undefined);
  if (!wantDiff) return { mode: 'full' };
  if (!base) throw new ConfigurationError('scope diff needs a base commit: run on a pull request or set base', 'scope');
  return collectDiffScope(ctx.workspace, base);
}

async function loadBaseline(path: string, display: string): Promise<{ saltCheck?: string; entries: LoadedEntry[] }> {
  if (!existsSync(path)) return { entries: [] };
  const { text } = await readTextCapped(path, 64 * 1024 * 1024, display);
  return parseBaseline(text, display);
}

async function run(opts: SecretScanOptions, ctx: GateContext): Promise<GateReport> {
  const register = (value: string) => ctx.redactor.add(value);
  const maxBytes = opts['max-report-mb'] * 1024 * 1024;

  const salt = await resolveSalt(opts['fingerprint-salt'], ctx.env, ctx.event.repository, ctx.workspace);
  if (salt.explicit) register(salt.value);
  const fp = new Fingerprinter(salt.value);
  if (!salt.explicit) ctx.log.info(`secret-scan: fingerprint salt derived from ${salt.source}`);

  let ingested: IngestResult[];
  let scannedFiles: number | undefined;
  if (opts.report.some((r) => r.trim() !== '')) {
    ingested = await collectReports(ctx.workspace, opts.report, { redactor: ctx.redactor, maxBytes, salt: salt.value, thread: threadMode(ctx.env) });
  } else {
    if (!(await isGitRepository(ctx.workspace))) {
      throw new InputError('no report given and the working directory is not a git repository, so there are no tracked files to scan; pass report', ctx.workspace);
    }
    const scan = await scanTrackedFiles(ctx.workspace, register);
    ingested = [scan.result];
    scannedFiles = scan.stats.files;
    ctx.log.info(`secret-scan: no report given; scanned ${scan.stats.files} tracked files with secretlint (${scan.stats.skipped} skipped: binary, missing or over 2 MiB)`);
  }
  const reports = ingested.map((r) => r.info);
  let raws: RawFinding[] = [];
  for (const r of ingested) raws = raws.length ? raws.concat(r.findings) : r.findings;
  const rawCount = raws.length;
  for (const r of reports) ctx.log.info(`secret-scan: ${r.path}: ${r.format}, ${r.findings} finding${r.findings === 1 ? '' : 's'}`);

  const merged = dedupe(raws, fp, makeLinesOf(ctx.workspace));
  raws = []; // The raw values are not needed past this point.
  ingested = [];

  const baselineAbs = resolve(ctx.workspace, opts.baseline);
  const baselineFile = workspaceRelative(ctx, opts.baseline);
  const baseline = await loadBaseline(baselineAbs, baselineFile);
  checkSalt(baseline.saltCheck, fp.saltCheck(), baselineFile);

  const scope = await chooseScope(opts, ctx);
  const today = isoDate(ctx.now());
  const ev = evaluate({
    findings: merged,
    entries: baseline.entries,
    scope,
    failOn: opts['fail-on'],
    today,
    baselineFile,
    reports,
    rawCount,
  });

  const owner = ctx.env.GITHUB_ACTOR ? `@${ctx.env.GITHUB_ACTOR}` : 'TODO: owner';
  const worst = worstOf(ev.classified);
  const newest = worstNew(ev.classified, worst, MAX_SUGGESTED).map((c) => c.finding);
  const suggested = updatedBaseline([], newest, fp.saltCheck(), today, owner);
  let baselineWritten = false;
  if (opts['update-baseline']) {
    const unaccepted = ev.classified.filter((c) => c.status === 'new' || c.status === 'pre-existing').map((c) => c.finding);
    const next = updatedBaseline(baseline.entries, unaccepted, fp.saltCheck(), today, owner);
    await writeFileAtomic(baselineAbs, JSON.stringify(next, null, 2) + '\n');
    baselineWritten = true;
    ctx.log.info(`secret-scan: wrote ${next.entries.length - baseline.entries.length} new entries to ${baselineFile}; fill in their reasons and owners`);
  }

  const toolsSeen = new Set<string>();
  for (const r of reports) for (const t of r.tools) toolsSeen.add(t);
  const sarif = planSarif(ev.classified, toolsSeen, VERSION);

  const perTool: Record<string, unknown> = {};
  for (const [tool, c] of [...ev.perTool.entries()].sort((a, b) => compareText(a[0], b[0]))) perTool[tool] = { ...c };
  const sarifOmitted = [...sarif.omitted.values()].reduce((a, b) => a + b, 0);
  const metrics: Record<string, unknown> = {
    reports: reports.length,
    rawFindings: rawCount,
    findings: merged.length,
    new: ev.counts.new,
    failing: ev.counts.failing,
    preExisting: ev.counts['pre-existing'],
    suppressed: ev.counts.suppressed,
    expired: ev.counts.expired,
    verified: ev.counts.verified,
    baselineEntries: baseline.entries.length,
    baselineUnused: ev.unusedEntries.length,
    baselineIncomplete: ev.incompleteEntries.length,
    baselineWritten,
    scope: scope.mode,
    failOn: opts['fail-on'],
    saltSource: salt.explicit ? 'explicit' : 'derived',
    tools: perTool,
    findingsOmitted: ev.findingsOmitted,
    sarifResultsOmitted: sarifOmitted,
  };
  if (scannedFiles !== undefined) metrics.scannedFiles = scannedFiles;

  return {
    decision: ev.decision,
    summary: ev.summary,
    metrics,
    findings: ev.findings,
    sections: buildSections(ev, worst, reports, suggested, baselineFile, sarif.omitted),
    outputs: { new: String(ev.counts.new), suppressed: String(ev.counts.suppressed) },
    sarif: sarif.runs,
  };
}

const gate: Gate<SecretScanOptions> = {
  name: 'secret-scan',
  title: 'Secret scan',
  description:
    'Aggregates gitleaks, trufflehog, detect-secrets, secretlint, GitHub secret scanning and SARIF reports (or scans with secretlint), merges duplicates, applies a baseline with expiry, and never prints a secret.',
  options,
  run,
};

export default gate;
