// SARIF 2.1.0 for GitHub code scanning: stable tool names and categories per gate, partial
// fingerprints so alerts track across runs, and at most 25,000 results per run kept by severity.

import { createHash } from 'node:crypto';
import type { Finding, Severity } from './result';
import { compareFindings, compareText } from './result';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_MAX_RESULTS_PER_RUN = 25_000;
export const SARIF_MAX_RUNS = 20;
export const FINGERPRINT_KEY = 'releaseGates/v1';

export interface SarifRule {
  id: string;
  shortDescription: string;
  helpUri?: string;
}

export interface SarifResultInput extends Finding {
  /** Caller-chosen stable identity (e.g. a salted secret fingerprint); default: hash of rule, file and message. */
  fingerprint?: string;
  /** Result is suppressed (baselined): kept so the alert closes as dismissed rather than reappearing. */
  suppressed?: { justification: string };
}

export interface SarifRunInput {
  /** tool.driver.name, stable per gate or source tool (e.g. `release-gates/coverage`). */
  tool: string;
  /** runAutomationDetails.id: the code-scanning category, stable so a later run replaces this one. */
  category: string;
  version?: string;
  informationUri?: string;
  rules?: SarifRule[];
  results: SarifResultInput[];
  /**
   * The results are already in the order to write, most severe first (the first maxResults are
   * kept). Otherwise they are sorted by severity, file and line; a gate that orders 100,000 results
   * itself saves that sort.
   */
  ordered?: boolean;
  /**
   * No two results carry the same `fingerprint` (a gate whose fingerprints are its findings' own keys):
   * each is written as occurrence 1 without counting. Results without one are still counted.
   */
  distinctFingerprints?: boolean;
}

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'note' };

/** Characters encodeURIComponent never escapes, plus the segment separator. */
const PLAIN_PATH = /^[A-Za-z0-9\-_.!~*'()/]*$/;

/** Percent-encode a repository-relative path into a URI reference, segment by segment. */
export function pathToUri(file: string): string {
  // The common path needs no escaping (encodeURIComponent leaves these characters alone): skip the
  // split and join, which cost a few allocations per result on a 100,000-result log.
  if (PLAIN_PATH.test(file)) return file;
  return file
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

function defaultFingerprint(r: SarifResultInput): string {
  // Line numbers are left out so the fingerprint survives lines moving; occurrence disambiguates.
  const message = r.message.replace(/\d+/g, '#');
  return createHash('sha256').update(`${r.ruleId}\0${r.file ?? ''}\0${message}`).digest('hex').slice(0, 32);
}

/** Applied to a path that percent-encoding would change, before it does (the redactor's scrub). */
type ScrubPath = (path: string) => string;

function uriOf(file: string, scrubPath: ScrubPath): string {
  const uri = pathToUri(file);
  return uri === file ? uri : pathToUri(scrubPath(file));
}

function regionOf(r: Finding): Record<string, number> | undefined {
  if (r.line === undefined || r.line < 1) return undefined;
  const region: Record<string, number> = { startLine: r.line };
  if (r.column !== undefined && r.column >= 1) region.startColumn = r.column;
  if (r.endLine !== undefined && r.endLine >= r.line) region.endLine = r.endLine;
  if (r.endColumn !== undefined && r.endColumn >= 1) region.endColumn = r.endColumn;
  return region;
}

/** Every key a result written by resultOf can hold, and its constant values. */
const RESULT_KEYS = [
  'ruleId', 'ruleIndex', 'level', 'message', 'text', 'partialFingerprints', FINGERPRINT_KEY, 'locations', 'physicalLocation',
  'artifactLocation', 'uri', 'uriBaseId', '%SRCROOT%', 'region', 'startLine', 'startColumn', 'endLine', 'endColumn',
  'suppressions', 'kind', 'external', 'justification',
];

/**
 * Every string of a chunk of results, values each at least once (the keys are RESULT_KEYS, in the
 * log's structure; fingerprints the redactor cleared are left out), to be joined by '"'. The
 * redaction scan reads this instead of the chunk's text (Redactor.scrubbedStream): about a quarter
 * of the length, since the keys and the values repeated from one result to the next are taken once.
 */
class LogStrings {
  readonly parts: string[] = [];
  /** The previous result's rule, level, message and justification: neighbours mostly repeat them. */
  private readonly last: (string | undefined)[] = [];

  add(text: string): void {
    this.parts.push(text);
  }

  repeated(field: number, text: string): void {
    if (this.last[field] === text) return;
    this.last[field] = text;
    this.parts.push(text);
  }
}

/**
 * One SARIF result. The results of a run are serialised by one JSON.stringify call: on a
 * 100,000-result log that is faster than writing each result's text by hand (measured 360 ms
 * against 270 ms), because V8 serialises plain objects of one-byte strings in native code.
 */
function resultOf(r: SarifResultInput, ruleIndex: number, fingerprint: string, options: Required<StreamOptions>, strings: LogStrings): Record<string, unknown> {
  const level = LEVEL[r.severity]!;
  const result: Record<string, unknown> = {
    ruleId: r.ruleId,
    ruleIndex,
    level,
    message: { text: r.message },
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
  };
  strings.repeated(0, r.ruleId);
  strings.repeated(1, level);
  strings.repeated(2, r.message);
  if (!options.cleared(fingerprint)) strings.add(fingerprint);
  if (r.file) {
    const region = regionOf(r);
    const artifactLocation = { uri: uriOf(r.file, options.scrubPath), uriBaseId: '%SRCROOT%' };
    result.locations = [{ physicalLocation: region ? { artifactLocation, region } : { artifactLocation } }];
    strings.add(artifactLocation.uri);
  }
  if (r.suppressed) {
    result.suppressions = [{ kind: 'external', justification: r.suppressed.justification }];
    strings.repeated(3, r.suppressed.justification);
  }
  return result;
}

/**
 * Results serialised per JSON.stringify call: a chunk's text (~100 KB) stays below V8's large-object
 * size, so it is built in memory the collector reuses, and is written and dropped before the next.
 */
const RESULTS_PER_CHUNK = 250;

/**
 * One run, as written: `head` up to its results array, the results a chunk at a time, then `tail`.
 * `head` and `tail` are small; their strings are checked whole by the redactor.
 */
interface RunParts {
  head: string;
  tail: string;
  chunks: () => Generator<SarifPiece>;
}

function runParts(input: SarifRunInput, options: Required<StreamOptions>): RunParts {
  const maxResults = options.maxResultsPerRun;
  const sorted = input.ordered ? input.results : [...input.results].sort(compareFindings);
  const kept = sorted.length > maxResults ? sorted.slice(0, maxResults) : sorted;
  const cut = sorted.length - kept.length;
  const ruleIds = new Map<string, SarifRule>();
  for (const rule of input.rules ?? []) ruleIds.set(rule.id, rule);
  for (const r of kept) if (!ruleIds.has(r.ruleId)) ruleIds.set(r.ruleId, { id: r.ruleId, shortDescription: r.ruleId });
  const rules = [...ruleIds.values()].sort((a, b) => compareText(a.id, b.id));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const notifications = cut
    ? [
        {
          level: 'warning',
          message: {
            text: `${cut} of ${sorted.length} results left out (GitHub accepts ${maxResults} per run); the most severe were kept.`,
          },
        },
      ]
    : [];
  const driver: Record<string, unknown> = {
    name: input.tool,
    rules: rules.map((r) => ({
      id: r.id,
      shortDescription: { text: r.shortDescription },
      ...(r.helpUri ? { helpUri: r.helpUri } : {}),
    })),
  };
  if (input.version) driver.semanticVersion = input.version;
  if (input.informationUri) driver.informationUri = input.informationUri;
  // The small parts go through JSON.stringify; the results are spliced in between.
  const head = JSON.stringify({
    tool: { driver },
    automationDetails: { id: input.category.endsWith('/') ? input.category : `${input.category}/` },
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
    originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
  });
  const tail = JSON.stringify({ properties: { resultsTotal: sorted.length, resultsOmitted: cut } });
  function* chunks(): Generator<SarifPiece> {
    const seen = new Map<string, number>();
    const { perChunk } = options;
    for (let from = 0; from < kept.length; from += perChunk) {
      const strings = new LogStrings();
      const results: Record<string, unknown>[] = [];
      const to = Math.min(kept.length, from + perChunk);
      for (let i = from; i < to; i++) {
        const r = kept[i]!;
        let fingerprint: string;
        if (input.distinctFingerprints && r.fingerprint !== undefined) {
          fingerprint = `${r.fingerprint}:1`;
        } else {
          const base = r.fingerprint ?? defaultFingerprint(r);
          const occurrence = (seen.get(base) ?? 0) + 1;
          seen.set(base, occurrence);
          fingerprint = `${base}:${occurrence}`;
        }
        results.push(resultOf(r, ruleIndex.get(r.ruleId)!, fingerprint, options, strings));
      }
      const json = JSON.stringify(results);
      yield { text: from ? `,${json.slice(1, -1)}` : json.slice(1, -1), strings: strings.parts.join('"') };
    }
  }
  return { head: `${head.slice(0, -1)},"results":[`, tail: `],${tail.slice(1)}`, chunks };
}

/** A piece of a SARIF log's text; a chunk of results comes with its strings (see LogStrings). */
export interface SarifPiece {
  text: string;
  /**
   * For a chunk of results (`text` is elements of the results array, led by a comma after the
   * first chunk): every key and string of them, each at least once, joined by '"', except the
   * fingerprints the stream's `cleared` cleared. Absent for the log's structure, whose pieces are
   * listed in SarifStream.structure.
   */
  strings?: string;
}

/**
 * A SARIF log to be written piece by piece: every piece but the results is small and listed in
 * `structure` (with the result keys), so a redactor can clear it before anything is written; the
 * results are serialised a chunk at a time as `pieces` is iterated, so a 40 MB log never exists
 * as text at once.
 */
export interface SarifStream {
  structure: readonly string[];
  pieces: () => Generator<SarifPiece>;
}

export interface StreamOptions {
  maxResultsPerRun?: number;
  /** Sees the paths that URI encoding would hide from a redaction scan (the redactor's scrub). */
  scrubPath?: ScrubPath;
  /** Results per chunk (tests make it small). */
  perChunk?: number;
  /**
   * Fingerprints this clears are left out of the chunks' strings: the redactor has proven that no
   * registered value fits in them (Redactor.clearsByAlphabet), so there is nothing to scan for.
   */
  cleared?: (fingerprint: string) => boolean;
}

/** The SARIF log as a stream. */
export function sarifStream(runs: readonly SarifRunInput[], opts: StreamOptions = {}): SarifStream {
  if (runs.length > SARIF_MAX_RUNS) throw new Error(`SARIF upload accepts at most ${SARIF_MAX_RUNS} runs; got ${runs.length}`);
  const options: Required<StreamOptions> = {
    maxResultsPerRun: opts.maxResultsPerRun ?? SARIF_MAX_RESULTS_PER_RUN,
    scrubPath: opts.scrubPath ?? ((path) => path),
    perChunk: opts.perChunk ?? RESULTS_PER_CHUNK,
    cleared: opts.cleared ?? (() => false),
  };
  const head = JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0' });
  const open = `${head.slice(0, -1)},"runs":[`;
  const parts = runs.map((run) => runParts(run, options));
  const structure = [...RESULT_KEYS, open, ...parts.flatMap((p) => [p.head, p.tail]), ',', ']}'];
  function* pieces(): Generator<SarifPiece> {
    yield { text: open };
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      yield { text: i ? `,${part.head}` : part.head };
      yield* part.chunks();
      yield { text: part.tail };
    }
    yield { text: ']}' };
  }
  return { structure, pieces };
}

/** The SARIF log as one compact JSON text. */
export function sarifText(runs: readonly SarifRunInput[], maxResultsPerRun = SARIF_MAX_RESULTS_PER_RUN, scrubPath: ScrubPath = (path) => path): string {
  return Array.from(sarifStream(runs, { maxResultsPerRun, scrubPath }).pieces(), (piece) => piece.text).join('');
}

/** The SARIF log as an object (for tests and callers that inspect it), parsed from the same text. */
export function buildSarif(runs: readonly SarifRunInput[], maxResultsPerRun = SARIF_MAX_RESULTS_PER_RUN): Record<string, unknown> {
  return JSON.parse(sarifText(runs, maxResultsPerRun)) as Record<string, unknown>;
}

/** The default single run of a gate, built from its findings. */
export function defaultRun(gate: string, version: string, findings: readonly Finding[]): SarifRunInput {
  return {
    tool: `release-gates/${gate}`,
    category: `release-gates/${gate}`,
    version,
    informationUri: 'https://github.com/release-gates/release-gates',
    results: [...findings],
  };
}
