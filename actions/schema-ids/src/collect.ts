// Collect: the only module here that touches the file system. Finds schema files, instances (mapped by the
// `instances` option and by the examples/valid|invalid convention) and the baseline file.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError, InputError } from '../../common/src/errors';
import { expandGlobs } from '../../common/src/glob';
import { readTextCapped } from '../../common/src/readers';
import type { InstanceSource } from './examples';
import type { SourceFile } from './parse';

/** Per-file cap: a schema or example over this is refused rather than read. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
export const EXAMPLE_GLOBS = ['**/examples/valid/**/*.json', '**/examples/valid/**/*.{yaml,yml}', '**/examples/invalid/**/*.json', '**/examples/invalid/**/*.{yaml,yml}'];
const EXAMPLE_DIRS = ['**/examples/valid/**', '**/examples/invalid/**'];

export type InstanceMapping = Record<string, string | string[] | { valid?: string | string[]; invalid?: string | string[] }>;

async function readAll(workspace: string, paths: readonly string[]): Promise<SourceFile[]> {
  const out: SourceFile[] = new Array(paths.length);
  let next = 0;
  // A few reads in flight at a time: fast on a big tree without exhausting file descriptors.
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      const path = paths[i]!;
      const { text, hadBom } = await readTextCapped(resolve(workspace, path), MAX_FILE_BYTES, path);
      out[i] = { path, text, hadBom };
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, paths.length) }, worker));
  return out;
}

export async function collectSchemas(workspace: string, patterns: readonly string[], log: (m: string) => void): Promise<SourceFile[]> {
  if (!patterns.some((p) => p.trim())) throw new ConfigurationError('schemas: no pattern given', 'schemas');
  const found = await expandGlobs(workspace, patterns, { option: 'schemas', ignore: EXAMPLE_DIRS });
  for (const o of found.outside) log(`skipped ${o}: it resolves outside the workspace`);
  if (!found.files.length) {
    throw new InputError(`no schema file matches ${patterns.map((p) => JSON.stringify(p)).join(', ')} (node_modules and .git are never searched); set the schemas option`, undefined);
  }
  return readAll(workspace, found.files);
}

function asList(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

export async function collectInstances(
  workspace: string,
  mapping: InstanceMapping,
  useConvention: boolean,
): Promise<InstanceSource[]> {
  const byPath = new Map<string, Omit<InstanceSource, keyof SourceFile>>();
  for (const [schema, spec] of Object.entries(mapping)) {
    const groups: ['valid' | 'invalid', string[]][] =
      typeof spec === 'string' || Array.isArray(spec) ? [['valid', asList(spec)]] : [['valid', asList(spec.valid)], ['invalid', asList(spec.invalid)]];
    for (const [expect, patterns] of groups) {
      if (!patterns.length) continue;
      const found = await expandGlobs(workspace, patterns, { option: 'instances' });
      if (!found.files.length || found.unmatched.length) {
        const which = found.unmatched.length ? found.unmatched : patterns;
        throw new ConfigurationError(`instances: ${which.map((p) => JSON.stringify(p)).join(', ')} for schema ${JSON.stringify(schema)} matched no file`, 'instances');
      }
      for (const path of found.files) byPath.set(path, { expect, schema });
    }
  }
  if (useConvention) {
    const found = await expandGlobs(workspace, EXAMPLE_GLOBS, { option: 'examples' });
    for (const path of found.files) {
      if (byPath.has(path)) continue;
      const m = /^(?:(.*)\/)?examples\/(valid|invalid)\/([^/]+)/.exec(path);
      if (!m) continue;
      byPath.set(path, { expect: m[2] as 'valid' | 'invalid', convention: { prefix: m[1] ?? '', key: m[3]! } });
    }
  }
  const paths = [...byPath.keys()].sort();
  const files = await readAll(workspace, paths);
  return files.map((f) => ({ ...f, ...byPath.get(f.path)! }));
}

/** The baseline file's text, or undefined when the default file is absent. A missing explicit file is an error. */
export async function readBaseline(workspace: string, path: string, isDefault: boolean): Promise<SourceFile | undefined> {
  if (!path) return undefined;
  const abs = resolve(workspace, path);
  if (!existsSync(abs)) {
    if (isDefault) return undefined;
    throw new ConfigurationError(`baseline: ${path} does not exist (create it with update-baseline: true)`, 'baseline');
  }
  const { text, hadBom } = await readTextCapped(abs, MAX_FILE_BYTES, path);
  return { path, text, hadBom };
}
