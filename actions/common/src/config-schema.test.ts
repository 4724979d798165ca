// The config file's JSON Schema ships in the repo (actions/common/schemas/config.schema.json) and is
// derived from the gates' option specs. This test keeps the two in step; regenerate with
// `npm run schemas` after changing an option.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildConfigSchema } from './config';
import { configValidatorSource } from './config-codegen';
import { COMMON_OPTION_NAMES } from './gate';
import { loadAllGates } from './registry';

const schemaPath = join(__dirname, '..', 'schemas', 'config.schema.json');
const validatorPath = join(__dirname, 'generated', 'config-validator.js');

describe('config.schema.json', () => {
  it('matches the gates option specs', async () => {
    const generated = buildConfigSchema(await loadAllGates());
    const text = JSON.stringify(generated, null, 2) + '\n';
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(schemaPath, text);
    expect(readFileSync(schemaPath, 'utf8'), 'run `npm run schemas` and commit the result').toBe(text);
  });

  it('the precompiled validator is generated from the committed schema', () => {
    const source = configValidatorSource(JSON.parse(readFileSync(schemaPath, 'utf8')));
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(validatorPath, source);
    expect(readFileSync(validatorPath, 'utf8'), 'run `npm run schemas` and commit the result').toBe(source);
  });

  it('is a valid 2020-12 schema with an $id and closed objects', () => {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    expect(schema.$id).toMatch(/^https:\/\//);
    expect(schema.additionalProperties).toBe(false);
    for (const [name, section] of Object.entries<Record<string, unknown>>(schema.properties)) {
      if (name === '$schema' || name === 'mode') continue;
      expect(section.additionalProperties, name).toBe(false);
    }
    expect(() => new Ajv2020({ strict: false }).compile(schema)).not.toThrow();
  });

  it('every gate option has a kebab-case name, a description and no clash with common options', async () => {
    for (const gate of await loadAllGates()) {
      const names = new Set<string>();
      for (const spec of gate.options) {
        expect(spec.name, `${gate.name}`).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
        expect(spec.description.length, `${gate.name}.${spec.name}`).toBeGreaterThan(10);
        expect(COMMON_OPTION_NAMES.has(spec.name), `${gate.name}.${spec.name} clashes with a common option`).toBe(false);
        expect(names.has(spec.name), `${gate.name}.${spec.name} declared twice`).toBe(false);
        names.add(spec.name);
        if (spec.type === 'enum') expect(spec.values?.length, `${gate.name}.${spec.name}`).toBeGreaterThan(0);
        if (spec.type === 'object') expect(spec.schema, `${gate.name}.${spec.name} needs a schema`).toBeDefined();
      }
    }
  });
});
