// Validates GateResult documents against the schema that ships in actions/common/schemas, so the
// verdict never trusts a file just because it parses.

import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { gateResultValidator } from '../../common/src/result-schema';

function validator(): ValidateFunction {
  return gateResultValidator();
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
