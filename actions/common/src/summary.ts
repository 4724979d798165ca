// Job-summary Markdown within GitHub's 1 MiB per-step limit. Sections are kept whole or dropped whole,
// least important first, and the summary says what it dropped.

export interface SummarySection {
  title: string;
  /** Markdown body. */
  body: string;
  /** Lower is more important; the header is never dropped. Default 50. */
  priority?: number;
  /** Render inside <details> (collapsed), for long listings. */
  collapsed?: boolean;
}

/** GitHub rejects a step summary over 1 MiB; keep a margin for what other steps append. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const DEFAULT_BUDGET = SUMMARY_LIMIT_BYTES - 16 * 1024;

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function renderSection(s: SummarySection): string {
  if (s.collapsed) return `<details><summary>${escapeHtml(s.title)}</summary>\n\n${s.body.trimEnd()}\n\n</details>\n\n`;
  return `### ${s.title}\n\n${s.body.trimEnd()}\n\n`;
}

/**
 * Header first, then sections in their given order, dropping the least important (highest priority
 * number, later first) until the whole fits `budget` bytes.
 */
export function renderSummary(header: string, sections: readonly SummarySection[], budget = DEFAULT_BUDGET): string {
  const rendered = sections.map((s, index) => ({ s, index, text: renderSection(s), size: 0 }));
  for (const r of rendered) r.size = byteLength(r.text);
  const head = header.trimEnd() + '\n\n';
  let total = byteLength(head) + rendered.reduce((n, r) => n + r.size, 0);
  const dropOrder = [...rendered].sort((a, b) => (b.s.priority ?? 50) - (a.s.priority ?? 50) || b.index - a.index);
  const dropped = new Set<number>();
  const noteReserve = 512;
  for (const r of dropOrder) {
    if (total + (dropped.size ? noteReserve : 0) <= budget) break;
    dropped.add(r.index);
    total -= r.size;
  }
  let out = head;
  for (const r of rendered) if (!dropped.has(r.index)) out += r.text;
  if (dropped.size) {
    const names = rendered.filter((r) => dropped.has(r.index)).map((r) => `"${r.s.title}"`);
    let note = `> [!NOTE]\n> Left out to stay within GitHub's 1 MiB summary limit: ${names.join(', ')}. The full result is in the result file and SARIF.\n`;
    if (byteLength(out + note) > budget) note = `> [!NOTE]\n> ${dropped.size} sections left out to stay within GitHub's 1 MiB summary limit.\n`;
    out += note;
  }
  // A header alone over budget (never expected) is cut rather than rejected by the runner.
  if (byteLength(out) > budget) out = truncateBytes(out, budget - 64) + '\n\n_(summary truncated)_\n';
  return out;
}

export function truncateBytes(text: string, maxBytes: number): string {
  const buf = Buffer.from(text, 'utf8');
  if (buf.length <= maxBytes) return text;
  let end = Math.max(0, Math.floor(maxBytes));
  // Do not cut a UTF-8 sequence in half.
  while (end > 0 && (buf[end]! & 0xc0) === 0x80) end--;
  return buf.subarray(0, end).toString('utf8');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escape text for a Markdown table cell or inline text. */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(/\\/g, '\\\\')
    .replace(/([|`*_[\]#])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** Inline code that survives backticks in the value. */
export function code(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const fence = clean.includes('`') ? '``' : '`';
  return `${fence}${clean.includes('`') ? ` ${clean} ` : clean}${fence}`;
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r' | 'c')[]): string {
  const sep = headers.map((_, i) => {
    const a = align?.[i] ?? 'l';
    return a === 'r' ? '---:' : a === 'c' ? ':---:' : '---';
  });
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(sep), ...rows.map(line)].join('\n') + '\n';
}

export const STATUS_ICON: Record<string, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  error: '⛔',
};
