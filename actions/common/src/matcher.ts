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
/** The coarse bitmap is indexed by the top 20 bits of the hash. */
const COARSE_SHIFT = 12;
const COARSE_BITS = 1 << (32 - COARSE_SHIFT);
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

/**
 * Storage is struct-of-arrays (values, anchor offsets and hashes in parallel arrays, chained by index
 * from a power-of-two head table) rather than an object and an array per value: a secret scan registers
 * hundreds of thousands of values, and per-value objects were a large share of its garbage-collection time.
 */
export class SecretMatcher {
  private values: string[] = [];
  /** Where the anchor window starts inside each value. */
  private offsets = new Int32Array(1024);
  /** Full anchor hash of each value (the head table is indexed by its low bits). */
  private hashes = new Int32Array(1024);
  /** Next value in the same head-table chain, or -1. */
  private next = new Int32Array(1024);
  private heads = new Int32Array(1024).fill(-1);
  private readonly bitmap = new Uint8Array(BITS >>> 3);
  /**
   * A 128 KiB bitmap of the hashes' high bits, probed first: it stays in cache where the 2 MiB one
   * does not, and rejects most text positions before the big one is touched (scans are memory-bound).
   */
  private readonly coarse = new Uint8Array(COARSE_BITS >>> 3);
  /** Values shorter than the anchor, matched by a small regex (there are few of them). */
  private readonly short = new Set<string>();
  private shortPattern: RegExp | undefined;
  private count = 0;
  /** Shortest value registered: shorter text cannot contain one. */
  private shortest = Infinity;

  constructor(private readonly minLength = 4) {}

  get size(): number {
    return this.count;
  }

  /** Length of the shortest registered value (Infinity when there is none). */
  get minValueLength(): number {
    return this.shortest;
  }

  /** Register `value`; true when it is new (not a duplicate, not too short). */
  add(value: string): boolean {
    if (value.length < this.minLength) return false;
    if (value.length < ANCHOR) {
      if (this.short.has(value)) return false;
      this.short.add(value);
      this.shortPattern = undefined;
      this.count++;
      if (value.length < this.shortest) this.shortest = value.length;
      return true;
    }
    // Try the start, the end and the middle of the value; take the window with the fewest values.
    // A value already present sits under one of these same windows, and every window tried before
    // the one it took was non-empty then (and still is), so scanning the chains until the first
    // empty window also finds duplicates.
    const last = value.length - ANCHOR;
    let bestHash = 0;
    let bestOffset = 0;
    let bestSize = Infinity;
    for (let k = 0; k < 3; k++) {
      const offset = k === 0 ? 0 : k === 1 ? last : last >> 1;
      const h = hashAt(value, offset);
      let size = 0;
      for (let i = this.heads[h & (this.heads.length - 1)]!; i !== -1; i = this.next[i]!) {
        if (this.hashes[i] !== h) continue;
        if (this.values[i] === value) return false;
        size++;
      }
      if (size < bestSize) {
        bestHash = h;
        bestOffset = offset;
        bestSize = size;
      }
      if (size === 0) break;
    }
    const index = this.values.length;
    if (index === this.offsets.length) this.grow();
    if (index >= this.heads.length) this.rehash(this.heads.length * 2);
    this.values.push(value);
    this.offsets[index] = bestOffset;
    this.hashes[index] = bestHash;
    const slot = bestHash & (this.heads.length - 1);
    this.next[index] = this.heads[slot]!;
    this.heads[slot] = index;
    const bit = bestHash & MASK;
    this.bitmap[bit >>> 3]! |= 1 << (bit & 7);
    const coarse = bestHash >>> COARSE_SHIFT;
    this.coarse[coarse >>> 3]! |= 1 << (coarse & 7);
    this.count++;
    if (value.length < this.shortest) this.shortest = value.length;
    return true;
  }

  /** Whether `value` itself was registered (not whether it contains one). */
  has(value: string): boolean {
    if (value.length < this.minLength) return false;
    if (value.length < ANCHOR) return this.short.has(value);
    // It was filed under one of the three windows add() tries.
    const last = value.length - ANCHOR;
    for (const offset of [0, last, last >> 1]) {
      const h = hashAt(value, offset);
      for (let i = this.heads[h & (this.heads.length - 1)]!; i !== -1; i = this.next[i]!) {
        if (this.hashes[i] === h && this.offsets[i] === offset && this.values[i] === value) return true;
      }
    }
    return false;
  }

  /** Every registered value. */
  *[Symbol.iterator](): IterableIterator<string> {
    yield* this.values;
    yield* this.short;
  }

  private grow(): void {
    const size = this.offsets.length * 2;
    const grown = (from: Int32Array) => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    this.offsets = grown(this.offsets);
    this.hashes = grown(this.hashes);
    this.next = grown(this.next);
  }

  /** Rebuild the head table at `size` slots (a power of two), keeping chains at about one value per slot. */
  private rehash(size: number): void {
    this.heads = new Int32Array(size).fill(-1);
    const mask = size - 1;
    for (let i = 0; i < this.values.length; i++) {
      const slot = this.hashes[i]! & mask;
      this.next[i] = this.heads[slot]!;
      this.heads[slot] = i;
    }
  }

  /** The first registered value found in `text` (leftmost, then longest), or undefined. */
  find(text: string): string | undefined {
    return this.matches(text)[0]?.[1];
  }

  /** Replace every registered value in `text` with `mask`. */
  replace(text: string, mask = '***'): string {
    if (this.count === 0 || text.length < this.shortest) return text;
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
    if (this.count === 0 || text.length < this.shortest) return NONE;
    let found: [number, string][] | undefined;
    if (this.values.length && text.length >= ANCHOR) found = this.scanLong(text, found);
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
    const { coarse, bitmap, heads, hashes, next, offsets, values } = this;
    const mask = heads.length - 1;
    const last = text.length - ANCHOR;
    let h = 0;
    for (let i = 0; i < ANCHOR; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
    for (let i = 0; ; i++) {
      const c = h >>> COARSE_SHIFT;
      const bit = h & MASK;
      if (coarse[c >>> 3]! & (1 << (c & 7)) && bitmap[bit >>> 3]! & (1 << (bit & 7))) {
        for (let v = heads[h & mask]!; v !== -1; v = next[v]!) {
          if (hashes[v] !== h) continue;
          const value = values[v]!;
          const start = i - offsets[v]!;
          if (start >= 0 && text.startsWith(value, start)) (found ??= []).push([start, value]);
        }
      }
      if (i >= last) return found;
      // Roll the window: drop text[i], take text[i + ANCHOR] (kept in int32 throughout).
      h = (Math.imul((h - Math.imul(text.charCodeAt(i), DROP)) | 0, BASE) + text.charCodeAt(i + ANCHOR)) | 0;
    }
  }
}

const NONE: [number, string][] = [];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
