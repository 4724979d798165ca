import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../common/src/errors';
import { closed, D04, D06, D07, of, runOn, S2019, S2020, where } from '../test/run';

const person = (dialect: string, id = 'https://example.com/person') => ({
  $schema: dialect,
  [dialect === D04 ? 'id' : '$id']: id,
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: { name: { type: 'string' }, age: { type: 'integer', minimum: 0 }, email: { type: 'string', format: 'email' } },
});

describe('examples convention', () => {
  it.each([D04, D06, D07, S2019, S2020])('validates examples/valid and examples/invalid in %s', async (dialect) => {
    const { findings, report } = await runOn({
      'schemas/person.schema.json': person(dialect),
      'schemas/examples/valid/person.minimal.json': { name: 'Ada' },
      'schemas/examples/valid/person/full.json': '{\n  "name": "Ada",\n  "age": -1,\n  "nick": "x",\n  "email": "not-an-email"\n}\n',
      'schemas/examples/invalid/person.no-name.json': { age: 3 },
      'schemas/examples/invalid/person/passes.json': { name: 'oops' },
    });
    expect(where(findings, 'valid-example-fails')).toEqual([
      'schemas/examples/valid/person/full.json:3:10',
      'schemas/examples/valid/person/full.json:4:3',
      'schemas/examples/valid/person/full.json:5:12',
    ]);
    expect(of(findings, 'valid-example-fails')[1]!.message).toContain('must NOT have additional properties: "nick"');
    expect(where(findings, 'invalid-example-passes')).toEqual(['schemas/examples/invalid/person/passes.json:1:1']);
    expect(report.metrics.examples).toEqual({ instances: 4, validated: 4, compiled: 1 });
  });

  it('maps by $schema in the example, by a folder with one schema, and reports what it cannot map', async () => {
    const { findings, report } = await runOn({
      'schemas/person.schema.json': { ...person(S2020), properties: { $schema: { type: 'string' }, name: { type: 'string' } } },
      'api/order.schema.json': closed('order', { properties: { id: { type: 'integer' } } }),
      'api/examples/valid/first.json': { id: 'x' },
      'examples/valid/who-knows.json': { $schema: 'https://example.com/person', name: 'Ada' },
      'examples/invalid/mystery.json': {},
    });
    expect(where(findings, 'valid-example-fails')).toEqual(['api/examples/valid/first.json:2:9']);
    expect(where(findings, 'unmapped-example')).toEqual(['examples/invalid/mystery.json:1:1']);
    expect(report.metrics.examples).toMatchObject({ instances: 3, validated: 2 });
  });

  it('places errors in YAML examples', async () => {
    const { findings } = await runOn({
      'schemas/person.schema.json': person(S2020),
      'schemas/examples/valid/person.yaml': 'name: Ada\nage: old\n',
      'schemas/examples/valid/person.broken.yml': 'name: [\n',
    });
    expect(where(findings, 'valid-example-fails')).toEqual(['schemas/examples/valid/person.yaml:2:6']);
    expect(of(findings, 'invalid-json')[0]!.file).toBe('schemas/examples/valid/person.broken.yml');
  });

  it('can be switched off', async () => {
    const { findings } = await runOn({ 'schemas/person.schema.json': person(S2020), 'schemas/examples/valid/person.json': {} }, { examples: false });
    expect(findings).toEqual([]);
  });
});

describe('instances option', () => {
  it('validates mapped instances by schema path or $id, valid and invalid', async () => {
    const { findings } = await runOn(
      {
        'schemas/person.schema.json': person(S2020),
        'data/people/a.json': { name: 'Ada' },
        'data/people/b.json': { name: 1 },
        'data/bad/c.json': { name: 'fine' },
      },
      { instances: { 'schemas/person.schema.json': 'data/people/*.json', 'https://example.com/person': { invalid: ['data/bad/*.json'] } } },
    );
    expect(where(findings, 'valid-example-fails')).toEqual(['data/people/b.json:2:11']);
    expect(where(findings, 'invalid-example-passes')).toEqual(['data/bad/c.json:1:1']);
  });

  it('does not check a mapped instance as a schema when a schema glob also matches it', async () => {
    const { findings, report } = await runOn(
      { 'schemas/person.schema.json': person(S2020), 'schemas/data/ada.json': { name: 'Ada' } },
      { instances: { 'schemas/person.schema.json': 'schemas/data/*.json' } },
    );
    expect(findings).toEqual([]);
    expect(report.metrics).toMatchObject({ schemas: 1, examples: { instances: 1, validated: 1 } });
  });

  it('fails closed on globs that match nothing and on unknown schemas', async () => {
    await expect(runOn({ 'schemas/person.schema.json': person(S2020) }, { instances: { 'schemas/person.schema.json': ['data/*.json'] } })).rejects.toBeInstanceOf(ConfigurationError);
    const { findings } = await runOn({ 'schemas/person.schema.json': person(S2020), 'd.json': {} }, { instances: { 'nope.json': 'd.json' } });
    expect(of(findings, 'unmapped-example')[0]!.message).toContain('neither a schema file path nor a schema $id');
  });

  it('compiles across files and reports schemas that cannot compile', async () => {
    const { findings } = await runOn({
      'schemas/person.schema.json': closed('person', { properties: { address: { $ref: 'address' } } }),
      'schemas/address.schema.json': closed('address', { required: ['city'], properties: { city: { type: 'string' } } }),
      'schemas/remote.schema.json': closed('remote', { properties: { x: { $ref: 'https://elsewhere.org/x.json' } } }),
      'schemas/examples/valid/person.json': { address: {} },
      'schemas/examples/valid/remote.json': { x: 1 },
    });
    expect(where(findings, 'valid-example-fails')).toEqual(['schemas/examples/valid/person.json:2:14']);
    expect(of(findings, 'compile-failed')[0]).toMatchObject({ file: 'schemas/remote.schema.json', message: expect.stringContaining('remote schemas are never fetched') });
  });

  it('explains why an example of a schema that refers into another dialect cannot be validated', async () => {
    const { findings } = await runOn({
      'schemas/old.schema.json': { $schema: D07, $id: 'https://example.com/old', type: 'object', additionalProperties: false, properties: { n: { $ref: 'new' } } },
      'schemas/new.schema.json': { $schema: S2020, $id: 'https://example.com/new', type: 'string' },
      'schemas/examples/valid/old.json': { n: 'x' },
    });
    expect(of(findings, 'unresolved-ref')).toEqual([]);
    expect(of(findings, 'compile-failed')[0]!.message).toContain('schemas/new.schema.json is 2020-12; ajv cannot mix dialects');
  });
});

describe('ajv strict mode', () => {
  const files = {
    's.schema.json': { $schema: D07, $id: 'https://example.com/s', type: 'object', additionalProperties: false, properties: { a: { tpye: 'string' }, b: { type: 'string', format: 'colour' }, c: { properties: { x: true }, additionalProperties: false } } },
    'examples/valid/s.json': { a: 1 },
  };

  it('captures strict-mode messages as findings with locations', async () => {
    const { findings } = await runOn(files);
    const strict = of(findings, 'strict');
    expect(strict.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      expect.stringMatching(/^8:7 .*unknown keyword: "tpye"/),
      expect.stringMatching(/^10:10 .*unknown format "colour"/),
      expect.stringMatching(/^14:10 .*missing type "object" for keyword "additionalProperties"/),
      expect.stringMatching(/^14:10 .*missing type "object" for keyword "properties"/),
    ]);
    expect(strict.every((f) => f.severity === 'warning' && f.line! > 1)).toBe(true);
  });

  it('uses the strict severity, or stays silent', async () => {
    expect(of((await runOn(files, { strict: 'error' })).findings, 'strict').every((f) => f.severity === 'error')).toBe(true);
    expect(of((await runOn(files, { strict: 'off' })).findings, 'strict')).toEqual([]);
  });

  it('compiles every schema with compile: all', async () => {
    const { findings, report } = await runOn({ 's.schema.json': files['s.schema.json'] }, { compile: 'all' });
    expect(of(findings, 'strict').length).toBe(4);
    expect(report.metrics.examples).toMatchObject({ compiled: 1 });
  });
});
