// istanbul coverage-final.json (istanbul-lib-coverage FileCoverage data), also inside Jest's
// `{data: …}` wrapper or a Jest --json `coverageMap`; and coverage-summary.json (counts only).
// Lines are derived like istanbul's getLineCoverage: a statement marks its start line, any hit wins.

import { InputError } from '../../../common/src/errors';
import { emptyTotals, getFile, type FileCoverage, type FileTotals, type ParsedReport } from '../model';
import { count, isObject, lineNumber, readJson } from './json';

interface Position {
  line: number;
  column: number;
}

function position(v: unknown): Position | undefined {
  if (!isObject(v)) return undefined;
  return typeof v.line === 'number' ? { line: v.line, column: typeof v.column === 'number' ? v.column : 0 } : undefined;
}

function range(v: unknown): string {
  if (!isObject(v)) return '?';
  const s = position(v.start);
  const e = position(v.end);
  return `${s?.line ?? '?'}:${s?.column ?? '?'}-${e?.line ?? '?'}:${e?.column ?? '?'}`;
}

export function parseIstanbulFinal(doc: unknown, displayName: string): Map<string, FileCoverage> {
  if (isObject(doc) && isObject(doc.coverageMap)) doc = doc.coverageMap;
  if (!isObject(doc)) throw new InputError('coverage-final.json must be an object keyed by file', displayName, 1);
  const files = new Map<string, FileCoverage>();
  for (const [key, raw] of Object.entries(doc)) {
    let entry = raw;
    // Jest wraps each file: {"<path>": {"data": {...}}}.
    if (isObject(entry) && isObject(entry.data) && entry.statementMap === undefined) entry = entry.data;
    if (!isObject(entry)) throw new InputError(`entry ${JSON.stringify(key)} is not an object`, displayName);
    if (entry.skip === true) continue;
    const path = typeof entry.path === 'string' && entry.path ? entry.path : key;
    const where = (what: string) => () => `${JSON.stringify(key)}: ${what}`;
    const { statementMap, s, fnMap, f, branchMap, b } = entry;
    if (!isObject(statementMap) || !isObject(s)) {
      throw new InputError(`entry ${JSON.stringify(key)} has no statementMap/s: not istanbul coverage data`, displayName);
    }
    const file = getFile(files, path);
    for (const [id, loc] of Object.entries(statementMap)) {
      if (!isObject(loc)) throw new InputError(`${JSON.stringify(key)}: statementMap[${id}] is not a location`, displayName);
      const line = lineNumber(position(loc.start)?.line, where(`statementMap[${id}].start.line`), displayName);
      const hits = count(s[id] ?? 0, where(`s[${id}]`), displayName);
      file.markLine(line, hits > 0);
      file.markStatement(range(loc), 1, hits > 0);
    }
    if (isObject(fnMap) && isObject(f)) {
      for (const [id, fn] of Object.entries(fnMap)) {
        if (!isObject(fn)) continue;
        const hits = count(f[id] ?? 0, where(`f[${id}]`), displayName);
        file.markFunction(`${typeof fn.name === 'string' ? fn.name : ''}@${range(fn.decl ?? fn.loc)}`, hits > 0);
      }
    }
    if (isObject(branchMap) && isObject(b)) {
      for (const [id, br] of Object.entries(branchMap)) {
        if (!isObject(br)) continue;
        const counts = b[id];
        if (!Array.isArray(counts)) throw new InputError(`${JSON.stringify(key)}: b[${id}] is not an array`, displayName);
        const at = range(br.loc ?? (Array.isArray(br.locations) ? br.locations[0] : undefined));
        counts.forEach((c, i) => file.markBranch(`${at}#${i}`, count(c, where(`b[${id}][${i}]`), displayName) > 0));
      }
    }
  }
  return files;
}

const SUMMARY_KEYS = ['lines', 'branches', 'functions', 'statements'] as const;

export function parseIstanbulSummary(doc: unknown, displayName: string): Map<string, FileCoverage> {
  if (!isObject(doc)) throw new InputError('coverage-summary.json must be an object', displayName, 1);
  const files = new Map<string, FileCoverage>();
  for (const [key, raw] of Object.entries(doc)) {
    if (key === 'total') continue; // recomputed from the files that match the repository
    if (!isObject(raw)) throw new InputError(`entry ${JSON.stringify(key)} is not an object`, displayName);
    const totals: FileTotals = emptyTotals();
    for (const m of SUMMARY_KEYS) {
      const c = raw[m];
      if (c === undefined) continue;
      if (!isObject(c)) throw new InputError(`${JSON.stringify(key)}.${m} is not an object`, displayName);
      const total = count(c.total, () => `${JSON.stringify(key)}.${m}.total`, displayName);
      const covered = count(c.covered, () => `${JSON.stringify(key)}.${m}.covered`, displayName);
      if (!Number.isInteger(total) || !Number.isInteger(covered) || covered > total) {
        throw new InputError(`${JSON.stringify(key)}.${m}: covered ${covered} of total ${total} is impossible`, displayName);
      }
      totals[m] = { covered, total };
    }
    getFile(files, key).countsOnly = totals;
  }
  return files;
}

export async function readIstanbul(path: string, displayName: string, maxBytes: number): Promise<ParsedReport> {
  const files = parseIstanbulFinal(await readJson(path, displayName, maxBytes), displayName);
  return { format: 'istanbul', file: displayName, files, roots: [], ignored: [] };
}

export async function readIstanbulSummary(path: string, displayName: string, maxBytes: number): Promise<ParsedReport> {
  const files = parseIstanbulSummary(await readJson(path, displayName, maxBytes), displayName);
  return { format: 'istanbul-summary', file: displayName, files, roots: [], ignored: [] };
}
