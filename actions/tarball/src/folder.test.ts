// locateInFolder: tells "not packed" (the file is in the package folder) from "never built".

import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patternToRegExp, type EntryTarget } from './entry-points';
import { locateInFolder } from './folder';

function folder(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'tarball-folder-'));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), 'x');
  }
  return dir;
}

const exact = (...candidates: string[]): EntryTarget => ({ scope: 'main', field: ['main'], raw: candidates[0]!, candidates });
const pattern = (p: string): EntryTarget => ({ scope: 'exports', field: ['exports', './*'], raw: `./${p}`, candidates: [], pattern: patternToRegExp(p) });

describe('locateInFolder', () => {
  it('finds exact targets by any candidate, and only regular files', async () => {
    const dir = folder(['dist/index.js', 'lib/index.js']);
    mkdirSync(join(dir, 'folder.js'));
    const direct = exact('dist/index.js');
    const viaSuffix = exact('lib', 'lib.js', 'lib/index.js');
    const absent = exact('build/index.js', 'build/index.json');
    const aFolder = exact('folder.js');
    const found = await locateInFolder(dir, [direct, viaSuffix, absent, aFolder]);
    expect([...found.values()]).toEqual([true, true, false, false]);
  });

  it('matches patterns against files in nested folders, skipping node_modules and .git', async () => {
    const dir = folder(['src/features/a/x.mjs', 'node_modules/dep/only.cjs', '.git/hooks/only.sample', 'types/t.d.ts']);
    const nested = pattern('src/*.mjs');
    const onlyInNodeModules = pattern('*.cjs');
    const onlyInGit = pattern('*.sample');
    const types = pattern('types/*.d.ts');
    const found = await locateInFolder(dir, [nested, onlyInNodeModules, onlyInGit, types]);
    expect(found.get(nested)).toBe(true);
    expect(found.get(onlyInNodeModules)).toBe(false);
    expect(found.get(onlyInGit)).toBe(false);
    expect(found.get(types)).toBe(true);
  });

  it('counts a symbolic link as a file for patterns (npm packs what it points at)', async () => {
    const dir = folder(['real/target.js']);
    mkdirSync(join(dir, 'bin'));
    symlinkSync(join(dir, 'real', 'target.js'), join(dir, 'bin', 'cli.js'));
    const found = await locateInFolder(dir, [pattern('bin/*.js')]);
    expect([...found.values()]).toEqual([true]);
  });

  it('a folder that does not exist finds nothing instead of throwing', async () => {
    const dir = join(tmpdir(), 'tarball-folder-does-not-exist', String(process.pid));
    const found = await locateInFolder(dir, [exact('index.js'), pattern('*.js')]);
    expect([...found.values()]).toEqual([false, false]);
  });

  it('nothing missing: nothing walked, empty map', async () => {
    expect((await locateInFolder('/nonexistent', [])).size).toBe(0);
  });
});
