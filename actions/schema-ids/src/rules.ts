// Every rule the gate reports, with the one-line description used in SARIF and the summary.

import type { Severity } from '../../common/src/result';

export const RULES = {
  'invalid-json': 'The file is not valid JSON (or YAML, for instances).',
  bom: 'The file starts with a byte-order mark, which JSON.parse and many tools reject.',
  'duplicate-key': 'An object repeats a key; JSON.parse silently keeps the last one.',
  'missing-schema': 'No $schema: the dialect is a guess (default-dialect applies).',
  'unknown-dialect': '$schema names a dialect the gate does not know (draft-04, -06, -07, 2019-09, 2020-12 are known).',
  'meta-schema': 'The schema does not validate against its dialect\'s meta-schema.',
  'missing-id': 'The schema has no $id (draft-04: id).',
  'relative-id': 'The root $id is not an absolute URI.',
  'id-fragment': 'The root $id has a non-empty fragment.',
  'duplicate-id': 'Two schemas (or subschemas) claim the same $id.',
  'id-mismatch': 'The $id differs from the one the policy (base-uri + id-pattern) derives from the file path.',
  'duplicate-anchor': 'Two subschemas define the same anchor in one schema resource.',
  'unresolved-ref': 'A $ref does not resolve to a schema in the repository.',
  'remote-ref': 'A $ref points at a remote http(s) schema that is not in allow-remote-refs (nothing is fetched).',
  'open-object': 'An object schema accepts unknown properties (no additionalProperties/unevaluatedProperties false).',
  'unsatisfiable-allof': 'An allOf conjunct closes the object without a property another conjunct requires: nothing validates.',
  'too-deep': 'Subschemas nest deeper than the gate walks.',
  strict: 'ajv strict mode reported a problem while compiling the schema.',
  'compile-failed': 'ajv could not compile the schema, so its examples were not validated.',
  'valid-example-fails': 'An instance expected to be valid fails validation.',
  'invalid-example-passes': 'An instance expected to be invalid passes validation.',
  'unmapped-example': 'An examples/valid or examples/invalid file matches no schema.',
  'stale-baseline': 'A baseline entry matches no current finding; remove it.',
} as const;

export type RuleName = keyof typeof RULES;

export interface RawFinding {
  rule: RuleName;
  severity: Severity;
  message: string;
  file: string;
  /** JSON pointer into `file`, turned into line:column by a position-tracking parse. */
  pointer?: string;
  /** Point at the member's key instead of its value. */
  key?: boolean;
  /** Character offset, when known directly (syntax errors, duplicate keys). */
  offset?: number;
  /** Line/column already known (YAML instances, baseline file). */
  line?: number;
  column?: number;
}

export function ruleId(rule: RuleName): string {
  return `schema/${rule}`;
}
