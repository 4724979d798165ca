// NTIA minimum elements (2021): per component supplier, name, version, a unique id and its dependency
// relationships; per BOM the author of the SBOM data and a timestamp. Pure: counts and who lacks what.

import type { BomView, ComponentView } from './bom-model';
import { meetsPercent } from '../../common/src/numbers';

export const COMPONENT_ELEMENTS = ['supplier', 'name', 'version', 'purl', 'dependencies'] as const;
export type ComponentElement = (typeof COMPONENT_ELEMENTS)[number];

export interface NtiaThresholds {
  supplier: number;
  name: number;
  version: number;
  /** A unique identifier: purl or cpe. */
  purl: number;
  dependencies: number;
  /** BOM-level elements: required or not. */
  author: boolean;
  timestamp: boolean;
}

export const DEFAULT_NTIA: NtiaThresholds = { supplier: 0, name: 100, version: 100, purl: 100, dependencies: 100, author: true, timestamp: true };

export const ELEMENT_LABEL: Record<ComponentElement, string> = {
  supplier: 'supplier (or author)',
  name: 'name',
  version: 'version',
  purl: 'unique id (purl or cpe)',
  dependencies: 'dependency relationships',
};

export interface ElementCount {
  element: ComponentElement;
  present: number;
  total: number;
  min: number;
  ok: boolean;
  missing: ComponentView[];
}

export interface NtiaResult {
  elements: ElementCount[];
  hasAuthor: boolean;
  hasTimestamp: boolean;
  /** What counted as the BOM's author (for the summary). */
  authorSource?: string;
}

function nonEmpty(v: unknown): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.some(nonEmpty);
  if (v && typeof v === 'object') return Object.values(v).some(nonEmpty);
  return false;
}

function hasSupplier(c: ComponentView): boolean {
  const r = c.raw;
  return nonEmpty(r.supplier) || nonEmpty(r.manufacturer) || nonEmpty(r.author) || nonEmpty(r.authors) || nonEmpty(r.publisher);
}

export function evaluateNtia(view: BomView, bom: Record<string, unknown>, min: NtiaThresholds): NtiaResult {
  // A component "has" relationships when the dependency graph has an entry for it (an empty dependsOn
  // is a statement: no dependencies) — NTIA asks that relationships be declared, not that they exist.
  const checks: Record<ComponentElement, (c: ComponentView) => boolean> = {
    supplier: hasSupplier,
    name: (c) => c.name.trim() !== '',
    version: (c) => c.version !== undefined,
    purl: (c) => c.purl !== undefined || c.cpe !== undefined,
    dependencies: (c) => c.bomRef !== undefined && view.dependsOn.has(c.bomRef),
  };
  const elements = COMPONENT_ELEMENTS.map((element): ElementCount => {
    const missing = view.components.filter((c) => !checks[element](c));
    const total = view.components.length;
    const present = total - missing.length;
    return { element, present, total, min: min[element], ok: meetsPercent(present, total, min[element]), missing };
  });
  const metadata = (bom.metadata ?? {}) as Record<string, unknown>;
  let authorSource: string | undefined;
  if (nonEmpty(metadata.authors)) authorSource = 'metadata.authors';
  else if (nonEmpty(metadata.manufacturer)) authorSource = 'metadata.manufacturer';
  else if (nonEmpty(metadata.supplier)) authorSource = 'metadata.supplier';
  else if (nonEmpty(metadata.tools)) authorSource = 'metadata.tools';
  const hasTimestamp = typeof metadata.timestamp === 'string' && metadata.timestamp !== '';
  return { elements, hasAuthor: authorSource !== undefined, hasTimestamp, authorSource };
}
