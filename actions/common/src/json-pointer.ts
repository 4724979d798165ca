// JSON Pointer (RFC 6901): `/a/b~1c` ⇄ reference tokens, with the `~0`/`~1` escapes.

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

export function formatPointer(tokens: readonly (string | number)[]): string {
  let out = '';
  for (const t of tokens) out += '/' + escapeToken(String(t));
  return out;
}
