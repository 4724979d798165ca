// lcov tracefile reader (geninfo(1) "TRACEFILE FORMAT", lcov 1.x and 2.x).
// Hot path: a 100 MB tracefile is ~10 million records, so lines are parsed straight from the Buffer
// (no string per line); only paths and function names are decoded. Totals are recomputed from
// DA / BRDA / FN(L) records; LF/LH/BRF/BRH/FNF/FNH are never trusted.

import { InputError } from '../../../common/src/errors';
import { FileCoverage, getFile, type ParsedReport } from '../model';
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../names';
import { streamChunks } from './stream';

export interface LcovOptions {
  /** Unknown record types are an error instead of being skipped. */
  strict: boolean;
}

const C_A = 65; // A
const C_B = 66;
const C_C = 67;
const C_D = 68;
const C_E = 69;
const C_F = 70;
const C_H = 72;
const C_L = 76;
const C_M = 77;
const C_N = 78;
const C_R = 82;
const C_S = 83;
const C_T = 84;
const C_V = 86;
const C_COLON = 58;
const C_COMMA = 44;
const C_DASH = 45;
const C_0 = 48;
const C_9 = 57;


/** Branch keys pack (line, block, branch) into one exact integer when the parts are small. */
const BLOCK_LIMIT = 1 << 14;
const BRANCH_LIMIT = 1 << 15;
const LINE_LIMIT = 2 ** 23;

export class LcovParser {
  readonly files = new Map<string, FileCoverage>();
  readonly ignored = new Map<string, { count: number; firstLine: number }>();
  private current: FileCoverage | undefined;
  private recordStart = 0;
  /** lcov 2.x: FNL index → function key, local to one record. */
  private fnl = new Map<number, string>();
  private sawRecord = false;

  constructor(
    private readonly displayName: string,
    private readonly options: LcovOptions,
  ) {}

  private fail(message: string, lineNo: number, column?: number): never {
    throw new InputError(message, this.displayName, lineNo, column);
  }

  private lineNo = 0;

  /**
   * Parse the complete lines of `buf[start, end)` (all of it at `eof`); returns where the unfinished
   * last line starts. `DA:<n>,<n>` lines — nine records in ten — are parsed inline in one pass.
   */
  feed(buf: Buffer, start: number, end: number, eof: boolean): number {
    let s = start;
    let lineNo = this.lineNo;
    while (s < end) {
      const file = this.current;
      if (file !== undefined && buf[s] === C_D && buf[s + 1] === C_A && buf[s + 2] === C_COLON) {
        let i = s + 3;
        let line = 0;
        let c = 0;
        while (i < end && (c = buf[i]!) >= C_0 && c <= C_9) {
          line = line * 10 + (c - C_0);
          i++;
        }
        if (c === C_COMMA && i > s + 3 && line >= 1 && line <= LINE_LIMIT * 64) {
          const countStart = ++i;
          let nonZero = false;
          while (i < end && (c = buf[i]!) >= C_0 && c <= C_9) {
            if (c !== C_0) nonZero = true;
            i++;
          }
          if (i < end && c === 10 && i > countStart) {
            lineNo++;
            file.markLine(line, nonZero);
            s = i + 1;
            continue;
          }
        }
        // CRLF, a checksum, a non-integer count or a malformed record: the general path decides.
      } else if (file !== undefined && buf[s] === C_B && buf[s + 1] === C_R && buf[s + 2] === C_D && buf[s + 3] === C_A && buf[s + 4] === C_COLON) {
        // BRDA:<line>,<block>,<branch>,<taken> with plain numbers (or "-"), the next most common record.
        const key = this.plainBranch(buf, s + 5, end);
        if (key >= 0) {
          lineNo++;
          file.markBranch(Math.floor(key / 2), key % 2 === 1);
          s = this.fastEnd;
          continue;
        }
      } else if (file !== undefined && buf[s] === C_F && buf[s + 1] === C_N && buf[s + 2] === C_D && buf[s + 3] === C_A && buf[s + 4] === C_COLON) {
        // FNDA:<count>,<name>: the name is hashed while looking for the end of the line.
        let i = s + 5;
        let c = 0;
        let nonZero = false;
        while (i < end && (c = buf[i]!) >= C_0 && c <= C_9) {
          if (c !== C_0) nonZero = true;
          i++;
        }
        if (c === C_COMMA && i > s + 5) {
          const nameStart = ++i;
          let h = FNV_OFFSET;
          while (i < end && (c = buf[i]!) !== 10) {
            h = Math.imul(h ^ c, FNV_PRIME);
            i++;
          }
          if (i < end && i > nameStart && buf[i - 1] !== 13) {
            lineNo++;
            file.namedFunctions.mark(buf, nameStart, i, h, nonZero);
            s = i + 1;
            continue;
          }
        }
      }
      let nl = s;
      while (nl < end && buf[nl] !== 10) nl++;
      if (nl >= end) {
        if (!eof) break;
        this.line(buf, s, buf[end - 1] === 13 ? end - 1 : end, ++lineNo);
        s = end;
        break;
      }
      this.line(buf, s, nl > s && buf[nl - 1] === 13 ? nl - 1 : nl, ++lineNo);
      s = nl + 1;
    }
    this.lineNo = lineNo;
    return s;
  }

  /** Where the last fast-path record ended (the next line's start). */
  private fastEnd = 0;

  /**
   * `<line>,<block>,<branch>,<taken>\n` with plain numbers (taken may be "-") → packed key * 2 +
   * taken, and `fastEnd` after the newline; -1 for anything else (the general path decides).
   */
  private plainBranch(buf: Buffer, i: number, end: number): number {
    const line = this.digitsThenComma(buf, i, end);
    if (line < 1 || line >= LINE_LIMIT) return -1;
    const block = this.digitsThenComma(buf, this.fastEnd, end);
    if (block < 0 || block >= BLOCK_LIMIT) return -1;
    const branch = this.digitsThenComma(buf, this.fastEnd, end);
    if (branch < 0 || branch >= BRANCH_LIMIT) return -1;
    i = this.fastEnd;
    const takenStart = i;
    let taken = false;
    if (i < end && buf[i] === C_DASH) i++;
    else {
      let c = 0;
      while (i < end && (c = buf[i]!) >= C_0 && c <= C_9) {
        if (c !== C_0) taken = true;
        i++;
      }
    }
    if (i >= end || buf[i] !== 10 || i === takenStart) return -1;
    this.fastEnd = i + 1;
    return ((line * BLOCK_LIMIT + block) * BRANCH_LIMIT + branch) * 2 + (taken ? 1 : 0);
  }

  /** Plain digits followed by a comma → their value, with `fastEnd` after the comma; else -1. */
  private digitsThenComma(buf: Buffer, i: number, end: number): number {
    const start = i;
    let n = 0;
    let c = 0;
    while (i < end && (c = buf[i]!) >= C_0 && c <= C_9) {
      n = n * 10 + (c - C_0);
      i++;
    }
    if (i === start || i >= end || c !== C_COMMA) return -1;
    this.fastEnd = i + 1;
    return n;
  }

  get lines(): number {
    return this.lineNo;
  }

  /** Parse one line `buf[s, e)` (no newline, no trailing CR). */
  line(buf: Buffer, s: number, e: number, lineNo: number): void {
    if (s >= e) return;
    const c0 = buf[s]!;
    const c1 = buf[s + 1];
    // DA comes first: it is nine records in ten.
    if (c0 === C_D && c1 === C_A && buf[s + 2] === C_COLON) return this.da(buf, s + 3, e, lineNo);
    if (c0 === C_B && c1 === C_R) {
      if (buf[s + 2] === C_D && buf[s + 3] === C_A && buf[s + 4] === C_COLON) return this.brda(buf, s + 5, e, lineNo);
      if ((buf[s + 2] === C_F || buf[s + 2] === C_H) && buf[s + 3] === C_COLON) return void this.inRecord(lineNo, 'BRF/BRH');
    } else if (c0 === C_F && c1 === C_N) {
      const c2 = buf[s + 2];
      if (c2 === C_COLON) return this.fn(buf, s + 3, e, lineNo);
      if (c2 === C_D && buf[s + 3] === C_A && buf[s + 4] === C_COLON) return this.fnda(buf, s + 5, e, lineNo);
      if (c2 === C_L && buf[s + 3] === C_COLON) return this.fnlRecord(buf, s + 4, e, lineNo);
      if (c2 === C_A && buf[s + 3] === C_COLON) return this.fnaRecord(buf, s + 4, e, lineNo);
      if ((c2 === C_F || c2 === C_H) && buf[s + 3] === C_COLON) return void this.inRecord(lineNo, 'FNF/FNH');
    } else if (c0 === C_L && (c1 === C_F || c1 === C_H) && buf[s + 2] === C_COLON) {
      return void this.inRecord(lineNo, 'LF/LH');
    } else if (c0 === C_S && c1 === C_F && buf[s + 2] === C_COLON) {
      return this.sf(buf, s + 3, e, lineNo);
    } else if (c0 === C_T && c1 === C_N && buf[s + 2] === C_COLON) {
      return; // test name: no effect on totals
    } else if (c0 === C_V && c1 === C_E && buf[s + 2] === C_R && buf[s + 3] === C_COLON) {
      return; // source version id
    } else if (c0 === C_M && c1 === C_C) {
      // MC/DC (lcov 2.x): tolerated, not measured.
      if (buf[s + 2] === C_D && buf[s + 3] === C_C && buf[s + 4] === C_COLON) return void this.inRecord(lineNo, 'MCDC');
      if ((buf[s + 2] === C_F || buf[s + 2] === C_H) && buf[s + 3] === C_COLON) return void this.inRecord(lineNo, 'MCF/MCH');
    } else if (c0 === 101 /* e */ && e - s === 13 && buf.toString('latin1', s, e) === 'end_of_record') {
      return this.endRecord(lineNo);
    }
    if (isBlank(buf, s, e)) return;
    this.unknown(buf, s, e, lineNo);
  }

  private unknown(buf: Buffer, s: number, e: number, lineNo: number): void {
    const colon = buf.indexOf(C_COLON, s);
    const tag = colon !== -1 && colon < e && colon - s <= 16 ? buf.toString('utf8', s, colon) : buf.toString('utf8', s, Math.min(e, s + 24));
    if (this.options.strict) this.fail(`unknown lcov record ${JSON.stringify(tag)} (strict mode)`, lineNo, 1);
    const seen = this.ignored.get(tag);
    if (seen) seen.count++;
    else this.ignored.set(tag, { count: 1, firstLine: lineNo });
  }

  private inRecord(lineNo: number, what: string): FileCoverage {
    if (!this.current) this.fail(`${what} record outside an SF … end_of_record block`, lineNo, 1);
    return this.current;
  }

  private sf(buf: Buffer, s: number, e: number, lineNo: number): void {
    if (this.current) {
      this.fail(`SF record before the end_of_record of the record started at line ${this.recordStart} (truncated record?)`, lineNo, 1);
    }
    // The path is everything after the first colon: Windows drive letters keep theirs.
    const path = buf.toString('utf8', s, e).trim();
    if (!path) this.fail('SF record with an empty path', lineNo, 4);
    this.current = getFile(this.files, path);
    this.recordStart = lineNo;
    this.sawRecord = true;
  }

  private endRecord(lineNo: number): void {
    if (!this.current) this.fail('end_of_record without a preceding SF record', lineNo, 1);
    this.current = undefined;
    this.fnl.clear();
  }

  private da(buf: Buffer, s: number, e: number, lineNo: number): void {
    const file = this.inRecord(lineNo, 'DA');
    let i = s;
    let line = 0;
    let c = 0;
    while (i < e && (c = buf[i]!) >= C_0 && c <= C_9) {
      line = line * 10 + (c - C_0);
      i++;
    }
    if (i === s || i >= e || c !== C_COMMA || line < 1 || line > LINE_LIMIT * 64) {
      this.fail('malformed DA record: expected DA:<line>,<count>[,<checksum>] with line >= 1', lineNo, 4);
    }
    i++;
    const start = i;
    let nonZero = false;
    while (i < e && (c = buf[i]!) >= C_0 && c <= C_9) {
      if (c !== C_0) nonZero = true;
      i++;
    }
    if (i === start || (i < e && c !== C_COMMA)) {
      // Not a plain integer: negative, fractional or scientific notation.
      const end = findByte(buf, C_COMMA, start, e);
      const count = this.count(buf, start, end === -1 || end > e ? e : end, lineNo);
      nonZero = count > 0;
    }
    file.markLine(line, nonZero);
  }

  /** An execution count that is not a plain integer: decimals and exponents are fine, negatives are not. */
  private count(buf: Buffer, s: number, e: number, lineNo: number): number {
    const text = buf.toString('latin1', s, e).trim();
    const n = text === '' ? NaN : Number(text);
    if (Number.isNaN(n)) this.fail(`execution count ${JSON.stringify(text)} is not a number`, lineNo);
    if (n < 0) this.fail(`negative execution count ${text}`, lineNo);
    return n;
  }

  private brda(buf: Buffer, s: number, e: number, lineNo: number): void {
    const file = this.inRecord(lineNo, 'BRDA');
    // BRDA:<line>,[e][f][U]<block>,<branch>,<taken>; <branch> may itself contain commas, so
    // <taken> is read from the end.
    const c1 = findByte(buf, C_COMMA, s, e);
    const c2 = c1 === -1 ? -1 : findByte(buf, C_COMMA, c1 + 1, e);
    const c3 = findLastByte(buf, C_COMMA, s, e);
    if (c1 === -1 || c2 === -1 || c3 <= c1 || c2 > e || c3 < c2) {
      this.fail('malformed BRDA record: expected BRDA:<line>,<block>,<branch>,<taken>', lineNo, 6);
    }
    const line = parseUint(buf, s, c1);
    if (line < 1) this.fail('malformed BRDA record: line must be a number >= 1', lineNo, 6);
    let bs = c1 + 1;
    let unreachable = false;
    let marked = false;
    for (;;) {
      const ch = buf[bs];
      if (ch === 101 /* e */ || ch === 102 /* f */) marked = true;
      else if (ch === 85 /* U */) unreachable = true;
      else break;
      bs++;
    }
    // Unreachable branches are excluded from BRF/BRH by lcov itself.
    if (unreachable) return;
    let taken: boolean;
    if (c3 + 2 === e && buf[c3 + 1] === C_DASH) taken = false;
    else {
      const t = parseUint(buf, c3 + 1, e);
      taken = t >= 0 ? t > 0 : this.count(buf, c3 + 1, e, lineNo) > 0;
    }
    const block = marked ? -1 : parseUint(buf, bs, c2);
    const branch = c3 === c2 ? -1 : parseUint(buf, c2 + 1, c3);
    let key: number | string;
    if (block >= 0 && block < BLOCK_LIMIT && branch >= 0 && branch < BRANCH_LIMIT && line < LINE_LIMIT) {
      key = (line * BLOCK_LIMIT + block) * BRANCH_LIMIT + branch;
    } else {
      key = buf.toString('utf8', s, c3);
    }
    file.markBranch(key, taken);
  }

  private fn(buf: Buffer, s: number, e: number, lineNo: number): void {
    const file = this.inRecord(lineNo, 'FN');
    // FN:<start>[,<end>],<name>: the name is what follows the numbers (it may hold commas).
    const c1 = findByte(buf, C_COMMA, s, e);
    if (c1 === -1 || c1 >= e || parseUint(buf, s, c1) < 0) this.fail('malformed FN record: expected FN:<line>[,<end>],<name>', lineNo, 4);
    let nameStart = c1 + 1;
    const c2 = findByte(buf, C_COMMA, nameStart, e);
    if (c2 !== -1 && c2 < e && parseUint(buf, nameStart, c2) >= 0) nameStart = c2 + 1;
    // Names are kept as bytes (names.ts): never decoded, compared exactly.
    file.namedFunctions.mark(buf, nameStart, e, fnv1a(buf, nameStart, e), false);
  }

  private fnda(buf: Buffer, s: number, e: number, lineNo: number): void {
    const file = this.inRecord(lineNo, 'FNDA');
    const c1 = findByte(buf, C_COMMA, s, e);
    if (c1 === -1 || c1 >= e) this.fail('malformed FNDA record: expected FNDA:<count>,<name>', lineNo, 6);
    let count = parseUint(buf, s, c1);
    if (count < 0) count = this.count(buf, s, c1, lineNo);
    file.namedFunctions.mark(buf, c1 + 1, e, fnv1a(buf, c1 + 1, e), count > 0);
  }

  /** lcov >= 2.2: FNL:<index>,<start>[,<end>] declares a function group (aliases share it). */
  private fnlRecord(buf: Buffer, s: number, e: number, lineNo: number): void {
    const file = this.inRecord(lineNo, 'FNL');
    const c1 = findByte(buf, C_COMMA, s, e);
    const index = c1 === -1 || c1 >= e ? -1 : parseUint(buf, s, c1);
    if (index < 0) this.fail('malformed FNL record: expected FNL:<index>,<start>[,<end>]', lineNo, 5);
    const c2 = findByte(buf, C_COMMA, c1 + 1, e);
    const startEnd = c2 !== -1 && c2 < e ? c2 : e;
    if (parseUint(buf, c1 + 1, startEnd) < 1 || (startEnd < e && parseUint(buf, startEnd + 1, e) < 0)) {
      this.fail('malformed FNL record: start and end must be line numbers', lineNo, 5);
    }
    // Groups are identified by their location: the index is only local to this record.
    const key = `@${buf.toString('latin1', c1 + 1, e)}`;
    this.fnl.set(index, key);
    if (!file.functions.has(key)) file.functions.set(key, false);
  }

  private fnaRecord(buf: Buffer, s: number, e: number, lineNo: number): void {
    const file = this.inRecord(lineNo, 'FNA');
    const c1 = findByte(buf, C_COMMA, s, e);
    const c2 = c1 === -1 ? -1 : findByte(buf, C_COMMA, c1 + 1, e);
    if (c1 === -1 || c2 === -1 || c2 >= e) this.fail('malformed FNA record: expected FNA:<index>,<count>,<name>', lineNo, 5);
    const index = parseUint(buf, s, c1);
    const key = this.fnl.get(index);
    if (key === undefined) this.fail(`FNA record for function index ${index}, which no FNL record declared`, lineNo, 5);
    let count = parseUint(buf, c1 + 1, c2);
    if (count < 0) count = this.count(buf, c1 + 1, c2, lineNo);
    file.markFunction(key, count > 0);
  }

  /** Called after the last line. */
  finish(lastLine: number): ParsedReport['files'] {
    if (this.current) {
      this.fail(`truncated report: the record for ${this.current.path} started at line ${this.recordStart} has no end_of_record`, lastLine);
    }
    if (!this.sawRecord) this.fail('empty report: no SF records', lastLine || 1);
    return this.files;
  }
}

/** Index of `byte` at or after `from` (-1 when absent): a JS loop beats a native call on short lines. */
function findByte(buf: Buffer, byte: number, from: number, end: number): number {
  for (let i = from; i < end; i++) if (buf[i] === byte) return i;
  return -1;
}

function findLastByte(buf: Buffer, byte: number, from: number, end: number): number {
  for (let i = end - 1; i >= from; i--) if (buf[i] === byte) return i;
  return -1;
}

/** Digits only → their value; anything else (including empty) → -1. */
export function parseUint(buf: Buffer, s: number, e: number): number {
  if (s >= e) return -1;
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = buf[i]!;
    if (c < C_0 || c > C_9) return -1;
    n = n * 10 + (c - C_0);
  }
  return n;
}

function isBlank(buf: Buffer, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = buf[i]!;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

export async function readLcov(path: string, displayName: string, options: LcovOptions, maxBytes: number, chunk?: number): Promise<ParsedReport> {
  const parser = new LcovParser(displayName, options);
  await streamChunks(path, displayName, maxBytes, (buf, start, end, eof) => parser.feed(buf, start, end, eof), chunk);
  const files = parser.finish(parser.lines);
  return {
    format: 'lcov',
    file: displayName,
    files,
    roots: [],
    ignored: [...parser.ignored].map(([what, v]) => ({ what: `lcov record ${what}`, count: v.count, firstLine: v.firstLine })),
  };
}

/** Parse lcov text held in memory (tests, small inputs). */
export function parseLcovText(text: string, displayName = 'lcov.info', options: LcovOptions = { strict: false }): LcovParser {
  const parser = new LcovParser(displayName, options);
  const buf = Buffer.from(text, 'utf8');
  parser.feed(buf, 0, buf.length, true);
  parser.finish(parser.lines);
  return parser;
}
