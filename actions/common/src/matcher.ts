// A multi-string matcher for redaction at scale. One alternation regex of every value compiles in
// time that grows faster than linearly (about 1 s for 50,000 values and over 70 s for 150,000 on the
// bench machine), and a secret scan registers one value per finding. This one hashes an ANCHOR-character
// window of each value: the value is filed under the hash of that window (placed where the bucket
// is emptiest, so values sharing a prefix such as `apiKey = "` spread out), a filter rejects almost
// every text position in a few instructions, and only candidates compare whole strings.
// Building is linear in the values; scanning is linear in the text.
//
// The window hash is a gear hash: h = (h << 4) + GEAR[char & 255]. After ANCHOR = 8 characters the
// oldest one has been shifted out of the 32 bits, so h is a hash of exactly the last 8 characters,
// rolled by a table lookup, a shift and an add. (A Rabin–Karp polynomial needs two dependent
// multiplications per character and scanned a 40 MB SARIF log about 2x slower.)

const ANCHOR = 8;
const SHIFT = 4; // ANCHOR * SHIFT = 32: a character leaves the hash after ANCHOR steps
/**
 * The filter is a blocked Bloom filter: 2^19 32-bit words (2 MiB), the word chosen by the top 19 bits
 * of the hash, two bits set in it per value (one from bits 8-12, one from a multiplicative mix of the
 * whole hash). A text position costs one word read; with 160,000 values about one position in 2,600
 * of a SARIF log gets past it (a one-bit byte map let through one in 100, each a walk of the chains).
 */
const FILTER_WORDS = 1 << 19;
const WORD_SHIFT = 32 - 19;

function filterBits(h: number): number {
  return (1 << (h >>> 8)) | (1 << (Math.imul(h, 0x9e3779b1) >>> 27));
}

/** Fixed pseudo-random table (xorshift32 from a constant seed), so hashes are stable across runs. */
const GEAR = (() => {
  const table = new Int32Array(256);
  let x = 0x9e3779b9;
  for (let i = 0; i < 256; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    table[i] = x;
  }
  return table;
})();

function hashAt(text: string, start: number): number {
  let h = 0;
  for (let i = start; i < start + ANCHOR; i++) h = ((h << SHIFT) + GEAR[text.charCodeAt(i) & 255]!) | 0;
  return h;
}

/** Head-table slot of a hash: the low bits of a gear hash depend on the last character only, so mix first. */
function slotOf(h: number, mask: number): number {
  return Math.imul(h, 0x9e3779b1) >>> 7 & mask;
}

/** One chain table: values with their anchor offsets and hashes, chained by index from `heads`. */
interface ChainTable {
  values: string[];
  offsets: Int32Array;
  hashes: Int32Array;
  next: Int32Array;
  heads: Int32Array;
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
  private readonly filter = new Int32Array(FILTER_WORDS);
  /** Scratch list of (end, hash) pairs that passed the filter, reused across scans. */
  private candidates: Int32Array = new Int32Array(1024);
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
      for (let i = this.heads[slotOf(h, this.heads.length - 1)]!; i !== -1; i = this.next[i]!) {
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
    const slot = slotOf(bestHash, this.heads.length - 1);
    this.next[index] = this.heads[slot]!;
    this.heads[slot] = index;
    this.filter[bestHash >>> WORD_SHIFT]! |= filterBits(bestHash);
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
      for (let i = this.heads[slotOf(h, this.heads.length - 1)]!; i !== -1; i = this.next[i]!) {
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

  private own(): ChainTable {
    return { values: this.values, offsets: this.offsets, hashes: this.hashes, next: this.next, heads: this.heads };
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
      const slot = slotOf(this.hashes[i]!, mask);
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
      // Longest first, so each position reports its longest value; after a match the search goes on
      // from the next position, not past the match, so a value starting inside it is seen too. (A
      // lookahead, `(?=(a|b))`, finds the same but tries every position: 5-7x slower on a 10 MB text,
      // where a plain alternation lets V8 skip ahead.)
      const pattern = (this.shortPattern ??= new RegExp([...this.short].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g'));
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        (found ??= []).push([m.index, m[0]]);
        pattern.lastIndex = m.index + 1;
      }
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

  /**
   * Two passes: the hot loop only rolls the hash, probes the filter and notes (end, hash) of the
   * rare positions that pass; the chains are walked afterwards. Walking them inside the loop made
   * V8 compile the loop about 2x slower, even though the walk itself runs a few thousand times.
   */
  private scanLong(text: string, found: [number, string][] | undefined): [number, string][] | undefined {
    const { filter } = this;
    const gear = GEAR;
    let candidates = this.candidates;
    let count = 0;
    let h = 0;
    for (let end = 1; end <= text.length; end++) {
      h = ((h << SHIFT) + gear[text.charCodeAt(end - 1) & 255]!) | 0;
      // filterBits inlined: this runs once per character of every output.
      const want = (1 << (h >>> 8)) | (1 << (Math.imul(h, 0x9e3779b1) >>> 27));
      if ((filter[h >>> WORD_SHIFT]! & want) === want) {
        if (count + 2 > candidates.length) candidates = this.growCandidates(count);
        candidates[count++] = end;
        candidates[count++] = h;
      }
    }
    const own = this.own();
    for (let c = 0; c < count; c += 2) {
      const end = candidates[c]!;
      // Before ANCHOR characters the hash covers fewer than a whole window.
      if (end < ANCHOR) continue;
      const h = candidates[c + 1]!;
      found = findInChains(own, text, end, h, found);
    }
    return found;
  }

  private growCandidates(keep: number): Int32Array {
    const grown = new Int32Array(this.candidates.length * 2);
    grown.set(this.candidates.subarray(0, keep));
    this.candidates = grown;
    return grown;
  }
}

/** Values of `table` filed under hash `h` that occur in `text` with their anchor window ending at `end`. */
function findInChains(table: ChainTable, text: string, end: number, h: number, found: [number, string][] | undefined): [number, string][] | undefined {
  const { heads, hashes, next, offsets, values } = table;
  for (let v = heads[slotOf(h, heads.length - 1)]!; v !== -1; v = next[v]!) {
    if (hashes[v] !== h) continue;
    const value = values[v]!;
    const start = end - ANCHOR - offsets[v]!;
    if (start >= 0 && text.startsWith(value, start)) (found ??= []).push([start, value]);
  }
  return found;
}

const NONE: [number, string][] = [];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
