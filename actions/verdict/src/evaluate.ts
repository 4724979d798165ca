// The verdict rule, as a pure function of what was read:
//   - a malformed or invalid result file                → error (the verdict cannot decide)
//   - a result with status error                         → fails the verdict (the gate could not look)
//   - a result with status fail in enforce mode          → fails the verdict
//   - a warn-mode result                                 → never fails it (counts as warn)
//   - an expected gate without a result                  → fails the verdict (skipped, cancelled or crashed jobs)
//   - a needed job that failed or was cancelled          → fails the verdict, even if it is not a gate
//   - no results and nothing expected                    → error (an empty verdict must not pass)
// The verdict's own mode `warn` turns its fail into warn; error stays error.

import { applyMode, GATE_NAMES, type GateName, type Mode, type Status } from '../../common/src/result';
import type { Effect, LoadedResult, NeedsContext, ResultProblem, Verdict, VerdictRow } from './model';

export interface VerdictInput {
  results: readonly LoadedResult[];
  problems: readonly ResultProblem[];
  expect: readonly GateName[];
  needs?: NeedsContext;
  mode: Mode;
}

const EFFECT_RANK: Record<Effect, number> = { fail: 0, warn: 1, pass: 2 };
const STATUS_RANK: Record<VerdictRow['status'], number> = { error: 0, 'job-failed': 1, missing: 2, fail: 3, warn: 4, pass: 5 };

function isGate(name: string): name is GateName {
  return (GATE_NAMES as readonly string[]).includes(name);
}

/** Keep only the newest attempt of each job's result; report the rest as superseded. */
export function latestAttempts(results: readonly LoadedResult[]): { kept: LoadedResult[]; superseded: string[] } {
  const newest = new Map<string, LoadedResult>();
  for (const r of results) {
    if (r.slot === undefined || r.attempt === undefined) continue;
    const seen = newest.get(r.slot);
    if (!seen || (seen.attempt ?? 0) < r.attempt) newest.set(r.slot, r);
  }
  const kept: LoadedResult[] = [];
  const superseded: string[] = [];
  for (const r of results) {
    if (r.slot === undefined || newest.get(r.slot) === r) kept.push(r);
    else superseded.push(r.file);
  }
  return { kept, superseded };
}

function rowForResult(loaded: LoadedResult, needs: NeedsContext | undefined): VerdictRow {
  const { result, file } = loaded;
  const job = needs?.[result.gate]?.result;
  let effect: Effect;
  let reason: string | undefined;
  switch (result.status) {
    case 'pass':
      effect = 'pass';
      break;
    case 'warn':
      effect = 'warn';
      if (result.mode === 'warn') reason = 'warn mode: reported, not enforced';
      break;
    case 'fail':
      // A consistent result never says fail in warn mode (the runner applies the mode); honour the mode anyway.
      effect = result.mode === 'warn' ? 'warn' : 'fail';
      if (result.mode === 'warn') reason = 'warn mode: reported, not enforced';
      break;
    case 'error':
      effect = 'fail';
      reason = 'the gate could not decide; an error never passes';
      break;
  }
  if ((job === 'failure' || job === 'cancelled') && effect !== 'fail' && result.mode === 'enforce') {
    effect = 'fail';
    reason = `the ${result.gate} job ended "${job}" after writing this result`;
  }
  return { gate: result.gate, status: result.status, mode: result.mode, summary: result.summary, file, ...(job ? { job } : {}), effect, ...(reason ? { reason } : {}) };
}

function worstStatus(rows: readonly VerdictRow[]): Status {
  if (rows.some((r) => r.effect === 'fail')) return 'fail';
  if (rows.some((r) => r.effect === 'warn')) return 'warn';
  return 'pass';
}

function summarize(status: Status, rows: readonly VerdictRow[], problems: readonly ResultProblem[], mode: Mode): string {
  if (problems.length) return `${problems.length} result file${problems.length === 1 ? ' is' : 's are'} malformed: the verdict cannot decide`;
  if (!rows.length) return 'no gate results found and none expected: nothing to decide';
  const failing = rows.filter((r) => r.effect === 'fail').map((r) => r.gate);
  const warning = rows.filter((r) => r.effect === 'warn').map((r) => r.gate);
  const passed = rows.filter((r) => r.effect === 'pass').length;
  const counted = `${passed}/${rows.length} passed`;
  if (failing.length) {
    const lead = `${[...new Set(failing)].join(', ')} ${failing.length === 1 ? 'blocks' : 'block'} the release`;
    return mode === 'warn' && status === 'warn' ? `${lead} (verdict in warn mode: not enforced)` : `${lead} (${counted})`;
  }
  if (warning.length) return `ready, with warnings from ${[...new Set(warning)].join(', ')} (${counted})`;
  return `ready to release: every gate passed (${rows.length} result${rows.length === 1 ? '' : 's'})`;
}

export function decideVerdict(input: VerdictInput): Verdict {
  const { kept, superseded } = latestAttempts(input.results);
  const rows = kept.map((r) => rowForResult(r, input.needs));
  const present = new Set(rows.map((r) => r.gate));

  const expected = [...new Set(input.expect)];
  for (const gate of expected) {
    if (present.has(gate)) continue;
    const job = input.needs?.[gate]?.result;
    rows.push({
      gate,
      status: 'missing',
      summary: job ? `no result: the ${gate} job ended "${job}" without one` : 'no result file found',
      ...(job ? { job } : {}),
      effect: 'fail',
      reason: 'an expected gate must report',
    });
    present.add(gate);
  }

  for (const [job, { result }] of Object.entries(input.needs ?? {})) {
    if (present.has(job) || (result !== 'failure' && result !== 'cancelled')) continue;
    // A gate job that failed before writing a result, or any other job the verdict depends on.
    rows.push({
      gate: isGate(job) ? job : `job:${job}`,
      status: isGate(job) ? 'missing' : 'job-failed',
      summary: `the ${job} job ended "${result}"${isGate(job) ? ' without a result' : ''}`,
      job: result,
      effect: 'fail',
    });
  }

  rows.sort((a, b) => EFFECT_RANK[a.effect] - EFFECT_RANK[b.effect] || STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.gate.localeCompare(b.gate) || (a.file ?? '').localeCompare(b.file ?? ''));

  let status: Status;
  if (input.problems.length || !rows.length) status = 'error';
  else status = applyMode(worstStatus(rows), input.mode);

  return {
    schemaVersion: 1,
    status,
    mode: input.mode,
    summary: summarize(status, rows, input.problems, input.mode),
    expected,
    rows,
    problems: [...input.problems],
    superseded,
  };
}
