// What changed since the previous release's SBOM, pure. Components are matched by package identity
// (purl without version, else group/name); npm trees may hold several versions of one package.

import { displayName, type ComponentView } from './bom-model';
import { describeLicenses, isCopyleftId, licenseIds, purlBase } from './license-policy';

interface PackageState {
  key: string;
  label: string;
  versions: Set<string>;
  licenses: Set<string>;
  copyleft: Set<string>;
}

export interface VersionChange {
  label: string;
  from: string[];
  to: string[];
}

export interface LicenseChange {
  label: string;
  from: string[];
  to: string[];
}

export interface SbomDiff {
  added: { label: string; versions: string[]; licenses: string[] }[];
  removed: { label: string; versions: string[] }[];
  changed: VersionChange[];
  licenseChanges: LicenseChange[];
  /** Packages with a copyleft license now that had none before (including new packages). */
  newlyCopyleft: { label: string; licenses: string[] }[];
}

export function packageKey(c: ComponentView): string {
  if (c.purl) return purlBase(c.purl);
  return c.group ? `${c.group}/${c.name}` : c.name;
}

function collect(components: readonly ComponentView[]): Map<string, PackageState> {
  const out = new Map<string, PackageState>();
  for (const c of components) {
    const key = packageKey(c);
    let state = out.get(key);
    if (!state) {
      state = { key, label: displayName({ name: c.name, group: c.group }), versions: new Set(), licenses: new Set(), copyleft: new Set() };
      out.set(key, state);
    }
    state.versions.add(c.version ?? '(no version)');
    state.licenses.add(describeLicenses(c.licenses));
    for (const id of licenseIds(c.licenses)) if (isCopyleftId(id)) state.copyleft.add(id);
  }
  return out;
}

const sorted = (s: Set<string>): string[] => [...s].sort();
const same = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));

export function diffSboms(previous: readonly ComponentView[], current: readonly ComponentView[]): SbomDiff {
  const before = collect(previous);
  const after = collect(current);
  const diff: SbomDiff = { added: [], removed: [], changed: [], licenseChanges: [], newlyCopyleft: [] };
  for (const [key, now] of after) {
    const then = before.get(key);
    if (!then) {
      diff.added.push({ label: now.label, versions: sorted(now.versions), licenses: sorted(now.licenses) });
    } else {
      if (!same(then.versions, now.versions)) diff.changed.push({ label: now.label, from: sorted(then.versions), to: sorted(now.versions) });
      if (!same(then.licenses, now.licenses)) diff.licenseChanges.push({ label: now.label, from: sorted(then.licenses), to: sorted(now.licenses) });
    }
    if (now.copyleft.size > 0 && (!then || then.copyleft.size === 0)) diff.newlyCopyleft.push({ label: now.label, licenses: sorted(now.copyleft) });
  }
  for (const [key, then] of before) if (!after.has(key)) diff.removed.push({ label: then.label, versions: sorted(then.versions) });
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  diff.added.sort(byLabel);
  diff.removed.sort(byLabel);
  diff.changed.sort(byLabel);
  diff.licenseChanges.sort(byLabel);
  diff.newlyCopyleft.sort(byLabel);
  return diff;
}
