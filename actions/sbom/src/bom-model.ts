// A read-only view of a (schema-valid) CycloneDX BOM that the rules share: every component including
// nested ones, with its JSON pointer, and the dependency graph with shortest paths from the subject.

export interface LicenseChoice {
  license?: { id?: string; name?: string; url?: string };
  expression?: string;
}

export interface ComponentView {
  /** JSON pointer of the component in the BOM. */
  pointer: string;
  bomRef?: string;
  name: string;
  group?: string;
  version?: string;
  purl?: string;
  cpe?: string;
  licenses: LicenseChoice[];
  /** The raw object, for rules that need more fields. */
  raw: Record<string, unknown>;
}

export interface BomView {
  subject?: ComponentView;
  components: ComponentView[];
  /** bom-ref → refs it depends on. */
  dependsOn: Map<string, string[]>;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function toView(raw: Record<string, unknown>, pointer: string): ComponentView {
  const licenses = Array.isArray(raw.licenses) ? (raw.licenses.filter((l) => l && typeof l === 'object') as LicenseChoice[]) : [];
  return {
    pointer,
    bomRef: str(raw['bom-ref']),
    name: typeof raw.name === 'string' ? raw.name : '',
    group: str(raw.group),
    version: str(raw.version),
    purl: str(raw.purl),
    cpe: str(raw.cpe),
    licenses,
    raw,
  };
}

export function displayName(c: Pick<ComponentView, 'name' | 'group' | 'version'>): string {
  const name = c.group ? `${c.group}/${c.name}` : c.name || '(unnamed)';
  return c.version ? `${name}@${c.version}` : name;
}

export function viewBom(bom: Record<string, unknown>): BomView {
  const components: ComponentView[] = [];
  const walk = (list: unknown, pointer: string): void => {
    if (!Array.isArray(list)) return;
    list.forEach((item, i) => {
      if (!item || typeof item !== 'object') return;
      const p = `${pointer}/${i}`;
      const view = toView(item as Record<string, unknown>, p);
      components.push(view);
      walk((item as Record<string, unknown>).components, `${p}/components`);
    });
  };
  walk(bom.components, '/components');
  const metadata = (bom.metadata ?? {}) as Record<string, unknown>;
  const subjectRaw = metadata.component;
  const subject = subjectRaw && typeof subjectRaw === 'object' ? toView(subjectRaw as Record<string, unknown>, '/metadata/component') : undefined;
  const dependsOn = new Map<string, string[]>();
  if (Array.isArray(bom.dependencies)) {
    for (const dep of bom.dependencies) {
      if (!dep || typeof dep !== 'object') continue;
      const d = dep as Record<string, unknown>;
      if (typeof d.ref !== 'string') continue;
      const targets = Array.isArray(d.dependsOn) ? d.dependsOn.filter((t): t is string => typeof t === 'string') : [];
      dependsOn.set(d.ref, [...(dependsOn.get(d.ref) ?? []), ...targets]);
    }
  }
  return { subject, components, dependsOn };
}

/**
 * Shortest dependency path from the subject to every reachable bom-ref (BFS), as bom-ref lists.
 * Components that nothing reaches get no entry.
 */
export function dependencyPaths(view: BomView): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const start = view.subject?.bomRef;
  if (!start) return out;
  const parent = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const ref = queue[i]!;
    for (const next of view.dependsOn.get(ref) ?? []) {
      if (parent.has(next)) continue;
      parent.set(next, ref);
      queue.push(next);
    }
  }
  const pathTo = (ref: string): string[] => {
    const cached = out.get(ref);
    if (cached) return cached;
    const up = parent.get(ref);
    const path = up ? [...pathTo(up), ref] : [ref];
    out.set(ref, path);
    return path;
  };
  for (const ref of parent.keys()) pathTo(ref);
  return out;
}

/** Describes how a component is reached: "demo@1.2.3 > a@1.0.0 > b@2.0.0", names rather than opaque bom-refs. */
export function pathDescriber(view: BomView): (component: ComponentView) => string {
  const paths = dependencyPaths(view);
  const names = new Map<string, string>();
  if (view.subject?.bomRef) names.set(view.subject.bomRef, displayName(view.subject));
  for (const c of view.components) if (c.bomRef && !names.has(c.bomRef)) names.set(c.bomRef, displayName(c));
  return (component) => {
    if (!component.bomRef) return displayName(component);
    const refs = paths.get(component.bomRef);
    if (!refs) return `${displayName(component)} (not reachable from ${view.subject ? displayName(view.subject) : 'the BOM subject'} in dependencies)`;
    return refs.map((r) => names.get(r) ?? r).join(' > ');
  };
}
