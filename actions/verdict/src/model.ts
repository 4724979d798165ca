// The verdict's own data model: what it read, what it decided, and why. Pure types, no I/O.

import type { GateName, GateResult, Mode, Status } from '../../common/src/result';

/** A GateResult read from disk, with where it came from. */
export interface LoadedResult {
  /** Path relative to the results folder (forward slashes), used in every message. */
  file: string;
  result: GateResult;
  /**
   * Run attempt parsed from the artifact folder name (`…-attempt-<n>/`), when the workflow's naming
   * is used: a re-run job's newer result replaces the older one instead of counting twice.
   */
  attempt?: number;
  /** Artifact folder name without the attempt part + file name: results of the same job share it. */
  slot?: string;
}

/** A file under the results folder that is not a valid GateResult. */
export interface ResultProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** One job of the calling workflow as `toJSON(needs)` shows it. */
export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped';
export type NeedsContext = Record<string, { result: JobResult; outputs?: Record<string, string> }>;

/** How a row counts towards the verdict. */
export type Effect = 'pass' | 'warn' | 'fail';

export interface VerdictRow {
  /** Gate name, or `job:<id>` for a needed job that is not a gate. */
  gate: string;
  /** The gate's status, `missing` when an expected result is absent, `job-failed` for a failed non-gate job. */
  status: Status | 'missing' | 'job-failed';
  /** The gate's own mode, when a result exists. */
  mode?: Mode;
  /** The key figure: the gate's one-line summary, or why the row exists. */
  summary: string;
  /** Result file (relative to the results folder). */
  file?: string;
  /** The job's result from `needs`, when known. */
  job?: JobResult;
  effect: Effect;
  /** Why the row counts the way it does, when that is not obvious from the status. */
  reason?: string;
}

export interface Verdict {
  schemaVersion: 1;
  status: Status;
  mode: Mode;
  summary: string;
  /** Gates that had to be present. */
  expected: GateName[];
  rows: VerdictRow[];
  /** Malformed or invalid result files: any of these makes the verdict `error`. */
  problems: ResultProblem[];
  /** Older attempts replaced by a re-run's result. */
  superseded: string[];
}
