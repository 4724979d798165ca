// Strict, offline validation of a CycloneDX JSON BOM: the official schema for the BOM's own
// specVersion (compiled once per version, every error reported), SPDX expressions that the schema
// leaves as free strings, and bom-ref integrity. Each issue carries a JSON pointer and its line.

import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import parseSpdx from 'spdx-expression-parse';
import { formatPointer } from '../../common/src/json-pointer';
import { locatePointers } from './json-locate';
import { findSyntaxError } from './syntax-message';
import { SCHEMA_BASE, SPEC_VERSIONS, SUPPORT_SCHEMAS, bomSchemaFile, isSpecVersion, readSchema, schemaDir, type SpecVersion } from './schemas';

export interface ValidationIssue {
  ruleId: 'sbom/json-syntax' | 'sbom/not-cyclonedx' | 'sbom/spec-version' | 'sbom/schema' | 'sbom/license-expression' | 'sbom/bom-ref';
  /** JSON pointer of the offending value ('' = the document). */
  pointer: string;
  message: string;
  line?: number;
  column?: number;
}

export interface ValidationResult {
  /** The parsed document (undefined when it is not JSON). */
  bom?: Record<string, unknown>;
  specVersion?: SpecVersion;
  /** Which schema file decided (for the summary). */
  schemaFile?: string;
  issues: ValidationIssue[];
}

export interface ValidateOptions {
  /** The specVersion the caller asked for (generation); the document must declare exactly this. */
  expectedVersion?: SpecVersion;
  /** Schema folder override (tests). */
  schemaDir?: string;
}

// Enums longer than this (the 826 SPDX ids) are checked with a Set instead of ajv's linear deep-equal scan.
const SET_ENUM_MIN = 16;

/**
 * Ajv's `uniqueItems` compares every pair of items with a deep equal: quadratic in the number of
 * components (seconds for 5,000). We rewrite it to a keyword that hashes a canonical form of each item:
 * linear, same meaning (JSON equality ignores key order).
 */
function rewriteForSpeed(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) rewriteForSpeed(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  const values = obj.enum;
  if (Array.isArray(values) && values.length >= SET_ENUM_MIN && values.every((v) => typeof v === 'string')) {
    obj['x-rg-string-enum'] = values;
    delete obj.enum;
  }
  if (obj.uniqueItems === true) {
    obj['x-rg-unique-items'] = true;
    delete obj.uniqueItems;
  }
  for (const [key, value] of Object.entries(obj)) {
    // `enum`/`const`/`examples` values are data, not schemas.
    if (key === 'x-rg-string-enum' || key === 'const' || key === 'examples' || key === 'default') continue;
    rewriteForSpeed(value);
  }
}

/** Canonical JSON (sorted keys) for equality as JSON Schema defines it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return '{' + Object.keys(obj).sort().map((k) => JSON.stringify(k) + ':' + canonicalJson(obj[k])).join(',') + '}';
  }
  return JSON.stringify(value);
}

/** Order-independent and shallow: equal values always have equal signatures (collisions are resolved exactly). */
function signature(value: unknown): string {
  if (value === null || typeof value !== 'object') return `${typeof value}:${String(value)}`;
  if (Array.isArray(value)) return `array:${value.length}:${value.map((v) => (v !== null && typeof v === 'object' ? '' : String(v))).join('\u0000')}`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  let out = 'object:';
  for (const k of keys) {
    const v = obj[k];
    out += k + '\u0000' + (v !== null && typeof v === 'object' ? '' : `${typeof v}:${String(v)}`) + '\u0001';
  }
  return out;
}

type KeywordFn = ((data: unknown) => boolean) & { errors?: Partial<ErrorObject>[] };

function makeAjv(dir: string): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    validateSchema: false,
    addUsedSchema: false,
    useDefaults: false,
    // Any $ref we do not have locally is a broken bundle, never a download.
    loadSchema: () => Promise.reject(new Error('remote schemas are disabled')),
  });
  addFormats(ajv);
  // Formats ajv-formats does not define, accepted as the CycloneDX library's own validator accepts them.
  ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
  ajv.addFormat('iri-reference', true);
  ajv.addKeyword({
    keyword: 'x-rg-string-enum',
    schemaType: 'array',
    errors: true,
    compile(values: string[]) {
      const set = new Set(values);
      const fn: KeywordFn = (data) => {
        if (typeof data === 'string' && set.has(data)) return true;
        fn.errors = [{ keyword: 'enum', message: 'must be equal to one of the allowed values', params: { allowedValues: `${values.length} values` } }];
        return false;
      };
      return fn;
    },
  });
  ajv.addKeyword({
    keyword: 'x-rg-unique-items',
    type: 'array',
    schemaType: 'boolean',
    errors: true,
    compile() {
      const fn: KeywordFn = (data) => {
        // Bucket by a cheap signature that equal items always share; canonical JSON only inside a bucket.
        const items = data as unknown[];
        if (items.length < 2) return true;
        if (items.every((v) => v === null || typeof v !== 'object')) {
          // The common case (dependsOn, tags): primitives, one Set.
          const seen = new Map<string, number>();
          for (let i = 0; i < items.length; i++) {
            const key = `${typeof items[i]}:${String(items[i])}`;
            const first = seen.get(key);
            if (first !== undefined) {
              fn.errors = [{ keyword: 'uniqueItems', message: `must NOT have duplicate items (items ## ${first} and ${i} are identical)`, params: { i: first, j: i } }];
              return false;
            }
            seen.set(key, i);
          }
          return true;
        }
        const buckets = new Map<string, number[]>();
        const canon = new Map<number, string>();
        const canonOf = (i: number): string => {
          let c = canon.get(i);
          if (c === undefined) canon.set(i, (c = canonicalJson(items[i])));
          return c;
        };
        for (let i = 0; i < items.length; i++) {
          const key = signature(items[i]);
          const bucket = buckets.get(key);
          if (!bucket) {
            buckets.set(key, [i]);
            continue;
          }
          const first = typeof items[i] === 'object' && items[i] !== null ? bucket.find((j) => canonOf(j) === canonOf(i)) : bucket[0];
          if (first !== undefined) {
            fn.errors = [{ keyword: 'uniqueItems', message: `must NOT have duplicate items (items ## ${first} and ${i} are identical)`, params: { i: first, j: i } }];
            return false;
          }
          bucket.push(i);
        }
        return true;
      };
      return fn;
    },
  });
  for (const file of SUPPORT_SCHEMAS) {
    const schema = readSchema(dir, file);
    rewriteForSpeed(schema);
    ajv.addSchema(schema, SCHEMA_BASE + file);
  }
  return ajv;
}

interface Compiled {
  ajv: Ajv;
  byVersion: Map<SpecVersion, ValidateFunction>;
}
const compiledByDir = new Map<string, Compiled>();

/** The compiled validator for one specVersion; compiled at most once per process. */
export function validatorFor(version: SpecVersion, dirOverride?: string): ValidateFunction {
  const dir = schemaDir(dirOverride);
  let compiled = compiledByDir.get(dir);
  if (!compiled) compiledByDir.set(dir, (compiled = { ajv: makeAjv(dir), byVersion: new Map() }));
  let fn = compiled.byVersion.get(version);
  if (!fn) {
    const schema = readSchema(dir, bomSchemaFile(version));
    rewriteForSpeed(schema);
    fn = compiled.ajv.compile(schema);
    compiled.byVersion.set(version, fn);
  }
  return fn;
}

function valueAt(doc: unknown, pointer: string): unknown {
  let cur: unknown = doc;
  if (pointer === '') return cur;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

function shortValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? text.slice(0, 77) + '...' : text;
}

function describeAjvError(err: ErrorObject, doc: unknown): string {
  const p = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'additionalProperties':
      return `property "${String(p.additionalProperty)}" is not allowed`;
    case 'required':
      return `required property "${String(p.missingProperty)}" is missing`;
    case 'enum':
    case 'const':
      return `${shortValue(valueAt(doc, err.instancePath))} ${err.message ?? 'is not allowed'}`;
    case 'type': {
      const v = valueAt(doc, err.instancePath);
      return `${err.message ?? 'has the wrong type'} (found ${v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v})`;
    }
    case 'format':
    case 'pattern':
      return `${shortValue(valueAt(doc, err.instancePath))} ${err.message ?? ''}`.trim();
    default:
      return err.message ?? err.keyword;
  }
}

const COMBINATORS = new Set(['oneOf', 'anyOf', 'if', 'not']);

/** One issue per failing instance path; ajv reports the branches of oneOf/anyOf separately and we keep them, worded once. */
function schemaIssues(errors: readonly ErrorObject[], doc: unknown): ValidationIssue[] {
  const byPath = new Map<string, string[]>();
  // "must match exactly one schema in oneOf" says nothing when a branch's own errors sit deeper.
  // Every proper ancestor of a non-combinator error's path: one Set lookup per combinator error.
  const hasDeeper = new Set<string>();
  for (const e of errors) {
    if (COMBINATORS.has(e.keyword)) continue;
    for (let p = e.instancePath, cut = p.lastIndexOf('/'); cut >= 0; cut = p.lastIndexOf('/')) {
      p = p.slice(0, cut);
      if (hasDeeper.has(p)) break;
      hasDeeper.add(p);
    }
  }
  for (const err of errors) {
    if (COMBINATORS.has(err.keyword) && hasDeeper.has(err.instancePath)) continue;
    const list = byPath.get(err.instancePath) ?? [];
    const text = describeAjvError(err, doc);
    if (!list.includes(text)) list.push(text);
    byPath.set(err.instancePath, list);
  }
  const out: ValidationIssue[] = [];
  for (const [pointer, messages] of byPath) {
    const shown = messages.slice(0, 4).join('; ') + (messages.length > 4 ? `; and ${messages.length - 4} more` : '');
    out.push({ ruleId: 'sbom/schema', pointer, message: `${pointer || '(document)'}: ${shown}` });
  }
  return out;
}

/** Every `licenses[].expression` must be a valid SPDX expression (the schema only says "string"). */
function expressionIssues(doc: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const path: (string | number)[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item = node[i];
        if (item === null || typeof item !== 'object') continue;
        path.push(i);
        walk(item);
        path.pop();
      }
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const key in node as Record<string, unknown>) {
      const value = (node as Record<string, unknown>)[key];
      if (value === null || typeof value !== 'object') continue;
      if (key === 'licenses' && Array.isArray(value)) {
        value.forEach((entry, i) => {
          const expr = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).expression : undefined;
          if (typeof expr !== 'string') return;
          try {
            parseSpdx(expr);
          } catch (err) {
            const pointer = formatPointer([...path, key, i, 'expression']);
            out.push({ ruleId: 'sbom/license-expression', pointer, message: `${pointer}: "${expr}" is not a valid SPDX license expression (${(err as Error).message})` });
          }
        });
      } else {
        path.push(key);
        walk(value);
        path.pop();
      }
    }
  };
  walk(doc);
  return out;
}

/** bom-refs must be unique, and dependency entries must point at declared bom-refs. */
function refIssues(doc: Record<string, unknown>): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const refs = new Map<string, string>();
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    const obj = node as Record<string, unknown>;
    const ref = obj['bom-ref'];
    if (typeof ref === 'string') {
      const first = refs.get(ref);
      const pointer = formatPointer([...path, 'bom-ref']);
      if (first !== undefined) out.push({ ruleId: 'sbom/bom-ref', pointer, message: `${pointer}: bom-ref "${ref}" is also used at ${first}; bom-refs must be unique` });
      else refs.set(ref, pointer);
    }
    const children = obj.components;
    if (Array.isArray(children)) children.forEach((c, i) => visit(c, [...path, 'components', i]));
  };
  const metadata = doc.metadata as Record<string, unknown> | undefined;
  if (metadata && typeof metadata === 'object') visit(metadata.component, ['metadata', 'component']);
  if (Array.isArray(doc.components)) doc.components.forEach((c, i) => visit(c, ['components', i]));
  if (Array.isArray(doc.services)) doc.services.forEach((s, i) => visit(s, ['services', i]));
  if (Array.isArray(doc.dependencies)) {
    doc.dependencies.forEach((dep, i) => {
      if (!dep || typeof dep !== 'object') return;
      const d = dep as Record<string, unknown>;
      if (typeof d.ref === 'string' && !refs.has(d.ref)) {
        const pointer = formatPointer(['dependencies', i, 'ref']);
        out.push({ ruleId: 'sbom/bom-ref', pointer, message: `${pointer}: dependency entry for "${d.ref}", which no component declares as its bom-ref` });
      }
      if (Array.isArray(d.dependsOn)) {
        d.dependsOn.forEach((target, j) => {
          if (typeof target === 'string' && !refs.has(target)) {
            const pointer = formatPointer(['dependencies', i, 'dependsOn', j]);
            out.push({ ruleId: 'sbom/bom-ref', pointer, message: `${pointer}: "${String(d.ref)}" depends on "${target}", which no component declares as its bom-ref` });
          }
        });
      }
    });
  }
  return out;
}

/** Validate a BOM's text completely: every problem found, each with pointer and line. */
export function validateBomText(text: string, options: ValidateOptions = {}): ValidationResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let doc: unknown;
  try {
    doc = JSON.parse(source);
  } catch (err) {
    if (source.trimStart().startsWith('<')) {
      return { issues: [{ ruleId: 'sbom/not-cyclonedx', pointer: '', message: 'this looks like XML; only CycloneDX JSON is supported (generate JSON, e.g. cyclonedx-npm --output-format JSON)', line: 1, column: 1 }] };
    }
    const syntax = findSyntaxError(source);
    return {
      issues: [
        {
          ruleId: 'sbom/json-syntax',
          pointer: '',
          message: `not valid JSON: ${syntax?.message ?? (err as Error).message}`,
          line: syntax?.line,
          column: syntax?.column,
        },
      ],
    };
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    return { issues: [{ ruleId: 'sbom/not-cyclonedx', pointer: '', message: 'the document is not a JSON object, so it is not a CycloneDX BOM', line: 1, column: 1 }] };
  }
  const bom = doc as Record<string, unknown>;
  if (bom.bomFormat === undefined && typeof bom.spdxVersion === 'string') {
    return { issues: [{ ruleId: 'sbom/not-cyclonedx', pointer: '/spdxVersion', message: `this is an SPDX document (${bom.spdxVersion}), not a CycloneDX BOM`, line: 1, column: 1 }] };
  }
  const issues: ValidationIssue[] = [];
  // A wrong bomFormat is reported by the schema (its enum), together with everything else.
  const declared = bom.specVersion;
  let specVersion: SpecVersion | undefined;
  if (!isSpecVersion(declared)) {
    issues.push({
      ruleId: 'sbom/spec-version',
      pointer: declared === undefined ? '' : '/specVersion',
      message: `specVersion ${declared === undefined ? 'is missing' : `${shortValue(declared)} is not supported`}: JSON schemas exist for ${SPEC_VERSIONS.join(', ')}`,
    });
  } else {
    specVersion = declared;
    if (options.expectedVersion && declared !== options.expectedVersion) {
      issues.push({ ruleId: 'sbom/spec-version', pointer: '/specVersion', message: `specVersion is "${declared}" but ${options.expectedVersion} was requested (spec-version)` });
    }
  }
  // The schema does not tie `$schema` to specVersion; a BOM claiming two versions is not one we can trust.
  const declaredSchema = typeof bom.$schema === 'string' ? /bom-(\d+\.\d+)\.schema\.json/.exec(bom.$schema)?.[1] : undefined;
  if (declaredSchema && specVersion && declaredSchema !== specVersion) {
    issues.push({ ruleId: 'sbom/spec-version', pointer: '/$schema', message: `$schema names CycloneDX ${declaredSchema} but specVersion is ${specVersion}` });
  }
  let schemaFile: string | undefined;
  if (specVersion) {
    schemaFile = bomSchemaFile(specVersion);
    const validate = validatorFor(specVersion, options.schemaDir);
    if (!validate(bom)) issues.push(...schemaIssues(validate.errors ?? [], bom));
  }
  issues.push(...expressionIssues(bom));
  issues.push(...refIssues(bom));
  // Lines only for what failed: one scan of the text for all pointers together.
  const positions = locatePointers(source, issues.map((i) => i.pointer));
  for (const issue of issues) {
    const pos = positions.get(issue.pointer);
    if (pos) {
      issue.line = pos.line;
      issue.column = pos.column;
    }
  }
  return { bom, specVersion, schemaFile, issues };
}
