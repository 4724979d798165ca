// Raw findings cross from the report thread to the main thread as columns. Structured clone copies
// an array of objects field by field (about 1 µs a finding each way); as columns, the few strings that
// repeat in every finding (tool, rule, family, report...) go once in a table with Int32 indices, the
// rest (paths, commits, hashes, keys) as plain string lists, and the line numbers as a typed array
// that is transferred, not copied.

import type { RawFinding } from './model';

/**
 * How each field travels. `satisfies` makes a new RawFinding field a type error here until it is
 * given a way; packed.test.ts round-trips every field listed.
 */
export const FIELDS = {
  tool: 'table',
  rule: 'table',
  family: 'table',
  file: 'own list',
  line: 'number',
  endLine: 'number',
  commit: 'own list',
  verification: 'table',
  secret: 'own list',
  secretSha1: 'own list',
  valueKey: 'own list',
  suppressedAtSource: 'table',
  report: 'table',
} as const satisfies Record<keyof RawFinding, 'table' | 'own list' | 'number'>;

/** Order of the tabled fields in `tabled` (each finding takes TABLED.length slots). */
export const TABLED = ['tool', 'rule', 'family', 'verification', 'suppressedAtSource', 'report'] as const;

export interface PackedFindings {
  count: number;
  /** Distinct strings of the tabled fields. */
  strings: string[];
  /** count × TABLED.length indices into `strings`, -1 for a missing value. */
  tabled: Int32Array;
  file: (string | undefined)[];
  commit: (string | undefined)[];
  secret: (string | undefined)[];
  secretSha1: (string | undefined)[];
  valueKey: (string | undefined)[];
  /** count × 2: line and endLine, 0 for a missing one (line numbers are positive). */
  lines: Int32Array;
}

function lineOrZero(value: number | undefined): number {
  return value !== undefined && Number.isInteger(value) && value > 0 && value <= 0x7fffffff ? value : 0;
}

export function packFindings(findings: readonly RawFinding[]): PackedFindings {
  const count = findings.length;
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (value: string | undefined): number => {
    if (value === undefined) return -1;
    let at = index.get(value);
    if (at === undefined) {
      at = strings.push(value) - 1;
      index.set(value, at);
    }
    return at;
  };
  // Consecutive findings mostly share these fields: compare with the previous one before the map.
  const lastValue = new Array<string | undefined>(TABLED.length);
  const lastIndex = new Array<number>(TABLED.length).fill(-1);
  const tabled = new Int32Array(count * TABLED.length);
  const lines = new Int32Array(count * 2);
  // Grown by push, not made with new Array(count): an array made with holes stays "holey" after it is
  // filled, and structured clone writes a holey array element by element as a sparse one (2-3x slower
  // each way; on the main thread the copy is rebuilt by growing a dictionary of elements).
  const file: (string | undefined)[] = [];
  const commit: (string | undefined)[] = [];
  const secret: (string | undefined)[] = [];
  const secretSha1: (string | undefined)[] = [];
  const valueKey: (string | undefined)[] = [];
  for (let i = 0; i < count; i++) {
    const f = findings[i]!;
    const t = i * TABLED.length;
    for (let k = 0; k < TABLED.length; k++) {
      const value = f[TABLED[k]!];
      if (value !== lastValue[k] || lastIndex[k] === -1) {
        lastValue[k] = value;
        lastIndex[k] = intern(value);
      }
      tabled[t + k] = lastIndex[k]!;
    }
    file.push(f.file);
    commit.push(f.commit);
    lines[2 * i] = lineOrZero(f.line);
    lines[2 * i + 1] = lineOrZero(f.endLine);
    secret.push(f.secret);
    secretSha1.push(f.secretSha1);
    valueKey.push(f.valueKey);
  }
  return { count, strings, tabled, file, commit, secret, secretSha1, valueKey, lines };
}

/** The typed arrays to hand over instead of copying (postMessage's transfer list). */
export function transferables(packed: PackedFindings): ArrayBuffer[] {
  return [packed.tabled.buffer as ArrayBuffer, packed.lines.buffer as ArrayBuffer];
}

export function unpackFindings(packed: PackedFindings): RawFinding[] {
  const { count, strings, tabled, lines } = packed;
  const at = (slot: number): string | undefined => {
    const n = tabled[slot]!;
    return n === -1 ? undefined : strings[n];
  };
  const out: RawFinding[] = [];
  for (let i = 0; i < count; i++) {
    const t = i * TABLED.length;
    // One object literal in FIELDS order, the shape rawFinding gives (absent fields are undefined).
    out.push({
      tool: at(t)!,
      rule: at(t + 1)!,
      family: at(t + 2)!,
      file: packed.file[i],
      line: lines[2 * i] || undefined,
      endLine: lines[2 * i + 1] || undefined,
      commit: packed.commit[i],
      verification: at(t + 3) as RawFinding['verification'],
      secret: packed.secret[i],
      secretSha1: packed.secretSha1[i],
      valueKey: packed.valueKey[i],
      suppressedAtSource: at(t + 4),
      report: at(t + 5)!,
    });
  }
  return out;
}
