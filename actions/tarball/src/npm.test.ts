import { describe, expect, it } from 'vitest';
import { InputError } from '../../common/src/errors';
import { parsePackOutput, runNpm } from './npm';

const item = { id: 'p@1.0.0', name: 'p', version: '1.0.0', size: 100, unpackedSize: 300, filename: 'p-1.0.0.tgz', files: [], entryCount: 3 };

describe('parsePackOutput', () => {
  it('reads npm <= 11 arrays', () => {
    expect(parsePackOutput(JSON.stringify([item], null, 2))).toEqual([{ name: 'p', version: '1.0.0', filename: 'p-1.0.0.tgz', size: 100, unpackedSize: 300, entryCount: 3 }]);
  });
  it('reads npm 12 objects keyed by name', () => {
    const scoped = { ...item, name: '@s/q', filename: 's-q-1.0.0.tgz' };
    expect(parsePackOutput(JSON.stringify({ p: item, '@s/q': scoped })).map((i) => i.filename)).toEqual(['p-1.0.0.tgz', 's-q-1.0.0.tgz']);
  });
  it('skips lifecycle-script output printed before the JSON', () => {
    const polluted = `> p@1.0.0 prepack\n> tsc -p .\n[build] done {ok}\n${JSON.stringify([item], null, 2)}\n`;
    expect(parsePackOutput(polluted)[0]!.name).toBe('p');
  });
  it('refuses anything else', () => {
    const bad = ['', 'not json', '42', '"x"', '[]', '{}', JSON.stringify({ p: { ...item, name: 'other' } }), JSON.stringify([{ name: 'p' }]), JSON.stringify([{ ...item, filename: '../../etc/x.tgz' }]), JSON.stringify({ error: { code: 'E404', summary: 'nope' } })];
    for (const text of bad) expect(() => parsePackOutput(text), text).toThrow(InputError);
  });
});

describe('runNpm', () => {
  it('names a missing package folder instead of blaming npm', async () => {
    await expect(runNpm(['pack', '--json'], '/nonexistent/release-gates-pkg')).rejects.toThrow('package folder not found: /nonexistent/release-gates-pkg');
  });
});
