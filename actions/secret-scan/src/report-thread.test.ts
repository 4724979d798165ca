import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../common/src/errors';
import { Redactor } from '../../common/src/redact';
import { claim, claimOrder, newClaims, parseReports, THREAD_MIN_BYTES, workerCount, workItems, type ReportJob } from './report-thread';

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
    // Thread 0 is the main thread, claiming from the back; threads 1-3 are workers, from the front.
    const endOf = (thread: number) => (thread === 0 ? 'back' : 'front');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 40 }), (length, turns) => {
        const claims = newClaims();
        const got: number[][] = [[], [], [], []];
        for (const thread of turns) {
          const k = claim(claims, length, endOf(thread));
          if (k !== undefined) got[thread]!.push(k);
        }
        // Keep claiming until everything is taken, as the loops do.
        for (let k = claim(claims, length, 'back'); k !== undefined; k = claim(claims, length, 'back')) got[0]!.push(k);
        expect(got.flat().sort((a, b) => a - b)).toEqual(Array.from({ length }, (_, i) => i));
        // Workers take places in claim order (largest first), the main thread in reverse; the two ends never cross.
        for (const taken of got.slice(1)) expect(taken).toEqual([...taken].sort((a, b) => a - b));
        expect(got[0]).toEqual([...got[0]!].sort((a, b) => b - a));
        expect(Math.max(-1, ...got.slice(1).flat())).toBeLessThan(Math.min(length, ...got[0]!));
      }),
      { numRuns: 300 },
    );
  });
});

describe('JSON Lines reports cut into parts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rg-parts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A trufflehog JSON Lines report: results with multi-byte text, log lines, blank lines, CRLF endings. */
  function report(count: number, crlf = false): string {
    const lines: string[] = [];
    for (let i = 0; i < count; i++) {
      if (i % 7 === 3) lines.push(JSON.stringify({ level: 'info', msg: `scanned ${i} chunks — ok` }));
      if (i % 11 === 5) lines.push('');
      lines.push(
        JSON.stringify({
          SourceMetadata: { Data: { Filesystem: { file: `src/dïr${i % 5}/f${i}.env`, line: i + 1 } } },
          DetectorName: i % 2 ? 'AWS' : 'Github',
          Verified: i % 3 === 0,
          Raw: `cnry-part-${i}-€`,
        }),
      );
    }
    return lines.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
  }

  const parse = async (file: string, mode: 'off' | 'auto', partBytes = 256, tool?: string) => {
    const redactor = new Redactor();
    const results = await parseReports([{ file, tool, bytes: statSync(join(dir, file)).size }], { workspace: dir, maxBytes: 1 << 30, salt: 's', mode, redactor, partBytes });
    const values: string[] = [];
    redactor.onAdd((value) => values.push(value));
    return { results, values: values.sort() };
  };

  it('cuts only trufflehog JSON Lines of at least two parts, into ranges that cover the file', async () => {
    writeFileSync(join(dir, 'th.jsonl'), report(40));
    writeFileSync(join(dir, 'small.jsonl'), report(1));
    writeFileSync(join(dir, 'gitleaks.json'), JSON.stringify([{ RuleID: 'x', Secret: 'cnry-g', File: 'a' }]).padEnd(2000, ' '));
    const size = statSync(join(dir, 'th.jsonl')).size;
    const jobs = [
      { file: 'th.jsonl', tool: undefined, bytes: size },
      { file: 'small.jsonl', tool: undefined, bytes: statSync(join(dir, 'small.jsonl')).size },
      { file: 'gitleaks.json', tool: undefined, bytes: 2000 },
      { file: 'th.jsonl', tool: 'gitleaks', bytes: size },
    ];
    const items = await workItems(jobs, dir, 1 << 30, 256);
    const parts = items.filter((i) => i.job === 0);
    expect(parts.length).toBe(Math.ceil(size / 256));
    expect(parts.map((p) => p.range)).toEqual(parts.map((_, k) => ({ start: k * 256, end: Math.min((k + 1) * 256, size) })));
    // One line fits no part: not cut. Not JSON Lines, or named as another tool: not cut.
    expect(items.filter((i) => i.job > 0).map((i) => [i.job, i.range])).toEqual([[1, undefined], [2, undefined], [3, undefined]]);
    // Over the size cap: read whole, where the cap is reported.
    expect((await workItems(jobs.slice(0, 1), dir, size - 1, 256)).map((i) => i.range)).toEqual([undefined]);
  });

  it('gives the findings, values and report info of one uncut read, for any part size', async () => {
    for (const [name, crlf] of [['lf.jsonl', false], ['crlf.jsonl', true]] as const) {
      writeFileSync(join(dir, name), '\ufeff' + report(60, crlf));
      const whole = await parse(name, 'off');
      expect(whole.results[0]!.info).toMatchObject({ format: 'trufflehog-jsonl', findings: 60 });
      for (const partBytes of [97, 256, 1000]) expect(await parse(name, 'auto', partBytes)).toEqual(whole);
    }
  });

  it('reads a report with a bad line again whole, so the error names the line as an uncut read does', async () => {
    const lines = report(60).split('\n');
    lines[41] = '{"SourceMetadata": {"Data": ';
    writeFileSync(join(dir, 'bad.jsonl'), lines.join('\n'));
    const message = async (mode: 'off' | 'auto') => {
      try {
        await parse('bad.jsonl', mode);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return [(error as InputError).message, (error as InputError).line];
      }
      throw new Error('no error');
    };
    const whole = await message('off');
    expect(whole[1]).toBe(42);
    expect(await message('auto')).toEqual(whole);
  });
});
