// JSON Pointer (RFC 6901) and its URI-fragment form (RFC 6901 §6): `~0`/`~1` escapes, then percent-encoding.

/** Split a JSON pointer (`/a/b~1c`) into unescaped reference tokens. `''` is the whole document. */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  const tokens = pointer.slice(1).split('/');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // `~` must be followed by 0 or 1; anything else is not a valid pointer.
    if (/~[^01]|~$/.test(t)) return undefined;
    tokens[i] = t.replace(/~1/g, '/').replace(/~0/g, '~');
  }
  return tokens;
}

export function escapeToken(token: string): string {
  if (token.indexOf('~') === -1 && token.indexOf('/') === -1) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function joinPointer(base: string, ...tokens: (string | number)[]): string {
  let out = base;
  for (const t of tokens) out += '/' + escapeToken(String(t));
  return out;
}

export function formatPointer(tokens: readonly (string | number)[]): string {
  return joinPointer('', ...tokens);
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
