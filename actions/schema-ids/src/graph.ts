// The whole-repository schema graph: every subschema found by a draft-aware walk, every resource (`$id`,
// draft-04 `id`, or the file's own path), every anchor, and every reference site. Resolution is offline:
// nothing is ever fetched.

import { atLeast, dialectOf, idKeyword, keywordKinds, refKeywords, type Dialect } from './dialect';
import { evaluatePointer, joinPointer, parsePointer, pointerFromFragment } from './pointer';
import { isAbsoluteUri, isHttpUri, resolveUri, splitUri } from './uri';

export interface SchemaDoc {
  /** Repository-relative path (`<builtin>/…` for bundled meta-schemas). */
  path: string;
  value: unknown;
  dialect: Dialect;
  builtin: boolean;
  /** Base URI when the root has no usable `$id`: the file's path as a file: URI. */
  fileUri: string;
}

export type SchemaNode = Record<string, unknown> | boolean;

export interface Subschema {
  doc: SchemaDoc;
  pointer: string;
  node: SchemaNode;
  dialect: Dialect;
  /** Absolute base URI (no fragment) in effect for this subschema. */
  base: string;
  resource: Resource;
  parent?: Subschema;
  /** The parent's keyword that holds this subschema (`allOf`, `properties`…). */
  keyword?: string;
}

export interface Resource {
  uri: string;
  doc: SchemaDoc;
  pointer: string;
  node: SchemaNode;
  anchors: Map<string, Subschema>;
}

export interface RefSite {
  from: Subschema;
  keyword: string;
  ref: string;
  /** Pointer of the keyword's value. */
  pointer: string;
}

export interface IdClaim {
  uri: string;
  doc: SchemaDoc;
  /** Pointer of the `$id` / `id` value. */
  pointer: string;
}

export interface AnchorClash {
  uri: string;
  first: Subschema;
  second: Subschema;
  keyword: string;
}

export type Resolution =
  | { kind: 'local'; doc: SchemaDoc; pointer: string; node: unknown; sub?: Subschema }
  | { kind: 'remote'; uri: string; allowed: boolean }
  | { kind: 'unresolved'; uri: string; reason: string };

const MAX_DEPTH = 500;

export class SchemaGraph {
  readonly resources = new Map<string, Resource>();
  /** Second names of whole documents (the file path, the policy URI): used only when no resource claims a URI. */
  readonly aliases = new Map<string, Resource>();
  readonly claims = new Map<string, IdClaim[]>();
  readonly anchorClashes: AnchorClash[] = [];
  readonly subschemas: Subschema[] = [];
  readonly refs: RefSite[] = [];
  /** Subschemas by document and pointer, for mapping ref targets back to walked nodes. */
  readonly byLocation = new Map<SchemaDoc, Map<string, Subschema>>();
  /** Problems found while walking (nesting too deep). */
  readonly walkProblems: { doc: SchemaDoc; pointer: string; message: string }[] = [];

  constructor(private readonly allowRemote: readonly string[] = []) {}

  /** Walk one parsed document. `rootUri` is its absolute root `$id` when valid, else undefined. */
  addDocument(doc: SchemaDoc, rootUri: string | undefined, aliases: readonly string[]): void {
    const base = rootUri ?? doc.fileUri;
    const node = doc.value as SchemaNode;
    const resource: Resource = { uri: base, doc, pointer: '', node, anchors: new Map() };
    if (rootUri) this.claim({ uri: rootUri, doc, pointer: `/${idKeyword(doc.dialect)}` }, resource);
    else this.aliases.set(doc.fileUri, resource);
    for (const alias of aliases) if (!this.aliases.has(alias)) this.aliases.set(alias, resource);
    this.byLocation.set(doc, new Map());
    this.walk(node, '', doc.dialect, base, resource, undefined, undefined, 0, true);
  }

  private claim(claim: IdClaim, resource: Resource): void {
    const list = this.claims.get(claim.uri);
    if (list) list.push(claim);
    else this.claims.set(claim.uri, [claim]);
    if (!this.resources.has(claim.uri)) this.resources.set(claim.uri, resource);
  }

  private walk(
    node: unknown,
    pointer: string,
    dialect: Dialect,
    base: string,
    resource: Resource,
    parent: Subschema | undefined,
    keyword: string | undefined,
    depth: number,
    isRoot = false,
  ): void {
    if (typeof node !== 'boolean' && (node === null || typeof node !== 'object' || Array.isArray(node))) return;
    if (depth > MAX_DEPTH) {
      this.walkProblems.push({ doc: resource.doc, pointer, message: `subschemas nested deeper than ${MAX_DEPTH} levels` });
      return;
    }
    if (typeof node === 'boolean') {
      this.record({ doc: resource.doc, pointer, node, dialect, base, resource, parent, keyword });
      return;
    }
    const obj = node as Record<string, unknown>;
    // An embedded resource may switch dialect (2019-09+: `$schema` next to `$id`).
    const idKey = idKeyword(dialect);
    const rawId = obj[idKey];
    if (!isRoot && typeof obj.$schema === 'string' && typeof rawId === 'string') {
      const d = dialectOf(obj.$schema);
      if (d) dialect = d;
    }
    if (!isRoot && typeof rawId === 'string' && rawId !== '') {
      const resolved = resolveUri(rawId, base);
      if (resolved) {
        const { document, fragment } = splitUri(resolved);
        // `#foo` (draft-04…07) only names an anchor (collected below); `x.json` or `x.json#foo` starts a resource.
        if (fragment === '' || !rawId.startsWith('#')) {
          if (document !== base || fragment === '') {
            base = document;
            resource = { uri: document, doc: resource.doc, pointer, node: obj, anchors: new Map() };
            this.claim({ uri: document, doc: resource.doc, pointer: joinPointer(pointer, idKey) }, resource);
          }
        }
      }
    }
    const sub: Subschema = { doc: resource.doc, pointer, node: obj, dialect, base, resource, parent, keyword };
    this.record(sub);
    this.collectAnchors(obj, sub, dialect, rawId, base);
    for (const kw of refKeywords(dialect)) {
      const value = obj[kw];
      if (typeof value === 'string') this.refs.push({ from: sub, keyword: kw, ref: value, pointer: joinPointer(pointer, kw) });
    }
    // One pass over the object's own keys: far cheaper than probing every keyword on objects of many shapes.
    const kinds = keywordKinds(dialect);
    for (const kw in obj) {
      const kind = kinds.get(kw);
      if (kind === undefined) continue;
      const value = obj[kw];
      if (kind === 'single') {
        if (kw === 'items' && Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) this.walk(value[i], joinPointer(pointer, kw, i), dialect, base, resource, sub, kw, depth + 1);
        } else {
          this.walk(value, joinPointer(pointer, kw), dialect, base, resource, sub, kw, depth + 1);
        }
      } else if (kind === 'array') {
        if (!Array.isArray(value)) continue;
        for (let i = 0; i < value.length; i++) this.walk(value[i], joinPointer(pointer, kw, i), dialect, base, resource, sub, kw, depth + 1);
      } else {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
        const map = value as Record<string, unknown>;
        for (const name in map) {
          const child = map[name];
          // Draft-04…07 `dependencies` mixes schemas with arrays of property names; only schemas are walked.
          if (Array.isArray(child)) continue;
          this.walk(child, joinPointer(pointer, kw, name), dialect, base, resource, sub, kw, depth + 1);
        }
      }
    }
  }

  private collectAnchors(obj: Record<string, unknown>, sub: Subschema, dialect: Dialect, rawId: unknown, base: string): void {
    if (obj.$anchor === undefined && obj.$dynamicAnchor === undefined && !(typeof rawId === 'string' && rawId.includes('#'))) return;
    const names: { name: string; keyword: string }[] = [];
    if (atLeast(dialect, '2019-09')) {
      if (typeof obj.$anchor === 'string') names.push({ name: obj.$anchor, keyword: '$anchor' });
      if (dialect === '2020-12' && typeof obj.$dynamicAnchor === 'string') names.push({ name: obj.$dynamicAnchor, keyword: '$dynamicAnchor' });
    } else if (typeof rawId === 'string' && rawId.includes('#')) {
      // Draft-04…07: an id with a plain-name fragment (`#foo` or `other.json#foo`) is a location-independent anchor.
      const resolved = resolveUri(rawId, base);
      const fragment = resolved ? splitUri(resolved).fragment : '';
      if (fragment && !fragment.startsWith('/')) names.push({ name: pointerFromFragment(fragment) ?? fragment, keyword: idKeyword(dialect) });
    }
    for (const { name, keyword } of names) {
      const earlier = sub.resource.anchors.get(name);
      // `$anchor` and `$dynamicAnchor` of the same name on one subschema are one anchor, not a clash.
      if (earlier && earlier !== sub) this.anchorClashes.push({ uri: `${sub.resource.uri}#${name}`, first: earlier, second: sub, keyword });
      else sub.resource.anchors.set(name, sub);
    }
  }

  private record(sub: Subschema): void {
    this.subschemas.push(sub);
    this.byLocation.get(sub.doc)?.set(sub.pointer, sub);
  }

  lookup(document: string): Resource | undefined {
    return this.resources.get(document) ?? this.aliases.get(document);
  }

  isAllowedRemote(uri: string): boolean {
    return this.allowRemote.some((prefix) => uri.startsWith(prefix));
  }

  /** Resolve a reference site to the document location it names. */
  resolve(site: RefSite): Resolution {
    const absolute = resolveUri(site.ref, site.from.base);
    if (!absolute) return { kind: 'unresolved', uri: site.ref, reason: `is not a valid URI reference against base ${site.from.base}` };
    const { document, fragment } = splitUri(absolute);
    // A reference into the schema's own resource stays there, even when another file claims the same $id.
    const resource = document === site.from.resource.uri ? site.from.resource : this.lookup(document);
    if (!resource) {
      if (isHttpUri(document)) return { kind: 'remote', uri: absolute, allowed: this.isAllowedRemote(absolute) };
      const shown = isAbsoluteUri(site.ref) ? absolute : `${site.ref} (resolved to ${absolute})`;
      return { kind: 'unresolved', uri: absolute, reason: `${shown}: no schema in the repository has this URI` };
    }
    if (fragment === '') return this.located(resource, resource.pointer, resource.node);
    const decoded = pointerFromFragment(fragment);
    if (decoded === undefined) return { kind: 'unresolved', uri: absolute, reason: `has a malformed percent-encoding in its fragment` };
    if (decoded.startsWith('/')) {
      const tokens = parsePointer(decoded);
      if (!tokens) return { kind: 'unresolved', uri: absolute, reason: `has an invalid JSON pointer ${JSON.stringify(decoded)} (use ~0 for ~ and ~1 for /)` };
      const found = evaluatePointer(resource.node, tokens);
      if (!found.found) return { kind: 'unresolved', uri: absolute, reason: `points at ${decoded}, which does not exist in ${resource.doc.path}` };
      if (typeof found.value !== 'boolean' && (found.value === null || typeof found.value !== 'object' || Array.isArray(found.value))) {
        return { kind: 'unresolved', uri: absolute, reason: `points at ${decoded} in ${resource.doc.path}, which is not a schema` };
      }
      return this.located(resource, resource.pointer + decoded, found.value);
    }
    const anchor = resource.anchors.get(decoded);
    if (!anchor) return { kind: 'unresolved', uri: absolute, reason: `names anchor ${JSON.stringify(decoded)}, which ${resource.doc.path} does not define` };
    return { kind: 'local', doc: anchor.doc, pointer: anchor.pointer, node: anchor.node, sub: anchor };
  }

  private located(resource: Resource, pointer: string, node: unknown): Resolution {
    const sub = this.byLocation.get(resource.doc)?.get(pointer);
    return { kind: 'local', doc: resource.doc, pointer, node, sub };
  }
}
