// Parsing large reports on a second thread. Reading and JSON.parse of 100 MB of reports is most of
// a large run, and the main thread would otherwise wait on it; so a worker thread parses some of the
// reports (and hashes their findings) while the main thread parses the rest, and the findings come
// back as columns (packed.ts). Results are put back in report order, so the outcome does not depend
// on which thread parsed what. Small runs stay on one thread: a worker costs ~40 ms to start.

import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { ConfigurationError, InputError } from '../../common/src/errors';
import { fileIn } from '../../common/src/paths';
import { readTextCapped } from '../../common/src/readers';
import { Fingerprinter, keyFindings } from './fingerprint';
import { ingestText, type IngestResult } from './ingest';
import type { ReportInfo } from './model';
import { packFindings, transferables, unpackFindings, type PackedFindings } from './packed';

/** `auto`: a thread when the reports add up to THREAD_MIN_BYTES; `on`/`off` force it (RELEASE_GATES_REPORT_THREAD). */
export type ThreadMode = 'auto' | 'on' | 'off';
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
  jobs: { file: string; tool: string | undefined; at: number }[];
}

type WorkerMessage =
  | { kind: 'report'; at: number; info: ReportInfo; findings: PackedFindings; values: string[] }
  | { kind: 'error'; at: number; error: ErrorData };

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

/**
 * Split the jobs between the threads: the biggest reports go to the worker until it holds about half
 * the bytes (it also pays for starting and for sending findings back), the rest stay here. Pure.
 */
export function splitJobs(jobs: readonly ReportJob[], mode: ThreadMode, hasWorker: boolean): { worker: number[]; main: number[] } {
  const all = jobs.map((_, i) => i);
  const total = jobs.reduce((n, j) => n + j.bytes, 0);
  const wanted = mode === 'on' || (mode === 'auto' && total >= THREAD_MIN_BYTES && jobs.length > 0);
  if (!hasWorker || mode === 'off' || !wanted) return { worker: [], main: all };
  if (jobs.length === 1 || mode === 'on') return { worker: all, main: [] };
  const bySize = [...all].sort((a, b) => jobs[b]!.bytes - jobs[a]!.bytes || a - b);
  const worker: number[] = [];
  let given = 0;
  for (const i of bySize) {
    if (given >= total / 2) break;
    // Past the first, a report joins the worker only if that brings it closer to half.
    if (worker.length && Math.abs(given + jobs[i]!.bytes - total / 2) > Math.abs(given - total / 2)) continue;
    worker.push(i);
    given += jobs[i]!.bytes;
  }
  const onWorker = new Set(worker);
  return { worker: worker.sort((a, b) => a - b), main: all.filter((i) => !onWorker.has(i)) };
}

export interface ParseOptions {
  workspace: string;
  maxBytes: number;
  salt: string;
  mode: ThreadMode;
  register: (value: string) => void;
}

/**
 * Parse every job and return the results in job order. An error is thrown only after every earlier
 * report was parsed, so the first bad report (in the order given) is the one named.
 */
export async function parseReports(jobs: readonly ReportJob[], opts: ParseOptions): Promise<IngestResult[]> {
  const script = workerScript();
  const split = splitJobs(jobs, opts.mode, script !== undefined);
  const results: (IngestResult | undefined)[] = new Array(jobs.length);
  const errors: (unknown | undefined)[] = new Array(jobs.length);
  const fp = new Fingerprinter(opts.salt);

  const fromWorker = split.worker.length ? runWorker(script!, split.worker, jobs, opts, results, errors) : Promise.resolve();
  // Meanwhile, the main thread's share; the next report is read (I/O) while this one is parsed (CPU).
  const read = (i: number): Promise<string> => {
    const text = readTextCapped(fileIn(opts.workspace, jobs[i]!.file), opts.maxBytes, jobs[i]!.file).then((r) => r.text);
    text.catch(() => undefined);
    return text;
  };
  let next = split.main.length ? read(split.main[0]!) : undefined;
  for (let k = 0; k < split.main.length; k++) {
    const i = split.main[k]!;
    const text = next!;
    next = k + 1 < split.main.length ? read(split.main[k + 1]!) : undefined;
    try {
      const result = ingestText(await text, jobs[i]!.file, jobs[i]!.tool, opts.register, opts.workspace);
      keyFindings(result.findings, fp);
      results[i] = result;
    } catch (error) {
      errors[i] = error;
      break;
    }
  }
  await fromWorker;
  for (let i = 0; i < jobs.length; i++) {
    if (errors[i] !== undefined) throw errors[i];
    if (!results[i]) throw new Error(`report thread: no result for ${jobs[i]!.file}`);
  }
  return results as IngestResult[];
}

function runWorker(
  script: string,
  indices: readonly number[],
  jobs: readonly ReportJob[],
  opts: ParseOptions,
  results: (IngestResult | undefined)[],
  errors: (unknown | undefined)[],
): Promise<void> {
  const input: WorkerInput = {
    workspace: opts.workspace,
    maxBytes: opts.maxBytes,
    salt: opts.salt,
    jobs: indices.map((at) => ({ file: jobs[at]!.file, tool: jobs[at]!.tool, at })),
  };
  return new Promise<void>((resolve, reject) => {
    // stdout/stderr piped here and never read: the worker has nothing to print, and must not.
    const worker = new Worker(script, { workerData: input, stdout: true, stderr: true });
    let pending = indices.length;
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'error') {
        errors[message.at] = errorFrom(message.error);
        pending = 0;
      } else {
        for (const value of message.values) opts.register(value);
        results[message.at] = { info: message.info, findings: unpackFindings(message.findings) };
        pending--;
      }
      if (pending === 0) {
        void worker.terminate();
        resolve();
      }
    });
    worker.on('error', (error) => reject(new Error(`report thread failed: ${error.message}`)));
    worker.on('exit', (code) => {
      if (pending > 0) reject(new Error(`report thread stopped (exit code ${code}) before parsing every report`));
    });
  });
}

/** The worker's side: parse each report given, hash its findings, send them back as columns. */
export async function runReportWorker(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('runReportWorker runs in a worker thread');
  const input = workerData as WorkerInput;
  const fp = new Fingerprinter(input.salt);
  for (const job of input.jobs) {
    try {
      const values: string[] = [];
      const { text } = await readTextCapped(fileIn(input.workspace, job.file), input.maxBytes, job.file);
      const result = ingestText(text, job.file, job.tool, (value) => values.push(value), input.workspace);
      keyFindings(result.findings, fp);
      const findings = packFindings(result.findings);
      port.postMessage({ kind: 'report', at: job.at, info: result.info, findings, values } satisfies WorkerMessage, transferables(findings));
    } catch (error) {
      port.postMessage({ kind: 'error', at: job.at, error: errorData(error) } satisfies WorkerMessage);
      return;
    }
  }
}
