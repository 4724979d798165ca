// Types of the generated standalone validator (see ../config-codegen.ts).
import type { ErrorObject } from 'ajv/dist/2020.js';

export interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const validate: GeneratedValidator;
export default validate;
