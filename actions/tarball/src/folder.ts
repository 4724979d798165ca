// The package folder, consulted only for targets missing from the tarball: does the file exist there
// ("not packed") or not ("never built")? Walks are bounded and skip node_modules and .git.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntryTarget } from './entry-points';

const MAX_WALK = 200_000;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string, depth: number): Promise<void> => {
    if (depth > 32 || out.length >= MAX_WALK) return;
    let entries;
    try {
      entries = await readdir(join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git') await walk(child, depth + 1);
      } else if (e.isFile() || e.isSymbolicLink()) out.push(child);
    }
  };
  await walk('', 0);
  return out;
}

export async function locateInFolder(dir: string, missing: readonly EntryTarget[]): Promise<Map<EntryTarget, boolean>> {
  const out = new Map<EntryTarget, boolean>();
  let all: string[] | undefined;
  for (const t of missing) {
    if (t.pattern) {
      all ??= await listFiles(dir);
      const re = t.pattern;
      out.set(t, all.some((f) => re.test(f)));
    } else {
      let found = false;
      for (const c of t.candidates) if ((found = await isFile(join(dir, c)))) break;
      out.set(t, found);
    }
  }
  return out;
}
