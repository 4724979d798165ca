// The baseline file: findings accepted for now, matched by rule, file and JSON pointer (not line numbers,
// so editing a schema does not revive them). Entries that no longer match are reported as stale.
//
// { "version": 1, "entries": [ { "rule": "schema/open-object", "file": "schemas/a.schema.json", "pointer": "/properties/meta" } ] }

import { InputError } from '../../common/src/errors';
import { parseWithPositions } from '../../common/src/json-positions';
import { ruleId, type RawFinding } from './rules';
import type { SourceFile } from './parse';
import { syntaxMessage } from './syntax-message';

export interface BaselineEntry {
  rule: string;
  file: string;
  pointer: string;
  /** 1-based line of the entry in the baseline file. */
  line: number;
}

/** Rules a baseline may not hide: the file could not even be read as JSON. */
const NOT_BASELINABLE = new Set(['invalid-json']);

function keyOf(rule: string, file: string, pointer: string): string {
  return `${rule}\0${file}\0${pointer}`;
}

export function parseBaseline(file: SourceFile): BaselineEntry[] {
  const parsed = parseWithPositions(file.text);
  if (parsed.error) {
    const at = parsed.at(parsed.error.offset);
    throw new InputError(`baseline is not valid JSON: ${syntaxMessage(parsed.error, file.text)}`, file.path, at.line, at.column);
  }
  const value = parsed.value as { version?: unknown; entries?: unknown };
  if (value === null || typeof value !== 'object' || value.version !== 1 || !Array.isArray(value.entries)) {
    throw new InputError('baseline must be { "version": 1, "entries": [ { "rule", "file", "pointer" } ] }', file.path, 1, 1);
  }
  return value.entries.map((e: unknown, i: number) => {
    const entry = e as Record<string, unknown>;
    const pos = parsed.positionOf(`/entries/${i}`);
    if (typeof entry?.rule !== 'string' || typeof entry.file !== 'string' || (entry.pointer !== undefined && typeof entry.pointer !== 'string')) {
      throw new InputError('baseline entry needs string "rule" and "file" (and optional string "pointer")', file.path, pos.line, pos.column);
    }
    return { rule: entry.rule, file: entry.file, pointer: (entry.pointer as string | undefined) ?? '', line: pos.line };
  });
}

/** Split findings into kept and baselined; stale entries come back as note findings on the baseline file. */
export function applyBaseline(findings: readonly RawFinding[], entries: readonly BaselineEntry[], baselinePath: string): { kept: RawFinding[]; baselined: number; stale: RawFinding[] } {
  const accepted = new Map<string, BaselineEntry>();
  for (const e of entries) accepted.set(keyOf(e.rule, e.file, e.pointer), e);
  const used = new Set<BaselineEntry>();
  const kept: RawFinding[] = [];
  let baselined = 0;
  for (const f of findings) {
    const entry = NOT_BASELINABLE.has(f.rule) ? undefined : accepted.get(keyOf(ruleId(f.rule), f.file, f.pointer ?? ''));
    if (entry) {
      used.add(entry);
      baselined++;
    } else kept.push(f);
  }
  const stale: RawFinding[] = entries
    .filter((e) => !used.has(e))
    .map((e) => ({ rule: 'stale-baseline', severity: 'note', file: baselinePath, line: e.line, column: 1, message: `baseline entry ${e.rule} ${e.file} ${e.pointer || '(root)'} matches no finding any more: remove it` }));
  return { kept, baselined, stale };
}

export function baselineText(findings: readonly RawFinding[]): string {
  const seen = new Set<string>();
  const entries: { rule: string; file: string; pointer: string }[] = [];
  for (const f of findings) {
    if (NOT_BASELINABLE.has(f.rule) || f.rule === 'stale-baseline') continue;
    const entry = { rule: ruleId(f.rule), file: f.file, pointer: f.pointer ?? '' };
    const key = keyOf(entry.rule, entry.file, entry.pointer);
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push(entry);
  }
  entries.sort((a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.pointer.localeCompare(b.pointer));
  return JSON.stringify({ version: 1, entries }, null, 2) + '\n';
}
