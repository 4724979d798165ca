// URI handling for `$id` / `$ref`: RFC 3986 resolution through WHATWG URL, with the empty fragment dropped so
// `…/a.json#` and `…/a.json` name the same schema (as the specs and ajv treat them).

export interface SplitUri {
  /** Absolute URI without fragment. */
  document: string;
  /** Fragment without `#`, still percent-encoded; '' when absent or empty. */
  fragment: string;
}

/** Resolve `ref` against `base`; undefined when the result is not an absolute URI (or cannot be parsed). */
export function resolveUri(ref: string, base: string): string | undefined {
  try {
    return normaliseUri(new URL(ref, base).href);
  } catch {
    return undefined;
  }
}

export function normaliseUri(uri: string): string {
  return uri.endsWith('#') ? uri.slice(0, -1) : uri;
}

export function splitUri(uri: string): SplitUri {
  const hash = uri.indexOf('#');
  if (hash === -1) return { document: uri, fragment: '' };
  return { document: uri.slice(0, hash), fragment: uri.slice(hash + 1) };
}

/** True when the value carries a scheme (`https:`, `urn:`, `file:`…), i.e. is not a relative reference. */
export function isAbsoluteUri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value);
}

export function isHttpUri(uri: string): boolean {
  return /^https?:/i.test(uri);
}

/** Base URI standing in for a file with no `$id`: its repository path under a fixed file: root. */
export const FILE_ROOT = 'file:///repo/';

export function fileUri(relativePath: string): string {
  return FILE_ROOT + relativePath.split('/').map(encodeURIComponent).join('/');
}

/** Repository path of a file: URI made by `fileUri`, when it is one. */
export function pathOfFileUri(uri: string): string | undefined {
  if (!uri.startsWith(FILE_ROOT)) return undefined;
  try {
    return decodeURIComponent(uri.slice(FILE_ROOT.length));
  } catch {
    return undefined;
  }
}
