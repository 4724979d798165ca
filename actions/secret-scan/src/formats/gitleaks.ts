// gitleaks reports: JSON v8 (PascalCase `Finding`), legacy v7 JSON (lowercase `offender`...), and CSV.
// Fields that carry the secret or personal data (Secret, Match, Line/line, offender, Email) are
// registered as raw values and never copied into a finding.

import { InputError } from '../../../common/src/errors';
import { ruleFamily } from '../family';
import { normaliseSecret } from '../fingerprint';
import { entryError, lineNo, normalisePath, rec, str, unmasked, type JsonRecord, type Sink } from './common';

export function isGitleaksV8(entry: JsonRecord): boolean {
  return 'RuleID' in entry || ('Secret' in entry && 'StartLine' in entry);
}

export function isGitleaksV7(entry: JsonRecord): boolean {
  return 'offender' in entry || ('rule' in entry && 'commitMessage' in entry);
}

function v8(e: JsonRecord, sink: Sink): void {
  const secret = unmasked(e.Secret);
  sink.raw(e.Secret);
  sink.raw(e.Email);
  // With the secret registered, any text containing it is covered; without it, the match is all there is.
  if (secret === undefined) for (const key of ['Match', 'Line', 'Fragment']) sink.raw(e[key]);
  const rule = str(e.RuleID) ?? str(e.Description) ?? 'unknown';
  const line = lineNo(e.StartLine);
  sink.push({
    tool: 'gitleaks',
    rule,
    family: ruleFamily(rule),
    file: normalisePath(str(e.SymlinkFile) ?? str(e.File), sink.workspace),
    line,
    endLine: line !== undefined ? lineNo(e.EndLine) : undefined,
    commit: str(e.Commit),
    verification: 'unverified',
    secret: secret !== undefined ? normaliseSecret(secret) : undefined,
    report: sink.report,
  });
}

function v7(e: JsonRecord, sink: Sink): void {
  const secret = unmasked(e.offender);
  sink.raw(e.offender);
  sink.raw(e.email);
  if (secret === undefined) sink.raw(e.line);
  const rule = str(e.rule) ?? 'unknown';
  sink.push({
    tool: 'gitleaks',
    rule,
    family: ruleFamily(rule),
    file: normalisePath(str(e.file), sink.workspace),
    line: lineNo(e.lineNumber),
    commit: str(e.commit),
    verification: 'unverified',
    secret: secret !== undefined ? normaliseSecret(secret) : undefined,
    report: sink.report,
  });
}

/** A gitleaks JSON report: an array of v8 or v7 findings (`null` and `[]` are empty reports); `first` numbers the entries of a slice of it. */
export function parseGitleaksJson(value: unknown[], sink: Sink, first = 0): void {
  sink.tool('gitleaks');
  value.forEach((item, index) => {
    const e = rec(item);
    if (!e) throw entryError(sink, first + index, 'not an object');
    if (isGitleaksV8(e)) v8(e, sink);
    else if (isGitleaksV7(e)) v7(e, sink);
    else throw entryError(sink, first + index, 'neither a gitleaks v8 nor a v7 finding');
  });
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines), with each row's first line. */
export function parseCsv(text: string, file: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.length > 1 || row[0] !== '') rows.push({ cells: row, line: rowLine });
      row = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (quoted) throw new InputError('CSV ends inside a quoted field (truncated file?)', file, rowLine);
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push({ cells: row, line: rowLine });
  }
  return rows;
}

/** gitleaks `--report-format csv`: a header row naming the v8 fields, one finding per row. */
export function parseGitleaksCsv(text: string, sink: Sink): void {
  sink.tool('gitleaks');
  const rows = parseCsv(text, sink.report);
  const header = rows[0];
  if (!header) return;
  const names = header.cells.map((h) => h.trim());
  if (!names.includes('RuleID')) throw new InputError('CSV header has no RuleID column: not a gitleaks report', sink.report, 1);
  for (const row of rows.slice(1)) {
    if (row.cells.length !== names.length) {
      throw new InputError(`row has ${row.cells.length} fields, the header has ${names.length}`, sink.report, row.line);
    }
    const e: JsonRecord = {};
    names.forEach((name, i) => {
      const v = row.cells[i]!;
      e[name] = /^(StartLine|EndLine|StartColumn|EndColumn)$/.test(name) && /^\d+$/.test(v) ? Number(v) : v;
    });
    v8(e, sink);
  }
}
