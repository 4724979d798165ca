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
  /** Every key a baseline entry may use for this finding (the primary first). */
  candidates: string[];
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
  families: Set<string>;
  raws: RawFinding[];
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
    let group = byValue.get(sha1);
    if (!group) {
      group = { kind: 'value', sha1, key: sha1, families: new Set(), raws: [] };
      byValue.set(sha1, group);
    }
    group.raws.push(raw);
    group.families.add(raw.family);
    if (raw.file) atLine.set(locKey(raw.file, raw.line), group);
  }

  for (const raw of pending) {
    // A scanner that hid the secret, at the place another scanner reported it: the same finding.
    const same = raw.file ? atLine.get(locKey(raw.file, raw.line)) : undefined;
    if (same) {
      same.raws.push(raw);
      same.families.add(raw.family);
      continue;
    }
    const lines = raw.file && raw.line ? linesOf(raw.file) : undefined;
    const window = lines && raw.line ? lineWindow(lines, raw.line, raw.endLine) : undefined;
    const kind: Group['kind'] = window !== undefined ? 'location' : 'position';
    const key =
      kind === 'location'
        ? fp.location(raw.file!, window!)
        : fp.position(raw.file ?? `${raw.tool}:${raw.rule}`, raw.family, raw.line);
    let group = byLocation.get(key);
    if (!group) {
      group = { kind, key, families: new Set(), raws: [] };
      byLocation.set(key, group);
    }
    group.raws.push(raw);
    group.families.add(raw.family);
  }

  const out: MergedFinding[] = [];
  for (const group of [...byValue.values(), ...byLocation.values()]) out.push(finish(group, fp));
  return out;
}

function finish(group: Group, fp: Fingerprinter): MergedFinding {
  const family = primaryFamily(group.families);
  let fingerprint: string;
  let candidates: string[];
  if (group.kind === 'value') {
    fingerprint = fp.value(family, group.sha1!);
    const others = [...group.families, 'generic'].filter((f) => f !== family).sort();
    candidates = [fingerprint, ...new Set(others.map((f) => fp.value(f, group.sha1!)))];
  } else {
    fingerprint = group.key;
    candidates = [fingerprint];
  }
  const sources = new Map<string, Source>();
  const locations = new Map<string, Location>();
  let verification: Verification = 'unverified';
  let allSuppressed = true;
  let suppression: string | undefined;
  for (const raw of group.raws) {
    const sourceKey = `${raw.tool}\0${raw.rule}\0${raw.report}`;
    const existing = sources.get(sourceKey);
    if (!existing) {
      sources.set(sourceKey, {
        tool: raw.tool,
        rule: raw.rule,
        report: raw.report,
        verification: raw.verification,
        suppressedAtSource: raw.suppressedAtSource,
      });
    } else if (VERIFICATION_RANK[raw.verification] > VERIFICATION_RANK[existing.verification]) {
      existing.verification = raw.verification;
    }
    if (VERIFICATION_RANK[raw.verification] > VERIFICATION_RANK[verification]) verification = raw.verification;
    if (raw.suppressedAtSource) suppression ??= raw.suppressedAtSource;
    else allSuppressed = false;
    if (locations.size < MAX_LOCATIONS * 4) {
      const key = `${raw.file ?? ''}\0${raw.line ?? 0}\0${raw.commit ?? ''}`;
      if (!locations.has(key)) {
        const loc: Location = {};
        if (raw.file) loc.file = raw.file;
        if (raw.line) loc.line = raw.line;
        if (raw.line && raw.endLine && raw.endLine >= raw.line) loc.endLine = raw.endLine;
        if (raw.commit) loc.commit = raw.commit;
        locations.set(key, loc);
      }
    }
  }
  const sortedLocations = [...locations.values()].sort(compareLocations).slice(0, MAX_LOCATIONS);
  const merged: MergedFinding = {
    fingerprint,
    candidates,
    kind: group.kind,
    family,
    tools: [...new Set([...sources.values()].map((s) => s.tool))].sort(),
    rules: [...new Set([...sources.values()].map((s) => s.rule))].sort(),
    sources: [...sources.values()],
    locations: sortedLocations,
    verification,
  };
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
