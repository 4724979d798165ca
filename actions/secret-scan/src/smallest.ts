// Picking the worst few of a large list without sorting all of it.

/** The k first items offered, in `compare` order, kept as they come (n log k, no sort of the whole). */
export class Smallest<T> {
  readonly items: T[] = [];
  /** How many were offered. */
  count = 0;

  constructor(
    private readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    this.count++;
    const best = this.items;
    const k = this.k;
    if (best.length === k && (k === 0 || this.compare(item, best[k - 1]!) >= 0)) return;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(best[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, item);
    if (best.length > k) best.pop();
  }
}

/** The k first items of `list` in `compare` order, without sorting the whole list. */
export function smallest<T>(list: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  const best = new Smallest(k, compare);
  for (const item of list) best.offer(item);
  return best.items;
}
