import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claim, claimOrder, THREAD_MIN_BYTES, workerCount, type ReportJob } from './report-thread';

const job = (bytes: number, file = `r${bytes}.json`): ReportJob => ({ file, tool: undefined, bytes });

describe('report thread planning', () => {
  it('orders reports largest first, ties in the order given', () => {
    expect(claimOrder([job(5, 'a'), job(9, 'b'), job(5, 'c'), job(1, 'd')])).toEqual([1, 0, 2, 3]);
  });

  it('starts workers only for large runs of several reports, one per spare core, at most three', () => {
    const big = [job(THREAD_MIN_BYTES), job(10), job(10), job(10), job(10), job(10)];
    expect(workerCount([job(THREAD_MIN_BYTES - 100), job(10)], 'auto', 4)).toBe(0);
    expect(workerCount([job(THREAD_MIN_BYTES * 4)], 'auto', 4)).toBe(0);
    expect(workerCount(big, 'auto', 1)).toBe(0);
    expect(workerCount(big, 'auto', 2)).toBe(1);
    expect(workerCount(big, 'auto', 64)).toBe(3);
    expect(workerCount(big.slice(0, 2), 'auto', 64)).toBe(1);
    expect(workerCount(big, 'off', 64)).toBe(0);
    expect(workerCount([job(1)], 1, 1)).toBe(1);
    expect(workerCount([job(1), job(2)], 3, 1)).toBe(3);
    expect(workerCount([], 1, 8)).toBe(0);
  });

  it('hands every report to exactly one thread, whatever the interleaving (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 40 }), (length, turns) => {
        const claims = new Int32Array(new SharedArrayBuffer(8));
        const got: number[] = [];
        let mainClaims = 0;
        // Thread 0 is the main thread (from the back); 1-3 are workers (from the front).
        for (const thread of [...turns, 0, 1, 0, 1]) {
          const k = thread === 0 ? claim(claims, length, mainClaims) : claim(claims, length);
          if (k === undefined) continue;
          if (thread === 0) mainClaims++;
          got.push(k);
        }
        // Keep claiming until everything is taken, as the loops do.
        for (let k = claim(claims, length); k !== undefined; k = claim(claims, length)) got.push(k);
        expect(got.sort((a, b) => a - b)).toEqual(Array.from({ length }, (_, i) => i));
      }),
      { numRuns: 300 },
    );
  });
});
