// Where things are in a JSON text. JSON.parse gives values without positions; instead of building a
// second, position-annotated tree for a multi-megabyte BOM, we scan the text once and only for the
// pointers that need a line (failing schema paths), skipping every other subtree at scanner speed.

import { parsePointer } from '../../common/src/json-pointer';
import { closingQuote, skipJsonWhitespace } from '../../common/src/json-scan';

export interface TextPosition {
  line: number;
  column: number;
  offset: number;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Pointers that end at this node. */
  pointers: string[];
}

function newNode(): TrieNode {
  return { children: new Map(), pointers: [] };
}

/** The text is not what JSON.parse accepted (e.g. it still has a byte-order mark): stop with what was found. */
class Unreadable {}
const UNREADABLE = new Unreadable();

/**
 * Walks a text that already passed JSON.parse, so it checks no grammar: only the subtrees that lead to a
 * requested pointer are entered, every other value is skipped by counting brackets.
 */
class Locator {
  pos = 0;
  constructor(
    private readonly text: string,
    private readonly found: Map<string, number>,
  ) {}

  /** Offset just past the string opening at `open`. */
  stringEnd(open: number): number {
    const close = closingQuote(this.text, open);
    if (close === -1) throw UNREADABLE;
    return close + 1;
  }

  /** Skips a value by counting brackets and jumping over strings with indexOf: far faster than a structured walk. */
  skipValue(): void {
    const t = this.text;
    let depth = 0;
    let i = this.pos;
    for (; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 0x22) {
        i = this.stringEnd(i) - 1;
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
      } else if (depth === 0 && (c === 0x2c || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) break;
    }
    this.pos = i;
  }

  /** Walk a value; `node` is the trie position (undefined = no target below: skip). */
  value(node: TrieNode | undefined, keyOffset?: number): void {
    this.pos = skipJsonWhitespace(this.text, this.pos);
    if (node) for (const p of node.pointers) this.found.set(p, keyOffset ?? this.pos);
    const c = this.text.charCodeAt(this.pos);
    if (node && node.children.size > 0 && c === 0x7b) this.object(node);
    else if (node && node.children.size > 0 && c === 0x5b) this.array(node);
    else this.skipValue();
  }

  /** Reads past `expected` (after whitespace); anything else means the text is not what JSON.parse accepted. */
  take(expected: number): void {
    this.pos = skipJsonWhitespace(this.text, this.pos);
    if (this.text.charCodeAt(this.pos) !== expected) throw UNREADABLE;
    this.pos++;
  }

  /** After a member or element: true when another follows, false at the closing bracket. */
  more(close: number): boolean {
    this.pos = skipJsonWhitespace(this.text, this.pos);
    const c = this.text.charCodeAt(this.pos++);
    if (c === 0x2c) return true;
    if (c === close) return false;
    throw UNREADABLE;
  }

  object(node: TrieNode): void {
    this.pos = skipJsonWhitespace(this.text, this.pos + 1);
    if (this.text.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      return;
    }
    do {
      this.pos = skipJsonWhitespace(this.text, this.pos);
      if (this.text.charCodeAt(this.pos) !== 0x22) throw UNREADABLE;
      const keyAt = this.pos;
      this.pos = this.stringEnd(keyAt);
      const child = node.children.get(decodeKey(this.text.slice(keyAt, this.pos)));
      this.take(0x3a);
      this.value(child, child ? keyAt : undefined);
    } while (this.more(0x7d));
  }

  array(node: TrieNode): void {
    this.pos = skipJsonWhitespace(this.text, this.pos + 1);
    if (this.text.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      return;
    }
    let index = 0;
    do this.value(node.children.get(String(index++)));
    while (this.more(0x5d));
  }
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
    const segments = parsePointer(p);
    if (!segments) continue;
    any = true;
    let node = root;
    for (const seg of segments) {
      let next = node.children.get(seg);
      if (!next) node.children.set(seg, (next = newNode()));
      node = next;
    }
    node.pointers.push(p);
  }
  if (!any) return new Map();
  const offsets = new Map<string, number>();
  try {
    new Locator(text, offsets).value(root);
  } catch (err) {
    if (err !== UNREADABLE) throw err;
    // Positions found before the text stopped making sense are still right.
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
