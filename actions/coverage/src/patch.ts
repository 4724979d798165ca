// Patch coverage: of the lines a change added, which ones the reports can measure, and which of
// those ran. Changed lines the reports do not know (comments, blank lines, files without coverage)
// are not coverable, as in diff-cover and Codecov.

import type { FileDiff } from '../../common/src/git';
import { COVERED, MISSED, NOT_COVERABLE, type Counts, type FileCoverage } from './model';

export interface PatchFile {
  path: string;
  coverable: number;
  covered: number;
  /** Uncovered changed lines as inclusive ranges, ascending. */
  uncovered: [number, number][];
}

export interface PatchResult {
  lines: Counts;
  files: PatchFile[];
  /** Changed files with added lines but no coverage data at all. */
  filesWithoutData: number;
  changedFiles: number;
}

/**
 * Group uncovered changed lines into ranges. Two uncovered lines join when nothing between them is
 * coverable (blank lines and comments do not split "lines 12–18 not covered").
 */
export function uncoveredRanges(file: FileCoverage, added: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  let current: [number, number] | undefined;
  for (const line of added) {
    if (file.lineState(line) !== MISSED) continue;
    if (current) {
      let joinable = true;
      for (let k = current[1] + 1; k < line; k++) {
        if (file.lineState(k) !== NOT_COVERABLE) {
          joinable = false;
          break;
        }
      }
      if (joinable) {
        current[1] = line;
        continue;
      }
    }
    current = [line, line];
    ranges.push(current);
  }
  return ranges;
}

export function patchCoverage(diffs: readonly FileDiff[], files: ReadonlyMap<string, FileCoverage>): PatchResult {
  const result: PatchResult = { lines: { covered: 0, total: 0 }, files: [], filesWithoutData: 0, changedFiles: 0 };
  for (const diff of diffs) {
    if (!diff.path || diff.binary || diff.addedLines.length === 0) continue;
    result.changedFiles++;
    const file = files.get(diff.path);
    if (!file) {
      result.filesWithoutData++;
      continue;
    }
    let coverable = 0;
    let covered = 0;
    for (const line of diff.addedLines) {
      const state = file.lineState(line);
      if (state === NOT_COVERABLE) continue;
      coverable++;
      if (state === COVERED) covered++;
    }
    if (coverable === 0) continue;
    result.lines.total += coverable;
    result.lines.covered += covered;
    result.files.push({ path: diff.path, coverable, covered, uncovered: uncoveredRanges(file, diff.addedLines) });
  }
  return result;
}

export function describeRange([a, b]: [number, number]): string {
  return a === b ? `line ${a}` : `lines ${a}–${b}`;
}
