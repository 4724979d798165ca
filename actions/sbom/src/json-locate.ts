// Where things are in a JSON text. JSON.parse gives values without positions; instead of building a
// second, position-annotated tree for a multi-megabyte BOM, we scan the text once and only for the
// pointers that need a line (failing schema paths), skipping every other subtree at scanner speed.

import { lineColumnAt } from '../../common/src/readers';

export interface TextPosition {
  line: number;
  column: number;
  offset: number;
}

/** RFC 6901 pointer → unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function segmentsToPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Pointers that end at this node. */
  pointers: string[];
}

function newNode(): TrieNode {
  return { children: new Map(), pointers: [] };
}

class SyntaxFault extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * A strict JSON scanner (RFC 8259) over a string. `locate` walks only into subtrees that lead to a
 * requested pointer; `check` walks everything to find the first syntax error.
 */
class Scanner {
  pos = 0;
  constructor(
    private readonly text: string,
    /** Locate mode: the text is known to be valid JSON, so untargeted subtrees are skipped unchecked. */
    private readonly fast = false,
  ) {}

  fail(message: string, at = this.pos): never {
    throw new SyntaxFault(message, at);
  }

  skipWs(): void {
    const t = this.text;
    while (this.pos < t.length && WS.has(t.charCodeAt(this.pos))) this.pos++;
  }

  expect(ch: string): void {
    if (this.text[this.pos] !== ch) {
      this.fail(this.pos >= this.text.length ? `unexpected end of input, expected '${ch}'` : `expected '${ch}' but found ${describe(this.text[this.pos]!)}`);
    }
    this.pos++;
  }

  /** Skips a string starting at pos (which must be `"`); returns the raw slice including quotes. */
  string(): string {
    const t = this.text;
    const start = this.pos;
    this.pos++;
    for (;;) {
      const q = t.indexOf('"', this.pos);
      if (q === -1) this.fail('unterminated string', start);
      // Control characters are not allowed raw inside strings.
      for (let i = this.pos; i < q; i++) {
        const c = t.charCodeAt(i);
        if (c < 0x20) this.fail('control character in string', i);
        if (c === 0x5c) {
          const n = t[i + 1];
          if (n === 'u') {
            if (!/^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) this.fail('bad \\u escape', i);
            i += 5;
          } else if (n !== undefined && '"\\/bfnrt'.includes(n)) {
            i++;
          } else {
            this.fail('bad escape in string', i);
          }
        }
      }
      // The quote found may be escaped: count the backslashes before it.
      let bs = 0;
      for (let i = q - 1; i > start && t.charCodeAt(i) === 0x5c; i--) bs++;
      this.pos = q + 1;
      if (bs % 2 === 0) return t.slice(start, this.pos);
    }
  }

  literal(): void {
    const t = this.text;
    const start = this.pos;
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(t.slice(start, start + 400));
    if (t.startsWith('true', start)) this.pos += 4;
    else if (t.startsWith('false', start)) this.pos += 5;
    else if (t.startsWith('null', start)) this.pos += 4;
    else if (m && m[0].length > 0) this.pos += m[0].length;
    else this.fail(this.pos >= t.length ? 'unexpected end of input, expected a value' : `unexpected ${describe(t[start]!)}`);
  }

  /**
   * Skips a value without checking its grammar (locate mode only: the text already passed JSON.parse).
   * Counts brackets and jumps over strings with indexOf: far faster than a structured walk.
   */
  skipFast(): void {
    const t = this.text;
    let depth = 0;
    let i = this.pos;
    for (; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 0x22) {
        // Jump to the closing quote, skipping escaped ones.
        let q = t.indexOf('"', i + 1);
        for (;;) {
          if (q === -1) this.fail('unterminated string', i);
          let bs = 0;
          for (let k = q - 1; t.charCodeAt(k) === 0x5c; k--) bs++;
          if (bs % 2 === 0) break;
          q = t.indexOf('"', q + 1);
        }
        i = q;
        if (depth === 0) {
          i++;
          break;
        }
      } else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth === 0) {
          i++;
          break;
        }
        if (depth < 0) break;
      } else if (depth === 0 && (c === 0x2c || WS.has(c))) break;
    }
    this.pos = i;
  }

  /** Walk a value; `node` is the trie position (undefined = no target below: skip). */
  value(node: TrieNode | undefined, found: Map<string, number>, keyOffset?: number): void {
    this.skipWs();
    const at = this.pos;
    if (node) for (const p of node.pointers) found.set(p, keyOffset ?? at);
    if (this.fast && (!node || node.children.size === 0)) {
      this.skipFast();
      return;
    }
    const c = this.text[this.pos];
    if (c === '{') this.object(node, found);
    else if (c === '[') this.array(node, found);
    else if (c === '"') this.string();
    else this.literal();
  }

  object(node: TrieNode | undefined, found: Map<string, number>): void {
    this.pos++;
    this.skipWs();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipWs();
      if (this.text[this.pos] !== '"') this.fail(this.pos >= this.text.length ? 'unexpected end of input in object' : `expected a property name but found ${describe(this.text[this.pos]!)}`);
      const keyAt = this.pos;
      const raw = this.string();
      const child = node && node.children.size ? node.children.get(decodeKey(raw)) : undefined;
      this.skipWs();
      this.expect(':');
      this.value(child, found, child ? keyAt : undefined);
      this.skipWs();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '}') {
        this.pos++;
        return;
      }
      this.fail(c === undefined ? 'unexpected end of input in object' : `expected ',' or '}' but found ${describe(c)}`);
    }
  }

  array(node: TrieNode | undefined, found: Map<string, number>): void {
    this.pos++;
    this.skipWs();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (let index = 0; ; index++) {
      const child = node && node.children.size ? node.children.get(String(index)) : undefined;
      this.value(child, found);
      this.skipWs();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        return;
      }
      this.fail(c === undefined ? 'unexpected end of input in array' : `expected ',' or ']' but found ${describe(c)}`);
    }
  }
}

function describe(ch: string): string {
  return JSON.stringify(ch);
}

function decodeKey(raw: string): string {
  return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
}

/**
 * Line/column of each pointer's value (for an object property: of its key). Pointers that do not
 * exist in the text are absent from the result. One pass over the text whatever the number of pointers.
 */
export function locatePointers(text: string, pointers: Iterable<string>): Map<string, TextPosition> {
  const root = newNode();
  let any = false;
  for (const p of pointers) {
    any = true;
    let node = root;
    for (const seg of pointerSegments(p)) {
      let next = node.children.get(seg);
      if (!next) node.children.set(seg, (next = newNode()));
      node = next;
    }
    node.pointers.push(p);
  }
  const out = new Map<string, TextPosition>();
  if (!any) return out;
  const offsets = new Map<string, number>();
  const scanner = new Scanner(text, true);
  try {
    scanner.value(root, offsets);
  } catch (err) {
    if (!(err instanceof SyntaxFault)) throw err;
    // Positions found before the fault are still right.
  }
  return withLines(text, offsets);
}

/** Converts many offsets to line/column in one pass over the newlines. */
function withLines(text: string, offsets: Map<string, number>): Map<string, TextPosition> {
  const sorted = [...offsets.entries()].sort((a, b) => a[1] - b[1]);
  const out = new Map<string, TextPosition>();
  let line = 1;
  let lineStart = 0;
  let nl = text.indexOf('\n');
  for (const [pointer, offset] of sorted) {
    while (nl !== -1 && nl < offset) {
      line++;
      lineStart = nl + 1;
      nl = text.indexOf('\n', lineStart);
    }
    out.set(pointer, { line, column: offset - lineStart + 1, offset });
  }
  return out;
}

export interface JsonSyntaxError {
  message: string;
  line: number;
  column: number;
}

/** The first syntax error of a text (strict RFC 8259), or undefined when it is valid JSON. */
export function findSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.value(undefined, new Map());
    scanner.skipWs();
    if (scanner.pos < text.length) scanner.fail(`unexpected ${describe(text[scanner.pos]!)} after the JSON value`);
    return undefined;
  } catch (err) {
    if (!(err instanceof SyntaxFault)) throw err;
    const { line, column } = lineColumnAt(text, err.offset);
    return { message: err.message, line, column };
  }
}
