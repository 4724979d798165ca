import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteLength, code, escapeHtml, escapeMarkdown, renderSummary, SUMMARY_LIMIT_BYTES, type SummarySection, table, truncateBytes } from './summary';

let serial = 0;
/** A section whose body is unique (a serial marker), so presence checks cannot confuse two of them. */
const section = (title: string, bytes: number, priority?: number, fill = 'x'): SummarySection => ({
  title,
  body: `<${serial++}>` + fill.repeat(Math.max(1, Math.floor(bytes / byteLength(fill)))),
  priority,
});

describe('renderSummary', () => {
  it('keeps everything when it fits, in the given order', () => {
    const out = renderSummary('## coverage ✅', [
      { title: 'Files', body: table(['a'], [['1']]) },
      { title: 'Long list', body: 'row\n', collapsed: true },
    ]);
    expect(out).toBe('## coverage ✅\n\n### Files\n\n| a |\n| --- |\n| 1 |\n\n<details><summary>Long list</summary>\n\nrow\n\n</details>\n\n');
  });

  it('stays under the default budget with a 1 MiB margin for other steps', () => {
    const out = renderSummary('head', [section('big', 2 * SUMMARY_LIMIT_BYTES)]);
    expect(byteLength(out)).toBeLessThan(SUMMARY_LIMIT_BYTES);
  });

  it('drops whole sections, least important (highest number) first, later first on ties, and names them', () => {
    const sections = [
      section('Totals', 100, 0),
      section('Per file', 600, 10),
      section('Uncovered lines', 600, 90),
      section('Raw', 600, 90),
    ];
    const out = renderSummary('# head', sections, 1900);
    expect(out).toContain('### Totals');
    expect(out).toContain('### Per file');
    expect(out).toContain('### Uncovered lines');
    expect(out).not.toContain('### Raw');
    expect(out).toContain('Left out to stay within');
    expect(out).toContain('"Raw"');
    expect(out).not.toContain('"Uncovered lines"');
    expect(byteLength(out)).toBeLessThanOrEqual(1900);
    // A section is never cut: what is present is whole.
    expect(out).toContain('x'.repeat(600));
  });

  it('drops several and keeps the most important', () => {
    const out = renderSummary('# head', [section('A', 500, 1), section('B', 500, 2), section('C', 500, 3)], 1300);
    expect(out).toContain('### A');
    expect(out).not.toContain('### B');
    expect(out).not.toContain('### C');
    expect(out).toMatch(/"B", "C"/);
  });

  it('falls back to a count when the list of names does not fit', () => {
    const many = Array.from({ length: 40 }, (_, i) => section(`section with a rather long descriptive title number ${i}`, 100, 60));
    const out = renderSummary('# head', [section('keep', 100, 0), ...many], 900);
    expect(out).toContain('### keep');
    const absent = many.filter((s) => !out.includes(s.body)).length;
    expect(absent).toBeGreaterThan(30);
    expect(out).toContain(`> ${absent} sections left out`);
    expect(byteLength(out)).toBeLessThanOrEqual(900);
  });

  it('cuts a header that alone is over budget instead of exceeding it', () => {
    const out = renderSummary('é'.repeat(1000), [], 500);
    expect(byteLength(out)).toBeLessThanOrEqual(500);
    expect(out).toContain('summary truncated');
    expect(out).not.toContain('\uFFFD');
  });

  it('property: never exceeds the budget; every kept section is whole; every dropped one is named or counted', () => {
    const fills = fc.constantFrom('x', 'é', '日本', '🙂', 'a|b');
    const arbSection = fc.record({
      title: fc.string({ minLength: 1, maxLength: 12 }).map((t) => t.replace(/[\r\n"]/g, '_') || 't'),
      size: fc.integer({ min: 1, max: 5000 }),
      priority: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      fill: fills,
      collapsed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbSection, { maxLength: 12 }), fc.integer({ min: 200, max: 40_000 }), fc.string({ maxLength: 50 }), (raw, budget, headText) => {
        const sections: SummarySection[] = raw.map((r, i) => ({
          ...section(`${r.title} #${i}`, r.size, r.priority, r.fill),
          collapsed: r.collapsed,
        }));
        const header = `## gate ${headText}`;
        const out = renderSummary(header, sections, budget);
        expect(byteLength(out)).toBeLessThanOrEqual(budget);
        if (out.includes('summary truncated')) return;
        let dropped = 0;
        for (const s of sections) {
          if (out.includes(s.body)) continue;
          dropped++;
        }
        if (dropped) {
          const named = sections.filter((s) => !out.includes(s.body)).every((s) => out.includes(`"${s.title}"`));
          expect(named || out.includes(`${dropped} sections left out`)).toBe(true);
        } else {
          expect(out).not.toContain('Left out');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('truncateBytes', () => {
  it('returns short text unchanged', () => {
    expect(truncateBytes('abc', 3)).toBe('abc');
  });

  it('never splits a UTF-8 sequence (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 0, max: 300 }), (text, max) => {
        const out = truncateBytes(text, max);
        expect(byteLength(out)).toBeLessThanOrEqual(Math.max(0, max));
        // A byte-level prefix that decodes back to itself: no half character was kept.
        const bytes = Buffer.from(out, 'utf8');
        expect(bytes.equals(Buffer.from(text, 'utf8').subarray(0, bytes.length))).toBe(true);
        expect(text.startsWith(out)).toBe(true);
        // Maximal: the next whole code point would not have fit.
        if (out.length < text.length) {
          const nextPoint = String.fromCodePoint(text.codePointAt(out.length)!);
          expect(byteLength(out) + byteLength(nextPoint)).toBeGreaterThan(max);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('cuts before a multi-byte character that would not fit', () => {
    expect(truncateBytes('aé', 2)).toBe('a');
    expect(truncateBytes('日本', 5)).toBe('日');
    expect(truncateBytes('🙂x', 3)).toBe('');
  });

  it('treats a negative limit as zero', () => {
    expect(truncateBytes('abcdef', -3)).toBe('');
  });
});

describe('Markdown helpers', () => {
  it('escapes table-breaking and HTML characters', () => {
    expect(escapeMarkdown('a|b *c* <x> [l](u) #1 `t` _u_ \\ \nnext')).toBe(
      'a\\|b \\*c\\* &lt;x&gt; \\[l\\](u) \\#1 \\`t\\` \\_u\\_ \\\\  next',
    );
    expect(escapeHtml('<&>')).toBe('&lt;&amp;&gt;');
  });

  it('wraps inline code safely, even with backticks and pipes', () => {
    expect(code('a.ts')).toBe('`a.ts`');
    expect(code('a`b')).toBe('`` a`b ``');
    expect(code('x|y\nz')).toBe('`x\\|y z`');
  });

  it('builds an aligned table', () => {
    expect(table(['File', 'Lines', 'Mid'], [['a', '1', 'm']], ['l', 'r', 'c'])).toBe('| File | Lines | Mid |\n| --- | ---: | :---: |\n| a | 1 | m |\n');
  });
});
