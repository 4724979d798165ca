// Job-summary sections: per-scanner counts first, then what needs action (new and expired), then
// copy-paste baseline entries, then the long listings collapsed. Safe fields only.

import { compareText } from '../../common/src/result';
import { code, escapeMarkdown, table, type SummarySection } from '../../common/src/summary';
import type { Baseline } from './baseline';
import type { Evaluation, Classified } from './evaluate';
import { bySite, describeLocation, shortFingerprint } from './evaluate';
import type { ReportInfo } from './model';
import { smallest, Smallest } from './smallest';

export const MAX_ROWS = 200;
/** Ready-made baseline entries shown in the summary. */
export const MAX_SUGGESTED = 50;

function findingRows(list: readonly Classified[]): string[][] {
  return list.slice(0, MAX_ROWS).map((c) => [
    c.status === 'expired' ? `expired ${c.entry!.expires}` : c.finding.verification,
    escapeMarkdown(c.finding.family),
    escapeMarkdown(describeLocation(c.finding.locations[0])) + (c.finding.locations.length > 1 ? ` (+${c.finding.locations.length - 1})` : ''),
    escapeMarkdown(c.finding.tools.join(', ')),
    code(shortFingerprint(c.finding.fingerprint)),
  ]);
}

/**
 * Most urgent first (expired, failing, verified...), then by place. The urgency is a number on the
 * classified finding itself: picking the worst 200 of 100,000s mostly stops there, without reading
 * each finding's locations.
 */
export function worstFirst(a: Classified, b: Classified): number {
  return a.urgency - b.urgency || bySite(a, b);
}

/** The MAX_ROWS worst findings of each listing, and how many each has. */
export interface Worst {
  /** New and expired findings. */
  action: Smallest<Classified>;
  /** Suppressed and pre-existing findings. */
  quiet: Smallest<Classified>;
}

/** Both listings' worst in one pass over the findings (a large run has 100,000s). */
export function worstOf(classified: readonly Classified[]): Worst {
  const action = new Smallest<Classified>(MAX_ROWS, worstFirst);
  const quiet = new Smallest<Classified>(MAX_ROWS, worstFirst);
  for (const c of classified) (c.status === 'new' || c.status === 'expired' ? action : quiet).offer(c);
  return { action, quiet };
}

/**
 * The `k` worst new findings: those among the worst actions when that settles it (a new finding
 * is an action, so the worst new ones come first among the worst actions), else a pass of their own.
 */
export function worstNew(classified: readonly Classified[], worst: Worst, k: number): Classified[] {
  const listed = worst.action.items.filter((c) => c.status === 'new');
  if (listed.length >= k || worst.action.items.length === worst.action.count) return listed.slice(0, k);
  return smallest(classified.filter((c) => c.status === 'new'), k, worstFirst);
}

export function buildSections(
  ev: Evaluation,
  worst: Worst,
  reports: readonly ReportInfo[],
  suggested: Baseline | undefined,
  baselineFile: string,
  sarifOmitted: ReadonlyMap<string, number>,
): SummarySection[] {
  const sections: SummarySection[] = [];
  const tools = [...ev.perTool.entries()].sort((a, b) => b[1].new + b[1].expired - (a[1].new + a[1].expired) || compareText(a[0], b[0]));
  sections.push({
    title: 'Per scanner',
    priority: 1,
    body:
      table(
        ['Scanner', 'Findings', 'New', 'Pre-existing', 'Suppressed', 'Expired'],
        tools.map(([tool, c]) => [escapeMarkdown(tool), String(c.findings), String(c.new), String(c['pre-existing']), String(c.suppressed), String(c.expired)]),
        ['l', 'r', 'r', 'r', 'r', 'r'],
      ) +
      '\nA secret found by several scanners is one finding and is counted under each of them.\n',
  });

  const action = worst.action.count;
  if (action) {
    const more = action > MAX_ROWS ? `\n${action - MAX_ROWS} more in the result file and SARIF.\n` : '';
    sections.push({
      title: `New and expired (${action})`,
      priority: 2,
      collapsed: action > 20,
      body: table(['Verification', 'Family', 'Where', 'Found by', 'Fingerprint'], findingRows(worst.action.items)) + more,
    });
  }

  if (suggested && suggested.entries.length) {
    const sample = { ...suggested, entries: suggested.entries.slice(0, MAX_SUGGESTED) };
    const count = ev.counts.new;
    sections.push({
      title: `Baseline entries for accepting them (${count})`,
      priority: 5,
      collapsed: true,
      body:
        `To accept a finding, add its entry to ${code(baselineFile)}, replace the TODOs and keep the expiry short ` +
        `(or run with ${code('update-baseline: true')}). Entries hold salted fingerprints only.\n\n` +
        '```json\n' +
        JSON.stringify(sample.entries, null, 2) +
        '\n```\n' +
        (count > sample.entries.length ? `\nThe ${sample.entries.length} most severe are shown; \`update-baseline\` writes all ${count}.\n` : ''),
    });
  }

  const quiet = worst.quiet.count;
  if (quiet) {
    sections.push({
      title: `Suppressed and pre-existing (${quiet})`,
      priority: 20,
      collapsed: true,
      body: table(
        ['Status', 'Family', 'Where', 'Found by', 'Why'],
        worst.quiet.items.map((c) => [
          c.status,
          escapeMarkdown(c.finding.family),
          escapeMarkdown(describeLocation(c.finding.locations[0])),
          escapeMarkdown(c.finding.tools.join(', ')),
          escapeMarkdown(
            c.status === 'pre-existing'
              ? 'not on a changed line'
              : c.entry
                ? `${c.entry.reason} — ${c.entry.owner}, until ${c.entry.expires}${c.entry.ticket ? `, ${c.entry.ticket}` : ''}`
                : (c.finding.suppressedAtSource ?? ''),
          ),
        ]),
      ),
    });
  }

  if (ev.unusedEntries.length) {
    sections.push({
      title: `Unused baseline entries (${ev.unusedEntries.length})`,
      priority: 15,
      collapsed: true,
      body: table(
        ['Fingerprint', 'Family', 'File', 'Owner', 'Expires'],
        ev.unusedEntries.slice(0, MAX_ROWS).map((e) => [code(shortFingerprint(e.fingerprint)), escapeMarkdown(e.family ?? ''), escapeMarkdown(e.file ?? ''), escapeMarkdown(e.owner), e.expires]),
      ),
    });
  }

  const notes: string[] = [];
  for (const [tool, n] of sarifOmitted) if (n > 0) notes.push(`${n} ${tool} results left out of SARIF (GitHub limits: 25,000 per run, 10 MB gzipped); the most severe were kept.`);
  sections.push({
    title: `Reports (${reports.length})`,
    priority: 30,
    collapsed: true,
    body:
      table(
        ['Report', 'Format', 'Tools', 'Findings'],
        reports.map((r) => [escapeMarkdown(r.path), r.format, escapeMarkdown(r.tools.join(', ') || '(empty)'), String(r.findings)]),
      ) + (notes.length ? '\n' + notes.map((n) => `- ${n}`).join('\n') + '\n' : ''),
  });
  return sections;
}
