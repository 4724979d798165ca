// JSON Pointer (RFC 6901) and its URI-fragment form (RFC 6901 §6): `~0`/`~1` escapes, then percent-encoding.

import { escapeToken, formatPointer, parsePointer } from '../../common/src/json-pointer';

export { escapeToken, formatPointer, parsePointer };

export function joinPointer(base: string, ...tokens: (string | number)[]): string {
  let out = base;
  for (const t of tokens) out += '/' + escapeToken(String(t));
  return out;
}

/** The pointer held in a URI fragment (`#/definitions/a%20b`), percent-decoded; undefined when malformed. */
export function pointerFromFragment(fragment: string): string | undefined {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
}

/** A pointer written as a URI fragment: characters outside the fragment set are percent-encoded. */
export function fragmentFromPointer(pointer: string): string {
  return encodeURI(pointer).replace(/#/g, '%23');
}

/** Follow a pointer inside a parsed JSON value. Array tokens must be canonical indexes. */
export function evaluatePointer(root: unknown, tokens: readonly string[]): { found: boolean; value?: unknown } {
  let node: unknown = root;
  for (const t of tokens) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(t)) return { found: false };
      const i = Number(t);
      if (i >= node.length) return { found: false };
      node = node[i];
    } else if (node !== null && typeof node === 'object') {
      if (!Object.prototype.hasOwnProperty.call(node, t)) return { found: false };
      node = (node as Record<string, unknown>)[t];
    } else {
      return { found: false };
    }
  }
  return { found: true, value: node };
}
