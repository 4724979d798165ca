// The meta-schemas of every dialect, bundled so `$ref`s to them (e.g. "http://json-schema.org/draft-07/schema#")
// resolve offline like any repository schema.

import draft04 from 'ajv-draft-04/dist/refs/json-schema-draft-04.json';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import draft07 from 'ajv/dist/refs/json-schema-draft-07.json';
import s2019 from 'ajv/dist/refs/json-schema-2019-09/schema.json';
import s2019Applicator from 'ajv/dist/refs/json-schema-2019-09/meta/applicator.json';
import s2019Content from 'ajv/dist/refs/json-schema-2019-09/meta/content.json';
import s2019Core from 'ajv/dist/refs/json-schema-2019-09/meta/core.json';
import s2019Format from 'ajv/dist/refs/json-schema-2019-09/meta/format.json';
import s2019MetaData from 'ajv/dist/refs/json-schema-2019-09/meta/meta-data.json';
import s2019Validation from 'ajv/dist/refs/json-schema-2019-09/meta/validation.json';
import s2020 from 'ajv/dist/refs/json-schema-2020-12/schema.json';
import s2020Applicator from 'ajv/dist/refs/json-schema-2020-12/meta/applicator.json';
import s2020Content from 'ajv/dist/refs/json-schema-2020-12/meta/content.json';
import s2020Core from 'ajv/dist/refs/json-schema-2020-12/meta/core.json';
import s2020Format from 'ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json';
import s2020MetaData from 'ajv/dist/refs/json-schema-2020-12/meta/meta-data.json';
import s2020Unevaluated from 'ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json';
import s2020Validation from 'ajv/dist/refs/json-schema-2020-12/meta/validation.json';
import type { Dialect } from './dialect';

export interface BuiltinSchema {
  name: string;
  dialect: Dialect;
  value: Record<string, unknown>;
}

export const BUILTIN_SCHEMAS: readonly BuiltinSchema[] = [
  { name: 'draft-04', dialect: 'draft-04', value: draft04 },
  { name: 'draft-06', dialect: 'draft-06', value: draft06 },
  { name: 'draft-07', dialect: 'draft-07', value: draft07 },
  ...[s2019, s2019Applicator, s2019Content, s2019Core, s2019Format, s2019MetaData, s2019Validation].map((value) => ({
    name: `2019-09/${String((value as { $id?: string }).$id).split('/').pop()}`,
    dialect: '2019-09' as const,
    value: value as Record<string, unknown>,
  })),
  ...[s2020, s2020Applicator, s2020Content, s2020Core, s2020Format, s2020MetaData, s2020Unevaluated, s2020Validation].map((value) => ({
    name: `2020-12/${String((value as { $id?: string }).$id).split('/').pop()}`,
    dialect: '2020-12' as const,
    value: value as Record<string, unknown>,
  })),
];
