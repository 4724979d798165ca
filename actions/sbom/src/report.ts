// Job-summary sections for the sbom gate, worst first; long listings collapsed.

import { code, escapeMarkdown, table, type SummarySection } from '../../common/src/summary';
import type { ComponentView } from './bom-model';
import { displayName } from './bom-model';
import type { SbomRun } from './gate';
import { ELEMENT_LABEL, type NtiaThresholds } from './ntia';

const MAX_ROWS = 200;

function capped<T>(items: readonly T[], render: (t: T) => string[]): { rows: string[][]; more: number } {
  return { rows: items.slice(0, MAX_ROWS).map(render), more: Math.max(0, items.length - MAX_ROWS) };
}

function moreNote(more: number): string {
  return more ? `\n_…and ${more} more (see the result file)._\n` : '';
}

export function buildSections(state: SbomRun, min: NtiaThresholds, describe: (c: ComponentView) => string): SummarySection[] {
  const sections: SummarySection[] = [];
  if (state.issues.length) {
    const { rows, more } = capped(state.issues, (i) => [code(i.pointer || '/'), i.line !== undefined ? String(i.line) : '', escapeMarkdown(i.message.replace(/^[^:]*: /, ''))]);
    sections.push({ title: `Validation: ${state.issues.length} error${state.issues.length === 1 ? '' : 's'} in ${state.file}`, body: table(['JSON pointer', 'Line', 'Problem'], rows, ['l', 'r', 'l']) + moreNote(more), priority: 10 });
  }
  const lic = state.licenses?.results ?? [];
  const bad = lic.filter((r) => r.verdict === 'denied' || r.verdict === 'not-allowed' || r.verdict === 'unknown');
  const order = { denied: 0, 'not-allowed': 1, unknown: 2 } as Record<string, number>;
  bad.sort((a, b) => (order[a.verdict] ?? 3) - (order[b.verdict] ?? 3) || displayName(a.component).localeCompare(displayName(b.component)));
  if (bad.length) {
    const { rows, more } = capped(bad, (r) => [r.verdict, escapeMarkdown(displayName(r.component)), code(r.license), escapeMarkdown(r.reason), escapeMarkdown(describe(r.component))]);
    sections.push({ title: `License policy: ${bad.length} component${bad.length === 1 ? '' : 's'} to look at`, body: table(['Verdict', 'Package', 'License', 'Why', 'Dependency path'], rows) + moreNote(more), priority: 20, collapsed: bad.length > 20 });
  }
  const excepted = lic.filter((r) => r.verdict === 'excepted');
  if (excepted.length) {
    const { rows, more } = capped(excepted, (r) => [escapeMarkdown(displayName(r.component)), code(r.license), code(r.exception!.key), escapeMarkdown(r.exception!.reason)]);
    sections.push({ title: `License exceptions used (${excepted.length})`, body: table(['Package', 'License', 'Exception', 'Reason'], rows) + moreNote(more), priority: 40, collapsed: true });
  }
  if (state.ntia) {
    const rows = state.ntia.elements.map((e) => [
      e.ok ? '✅' : '❌',
      ELEMENT_LABEL[e.element],
      `${e.present}/${e.total}`,
      `${e.total ? Math.floor((e.present * 10000) / e.total) / 100 : 100}%`,
      `${e.min}%`,
    ]);
    rows.push([state.ntia.hasAuthor || !min.author ? '✅' : '❌', 'SBOM author / tool', state.ntia.authorSource ?? 'none', '', min.author ? 'required' : 'optional']);
    rows.push([state.ntia.hasTimestamp || !min.timestamp ? '✅' : '❌', 'timestamp', state.ntia.hasTimestamp ? 'present' : 'none', '', min.timestamp ? 'required' : 'optional']);
    let body = table(['', 'NTIA element', 'Components', 'Share', 'min-ntia'], rows, ['c', 'l', 'r', 'r', 'r']);
    const lacking = state.ntia.elements.filter((e) => e.missing.length);
    if (lacking.length) {
      body += '\n' + lacking.map((e) => `- **${ELEMENT_LABEL[e.element]}** lacking in ${e.missing.length}: ${e.missing.slice(0, 50).map((c) => code(displayName(c))).join(', ')}${e.missing.length > 50 ? `, …and ${e.missing.length - 50} more` : ''}`).join('\n') + '\n';
    }
    sections.push({ title: 'NTIA minimum elements', body, priority: 30 });
  }
  if (state.diff) {
    const d = state.diff;
    let body = `Compared with ${escapeMarkdown(state.diffSource ?? 'the previous SBOM')}: **${d.added.length}** added, **${d.removed.length}** removed, **${d.changed.length}** changed versions, **${d.licenseChanges.length}** license changes, **${d.newlyCopyleft.length}** newly copyleft.\n\n`;
    const rows: string[][] = [];
    for (const c of d.newlyCopyleft) rows.push(['newly copyleft', escapeMarkdown(c.label), '', escapeMarkdown(c.licenses.join(', '))]);
    for (const c of d.licenseChanges) rows.push(['license changed', escapeMarkdown(c.label), escapeMarkdown(c.from.join(', ')), escapeMarkdown(c.to.join(', '))]);
    for (const c of d.added) rows.push(['added', escapeMarkdown(c.label), '', escapeMarkdown(`${c.versions.join(', ')} (${c.licenses.join(', ')})`)]);
    for (const c of d.removed) rows.push(['removed', escapeMarkdown(c.label), escapeMarkdown(c.versions.join(', ')), '']);
    for (const c of d.changed) rows.push(['version changed', escapeMarkdown(c.label), escapeMarkdown(c.from.join(', ')), escapeMarkdown(c.to.join(', '))]);
    if (rows.length) body += table(['Change', 'Package', 'Before', 'After'], rows.slice(0, MAX_ROWS)) + moreNote(Math.max(0, rows.length - MAX_ROWS));
    sections.push({ title: 'Changes since the previous release', body, priority: 50, collapsed: rows.length > 30 });
  }
  const g = state.generated;
  const facts: string[][] = [['BOM', code(state.file)], ['CycloneDX', state.specVersion ?? '?']];
  if (g) {
    facts.push(['Generator', `@cyclonedx/cyclonedx-npm ${g.generator.version} (${escapeMarkdown(g.generator.source)})`]);
    if (g.timestampSource) facts.push(['Reproducible timestamp', escapeMarkdown(g.timestampSource)]);
    if (g.enrichment) facts.push(['Enrichment', `hashes: ${g.enrichment.hashes}, supplier: ${g.enrichment.supplier}, compositions: ${g.enrichment.compositions ? 'yes' : 'no'}`]);
  }
  if (state.upload) facts.push(['Release asset', escapeMarkdown(`${state.upload.outcome}: ${state.upload.message}`)]);
  sections.push({ title: 'SBOM', body: table(['', ''], facts), priority: 60 });
  return sections;
}
