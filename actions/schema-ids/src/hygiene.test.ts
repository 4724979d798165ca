import { describe, expect, it } from 'vitest';
import { InputError } from '../../common/src/errors';
import { closed, D04, D06, D07, defaults, of, runOn, S2019, S2020, where } from '../test/run';
import gate from './gate';
import { makeTestContext } from '../../common/src/testing';
import { makeWorkspace } from '../test/workspace';

describe('parse hygiene', () => {
  it('reports invalid JSON at its line and column and decides error', async () => {
    const { report, findings } = await runOn({
      'schemas/bad.json': '{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "type": "object",,\n}\n',
      'schemas/good.json': closed('good.json'),
    });
    expect(where(findings, 'invalid-json')).toEqual(['schemas/bad.json:3:20']);
    expect(of(findings, 'invalid-json')[0]!.message).toMatch(/expected a property name/);
    expect(report.decision).toBe('error');
    expect(report.metrics.unparsable).toBe(1);
  });

  it('reports a byte-order mark and still checks the file', async () => {
    const { findings, report } = await runOn({ 'a.schema.json': '\uFEFF' + JSON.stringify(closed('a.schema.json')) });
    expect(where(findings, 'bom')).toEqual(['a.schema.json:1:1']);
    expect(report.metrics.parsed).toBe(1);
  });

  it('reports duplicate keys with the lines of both', async () => {
    const text = [
      '{',
      `  "$schema": "${S2020}",`,
      '  "$id": "https://example.com/d.schema.json",',
      '  "type": "object",',
      '  "additionalProperties": false,',
      '  "properties": {',
      '    "name": { "type": "string" },',
      '    "name": { "type": "number" }',
      '  },',
      '  "type": "object"',
      '}',
    ].join('\n');
    const { findings } = await runOn({ 'd.schema.json': text });
    expect(where(findings, 'duplicate-key')).toEqual(['d.schema.json:8:5', 'd.schema.json:10:3']);
    expect(of(findings, 'duplicate-key')[0]!.message).toMatch(/"name" in \/properties repeats the one on line 7:5/);
    expect(of(findings, 'duplicate-key')[1]!.message).toMatch(/line 4:3/);
  });

  it('gives every finding a file, line and column', async () => {
    const { findings } = await runOn({
      'schemas/a.json': { type: 'object', properties: { a: { $ref: '#/$defs/missing' } } },
      'schemas/b.json': { $schema: D07, $id: 'https://example.com/a', type: 'object' },
      'schemas/c.json': { $schema: D07, $id: 'https://example.com/a', items: [{ type: 'object', properties: {} }] },
    });
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) {
      expect(f.file).toBeTruthy();
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('fails closed when no schema matches', async () => {
    const workspace = makeWorkspace({ 'README.md': 'nothing here' });
    await expect(gate.run(defaults(), makeTestContext({ workspace }))).rejects.toBeInstanceOf(InputError);
  });

  it('uses the default globs and never looks inside node_modules or examples folders', async () => {
    const { report } = await runOn({
      'a.schema.json': closed('a.schema.json'),
      'schemas/sub/b.json': closed('schemas/sub/b.json'),
      'schemas/examples/valid/b.json': {},
      'node_modules/pkg/x.schema.json': '{ broken',
      'other/c.json': '{ broken',
    });
    expect(report.metrics.schemas).toBe(2);
    expect(report.decision).toBe('pass');
  });
});

describe('dialects', () => {
  it.each([
    [D04, 'draft-04'],
    [D06, 'draft-06'],
    [D07, 'draft-07'],
    [S2019, '2019-09'],
    [S2020, '2020-12'],
    ['https://json-schema.org/draft-07/schema', 'draft-07'],
  ])('recognises %s', async (uri, dialect) => {
    const idKey = dialect === 'draft-04' ? 'id' : '$id';
    const { report, findings } = await runOn({ 'x.schema.json': { $schema: uri, [idKey]: 'https://example.com/x', type: 'string' } });
    expect((report.metrics.byDialect as Record<string, number>)[dialect]).toBe(1);
    expect(findings).toEqual([]);
  });

  it('reports a missing $schema and applies default-dialect', async () => {
    const { report, findings } = await runOn({ 'x.schema.json': { id: 'https://example.com/x', type: 'string' } }, { 'default-dialect': 'draft-04' });
    expect(where(findings, 'missing-schema')).toEqual(['x.schema.json:1:1']);
    expect(of(findings, 'missing-schema')[0]!.severity).toBe('warning');
    expect((report.metrics.byDialect as Record<string, number>)['draft-04']).toBe(1);
    expect(of(findings, 'missing-id')).toEqual([]);
  });

  it('reports an unknown dialect', async () => {
    const { findings } = await runOn({ 'x.schema.json': { $schema: 'http://json-schema.org/draft-03/schema#', $id: 'https://example.com/x' } });
    expect(where(findings, 'unknown-dialect')).toEqual(['x.schema.json:2:14']);
  });

  it.each([
    [D04, { id: 'https://e.com/a', type: 'object', additionalProperties: false, required: [] }, '/required'],
    [D06, { $id: 'https://e.com/a', type: 'objekt' }, '/type'],
    [D07, { $id: 'https://e.com/a', type: 'string', minLength: -1 }, '/minLength'],
    [S2019, { $id: 'https://e.com/a', type: 'string', $anchor: '1bad' }, '/$anchor'],
    [S2020, { $id: 'https://e.com/a#frag', type: 'string' }, '/$id'],
  ])('validates against the %s meta-schema', async (uri, body, pointer) => {
    const { findings } = await runOn({ 'm.schema.json': { $schema: uri, ...body } });
    const meta = of(findings, 'meta-schema');
    expect(meta.length).toBeGreaterThan(0);
    expect(meta[0]!.message).toContain(pointer);
    expect(meta[0]!.line).toBeGreaterThan(1);
  });

  it('rejects a schema that is not an object', async () => {
    const { findings } = await runOn({ 'm.schema.json': '[1, 2]' });
    expect(of(findings, 'meta-schema')[0]!.message).toMatch(/must be a JSON object/);
  });

  it('survives hostile nesting: too-deep instead of a crash', async () => {
    let schema: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 600; i++) schema = { not: schema };
    const { findings } = await runOn({ 'deep.schema.json': { $schema: S2020, $id: 'https://example.com/deep', ...schema } }, { 'closed-objects': 'off' });
    expect(of(findings, 'too-deep')).toHaveLength(1);
  });

  it('terminates on reference cycles with no schema in between', async () => {
    const { findings } = await runOn({
      'c.schema.json': { $schema: S2020, $id: 'https://example.com/c', type: 'object', allOf: [{ $ref: '#/$defs/a' }], $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } } },
    });
    expect(of(findings, 'open-object')).toHaveLength(1);
  });
});

