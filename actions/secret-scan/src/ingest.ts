// Read one report, work out which scanner wrote it (from its content, or the `tool:` prefix the user
// gave), and parse it into RawFindings. Every raw value met on the way goes to `register`.

import { ConfigurationError, InputError } from '../../common/src/errors';
import { rawFinding, type RawFinding, type ReportInfo } from './model';
import { utf8BomLength, type ReadAt } from '../../common/src/readers';
import { arraySlices } from './array-slices';
import { jsonError } from './json';
import { rec, type JsonRecord, type Sink } from './formats/common';
import { isGitleaksV7, isGitleaksV8, parseGitleaksCsv, parseGitleaksJson } from './formats/gitleaks';
import { isTrufflehogResult, parseTrufflehogLines, parseTrufflehogResult } from './formats/trufflehog';
import {
  isDetectSecretsAudit,
  isDetectSecretsBaseline,
  parseDetectSecretsAudit,
  parseDetectSecretsBaseline,
} from './formats/detect-secrets';
import { isSecretlintResult, parseSecretlintGithub, parseSecretlintJson } from './formats/secretlint';
import { isGithubAlert, parseGithubAlerts } from './formats/github';
import { isSarif, parseSarif } from './formats/sarif';

/** Names accepted before `:` in a `report` entry, and the tool id each stands for. */
export const TOOL_PREFIXES: Record<string, string> = {
  gitleaks: 'gitleaks',
  trufflehog: 'trufflehog',
  'detect-secrets': 'detect-secrets',
  secretlint: 'secretlint',
  github: 'github-secret-scanning',
  'github-secret-scanning': 'github-secret-scanning',
  sarif: 'sarif',
};

export interface ReportSpec {
  /** Glob or path as given. */
  pattern: string;
  /** Tool forced by a `tool:` prefix. */
  tool?: string;
}

/** Split `tool:path` (only for known tool names, so `C:/x` and `./a:b` stay paths). */
export function parseReportSpec(entry: string): ReportSpec {
  const m = /^([a-z-]+):(.+)$/.exec(entry.trim());
  if (m && m[1]! in TOOL_PREFIXES) return { pattern: m[2]!.trim(), tool: TOOL_PREFIXES[m[1]!] };
  if (m && !/^[a-zA-Z]$/.test(m[1]!)) {
    throw new ConfigurationError(
      `unknown tool ${JSON.stringify(m[1])} in ${JSON.stringify(entry)}; use one of ${Object.keys(TOOL_PREFIXES).join(', ')}`,
      'report',
    );
  }
  return { pattern: entry.trim() };
}

export interface IngestResult {
  info: ReportInfo;
  findings: RawFinding[];
}

/** Values that are only a mask carry nothing worth hiding (and would blank ordinary text). */
function isPlaceholder(v: string): boolean {
  const c = v.trimStart()[0];
  if (c !== '*' && c !== 'x' && c !== 'X' && c !== '•' && c !== 'R') return false;
  return /^\s*(?:[*x•]+|REDACTED)\s*$/i.test(v);
}

const EMAIL = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[^\s<>"'(),;:]+/g;

class CollectingSink implements Sink {
  readonly findings: RawFinding[] = [];
  readonly tools = new Set<string>();
  /** E-mails already registered from this report: the same few authors repeat thousands of times. */
  private readonly emails = new Set<string>();
  /** The last two distinct values met: a report may repeat one next to every finding (secretlint's masked message). */
  private latest = '';
  private before = '';
  constructor(
    readonly report: string,
    readonly workspace: string | undefined,
    private readonly register: (value: string) => void,
  ) {}
  push(finding: RawFinding): void {
    this.findings.push(rawFinding(finding));
  }
  raw(value: unknown): void {
    if (typeof value !== 'string' || value.length < 4 || value === this.latest) return;
    const again = value === this.before;
    this.before = this.latest;
    this.latest = value;
    if (again || isPlaceholder(value)) return;
    if (value.includes('@')) {
      if (this.emails.has(value)) return;
      this.emails.add(value);
      // An e-mail inside a longer value ("Name <a@b.c>") must not survive on its own either.
      for (const m of value.match(EMAIL) ?? []) if (m !== value) this.register(m);
    }
    this.register(value);
  }
  tool(tool: string): void {
    this.tools.add(tool);
  }
  /** What was collected, as the result of reading a report of `format`. */
  result(format: string): IngestResult {
    return { info: { path: this.report, format, tools: [...this.tools].sort(), findings: this.findings.length }, findings: this.findings };
  }
}

type Detected = { format: string; tool: string; parse: (sink: CollectingSink) => void };

/** A report format that is a JSON array; `parse` reads some of its elements, the first being element `first`. */
type ArrayFormat = { format: string; tool: string; parse: (elements: unknown[], sink: CollectingSink, first: number) => void };

/** The format of a JSON array whose first object is `first`. */
function arrayFormat(first: JsonRecord): ArrayFormat | undefined {
  if (isGitleaksV8(first)) return { format: 'gitleaks-json-v8', tool: 'gitleaks', parse: parseGitleaksJson };
  if (isGitleaksV7(first)) return { format: 'gitleaks-json-v7', tool: 'gitleaks', parse: parseGitleaksJson };
  if (isSecretlintResult(first)) return { format: 'secretlint-json', tool: 'secretlint', parse: parseSecretlintJson };
  if (isGithubAlert(first)) return { format: 'github-secret-scanning-alerts', tool: 'github-secret-scanning', parse: parseGithubAlerts };
  if (isTrufflehogResult(first)) {
    return {
      format: 'trufflehog-json-array',
      tool: 'trufflehog',
      parse: (elements, s, from) => {
        s.tool('trufflehog');
        elements.forEach((v, i) => {
          const e = rec(v);
          if (!e || !isTrufflehogResult(e)) throw new InputError(`entry ${from + i + 1}: not a trufflehog result`, s.report);
          parseTrufflehogResult(e, s);
        });
      },
    };
  }
  return undefined;
}

function detectJson(value: unknown, text: string, override: string | undefined): Detected | undefined {
  if (value === null) return { format: 'empty', tool: override ?? '', parse: () => undefined };
  if (Array.isArray(value)) {
    if (value.length === 0) return { format: 'empty', tool: override ?? '', parse: () => undefined };
    const first = rec(value.find((v) => rec(v) !== undefined));
    const found = first && arrayFormat(first);
    return found && { format: found.format, tool: found.tool, parse: (s) => found.parse(value, s, 0) };
  }
  const obj = rec(value)!;
  if (isSarif(obj)) {
    const sarifTool = override && override !== 'sarif' ? override : undefined;
    return { format: 'sarif', tool: sarifTool ?? 'sarif', parse: (s) => parseSarif(obj, s, sarifTool) };
  }
  if (isDetectSecretsBaseline(obj)) {
    const legacy = typeof obj.version !== 'string' || /^0\./.test(obj.version);
    return {
      format: legacy ? 'detect-secrets-baseline-legacy' : 'detect-secrets-baseline',
      tool: 'detect-secrets',
      parse: (s) => parseDetectSecretsBaseline(obj, s),
    };
  }
  if (isDetectSecretsAudit(obj)) return { format: 'detect-secrets-audit', tool: 'detect-secrets', parse: (s) => parseDetectSecretsAudit(obj, s) };
  if (isTrufflehogResult(obj)) {
    // A one-line JSON Lines report parses as a single object.
    return { format: 'trufflehog-jsonl', tool: 'trufflehog', parse: (s) => parseTrufflehogLines([{ text, line: 1 }], s, () => obj) };
  }
  return undefined;
}

function jsonLines(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let start = 0;
  let line = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    line++;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    out.push({ text: text.slice(start, end), line });
    start = nl + 1;
  }
  return out;
}

/** JSON Lines (trufflehog --json): the first line is a whole object of its own, a result or a log line. */
function firstLineIsTrufflehog(text: string): boolean {
  const firstNl = text.indexOf('\n');
  if (firstNl === -1) return false;
  let first: JsonRecord | undefined;
  try {
    first = rec(JSON.parse(text.slice(0, firstNl)));
  } catch {
    return false;
  }
  return first !== undefined && (isTrufflehogResult(first) || ('level' in first && 'msg' in first));
}

/** trufflehog JSON Lines, each line parsed alone; a line that is not JSON is an error naming it. */
function parseJsonLines(lines: Iterable<{ text: string; line: number }>, sink: Sink, file: string): void {
  parseTrufflehogLines(lines, sink, (t, line) => {
    try {
      return JSON.parse(t);
    } catch {
      throw jsonError(t, file, line - 1);
    }
  });
}

/**
 * Whether a report whose text starts with `head` is read as trufflehog JSON Lines (what ingestText
 * would decide for the whole file), so it can be cut at line boundaries and its parts parsed apart
 * (ingestJsonLinesPart). True only when the head shows it for sure: the first line is a trufflehog
 * object and more content follows it, so the whole text cannot be one JSON value.
 */
export function startsAsJsonLines(head: string, override: string | undefined): boolean {
  if (override !== undefined && override !== 'trufflehog') return false;
  const trimmed = head.trimStart();
  if (trimmed[0] !== '{' || !firstLineIsTrufflehog(head)) return false;
  return head.slice(head.indexOf('\n') + 1).trim() !== '';
}

/**
 * Parse some whole lines of a JSON Lines report that startsAsJsonLines accepted, as bytes (a part of
 * the file; `atStart` when it begins the file, whose byte order mark is then dropped). Each line is
 * decoded on its own, so no string of the whole part is built. The parts' findings, in order, are the
 * whole report's. Line numbers in errors count from the part's start, so a caller reports errors by
 * parsing the whole file instead.
 */
export function ingestJsonLinesPart(bytes: Buffer, atStart: boolean, report: string, register: (value: string) => void, workspace?: string): IngestResult {
  const sink = new CollectingSink(report, workspace, register);
  parseJsonLines(linesOf(bytes, atStart ? utf8BomLength(bytes) : 0), sink, report);
  return sink.result('trufflehog-jsonl');
}

/** The lines of `bytes` from `from`, each decoded alone (`\n` or `\r\n`), numbered from 1. */
function* linesOf(bytes: Buffer, from: number): Generator<{ text: string; line: number }> {
  let line = 0;
  for (let start = from; start < bytes.length; ) {
    let nl = bytes.indexOf(10, start);
    if (nl === -1) nl = bytes.length;
    const end = nl > start && bytes[nl - 1] === 13 ? nl - 1 : nl;
    yield { text: bytes.toString('utf8', start, end), line: ++line };
    start = nl + 1;
  }
}

function detect(text: string, file: string, override: string | undefined): Detected {
  const head = text.trimStart();
  if (head === '') return { format: 'empty', tool: override ?? '', parse: () => undefined };
  if (head.startsWith('::')) return { format: 'secretlint-github', tool: 'secretlint', parse: (s) => parseSecretlintGithub(text, s) };
  if (head.startsWith('RuleID,') || /^[A-Za-z]+(,[A-Za-z]+)*\r?\n/.test(head) && head.slice(0, head.indexOf('\n')).split(',').includes('RuleID')) {
    return { format: 'gitleaks-csv', tool: 'gitleaks', parse: (s) => parseGitleaksCsv(text, s) };
  }
  const c = head[0];
  if (c !== '{' && c !== '[' && !head.startsWith('null')) {
    throw new InputError(
      'unrecognised report format (expected gitleaks, trufflehog, detect-secrets, secretlint, GitHub alert JSON or SARIF)',
      file,
      1,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    if (c === '{' && firstLineIsTrufflehog(text)) {
      return { format: 'trufflehog-jsonl', tool: 'trufflehog', parse: (s) => parseJsonLines(jsonLines(text), s, file) };
    }
    throw jsonError(text, file);
  }
  const found = detectJson(value, text, override);
  if (!found) {
    throw new InputError(
      'JSON of an unrecognised shape (expected gitleaks, trufflehog, detect-secrets, secretlint, GitHub alerts or SARIF 2.1.0); prefix the path with the tool name (gitleaks:path) if it is one of these',
      file,
    );
  }
  return found;
}

/** Parse a report already in memory. */
export function ingestText(
  text: string,
  report: string,
  override: string | undefined,
  register: (value: string) => void,
  workspace?: string,
): IngestResult {
  const found = detect(text, report, override);
  if (override && override !== 'sarif' && found.format !== 'empty' && found.format !== 'sarif' && found.tool !== override) {
    throw new InputError(`the report looks like ${found.tool} (${found.format}), but the report option says ${override}`, report);
  }
  if (override === 'sarif' && found.format !== 'sarif' && found.format !== 'empty') {
    throw new InputError(`the report option says sarif, but this is ${found.format}`, report);
  }
  const sink = new CollectingSink(report, workspace, register);
  found.parse(sink);
  if (found.format === 'empty' && override && override !== 'sarif') sink.tool(override);
  return sink.result(found.format);
}

/** Reports at least this large that start as a JSON array of objects are read in slices (ingestArraySlices). */
export const SLICED_MIN_BYTES = 2 << 20;

/**
 * A large JSON array report (gitleaks, secretlint, GitHub alerts, trufflehog array) parsed a slice
 * at a time as it is read (array-slices.ts). Undefined when it has to be read whole instead: it does
 * not start like an array of objects of a known format, the tool the user named is another, or a
 * slice or an entry in it is refused. Reading it whole then gives exactly what it would have anyway
 * (the error and its line included), so this returns only results a whole read gives.
 */
export function ingestArraySlices(
  read: ReadAt,
  report: string,
  override: string | undefined,
  register: (value: string) => void,
  workspace?: string,
  sizes?: Parameters<typeof arraySlices>[1],
): IngestResult | undefined {
  const slices = arraySlices(read, sizes);
  try {
    let next = slices.next();
    if (next.done) return undefined;
    const found = arrayFormat(rec(next.value.elements[0])!);
    if (!found || (override !== undefined && override !== found.tool)) return undefined;
    const sink = new CollectingSink(report, workspace, register);
    for (; !next.done; next = slices.next()) found.parse(next.value.elements, sink, next.value.first);
    return next.value ? sink.result(found.format) : undefined;
  } catch {
    return undefined;
  } finally {
    slices.return(false);
  }
}

/** Parse results produced in-process (the built-in secretlint scan) through the same parser. */
export function ingestValue(
  format: 'secretlint-json',
  value: unknown[],
  report: string,
  register: (value: string) => void,
  workspace?: string,
): IngestResult {
  const sink = new CollectingSink(report, workspace, register);
  parseSecretlintJson(value, sink);
  return sink.result(format);
}
