// Parse hygiene: JSON.parse for speed, and the position-tracking parser only when a file needs positions
// (a syntax error, duplicate keys, or any finding to place).

import YAML, { LineCounter, isNode, type Document } from 'yaml';
import { parseWithPositions, type LineColumn, type PositionedJson } from '../../common/src/json-positions';
import { countMembers, countParsedMembers } from './member-count';
import { joinPointer, parsePointer } from './pointer';
import type { RawFinding } from './rules';
import { syntaxMessage } from './syntax-message';

export interface SourceFile {
  /** Repository-relative path. */
  path: string;
  /** Content without the byte-order mark. */
  text: string;
  hadBom: boolean;
}

export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

/** Positions on demand: a file is parsed with positions at most once. */
export class Positions {
  private readonly json = new Map<string, PositionedJson>();
  private readonly yaml = new Map<string, { doc: Document; lines: LineCounter }>();

  constructor(private readonly files: ReadonlyMap<string, SourceFile>) {}

  parsedJson(file: SourceFile): PositionedJson {
    let p = this.json.get(file.path);
    if (!p) {
      p = parseWithPositions(file.text, { keepValues: false });
      this.json.set(file.path, p);
    }
    return p;
  }

  private parsedYaml(file: SourceFile): { doc: Document; lines: LineCounter } {
    let p = this.yaml.get(file.path);
    if (!p) {
      const lines = new LineCounter();
      const doc = YAML.parseDocument(file.text, { lineCounter: lines, uniqueKeys: false });
      p = { doc, lines };
      this.yaml.set(file.path, p);
    }
    return p;
  }

  /** Place every finding, one file at a time, dropping each file's position tree once its findings are placed. */
  locateAll(findings: readonly RawFinding[]): LineColumn[] {
    const order = findings.map((_, i) => i).sort((a, b) => (findings[a]!.file < findings[b]!.file ? -1 : findings[a]!.file > findings[b]!.file ? 1 : 0));
    const out: LineColumn[] = new Array(findings.length);
    let current: string | undefined;
    for (const i of order) {
      const f = findings[i]!;
      if (f.file !== current) {
        if (current !== undefined) this.release(current);
        current = f.file;
      }
      out[i] = this.locate(f);
    }
    if (current !== undefined) this.release(current);
    return out;
  }

  release(path: string): void {
    this.json.delete(path);
    this.yaml.delete(path);
  }

  /** 1-based line/column of a finding; the file start when it cannot be placed more precisely. */
  locate(f: RawFinding): LineColumn {
    if (f.line !== undefined) return { line: f.line, column: f.column ?? 1 };
    const file = this.files.get(f.file);
    if (!file) return { line: 1, column: 1 };
    if (isYamlPath(file.path)) {
      const { doc, lines } = this.parsedYaml(file);
      const tokens = f.pointer !== undefined ? parsePointer(f.pointer) : [];
      const path: (string | number)[] = (tokens ?? []).map((t) => (/^(0|[1-9]\d*)$/.test(t) ? Number(t) : t));
      // Walk down as far as the path exists, so a missing member points at its parent.
      for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        if (isNode(node) && node.range) {
          const pos = lines.linePos(node.range[0]);
          return { line: pos.line, column: pos.col };
        }
      }
      return { line: 1, column: 1 };
    }
    const positioned = this.parsedJson(file);
    if (f.offset !== undefined) return positioned.at(f.offset);
    return positioned.positionOf(f.pointer ?? '', f.key ?? false);
  }
}

/**
 * Parse a JSON file, adding bom / invalid-json / duplicate-key findings. Returns the value, or undefined when
 * the file is not JSON.
 */
export function parseJsonSource(file: SourceFile, positions: Positions, findings: RawFinding[]): { ok: boolean; value?: unknown } {
  if (file.hadBom) {
    findings.push({ rule: 'bom', severity: 'error', file: file.path, line: 1, column: 1, message: 'starts with a UTF-8 byte-order mark: JSON.parse and many tools reject it; save the file without BOM' });
  }
  let value: unknown;
  try {
    value = JSON.parse(file.text);
  } catch (err) {
    const positioned = positions.parsedJson(file);
    if (positioned.error) {
      findings.push({ rule: 'invalid-json', severity: 'error', file: file.path, offset: positioned.error.offset, message: `invalid JSON: ${syntaxMessage(positioned.error, file.text)}` });
    } else {
      findings.push({ rule: 'invalid-json', severity: 'error', file: file.path, line: 1, column: 1, message: `invalid JSON: ${(err as Error).message}` });
    }
    return { ok: false };
  }
  if (countMembers(file.text) !== countParsedMembers(value)) {
    const positioned = positions.parsedJson(file);
    for (const d of positioned.duplicates) {
      const first = positioned.at(d.firstOffset);
      findings.push({
        rule: 'duplicate-key',
        severity: 'error',
        file: file.path,
        offset: d.secondOffset,
        pointer: joinPointer(d.pointer, d.key),
        message: `key ${JSON.stringify(d.key)}${d.pointer ? ` in ${d.pointer}` : ''} repeats the one on line ${first.line}:${first.column}; JSON.parse silently keeps this last one`,
      });
    }
  }
  return { ok: true, value };
}

/** Parse a YAML instance; errors become invalid-json findings (the rule covers instance syntax too). */
export function parseYamlSource(file: SourceFile, findings: RawFinding[]): { ok: boolean; value?: unknown } {
  const lines = new LineCounter();
  const doc = YAML.parseDocument(file.text, { lineCounter: lines, uniqueKeys: true });
  const problems = [...doc.errors];
  if (problems.length) {
    for (const e of problems.slice(0, 5)) {
      const pos = e.linePos?.[0];
      const rule = e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'invalid-json';
      findings.push({ rule, severity: 'error', file: file.path, line: pos?.line ?? 1, column: pos?.col ?? 1, message: `invalid YAML: ${e.message.split('\n')[0]}` });
    }
    return { ok: false };
  }
  return { ok: true, value: doc.toJS({ maxAliasCount: 1000 }) };
}
