// Examples and mapped instances: compile the schemas that have instances (only those), validate, and place
// every ajv error at the instance's line and column. Strict-mode messages from the compile become findings.

import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Severity } from '../../common/src/result';
import { Compilers } from './ajv-pool';
import type { Dialect } from './dialect';
import type { SchemaDoc, SchemaGraph } from './graph';
import { parseJsonSource, parseYamlSource, isYamlPath, type Positions, type SourceFile } from './parse';
import { joinPointer, parsePointer } from './pointer';
import type { RawFinding } from './rules';
import { fileUri, resolveUri, splitUri } from './uri';

export interface InstanceSource extends SourceFile {
  expect: 'valid' | 'invalid';
  /** Schema named in the `instances` option (path or $id). */
  schema?: string;
  /** Set for examples found by the examples/valid|invalid convention. */
  convention?: { prefix: string; key: string };
}

export interface ExampleStats {
  instances: number;
  validated: number;
  compiled: number;
}

export interface DocInfo {
  doc: SchemaDoc;
  /** Absolute root id when the file has a usable one. */
  rootId?: string;
  /** `{name}` of the file: its name without `.schema.json` / `.json`. */
  name: string;
  /** The $schema value was not a known dialect: ajv gets a copy without it. */
  unknownDialect: boolean;
}

const MAX_ERRORS_PER_INSTANCE = 20;
const FAMILY: Record<Dialect, Dialect> = { 'draft-04': 'draft-04', 'draft-06': 'draft-07', 'draft-07': 'draft-07', '2019-09': '2019-09', '2020-12': '2020-12' };

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

export class ExampleRunner {
  private readonly compilers: Compilers;
  private readonly loaded = new Set<Dialect>();
  private readonly compiled = new Map<SchemaDoc, ValidateFunction | null>();
  readonly stats: ExampleStats = { instances: 0, validated: 0, compiled: 0 };

  constructor(
    private readonly graph: SchemaGraph,
    private readonly docs: readonly DocInfo[],
    private readonly positions: Positions,
    private readonly findings: RawFinding[],
    private readonly strictSeverity: Severity | 'off',
  ) {
    this.compilers = new Compilers(strictSeverity !== 'off');
  }

  /** Every schema of a dialect family goes into its ajv instance once, under its file URI (and its $id). */
  private load(family: Dialect): void {
    if (this.loaded.has(family)) return;
    this.loaded.add(family);
    const ajv = this.compilers.get(family);
    for (const info of this.docs) {
      if (FAMILY[info.doc.dialect] !== family) continue;
      let value = info.doc.value as Record<string, unknown> | boolean;
      if (info.unknownDialect && typeof value === 'object') {
        value = { ...value };
        delete value.$schema;
      }
      // A duplicate $id (already reported) or a malformed schema cannot be added; its compile reports why.
      this.compilers.capture(() => ajv.addSchema(value as object, info.doc.fileUri));
    }
  }

  /** Compile a schema once; strict-mode messages and failures become findings on the schema file. */
  compile(info: DocInfo): ValidateFunction | null {
    if (this.compiled.has(info.doc)) return this.compiled.get(info.doc)!;
    const family = FAMILY[info.doc.dialect];
    this.load(family);
    const ajv = this.compilers.get(family);
    const strictMessages = new Set<string>();
    let fn: ValidateFunction | null = null;
    for (let attempt = 0; attempt < 50; attempt++) {
      const result = this.compilers.capture(() => ajv.getSchema(info.doc.fileUri));
      for (const m of result.messages) strictMessages.add(m);
      if (result.error === undefined) {
        fn = result.value ?? null;
        if (!fn) this.findings.push({ rule: 'compile-failed', severity: 'error', file: info.doc.path, pointer: '', message: 'ajv could not register this schema (see the duplicate-id or meta-schema findings), so its instances were not validated' });
        break;
      }
      const message = (result.error as Error).message ?? String(result.error);
      // Unknown formats throw even in "log" mode: report, accept the format as unchecked and compile again.
      const unknown = /^unknown format "([^"]+)" ignored in schema at path "([^"]*)"/.exec(message);
      if (unknown && this.strictSeverity !== 'off') {
        strictMessages.add(`strict mode: ${message}`);
        ajv.addFormat(unknown[1]!, true);
        continue;
      }
      this.findings.push({ rule: 'compile-failed', severity: 'error', file: info.doc.path, pointer: '', message: `ajv cannot compile this schema, so its instances were not validated: ${message}${this.explainMissing(result.error, family)}` });
      break;
    }
    if (this.strictSeverity !== 'off') for (const m of strictMessages) this.findings.push(this.strictFinding(info, m, this.strictSeverity));
    if (fn) this.stats.compiled++;
    this.compiled.set(info.doc, fn);
    return fn;
  }

  /** Why ajv could not find a ref our own resolver finds: it lives in another dialect's instance, or is remote. */
  private explainMissing(error: unknown, family: Dialect): string {
    const missing = (error as { missingRef?: unknown }).missingRef;
    if (typeof missing !== 'string') return '';
    const res = this.graph.lookup(splitUri(missing).document);
    if (res && !res.doc.builtin && FAMILY[res.doc.dialect] !== family) {
      return ` (${res.doc.path} is ${res.doc.dialect}; ajv cannot mix dialects in one instance, so cross-dialect refs cannot be compiled)`;
    }
    if (!res && /^https?:/i.test(missing)) return ' (remote schemas are never fetched)';
    return '';
  }

  private strictFinding(info: DocInfo, message: string, severity: Severity): RawFinding {
    const text = message.replace(/^strict mode: /, '');
    // strictTypes messages carry the absolute schema location: map it back to its file.
    const at = /at "([^"]+)"/.exec(text);
    if (at) {
      const uri = resolveUri(at[1]!, info.doc.fileUri);
      if (uri) {
        const { document, fragment } = splitUri(uri);
        const res = this.graph.lookup(document);
        if (res && !res.doc.builtin) return { rule: 'strict', severity, file: res.doc.path, pointer: res.pointer + decodeSafe(fragment), message: `ajv strict mode: ${text}` };
      }
    }
    const unknownFormat = /schema at path "#([^"]*)"/.exec(text);
    if (unknownFormat) return { rule: 'strict', severity, file: info.doc.path, pointer: decodeSafe(unknownFormat[1]!), message: `ajv strict mode: ${text} (add the format to ajv or remove it)` };
    const keyword = /unknown keyword: "([^"]+)"/.exec(text);
    if (keyword) {
      const name = keyword[1]!;
      for (const [pointer, sub] of this.graph.byLocation.get(info.doc) ?? []) {
        if (typeof sub.node === 'object' && Object.prototype.hasOwnProperty.call(sub.node, name)) {
          return { rule: 'strict', severity, file: info.doc.path, pointer: joinPointer(pointer, name), key: true, message: `ajv strict mode: ${text} (add it to ajv's keywords, or prefix it x- and register it)` };
        }
      }
    }
    return { rule: 'strict', severity, file: info.doc.path, pointer: '', message: `ajv strict mode: ${text}` };
  }

  private targetFor(inst: InstanceSource, value: unknown): DocInfo | string {
    if (inst.schema !== undefined) {
      const match = this.docs.find((d) => d.doc.path === inst.schema) ?? this.docs.find((d) => d.rootId !== undefined && d.rootId === resolveUri(inst.schema!, 'file:///'));
      return match ?? `instances names schema ${JSON.stringify(inst.schema)}, which is neither a schema file path nor a schema $id in the repository`;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as Record<string, unknown>).$schema === 'string') {
      const uri = resolveUri((value as Record<string, string>).$schema!, fileUri(inst.path));
      const res = uri ? this.graph.lookup(splitUri(uri).document) : undefined;
      const info = res && !res.doc.builtin ? this.docs.find((d) => d.doc === res.doc) : undefined;
      if (info) return info;
    }
    const conv = inst.convention;
    if (!conv) return 'no schema for this instance';
    const stemParts = conv.key.replace(/\.(json|ya?ml)$/i, '').split('.');
    for (let n = stemParts.length; n > 0; n--) {
      const name = stemParts.slice(0, n).join('.');
      const candidates = this.docs.filter((d) => d.name === name);
      if (!candidates.length) continue;
      const near = candidates.filter((d) => conv.prefix === '' || d.doc.path.startsWith(conv.prefix + '/'));
      const pool = near.length ? near : candidates;
      const shortest = Math.min(...pool.map((d) => d.doc.path.length));
      const best = pool.filter((d) => d.doc.path.length === shortest);
      if (best.length === 1) return best[0]!;
      return `matches several schemas named ${JSON.stringify(name)} (${best.map((d) => d.doc.path).join(', ')}); add "$schema" to the example or map it with the instances option`;
    }
    // A folder with exactly one schema: its examples need no naming.
    const alone = this.docs.filter((d) => dirOf(d.doc.path) === conv.prefix);
    if (alone.length === 1) return alone[0]!;
    return `no schema named ${JSON.stringify(stemParts[0])} (examples/valid|invalid/<schema name>/… or <schema name>.*.json), and no "$schema" in the example`;
  }

  run(instances: readonly InstanceSource[]): void {
    for (const inst of instances) {
      this.stats.instances++;
      const parsed = isYamlPath(inst.path) ? parseYamlSource(inst, this.findings) : parseJsonSource(inst, this.positions, this.findings);
      if (!parsed.ok) continue;
      const target = this.targetFor(inst, parsed.value);
      if (typeof target === 'string') {
        this.findings.push({ rule: 'unmapped-example', severity: 'error', file: inst.path, pointer: '', message: `cannot tell which schema this ${inst.expect} example is for: ${target}` });
        continue;
      }
      const validate = this.compile(target);
      if (!validate) continue;
      let ok: boolean;
      try {
        ok = validate(parsed.value) as boolean;
      } catch (err) {
        this.findings.push({ rule: 'compile-failed', severity: 'error', file: inst.path, pointer: '', message: `validating against ${target.doc.path} threw: ${(err as Error).message}` });
        continue;
      }
      this.stats.validated++;
      if (inst.expect === 'invalid') {
        if (ok) this.findings.push({ rule: 'invalid-example-passes', severity: 'error', file: inst.path, pointer: '', message: `expected to be invalid against ${target.doc.path}, but it validates: the schema accepts what it should reject` });
        continue;
      }
      if (!ok) this.reportErrors(inst, target, validate.errors ?? []);
    }
  }

  private reportErrors(inst: InstanceSource, target: DocInfo, errors: readonly ErrorObject[]): void {
    const seen = new Set<string>();
    let shown = 0;
    for (const e of errors) {
      const { pointer, key } = errorLocation(e);
      const text = `${e.instancePath || '(root)'} ${e.message ?? e.keyword}${describeParams(e)}`;
      if (seen.has(text)) continue;
      seen.add(text);
      if (shown++ >= MAX_ERRORS_PER_INSTANCE) break;
      this.findings.push({ rule: 'valid-example-fails', severity: 'error', file: inst.path, pointer, key, message: `fails ${target.doc.path} at ${text} (schema ${e.schemaPath})` });
    }
    if (shown > MAX_ERRORS_PER_INSTANCE) this.findings.push({ rule: 'valid-example-fails', severity: 'error', file: inst.path, pointer: '', message: `more errors against ${target.doc.path} not listed (first ${MAX_ERRORS_PER_INSTANCE} shown)` });
  }
}

function decodeSafe(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** The instance location an ajv error is about: the offending member's key where ajv names one. */
export function errorLocation(e: ErrorObject): { pointer: string; key: boolean } {
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') return { pointer: joinPointer(e.instancePath, params.additionalProperty), key: true };
  if (e.keyword === 'unevaluatedProperties' && typeof params.unevaluatedProperty === 'string') return { pointer: joinPointer(e.instancePath, params.unevaluatedProperty), key: true };
  if (e.keyword === 'propertyNames' && typeof params.propertyName === 'string') return { pointer: joinPointer(e.instancePath, params.propertyName), key: true };
  return { pointer: parsePointer(e.instancePath) ? e.instancePath : '', key: false };
}

function describeParams(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (Array.isArray(p.allowedValues)) return `: ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  if (typeof p.additionalProperty === 'string') return `: ${JSON.stringify(p.additionalProperty)}`;
  if (typeof p.unevaluatedProperty === 'string') return `: ${JSON.stringify(p.unevaluatedProperty)}`;
  return '';
}
