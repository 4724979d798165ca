// Property tests: whatever bytes arrive, the reader ends with a listing or an InputError — never another
// exception and never a hang (every loop consumes input, and caps bound the rest).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../common/src/errors';
import { buildArchiveModel } from '../archive';
import { analyseListing, checkPackage } from '../analyse';
import { forbiddenRules } from '../policy';
import { tar } from '../../test/tar-writer';
import { DEFAULT_CAPS } from './lister';
import { listTarBytes, readTarball } from './read';

const caps = { ...DEFAULT_CAPS, maxEntries: 500, maxTotalBytes: 8 * 1024 * 1024, maxFileBytes: 4 * 1024 * 1024 };

const valid = tar([
  { path: 'package/', type: '5' },
  { path: 'package/package.json', data: JSON.stringify({ name: 'x', version: '1.0.0', main: 'index.js', bin: { x: 'cli.js' }, exports: { '.': { import: './index.js' } } }) },
  { path: 'package/index.js', data: 'module.exports = 1\n'.repeat(40) },
  { path: 'package/cli.js', data: '#!/usr/bin/env node\n', mode: 0o755 },
  { path: `package/${'long/'.repeat(30)}name.js`, data: 'x', pax: { path: `package/${'long/'.repeat(30)}name.js` } },
  { path: `package/${'g'.repeat(120)}`, data: 'y', gnuLongName: true },
  { path: 'package/l', type: '2', linkPath: '../x' },
]);

/** Analyse fully (model, manifest, entry points, policy): nothing downstream may throw either. */
function fullAnalysis(bytes: Buffer): void {
  const lister = listTarBytes(bytes, caps, { source: 'f', capture: (p) => (/^[^/]+\/package\.json$/.test(p) ? 1024 * 1024 + 1 : 0) });
  buildArchiveModel(lister.entries);
  const analysis = analyseListing({ entries: lister.entries, contents: lister.contents, needleHits: [], packedBytes: bytes.length, unpackedBytes: lister.totalBytes }, []);
  checkPackage({ analysis, required: ['package.json'], forbidden: forbiddenRules(undefined), publishedDirs: ['dist'], budgets: { maxFiles: 3 }, removedExports: 'fail' });
}

function outcome(fn: () => void): 'ok' | 'input-error' {
  try {
    fn();
    return 'ok';
  } catch (err) {
    if (err instanceof InputError) return 'input-error';
    throw err;
  }
}

describe('tar reader fuzzing', () => {
  it('random bytes: a listing or an InputError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        outcome(() => fullAnalysis(Buffer.from(bytes)));
      }),
      { numRuns: 400 },
    );
  });

  it('random 512-byte-aligned blocks with a valid checksum still end cleanly', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ minLength: 512, maxLength: 512 }), { maxLength: 6 }), (blocks) => {
        const fixed = blocks.map((b) => {
          const block = Buffer.from(b);
          block.fill(0x20, 148, 156);
          let sum = 0;
          for (const x of block) sum += x;
          block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
          return block;
        });
        outcome(() => fullAnalysis(Buffer.concat([...fixed, Buffer.alloc(1024)])));
      }),
      { numRuns: 400 },
    );
  });

  it('mutated valid archives: flipped bytes, truncation, splices', () => {
    expect(outcome(() => fullAnalysis(valid))).toBe('ok');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(valid.length)),
        (flips, cut) => {
          const bytes = Buffer.from(valid);
          for (const [pos, value] of flips) bytes[pos] = value;
          // Mutations keep checksums valid half of the time so deeper code paths run too.
          if (flips.length % 2 === 0) {
            for (let off = 0; off + 512 <= bytes.length; off += 512) {
              const block = bytes.subarray(off, off + 512);
              if (block.every((x) => x === 0)) continue;
              block.fill(0x20, 148, 156);
              let sum = 0;
              for (const x of block) sum += x;
              block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
            }
          }
          outcome(() => fullAnalysis(cut === null ? bytes : bytes.subarray(0, cut)));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('through gunzip: random and mutated .tgz files end in a listing or an InputError', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-fuzz-'));
    const gz = gzipSync(valid);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b)), fc.tuple(fc.nat(gz.length - 1), fc.integer({ min: 0, max: 255 })).map(([p, v]) => {
        const b = Buffer.from(gz);
        b[p] = v;
        return b;
      })), async (bytes) => {
        const path = join(dir, 'f.tgz');
        writeFileSync(path, bytes);
        try {
          await readTarball(path, { ...caps, maxRatio: 1000 }, { source: 'f.tgz' });
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
        }
      }),
      { numRuns: 200 },
    );
  });
});
