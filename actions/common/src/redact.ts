// The redaction promise: every string a gate writes passes through `scrub`, which replaces every raw
// secret value registered during the run. Gates register values as soon as they read them.

import { SecretMatcher } from './matcher';

export const REDACTED = '***';

/** Values shorter than this are not registered: scrubbing them would mangle ordinary text. */
export const MIN_SECRET_LENGTH = 4;

export class Redactor {
  private readonly values = new Set<string>();
  private readonly matcher = new SecretMatcher(MIN_SECRET_LENGTH);
  private maskCanFormValue = false;
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
    if (candidate.length < MIN_SECRET_LENGTH || this.values.has(candidate)) return;
    this.values.add(candidate);
    this.matcher.add(candidate);
    if (candidate.includes('*')) this.maskCanFormValue = true;
    for (const listener of this.listeners) listener(candidate);
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
    let out = maskMatches(text, this.matcher);
    // A value containing '*' could be re-formed by a mask and its neighbours; repeat until nothing matches.
    // Every pass that changes the text shortens it (values are longer than the mask), so this ends.
    while (this.maskCanFormValue) {
      const next = maskMatches(out, this.matcher);
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
