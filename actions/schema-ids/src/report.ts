// Job-summary sections: findings grouped by rule, the worst files first, then the numbers.

import type { Finding, Severity } from '../../common/src/result';
import { code, escapeMarkdown, table, type SummarySection } from '../../common/src/summary';
import type { Analysis } from './analyze';
import { DIALECTS } from './dialect';

const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };
const MAX_LISTED_PER_RULE = 200;
const MAX_FILES = 50;

interface FileTally {
  file: string;
  error: number;
  warning: number;
  note: number;
  rules: Map<string, number>;
}

function tallyFiles(findings: readonly Finding[]): FileTally[] {
  const byFile = new Map<string, FileTally>();
  for (const f of findings) {
    const file = f.file ?? '(no file)';
    let t = byFile.get(file);
    if (!t) byFile.set(file, (t = { file, error: 0, warning: 0, note: 0, rules: new Map() }));
    t[f.severity]++;
    t.rules.set(f.ruleId, (t.rules.get(f.ruleId) ?? 0) + 1);
  }
  return [...byFile.values()].sort((a, b) => b.error - a.error || b.warning - a.warning || b.note - a.note || a.file.localeCompare(b.file));
}

export function buildSections(findings: readonly Finding[], analysis: Analysis): SummarySection[] {
  const sections: SummarySection[] = [];
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const rules = [...byRule.entries()].sort(
    ([ra, a], [rb, b]) => RANK[worst(a)] - RANK[worst(b)] || b.length - a.length || ra.localeCompare(rb),
  );
  if (rules.length) {
    const rows = rules.map(([rule, list]) => {
      const files = tallyFiles(list);
      const top = files.slice(0, 3).map((t) => `${code(t.file)} (${t.error + t.warning + t.note})`).join(', ');
      return [code(rule), worst(list), String(list.length), String(files.length), top + (files.length > 3 ? ', …' : '')];
    });
    sections.push({ title: 'Findings by rule', priority: 10, body: table(['Rule', 'Severity', 'Findings', 'Files', 'Worst files'], rows, ['l', 'l', 'r', 'r', 'l']) });
    const files = tallyFiles(findings);
    const fileRows = files.slice(0, MAX_FILES).map((t) => {
      const topRule = [...t.rules.entries()].sort((a, b) => b[1] - a[1])[0];
      return [code(t.file), String(t.error), String(t.warning), topRule ? `${code(topRule[0])} × ${topRule[1]}` : ''];
    });
    const more = files.length > MAX_FILES ? `\n_${files.length - MAX_FILES} more files with findings are in the result file and SARIF._\n` : '';
    sections.push({ title: 'Worst files', priority: 20, body: table(['File', 'Errors', 'Warnings', 'Most frequent rule'], fileRows, ['l', 'r', 'r', 'l']) + more });
  }
  const dialectRows = DIALECTS.filter((d) => analysis.byDialect[d] > 0).map((d) => [d, String(analysis.byDialect[d])]);
  const r = analysis.refs;
  const numbers = [
    ['schemas', `${analysis.schemas} (${analysis.unparsable.length} unparsable)`],
    ['subschemas walked', String(analysis.subschemas)],
    ['$ref resolved', `${r.resolved} of ${r.total} (${r.crossFile} across files, ${r.crossDialect} across dialects)`],
    ['$ref unresolved / remote / remote allowed', `${r.unresolved} / ${r.remote} / ${r.remoteAllowed}`],
    ['examples validated', `${analysis.examples.validated} of ${analysis.examples.instances} (${analysis.examples.compiled} schemas compiled)`],
  ];
  if (analysis.closedObjects) {
    const c = analysis.closedObjects;
    numbers.push(['object schemas: closed / closed by composition / suppressed / open', `${c.closed} / ${c.coveredByComposition} / ${c.suppressed} / ${c.open}`]);
  }
  sections.push({
    title: 'Schemas',
    priority: 30,
    body: table(['Dialect', 'Schemas'], dialectRows, ['l', 'r']) + '\n' + table(['Measure', 'Value'], numbers, ['l', 'l']),
  });
  rules.forEach(([rule, list], i) => {
    const lines = list.slice(0, MAX_LISTED_PER_RULE).map((f) => `- ${code(`${f.file}:${f.line}:${f.column}`)} ${escapeMarkdown(f.message)}`);
    if (list.length > MAX_LISTED_PER_RULE) lines.push(`- _${list.length - MAX_LISTED_PER_RULE} more in the result file and SARIF_`);
    sections.push({ title: `${rule} (${list.length})`, collapsed: true, priority: 60 + i, body: lines.join('\n') });
  });
  return sections;
}

function worst(list: readonly Finding[]): Severity {
  let s: Severity = 'note';
  for (const f of list) if (RANK[f.severity] < RANK[s]) s = f.severity;
  return s;
}
