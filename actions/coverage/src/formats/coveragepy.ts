// coverage.py JSON (`coverage json`, jsonreport.py formats 1–3): executed_lines / missing_lines per
// file; with branch coverage, executed_branches / missing_branches arcs [from, to]. Statements are
// the measured lines, as coverage.py counts them.

import { InputError } from '../../../common/src/errors';
import { getFile, type FileCoverage, type ParsedReport } from '../model';
import { isObject, lineNumber, readJson } from './json';

function lineList(v: unknown, where: string, displayName: string): number[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new InputError(`${where} is not an array`, displayName);
  return v.map((n, i) => lineNumber(n, () => `${where}[${i}]`, displayName));
}

function arcs(v: unknown, where: string, displayName: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new InputError(`${where} is not an array`, displayName);
  return v.map((arc, i) => {
    if (!Array.isArray(arc) || arc.length !== 2 || !arc.every((n) => Number.isInteger(n))) {
      throw new InputError(`${where}[${i}] is not a [from, to] arc`, displayName);
    }
    return `${arc[0]}>${arc[1]}`;
  });
}

export function parseCoveragePy(doc: unknown, displayName: string): Map<string, FileCoverage> {
  if (!isObject(doc) || !isObject(doc.files)) throw new InputError('coverage.py JSON needs a "files" object', displayName, 1);
  const files = new Map<string, FileCoverage>();
  for (const [name, raw] of Object.entries(doc.files)) {
    if (!isObject(raw)) throw new InputError(`files[${JSON.stringify(name)}] is not an object`, displayName);
    const at = (k: string) => `files[${JSON.stringify(name)}].${k}`;
    const file = getFile(files, name);
    for (const line of lineList(raw.missing_lines, at('missing_lines'), displayName)) {
      file.markLine(line, false);
      file.markStatement(String(line), 1, false);
    }
    for (const line of lineList(raw.executed_lines, at('executed_lines'), displayName)) {
      file.markLine(line, true);
      file.markStatement(String(line), 1, true);
    }
    for (const arc of arcs(raw.missing_branches, at('missing_branches'), displayName)) file.markBranch(arc, false);
    for (const arc of arcs(raw.executed_branches, at('executed_branches'), displayName)) file.markBranch(arc, true);
  }
  return files;
}

export async function readCoveragePy(path: string, displayName: string, maxBytes: number): Promise<ParsedReport> {
  const files = parseCoveragePy(await readJson(path, displayName, maxBytes), displayName);
  return { format: 'coveragepy', file: displayName, files, roots: [], ignored: [] };
}
