// The `$id` policy: the identifier a schema must carry, derived from its repository path.
//
//   expected = id-pattern with placeholders filled from the (folder-mapped) path, e.g.
//   base-uri https://example.com/schemas/, path schemas/v1/user.schema.json, id-folders `schemas/=`
//     {base}{path}   → https://example.com/schemas/v1/user.schema.json   (default)
//     {base}{dir}{name}   → https://example.com/schemas/v1/user            (extension stripped)
//     {base}{dir}{name}.json → https://example.com/schemas/v1/user.json

import { ConfigurationError } from '../../common/src/errors';
import { normaliseUri, resolveUri } from './uri';

export interface FolderMap {
  from: string;
  to: string;
}

export interface IdPolicy {
  /** base-uri, ending in `/`; undefined when unset. */
  base?: string;
  pattern: string;
  folders: FolderMap[];
}

export const DEFAULT_ID_PATTERN = '{base}{path}';
const PLACEHOLDERS = new Set(['base', 'path', 'dir', 'file', 'name', 'ext']);
/** Extensions `{name}` strips, longest first. */
const STRIPPED = ['.schema.json', '.schema.yaml', '.schema.yml', '.json', '.yaml', '.yml'];

export function parseFolderMaps(entries: readonly string[], option = 'id-folders'): FolderMap[] {
  return entries.map((entry) => {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new ConfigurationError(`${option}: ${JSON.stringify(entry)} is not of the form <folder>/=<replacement> (e.g. "schemas/=" or "src/schemas/=v1/")`, option);
    const from = entry.slice(0, eq).trim().replace(/^\.\//, '');
    const to = entry.slice(eq + 1).trim();
    return { from, to };
  });
}

export function makePolicy(baseUri: string, pattern: string, folders: FolderMap[]): IdPolicy {
  for (const m of pattern.matchAll(/\{([^}]*)\}/g)) {
    if (!PLACEHOLDERS.has(m[1]!)) {
      throw new ConfigurationError(`id-pattern: unknown placeholder {${m[1]}}; use {base}, {path}, {dir}, {file}, {name} or {ext}`, 'id-pattern');
    }
  }
  let base: string | undefined;
  if (baseUri.trim()) {
    base = baseUri.trim();
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(base) || !resolveUri(base, 'file:///')) {
      throw new ConfigurationError(`base-uri: ${JSON.stringify(baseUri)} is not an absolute URI (e.g. https://example.com/schemas/)`, 'base-uri');
    }
    if (base.includes('#')) throw new ConfigurationError('base-uri must not contain a fragment (#)', 'base-uri');
    if (!base.endsWith('/')) base += '/';
  }
  return { base, pattern, folders };
}

/** Whether the policy can derive an identifier at all (it needs base-uri unless the pattern names no {base}). */
export function policyActive(policy: IdPolicy): boolean {
  return policy.base !== undefined || !policy.pattern.includes('{base}');
}

export function mapFolders(path: string, folders: readonly FolderMap[]): string {
  for (const { from, to } of folders) {
    if (path.startsWith(from)) return to + path.slice(from.length);
  }
  return path;
}

/** The `$id` the policy expects for a repository path; undefined when the policy is inactive. */
export function expectedId(policy: IdPolicy, path: string): string | undefined {
  if (!policyActive(policy)) return undefined;
  const mapped = mapFolders(path, policy.folders);
  const slash = mapped.lastIndexOf('/');
  const dir = slash === -1 ? '' : mapped.slice(0, slash + 1);
  const file = mapped.slice(slash + 1);
  const ext = STRIPPED.find((e) => file.toLowerCase().endsWith(e)) ?? '';
  const name = file.slice(0, file.length - ext.length);
  const values: Record<string, string> = { base: policy.base ?? '', path: mapped, dir, file, name, ext };
  const raw = policy.pattern.replace(/\{([a-z]+)\}/g, (_, key: string) => values[key] ?? '');
  return normaliseUri(raw);
}

/** Compare identifiers the way resolvers do: parsed and normalised, empty fragment ignored. */
export function sameId(a: string, b: string): boolean {
  const na = resolveUri(a, 'file:///') ?? a;
  const nb = resolveUri(b, 'file:///') ?? b;
  return na === nb;
}
