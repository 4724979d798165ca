// JSON Schema dialects: recognising `$schema`, and which keywords hold subschemas in each draft.

export const DIALECTS = ['draft-04', 'draft-06', 'draft-07', '2019-09', '2020-12'] as const;
export type Dialect = (typeof DIALECTS)[number];

/** Canonical meta-schema URI of each dialect (the form ajv registers). */
export const META_URI: Record<Dialect, string> = {
  'draft-04': 'http://json-schema.org/draft-04/schema',
  'draft-06': 'http://json-schema.org/draft-06/schema',
  'draft-07': 'http://json-schema.org/draft-07/schema',
  '2019-09': 'https://json-schema.org/draft/2019-09/schema',
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
};

/** The dialect a `$schema` value names, tolerating http/https and a trailing `#`; undefined when unknown. */
export function dialectOf(schemaUri: string): Dialect | undefined {
  const m = /^https?:\/\/json-schema\.org\/(draft-0[467]\/schema|draft\/(2019-09|2020-12)\/schema)#?$/.exec(schemaUri.trim());
  if (!m) return undefined;
  if (m[2]) return m[2] as Dialect;
  return m[1]!.slice(0, 8) as Dialect;
}

export function isDialect(value: string): value is Dialect {
  return (DIALECTS as readonly string[]).includes(value);
}

/** Draft-04 names the identifier `id`; later drafts `$id`. */
export function idKeyword(dialect: Dialect): 'id' | '$id' {
  return dialect === 'draft-04' ? 'id' : '$id';
}

export function atLeast(dialect: Dialect, min: Dialect): boolean {
  return DIALECTS.indexOf(dialect) >= DIALECTS.indexOf(min);
}

export interface KeywordTable {
  /** Keywords whose value is one subschema. */
  single: readonly string[];
  /** Keywords whose value is an array of subschemas. */
  array: readonly string[];
  /** Keywords whose value is an object of subschemas. */
  map: readonly string[];
  /** Keywords that apply to the same instance location (for composition-aware rules). */
  inPlace: ReadonlySet<string>;
}

const common = {
  single: ['not', 'additionalProperties'],
  array: ['allOf', 'anyOf', 'oneOf'],
  // `$defs` in older drafts and `definitions` in newer ones are not keywords, but are where people keep
  // schemas and what `$ref` pointers aim at; walking them finds refs everyone expects checked.
  map: ['properties', 'patternProperties', 'definitions', '$defs'],
};

function table(extra: { single?: string[]; array?: string[]; map?: string[]; inPlace: string[] }): KeywordTable {
  return {
    single: [...common.single, ...(extra.single ?? [])],
    array: [...common.array, ...(extra.array ?? [])],
    map: [...common.map, ...(extra.map ?? [])],
    inPlace: new Set(extra.inPlace),
  };
}

const KEYWORDS: Record<Dialect, KeywordTable> = {
  // `items` may be one schema or an array (tuple) before 2020-12; the walker handles both shapes.
  'draft-04': table({ single: ['additionalItems', 'items'], map: ['dependencies'], inPlace: ['allOf', 'anyOf', 'oneOf', 'not'] }),
  'draft-06': table({
    single: ['additionalItems', 'items', 'contains', 'propertyNames'],
    map: ['dependencies'],
    inPlace: ['allOf', 'anyOf', 'oneOf', 'not'],
  }),
  'draft-07': table({
    single: ['additionalItems', 'items', 'contains', 'propertyNames', 'if', 'then', 'else'],
    map: ['dependencies'],
    inPlace: ['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else'],
  }),
  '2019-09': table({
    single: ['additionalItems', 'items', 'contains', 'propertyNames', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'],
    map: ['dependentSchemas', 'dependencies'],
    inPlace: ['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependentSchemas', '$ref', '$recursiveRef'],
  }),
  '2020-12': table({
    single: ['items', 'contains', 'propertyNames', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'],
    array: ['prefixItems'],
    map: ['dependentSchemas'],
    inPlace: ['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependentSchemas', '$ref', '$dynamicRef'],
  }),
};

export function keywordsOf(dialect: Dialect): KeywordTable {
  return KEYWORDS[dialect];
}

export type KeywordKind = 'single' | 'array' | 'map';

const KINDS = new Map<Dialect, Map<string, KeywordKind>>(
  DIALECTS.map((d) => {
    const t = KEYWORDS[d];
    const kinds = new Map<string, KeywordKind>();
    for (const k of t.single) kinds.set(k, 'single');
    for (const k of t.array) kinds.set(k, 'array');
    for (const k of t.map) kinds.set(k, 'map');
    return [d, kinds];
  }),
);

/** Subschema-holding keywords of a dialect by name, for one pass over a schema's own keys. */
export function keywordKinds(dialect: Dialect): ReadonlyMap<string, KeywordKind> {
  return KINDS.get(dialect)!;
}

/** Keywords that reference other schemas, per dialect. */
const REF_KEYWORDS: Record<Dialect, readonly string[]> = {
  'draft-04': ['$ref'],
  'draft-06': ['$ref'],
  'draft-07': ['$ref'],
  '2019-09': ['$ref', '$recursiveRef'],
  '2020-12': ['$ref', '$dynamicRef'],
};

export function refKeywords(dialect: Dialect): readonly string[] {
  return REF_KEYWORDS[dialect];
}
