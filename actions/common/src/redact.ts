// The redaction promise: every string a gate writes passes through `scrub`, which replaces every raw
// secret value registered during the run. Gates register values as soon as they read them.

export const REDACTED = '***';

/** Values shorter than this are not registered: scrubbing them would mangle ordinary text. */
export const MIN_SECRET_LENGTH = 4;

export class Redactor {
  private readonly values = new Set<string>();
  private pattern: RegExp | undefined;
  private maskCanFormValue = false;
  private readonly listeners: ((value: string) => void)[] = [];

  /** Register a raw value; also its trimmed form and each line of a multi-line value (PEM keys). */
  add(value: string | undefined | null): void {
    if (!value) return;
    const candidates = [value, value.trim(), ...value.split(/\r?\n/).map((l) => l.trim())];
    for (const candidate of candidates) {
      if (candidate.length < MIN_SECRET_LENGTH || this.values.has(candidate)) continue;
      this.values.add(candidate);
      this.pattern = undefined;
      for (const listener of this.listeners) listener(candidate);
    }
  }

  /** Called for every value registered (the GitHub adapter forwards them to core.setSecret). */
  onAdd(listener: (value: string) => void): void {
    this.listeners.push(listener);
    for (const value of this.values) listener(value);
  }

  get size(): number {
    return this.values.size;
  }

  has(value: string): boolean {
    return this.values.has(value);
  }

  scrub(text: string): string {
    if (this.values.size === 0 || text.length < MIN_SECRET_LENGTH) return text;
    if (!this.pattern) {
      this.pattern = buildPattern(this.values);
      this.maskCanFormValue = [...this.values].some((v) => v.includes('*'));
    }
    let out = maskMatches(text, this.pattern);
    // A value containing '*' could be re-formed by a mask and its neighbours; repeat until nothing matches.
    // Every pass that changes the text shortens it (values are longer than the mask), so this ends.
    while (this.maskCanFormValue) {
      const next = maskMatches(out, this.pattern);
      if (next === out) break;
      out = next;
    }
    return out;
  }

  /** Deep copy of a JSON-like value with every string scrubbed (keys too). */
  scrubDeep<T>(value: T): T {
    if (this.values.size === 0) return value;
    return scrubValue(value, (s) => this.scrub(s)) as T;
  }
}

function buildPattern(values: Set<string>): RegExp {
  // A lookahead finds a match starting at every position, so overlapping occurrences (`abcd` and `cdef` in
  // `abcdef`) are all seen; longest first makes each position report its longest value.
  const sorted = [...values].sort((a, b) => b.length - a.length);
  return new RegExp(`(?=(${sorted.map(escapeRegExp).join('|')}))`, 'g');
}

/** Replace the union of all (possibly overlapping) matches with one mask per contiguous span. */
function maskMatches(text: string, pattern: RegExp): string {
  let out = '';
  let copied = 0;
  let spanStart = -1;
  let spanEnd = -1;
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[1]!.length;
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
  if (spanStart === -1) return text;
  return out + text.slice(copied, spanStart) + REDACTED + text.slice(spanEnd);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function scrubValue(value: unknown, scrub: (s: string) => string): unknown {
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, scrub));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[scrub(k)] = scrubValue(v, scrub);
    return out;
  }
  return value;
}
