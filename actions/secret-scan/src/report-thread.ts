// Parsing large reports on more threads. Reading, parsing and hashing 100 MB of reports is most of a
// large run; so worker threads (one per spare core) take reports from the same queue as the main
// thread, register their raw values in redactors of their own (handed over whole at the end) and
// send the findings back as columns (packed.ts). Results are put back in report order, so the outcome
// does not depend on which thread parsed what. Small runs stay on one thread: a worker costs ~40 ms
// to start.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { ConfigurationError, InputError } from '../../common/src/errors';
import { fileIn } from '../../common/src/paths';
import { readTextCapped } from '../../common/src/readers';
import { Redactor, type RedactorState } from '../../common/src/redact';
import { Fingerprinter, keyFindings } from './fingerprint';
import { ingestText, type IngestResult } from './ingest';
import type { ReportInfo } from './model';
import { packFindings, transferables, unpackFindings, type PackedFindings } from './packed';

/**
 * RELEASE_GATES_REPORT_THREAD: `auto` starts workers when the reports add up to THREAD_MIN_BYTES, `off`
 * never, a number always starts that many (`on` is 1), whatever the size or the cores.
 */
export type ThreadMode = 'auto' | 'off' | number;
export const THREAD_MIN_BYTES = 8 * 1024 * 1024;

export interface ReportJob {
  /** Workspace-relative path. */
  file: string;
  tool: string | undefined;
  bytes: number;
}

interface WorkerInput {
  workspace: string;
  maxBytes: number;
  salt: string;
  /** In claim order; `at` is the job's place in the order given. */
  jobs: { file: string; tool: string | undefined; at: number }[];
  /** Shared by every thread: how many reports are claimed (see claim). */
  claims: Int32Array;
}

type WorkerMessage =
  | { kind: 'report'; at: number; info: ReportInfo; findings: PackedFindings }
  | { kind: 'error'; at: number; error: ErrorData }
  /** Last, also after an error: every raw value the worker registered, with the tables to find them. */
  | { kind: 'secrets'; state: RedactorState };

interface ErrorData {
  name: string;
  message: string;
  option?: string;
  file?: string;
  line?: number;
  column?: number;
}

function errorData(error: unknown): ErrorData {
  if (error instanceof InputError) return { name: 'InputError', message: error.message, file: error.file, line: error.line, column: error.column };
  if (error instanceof ConfigurationError) {
    return { name: 'ConfigurationError', message: error.message, option: error.option, file: error.file, line: error.line, column: error.column };
  }
  return { name: 'Error', message: error instanceof Error ? error.message : String(error) };
}

function errorFrom(data: ErrorData): Error {
  if (data.name === 'InputError') return new InputError(data.message, data.file, data.line, data.column);
  if (data.name === 'ConfigurationError') return new ConfigurationError(data.message, data.option, data.file, data.line, data.column);
  return new Error(`report thread: ${data.message}`);
}

/** The worker's script: a two-line stub next to the bundle (dist/secret-scan/report-worker.js), absent when run from sources. */
export function workerScript(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const script = fileIn(fileIn(dirname(here), 'secret-scan'), 'report-worker.js');
  return existsSync(script) ? script : undefined;
}

/** One report, on whichever thread claimed it: read, parsed, every finding hashed (keyFindings). */
async function parseReport(
  job: { file: string; tool: string | undefined },
  workspace: string,
  maxBytes: number,
  register: (value: string) => void,
  fp: Fingerprinter,
): Promise<IngestResult> {
  const { text } = await readTextCapped(fileIn(workspace, job.file), maxBytes, job.file);
  const result = ingestText(text, job.file, job.tool, register, workspace);
  keyFindings(result.findings, fp);
  return result;
}

/**
 * Reports largest first. Workers claim from the front and the main thread from the back: the main
 * thread also unpacks what workers send, and collects more garbage (it holds everything), so it
 * takes the small reports. Pure.
 */
export function claimOrder(jobs: readonly ReportJob[]): number[] {
  return jobs.map((_, i) => i).sort((a, b) => jobs[b]!.bytes - jobs[a]!.bytes || a - b);
}

/**
 * Claim the next report's place in the claim order, or undefined when all are taken. `claims[0]`
 * counts the reports claimed by every thread and `claims[1]` those taken from the front: the workers
 * take order[0], order[1]... while the main thread's nth claim is order[length-1-n]; since no more than
 * `length` claims succeed, the two ends never meet on the same report.
 */
export function claim(claims: Int32Array, length: number, mainClaims?: number): number | undefined {
  if (Atomics.add(claims, 0, 1) >= length) return undefined;
  return mainClaims === undefined ? Atomics.add(claims, 1, 1) : length - 1 - mainClaims;
}

/**
 * How many workers to start: none for small runs; else one per spare core (GitHub's hosted runners
 * have 2 or 4), at most one per report beyond the main thread's first and at most MAX_WORKERS; or as
 * many as the mode says. Pure.
 */
export function workerCount(jobs: readonly ReportJob[], mode: ThreadMode, cores: number): number {
  if (mode === 'off' || jobs.length === 0) return 0;
  if (typeof mode === 'number') return mode;
  if (jobs.length < 2 || jobs.reduce((n, j) => n + j.bytes, 0) < THREAD_MIN_BYTES) return 0;
  return Math.max(0, Math.min(cores - 1, jobs.length - 1, MAX_WORKERS));
}

const MAX_WORKERS = 3;

export interface ParseOptions {
  workspace: string;
  maxBytes: number;
  salt: string;
  mode: ThreadMode;
  /** Every raw value met goes here (the worker's arrive all at once at the end, see absorb). */
  redactor: Redactor;
}

/**
 * Parse every job and return the results in job order. Every thread claims reports as it becomes free
 * (see claim): report formats differ too much in cost per byte for a split decided up front. A bad
 * report does not stop the others, and the error thrown is the first in the order given, whichever
 * thread met it.
 */
export async function parseReports(jobs: readonly ReportJob[], opts: ParseOptions): Promise<IngestResult[]> {
  const script = workerScript();
  const order = claimOrder(jobs);
  const claims = new Int32Array(new SharedArrayBuffer(8));
  const results: (IngestResult | undefined)[] = new Array(jobs.length);
  const errors: (unknown | undefined)[] = new Array(jobs.length);
  const fp = new Fingerprinter(opts.salt);
  const register = (value: string) => opts.redactor.add(value);

  const workers = script ? workerCount(jobs, opts.mode, availableParallelism()) : 0;
  const fromWorkers = Promise.all(Array.from({ length: workers }, () => runWorker(script!, order, claims, jobs, opts, results, errors)));
  for (let n = 0, k = claim(claims, order.length, n); k !== undefined; k = claim(claims, order.length, ++n)) {
    const i = order[k]!;
    try {
      results[i] = await parseReport(jobs[i]!, opts.workspace, opts.maxBytes, register, fp);
    } catch (error) {
      errors[i] = error;
    }
  }
  await fromWorkers;
  for (let i = 0; i < jobs.length; i++) {
    if (errors[i] !== undefined) throw errors[i];
    if (!results[i]) throw new Error(`report thread: no result for ${jobs[i]!.file}`);
  }
  return results as IngestResult[];
}

function runWorker(
  script: string,
  order: readonly number[],
  claims: Int32Array,
  jobs: readonly ReportJob[],
  opts: ParseOptions,
  results: (IngestResult | undefined)[],
  errors: (unknown | undefined)[],
): Promise<void> {
  const input: WorkerInput = {
    workspace: opts.workspace,
    maxBytes: opts.maxBytes,
    salt: opts.salt,
    jobs: order.map((at) => ({ file: jobs[at]!.file, tool: jobs[at]!.tool, at })),
    claims,
  };
  return new Promise<void>((resolve, reject) => {
    // stdout/stderr piped here and never read: the worker has nothing to print, and must not.
    const worker = new Worker(script, { workerData: input, stdout: true, stderr: true });
    let secrets = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'error') errors[message.at] = errorFrom(message.error);
      else if (message.kind === 'report') results[message.at] = { info: message.info, findings: unpackFindings(message.findings) };
      else {
        opts.redactor.absorb(message.state);
        secrets = true;
        resolve();
      }
    });
    worker.on('error', (error) => {
      reject(new Error(`report thread failed: ${error.message}`));
      void worker.terminate();
    });
    worker.on('exit', (code) => {
      if (!secrets) reject(new Error(`report thread stopped (exit code ${code}) before handing over what it read`));
    });
  });
}

/**
 * The worker's side: claim reports until none is left; parse each, hash its findings, send them back
 * as columns; then hand over its redactor, which registered every raw value met.
 */
export async function runReportWorker(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('runReportWorker runs in a worker thread');
  const input = workerData as WorkerInput;
  const fp = new Fingerprinter(input.salt);
  const redactor = new Redactor();
  const register = (value: string) => redactor.add(value);
  for (let k = claim(input.claims, input.jobs.length); k !== undefined; k = claim(input.claims, input.jobs.length)) {
    const job = input.jobs[k]!;
    try {
      const result = await parseReport(job, input.workspace, input.maxBytes, register, fp);
      const findings = packFindings(result.findings);
      port.postMessage({ kind: 'report', at: job.at, info: result.info, findings } satisfies WorkerMessage, transferables(findings));
    } catch (error) {
      port.postMessage({ kind: 'error', at: job.at, error: errorData(error) } satisfies WorkerMessage);
    }
  }
  const state = redactor.export();
  port.postMessage({ kind: 'secrets', state } satisfies WorkerMessage, Redactor.transferables(state));
}
