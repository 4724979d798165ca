// Merge raw findings into one finding per secret. Findings that carry the secret (or its sha1, from
// detect-secrets) group by value; findings without it join a value group reported at the same
// file and line, or else group by their location key. Pure: the line windows are passed in.

import { primaryFamily } from './family';
import { Fingerprinter, lineWindow, sha1Hex } from './fingerprint';
import { VERIFICATION_RANK, type RawFinding, type Verification } from './model';

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
  alternates?: () => string[];
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

interface Group {
  kind: MergedFinding['kind'];
  /** sha1 of the secret (value groups) — in memory only. */
  sha1?: string;
  key: string;
  /** Most groups have one raw finding: keep it inline, the rest in `more` (fewer allocations). */
  first: RawFinding;
  more?: RawFinding[];
}

function addTo(group: Group, raw: RawFinding): void {
  (group.more ??= []).push(raw);
}

function rawsOf(group: Group): RawFinding[] {
  return group.more ? [group.first, ...group.more] : [group.first];
}

function locKey(file: string | undefined, line: number | undefined): string {
  return `${file ?? ''}\0${line ?? 0}`;
}

export function dedupe(raws: readonly RawFinding[], fp: Fingerprinter, linesOf: LinesOf): MergedFinding[] {
  const byValue = new Map<string, Group>();
  const byLocation = new Map<string, Group>();
  const atLine = new Map<string, Group>();
  const pending: RawFinding[] = [];

  for (const raw of raws) {
    const sha1 = raw.secret !== undefined && raw.secret !== '' ? sha1Hex(raw.secret) : raw.secretSha1;
    if (!sha1) {
      pending.push(raw);
      continue;
    }
    const group = byValue.get(sha1);
    if (group) addTo(group, raw);
    else byValue.set(sha1, { kind: 'value', sha1, key: sha1, first: raw });
  }
  // Only findings without the secret need to look up what other scanners saw at their line.
  if (pending.length) {
    for (const group of byValue.values()) for (const raw of rawsOf(group)) if (raw.file) atLine.set(locKey(raw.file, raw.line), group);
  }

  for (const raw of pending) {
    // A scanner that hid the secret, at the place another scanner reported it: the same finding.
    const same = raw.file ? atLine.get(locKey(raw.file, raw.line)) : undefined;
    if (same) {
      addTo(same, raw);
      continue;
    }
    const lines = raw.file && raw.line ? linesOf(raw.file) : undefined;
    const window = lines && raw.line ? lineWindow(lines, raw.line, raw.endLine) : undefined;
    const kind: Group['kind'] = window !== undefined ? 'location' : 'position';
    const key =
      kind === 'location'
        ? fp.location(raw.file!, window!)
        : fp.position(raw.file ?? `${raw.tool}:${raw.rule}`, raw.family, raw.line);
    const group = byLocation.get(key);
    if (group) addTo(group, raw);
    else byLocation.set(key, { kind, key, first: raw });
  }

  const out: MergedFinding[] = [];
  for (const group of [...byValue.values(), ...byLocation.values()]) out.push(finish(group, fp));
  return out;
}

function location(raw: RawFinding): Location {
  const loc: Location = {};
  if (raw.file) loc.file = raw.file;
  if (raw.line) loc.line = raw.line;
  if (raw.line && raw.endLine && raw.endLine >= raw.line) loc.endLine = raw.endLine;
  if (raw.commit) loc.commit = raw.commit;
  return loc;
}

function keys(group: Group, family: string, families: readonly string[], fp: Fingerprinter): { fingerprint: string; alternates?: () => string[] } {
  if (group.kind !== 'value') return { fingerprint: group.key };
  const sha1 = group.sha1!;
  return { fingerprint: fp.value(family, sha1), alternates: () => alternateKeys(family, families, sha1, fp) };
}

/** Value keys under the other families the sources name, and `generic`: only built when a baseline asks. */
function alternateKeys(family: string, families: readonly string[], sha1: string, fp: Fingerprinter): string[] {
  return [...new Set([...families, 'generic'])]
    .filter((f) => f !== family)
    .sort()
    .map((f) => fp.value(f, sha1));
}

function finish(group: Group, fp: Fingerprinter): MergedFinding {
  if (!group.more) {
    // The common case, one scanner and one place: no merging to do.
    const raw = group.first;
    const source: Source = { tool: raw.tool, rule: raw.rule, report: raw.report, verification: raw.verification };
    if (raw.suppressedAtSource) source.suppressedAtSource = raw.suppressedAtSource;
    // Built inline (no key object, no families array): this runs once per finding, 200,000 times.
    const sha1 = group.kind === 'value' ? group.sha1! : undefined;
    const single: MergedFinding = {
      fingerprint: sha1 !== undefined ? fp.value(raw.family, sha1) : group.key,
      kind: group.kind,
      family: raw.family,
      tools: [raw.tool],
      rules: [raw.rule],
      sources: [source],
      locations: [location(raw)],
      verification: raw.verification,
    };
    if (sha1 !== undefined) single.alternates = () => alternateKeys(raw.family, [raw.family], sha1, fp);
    if (raw.suppressedAtSource) single.suppressedAtSource = raw.suppressedAtSource;
    return single;
  }
  const raws = rawsOf(group);
  const families = [...new Set(raws.map((r) => r.family))];
  const family = primaryFamily(families);
  const { fingerprint, alternates } = keys(group, family, families, fp);
  // A handful of sources per finding: arrays with linear search beat keyed maps here.
  const sources: Source[] = [];
  const locations: Location[] = [];
  let verification: Verification = 'unverified';
  let allSuppressed = true;
  let suppression: string | undefined;
  for (const raw of raws) {
    const existing = sources.find((s) => s.tool === raw.tool && s.rule === raw.rule && s.report === raw.report);
    if (!existing) {
      const source: Source = { tool: raw.tool, rule: raw.rule, report: raw.report, verification: raw.verification };
      if (raw.suppressedAtSource) source.suppressedAtSource = raw.suppressedAtSource;
      sources.push(source);
    } else if (VERIFICATION_RANK[raw.verification] > VERIFICATION_RANK[existing.verification]) {
      existing.verification = raw.verification;
    }
    if (VERIFICATION_RANK[raw.verification] > VERIFICATION_RANK[verification]) verification = raw.verification;
    if (raw.suppressedAtSource) suppression ??= raw.suppressedAtSource;
    else allSuppressed = false;
    if (locations.length < MAX_LOCATIONS * 4 && !locations.some((l) => l.file === raw.file && l.line === (raw.line || undefined) && l.commit === raw.commit)) {
      locations.push(location(raw));
    }
  }
  if (locations.length > 1) locations.sort(compareLocations);
  if (locations.length > MAX_LOCATIONS) locations.length = MAX_LOCATIONS;
  const tools = sources.length === 1 ? [sources[0]!.tool] : [...new Set(sources.map((s) => s.tool))].sort();
  const rules = sources.length === 1 ? [sources[0]!.rule] : [...new Set(sources.map((s) => s.rule))].sort();
  const merged: MergedFinding = { fingerprint, kind: group.kind, family, tools, rules, sources, locations, verification };
  if (alternates) merged.alternates = alternates;
  if (allSuppressed && suppression) merged.suppressedAtSource = suppression;
  return merged;
}

/** Files first (findings at HEAD before history-only ones without a file), then line, then commit. */
export function compareLocations(a: Location, b: Location): number {
  return (
    Number(a.file === undefined) - Number(b.file === undefined) ||
    cmp(a.file ?? '', b.file ?? '') ||
    Number(a.commit !== undefined) - Number(b.commit !== undefined) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    cmp(a.commit ?? '', b.commit ?? '')
  );
}

/** Code-unit order: stable across locales and much cheaper than localeCompare on 200k items. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
