// fetchPrevious against a scripted stand-in for npm (first on PATH): every way the registry can answer
// (unpublished, offline, broken, no version, ok) ends as a note or a tarball path, never a throw.

import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchPrevious, npmPack } from './npm';

const root = mkdtempSync(join(tmpdir(), 'tarball-fake-npm-'));
const bin = join(root, 'bin');
const answers = join(root, 'answers');
const savedPath = process.env.PATH;
const savedDir = process.env.FAKE_NPM_DIR;

// Prints answers/<subcommand>.out to stdout and .err to stderr, exits with .code; logs its arguments.
const FAKE_NPM = `#!/bin/sh
d="$FAKE_NPM_DIR/$1"
echo "$*" >> "$FAKE_NPM_DIR/calls"
[ -f "$d.out" ] && cat "$d.out"
[ -f "$d.err" ] && cat "$d.err" >&2
if [ -f "$d.code" ]; then exit "$(cat "$d.code")"; fi
exit 0
`;

type Answer = { out?: string; err?: string; code?: number };

function answer(sub: 'view' | 'pack', a: Answer): void {
  if (a.out !== undefined) writeFileSync(join(answers, `${sub}.out`), a.out);
  if (a.err !== undefined) writeFileSync(join(answers, `${sub}.err`), a.err);
  if (a.code !== undefined) writeFileSync(join(answers, `${sub}.code`), String(a.code));
}

const calls = () => readFileSync(join(answers, 'calls'), 'utf8').trim().split('\n');

const packed = (name: string, version: string) =>
  JSON.stringify([{ id: `${name}@${version}`, name, version, filename: `${name}-${version}.tgz`, files: [], size: 1, unpackedSize: 2, entryCount: 1 }]);

beforeAll(() => {
  mkdirSync(bin);
  writeFileSync(join(bin, 'npm'), FAKE_NPM);
  chmodSync(join(bin, 'npm'), 0o755);
  process.env.PATH = `${bin}${delimiter}${savedPath ?? ''}`;
  process.env.FAKE_NPM_DIR = answers;
});

afterAll(() => {
  process.env.PATH = savedPath;
  if (savedDir === undefined) delete process.env.FAKE_NPM_DIR;
  else process.env.FAKE_NPM_DIR = savedDir;
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  rmSync(answers, { recursive: true, force: true });
  mkdirSync(answers);
});

describe.skipIf(process.platform === 'win32')('fetchPrevious', () => {
  it('an unpublished package is a note, and nothing is downloaded', async () => {
    answer('view', { code: 1, err: 'npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/p - Not found\n' });
    expect(await fetchPrevious('p', 'latest', root, '/dest')).toEqual({ ok: false, note: 'p@latest is not published yet: nothing to compare with' });
    expect(calls()).toEqual(['view p@latest version dist --json --fetch-retries=1']);
  });

  it('an unreachable registry is a note, at lookup and at download', async () => {
    answer('view', { code: 1, err: 'npm error code ENOTFOUND\nnpm error getaddrinfo ENOTFOUND registry.npmjs.org\n' });
    expect(await fetchPrevious('p', 'next', root, '/dest')).toEqual({ ok: false, note: 'the registry is unreachable (offline?): no comparison with p@next' });

    rmSync(join(answers, 'view.err'));
    rmSync(join(answers, 'view.code'));
    answer('view', { out: JSON.stringify({ version: '1.2.3', dist: { integrity: 'sha512-x' } }) });
    answer('pack', { code: 1, err: 'npm error code ECONNRESET\nnpm error network aborted\n' });
    expect(await fetchPrevious('p', 'latest', root, '/dest')).toEqual({ ok: false, note: 'the registry is unreachable (offline?): no comparison with p@1.2.3' });
  });

  it('any other lookup failure is a note quoting npm\'s error lines', async () => {
    answer('view', { code: 1, err: 'some progress\nnpm error code E500\nnpm error 500 Internal Server Error\nmore noise\n' });
    const result = await fetchPrevious('p', 'latest', root, '/dest');
    expect(result).toEqual({
      ok: false,
      note: 'could not look up p@latest: npm view failed (exit 1): npm error code E500 npm error 500 Internal Server Error',
    });
  });

  it('a lookup failure without error lines quotes the last lines of stderr', async () => {
    answer('view', { code: 3, err: 'line one\nline two\nline three\nline four\n' });
    const result = await fetchPrevious('p', 'latest', root, '/dest');
    expect(result).toEqual({ ok: false, note: 'could not look up p@latest: npm view failed (exit 3): line two line three line four' });
  });

  it('a dist-tag without a version is a note', async () => {
    answer('view', { out: JSON.stringify({ dist: {} }) });
    expect(await fetchPrevious('p', 'beta', root, '/dest')).toEqual({ ok: false, note: 'p@beta has no published version: nothing to compare with' });
  });

  it('a download failure quotes the JSON error npm printed', async () => {
    answer('view', { out: JSON.stringify({ version: '2.0.0' }) });
    answer('pack', { code: 1, out: JSON.stringify({ error: { code: 'EINTEGRITY', summary: 'sha512 mismatch' } }) });
    expect(await fetchPrevious('p', 'latest', root, '/dest')).toEqual({
      ok: false,
      note: 'could not download p@2.0.0: npm pack failed (exit 1): EINTEGRITY sha512 mismatch',
    });
  });

  it('packs the exact version the tag points at, without scripts, and keeps the registry dist info', async () => {
    answer('view', { out: JSON.stringify({ version: '1.2.3', dist: { integrity: 'sha512-abc', unpackedSize: 10 } }) });
    answer('pack', { out: packed('p', '1.2.3') });
    expect(await fetchPrevious('p', 'latest', root, '/dest')).toEqual({
      ok: true,
      version: '1.2.3',
      path: '/dest/p-1.2.3.tgz',
      dist: { integrity: 'sha512-abc', unpackedSize: 10 },
    });
    expect(calls()[1]).toBe('pack p@1.2.3 --json --ignore-scripts --pack-destination /dest --fetch-retries=1');
  });

  it('reads a bare version string (npm view of one field) and then has no dist info', async () => {
    answer('view', { out: '"0.9.0"\n' });
    answer('pack', { out: packed('p', '0.9.0') });
    expect(await fetchPrevious('p', 'latest', root, '/dest')).toEqual({ ok: true, version: '0.9.0', path: '/dest/p-0.9.0.tgz' });
  });
});

describe.skipIf(process.platform === 'win32')('npmPack', () => {
  it('passes destination, ignore-scripts and workspaces, and reads the packed list', async () => {
    answer('pack', { out: packed('p', '1.0.0') });
    const infos = await npmPack(root, { destination: '/out', ignoreScripts: true, workspaces: ['packages/a', 'packages/b'] });
    expect(infos.map((i) => i.filename)).toEqual(['p-1.0.0.tgz']);
    expect(calls()).toEqual(['pack --json --pack-destination /out --ignore-scripts --workspace packages/a --workspace packages/b']);
  });

  it('a failing pack is an InputError naming the command and exit code', async () => {
    answer('pack', { code: 1, err: 'npm error code EJSONPARSE\nnpm error Unexpected token in package.json\n' });
    await expect(npmPack(root, { destination: '/out', ignoreScripts: false })).rejects.toThrow(
      'npm pack --json --pack-destination /out failed (exit 1): npm error code EJSONPARSE npm error Unexpected token in package.json',
    );
  });
});
