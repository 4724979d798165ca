// Presents a Verdict: a terminal table, Markdown for the job summary, or JSON for other tools.

import { describeLocation } from '../../common/src/errors';
import { escapeMarkdown, STATUS_ICON, table } from '../../common/src/summary';
import type { Verdict, VerdictRow } from './model';

const ROW_ICON: Record<VerdictRow['status'], string> = { ...STATUS_ICON, missing: '❔', 'job-failed': '❌' } as Record<VerdictRow['status'], string>;

export interface RenderOptions {
  /** Link to the workflow run that holds the gate jobs (GITHUB_SERVER_URL/REPO/actions/runs/RUN_ID). */
  runUrl?: string;
}

function statusLabel(row: VerdictRow): string {
  const mode = row.mode === 'warn' ? ' (warn mode)' : '';
  return `${row.status}${mode}`;
}

export function renderJson(verdict: Verdict): string {
  return JSON.stringify(verdict, null, 2) + '\n';
}

export function renderText(verdict: Verdict): string {
  const lines = [`release-gates verdict: ${verdict.status.toUpperCase()} — ${verdict.summary}`];
  if (verdict.rows.length) {
    const cells = verdict.rows.map((r) => [r.gate, statusLabel(r), r.summary + (r.reason ? ` [${r.reason}]` : ''), r.file ?? '']);
    const headers = ['gate', 'status', 'key figure', 'file'];
    const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => Math.min(c[i]!.length, i === 2 ? 90 : 60))));
    const fmt = (c: readonly string[]) => c.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
    lines.push('', fmt(headers), fmt(widths.map((w) => '-'.repeat(w))), ...cells.map(fmt));
  }
  if (verdict.problems.length) {
    lines.push('', 'Malformed result files:');
    for (const p of verdict.problems) lines.push(`  ${describeLocation(p.file, p.line, p.column)}: ${p.message}`);
  }
  if (verdict.superseded.length) lines.push('', `Replaced by a newer run attempt: ${verdict.superseded.join(', ')}`);
  return lines.join('\n') + '\n';
}

export function renderMarkdown(verdict: Verdict, options: RenderOptions = {}): string {
  const out = [`## ${STATUS_ICON[verdict.status] ?? ''} release-gates verdict: ${verdict.status}`, '', escapeMarkdown(verdict.summary), ''];
  if (verdict.mode === 'warn') out.push('> [!NOTE]', '> The verdict runs in warn mode: a failing gate is reported but does not fail this check.', '');
  if (verdict.rows.length) {
    const link = (gate: string) => (options.runUrl ? `[${escapeMarkdown(gate.replace(/^job:/, ''))} job](${options.runUrl})` : '');
    const rows = verdict.rows.map((r) => [
      `**${escapeMarkdown(r.gate)}**`,
      `${ROW_ICON[r.status]} ${escapeMarkdown(statusLabel(r))}`,
      escapeMarkdown(r.summary) + (r.reason ? ` _(${escapeMarkdown(r.reason)})_` : ''),
      link(r.gate),
    ]);
    out.push(table(['gate', 'status', 'key figure', 'job'], rows));
  }
  if (verdict.problems.length) {
    out.push('### Malformed result files', '');
    for (const p of verdict.problems) out.push(`- \`${describeLocation(p.file, p.line, p.column).replace(/`/g, "'")}\`: ${escapeMarkdown(p.message)}`);
    out.push('');
  }
  if (verdict.superseded.length) out.push(`<sub>Replaced by a newer run attempt: ${verdict.superseded.map(escapeMarkdown).join(', ')}</sub>`, '');
  return out.join('\n');
}
