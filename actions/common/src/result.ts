// The GateResult contract shared by every gate, the verdict and other tools.
// Its JSON Schema is actions/common/schemas/gate-result.schema.json; tests validate every result against it.

export const GATE_NAMES = ['coverage', 'schema-ids', 'sbom', 'secret-scan', 'tarball'] as const;
export type GateName = (typeof GATE_NAMES)[number];

export type Status = 'pass' | 'warn' | 'fail' | 'error';
export type Mode = 'enforce' | 'warn';
export type Severity = 'error' | 'warning' | 'note';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
}

export interface GateResult {
  schemaVersion: 1;
  gate: GateName;
  status: Status;
  mode: Mode;
  summary: string;
  metrics: Record<string, unknown>;
  findings: Finding[];
  durationMs: number;
}

/** What a gate's evaluation decided before mode is applied: `fail` means a rule was broken. */
export type Decision = 'pass' | 'warn' | 'fail' | 'error';

/**
 * Mode turns a would-be `fail` into `warn`; `error` (the gate could not decide) stays `error`
 * because a gate that could not look must never read as a pass.
 */
export function applyMode(decision: Decision, mode: Mode): Status {
  if (decision === 'fail' && mode === 'warn') return 'warn';
  return decision;
}

/** The decision implied by findings alone: any error-severity finding fails, warnings warn. */
export function decisionFromFindings(findings: readonly Finding[]): Decision {
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  if (findings.some((f) => f.severity === 'warning')) return 'warn';
  return 'pass';
}

export function exitCodeFor(status: Status): 0 | 1 | 2 {
  if (status === 'error') return 2;
  if (status === 'fail') return 1;
  return 0;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/**
 * Code-unit order. Unlike localeCompare it is the same on every machine (localeCompare follows the
 * process locale, so findings, SARIF and summaries would be ordered differently per runner) and much cheaper.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stable order: severity, then file, then line, so outputs do not depend on read order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
