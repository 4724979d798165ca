// Exact arithmetic for thresholds: compare with integers, show floored percentages.

/** covered/total >= min% decided with integers only: covered*100 >= min*total (min may have 2 decimals). */
export function meetsPercent(covered: number, total: number, minPercent: number): boolean {
  if (total === 0) return true;
  // Scale to hundredths of a percent so 90.5 stays an integer comparison.
  const minHundredths = Math.round(minPercent * 100);
  return BigInt(covered) * 10000n >= BigInt(minHundredths) * BigInt(total);
}

/** The smallest number of additional covered items that makes covered/total reach min%. */
export function itemsNeeded(covered: number, total: number, minPercent: number): number {
  if (meetsPercent(covered, total, minPercent)) return 0;
  const minHundredths = BigInt(Math.round(minPercent * 100));
  const need = (minHundredths * BigInt(total) + 9999n) / 10000n; // ceil(min*total/100)
  return Number(need - BigInt(covered));
}

/** Percentage floored to two decimals, as a string ("89.99"): never rounds a miss up to a pass. */
export function floorPercent(covered: number, total: number): string {
  if (total === 0) return '100.00';
  const hundredths = (BigInt(covered) * 10000n) / BigInt(total);
  const whole = hundredths / 100n;
  const frac = hundredths % 100n;
  return `${whole}.${frac.toString().padStart(2, '0')}`;
}

/** Floored percentage as a number (for outputs). */
export function floorPercentNumber(covered: number, total: number): number {
  return Number(floorPercent(covered, total));
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
