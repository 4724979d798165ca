// The redaction promise: every string a gate writes passes through `scrub`, which replaces every raw
// secret value registered during the run. Gates register values as soon as they read them.

export const REDACTED = '***';

/** Values shorter than this are not registered: scrubbing them would mangle ordinary text. */
export const MIN_SECRET_LENGTH = 4;

export class Redactor {
  private readonly values = new Set<string>();
  private pattern: RegExp | undefined;
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
    this.pattern ??= buildPattern(this.values);
    return text.replace(this.pattern, REDACTED);
  }

  /** Deep copy of a JSON-like value with every string scrubbed (keys too). */
  scrubDeep<T>(value: T): T {
    if (this.values.size === 0) return value;
    return scrubValue(value, (s) => this.scrub(s)) as T;
  }
}

function buildPattern(values: Set<string>): RegExp {
  // Longest first so a value that contains another is replaced whole.
  const sorted = [...values].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
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
