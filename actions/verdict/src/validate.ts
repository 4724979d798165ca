// Validates GateResult documents against the schema that ships in actions/common/schemas, so the
// verdict never trusts a file just because it parses.

import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import schema from '../../common/schemas/gate-result.schema.json';

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  compiled ??= new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  return compiled;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(top level)';
  if (error.keyword === 'additionalProperties') {
    return `${where}: unexpected property "${String((error.params as { additionalProperty: string }).additionalProperty)}"`;
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ');
    return `${where}: must be one of ${allowed}`;
  }
  return `${where}: ${error.message ?? 'is invalid'}`;
}

/** `undefined` when `value` is a valid GateResult; otherwise the problems, most useful first. */
export function gateResultProblems(value: unknown): string[] | undefined {
  const validate = validator();
  if (validate(value)) return undefined;
  const errors = validate.errors ?? [];
  // One line per distinct problem; ajv repeats some errors for each failing branch.
  return [...new Set(errors.map(describe))];
}
