// Job-summary sections for the coverage gate: what a reviewer reads, worst first, long listings
// collapsed and dropped first under the 1 MiB cap.

import { code, escapeMarkdown, table, type SummarySection } from '../../common/src/summary';
import { floorPercent } from '../../common/src/numbers';
import type { Collected } from './collect';
import { METRICS, type Counts } from './model';
import type { CoverageOptions } from './options';
import { describeRange } from './patch';
import { formatDelta, pct, type Evaluation, type ThresholdCheck } from './evaluate';

const ROWS = 50;

function pctCell(c: Counts): string {
  return c.total ? `${floorPercent(c.covered, c.total)}%` : '–';
}

function result(c: ThresholdCheck | undefined): string {
  if (!c) return '';
  if (!c.measured && c.metric !== 'uncovered lines') return '⚠️ no data';
  return c.ok ? '✅' : `❌ ${c.needed} more`;
}

/** Sign of a.covered/a.total - b.covered/b.total, exact (BigInt only when the products could be inexact). */
function compareRatio(a: Counts, b: Counts): number {
  const x = a.covered * b.total;
  const y = b.covered * a.total;
  if (x <= Number.MAX_SAFE_INTEGER && y <= Number.MAX_SAFE_INTEGER) return Math.sign(x - y);
  const d = BigInt(a.covered) * BigInt(b.total) - BigInt(b.covered) * BigInt(a.total);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

function more(count: number, shown: number): string {
  return count > shown ? `\n_…and ${count - shown} more (all of them are in the result file and SARIF)._\n` : '';
}

export function renderSections(options: CoverageOptions, data: Collected, ev: Evaluation): SummarySection[] {
  const sections: SummarySection[] = [];

  const totalRows = METRICS.map((m) => {
    const c = ev.checks.find((x) => x.metric === m);
    return [m, String(ev.total[m].covered), String(ev.total[m].total), pctCell(ev.total[m]), c ? `${c.limit}%` : '', result(c)];
  });
  const unc = ev.checks.find((x) => x.metric === 'uncovered lines');
  totalRows.push([
    'uncovered lines',
    '',
    String(ev.total.lines.total - ev.total.lines.covered),
    '',
    unc ? `≤ ${unc.limit}` : '',
    result(unc),
  ]);
  if (ev.patch) {
    totalRows.push(['patch lines', String(ev.patch.lines.covered), String(ev.patch.lines.total), pctCell(ev.patch.lines), ev.patchCheck ? `${ev.patchCheck.limit}%` : '', ev.patch.lines.total ? result(ev.patchCheck) : 'no coverable changes']);
  }
  sections.push({
    title: 'Coverage totals',
    priority: 10,
    body:
      table(['Metric', 'Covered', 'Total', '%', 'Threshold', 'Result'], totalRows, ['l', 'r', 'r', 'r', 'r', 'l']) +
      `\n${data.files.size} files matched in ${data.reports.length} report${data.reports.length === 1 ? '' : 's'}; percentages are floored, thresholds compared exactly.\n`,
  });

  if (ev.patch && data.patch.state === 'evaluated') {
    const p = ev.patch;
    const files = [...p.files].sort((a, b) => b.coverable - b.covered - (a.coverable - a.covered) || a.path.localeCompare(b.path));
    const rows = files
      .slice(0, ROWS)
      .map((f) => [code(f.path), String(f.coverable), String(f.covered), pctCell({ covered: f.covered, total: f.coverable }), escapeMarkdown(f.uncovered.slice(0, 8).map(describeRange).join(', ') + (f.uncovered.length > 8 ? ', …' : ''))]);
    const intro = `Lines added since the merge base with ${code(data.patch.base)} (${escapeMarkdown(data.patch.baseSource)}): ${p.changedFiles} changed files, ${p.filesWithoutData} without coverage data.\n\n`;
    sections.push({
      title: 'Changed lines',
      priority: 20,
      collapsed: rows.length > 20,
      body: rows.length ? intro + table(['File', 'Coverable', 'Covered', '%', 'Not covered'], rows, ['l', 'r', 'r', 'r', 'l']) + more(files.length, ROWS) : `${intro}No coverable changes.\n`,
    });
  } else if (data.patch.state === 'skipped') {
    sections.push({ title: 'Changed lines', priority: 20, body: `Patch coverage not evaluated: ${escapeMarkdown(data.patch.reason)}.\n` });
  }

  if (ev.rules.length) {
    const rows = ev.rules.flatMap((r) =>
      r.checks.map((c) => [
        code(r.pattern),
        String(r.files),
        c.metric,
        c.metric === 'uncovered lines' ? String(c.counts.total - c.counts.covered) : `${pctCell(c.counts)} (${c.counts.covered}/${c.counts.total})`,
        c.metric === 'uncovered lines' ? `≤ ${c.limit}` : `${c.limit}%`,
        result(c),
      ]),
    );
    sections.push({
      title: 'Path rules',
      priority: 25,
      body: table(['Rule', 'Files', 'Metric', 'Value', 'Threshold', 'Result'], rows) + '\nFiles matched by a rule also count toward the global totals.\n',
    });
  }

  if (ev.deltas && data.baseline) {
    const rows = ev.deltas.rows.map((r) => [r.metric, pct(r.before), pct(r.after), formatDelta(r.deltaHundredths), r.tooLarge ? '❌' : '']);
    let body = `Compared with ${code(data.baseline.file)}${options['max-drop'] !== undefined ? `; max-drop ${options['max-drop']} points` : ''}.\n\n`;
    body += table(['Metric', 'Baseline', 'Now', 'Δ points', ''], rows, ['l', 'r', 'r', 'r', 'l']);
    const files = ev.deltas.files;
    if (files.length) {
      const shown = files.slice(0, ROWS).map((f) => [code(f.path), `${pctCell(f.before)} (${f.before.covered}/${f.before.total})`, `${pctCell(f.after)} (${f.after.covered}/${f.after.total})`, formatDelta(f.deltaHundredths)]);
      body += `\nLine coverage by file, largest drops first:\n\n${table(['File', 'Baseline', 'Now', 'Δ points'], shown, ['l', 'r', 'r', 'r'])}${more(files.length, ROWS)}`;
    } else if (!data.baseline.perFile) body += '\nThe baseline has no per-file counts, so file deltas are not shown.\n';
    sections.push({ title: 'Against the baseline', priority: 30, body });
  }

  const worst = [...ev.perFile]
    .filter(([, t]) => t.lines.total > t.lines.covered)
    .sort(([pa, a], [pb, b]) => {
      // Lowest coverage first; ties by most uncovered lines.
      const l = compareRatio(a.lines, b.lines);
      return l || b.lines.total - b.lines.covered - (a.lines.total - a.lines.covered) || pa.localeCompare(pb);
    });
  if (worst.length) {
    const rows = worst.slice(0, ROWS).map(([path, t]) => [code(path), pctCell(t.lines), String(t.lines.total - t.lines.covered), pctCell(t.branches), pctCell(t.functions)]);
    sections.push({
      title: `Least covered files (${worst.length} with uncovered lines)`,
      priority: 40,
      collapsed: true,
      body: table(['File', 'Lines', 'Uncovered', 'Branches', 'Functions'], rows, ['l', 'r', 'r', 'r', 'r']) + more(worst.length, ROWS),
    });
  }

  const reportRows = data.reports.map((r) => [code(r.file), r.format, String(r.files), String(r.matched)]);
  sections.push({ title: 'Reports', priority: 50, collapsed: true, body: table(['Report', 'Format', 'Files', 'Matched'], reportRows, ['l', 'l', 'r', 'r']) });

  if (data.unmatched.length) {
    const rows = data.unmatched.slice(0, 200).map((u) => [code(u.report), code(u.path), escapeMarkdown(u.reason)]);
    sections.push({
      title: `Report files not in the repository (${data.unmatched.length})`,
      priority: 60,
      collapsed: true,
      body:
        'These files are left out of every total. If they belong to this repository, map them with `path-prefixes` or `source-roots`.\n\n' +
        table(['Report', 'Path in report', 'Why'], rows) +
        more(data.unmatched.length, 200),
    });
  }
  return sections;
}
