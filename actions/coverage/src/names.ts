// Function names kept as raw bytes: an lcov tracefile names hundreds of thousands of functions,
// and identity only needs byte equality (names are never displayed), so they are never decoded.
// Lookup is by FNV-1a hash, confirmed byte for byte: exact, whatever the hash does.

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export function fnv1a(buf: Uint8Array, s: number, e: number): number {
  let h = FNV_OFFSET;
  for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i]!, FNV_PRIME);
  return h;
}

export class NameTable {
  private bytes: Buffer = Buffer.allocUnsafe(0);
  private used = 0;
  private starts: number[] = [];
  private ends: number[] = [];
  private covered: boolean[] = [];
  /** Hash → newest entry; `next` chains entries whose hashes collide (-1 ends a chain). */
  private readonly first = new Map<number, number>();
  private next: number[] = [];

  get size(): number {
    return this.starts.length;
  }

  /** Record `buf[s, e)` (hash `h`) as seen, covered if `hit`. */
  mark(buf: Uint8Array, s: number, e: number, h: number, hit: boolean): void {
    const head = this.first.get(h) ?? -1;
    for (let i = head; i !== -1; i = this.next[i]!) {
      if (this.equals(i, buf, s, e)) {
        if (hit) this.covered[i] = true;
        return;
      }
    }
    const len = e - s;
    if (this.used + len > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(1024, (this.used + len) * 2));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    const at = this.used;
    for (let k = 0; k < len; k++) this.bytes[at + k] = buf[s + k]!;
    this.used += len;
    const index = this.starts.length;
    this.starts.push(at);
    this.ends.push(at + len);
    this.covered.push(hit);
    this.next.push(head);
    this.first.set(h, index);
  }

  private equals(i: number, buf: Uint8Array, s: number, e: number): boolean {
    const start = this.starts[i]!;
    const len = this.ends[i]! - start;
    if (len !== e - s) return false;
    for (let k = 0; k < len; k++) if (this.bytes[start + k] !== buf[s + k]) return false;
    return true;
  }

  coveredCount(): number {
    let n = 0;
    for (const c of this.covered) if (c) n++;
    return n;
  }

  /** Every name (latin1, byte for byte) with its state; for merging and tests. */
  *entries(): Generator<[Buffer, boolean]> {
    for (let i = 0; i < this.starts.length; i++) yield [this.bytes.subarray(this.starts[i], this.ends[i]), this.covered[i]!];
  }
}
