// Merge raw findings into one finding per secret. Findings that carry the secret (or its sha1, from
// detect-secrets) group by value; findings without it join a value group reported at the same
// file and line, or else group by their location key. Pure: the line windows are passed in.

import { compareText } from '../../common/src/result';
import { primaryFamily } from './family';
import { Fingerprinter, lineWindow, sha1Hex } from './fingerprint';
import { verificationRank, type RawFinding, type Verification } from './model';

export interface Location {
  file?: string;
  line?: number;
  endLine?: number;
  commit?: string;
}

export interface Source {
  tool: string;
  rule: string;
  report: string;
  verification: Verification;
  suppressedAtSource?: string;
}

export interface MergedFinding {
  /** The salted key written to baselines and SARIF (sv1:/lv1:/pv1:). */
  fingerprint: string;
  /**
   * Other keys a baseline entry may hold for the same secret (its value key under the other
   * families its sources name, and `generic`). Computed only when a baseline is consulted.
   */
  alternates?(): string[];
  kind: 'value' | 'location' | 'position';
  family: string;
  tools: string[];
  rules: string[];
  sources: Source[];
  /** Where it was seen, sorted; the first is the primary location. */
  locations: Location[];
  verification: Verification;
  /** Set when every source dismissed it (SARIF suppression, resolved alert, audited false positive). */
  suppressedAtSource?: string;
}

/** Line contents of a repository file, or undefined when it is not there (history-only findings). */
export type LinesOf = (file: string) => readonly string[] | undefined;

const MAX_LOCATIONS = 50;

/**
 * A value finding (the secret, or its sha1, was reported). sha1(secret) stays in a private field: the
 * alternate keys need it, and nothing may write it (JSON and object spreads do not see private fields).
 * A class rather than an object with a closure: a large scan holds 100,000s of these.
 */
class ValueFinding implements MergedFinding {
  readonly kind = 'value';
  readonly #sha1: string;
  readonly #families: readonly string[];
  readonly #fp: Fingerprinter;

  constructor(
    readonly fingerprint: string,
    readonly family: string,
    readonly tools: string[],
    readonly rules: string[],
    readonly sources: Source[],
    readonly locations: Location[],
    readonly verification: Verification,
    readonly suppressedAtSource: string | undefined,
    sha1: string,
    families: readonly string[],
    fp: Fingerprinter,
  ) {
    this.#sha1 = sha1;
    this.#families = families;
    this.#fp = fp;
  }

  /** Value keys under the other families its sources name, and `generic`: only built when a baseline asks. */
  alternates(): string[] {
    return [...new Set([...this.#families, 'generic'])]
      .filter((f) => f !== this.family)
      .sort()
      .map((f) => this.#fp.value(f, this.#sha1));
  }
}

/** Raw findings of one secret (or one place): most secrets are reported once, so one is kept bare. */
type Members = RawFinding | RawFinding[];

/**
 * Raw findings grouped by key, in the order keys first appear. The keys are hex digests (sha1 of a
 * secret, salted location keys), already uniformly random, so their first characters index an
 * open-addressing table sized up front: no string hashing and no rehashing, which made a Map the
 * slowest step of merging 200,000 findings.
 */
class Groups {
  readonly keys: string[] = [];
  readonly members: Members[] = [];
  private slots: Int32Array;

  constructor(expected: number) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
  }

  add(key: string, raw: RawFinding): void {
    const mask = this.slots.length - 1;
    for (let slot = probeStart(key) & mask; ; slot = (slot + 1) & mask) {
      const at = this.slots[slot]! - 1;
      if (at === -1) {
        this.slots[slot] = this.keys.push(key);
        this.members.push(raw);
        if (this.keys.length * 2 > this.slots.length) this.grow();
        return;
      }
      if (this.keys[at] === key) {
        const members = this.members[at]!;
        if (Array.isArray(members)) members.push(raw);
        else this.members[at] = [members, raw];
        return;
      }
    }
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let at = 0; at < this.keys.length; at++) {
      let slot = probeStart(this.keys[at]!) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = at + 1;
    }
  }
}

/** A table index from a key's characters (FNV-1a over up to 16): enough for hex digests, fine for any string. */
function probeStart(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length && i < 16; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function locKey(file: string | undefined, line: number | undefined): string {
  return `${file ?? ''}\0${line ?? 0}`;
}

export function dedupe(raws: readonly RawFinding[], fp: Fingerprinter, linesOf: LinesOf): MergedFinding[] {
  const byValue = new Groups(raws.length);
  const pending: RawFinding[] = [];
  for (const raw of raws) {
    // keyFindings has usually hashed the secret already (and dropped it).
    const sha1 = raw.secret !== undefined && raw.secret !== '' ? sha1Hex(raw.secret) : raw.secretSha1;
    if (sha1) byValue.add(sha1, raw);
    else pending.push(raw);
  }

  // Findings without the secret: one at a place another scanner reported the secret is that finding;
  // the rest group by their location key (line window) or, without the lines, their position.
  const byLocation = new Groups(pending.length);
  const kinds = new Map<string, MergedFinding['kind']>();
  if (pending.length) {
    const atLine = new Map<string, string>();
    byValue.keys.forEach((sha1, at) => {
      const members = byValue.members[at]!;
      for (const raw of Array.isArray(members) ? members : [members]) if (raw.file) atLine.set(locKey(raw.file, raw.line), sha1);
    });
    for (const raw of pending) {
      const same = raw.file ? atLine.get(locKey(raw.file, raw.line)) : undefined;
      if (same !== undefined) {
        byValue.add(same, raw);
        continue;
      }
      const lines = raw.file && raw.line ? linesOf(raw.file) : undefined;
      const window = lines && raw.line ? lineWindow(lines, raw.line, raw.endLine) : undefined;
      const key = window !== undefined ? fp.location(raw.file!, window) : fp.position(raw.file ?? `${raw.tool}:${raw.rule}`, raw.family, raw.line);
      kinds.set(key, window !== undefined ? 'location' : 'position');
      byLocation.add(key, raw);
    }
  }

  const out: MergedFinding[] = [];
  const shared = new SharedParts();
  byValue.keys.forEach((sha1, at) => {
    const members = byValue.members[at]!;
    out.push(Array.isArray(members) ? mergeValue(members, sha1, fp) : single(members, sha1, fp, shared));
  });
  byLocation.keys.forEach((key, at) => {
    const members = byLocation.members[at]!;
    const kind = kinds.get(key)!;
    out.push(Array.isArray(members) ? mergeLocation(members, key, kind) : single(members, undefined, fp, shared, key, kind));
  });
  return out;
}

// Locations, sources and merged findings are built with every field present (undefined where
// absent), so each kind of object has one shape: the functions that read 100,000s of them stay
// monomorphic (see rawFinding).

function location(raw: RawFinding): Location {
  return {
    file: raw.file || undefined,
    line: raw.line || undefined,
    endLine: raw.line && raw.endLine && raw.endLine >= raw.line ? raw.endLine : undefined,
    commit: raw.commit || undefined,
  };
}

function sourceOf(raw: RawFinding): Source {
  return { tool: raw.tool, rule: raw.rule, report: raw.report, verification: raw.verification, suppressedAtSource: raw.suppressedAtSource || undefined };
}

/** The tool, rule, source and family lists of a single-source finding. */
interface Parts {
  tools: string[];
  rules: string[];
  sources: Source[];
  families: readonly string[];
}

/**
 * The lists of single-source findings, shared between findings with the same tool, rule, report,
 * verification, suppression and family (frozen, so sharing is safe): a report repeats a handful of
 * rules 10,000s of times, and each list allocated per finding would be copied by every
 * garbage collection that finding survives.
 */
class SharedParts {
  private readonly parts = new Map<string, Parts>();
  /** The previous answer: neighbouring findings usually come from the same report and rule. */
  private last: Parts | undefined;

  of(raw: RawFinding): Parts {
    const last = this.last;
    const source = last?.sources[0];
    if (
      source &&
      source.tool === raw.tool &&
      source.rule === raw.rule &&
      source.report === raw.report &&
      source.verification === raw.verification &&
      source.suppressedAtSource === raw.suppressedAtSource &&
      last!.families[0] === raw.family
    ) {
      return last!;
    }
    const key = `${raw.tool}\0${raw.rule}\0${raw.report}\0${raw.verification}\0${raw.suppressedAtSource ?? ''}\0${raw.family}`;
    let parts = this.parts.get(key);
    if (!parts) {
      const fresh = sourceOf(raw);
      parts = {
        tools: Object.freeze([raw.tool]) as string[],
        rules: Object.freeze([raw.rule]) as string[],
        sources: Object.freeze([Object.freeze(fresh)]) as Source[],
        families: Object.freeze([raw.family]),
      };
      this.parts.set(key, parts);
    }
    this.last = parts;
    return parts;
  }
}

/** The common case, one scanner and one place: nothing to merge. */
function single(raw: RawFinding, sha1: string | undefined, fp: Fingerprinter, shared: SharedParts, key?: string, kind?: MergedFinding['kind']): MergedFinding {
  const { tools, rules, sources, families } = shared.of(raw);
  const locations = [location(raw)];
  const suppressed = raw.suppressedAtSource || undefined;
  if (sha1 !== undefined) {
    return new ValueFinding(raw.valueKey ?? fp.value(raw.family, sha1), raw.family, tools, rules, sources, locations, raw.verification, suppressed, sha1, families, fp);
  }
  return { fingerprint: key!, kind: kind!, family: raw.family, tools, rules, sources, locations, verification: raw.verification, suppressedAtSource: suppressed };
}

function mergeValue(raws: readonly RawFinding[], sha1: string, fp: Fingerprinter): MergedFinding {
  const families: string[] = [];
  for (const r of raws) if (!families.includes(r.family)) families.push(r.family);
  const family = primaryFamily(families);
  const m = mergeSources(raws);
  let key: string | undefined;
  for (const r of raws) {
    if (r.family === family && r.valueKey !== undefined) {
      key = r.valueKey;
      break;
    }
  }
  key ??= fp.value(family, sha1);
  return new ValueFinding(key, family, m.tools, m.rules, m.sources, m.locations, m.verification, m.suppressedAtSource, sha1, exact(families), fp);
}

function mergeLocation(raws: readonly RawFinding[], key: string, kind: MergedFinding['kind']): MergedFinding {
  const m = mergeSources(raws);
  return {
    fingerprint: key,
    kind,
    family: primaryFamily(raws.map((r) => r.family)),
    tools: m.tools,
    rules: m.rules,
    sources: m.sources,
    locations: m.locations,
    verification: m.verification,
    suppressedAtSource: m.suppressedAtSource,
  };
}

/** Sources, places and verification of several raw findings of one secret. */
function mergeSources(raws: readonly RawFinding[]): Pick<MergedFinding, 'tools' | 'rules' | 'sources' | 'locations' | 'verification' | 'suppressedAtSource'> {
  // A handful of sources per finding: arrays with linear search beat keyed maps here.
  const sources: Source[] = [];
  const locations: Location[] = [];
  let verification: Verification = 'unverified';
  let allSuppressed = true;
  let suppression: string | undefined;
  for (const raw of raws) {
    const existing = sameSource(sources, raw);
    if (!existing) {
      sources.push(sourceOf(raw));
    } else if (verificationRank(raw.verification) > verificationRank(existing.verification)) {
      existing.verification = raw.verification;
    }
    if (verificationRank(raw.verification) > verificationRank(verification)) verification = raw.verification;
    if (raw.suppressedAtSource) suppression ??= raw.suppressedAtSource;
    else allSuppressed = false;
    if (locations.length < MAX_LOCATIONS * 4 && !hasPlace(locations, raw)) {
      locations.push(location(raw));
    }
  }
  if (locations.length > 1) sortFew(locations, compareLocations);
  if (locations.length > MAX_LOCATIONS) locations.length = MAX_LOCATIONS;
  // Distinct and sorted, built by hand: two or three sources is the usual case, 40,000 times over.
  const tools: string[] = [];
  const rules: string[] = [];
  for (const source of sources) {
    if (!tools.includes(source.tool)) tools.push(source.tool);
    if (!rules.includes(source.rule)) rules.push(source.rule);
  }
  if (tools.length > 1) sortFew(tools, compareText);
  if (rules.length > 1) sortFew(rules, compareText);
  return {
    tools: exact(tools),
    rules: exact(rules),
    sources: exact(sources),
    locations: exact(locations),
    verification,
    suppressedAtSource: allSuppressed ? suppression : undefined,
  };
}

/**
 * `items` in an array of exactly their number. An array grown by push from empty has room for at
 * least 16 (V8 grows capacity by half plus 16), and a merged secret's five lists live to the end of
 * the run: on the bench, trimmed copies kept ~22 MB less on the heap for every collection to copy
 * and mark.
 */
function exact<T>(items: T[]): T[] {
  return items.slice();
}

// Loops rather than find/some with a closure: these run for every raw finding of a merged secret.

function sameSource(sources: Source[], raw: RawFinding): Source | undefined {
  for (const s of sources) if (s.tool === raw.tool && s.rule === raw.rule && s.report === raw.report) return s;
  return undefined;
}

function hasPlace(locations: readonly Location[], raw: RawFinding): boolean {
  const line = raw.line || undefined;
  for (const l of locations) if (l.file === raw.file && l.line === line && l.commit === raw.commit) return true;
  return false;
}

/**
 * Sort in place: insertion sort for the two or three items a merged secret usually has (the
 * built-in sort's set-up cost more than the sorting, 40,000 times over), the built-in one beyond.
 * Stable, like the built-in.
 */
export function sortFew<T>(items: T[], compare: (a: T, b: T) => number): void {
  if (items.length > 8) {
    items.sort(compare);
    return;
  }
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    for (; j >= 0 && compare(items[j]!, item) > 0; j--) items[j + 1] = items[j]!;
    items[j + 1] = item;
  }
}

/** Files first (findings at HEAD before history-only ones without a file), then line, then commit. */
export function compareLocations(a: Location, b: Location): number {
  return (
    Number(a.file === undefined) - Number(b.file === undefined) ||
    compareText(a.file ?? '', b.file ?? '') ||
    Number(a.commit !== undefined) - Number(b.commit !== undefined) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareText(a.commit ?? '', b.commit ?? '')
  );
}
