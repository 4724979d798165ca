// The redaction promise: every string a gate writes passes through `scrub`, which replaces every raw
// secret value registered during the run. Gates register values as soon as they read them.

import { SecretMatcher } from './matcher';

export const REDACTED = '***';

/** Values shorter than this are not registered: scrubbing them would mangle ordinary text. */
export const MIN_SECRET_LENGTH = 4;

/** About how many characters of chunk strings scrubbedStream checks in one scan. */
const SCAN_BATCH_CHARS = 1 << 20;

/** A piece of a JSON document's text; a chunk of array elements comes with its strings (see scrubbedStream). */
interface JsonPiece {
  text: string;
  strings?: string;
}

export class Redactor {
  /** Also the set of registered values (one copy of each, no separate Set: a scan registers 100,000s). */
  private readonly matcher = new SecretMatcher(MIN_SECRET_LENGTH);
  private maskCanFormValue = false;
  /** Some value holds a character JSON.stringify escapes, so it might not appear verbatim in JSON text. */
  private jsonEscapedValue = false;
  /** Some value is made only of digest characters (DIGEST_TEXT), so it could occur inside a fingerprint. */
  private digestLikeValue = false;
  private readonly listeners: ((value: string) => void)[] = [];

  /** Register a raw value; also its trimmed form and each line of a multi-line value (PEM keys). */
  add(value: string | undefined | null): void {
    if (!value) return;
    // Fast path for the common single-token secret: nothing to trim or split.
    if (!/\s/.test(value)) {
      this.register(value);
      return;
    }
    for (const candidate of [value, value.trim(), ...value.split(/\r?\n/).map((l) => l.trim())]) this.register(candidate);
  }

  private register(candidate: string): void {
    if (candidate.length < MIN_SECRET_LENGTH || !this.matcher.add(candidate)) return;
    if (candidate.includes('*')) this.maskCanFormValue = true;
    if (!this.jsonEscapedValue && JSON_ESCAPED.test(candidate)) this.jsonEscapedValue = true;
    if (!this.digestLikeValue && DIGEST_TEXT.test(candidate)) this.digestLikeValue = true;
    for (const listener of this.listeners) listener(candidate);
  }

  /** Called for every value registered (the GitHub adapter forwards them to core.setSecret). */
  onAdd(listener: (value: string) => void): void {
    this.listeners.push(listener);
    for (const value of this.matcher) listener(value);
  }

  get size(): number {
    return this.matcher.size;
  }

  has(value: string): boolean {
    return this.matcher.has(value);
  }

  /**
   * True when `text` cannot hold any registered value because of the characters it is made of: it
   * has only digest characters (DIGEST_TEXT) and no registered value does, so none fits inside it.
   * One regex test where a scan reads every character: a large SARIF log holds 100,000 fingerprints,
   * two thirds of its strings.
   */
  clearsByAlphabet(text: string): boolean {
    return !this.digestLikeValue && DIGEST_TEXT.test(text);
  }

  scrub(text: string): string {
    // Text shorter than every value cannot hold one; otherwise the matcher's scan allocates nothing
    // unless something matches.
    if (this.matcher.size === 0 || text.length < this.matcher.minValueLength) return text;
    let out = maskMatches(text, this.matcher);
    // Nothing matched, so no mask was inserted that could form a value: done in one scan.
    if (out === text) return text;
    // A value containing '*' could be re-formed by a mask and its neighbours; repeat until nothing matches.
    // Every pass that changes the text shortens it (values are longer than the mask), so this ends.
    while (this.maskCanFormValue) {
      const next = maskMatches(out, this.matcher);
      if (next === out) break;
      out = next;
    }
    return out;
  }

  /**
   * JSON text scrubbed, for outputs written as JSON. When no registered value holds a character JSON
   * escapes, every value that occurs in a string of the document occurs verbatim in the text, so one
   * scan of the text proves the document clean and the text is returned as it is: far cheaper than
   * walking a large document string by string. If the text holds any value (or that proof does not
   * hold), the document is parsed, scrubbed with scrubDeep (keys too) and serialised again, compact.
   */
  scrubJsonText(text: string): string {
    if (this.matcher.size === 0 || text.length < this.matcher.minValueLength) return text;
    if (!this.jsonEscapedValue && this.matcher.all(text).length === 0) return text;
    return JSON.stringify(this.scrubDeep(JSON.parse(text) as unknown));
  }

  /**
   * A JSON document written piece by piece (a large SARIF log, see sarifStream), scrubbed a piece at
   * a time, or undefined when that cannot be proven equal to scrubJsonText of the whole (the caller
   * then builds the whole). `structure` lists every piece that is not a chunk of array elements, and
   * every key the chunks use: when no value holds a character JSON escapes and none occurs in the
   * structure, only chunks can hold a value, each a run of whole array elements. A chunk comes with
   * `strings`, every key and string value of it at least once joined by '"' (less strings that
   * clearsByAlphabet clears), which is scanned instead of its text: no value then holds a quote, so
   * a value found there lies in one string of the chunk, and every value in a string of the chunk is
   * found. (What a scan of the text alone would also see, a value across an escape or in a number,
   * is nothing scrubDeep would change.) A chunk whose strings hold a value is parsed, scrubbed and
   * serialised alone, just as the whole would be. Lazy: each chunk is built only as the result is
   * iterated.
   */
  scrubbedStream(structure: readonly string[], pieces: Iterable<JsonPiece>): Iterable<string> | undefined {
    if (this.matcher.size > 0 && (this.jsonEscapedValue || structure.some((text) => this.matcher.all(text).length > 0))) return undefined;
    return this.scrubChunks(pieces);
  }

  private *scrubChunks(pieces: Iterable<JsonPiece>): Generator<string> {
    // Chunks are checked a batch at a time: one scan of a batch's strings joined keeps the matcher's
    // filter in cache, where a scan per chunk, between building chunks, found it evicted (2x slower).
    let batch: JsonPiece[] = [];
    let length = 0;
    for (const piece of pieces) {
      batch.push(piece);
      length += piece.strings?.length ?? 0;
      if (length >= SCAN_BATCH_CHARS) {
        yield* this.scrubBatch(batch);
        batch = [];
        length = 0;
      }
    }
    yield* this.scrubBatch(batch);
  }

  private *scrubBatch(batch: readonly JsonPiece[]): Generator<string> {
    const strings = batch.flatMap((piece) => (piece.strings === undefined ? [] : [piece.strings]));
    const clean = this.matcher.size === 0 || this.matcher.all(strings.join('"')).length === 0;
    for (const { text, strings } of batch) {
      if (clean || strings === undefined || this.matcher.all(strings).length === 0) {
        yield text;
        continue;
      }
      // A chunk after the first starts with the comma that separates it from the one before.
      const comma = text.startsWith(',') ? ',' : '';
      const elements = JSON.stringify(this.scrubDeep(JSON.parse(`[${text.slice(comma.length)}]`) as unknown));
      yield comma + elements.slice(1, -1);
    }
  }

  /**
   * `value` with every string scrubbed (keys too). Plain objects and arrays are copied only where
   * something changed: the unchanged parts, usually all of a large SARIF log, are returned as they
   * are instead of deep-copied. Other objects (class instances, dates, maps) are copied into plain
   * objects of their own enumerable properties, as JSON would see them. The input is never modified.
   */
  scrubDeep<T>(value: T): T {
    if (this.matcher.size === 0) return value;
    return scrubValue(value, this.cachedScrub()) as T;
  }

  /**
   * scrub() remembering short strings: keys, levels, rule ids and messages repeat across thousands of
   * objects, so each distinct one is scanned once. Long strings (fingerprints) are mostly unique,
   * and the cache is bounded so it stays small and fast to probe.
   */
  private cachedScrub(): (text: string) => string {
    const seen = new Map<string, string>();
    return (s: string): string => {
      if (s.length < this.matcher.minValueLength) return s;
      if (s.length > SCRUB_CACHE_MAX_LENGTH) return this.scrub(s);
      let out = seen.get(s);
      if (out === undefined) {
        out = this.scrub(s);
        if (seen.size < SCRUB_CACHE_LIMIT) seen.set(s, out);
      }
      return out;
    };
  }

}

/**
 * Characters JSON.stringify writes as escapes: quote, backslash, controls and (when unpaired)
 * surrogates. A value holding one may be spelled differently in JSON text than in the string.
 */
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * The characters of the fingerprints and digests gates build themselves: lowercase hex digits, ':'
 * and the letters of the `sv1:`, `lv1:` and `pv1:` prefixes (see Redactor.clearsByAlphabet).
 */
const DIGEST_TEXT = /^[0-9a-f:lpsv]*$/;

/** Distinct strings remembered by one scrubDeep call (bounded memory on huge outputs). */
const SCRUB_CACHE_LIMIT = 1 << 15;
const SCRUB_CACHE_MAX_LENGTH = 64;

/** Replace the union of all (possibly overlapping) matches with one mask per contiguous span. */
function maskMatches(text: string, matcher: SecretMatcher): string {
  const found = matcher.all(text);
  if (!found.length) return text;
  let out = '';
  let copied = 0;
  let spanStart = -1;
  let spanEnd = -1;
  for (const [start, value] of found) {
    const end = start + value.length;
    if (start <= spanEnd) {
      spanEnd = Math.max(spanEnd, end);
      continue;
    }
    if (spanStart !== -1) {
      out += text.slice(copied, spanStart) + REDACTED;
      copied = spanEnd;
    }
    spanStart = start;
    spanEnd = end;
  }
  return out + text.slice(copied, spanStart) + REDACTED + text.slice(spanEnd);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function scrubValue(value: unknown, scrub: (s: string) => string): unknown {
  if (typeof value === 'string') return scrub(value);
  if (!value || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) continue;
      const v: unknown = value[i];
      const next = scrubValue(v, scrub);
      if (next !== v && !out) out = value.slice();
      if (out) out[i] = next;
    }
    return out ?? value;
  }
  // Own enumerable string keys, as Object.entries and JSON see them; a copy starts at the first change.
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let out: Record<string, unknown> | undefined = isPlain(value) ? undefined : {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = record[k];
    const key = scrub(k);
    const next = scrubValue(v, scrub);
    if (!out && (key !== k || next !== v)) {
      out = {};
      for (let j = 0; j < i; j++) out[keys[j]!] = record[keys[j]!];
    }
    if (out) out[key] = next;
  }
  return out ?? value;
}
