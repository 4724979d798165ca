import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './files';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
function scratch(): string {
  dir = mkdtempSync(join(tmpdir(), 'rg-files-'));
  return dir;
}

describe('writeFileAtomic', () => {
  it('writes text pieces one after another, byte for byte as the joined text', async () => {
    const path = join(scratch(), 'out', 'log.sarif');
    // Pieces several times longer than the 4 MiB write buffer, multi-byte characters, and surrogate
    // pairs split between pieces; the shifted copy puts the other half of a pair at each boundary
    // inside a piece.
    const emoji = '\u{1F511}';
    const long = 'é'.repeat(1_000_000) + emoji.repeat(1_500_000);
    const pieces = ['{"a":"', long, emoji[0]!, `${emoji[1]!}x`, '', `x${long}`, '"}', '\n'];
    await writeFileAtomic(path, pieces);
    expect(readFileSync(path).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    expect(readdirSync(join(dir, 'out'))).toEqual(['log.sarif']);
  });

  it('writes any pieces, small and large, packed across its buffers, byte for byte as the joined text (property)', async () => {
    const path = join(scratch(), 'packed.txt');
    // Small pieces of any characters (lone surrogates and split pairs included) between runs of one
    // character long enough to fill the 4 MiB buffers several times.
    const small = fc.string({ unit: 'binary', maxLength: 12 });
    const large = fc.tuple(fc.constantFrom('a', 'é', '\u{1F511}', '\ud83d'), fc.integer({ min: 100_000, max: 1_600_000 })).map(([c, n]) => c.repeat(n));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof({ arbitrary: small, weight: 4 }, { arbitrary: large, weight: 1 }), { maxLength: 12 }), async (pieces) => {
        await writeFileAtomic(path, pieces);
        expect(readFileSync(path).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('replaces the file whole, and leaves no temporary file behind when writing fails', async () => {
    const path = join(scratch(), 'result.json');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    // A directory where the file should go: the rename fails, the old entry stays, no .tmp is left.
    const blocked = join(dir, 'blocked');
    await writeFileAtomic(join(blocked, 'x'), 'inside');
    await expect(writeFileAtomic(blocked, ['a', 'b'])).rejects.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['blocked', 'result.json']);
  });

  it('writes pieces as an iterable yields them, and leaves nothing behind when it throws', async () => {
    const path = join(scratch(), 'streamed.txt');
    function* pieces(fail: boolean): Generator<string> {
      for (let i = 0; i < 3; i++) yield `${i}:${'z'.repeat(3_000_000)}\n`;
      if (fail) throw new Error('built wrong');
    }
    await writeFileAtomic(path, pieces(false));
    expect(readFileSync(path, 'utf8')).toBe([...pieces(false)].join(''));
    await expect(writeFileAtomic(path, pieces(true))).rejects.toThrow('built wrong');
    expect(readFileSync(path, 'utf8')).toBe([...pieces(false)].join(''));
    expect(readdirSync(dir)).toEqual(['streamed.txt']);
  });
});
