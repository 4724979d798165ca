// The coverage of one source file, in a form every reader can fill and any two reports can merge.
// Each coverable item (line, branch, function, statement) keeps only "covered or not": counts are
// never negative, so "sum of hits > 0" equals "any report hit it", and merging becomes an
// order-independent union. Percentages are never stored, so nothing is ever averaged.

import { InputError } from '../../common/src/errors';
import { NameTable, fnv1a } from './names';

/** Line states in `FileCoverage.lines`. */
export const NOT_COVERABLE = 0;
export const MISSED = 1;
export const COVERED = 2;

export interface Counts {
  covered: number;
  total: number;
}

export interface FileTotals {
  lines: Counts;
  branches: Counts;
  functions: Counts;
  statements: Counts;
}

export const METRICS = ['lines', 'branches', 'functions', 'statements'] as const;
export type Metric = (typeof METRICS)[number];

export function emptyTotals(): FileTotals {
  return {
    lines: { covered: 0, total: 0 },
    branches: { covered: 0, total: 0 },
    functions: { covered: 0, total: 0 },
    statements: { covered: 0, total: 0 },
  };
}

export function addTotals(into: FileTotals, from: FileTotals): void {
  for (const m of METRICS) {
    into[m].covered += from[m].covered;
    into[m].total += from[m].total;
  }
}

const EMPTY_LINES = new Uint8Array(0);
/** Largest branch key packed as key * 2 + covered without losing precision. */
const MAX_PACKED_KEY = 2 ** 52 - 1;

export class FileCoverage {
  /** Index = line number; NOT_COVERABLE / MISSED / COVERED. Grown on demand (may have slack). */
  lines: Uint8Array = EMPTY_LINES;
  /**
   * Branches with a numeric identity, packed as key * 2 + covered and appended as read (an lcov
   * tracefile can hold millions: a Map per file would cost ~10x the memory). Sorted and
   * de-duplicated on demand.
   */
  private branchValues = new Float64Array(0);
  private branchCount = 0;
  private branchesSorted = true;
  /** Branches with a textual identity (istanbul locations, coverage.py arcs, odd lcov ids). */
  private readonly namedBranches = new Map<string, boolean>();
  /** Function identity → covered. */
  readonly functions = new Map<string, boolean>();
  /** Functions identified by raw name bytes (lcov FN/FNDA), see names.ts. */
  readonly namedFunctions = new NameTable();
  /** Statement identity → weight * 2 + (covered ? 1 : 0); Go blocks weigh their statement count. */
  readonly statements = new Map<string, number>();
  /** Set only by count-only formats (coverage-summary.json): there is no per-line data. */
  countsOnly?: FileTotals;

  /** Allocation hints shared by all files (sizes the previous file grew to). */
  private static lineHint = 256;
  private static branchHint = 256;

  constructor(readonly path: string) {}

  markLine(line: number, covered: boolean): void {
    let lines = this.lines;
    if (line >= lines.length) lines = this.grow(line);
    const state = covered ? COVERED : MISSED;
    if (lines[line]! < state) lines[line] = state;
  }

  private grow(line: number): Uint8Array {
    // Files in one report tend to be alike: start at the size the previous file needed.
    let size = this.lines.length || Math.max(256, FileCoverage.lineHint);
    while (size <= line) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.lines);
    this.lines = next;
    FileCoverage.lineHint = Math.min(size, 1 << 16);
    return next;
  }

  lineState(line: number): number {
    return line < this.lines.length ? this.lines[line]! : NOT_COVERABLE;
  }

  markBranch(key: number | string, covered: boolean): void {
    if (typeof key === 'string' || key < 0 || key > MAX_PACKED_KEY || !Number.isInteger(key)) {
      const k = String(key);
      if (covered || !this.namedBranches.has(k)) this.namedBranches.set(k, covered || this.namedBranches.get(k) === true);
      return;
    }
    const value = key * 2 + (covered ? 1 : 0);
    if (this.branchCount === this.branchValues.length) this.makeRoomForBranch();
    // Keys arriving in strictly increasing order need no sorting and hold no duplicates.
    if (this.branchesSorted && this.branchCount > 0 && Math.floor(this.branchValues[this.branchCount - 1]! / 2) >= key) this.branchesSorted = false;
    this.branchValues[this.branchCount++] = value;
  }

  private makeRoomForBranch(): void {
    // Repeated records add duplicates: squeeze them out before growing.
    if (!this.branchesSorted) this.compactBranches();
    if (this.branchCount < this.branchValues.length * 0.75) return;
    const size = this.branchValues.length ? this.branchValues.length * 2 : FileCoverage.branchHint;
    const next = new Float64Array(size);
    next.set(this.branchValues.subarray(0, this.branchCount));
    this.branchValues = next;
    FileCoverage.branchHint = Math.min(Math.max(256, size), 1 << 16);
  }

  /** Sort by key and keep one entry per key, covered if any entry was. */
  private compactBranches(): void {
    if (this.branchesSorted) return;
    const values = this.branchValues.subarray(0, this.branchCount);
    values.sort();
    let out = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      // Same key as the previous kept value: sorted order puts "covered" (odd) last.
      if (out > 0 && Math.floor(values[out - 1]! / 2) === Math.floor(v / 2)) values[out - 1] = v;
      else values[out++] = v;
    }
    this.branchCount = out;
    this.branchesSorted = true;
  }

  /** Every branch as [key, covered], numeric keys first (ascending), then named ones. */
  branchEntries(): [number | string, boolean][] {
    this.compactBranches();
    const out: [number | string, boolean][] = [];
    for (let i = 0; i < this.branchCount; i++) {
      const v = this.branchValues[i]!;
      out.push([Math.floor(v / 2), v % 2 === 1]);
    }
    for (const e of this.namedBranches) out.push(e);
    return out;
  }

  private branchTotals(into: Counts): void {
    this.compactBranches();
    const values = this.branchValues;
    let covered = 0;
    for (let i = 0; i < this.branchCount; i++) {
      const v = values[i]!;
      if (Math.floor(v / 2) * 2 !== v) covered++;
    }
    into.total += this.branchCount;
    into.covered += covered;
    for (const covered of this.namedBranches.values()) {
      into.total++;
      if (covered) into.covered++;
    }
  }

  markFunction(key: string, covered: boolean): void {
    if (covered || !this.functions.has(key)) this.functions.set(key, covered || this.functions.get(key) === true);
  }

  markStatement(key: string, weight: number, covered: boolean): void {
    const prev = this.statements.get(key);
    const prevWeight = prev === undefined ? 0 : Math.floor(prev / 2);
    const prevCovered = prev !== undefined && prev % 2 === 1;
    this.statements.set(key, Math.max(prevWeight, weight) * 2 + (covered || prevCovered ? 1 : 0));
  }

  hasLineData(): boolean {
    return this.countsOnly === undefined;
  }

  totals(): FileTotals {
    if (this.countsOnly) return structuredClone(this.countsOnly);
    const t = emptyTotals();
    const lines = this.lines;
    let total = 0;
    let covered = 0;
    for (let i = 1; i < lines.length; i++) {
      const s = lines[i]!;
      if (s !== NOT_COVERABLE) {
        total++;
        if (s === COVERED) covered++;
      }
    }
    t.lines.total = total;
    t.lines.covered = covered;
    this.branchTotals(t.branches);
    for (const c of this.functions.values()) {
      t.functions.total++;
      if (c) t.functions.covered++;
    }
    t.functions.total += this.namedFunctions.size;
    t.functions.covered += this.namedFunctions.coveredCount();
    for (const v of this.statements.values()) {
      const weight = Math.floor(v / 2);
      t.statements.total += weight;
      if (v % 2 === 1) t.statements.covered += weight;
    }
    return t;
  }

  /** Line numbers in a state, ascending. */
  linesIn(state: number): number[] {
    const out: number[] = [];
    for (let i = 1; i < this.lines.length; i++) if (this.lines[i] === state) out.push(i);
    return out;
  }
}

/** Union of `from` into `into` (same source file). Count-only data cannot be merged exactly. */
export function mergeFile(into: FileCoverage, from: FileCoverage, describe: () => string): void {
  if (into.countsOnly || from.countsOnly) {
    throw new InputError(
      `${describe()} appears in more than one report, and coverage-summary.json holds only counts, which cannot be merged exactly; use coverage-final.json instead`,
    );
  }
  const src = from.lines;
  for (let i = src.length - 1; i >= 1; i--) {
    const s = src[i]!;
    if (s !== NOT_COVERABLE) into.markLine(i, s === COVERED);
  }
  for (const [k, v] of from.branchEntries()) into.markBranch(k, v);
  for (const [k, v] of from.functions) into.markFunction(k, v);
  for (const [name, v] of from.namedFunctions.entries()) into.namedFunctions.mark(name, 0, name.length, fnv1a(name, 0, name.length), v);
  for (const [k, v] of from.statements) into.markStatement(k, Math.floor(v / 2), v % 2 === 1);
}

/** One report after reading: files keyed by the path as the report wrote it, plus path hints. */
export interface ParsedReport {
  format: ReportFormat;
  /** Report file, workspace-relative (for messages). */
  file: string;
  files: Map<string, FileCoverage>;
  /** Roots the report's paths are relative to (Cobertura `<source>`). */
  roots: string[];
  /** Records or elements that were skipped, for a note (e.g. unknown lcov records outside strict mode). */
  ignored: { what: string; count: number; firstLine: number }[];
}

export const REPORT_FORMATS = [
  'lcov',
  'cobertura',
  'jacoco',
  'clover',
  'istanbul',
  'istanbul-summary',
  'go',
  'coveragepy',
] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function getFile(files: Map<string, FileCoverage>, path: string): FileCoverage {
  let f = files.get(path);
  if (!f) {
    f = new FileCoverage(path);
    files.set(path, f);
  }
  return f;
}
