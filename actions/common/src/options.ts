// Typed options from three sources, in order of precedence: action inputs / CLI flags, the config
// file, the option's default. Every bad value is a ConfigurationError naming the option and what is allowed.

import type { Ajv2020 as Ajv2020Class } from 'ajv/dist/2020.js';
import type YAMLModule from 'yaml';
import { ConfigurationError } from './errors';
import type { OptionSpec } from './gate';

/** What the user typed: action inputs are strings ('' = not given); repeated CLI flags give arrays. */
export type GivenValue = string | string[] | boolean | undefined;

export interface ConfigValues {
  file: string;
  values: Record<string, unknown>;
  /** 1-based line of a key in this gate's section, for messages. */
  lineOf(key: string): number | undefined;
}

const TRUE = new Set(['true', 'True', 'TRUE', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'False', 'FALSE', 'no', 'off', '0']);

function isGiven(value: GivenValue): value is string | string[] | boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some((v) => v.trim() !== '');
  return true;
}

function fail(spec: OptionSpec, detail: string, where?: { file: string; line?: number }): never {
  const allowed = describeAllowed(spec);
  throw new ConfigurationError(`${spec.name}: ${detail}${allowed ? ` (allowed: ${allowed})` : ''}`, spec.name, where?.file, where?.line);
}

export function describeAllowed(spec: OptionSpec): string {
  switch (spec.type) {
    case 'enum':
      return (spec.values ?? []).join(' | ');
    case 'boolean':
      return 'true | false';
    case 'number':
    case 'integer': {
      const kind = spec.type === 'integer' ? 'a whole number' : 'a number';
      if (spec.min !== undefined && spec.max !== undefined) return `${kind} from ${spec.min} to ${spec.max}`;
      if (spec.min !== undefined) return `${kind} >= ${spec.min}`;
      return kind;
    }
    default:
      return '';
  }
}

function checkNumber(spec: OptionSpec, n: number, raw: unknown, where?: { file: string; line?: number }): number {
  if (!Number.isFinite(n)) fail(spec, `${JSON.stringify(raw)} is not a number`, where);
  if (spec.type === 'integer' && !Number.isInteger(n)) fail(spec, `${JSON.stringify(raw)} is not a whole number`, where);
  if (spec.min !== undefined && n < spec.min) fail(spec, `${n} is below ${spec.min}`, where);
  if (spec.max !== undefined && n > spec.max) fail(spec, `${n} is above ${spec.max}`, where);
  return n;
}

function splitList(spec: OptionSpec, text: string): string[] {
  const parts = spec.separator === 'comma' ? text.split(/[\n,]/) : text.split('\n');
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

// YAML and ajv are loaded only when an object option or a config file needs them: most runs need
// neither, and compiling them is a large part of the CLI's start-up.
interface Parsers {
  YAML: typeof YAMLModule;
  Ajv2020: typeof Ajv2020Class;
}
let parsers: Parsers | undefined;
let yamlOnly: typeof YAMLModule | undefined;

type Loose<T> = T & { default?: T & { default?: T } };

/** yaml alone: what reading a config file needs (its schema is precompiled, see config-codegen.ts). */
export async function loadYaml(): Promise<typeof YAMLModule> {
  if (!yamlOnly) {
    // CommonJS: under Node the named exports exist; in the ncc bundle only `default` does.
    const yamlLoose = (await import('yaml')) as unknown as Loose<typeof YAMLModule>;
    yamlOnly = (typeof yamlLoose.parseDocument === 'function' ? yamlLoose : (yamlLoose.default ?? yamlLoose)) as typeof YAMLModule;
    if (typeof yamlOnly.parseDocument !== 'function') throw new Error('internal: cannot load yaml');
  }
  return yamlOnly;
}

/** yaml and ajv: what object-typed option values need (parse, then validate against the option's schema). */
export async function loadOptionParsers(): Promise<Parsers> {
  if (!parsers) {
    const [YAML, ajvModule] = await Promise.all([loadYaml(), import('ajv/dist/2020.js')]);
    const ajvLoose = ajvModule as unknown as Loose<{ Ajv2020: typeof Ajv2020Class }>;
    const Ajv2020 = ajvLoose.Ajv2020 ?? ajvLoose.default?.Ajv2020 ?? (ajvLoose.default as unknown as typeof Ajv2020Class);
    if (typeof Ajv2020 !== 'function') throw new Error('internal: cannot load ajv');
    parsers = { YAML, Ajv2020 };
  }
  return parsers;
}

function loadedParsers(): Parsers {
  if (!parsers) throw new Error('internal: option parsers not loaded; call loadOptionParsers() first');
  return parsers;
}

/** True when resolving these options will parse YAML or validate a schema: an object option has a value. */
export function needsParsers(specs: readonly OptionSpec[], given: Readonly<Record<string, GivenValue>>, config?: ConfigValues): boolean {
  return specs.some((s) => s.type === 'object' && (isGiven(given[s.name]) || (config?.values[s.name] !== undefined && config.values[s.name] !== null)));
}

const objectValidators = new WeakMap<object, ReturnType<Ajv2020Class['compile']>>();
let ajv: Ajv2020Class | undefined;

function validateObject(spec: OptionSpec, value: unknown, where?: { file: string; line?: number }): unknown {
  if (!spec.schema) return value;
  ajv ??= new (loadedParsers().Ajv2020)({ allErrors: true, strict: false });
  let validate = objectValidators.get(spec.schema);
  if (!validate) {
    validate = ajv.compile(spec.schema);
    objectValidators.set(spec.schema, validate);
  }
  if (!validate(value)) {
    const first = validate.errors?.[0];
    const extra = first?.params && 'additionalProperty' in first.params ? ` '${String(first.params.additionalProperty)}'` : '';
    fail(spec, `${first?.instancePath || '(value)'} ${first?.message ?? 'is invalid'}${extra}`, where);
  }
  return value;
}

/** Convert a string (action input / CLI flag) to the option's type. */
export function coerceGiven(spec: OptionSpec, raw: string | string[] | boolean): unknown {
  if (typeof raw === 'boolean') {
    if (spec.type !== 'boolean') fail(spec, 'needs a value');
    return raw;
  }
  if (spec.type === 'list') {
    const items = Array.isArray(raw) ? raw : [raw];
    return items.flatMap((item) => splitList(spec, item));
  }
  const text = (Array.isArray(raw) ? raw[raw.length - 1]! : raw).trim();
  switch (spec.type) {
    case 'string':
      return text;
    case 'number':
    case 'integer':
      return checkNumber(spec, Number(text), text);
    case 'boolean':
      if (TRUE.has(text)) return true;
      if (FALSE.has(text)) return false;
      return fail(spec, `${JSON.stringify(text)} is not a boolean`);
    case 'enum':
      if (!spec.values?.includes(text)) fail(spec, `${JSON.stringify(text)} is not allowed`);
      return text;
    case 'object': {
      let parsed: unknown;
      try {
        parsed = loadedParsers().YAML.parse(text);
      } catch (err) {
        fail(spec, `not valid YAML or JSON: ${(err as Error).message.split('\n')[0]}`);
      }
      return validateObject(spec, parsed);
    }
  }
}

/** Convert a config-file value (already typed by YAML, and checked by the config schema) to the option's type. */
export function coerceConfig(spec: OptionSpec, value: unknown, where: { file: string; line?: number }): unknown {
  switch (spec.type) {
    case 'list':
      if (typeof value === 'string') return splitList(spec, value);
      if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.map(String);
      return fail(spec, 'must be a string or a list of strings', where);
    case 'string':
      if (typeof value === 'string' || typeof value === 'number') return String(value);
      return fail(spec, 'must be a string', where);
    case 'number':
    case 'integer':
      return checkNumber(spec, typeof value === 'number' ? value : NaN, value, where);
    case 'boolean':
      if (typeof value === 'boolean') return value;
      return fail(spec, 'must be true or false', where);
    case 'enum':
      if (typeof value !== 'string' || !spec.values?.includes(value)) fail(spec, `${JSON.stringify(value)} is not allowed`, where);
      return value;
    case 'object':
      return validateObject(spec, value, where);
  }
}

/**
 * Resolve every option: given (input / flag) beats config file beats default.
 * Unknown given names are the caller's business (the CLI rejects unknown flags before this).
 */
export function resolveOptions(
  specs: readonly OptionSpec[],
  given: Readonly<Record<string, GivenValue>>,
  config?: ConfigValues,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    const raw = given[spec.name];
    if (isGiven(raw)) {
      out[spec.name] = coerceGiven(spec, raw);
    } else if (config && config.values[spec.name] !== undefined && config.values[spec.name] !== null) {
      out[spec.name] = coerceConfig(spec, config.values[spec.name], { file: config.file, line: config.lineOf(spec.name) });
    } else if (spec.default !== undefined) {
      out[spec.name] = cloneDefault(spec.default);
    } else if (spec.type === 'list') {
      out[spec.name] = [];
    } else if (spec.type === 'boolean') {
      out[spec.name] = false;
    } else {
      out[spec.name] = undefined;
    }
  }
  return out;
}

/** Defaults are plain JSON values; a copy keeps a gate from mutating the spec. */
function cloneDefault(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneDefault);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneDefault(v)]));
  return value;
}

/** JSON Schema fragment of one option's value in the config file. */
export function optionSchema(spec: OptionSpec): Record<string, unknown> {
  const description = spec.description;
  switch (spec.type) {
    case 'string':
      return { type: 'string', description };
    case 'number':
    case 'integer': {
      const s: Record<string, unknown> = { type: spec.type, description };
      if (spec.min !== undefined) s.minimum = spec.min;
      if (spec.max !== undefined) s.maximum = spec.max;
      return s;
    }
    case 'boolean':
      return { type: 'boolean', description };
    case 'enum':
      return { enum: [...(spec.values ?? [])], description };
    case 'list':
      return {
        description,
        anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      };
    case 'object':
      return { ...(spec.schema ?? { type: 'object' }), description };
  }
}
