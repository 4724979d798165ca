// One place that compiles the GateResult schema, so every reader (the verdict, tests, tools) agrees.

import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import schema from '../schemas/gate-result.schema.json';

/** Our own annotation for an object left open on purpose (schema-ids honours it); not a validation keyword. */
export const ALLOW_OPEN_KEYWORD = 'x-release-gates-allow-open';

export const GATE_RESULT_SCHEMA = schema as Record<string, unknown>;

let validator: ValidateFunction | undefined;

/** Strict ajv (unknown keywords are errors) that knows our annotation keyword. */
export function gateResultValidator(): ValidateFunction {
  validator ??= new Ajv2020({ allErrors: true, strict: true, keywords: [ALLOW_OPEN_KEYWORD] }).compile(GATE_RESULT_SCHEMA);
  return validator;
}
