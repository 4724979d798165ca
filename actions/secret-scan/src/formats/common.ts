// Shared helpers for the report parsers: a sink that receives findings and raw values, and tolerant
// field readers (scanner versions disagree on which fields exist).

import { InputError } from '../../../common/src/errors';
import type { RawFinding } from '../model';
import { isMasked } from '../fingerprint';

export interface Sink {
  /** Workspace-relative path of the report, for findings and errors. */
  readonly report: string;
  /** Absolute workspace path, to turn absolute report paths into repository paths. */
  readonly workspace?: string;
  push(finding: RawFinding): void;
  /** Register a raw value (secret, match, snippet, e-mail) so no output can ever contain it. */
  raw(value: unknown): void;
  /** Note a tool whose run is present (even with no results), so its SARIF run is kept. */
  tool(tool: string): void;
}

export type JsonRecord = Record<string, unknown>;

export function rec(value: unknown): JsonRecord | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonRecord) : undefined;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A positive integer line number, or undefined (0, negative and non-numbers mean "unknown"). */
export function lineNo(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The secret as reported, unless the scanner masked it. */
export function unmasked(value: unknown): string | undefined {
  const s = str(value);
  return s !== undefined && !isMasked(s) ? s : undefined;
}

// Findings cluster in few files: remember each path's normal form, per workspace.
const pathCaches = new Map<string, Map<string, string | undefined>>();

/** Repository-relative, `/`-separated path from whatever form a scanner used. */
export function normalisePath(raw: string | undefined, workspace?: string): string | undefined {
  if (!raw) return undefined;
  // Most paths are already repository-relative: nothing to trim, decode, convert or strip. They are
  // also mostly distinct (a cache of them only grows), so answer those without the cache.
  if (isPlainRelative(raw, workspace)) return raw;
  const absolute = plainAbsolute(raw, workspace);
  if (absolute !== undefined) return absolute;
  let cache = pathCaches.get(workspace ?? '');
  if (!cache) pathCaches.set(workspace ?? '', (cache = new Map()));
  const hit = cache.get(raw);
  if (hit !== undefined || cache.has(raw)) return hit;
  const p = normalise(raw, workspace);
  if (cache.size > 100_000) cache.clear();
  cache.set(raw, p);
  return p;
}

/** True when `normalise` would return `raw` unchanged (checked without allocating). */
export function isPlainRelative(raw: string, workspace?: string): boolean {
  const first = raw.charCodeAt(0);
  // '.' and '/' may be stripped; whitespace trimmed; 'f'/'F' may start a file: URI.
  if (first === 46 || first === 47 || first === 102 || first === 70 || first <= 32 || raw.charCodeAt(raw.length - 1) <= 32) return false;
  if (raw.includes('\\') || raw.trim().length !== raw.length) return false;
  // A POSIX workspace starts with '/', which this path does not; a Windows one (C:/...) might prefix it.
  if (!workspace || workspace.charCodeAt(0) === 47) return true;
  return !raw.startsWith(workspace.replace(/\\/g, '/').replace(/\/$/, '') + '/');
}

const workspacePrefixes = new Map<string, string>();

/** The workspace as `normalise` compares it: `/` separators and one trailing `/`. */
function workspacePrefix(workspace: string): string {
  let prefix = workspacePrefixes.get(workspace);
  if (prefix === undefined) {
    prefix = workspace.replace(/\\/g, '/').replace(/\/$/, '') + '/';
    if (workspacePrefixes.size < 16) workspacePrefixes.set(workspace, prefix);
  }
  return prefix;
}

/**
 * `normalise` of an absolute POSIX path that needs nothing but its workspace prefix or its leading
 * `/` removed (secretlint writes absolute paths, one distinct path per finding), else undefined.
 * Checked without allocating, so distinct paths skip the cache too.
 */
export function plainAbsolute(raw: string, workspace?: string): string | undefined {
  // One leading '/', then not '/' or '.' (what the later steps of normalise would strip); no
  // backslash to convert, no surrounding whitespace to trim, no file: URI.
  if (raw.charCodeAt(0) !== 47 || raw.length < 2) return undefined;
  const second = raw.charCodeAt(1);
  if (second === 47 || second === 46 || raw.charCodeAt(raw.length - 1) <= 32 || raw.includes('\\') || raw.trim().length !== raw.length) return undefined;
  if (workspace) {
    const prefix = workspacePrefix(workspace);
    if (raw.startsWith(prefix)) {
      const rest = raw.slice(prefix.length);
      const first = rest.charCodeAt(0);
      return rest === '' || first === 47 || first === 46 ? undefined : rest;
    }
  }
  return raw.slice(1);
}

/**
 * `text` as a string of its own. V8 makes a slice of 13 or more characters a view into the string it
 * was cut from: a secret cut from secretlint's `sourceContent` kept the whole scanned file alive for as
 * long as the secret was registered (the whole run). Prepending a character builds a new string that
 * the slice then flattens into a copy of exactly `text` (lone surrogates included).
 */
export function detached(text: string): string {
  return ` ${text}`.slice(1);
}

/** The uncached, unshortcut normal form (exported for tests). */
export function normalise(raw: string, workspace?: string): string | undefined {
  let p = raw.trim();
  if (/^file:/i.test(p)) {
    p = p.replace(/^file:(\/\/[^/]*)?/i, '');
    try {
      p = decodeURIComponent(p);
    } catch {
      // Leave undecodable escapes as they are.
    }
    if (/^\/[A-Za-z]:\//.test(p)) p = p.slice(1);
  }
  p = p.replace(/\\/g, '/');
  if (workspace) {
    const ws = workspace.replace(/\\/g, '/').replace(/\/$/, '') + '/';
    if (p.startsWith(ws)) p = p.slice(ws.length);
  }
  p = p.replace(/^(\.\/)+/, '').replace(/^\/+/, '');
  return p === '' ? undefined : p;
}

/** Percent-decoded SARIF artifact URI (relative URIs are repository paths). */
export function decodeUri(uri: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri) && !/^file:/i.test(uri)) return uri;
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

export function entryError(sink: Sink, index: number, message: string, line?: number): InputError {
  return new InputError(`entry ${index + 1}: ${message}`, sink.report, line);
}

/** Register every string found in a JSON value (for fields that may hold secret material). */
export function rawDeep(value: unknown, sink: Sink, depth = 0): void {
  if (depth > 8 || value === null || value === undefined) return;
  if (typeof value === 'string') sink.raw(value);
  else if (Array.isArray(value)) for (const v of value) rawDeep(v, sink, depth + 1);
  else if (typeof value === 'object') for (const v of Object.values(value)) rawDeep(v, sink, depth + 1);
}
