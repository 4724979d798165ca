// Parsing large reports on more threads. Reading, parsing and hashing 100 MB of reports is most of a
// large run; so worker threads (one per spare core) take reports from the same queue as the main
// thread. A worker sends the raw values it met as soon as a report is parsed (the main thread
// registers them while the worker hashes the findings), then the findings as columns (packed.ts). A
// large trufflehog JSON Lines report is cut into parts at line boundaries, so one big report does
// not leave the other threads idle. Results are put back in report order, so the outcome does not
// depend on which thread parsed what. Small runs stay on one thread: a worker costs ~40 ms to start.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { ConfigurationError, InputError } from '../../common/src/errors';
import { fileIn } from '../../common/src/paths';
import { readHead, readLineRange, readTextCapped, ReusableBuffer, utf8BomLength, withSizedReads } from '../../common/src/readers';
import type { Redactor } from '../../common/src/redact';
import { Fingerprinter, keyFindings } from './fingerprint';
import { ingestArraySlices, ingestJsonLinesPart, ingestText, SLICED_MIN_BYTES, startsAsJsonLines, type IngestResult } from './ingest';
import type { RawFinding, ReportInfo } from './model';
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

/** JSON Lines reports of at least two parts are cut into parts of this many bytes. */
export const PART_BYTES = 4 * 1024 * 1024;

/** A whole report, or the lines of one that start in `range` (a part of a JSON Lines report). */
export interface WorkItem {
  file: string;
  tool: string | undefined;
  bytes: number;
  /** Index of the report in the jobs given. */
  job: number;
  range?: { start: number; end: number };
}

interface WorkerInput {
  workspace: string;
  maxBytes: number;
  salt: string;
  /** In claim order; `at` is the item's place in the items list. */
  jobs: { file: string; tool: string | undefined; range?: WorkItem['range']; at: number }[];
  /** Shared by every thread: how many places are claimed from each end of the claim order (see claim). */
  claims: BigInt64Array;
}

/**
 * Per report or part: `secrets` (once it is parsed), then `findings` (its findings in order, a batch
 * at a time) and `report`, or `error`. `done` comes last.
 */
type WorkerMessage =
  /** The raw values met while parsing a report, to register. */
  | { kind: 'secrets'; values: string[] }
  | { kind: 'findings'; at: number; findings: PackedFindings }
  | { kind: 'report'; at: number; info: ReportInfo }
  | { kind: 'error'; at: number; error: ErrorData }
  | { kind: 'done' };

/**
 * Findings per `findings` message. The main thread unpacks a batch while the worker hashes the next,
 * so what is left to do after the worker's last report is one batch, not the whole report (50,000
 * findings took ~60 ms to copy over and unpack).
 */
export const BATCH = 8192;

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

/** The buffer a thread reads its parts into: room for a part and the line it ends in (readLineRange reads 64 KiB past it). */
const partBuffer = new ReusableBuffer(PART_BYTES + 128 * 1024);

/** One report or part, on whichever thread claimed it: read and parsed (its findings not hashed yet, see keyFindings). */
async function readItem(
  item: { file: string; tool: string | undefined; range?: WorkItem['range'] },
  workspace: string,
  maxBytes: number,
  register: (value: string) => void,
): Promise<IngestResult> {
  if (item.range) {
    const scratch = partBuffer.take();
    try {
      const bytes = await readLineRange(fileIn(workspace, item.file), item.range.start, item.range.end, scratch);
      return ingestJsonLinesPart(bytes, item.range.start === 0, item.file, register, workspace);
    } finally {
      partBuffer.give(scratch);
    }
  }
  const path = fileIn(workspace, item.file);
  const sliced = withSizedReads(path, maxBytes, (read, size) => (size >= SLICED_MIN_BYTES ? ingestArraySlices(read, item.file, item.tool, register, workspace) : undefined));
  if (sliced) return sliced;
  const { text } = await readTextCapped(path, maxBytes, item.file);
  return ingestText(text, item.file, item.tool, register, workspace);
}

/** readItem on the main thread, every finding hashed. */
async function parseItem(item: Parameters<typeof readItem>[0], opts: ParseOptions, register: (value: string) => void, fp: Fingerprinter): Promise<IngestResult> {
  const result = await readItem(item, opts.workspace, opts.maxBytes, register);
  keyFindings(result.findings, fp);
  return result;
}

/** How much of a report's head is read to decide whether it is JSON Lines. */
const HEAD_BYTES = 1024 * 1024;

/**
 * The work: every report whole, except trufflehog JSON Lines reports of at least two parts, which
 * are cut into parts of `partBytes` (their lines are whole in exactly one part, see readLineRange).
 */
export async function workItems(jobs: readonly ReportJob[], workspace: string, maxBytes: number, partBytes = PART_BYTES): Promise<WorkItem[]> {
  const items: WorkItem[] = [];
  for (let job = 0; job < jobs.length; job++) {
    const { file, tool, bytes } = jobs[job]!;
    if (bytes >= 2 * partBytes && bytes <= maxBytes && (await looksLikeJsonLines(fileIn(workspace, file), tool))) {
      for (let start = 0; start < bytes; start += partBytes) {
        const end = Math.min(start + partBytes, bytes);
        items.push({ file, tool, bytes: end - start, job, range: { start, end } });
      }
    } else {
      items.push({ file, tool, bytes, job });
    }
  }
  return items;
}

async function looksLikeJsonLines(path: string, tool: string | undefined): Promise<boolean> {
  try {
    const head = await readHead(path, HEAD_BYTES);
    return startsAsJsonLines(head.toString('utf8', utf8BomLength(head)), tool);
  } catch {
    return false; // Read whole, where the error is reported.
  }
}

/**
 * Reports and parts largest first. Workers take from the front as they become free, so the big
 * reports start early; the main thread takes from the back (see claim). Pure.
 */
export function claimOrder(jobs: readonly { bytes: number }[]): number[] {
  return jobs.map((_, i) => i).sort((a, b) => jobs[b]!.bytes - jobs[a]!.bytes || a - b);
}

/** The counters claim shares between threads: places taken from the front (low 32 bits) and from the back (high 32 bits). */
export function newClaims(): BigInt64Array {
  return new BigInt64Array(new SharedArrayBuffer(8));
}

/**
 * Claim the next place in the claim order from the front (workers: largest first) or the back (the
 * main thread: smallest first, mostly parts of JSON Lines reports, whose small trees die young). The
 * main thread later merges everything, and a heap left holding the trees of large JSON documents made
 * that about 100 ms slower (major collections landing in it). Undefined when every place is taken.
 */
export function claim(claims: BigInt64Array, length: number, end: 'front' | 'back' = 'front'): number | undefined {
  for (;;) {
    const taken = Atomics.load(claims, 0);
    const front = Number(taken & 0xffffffffn);
    const back = Number(taken >> 32n);
    if (front + back >= length) return undefined;
    const next = end === 'front' ? taken + 1n : taken + (1n << 32n);
    if (Atomics.compareExchange(claims, 0, taken, next) === taken) return end === 'front' ? front : length - 1 - back;
  }
}

/**
 * How many workers to start: none for small runs; else one per spare core (GitHub's hosted runners
 * have 2 or 4), at most one per report or part beyond the main thread's first and at most MAX_WORKERS; or as
 * many as the mode says. Pure.
 */
export function workerCount(jobs: readonly { bytes: number }[], mode: ThreadMode, cores: number): number {
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
  /** Every raw value met goes here (a worker's arrive report by report). */
  redactor: Redactor;
  /** Size of the parts a JSON Lines report is cut into (tests make it small). */
  partBytes?: number;
}

/**
 * Parse every job and return the results in job order. Every thread claims reports (and parts) as it
 * becomes free (see claim): report formats differ too much in cost per byte for a split decided up
 * front. A bad report does not stop the others, and the error thrown is the first in the order given,
 * whichever thread met it. A report cut into parts that fails anywhere is read again whole, so its
 * error names the line exactly as an uncut read does.
 */
export async function parseReports(jobs: readonly ReportJob[], opts: ParseOptions): Promise<IngestResult[]> {
  const script = workerScript();
  const items = opts.mode === 'off' ? jobs.map((j, job) => ({ ...j, job })) : await workItems(jobs, opts.workspace, opts.maxBytes, opts.partBytes);
  const order = claimOrder(items);
  const claims = newClaims();
  const results: (IngestResult | undefined)[] = new Array(items.length);
  const errors: (unknown | undefined)[] = new Array(items.length);
  const fp = new Fingerprinter(opts.salt);
  const register = (value: string) => opts.redactor.add(value);

  const workers = script ? workerCount(items, opts.mode, availableParallelism()) : 0;
  const fromWorkers = Promise.all(Array.from({ length: workers }, () => runWorker(script!, order, claims, items, opts, results, errors)));
  const end = workers > 0 ? 'back' : 'front';
  for (let k = claim(claims, order.length, end); k !== undefined; k = claim(claims, order.length, end)) {
    const i = order[k]!;
    try {
      results[i] = await parseItem(items[i]!, opts, register, fp);
    } catch (error) {
      errors[i] = error;
    }
  }
  await fromWorkers;
  try {
    return await assemble(jobs, items, results, errors, (job) => parseItem(job, opts, register, fp));
  } finally {
    // A worker's listeners keep these arrays reachable until the Worker object is collected, which
    // is after the merge: left filled, they held every raw finding (200,000 on the bench, ~27 MB)
    // through the merge and the SARIF, for its garbage collections to mark.
    results.fill(undefined);
    errors.fill(undefined);
  }
}

/** Results per job, in job order: parts joined in order; a job with a failed part is read again whole. */
async function assemble(
  jobs: readonly ReportJob[],
  items: readonly WorkItem[],
  results: readonly (IngestResult | undefined)[],
  errors: readonly unknown[],
  parseWhole: (job: ReportJob) => Promise<IngestResult>,
): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for (let job = 0, i = 0; job < jobs.length; job++) {
    const parts: IngestResult[] = [];
    let failed: unknown;
    let cut = false;
    for (; i < items.length && items[i]!.job === job; i++) {
      cut ||= items[i]!.range !== undefined;
      if (errors[i] !== undefined) failed ??= errors[i];
      else if (results[i]) parts.push(results[i]!);
      else failed ??= new Error(`report thread: no result for ${items[i]!.file}`);
    }
    if (failed !== undefined && !cut) throw failed;
    if (failed !== undefined) out.push(await parseWhole(jobs[job]!));
    else out.push(parts.length === 1 ? parts[0]! : joinParts(parts));
  }
  return out;
}

/** The parts of one report (at least one), as one result. */
function joinParts(parts: readonly IngestResult[]): IngestResult {
  const findings = parts.flatMap((p) => p.findings);
  const tools = [...new Set(parts.flatMap((p) => p.info.tools))].sort();
  return { info: { ...parts[0]!.info, tools, findings: findings.length }, findings };
}

function runWorker(
  script: string,
  order: readonly number[],
  claims: BigInt64Array,
  jobs: readonly WorkItem[],
  opts: ParseOptions,
  results: (IngestResult | undefined)[],
  errors: (unknown | undefined)[],
): Promise<void> {
  const input: WorkerInput = {
    workspace: opts.workspace,
    maxBytes: opts.maxBytes,
    salt: opts.salt,
    jobs: order.map((at) => ({ file: jobs[at]!.file, tool: jobs[at]!.tool, range: jobs[at]!.range, at })),
    claims,
  };
  return new Promise<void>((resolve, reject) => {
    // stdout/stderr piped here and never read: the worker has nothing to print, and must not.
    const worker = new Worker(script, { workerData: input, stdout: true, stderr: true });
    let done = false;
    const batches = new Map<number, RawFinding[]>();
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'secrets') for (const value of message.values) opts.redactor.add(value);
      else if (message.kind === 'findings') {
        const findings = batches.get(message.at);
        if (findings) for (const f of unpackFindings(message.findings)) findings.push(f);
        else batches.set(message.at, unpackFindings(message.findings));
      } else if (message.kind === 'error') {
        errors[message.at] = errorFrom(message.error);
        batches.delete(message.at);
      } else if (message.kind === 'report') {
        results[message.at] = { info: message.info, findings: batches.get(message.at) ?? [] };
        batches.delete(message.at);
      } else {
        done = true;
        resolve();
      }
    });
    worker.on('error', (error) => {
      reject(new Error(`report thread failed: ${error.message}`));
      void worker.terminate();
    });
    worker.on('exit', (code) => {
      if (!done) reject(new Error(`report thread stopped (exit code ${code}) before handing over what it read`));
    });
  });
}

/**
 * The worker's side: claim reports until none is left; parse each, send the raw values met, then
 * hash its findings and send them back as columns, a batch at a time; then say it is done.
 */
export async function runReportWorker(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('runReportWorker runs in a worker thread');
  const input = workerData as WorkerInput;
  const fp = new Fingerprinter(input.salt);
  let values: string[] = [];
  const register = (value: string) => values.push(value);
  const sendValues = () => {
    if (values.length === 0) return;
    port.postMessage({ kind: 'secrets', values } satisfies WorkerMessage);
    values = [];
  };
  for (let k = claim(input.claims, input.jobs.length); k !== undefined; k = claim(input.claims, input.jobs.length)) {
    const job = input.jobs[k]!;
    try {
      let result: IngestResult;
      try {
        result = await readItem(job, input.workspace, input.maxBytes, register);
      } finally {
        sendValues();
      }
      for (let from = 0; from < result.findings.length; from += BATCH) {
        const batch = result.findings.slice(from, from + BATCH);
        keyFindings(batch, fp);
        const findings = packFindings(batch);
        port.postMessage({ kind: 'findings', at: job.at, findings } satisfies WorkerMessage, transferables(findings));
      }
      port.postMessage({ kind: 'report', at: job.at, info: result.info } satisfies WorkerMessage);
    } catch (error) {
      port.postMessage({ kind: 'error', at: job.at, error: errorData(error) } satisfies WorkerMessage);
    }
  }
  port.postMessage({ kind: 'done' } satisfies WorkerMessage);
}
