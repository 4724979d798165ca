// A strict JSON parser that remembers where every value and key starts, finds duplicate keys
// (JSON.parse keeps the last one silently) and reports syntax errors by line and column.
// It is several times slower than JSON.parse, so the gate runs it only for files that have findings.

import { formatPointer, parsePointer } from './pointer';

export interface PositionNode {
  /** Offset of the value's first character. */
  start: number;
  /** Offset just past the value's last character. */
  end: number;
  /** Offset of the member's key (the opening quote), for object members. */
  keyStart?: number;
  /** Object members by key (the last one wins, like JSON.parse) or array elements. */
  children?: Map<string, PositionNode> | PositionNode[];
}

export interface DuplicateKey {
  /** Pointer of the object holding the key. */
  pointer: string;
  key: string;
  firstOffset: number;
  secondOffset: number;
}

export interface SyntaxProblem {
  message: string;
  offset: number;
}

export interface LineColumn {
  line: number;
  column: number;
}

const MAX_DEPTH = 1000;

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Line starts of a text, for offset → 1-based line/column by binary search. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  at(offset: number): LineColumn {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

export class PositionedJson {
  readonly lines: LineIndex;
  constructor(
    readonly text: string,
    readonly value: unknown,
    readonly root: PositionNode | undefined,
    readonly duplicates: DuplicateKey[],
    readonly error: SyntaxProblem | undefined,
  ) {
    this.lines = new LineIndex(text);
  }

  /** The node a pointer names, or the deepest existing ancestor when it does not exist. */
  nodeAt(pointer: string): { node: PositionNode | undefined; exact: boolean } {
    const tokens = parsePointer(pointer);
    let node: PositionNode | undefined = this.root;
    if (!node || !tokens) return { node, exact: false };
    for (const t of tokens) {
      const kids: PositionNode['children'] = node.children;
      const next: PositionNode | undefined = Array.isArray(kids) ? (/^(0|[1-9]\d*)$/.test(t) ? kids[Number(t)] : undefined) : kids?.get(t);
      if (!next) return { node, exact: false };
      node = next;
    }
    return { node, exact: true };
  }

  /** Line/column of the value a pointer names (or of its key with `key: true`); the document start when unknown. */
  positionOf(pointer: string, key = false): LineColumn {
    if (this.error && !this.root) return this.lines.at(this.error.offset);
    const { node } = this.nodeAt(pointer);
    if (!node) return { line: 1, column: 1 };
    return this.lines.at(key && node.keyStart !== undefined ? node.keyStart : node.start);
  }

  at(offset: number): LineColumn {
    return this.lines.at(offset);
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const CONTROL = /[\u0000-\u001f]/;
const LITERALS = [
  ['true', true],
  ['false', false],
  ['null', null],
] as const;

class Parser {
  pos = 0;
  readonly duplicates: DuplicateKey[] = [];
  /** Tokens of the container being parsed; joined into a pointer only when a duplicate key needs one. */
  private readonly path: (string | number)[] = [];
  /** The value of the node parseValue returned last (kept out of the return value to avoid an allocation per value). */
  private value: unknown;
  constructor(
    private readonly text: string,
    private readonly keepValues: boolean,
  ) {}

  fail(message: string, offset = this.pos): never {
    throw new JsonSyntaxError(message, offset);
  }

  describe(offset: number): string {
    if (offset >= this.text.length) return 'end of input';
    return JSON.stringify(this.text[offset]);
  }

  skipWhitespace(): void {
    const t = this.text;
    let p = this.pos;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++;
      else break;
    }
    this.pos = p;
  }

  parseDocument(): { value: unknown; node: PositionNode } {
    this.skipWhitespace();
    const node = this.parseValue(0);
    const value = this.value;
    this.skipWhitespace();
    if (this.pos < this.text.length) this.fail(`unexpected ${this.describe(this.pos)} after the JSON value`);
    return { value, node };
  }

  parseValue(depth: number): PositionNode {
    if (depth > MAX_DEPTH) this.fail(`nested deeper than ${MAX_DEPTH} levels`);
    const start = this.pos;
    const c = this.text.charCodeAt(start);
    if (c === 0x7b) return this.parseObject(depth);
    if (c === 0x5b) return this.parseArray(depth);
    if (c === 0x22) {
      this.value = this.parseString();
      return { start, end: this.pos };
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = start;
      const m = NUMBER.exec(this.text);
      if (!m) this.fail(`invalid number`);
      this.pos = start + m[0].length;
      this.value = Number(m[0]);
      return { start, end: this.pos };
    }
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, start)) {
        this.pos = start + word.length;
        this.value = value;
        return { start, end: this.pos };
      }
    }
    this.fail(`unexpected ${this.describe(start)}, expected a value`);
  }

  parseString(): string {
    const t = this.text;
    const open = this.pos;
    let p = open + 1;
    let escaped = false;
    for (;;) {
      const q = t.indexOf('"', p);
      if (q === -1) this.fail('unterminated string', open);
      // Count backslashes right before the quote: an odd number escapes it.
      let b = q - 1;
      while (b > open && t.charCodeAt(b) === 0x5c) b--;
      if ((q - 1 - b) % 2 === 1) {
        escaped = true;
        p = q + 1;
        continue;
      }
      const raw = t.slice(open + 1, q);
      this.pos = q + 1;
      if (CONTROL.test(raw)) {
        const at = open + 1 + raw.search(CONTROL);
        this.fail('control character in string (escape it)', at);
      }
      if (!escaped && raw.indexOf('\\') === -1) return raw;
      try {
        return JSON.parse(t.slice(open, q + 1)) as string;
      } catch {
        const bad = /\\(?:u(?![0-9a-fA-F]{4})|[^"\\/bfnrtu])/.exec(raw);
        this.fail('invalid escape sequence in string', open + 1 + (bad?.index ?? 0));
      }
    }
  }

  parseObject(depth: number): PositionNode {
    const start = this.pos++;
    const value: Record<string, unknown> | undefined = this.keepValues ? {} : undefined;
    const children = new Map<string, PositionNode>();
    const node: PositionNode = { start, end: start, children };
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      node.end = this.pos;
      this.value = value;
      return node;
    }
    for (;;) {
      this.skipWhitespace();
      const keyStart = this.pos;
      if (this.text.charCodeAt(keyStart) !== 0x22) this.fail(`unexpected ${this.describe(keyStart)}, expected a property name in double quotes`);
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 0x3a) this.fail(`unexpected ${this.describe(this.pos)}, expected ':' after the property name`);
      this.pos++;
      this.skipWhitespace();
      this.path.push(key);
      const child = this.parseValue(depth + 1);
      this.path.pop();
      child.keyStart = keyStart;
      const earlier = children.get(key);
      if (earlier) this.duplicates.push({ pointer: formatPointer(this.path), key, firstOffset: earlier.keyStart!, secondOffset: keyStart });
      children.set(key, child);
      if (value) {
        // defineProperty keeps `__proto__` an ordinary key, as JSON.parse does.
        if (key === '__proto__') Object.defineProperty(value, key, { value: this.value, enumerable: true, writable: true, configurable: true });
        else value[key] = this.value;
      }
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 0x2c) continue;
      if (c === 0x7d) {
        node.end = this.pos;
        this.value = value;
        return node;
      }
      this.fail(`unexpected ${this.describe(this.pos - 1)}, expected ',' or '}'`, this.pos - 1);
    }
  }

  parseArray(depth: number): PositionNode {
    const start = this.pos++;
    const value: unknown[] | undefined = this.keepValues ? [] : undefined;
    const children: PositionNode[] = [];
    const node: PositionNode = { start, end: start, children };
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      node.end = this.pos;
      this.value = value;
      return node;
    }
    for (;;) {
      this.skipWhitespace();
      this.path.push(children.length);
      const child = this.parseValue(depth + 1);
      this.path.pop();
      if (value) value.push(this.value);
      children.push(child);
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 0x2c) continue;
      if (c === 0x5d) {
        node.end = this.pos;
        this.value = value;
        return node;
      }
      this.fail(`unexpected ${this.describe(this.pos - 1)}, expected ',' or ']'`, this.pos - 1);
    }
  }
}

/**
 * Parse with positions. Never throws for bad JSON: the problem comes back in `error`.
 * `keepValues: false` skips building the value when JSON.parse already has it.
 */
export function parseWithPositions(text: string, keepValues = true): PositionedJson {
  const parser = new Parser(text, keepValues);
  try {
    const { value, node } = parser.parseDocument();
    return new PositionedJson(text, value, node, parser.duplicates, undefined);
  } catch (err) {
    if (err instanceof JsonSyntaxError) {
      return new PositionedJson(text, undefined, undefined, parser.duplicates, { message: err.message, offset: err.offset });
    }
    // A small thread stack can run out before MAX_DEPTH: still an answer, not a crash.
    if (err instanceof RangeError) {
      return new PositionedJson(text, undefined, undefined, parser.duplicates, { message: 'nested too deeply to parse', offset: parser.pos });
    }
    throw err;
  }
}

/**
 * Number of object members written in the text (colons outside strings). Compared with the members JSON.parse
 * kept, it tells cheaply whether a file has duplicate keys, so the slow parser runs only when it does.
 */
export function countMembers(text: string): number {
  let count = 0;
  let p = 0;
  const n = text.length;
  for (;;) {
    const q = text.indexOf('"', p);
    const segmentEnd = q === -1 ? n : q;
    for (let c = text.indexOf(':', p); c !== -1 && c < segmentEnd; c = text.indexOf(':', c + 1)) count++;
    if (q === -1) return count;
    // Skip the string, honouring escaped quotes.
    let close = q + 1;
    for (;;) {
      close = text.indexOf('"', close);
      if (close === -1) return count;
      let b = close - 1;
      while (text.charCodeAt(b) === 0x5c) b--;
      if ((close - 1 - b) % 2 === 0) break;
      close++;
    }
    p = close + 1;
  }
}

/** Members JSON.parse kept, over every object in a value. */
export function countParsedMembers(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === 'object') stack.push(x);
    } else if (v !== null && typeof v === 'object') {
      for (const k in v) {
        count++;
        const x = (v as Record<string, unknown>)[k];
        if (x !== null && typeof x === 'object') stack.push(x);
      }
    }
  }
  return count;
}
