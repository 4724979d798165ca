// A multi-string matcher for redaction at scale. One alternation regex of every value compiles in
// time that grows faster than linearly (about 1 s for 50,000 values and over 70 s for 150,000 on the
// bench machine), and a secret scan registers one value per finding. This one is Rabin–Karp over an ANCHOR-character
// window of each value: the value is filed under the hash of that window (placed where the bucket
// is emptiest, so values sharing a prefix such as `apiKey = "` spread out), a bitmap rejects almost
// every text position in a few instructions, and only candidates compare whole strings.
// Building is linear in the values; scanning is linear in the text.

const ANCHOR = 8;
const BITS = 1 << 24; // 2 MiB bitmap: few false candidates even with millions of values
const MASK = BITS - 1;
const BASE = 0x01000193; // FNV prime as the polynomial base

/** BASE^(ANCHOR-1) mod 2^32, to drop the leading character from the rolling hash. */
const DROP = (() => {
  let p = 1;
  for (let i = 0; i < ANCHOR - 1; i++) p = Math.imul(p, BASE);
  return p;
})();

function hashAt(text: string, start: number): number {
  let h = 0;
  for (let i = start; i < start + ANCHOR; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return h;
}

interface Entry {
  value: string;
  /** Where the anchor window starts inside the value. */
  offset: number;
}

export class SecretMatcher {
  private readonly buckets = new Map<number, Entry[]>();
  private readonly seen = new Set<string>();
  private readonly bitmap = new Uint8Array(BITS >>> 3);
  /** Values shorter than the anchor, matched by a small regex (there are few of them). */
  private readonly short = new Set<string>();
  private shortPattern: RegExp | undefined;
  private count = 0;

  constructor(private readonly minLength = 4) {}

  get size(): number {
    return this.count;
  }

  add(value: string): void {
    if (value.length < this.minLength) return;
    if (value.length < ANCHOR) {
      if (!this.short.has(value)) {
        this.short.add(value);
        this.shortPattern = undefined;
        this.count++;
      }
      return;
    }
    if (this.seen.has(value)) return;
    this.seen.add(value);
    this.count++;
    // Try the start, the end and the middle of the value; take the window whose bucket is smallest.
    let best = { offset: 0, h: hashAt(value, 0), size: Infinity };
    for (const offset of [0, value.length - ANCHOR, (value.length - ANCHOR) >> 1]) {
      const h = hashAt(value, offset);
      const size = this.buckets.get(h)?.length ?? 0;
      if (size < best.size) best = { offset, h, size };
      if (size === 0) break;
    }
    let bucket = this.buckets.get(best.h);
    if (!bucket) {
      bucket = [];
      this.buckets.set(best.h, bucket);
      const bit = best.h & MASK;
      this.bitmap[bit >>> 3]! |= 1 << (bit & 7);
    }
    bucket.push({ value, offset: best.offset });
  }

  /** The first registered value found in `text` (leftmost, then longest), or undefined. */
  find(text: string): string | undefined {
    return this.matches(text)[0]?.[1];
  }

  /** Replace every registered value in `text` with `mask`. */
  replace(text: string, mask = '***'): string {
    if (this.count === 0 || text.length < this.minLength) return text;
    const matches = this.matches(text);
    if (!matches.length) return text;
    const parts: string[] = [];
    let last = 0;
    for (const [start, value] of matches) {
      parts.push(text.slice(last, start), mask);
      last = start + value.length;
    }
    parts.push(text.slice(last));
    return parts.join('');
  }

  /**
   * Every occurrence of every value, overlapping ones included, sorted by start (then longest).
   * Allocates nothing when nothing matches, which is the common case for the millions of strings in
   * a large SARIF log.
   */
  all(text: string): readonly [number, string][] {
    if (this.count === 0 || text.length < this.minLength) return NONE;
    let found: [number, string][] | undefined;
    if (this.buckets.size && text.length >= ANCHOR) found = this.scanLong(text, found);
    if (this.short.size) {
      // A lookahead reports a match at every position, so overlapping short values are all seen.
      this.shortPattern ??= new RegExp(`(?=(${[...this.short].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')}))`, 'g');
      this.shortPattern.lastIndex = 0;
      for (const m of text.matchAll(this.shortPattern)) (found ??= []).push([m.index, m[1]!]);
    }
    if (!found) return NONE;
    if (found.length > 1) found.sort((a, b) => a[0] - b[0] || b[1].length - a[1].length);
    return found;
  }

  /**
   * Non-overlapping matches, left to right, the longest at each position. Candidates come from the
   * anchor scan (in anchor order, not start order) and the short-value regex, so they are collected
   * first and then resolved: earliest start, then longest.
   */
  private matches(text: string): [number, string][] {
    const found = this.all(text) as [number, string][];
    if (found === NONE) return NONE;
    if (found.length === 1) return found;
    const kept: [number, string][] = [];
    let end = 0;
    for (const m of found) {
      if (m[0] < end) continue;
      kept.push(m);
      end = m[0] + m[1].length;
    }
    return kept;
  }

  private scanLong(text: string, found: [number, string][] | undefined): [number, string][] | undefined {
    const bitmap = this.bitmap;
    const n = text.length;
    let h = hashAt(text, 0);
    for (let i = 0; ; ) {
      const bit = h & MASK;
      if (bitmap[bit >>> 3]! & (1 << (bit & 7))) {
        const bucket = this.buckets.get(h);
        if (bucket) {
          for (const { value, offset } of bucket) {
            const start = i - offset;
            if (start >= 0 && text.startsWith(value, start)) (found ??= []).push([start, value]);
          }
        }
      }
      if (i + ANCHOR >= n) return found;
      h = (Math.imul(h - Math.imul(text.charCodeAt(i), DROP), BASE) + text.charCodeAt(i + ANCHOR)) | 0;
      i++;
    }
  }
}

const NONE: [number, string][] = [];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
