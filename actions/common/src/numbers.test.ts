import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floorPercent, floorPercentNumber, formatBytes, itemsNeeded, meetsPercent } from './numbers';

/** Reference: min given as hundredths of a percent (an exact integer), compared as exact rationals. */
const reference = (covered: bigint, total: bigint, minHundredths: bigint) => total === 0n || covered * 10_000n >= minHundredths * total;

// min% with at most two decimals, as the user writes it: built from an integer so the reference is exact.
const minArb = fc.integer({ min: 0, max: 10_000 }).map((h) => ({ hundredths: BigInt(h), percent: Number((h / 100).toFixed(2)) }));
const countsArb = fc.integer({ min: 0, max: 2_000_000_000 }).chain((total) => fc.record({ total: fc.constant(total), covered: fc.integer({ min: 0, max: total }) }));

describe('meetsPercent', () => {
  it('property: agrees with exact rational comparison', () => {
    fc.assert(
      fc.property(countsArb, minArb, ({ covered, total }, min) => {
        expect(meetsPercent(covered, total, min.percent)).toBe(reference(BigInt(covered), BigInt(total), min.hundredths));
      }),
      { numRuns: 5000 },
    );
  });

  it('property: exact at the boundary, where floating point goes wrong', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), minArb, (total, min) => {
        // The smallest covered count that meets min%, computed exactly.
        const need = (min.hundredths * BigInt(total) + 9_999n) / 10_000n;
        if (need <= BigInt(total)) expect(meetsPercent(Number(need), total, min.percent)).toBe(true);
        if (need >= 1n) expect(meetsPercent(Number(need) - 1, total, min.percent)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it('known cases that naive floats get wrong or right by luck', () => {
    expect(meetsPercent(29, 100, 0.29 * 100)).toBe(true);
    expect(meetsPercent(9, 10, 90)).toBe(true);
    expect(meetsPercent(899, 1000, 90)).toBe(false);
    expect(meetsPercent(905, 1000, 90.5)).toBe(true);
    expect(meetsPercent(904, 1000, 90.5)).toBe(false);
    expect(meetsPercent(1, 3, 33.33)).toBe(true);
    expect(meetsPercent(1, 3, 33.34)).toBe(false);
    expect(meetsPercent(0, 0, 100)).toBe(true);
    expect(meetsPercent(0, 5, 0)).toBe(true);
  });
});

describe('itemsNeeded', () => {
  it('property: minimal — n more passes, n-1 more fails', () => {
    fc.assert(
      fc.property(countsArb, minArb, ({ covered, total }, min) => {
        fc.pre(min.hundredths <= 10_000n);
        const n = itemsNeeded(covered, total, min.percent);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(meetsPercent(covered + n, total, min.percent)).toBe(true);
        if (n > 0) expect(meetsPercent(covered + n - 1, total, min.percent)).toBe(false);
        if (total > 0) expect(covered + n).toBeLessThanOrEqual(total);
      }),
      { numRuns: 5000 },
    );
  });

  it('examples', () => {
    expect(itemsNeeded(80, 100, 90)).toBe(10);
    expect(itemsNeeded(90, 100, 90)).toBe(0);
    expect(itemsNeeded(1, 3, 66.67)).toBe(2);
    expect(itemsNeeded(904, 1000, 90.5)).toBe(1);
  });
});

describe('floorPercent', () => {
  it('property: never rounds up, and is the largest two-decimal value not above the exact ratio', () => {
    fc.assert(
      fc.property(countsArb, ({ covered, total }) => {
        fc.pre(total > 0);
        const text = floorPercent(covered, total);
        expect(text).toMatch(/^\d{1,3}\.\d{2}$/);
        const hundredths = BigInt(text.replace('.', ''));
        // hundredths/10000 <= covered/total < (hundredths+1)/10000
        expect(hundredths * BigInt(total) <= BigInt(covered) * 10_000n).toBe(true);
        expect((hundredths + 1n) * BigInt(total) > BigInt(covered) * 10_000n).toBe(true);
        expect(floorPercentNumber(covered, total)).toBe(Number(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('examples', () => {
    expect(floorPercent(8999, 10000)).toBe('89.99');
    expect(floorPercent(89999, 100000)).toBe('89.99');
    expect(floorPercent(2, 3)).toBe('66.66');
    expect(floorPercent(1, 1)).toBe('100.00');
    expect(floorPercent(0, 7)).toBe('0.00');
    expect(floorPercent(0, 0)).toBe('100.00');
  });
});

describe('formatBytes', () => {
  it('uses binary units with one decimal', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1.0 KiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(512 * 1024 * 1024)).toBe('512.0 MiB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GiB');
    expect(formatBytes(5 * 1024 ** 4)).toBe('5120.0 GiB');
  });
});
