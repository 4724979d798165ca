// A strict JSON parser that remembers where every value and key starts and finds duplicate keys (JSON.parse
// keeps the last one silently). Several times slower than JSON.parse, so gates run it only for files they must
// place findings in. On bad JSON it stops and lets findJsonSyntaxError say where and why: one diagnosis, which
// each gate words its own way.

import { formatPointer, parsePointer } from './json-pointer';
import { closingQuote, JSON_NUMBER, skipJsonWhitespace } from './json-scan';
import { findJsonSyntaxError, type JsonSyntaxError } from './json-syntax';

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
  /** Never quotes the input. */
  message: string;
  offset: number;
  /** The diagnosis, for a syntax error (absent when the text is only nested too deeply). */
  syntax?: JsonSyntaxError;
}

export interface LineColumn {
  line: number;
  column: number;
}

export interface ParseOptions {
  /** Build the value too (default true); false when JSON.parse already has it. */
  keepValues?: boolean;
  /** Deeper nesting is an error rather than a stack overflow (default 1000). */
  maxDepth?: number;
  /** Read past a leading U+FEFF instead of rejecting it like JSON.parse (offsets still count it). */
  skipByteOrderMark?: boolean;
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

const CANONICAL_INDEX = /^(0|[1-9]\d*)$/;

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
    if (!tokens) return { node: this.root, exact: false };
    return this.nodeAtPath(tokens);
  }

  /**
   * The node a path names, or the deepest existing ancestor. A number names an array element only; a string
   * names an object member, or an array element when it is a canonical index (as in a pointer).
   */
  nodeAtPath(path: readonly (string | number)[]): { node: PositionNode | undefined; exact: boolean } {
    let node: PositionNode | undefined = this.root;
    if (!node) return { node, exact: false };
    for (const t of path) {
      const kids: PositionNode['children'] = node.children;
      let next: PositionNode | undefined;
      if (Array.isArray(kids)) next = typeof t === 'number' || CANONICAL_INDEX.test(t) ? kids[Number(t)] : undefined;
      else next = typeof t === 'string' ? kids?.get(t) : undefined;
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

/** Thrown at the first thing that is not JSON; the diagnosis is findJsonSyntaxError's. */
class NotJson {}
const NOT_JSON = new NotJson();

class TooDeep {
  constructor(
    readonly offset: number,
    readonly maxDepth: number,
  ) {}
}

const CONTROL = /[\u0000-\u001f]/;
const LITERALS = [
  ['true', true],
  ['false', false],
  ['null', null],
] as const;

class Parser {
  pos: number;
  readonly duplicates: DuplicateKey[] = [];
  /** Tokens of the container being parsed; joined into a pointer only when a duplicate key needs one. */
  private readonly path: (string | number)[] = [];
  /** The value of the node parseValue returned last (kept out of the return value to avoid an allocation per value). */
  private value: unknown;
  constructor(
    private readonly text: string,
    private readonly keepValues: boolean,
    private readonly maxDepth: number,
    start: number,
  ) {
    this.pos = start;
  }

  skipWhitespace(): void {
    this.pos = skipJsonWhitespace(this.text, this.pos);
  }

  parseDocument(): { value: unknown; node: PositionNode } {
    this.skipWhitespace();
    const node = this.parseValue(0);
    const value = this.value;
    this.skipWhitespace();
    if (this.pos < this.text.length) throw NOT_JSON;
    return { value, node };
  }

  parseValue(depth: number): PositionNode {
    if (depth > this.maxDepth) throw new TooDeep(this.pos, this.maxDepth);
    const start = this.pos;
    const c = this.text.charCodeAt(start);
    if (c === 0x7b) return this.parseObject(depth);
    if (c === 0x5b) return this.parseArray(depth);
    if (c === 0x22) {
      this.value = this.parseString();
      return { start, end: this.pos };
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      JSON_NUMBER.lastIndex = start;
      const m = JSON_NUMBER.exec(this.text);
      if (!m) throw NOT_JSON;
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
    throw NOT_JSON;
  }

  parseString(): string {
    const t = this.text;
    const open = this.pos;
    const close = closingQuote(t, open);
    if (close === -1) throw NOT_JSON;
    const raw = t.slice(open + 1, close);
    this.pos = close + 1;
    if (CONTROL.test(raw)) throw NOT_JSON;
    if (raw.indexOf('\\') === -1) return raw;
    try {
      return JSON.parse(t.slice(open, close + 1)) as string;
    } catch {
      throw NOT_JSON;
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
      if (this.text.charCodeAt(keyStart) !== 0x22) throw NOT_JSON;
      const key = this.parseString();
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 0x3a) throw NOT_JSON;
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
      throw NOT_JSON;
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
      throw NOT_JSON;
    }
  }
}

/** Parse with positions. Never throws for bad JSON: the problem comes back in `error`. */
export function parseWithPositions(text: string, options: ParseOptions = {}): PositionedJson {
  const { keepValues = true, maxDepth = 1000, skipByteOrderMark = false } = options;
  const start = skipByteOrderMark && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const parser = new Parser(text, keepValues, maxDepth, start);
  const failed = (error: SyntaxProblem) => new PositionedJson(text, undefined, undefined, parser.duplicates, error);
  try {
    const { value, node } = parser.parseDocument();
    return new PositionedJson(text, value, node, parser.duplicates, undefined);
  } catch (err) {
    if (err === NOT_JSON) {
      const syntax = findJsonSyntaxError(text, start);
      // The parser and the finder read the same grammar; a disagreement is a bug, still not a crash.
      if (!syntax) return failed({ message: 'not valid JSON', offset: parser.pos });
      return failed({ message: syntax.message, offset: syntax.offset, syntax });
    }
    if (err instanceof TooDeep) return failed({ message: `nested deeper than ${err.maxDepth} levels`, offset: err.offset });
    // A small thread stack can run out before maxDepth: still an answer, not a crash.
    if (err instanceof RangeError) return failed({ message: 'nested too deeply to parse', offset: parser.pos });
    throw err;
  }
}
