// A small streaming XML scanner for coverage reports (Cobertura, JaCoCo, Clover).
// Safe by construction: no DTD processing, no external entities, no entity expansion beyond the five
// predefined ones and character references. A DOCTYPE is accepted only without an internal subset
// (JaCoCo and coverage.py write `<!DOCTYPE … "x.dtd">`; the DTD is never fetched); an internal subset
// — where entity declarations (XXE, "billion laughs") live — is refused.
// Speed: tags are found with Buffer.indexOf and attributes are decoded only when a reader asks.

import { InputError } from '../../../common/src/errors';
import { utf8BomLength } from '../../../common/src/readers';
import { streamChunks } from './stream';

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QMARK = 63;
const BANG = 33;
const EQ = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const AMP = 38;
const NL = 10;

const CHUNK = 4 * 1024 * 1024;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Attributes of the current start tag; valid only during the `open` callback. */
export class XmlAttributes {
  buf: Buffer = Buffer.alloc(0);
  count = 0;
  /** name start, name end, value start, value end, has-ampersand — per attribute. */
  readonly bounds: number[] = [];
  latin1 = false;
  constructor(private readonly scanner: XmlScanner) {}

  private find(name: string): number {
    const buf = this.buf;
    const len = name.length;
    for (let a = 0; a < this.count; a++) {
      const ns = this.bounds[a * 5]!;
      if (this.bounds[a * 5 + 1]! - ns !== len) continue;
      let same = true;
      for (let i = 0; i < len; i++) {
        if (buf[ns + i] !== name.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (same) return a;
    }
    return -1;
  }

  get(name: string): string | undefined {
    const a = this.find(name);
    if (a === -1) return undefined;
    const vs = this.bounds[a * 5 + 2]!;
    const ve = this.bounds[a * 5 + 3]!;
    const raw = this.buf.toString(this.latin1 ? 'latin1' : 'utf8', vs, ve);
    return this.bounds[a * 5 + 4] ? this.scanner.decodeEntities(raw) : raw;
  }

  /** A non-negative integer attribute without allocating; -1 when absent or not plain digits. */
  uint(name: string): number {
    const a = this.find(name);
    if (a === -1) return -1;
    const vs = this.bounds[a * 5 + 2]!;
    const ve = this.bounds[a * 5 + 3]!;
    if (vs >= ve) return -1;
    let n = 0;
    for (let i = vs; i < ve; i++) {
      const c = this.buf[i]!;
      if (c < 48 || c > 57) return -1;
      n = n * 10 + (c - 48);
    }
    return n;
  }
}

export interface XmlHandler {
  open(name: string, attrs: XmlAttributes, scanner: XmlScanner): void;
  close(name: string, scanner: XmlScanner): void;
  /** Text content (entities decoded), only delivered while `wantText` is true. */
  text?(text: string, scanner: XmlScanner): void;
  wantText?: boolean;
}

export class XmlScanner {
  private readonly stack: string[] = [];
  private readonly attrs = new XmlAttributes(this);
  private rootSeen = false;
  private rootClosed = false;
  private latin1 = false;
  /** Newlines in bytes already discarded, and where counting resumes in the current buffer. */
  private linesBefore = 1;
  private countedTo = 0;
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;

  constructor(
    private readonly handler: XmlHandler,
    readonly displayName: string,
  ) {}

  /** Element names seen so far: a report repeats a handful of names millions of times. */
  private readonly names: string[] = [];

  /** The element name in `buf[s, e)`, reusing an earlier string with the same bytes. */
  private nameAt(buf: Buffer, s: number, e: number): string {
    const len = e - s;
    for (const known of this.names) {
      if (known.length !== len) continue;
      let same = true;
      for (let k = 0; k < len; k++) {
        if (known.charCodeAt(k) !== buf[s + k]) {
          same = false;
          break;
        }
      }
      if (same) return known;
    }
    const name = buf.toString('latin1', s, e);
    if (this.names.length < 64) this.names.push(name);
    return name;
  }

  /** 1-based line of the current position (computed on demand: errors are rare). */
  line(): number {
    let n = this.linesBefore;
    let i = this.countedTo;
    while ((i = this.buf.indexOf(NL, i)) !== -1 && i < this.pos) {
      n++;
      i++;
    }
    return n;
  }

  fail(message: string, at?: number): never {
    if (at !== undefined) this.pos = at;
    throw new InputError(`malformed XML: ${message}`, this.displayName, this.line());
  }

  /** Input error for the reader using the scanner (not an XML syntax problem). */
  inputError(message: string): InputError {
    return new InputError(message, this.displayName, this.line());
  }

  get depth(): number {
    return this.stack.length;
  }

  decodeEntities(text: string): string {
    return text.replace(/&([^;&]{0,32});/g, (whole, ref: string) => {
      switch (ref) {
        case 'lt':
          return '<';
        case 'gt':
          return '>';
        case 'amp':
          return '&';
        case 'quot':
          return '"';
        case 'apos':
          return "'";
      }
      const m = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(ref);
      const code = m ? parseInt(m[1] ?? m[2]!, m[1] ? 16 : 10) : NaN;
      if (!m || code > 0x10ffff || code === 0) {
        throw this.inputError(`malformed XML: entity ${whole} is not one of the predefined ones (entity expansion is disabled)`);
      }
      return String.fromCodePoint(code);
    });
  }

  /**
   * Scan `buf[from, end)`. Returns where an unfinished construct starts (the caller carries it
   * into the next chunk), or `end` when everything was consumed.
   */
  scan(buf: Buffer, from: number, end: number, eof: boolean): number {
    this.buf = buf;
    this.pos = from;
    this.countedTo = from;
    const handler = this.handler;
    let pos = from;
    while (pos < end) {
      const lt = buf.indexOf(LT, pos);
      const textEnd = lt === -1 || lt >= end ? end : lt;
      if (textEnd > pos) {
        if (textEnd === end && !eof) return pos; // text may continue in the next chunk
        this.textRun(buf, pos, textEnd);
        pos = textEnd;
        if (pos >= end) break;
      }
      this.pos = pos;
      const next = pos + 1 < end ? buf[pos + 1] : undefined;
      if (next === undefined) {
        if (!eof) return pos;
        this.fail('unexpected end of file after "<"');
      }
      if (next === SLASH) {
        const gt = buf.indexOf(GT, pos);
        if (gt === -1 || gt >= end) {
          if (!eof) return pos;
          this.fail('unterminated end tag');
        }
        let ne = gt;
        while (ne > pos + 2 && isSpace(buf[ne - 1]!)) ne--;
        const name = this.nameAt(buf, pos + 2, ne);
        const open = this.stack.pop();
        if (open !== name) this.fail(open === undefined ? `end tag </${name}> without a start tag` : `</${name}> closes <${open}>`);
        handler.close(name, this);
        if (this.stack.length === 0) this.rootClosed = true;
        pos = gt + 1;
        continue;
      }
      if (next === QMARK) {
        const close = buf.indexOf('?>', pos + 2, 'latin1');
        if (close === -1 || close + 2 > end) {
          if (!eof) return pos;
          this.fail('unterminated processing instruction');
        }
        if (pos === 0 || (!this.rootSeen && buf.toString('latin1', pos + 2, pos + 6) === 'xml ')) this.xmlDeclaration(buf.toString('latin1', pos, close));
        pos = close + 2;
        continue;
      }
      if (next === BANG) {
        const r = this.markup(buf, pos, end, eof);
        if (r === -1) return pos;
        pos = r;
        continue;
      }
      const r = this.startTag(buf, pos, end, eof);
      if (r === -1) return pos;
      pos = r;
    }
    this.pos = pos;
    return pos;
  }

  private textRun(buf: Buffer, s: number, e: number): void {
    if (this.stack.length === 0) {
      for (let i = s; i < e; i++) if (!isSpace(buf[i]!)) this.fail('text outside the root element', i);
      return;
    }
    if (this.handler.wantText && this.handler.text) {
      const raw = buf.toString(this.latin1 ? 'latin1' : 'utf8', s, e);
      this.handler.text(raw.includes('&') ? this.decodeEntities(raw) : raw, this);
    }
  }

  private xmlDeclaration(decl: string): void {
    const m = /encoding\s*=\s*["']([^"']+)["']/.exec(decl);
    if (!m) return;
    const enc = m[1]!.toLowerCase();
    if (enc === 'utf-8' || enc === 'utf8' || enc === 'us-ascii' || enc === 'ascii') return;
    if (enc === 'iso-8859-1' || enc === 'latin1' || enc === 'latin-1') {
      this.latin1 = true;
      this.attrs.latin1 = true;
      return;
    }
    this.fail(`encoding ${m[1]} is not supported (use UTF-8)`);
  }

  /** `<!--`, `<![CDATA[`, `<!DOCTYPE`. Returns the position after it, or -1 when it needs more input. */
  private markup(buf: Buffer, pos: number, end: number, eof: boolean): number {
    const need = (terminator: string, from: number, what: string): number => {
      const i = buf.indexOf(terminator, from, 'latin1');
      if (i === -1 || i + terminator.length > end) {
        if (!eof) return -1;
        this.fail(`unterminated ${what}`);
      }
      return i;
    };
    if (end - pos < 9 && !eof) return -1;
    const head = buf.toString('latin1', pos, Math.min(end, pos + 9));
    if (head.startsWith('<!--')) {
      const i = need('-->', pos + 4, 'comment');
      return i === -1 ? -1 : i + 3;
    }
    if (head === '<![CDATA[') {
      const i = need(']]>', pos + 9, 'CDATA section');
      if (i === -1) return -1;
      if (this.stack.length === 0) this.fail('CDATA outside the root element');
      if (this.handler.wantText && this.handler.text) this.handler.text(buf.toString(this.latin1 ? 'latin1' : 'utf8', pos + 9, i), this);
      return i + 3;
    }
    if (head === '<!DOCTYPE') {
      if (this.rootSeen) this.fail('DOCTYPE after the root element');
      // Find the closing '>' outside quotes; a '[' there starts an internal subset.
      let quote = 0;
      for (let i = pos + 9; i < end; i++) {
        const c = buf[i]!;
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === DQUOTE || c === SQUOTE) quote = c;
        else if (c === 91 /* [ */) {
          throw this.inputError(
            'refused: the DOCTYPE has an internal subset (entity declarations are not processed, to rule out XXE and entity-expansion attacks)',
          );
        } else if (c === GT) return i + 1;
      }
      if (!eof) return -1;
      this.fail('unterminated DOCTYPE');
    }
    this.fail(`unexpected markup ${JSON.stringify(head)}`);
  }

  private startTag(buf: Buffer, pos: number, end: number, eof: boolean): number {
    if (this.rootClosed) this.fail('a second root element');
    let i = pos + 1;
    while (i < end) {
      const c = buf[i]!;
      if (isSpace(c) || c === GT || c === SLASH) break;
      if (c === LT || c === EQ || c === DQUOTE || c === SQUOTE) this.fail('bad character in an element name', i);
      i++;
    }
    if (i >= end) {
      if (!eof) return -1;
      this.fail('unterminated start tag');
    }
    if (i === pos + 1) this.fail('empty element name');
    const name = this.nameAt(buf, pos + 1, i);
    const attrs = this.attrs;
    attrs.buf = buf;
    attrs.count = 0;
    const bounds = attrs.bounds;
    for (;;) {
      while (i < end && isSpace(buf[i]!)) i++;
      if (i >= end) break;
      const c = buf[i]!;
      if (c === GT || c === SLASH) {
        let selfClosing = false;
        if (c === SLASH) {
          if (i + 1 >= end) break;
          if (buf[i + 1] !== GT) this.fail(`expected "/>" in <${name}>`, i);
          selfClosing = true;
          i++;
        }
        this.rootSeen = true;
        this.stack.push(name);
        this.pos = pos;
        this.handler.open(name, attrs, this);
        if (selfClosing) {
          this.stack.pop();
          this.handler.close(name, this);
          if (this.stack.length === 0) this.rootClosed = true;
        }
        return i + 1;
      }
      const ns = i;
      while (i < end) {
        const ch = buf[i]!;
        if (ch === EQ || isSpace(ch)) break;
        if (ch === GT || ch === SLASH || ch === LT || ch === DQUOTE || ch === SQUOTE) this.fail(`malformed attribute in <${name}>`, i);
        i++;
      }
      const ne = i;
      while (i < end && isSpace(buf[i]!)) i++;
      if (i >= end) break;
      if (buf[i] !== EQ) this.fail(`attribute without a value in <${name}>`, i);
      i++;
      while (i < end && isSpace(buf[i]!)) i++;
      if (i >= end) break;
      const q = buf[i]!;
      if (q !== DQUOTE && q !== SQUOTE) this.fail(`attribute value not quoted in <${name}>`, i);
      const ve = buf.indexOf(q, i + 1);
      if (ve === -1 || ve >= end) break;
      const vs = i + 1;
      // Values are short: a plain loop, since indexOf would search past the value.
      let amp = 0;
      for (let k = vs; k < ve; k++) {
        const ch = buf[k]!;
        if (ch === AMP) amp = 1;
        else if (ch === LT) this.fail(`"<" inside an attribute value in <${name}>`, k);
      }
      const k = attrs.count * 5;
      bounds[k] = ns;
      bounds[k + 1] = ne;
      bounds[k + 2] = vs;
      bounds[k + 3] = ve;
      bounds[k + 4] = amp;
      attrs.count++;
      i = ve + 1;
      const after = buf[i];
      if (after !== undefined && i < end && !isSpace(after) && after !== GT && after !== SLASH) {
        this.fail(`attributes must be separated by spaces in <${name}>`, i);
      }
    }
    if (!eof) return -1;
    this.fail(`unterminated start tag <${name}>`);
  }

  /** Called at end of input. */
  finish(): void {
    if (!this.rootSeen) this.fail('no root element (empty report?)');
    if (this.stack.length) this.fail(`unexpected end of file: <${this.stack[this.stack.length - 1]}> is not closed (truncated report?)`);
  }

  /** Bookkeeping before the caller drops `buf[0, upTo)`. */
  discard(upTo: number): void {
    let i = this.countedTo;
    let n = this.linesBefore;
    while ((i = this.buf.indexOf(NL, i)) !== -1 && i < upTo) {
      n++;
      i++;
    }
    this.linesBefore = n;
    this.countedTo = 0;
  }
}

/** Scan an in-memory document (tests). */
export function scanXmlText(text: string | Buffer, handler: XmlHandler, displayName = 'report.xml'): void {
  const scanner = new XmlScanner(handler, displayName);
  let buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  buf = stripBom(buf, displayName);
  scanner.scan(buf, 0, buf.length, true);
  scanner.finish();
}

function stripBom(buf: Buffer, displayName: string): Buffer {
  if (utf8BomLength(buf)) return buf.subarray(3);
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    throw new InputError('UTF-16 XML is not supported (write the report as UTF-8)', displayName, 1);
  }
  return buf;
}

/** Stream a file through the scanner in chunks, carrying unfinished constructs over. */
export async function scanXmlFile(path: string, displayName: string, maxBytes: number, handler: XmlHandler, chunk = CHUNK): Promise<void> {
  const scanner = new XmlScanner(handler, displayName);
  await streamChunks(
    path,
    displayName,
    maxBytes,
    (buf, start, end, eof) => {
      const stop = scanner.scan(buf, start, end, eof);
      if (!eof) scanner.discard(stop);
      return stop;
    },
    chunk,
    // streamChunks skips a UTF-8 byte-order mark itself; stripBom also refuses UTF-16.
    { tooLong: 'a single XML construct is over 64 MiB', checkHead: (head) => void stripBom(head, displayName) },
  );
  scanner.finish();
}
