// The tarball gate's human-facing output: one line, metrics, and per package a findings table, a budgets
// table, the entry points, the diff and a collapsed file tree. Pure.

import { plural } from '../../common/src/render';
import { formatBytes } from '../../common/src/numbers';
import type { GateReport } from '../../common/src/gate';
import { countBySeverity, type Finding } from '../../common/src/result';
import { code, escapeMarkdown, table, type SummarySection } from '../../common/src/summary';
import type { Analysis, PackageCheck } from './analyse';
import type { PackedFile } from './archive';
import type { TarballDiff } from './diff';

export interface PackageOutcome {
  label: string;
  tarball: string;
  findings: Finding[];
  check?: PackageCheck;
  analysis?: Analysis;
  error?: string;
  previousNote?: string;
}

const SEVERITY_ICON = { error: '❌', warning: '⚠️', note: 'ℹ️' } as const;
const MAX_ROWS = 50;

function findingsTable(findings: readonly Finding[]): string {
  const rows = findings.slice(0, MAX_ROWS).map((f) => [
    `${SEVERITY_ICON[f.severity]} ${f.severity}`,
    code(f.ruleId),
    f.file ? code(f.line ? `${f.file}:${f.line}` : f.file) : '',
    escapeMarkdown(f.message),
  ]);
  let out = table(['Severity', 'Rule', 'Where', 'Message'], rows);
  if (findings.length > MAX_ROWS) out += `\n${findings.length - MAX_ROWS} more in the result file and SARIF.\n`;
  return out;
}

function budgetsTable(check: PackageCheck): string {
  const rows = check.budgetRows.map((r) => {
    const show = (n: number) => (r.unit === 'bytes' ? `${formatBytes(n)} (${n})` : String(n));
    return [r.name, show(r.actual), r.limit === undefined ? '—' : show(r.limit), r.limit === undefined ? '' : r.ok ? '✅' : '❌'];
  });
  return table(['Budget', 'Actual', 'Limit', ''], rows, ['l', 'r', 'r', 'c']);
}

function entryTable(check: PackageCheck): string {
  const order = { 'never built': 0, 'not packed': 1, missing: 2, 'unused import': 3, 'allowed condition': 4, ok: 5 } as const;
  const rows = [...check.entryRows]
    .sort((a, b) => order[a.status] - order[b.status])
    .slice(0, 300)
    .map((r) => [code(r.field), code(r.target), r.status === 'ok' ? '✅ ok' : r.status, r.matched ? code(r.matched) : '']);
  return table(['Field', 'Target', 'Status', 'Packed file'], rows);
}

function signedBytes(n: number): string {
  return n > 0 ? `+${formatBytes(n)}` : n < 0 ? `-${formatBytes(-n)}` : '±0';
}

function diffBody(d: TarballDiff): string {
  let out = table(
    ['', 'Change'],
    [
      ['files', `${d.fileCountDelta >= 0 ? '+' : ''}${d.fileCountDelta} (${d.added.length} added, ${d.removed.length} removed)`],
      ['unpacked size', signedBytes(d.unpackedDelta)],
      ['packed size', signedBytes(d.packedDelta)],
      ['removed exported files', String(d.removedExports.length)],
      ['removed exports subpaths', d.removedExportKeys.length ? d.removedExportKeys.map(code).join(', ') : '0'],
      ['lost executable bit', d.lostExecutable.length ? d.lostExecutable.map(code).join(', ') : '0'],
    ],
  );
  const list = (title: string, items: string[]) => (items.length ? `\n**${title}**\n\n${items.slice(0, 100).map((x) => `- ${x}`).join('\n')}${items.length > 100 ? `\n- … ${items.length - 100} more` : ''}\n` : '');
  out += list('Added', d.added.map((f) => `${code(f.path)} ${formatBytes(f.size)}`));
  out += list('Removed', d.removed.map((f) => `${code(f.path)} ${formatBytes(f.size)}`));
  out += list('Largest size changes', d.changed.slice(0, 20).map((c) => `${code(c.path)} ${formatBytes(c.before)} → ${formatBytes(c.after)}`));
  return out;
}

interface TreeDir {
  dirs: Map<string, TreeDir>;
  files: PackedFile[];
  count: number;
  bytes: number;
}

/** A file tree with sizes; folders with many files show their largest and a count of the rest. */
export function fileTree(files: readonly PackedFile[], maxLines = 400, maxFilesPerDir = 25): string {
  const root: TreeDir = { dirs: new Map(), files: [], count: 0, bytes: 0 };
  for (const f of files) {
    const parts = f.path.split('/');
    let node = root;
    node.count++;
    node.bytes += f.size;
    for (const seg of parts.slice(0, -1)) {
      let next = node.dirs.get(seg);
      if (!next) node.dirs.set(seg, (next = { dirs: new Map(), files: [], count: 0, bytes: 0 }));
      next.count++;
      next.bytes += f.size;
      node = next;
    }
    node.files.push(f);
  }
  const lines: string[] = [];
  let cut = false;
  const emit = (line: string) => {
    if (lines.length >= maxLines) cut = true;
    else lines.push(line);
  };
  const render = (node: TreeDir, indent: string) => {
    for (const [name, child] of [...node.dirs].sort(([a], [b]) => (a < b ? -1 : 1))) {
      emit(`${indent}${name}/  (${child.count} files, ${formatBytes(child.bytes)})`);
      render(child, indent + '  ');
    }
    const shown = [...node.files].sort((a, b) => b.size - a.size).slice(0, maxFilesPerDir).sort((a, b) => (a.path < b.path ? -1 : 1));
    for (const f of shown) emit(`${indent}${f.path.slice(f.path.lastIndexOf('/') + 1)}  ${formatBytes(f.size)}${f.mode & 0o111 ? '  (x)' : ''}`);
    if (node.files.length > shown.length) emit(`${indent}… ${node.files.length - shown.length} more files`);
  };
  render(root, '');
  if (cut) lines.push(`… tree cut at ${maxLines} lines (${files.length} files in all)`);
  return '```text\n' + lines.join('\n').replace(/```/g, "'''") + '\n```\n';
}

export function buildReport(outcomes: readonly PackageOutcome[], notes: readonly Finding[]): Omit<GateReport, 'findings' | 'decision'> {
  const many = outcomes.length > 1;
  const sections: SummarySection[] = [];
  const totals = { packedBytes: 0, unpackedBytes: 0, files: 0, entryPointsChecked: 0 };
  const packages: Record<string, unknown>[] = [];
  for (const o of outcomes) {
    const a = o.analysis;
    const c = o.check;
    const counts = countBySeverity(o.findings);
    const m: Record<string, unknown> = { name: o.label, tarball: o.tarball, status: o.error ? 'error' : counts.error ? 'fail' : counts.warning ? 'warn' : 'pass', errors: counts.error, warnings: counts.warning };
    if (a && c) {
      totals.packedBytes += a.packedBytes;
      totals.unpackedBytes += a.unpackedBytes;
      totals.files += a.files.length;
      totals.entryPointsChecked += c.entryPointsChecked;
      Object.assign(m, { packedBytes: a.packedBytes, unpackedBytes: a.unpackedBytes, files: a.files.length, entryPointsChecked: c.entryPointsChecked });
      if (c.diff) Object.assign(m, { previousVersion: c.diff.previousVersion, filesAdded: c.diff.added.length, filesRemoved: c.diff.removed.length, unpackedDelta: c.diff.unpackedDelta, packedDelta: c.diff.packedDelta, removedExports: c.diff.removedExports.length + c.diff.removedExportKeys.length });
    }
    packages.push(m);
    const head = many ? `${o.label}: ` : '';
    const shown = o.findings.filter((f) => f.ruleId !== 'tarball/diff');
    if (o.error) sections.push({ title: `${head}could not be read`, body: findingsTable(o.findings), priority: 5 });
    else if (shown.length) sections.push({ title: `${head}findings`, body: findingsTable(shown), priority: 10 });
    if (c) {
      sections.push({ title: `${head}budgets`, body: budgetsTable(c), priority: 20 });
      if (c.diff) sections.push({ title: `${head}changes since ${c.diff.previousVersion}`, body: diffBody(c.diff), priority: 30 });
      else if (o.previousNote) sections.push({ title: `${head}changes since the previous release`, body: escapeMarkdown(o.previousNote) + '\n', priority: 30 });
      if (c.entryRows.length) sections.push({ title: `${head}entry points (${c.entryPointsChecked} checked)`, body: entryTable(c), priority: 40, collapsed: true });
    }
    if (a) sections.push({ title: `${head}files in the tarball (${a.files.length}, ${formatBytes(a.unpackedBytes)})`, body: fileTree(a.files), priority: 90, collapsed: true });
  }
  if (notes.length) sections.push({ title: 'skipped workspaces', body: notes.map((n) => `- ${escapeMarkdown(n.message)}`).join('\n') + '\n', priority: 80 });

  const all = [...notes, ...outcomes.flatMap((o) => o.findings)];
  const counts = countBySeverity(all);
  const tail = `${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}`;
  const first = outcomes[0];
  let summary: string;
  if (many) summary = `${outcomes.length} packages, ${totals.files} files, ${formatBytes(totals.unpackedBytes)} unpacked; ${tail}`;
  else if (first?.error) summary = `${first.label}: could not be read: ${first.error}`;
  else summary = `${first?.label ?? 'tarball'}: ${plural(totals.files, 'file')}, ${formatBytes(totals.unpackedBytes)} unpacked (${formatBytes(totals.packedBytes)} packed), ${plural(totals.entryPointsChecked, 'entry point')} checked; ${tail}`;
  return {
    summary,
    metrics: { ...totals, packages },
    sections,
    outputs: { tarball: outcomes.map((o) => o.tarball).join('\n') },
  };
}
