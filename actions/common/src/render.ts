// How a GateResult reads for a person: the Markdown job summary and the terminal text.

import type { GateResult, Finding } from './result';
import { compareFindings, countBySeverity } from './result';
import { code, escapeMarkdown, renderSummary, STATUS_ICON, table, type SummarySection } from './summary';
import { describeLocation } from './errors';

const TITLES: Record<string, string> = {
  coverage: 'Coverage',
  'schema-ids': 'JSON Schema hygiene',
  sbom: 'SBOM',
  'secret-scan': 'Secret scan',
  tarball: 'npm tarball',
};

export function gateTitle(gate: string): string {
  return TITLES[gate] ?? gate;
}

const MAX_FINDINGS_IN_SUMMARY = 200;
const MAX_FINDINGS_IN_TEXT = 50;

/** The message without a leading `file:line:` when the location is shown beside it anyway. */
function messageBeside(f: Finding): string {
  const where = describeLocation(f.file, f.line, f.column);
  return where && f.message.startsWith(`${where}: `) ? f.message.slice(where.length + 2) : f.message;
}

function findingsSection(findings: readonly Finding[]): SummarySection | undefined {
  if (!findings.length) return undefined;
  const sorted = [...findings].sort(compareFindings);
  const shown = sorted.slice(0, MAX_FINDINGS_IN_SUMMARY);
  const rows = shown.map((f) => [
    f.severity === 'error' ? '❌ error' : f.severity === 'warning' ? '⚠️ warning' : 'ℹ️ note',
    f.file ? code(describeLocation(f.file, f.line, f.column)) : '',
    code(f.ruleId),
    escapeMarkdown(messageBeside(f)),
  ]);
  let body = table(['severity', 'where', 'rule', 'message'], rows);
  if (sorted.length > shown.length) body += `\n${sorted.length - shown.length} more findings are in the result file and SARIF.\n`;
  return { title: `Findings (${findings.length})`, body, priority: 80, collapsed: findings.length > 20 };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function markdownHeader(result: GateResult): string {
  const icon = STATUS_ICON[result.status] ?? '';
  const counts = countBySeverity(result.findings);
  let header = `## ${icon} ${gateTitle(result.gate)}: ${result.status}\n\n${escapeMarkdown(result.summary)}\n`;
  if (result.mode === 'warn') header += `\n_Mode **warn**: broken rules are reported but do not fail the check._\n`;
  if (result.findings.length) header += `\n${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}.\n`;
  return header;
}

export function renderMarkdown(result: GateResult, sections: readonly SummarySection[], extraNotes: readonly string[] = []): string {
  const all = [...sections];
  const f = findingsSection(result.findings);
  if (f) all.push(f);
  let header = markdownHeader(result);
  for (const note of extraNotes) header += `\n> ${escapeMarkdown(note)}\n`;
  return renderSummary(header, all);
}

export function renderText(result: GateResult): string {
  const lines = [`${result.gate}: ${result.status.toUpperCase()}${result.mode === 'warn' ? ' (mode: warn)' : ''} — ${result.summary}`];
  const sorted = [...result.findings].sort(compareFindings);
  for (const f of sorted.slice(0, MAX_FINDINGS_IN_TEXT)) {
    const where = describeLocation(f.file, f.line, f.column);
    lines.push(`  ${f.severity.padEnd(7)} ${where ? where + '  ' : ''}${messageBeside(f)}  [${f.ruleId}]`);
  }
  if (sorted.length > MAX_FINDINGS_IN_TEXT) lines.push(`  … ${sorted.length - MAX_FINDINGS_IN_TEXT} more (use --format json)`);
  return lines.join('\n') + '\n';
}
