import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallest, Smallest } from './smallest';

describe('smallest', () => {
  it('property: the first k of a full sort, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.nat({ max: 20 }), (list, k) => {
        const byValue = (a: number, b: number) => a - b;
        expect(smallest(list, k, byValue)).toEqual([...list].sort(byValue).slice(0, k));
      }),
      { numRuns: 500 },
    );
  });

  it('property: Smallest keeps the first k offered in order, and counts every offer', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.nat({ max: 20 }), (list, k) => {
        const byValue = (a: number, b: number) => a - b;
        const best = new Smallest(k, byValue);
        for (const item of list) best.offer(item);
        expect(best.items).toEqual([...list].sort(byValue).slice(0, k));
        expect(best.count).toBe(list.length);
      }),
      { numRuns: 500 },
    );
  });
});
