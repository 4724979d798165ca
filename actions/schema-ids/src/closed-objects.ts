// Closed objects, composition-aware.
//
// An object subschema is closed when it (or a schema it is combined with) rejects unknown properties:
// `additionalProperties` / `unevaluatedProperties` false or a real schema. Composition counts:
//  - an `allOf` branch (or if/then/else, anyOf/oneOf branch, `$ref` target in 2019-09+) may stay open when a schema
//    applied to the same instance closes it, e.g. the parent has `unevaluatedProperties: false`;
//  - a schema is closed when one of its `allOf` branches is, or every `anyOf`/`oneOf` branch is.
// Separately, an `allOf` whose `additionalProperties: false` conjunct omits a property another conjunct requires
// can never pass: that is reported as unsatisfiable.

import { ALLOW_OPEN_KEYWORD } from './ajv-pool';
import { keywordsOf } from './dialect';
import type { RefSite, SchemaGraph, Subschema } from './graph';
import { joinPointer } from './pointer';

export interface ClosedObjectIssue {
  rule: 'open-object' | 'unsatisfiable-allof';
  sub: Subschema;
  pointer: string;
  message: string;
}

export interface ClosedObjectStats {
  objectSchemas: number;
  closed: number;
  coveredByComposition: number;
  suppressed: number;
  open: number;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isEmptySchema(v: unknown): boolean {
  return v === true || (isObj(v) && Object.keys(v).length === 0);
}

/** The schema describes objects: `type` names object, or it lists properties without a type. */
export function isObjectSchema(sub: Subschema): boolean {
  const node = sub.node;
  if (!isObj(node)) return false;
  // Up to draft-07 `$ref` replaces its siblings: the target is checked where it is defined.
  if ('$ref' in node && (sub.dialect === 'draft-04' || sub.dialect === 'draft-06' || sub.dialect === 'draft-07')) return false;
  const type = node.type;
  if (type === 'object') return true;
  if (Array.isArray(type)) return type.includes('object');
  if (type !== undefined) return false;
  return isObj(node.properties) || isObj(node.patternProperties);
}

/** Closed by its own keywords. */
export function isSelfClosed(node: unknown): boolean {
  if (!isObj(node)) return node === false;
  for (const kw of ['additionalProperties', 'unevaluatedProperties']) {
    if (kw in node && !isEmptySchema(node[kw])) return true;
  }
  const names = node.propertyNames;
  if (names === false || (isObj(names) && (Array.isArray(names.enum) || 'const' in names))) return true;
  return node.maxProperties === 0;
}

export function suppressionReason(node: unknown): string | undefined {
  if (!isObj(node)) return undefined;
  const reason = node[ALLOW_OPEN_KEYWORD];
  return typeof reason === 'string' && reason.trim() ? reason.trim() : undefined;
}

export class ClosedObjectChecker {
  private readonly sitesAt = new Map<Subschema, RefSite[]>();
  private readonly targetCache = new Map<RefSite, Subschema | undefined>();
  private readonly closedMemo = new Map<Subschema, boolean>();
  /** Subschemas reached through `$ref` only from places that are closed. */
  private readonly coveredTargets = new Set<Subschema>();

  constructor(private readonly graph: SchemaGraph) {
    for (const site of graph.refs) {
      const list = this.sitesAt.get(site.from);
      if (list) list.push(site);
      else this.sitesAt.set(site.from, [site]);
    }
  }

  private target(site: RefSite): Subschema | undefined {
    if (this.targetCache.has(site)) return this.targetCache.get(site);
    const r = this.graph.resolve(site);
    const sub = r.kind === 'local' ? r.sub : undefined;
    this.targetCache.set(site, sub);
    return sub;
  }

  /** A subschema with its `$ref` chain followed (bounded), for reading a conjunct's keywords. */
  private follow(sub: Subschema): Subschema[] {
    const out: Subschema[] = [sub];
    let current = sub;
    for (let hop = 0; hop < 16; hop++) {
      const site = this.sitesAt.get(current)?.find((s) => s.keyword === '$ref');
      const next = site && this.target(site);
      if (!next || out.includes(next)) break;
      out.push(next);
      current = next;
    }
    return out;
  }

  private childrenOf(sub: Subschema, keyword: string): Subschema[] {
    const node = sub.node;
    if (!isObj(node) || !Array.isArray(node[keyword])) return [];
    const at = this.graph.byLocation.get(sub.doc);
    const out: Subschema[] = [];
    (node[keyword] as unknown[]).forEach((_, i) => {
      const child = at?.get(joinPointer(sub.pointer, keyword, i));
      if (child) out.push(child);
    });
    return out;
  }

  /** Closed by its own keywords, a closed `$ref` target, a closed allOf branch, or all-closed anyOf/oneOf. */
  effectivelyClosed(sub: Subschema, visiting = new Set<Subschema>()): boolean {
    const memo = this.closedMemo.get(sub);
    if (memo !== undefined) return memo;
    if (visiting.has(sub)) return false;
    visiting.add(sub);
    let closed = isSelfClosed(sub.node);
    if (!closed) {
      const ref = this.sitesAt.get(sub)?.find((s) => s.keyword === '$ref');
      const target = ref && this.target(ref);
      if (target && this.effectivelyClosed(target, visiting)) closed = true;
    }
    if (!closed && this.childrenOf(sub, 'allOf').some((b) => this.effectivelyClosed(b, visiting))) closed = true;
    for (const kw of ['anyOf', 'oneOf']) {
      const branches = this.childrenOf(sub, kw);
      if (!closed && branches.length && branches.every((b) => this.effectivelyClosed(b, visiting))) closed = true;
    }
    visiting.delete(sub);
    this.closedMemo.set(sub, closed);
    return closed;
  }

  /** A schema applied to the same instance, further up through in-place keywords, closes it. */
  private chainCovered(sub: Subschema): boolean {
    for (let s = sub; s.parent && s.keyword && keywordsOf(s.parent.dialect).inPlace.has(s.keyword); s = s.parent) {
      if (isSelfClosed(s.parent.node) || this.coveredTargets.has(s.parent)) return true;
    }
    return false;
  }

  private covered(sub: Subschema): boolean {
    return this.coveredTargets.has(sub) || this.chainCovered(sub);
  }

  /** Targets whose every in-place reference comes from a closed place are covered too (to a fixed point). */
  private computeRefCoverage(): void {
    const referrers = new Map<Subschema, Subschema[]>();
    for (const site of this.graph.refs) {
      if (!keywordsOf(site.from.dialect).inPlace.has(site.keyword)) continue;
      const t = this.target(site);
      if (!t) continue;
      const list = referrers.get(t);
      if (list) list.push(site.from);
      else referrers.set(t, [site.from]);
    }
    // Targets referenced from anywhere else (e.g. draft-07 `$ref`, which unevaluatedProperties cannot see through) stay uncovered.
    const blocked = new Set<Subschema>();
    for (const site of this.graph.refs) {
      if (keywordsOf(site.from.dialect).inPlace.has(site.keyword)) continue;
      const t = this.target(site);
      if (t) blocked.add(t);
    }
    let changed = true;
    while (changed) {
      changed = false;
      for (const [t, froms] of referrers) {
        if (this.coveredTargets.has(t) || blocked.has(t)) continue;
        if (froms.every((f) => isSelfClosed(f.node) || this.covered(f))) {
          this.coveredTargets.add(t);
          changed = true;
        }
      }
    }
  }

  check(include: (sub: Subschema) => boolean): { issues: ClosedObjectIssue[]; stats: ClosedObjectStats } {
    this.computeRefCoverage();
    const issues: ClosedObjectIssue[] = [];
    const stats: ClosedObjectStats = { objectSchemas: 0, closed: 0, coveredByComposition: 0, suppressed: 0, open: 0 };
    for (const sub of this.graph.subschemas) {
      if (!include(sub)) continue;
      if (isObjectSchema(sub)) {
        stats.objectSchemas++;
        if (this.effectivelyClosed(sub)) stats.closed++;
        else if (this.covered(sub)) stats.coveredByComposition++;
        else if (suppressionReason(sub.node)) stats.suppressed++;
        else {
          stats.open++;
          issues.push({
            rule: 'open-object',
            sub,
            pointer: sub.pointer,
            message: `object schema${sub.pointer ? ` at ${sub.pointer}` : ''} accepts unknown properties: close it with "additionalProperties": false ("unevaluatedProperties": false when combined with allOf/$ref), or mark it "${ALLOW_OPEN_KEYWORD}": "<reason>"`,
          });
        }
      }
      issues.push(...this.unsatisfiable(sub));
    }
    return { issues, stats };
  }

  /** allOf conjuncts closed by additionalProperties:false that leave out a property another conjunct requires. */
  private unsatisfiable(sub: Subschema): ClosedObjectIssue[] {
    const branches = this.childrenOf(sub, 'allOf');
    if (!branches.length) return [];
    interface Conjunct {
      label: string;
      nodes: Obj[];
      self: boolean;
    }
    const resolved = (s: Subschema) => this.follow(s).map((x) => x.node).filter(isObj);
    const conjuncts: Conjunct[] = [{ label: 'the schema itself', nodes: isObj(sub.node) ? [sub.node] : [], self: true }];
    branches.forEach((b, i) => conjuncts.push({ label: `allOf[${i}]`, nodes: resolved(b), self: false }));
    const issues: ClosedObjectIssue[] = [];
    const seen = new Set<string>();
    for (const c of conjuncts) {
      // The parent's own unevaluatedProperties sees what allOf branches evaluate; additionalProperties does not.
      const closer = c.nodes.find((n) => n.additionalProperties === false || (!c.self && n.unevaluatedProperties === false));
      if (!closer) continue;
      const allowed = allowedNames(c.nodes);
      for (const d of conjuncts) {
        if (d === c) continue;
        for (const n of d.nodes) {
          if (!Array.isArray(n.required)) continue;
          for (const name of n.required) {
            if (typeof name !== 'string' || allowed(name)) continue;
            const key = `${c.label}\0${name}`;
            if (seen.has(key)) continue;
            seen.add(key);
            issues.push({
              rule: 'unsatisfiable-allof',
              sub,
              pointer: joinPointer(sub.pointer, 'allOf'),
              message: `allOf can never pass: ${c.label} closes the object without property "${name}", which ${d.label} requires; move the closing to the parent as "unevaluatedProperties": false (2019-09+) or list "${name}" in ${c.label}'s properties`,
            });
          }
        }
      }
    }
    return issues;
  }
}

function allowedNames(nodes: Obj[]): (name: string) => boolean {
  const names = new Set<string>();
  const patterns: RegExp[] = [];
  let anything = false;
  for (const n of nodes) {
    if (isObj(n.properties)) for (const k of Object.keys(n.properties)) names.add(k);
    if (isObj(n.patternProperties)) {
      for (const p of Object.keys(n.patternProperties)) {
        try {
          patterns.push(new RegExp(p, 'u'));
        } catch {
          anything = true; // An unparsable pattern: do not guess, treat as allowing anything.
        }
      }
    }
  }
  return (name) => anything || names.has(name) || patterns.some((p) => p.test(name));
}
