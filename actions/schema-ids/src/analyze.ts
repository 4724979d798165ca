// Evaluate: every schema check over parsed files, with no file-system access. Findings carry JSON pointers;
// the caller turns them into line:column only for files that have findings.

import type { ErrorObject } from 'ajv';
import type { Severity } from '../../common/src/result';
import { MetaValidators } from './ajv-pool';
import { BUILTIN_SCHEMAS } from './builtin';
import { ClosedObjectChecker, type ClosedObjectStats } from './closed-objects';
import { DIALECTS, dialectOf, idKeyword, type Dialect } from './dialect';
import { ExampleRunner, type DocInfo, type ExampleStats, type InstanceSource } from './examples';
import { SchemaGraph, type SchemaDoc } from './graph';
import { expectedId, sameId, type IdPolicy } from './id-policy';
import { parseJsonSource, Positions, type SourceFile } from './parse';
import { joinPointer } from './pointer';
import type { RawFinding } from './rules';
import { fileUri, isAbsoluteUri, resolveUri, splitUri } from './uri';

export type Level = 'error' | 'warning' | 'off';

export interface AnalyzeOptions {
  policy: IdPolicy;
  defaultDialect: Dialect;
  allowRemoteRefs: readonly string[];
  closedObjects: Level;
  strict: Level;
  /** `needed`: compile only schemas with instances; `all`: every schema (strict-mode findings everywhere, slow). */
  compile: 'needed' | 'all';
}

export interface RefStats {
  total: number;
  resolved: number;
  unresolved: number;
  remote: number;
  remoteAllowed: number;
  crossFile: number;
  crossDialect: number;
}

export interface Analysis {
  findings: RawFinding[];
  positions: Positions;
  schemas: number;
  parsed: number;
  unparsable: string[];
  byDialect: Record<Dialect, number>;
  refs: RefStats;
  closedObjects?: ClosedObjectStats;
  examples: ExampleStats;
  subschemas: number;
}

const MAX_META_ERRORS_PER_FILE = 20;

function nameOf(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return file.replace(/(\.schema)?\.json$/i, '');
}

export function analyze(schemas: readonly SourceFile[], instances: readonly InstanceSource[], options: AnalyzeOptions): Analysis {
  const files = new Map<string, SourceFile>();
  for (const f of [...schemas, ...instances]) files.set(f.path, f);
  const positions = new Positions(files);
  const findings: RawFinding[] = [];
  const byDialect = Object.fromEntries(DIALECTS.map((d) => [d, 0])) as Record<Dialect, number>;
  const unparsable: string[] = [];
  const infos: DocInfo[] = [];
  const graph = new SchemaGraph(options.allowRemoteRefs);
  const meta = new MetaValidators();

  // 1. Parse hygiene and dialects.
  for (const file of schemas) {
    const parsed = parseJsonSource(file, positions, findings);
    if (!parsed.ok) {
      unparsable.push(file.path);
      continue;
    }
    const value = parsed.value;
    if (typeof value !== 'boolean' && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      findings.push({ rule: 'meta-schema', severity: 'error', file: file.path, pointer: '', message: `a schema must be a JSON object (or boolean), not ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}` });
      continue;
    }
    let dialect = options.defaultDialect;
    let unknownDialect = false;
    const declared = typeof value === 'object' ? (value as Record<string, unknown>).$schema : undefined;
    if (declared === undefined) {
      findings.push({ rule: 'missing-schema', severity: 'warning', file: file.path, pointer: '', message: `no "$schema": the dialect is ambiguous to other tools; assumed ${options.defaultDialect} (default-dialect). Add "$schema": "${metaUriFor(options.defaultDialect)}"` });
    } else {
      const d = typeof declared === 'string' ? dialectOf(declared) : undefined;
      if (d) dialect = d;
      else {
        unknownDialect = true;
        findings.push({ rule: 'unknown-dialect', severity: 'error', file: file.path, pointer: '/$schema', message: `"$schema" ${JSON.stringify(declared)} is not a dialect the gate knows (draft-04, draft-06, draft-07, 2019-09, 2020-12); checked as ${options.defaultDialect}` });
      }
    }
    byDialect[dialect]++;
    const doc: SchemaDoc = { path: file.path, value, dialect, builtin: false, fileUri: fileUri(file.path) };
    infos.push({ doc, name: nameOf(file.path), unknownDialect });
  }

  // 2. Meta-schema validation (one cached validator per dialect).
  for (const info of infos) {
    try {
      pushMetaErrors(info.doc, meta.validate(info.doc.dialect, info.doc.value), findings);
    } catch (err) {
      findings.push({ rule: 'meta-schema', severity: 'error', file: info.doc.path, pointer: '', message: `could not be validated against the ${info.doc.dialect} meta-schema: ${(err as Error).message}` });
    }
  }

  // 3. Identity: root $id checks, then the graph of every resource.
  for (const info of infos) {
    const { doc } = info;
    const key = idKeyword(doc.dialect);
    const root = doc.value;
    const raw = typeof root === 'object' ? (root as Record<string, unknown>)[key] : undefined;
    const expected = expectedId(options.policy, doc.path);
    if (raw === undefined) {
      const other = typeof root === 'object' ? (root as Record<string, unknown>)[key === '$id' ? 'id' : '$id'] : undefined;
      const hint = typeof other === 'string' ? ` (it has "${key === '$id' ? 'id' : '$id'}", which ${doc.dialect} ignores: rename it to "${key}")` : '';
      findings.push({ rule: 'missing-id', severity: 'error', file: doc.path, pointer: '', message: `no "${key}"${hint}${expected ? `; the policy expects "${key}": "${expected}"` : ''}` });
    } else if (typeof raw === 'string') {
      const pointer = `/${key}`;
      if (!isAbsoluteUri(raw)) {
        findings.push({ rule: 'relative-id', severity: 'error', file: doc.path, pointer, message: `"${key}" ${JSON.stringify(raw)} is relative; a root identifier must be an absolute URI${expected ? ` such as "${expected}"` : ''}` });
      }
      const hash = raw.indexOf('#');
      if (hash !== -1 && hash < raw.length - 1) {
        findings.push({ rule: 'id-fragment', severity: 'error', file: doc.path, pointer, message: `"${key}" ${JSON.stringify(raw)} has a fragment; a root identifier must not (an empty trailing "#" is tolerated)` });
      }
      if (expected && !sameId(raw, expected)) {
        findings.push({ rule: 'id-mismatch', severity: 'error', file: doc.path, pointer, message: `"${key}" is ${JSON.stringify(raw)}, but the policy derives "${expected}" from the file path` });
      }
      const resolved = resolveUri(raw, doc.fileUri);
      if (resolved) info.rootId = splitUri(resolved).document;
    }
    const aliases = !info.rootId && expected ? [splitUri(expected).document] : [];
    graph.addDocument(doc, info.rootId, aliases);
  }
  // Bundled meta-schemas go last: a repository schema claiming the same URI wins.
  for (const b of BUILTIN_SCHEMAS) {
    const doc: SchemaDoc = { path: `<builtin>/${b.name}`, value: b.value, dialect: b.dialect, builtin: true, fileUri: fileUri(`<builtin>/${b.name}`) };
    const id = (b.value.$id ?? b.value.id) as string;
    const uri = splitUri(resolveUri(id, 'file:///')!).document;
    if (!graph.resources.has(uri)) graph.addDocument(doc, uri, []);
  }

  for (const [uri, claims] of graph.claims) {
    const own = claims.filter((c) => !c.doc.builtin);
    if (own.length < 2) continue;
    for (const c of own) {
      const others = own.filter((o) => o !== c).map((o) => (o.doc === c.doc ? `${o.pointer} in this file` : `${o.doc.path}${o.pointer !== '/$id' && o.pointer !== '/id' ? ` at ${o.pointer}` : ''}`));
      findings.push({ rule: 'duplicate-id', severity: 'error', file: c.doc.path, pointer: c.pointer, message: `identifier ${uri} is also claimed by ${others.join(', ')}; resolvers keep only one of them` });
    }
  }
  for (const clash of graph.anchorClashes) {
    if (clash.second.doc.builtin) continue;
    const first = clash.first.doc === clash.second.doc ? clash.first.pointer || '(root)' : `${clash.first.doc.path} ${clash.first.pointer}`;
    findings.push({ rule: 'duplicate-anchor', severity: 'error', file: clash.second.doc.path, pointer: joinPointer(clash.second.pointer, clash.keyword), message: `anchor ${clash.uri} is already defined at ${first}` });
  }
  for (const p of graph.walkProblems) {
    if (!p.doc.builtin) findings.push({ rule: 'too-deep', severity: 'error', file: p.doc.path, pointer: p.pointer, message: p.message });
  }

  // 4. The $ref graph.
  const refs: RefStats = { total: 0, resolved: 0, unresolved: 0, remote: 0, remoteAllowed: 0, crossFile: 0, crossDialect: 0 };
  for (const site of graph.refs) {
    if (site.from.doc.builtin) continue;
    refs.total++;
    const r = graph.resolve(site);
    if (r.kind === 'local') {
      refs.resolved++;
      if (r.doc !== site.from.doc) refs.crossFile++;
      if (r.doc.dialect !== site.from.dialect && !r.doc.builtin) refs.crossDialect++;
    } else if (r.kind === 'remote') {
      if (r.allowed) refs.remoteAllowed++;
      else {
        refs.remote++;
        findings.push({ rule: 'remote-ref', severity: 'error', file: site.from.doc.path, pointer: site.pointer, message: `${site.keyword} ${JSON.stringify(site.ref)} points at remote ${r.uri}, which no schema in the repository claims; nothing is fetched: vendor the schema, or allow the prefix with allow-remote-refs` });
      }
    } else {
      refs.unresolved++;
      findings.push({ rule: 'unresolved-ref', severity: 'error', file: site.from.doc.path, pointer: site.pointer, message: `${site.keyword} ${JSON.stringify(site.ref)} ${r.reason}` });
    }
  }

  // 5. Closed objects.
  let closedObjects: ClosedObjectStats | undefined;
  const checker = new ClosedObjectChecker(graph);
  const { issues, stats } = checker.check((sub) => !sub.doc.builtin);
  for (const issue of issues) {
    if (issue.rule === 'open-object') {
      if (options.closedObjects === 'off') continue;
      findings.push({ rule: 'open-object', severity: options.closedObjects, file: issue.sub.doc.path, pointer: issue.pointer, message: issue.message });
    } else {
      findings.push({ rule: issue.rule, severity: 'error', file: issue.sub.doc.path, pointer: issue.pointer, key: true, message: issue.message });
    }
  }
  if (options.closedObjects !== 'off') closedObjects = stats;

  // 6. Compile where needed: schemas with examples (or every schema with compile: all).
  const strictSeverity: Severity | 'off' = options.strict;
  const runner = new ExampleRunner(graph, infos, positions, findings, strictSeverity);
  if (options.compile === 'all') for (const info of infos) runner.compile(info);
  runner.run(instances);

  return {
    findings,
    positions,
    schemas: schemas.length,
    parsed: infos.length,
    unparsable,
    byDialect,
    refs,
    closedObjects,
    examples: runner.stats,
    subschemas: graph.subschemas.filter((s) => !s.doc.builtin).length,
  };
}

function metaUriFor(d: Dialect): string {
  return d === '2019-09' || d === '2020-12' ? `https://json-schema.org/draft/${d}/schema` : `http://json-schema.org/${d}/schema#`;
}

/** Meta-schema errors, most specific first, without the anyOf/oneOf noise that repeats one problem. */
function pushMetaErrors(doc: SchemaDoc, errors: readonly ErrorObject[], findings: RawFinding[]): void {
  if (!errors.length) return;
  const seen = new Set<string>();
  const useful = errors.filter((e) => !['anyOf', 'oneOf', 'if', '$ref', '$dynamicRef'].includes(e.keyword));
  const list = useful.length ? useful : errors;
  let shown = 0;
  for (const e of list) {
    const params = e.params as Record<string, unknown>;
    const extra = Array.isArray(params.allowedValues) ? `: ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}` : typeof params.additionalProperty === 'string' ? `: ${JSON.stringify(params.additionalProperty)}` : '';
    const text = `${e.instancePath || '(root)'} ${e.message ?? e.keyword}${extra}`;
    if (seen.has(text)) continue;
    seen.add(text);
    if (shown++ >= MAX_META_ERRORS_PER_FILE) {
      findings.push({ rule: 'meta-schema', severity: 'error', file: doc.path, pointer: '', message: `${list.length - MAX_META_ERRORS_PER_FILE} more meta-schema errors not listed` });
      break;
    }
    findings.push({ rule: 'meta-schema', severity: 'error', file: doc.path, pointer: e.instancePath, message: `does not match the ${doc.dialect} meta-schema: ${text}` });
  }
}
