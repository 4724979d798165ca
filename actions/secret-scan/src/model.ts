// The one finding model every scanner's report is normalised into. A RawFinding may hold the raw
// secret, in memory only: it is fingerprinted and dropped before anything is written.

export type Verification = 'verified' | 'unknown' | 'unverified';

/**
 * Verified 2, unknown 1, unverified 0. A function of comparisons rather than a table looked up by the
 * name: a keyed lookup whose key changes from one finding to the next (100,000s of times, in the
 * merge and the evaluation) deoptimised the functions doing it and left them on the generic path.
 */
export function verificationRank(v: Verification): number {
  return v === 'verified' ? 2 : v === 'unknown' ? 1 : 0;
}

/** Stable ids of the scanners we know; other SARIF producers keep their (slugged) driver name. */
export const KNOWN_TOOLS = ['gitleaks', 'trufflehog', 'detect-secrets', 'secretlint', 'github-secret-scanning'] as const;

export interface RawFinding {
  /** Source tool id (gitleaks, trufflehog, ..., or a SARIF driver slug). */
  tool: string;
  /** Rule / detector / plugin name as the tool spells it (never contains the secret). */
  rule: string;
  /** Canonical rule family (aws, github, private-key, generic, ...). */
  family: string;
  file?: string;
  line?: number;
  endLine?: number;
  commit?: string;
  verification: Verification;
  /** Raw secret value, normalised; in memory only. */
  secret?: string;
  /** sha1 of the secret: detect-secrets' own, or computed at ingest (unsalted: in memory only, never written). */
  secretSha1?: string;
  /** Salted value key under this finding's own family, computed at ingest with the sha1 (keyFindings). */
  valueKey?: string;
  /** Set when the scanner itself marked the result as dismissed (SARIF suppression, resolved alert...). */
  suppressedAtSource?: string;
  /** Report file (workspace-relative) the finding came from. */
  report: string;
}

/**
 * `f` as an object of the one shape every raw finding has: every field present (undefined where
 * absent), in declaration order. Formats build findings with different fields; 100,000s of them of
 * four or five shapes made the merge's hot functions polymorphic, deoptimised and recompiled several
 * times (about 0.3 s of background compilation competing with the run for the cores).
 */
export function rawFinding(f: RawFinding): RawFinding {
  return {
    tool: f.tool,
    rule: f.rule,
    family: f.family,
    file: f.file,
    line: f.line,
    endLine: f.endLine,
    commit: f.commit,
    verification: f.verification,
    secret: f.secret,
    secretSha1: f.secretSha1,
    valueKey: f.valueKey,
    suppressedAtSource: f.suppressedAtSource,
    report: f.report,
  };
}

export interface ReportInfo {
  /** Workspace-relative path of the report. */
  path: string;
  /** Detected (or overridden) format, e.g. `gitleaks-json-v8`. */
  format: string;
  /** Tools that produced the report (usually one; a SARIF file may hold several runs). */
  tools: string[];
  findings: number;
}

/** Turn a free-form tool name into a stable id: lower case, [a-z0-9-]. */
export function toolSlug(name: string): string {
  const lower = name.trim().toLowerCase();
  if (lower.startsWith('gitleaks')) return 'gitleaks';
  if (lower.startsWith('trufflehog')) return 'trufflehog';
  if (lower.startsWith('secretlint')) return 'secretlint';
  if (lower.replace(/[^a-z]/g, '') === 'detectsecrets') return 'detect-secrets';
  const slug = lower.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return slug || 'sarif';
}
