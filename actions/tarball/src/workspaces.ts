// Workspace discovery the way npm reads it: `workspaces` globs (array, or {packages}) in the root
// package.json, each matching folder that holds a package.json. Private packages are reported, not packed.

import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { ConfigurationError, InputError } from '../../common/src/errors';
import { readTextCapped } from '../../common/src/readers';
import { fileIn } from '../../common/src/paths';

export interface WorkspacePackage {
  /** Folder relative to the root, `/`-separated. */
  dir: string;
  name: string;
  private: boolean;
}

export async function readPackageJson(path: string, display: string): Promise<Record<string, unknown>> {
  const { text } = await readTextCapped(path, 1024 * 1024, display);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError(`not valid JSON: ${(err as Error).message}`, display);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigurationError(`${display} is not a JSON object`);
  return value as Record<string, unknown>;
}

export async function discoverWorkspaces(root: string): Promise<WorkspacePackage[]> {
  let rootPkg: Record<string, unknown>;
  try {
    rootPkg = await readPackageJson(fileIn(root, 'package.json'), 'package.json');
  } catch (err) {
    throw new ConfigurationError(`workspaces: cannot read the root package.json: ${(err as Error).message}`, 'workspaces');
  }
  const field = rootPkg.workspaces;
  const patterns = Array.isArray(field) ? field : field && typeof field === 'object' ? (field as { packages?: unknown }).packages : undefined;
  if (!Array.isArray(patterns) || !patterns.length || !patterns.every((p) => typeof p === 'string')) {
    throw new ConfigurationError('workspaces: true, but the root package.json has no "workspaces" list', 'workspaces');
  }
  const positive = (patterns as string[]).filter((p) => !p.startsWith('!')).map((p) => p.replace(/^\.\//, '').replace(/\/+$/, ''));
  const negative = (patterns as string[]).filter((p) => p.startsWith('!')).map((p) => p.slice(1).replace(/^\.\//, '').replace(/\/+$/, ''));
  const isMatch = picomatch(positive, { ignore: negative });
  const found: WorkspacePackage[] = [];
  const walk = async (rel: string, depth: number): Promise<void> => {
    if (depth > 6) return;
    let entries;
    try {
      entries = await readdir(join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory() || e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (isMatch(child) && entries.length) {
        // A matching folder without a package.json is not a workspace (npm skips it too); a broken
        // package.json is an error naming the file, not a package silently left out.
        const manifest = fileIn(join(root, child), 'package.json');
        if (existsSync(manifest)) {
          const pkg = await readPackageJson(manifest, `${child}/package.json`);
          found.push({ dir: child, name: typeof pkg.name === 'string' ? pkg.name : child, private: pkg.private === true });
        }
      }
      await walk(child, depth + 1);
    }
  };
  await walk('', 0);
  return found.sort((a, b) => (a.dir < b.dir ? -1 : 1));
}
