import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../common/src/errors';
import { closed, D04, D07, of, runOn, S2020, where } from '../test/run';
import { expectedId, makePolicy, parseFolderMaps } from './id-policy';

describe('$id presence and form', () => {
  it('reports a missing $id, and names draft-04 `id`', async () => {
    const { findings } = await runOn({
      'a.schema.json': { $schema: S2020, type: 'string' },
      'b.schema.json': { $schema: D04, type: 'string' },
      'c.schema.json': { $schema: D04, id: 'https://example.com/c', type: 'string' },
    });
    expect(where(findings, 'missing-id')).toEqual(['a.schema.json:1:1', 'b.schema.json:1:1']);
    expect(of(findings, 'missing-id')[1]!.message).toContain('no "id"');
  });

  it('hints when a draft-07 schema uses `id`', async () => {
    const { findings } = await runOn({ 'a.schema.json': { $schema: D07, id: 'https://example.com/a', type: 'string' } });
    expect(of(findings, 'missing-id')[0]!.message).toMatch(/has "id", which draft-07 ignores: rename it to "\$id"/);
  });

  it('reports relative ids and ids with a fragment', async () => {
    const { findings } = await runOn({
      'a.schema.json': { $schema: D07, $id: 'schemas/a.json', type: 'string' },
      'b.schema.json': { $schema: D07, $id: 'https://example.com/b.json#main', type: 'string' },
      'c.schema.json': { $schema: D07, $id: 'https://example.com/c.json#', type: 'string' },
    });
    expect(where(findings, 'relative-id')).toEqual(['a.schema.json:3:10']);
    expect(where(findings, 'id-fragment')).toEqual(['b.schema.json:3:10']);
  });
});

describe('duplicate ids', () => {
  it('names both files', async () => {
    const { findings, report } = await runOn({
      'schemas/a.json': closed('shared.json'),
      'schemas/b.json': closed('shared.json'),
    });
    const dups = of(findings, 'duplicate-id');
    expect(dups.map((f) => f.file)).toEqual(['schemas/a.json', 'schemas/b.json']);
    expect(dups[0]!.message).toContain('schemas/b.json');
    expect(dups[1]!.message).toContain('schemas/a.json');
    expect(report.outputs?.['duplicate-ids']).toBe('2');
  });

  it('finds embedded ids that collide with another file, treating a trailing # as the same id', async () => {
    const { findings } = await runOn({
      'schemas/a.json': closed('a.json', { $defs: { inner: { $id: 'https://example.com/b.json', type: 'string' } } }),
      'schemas/b.json': closed('b.json#'),
    });
    expect(where(findings, 'duplicate-id')).toEqual(['schemas/a.json:8:14', 'schemas/b.json:3:10']);
  });
});

describe('$id policy', () => {
  const files = {
    'schemas/v1/user.schema.json': closed('schemas/v1/user.schema.json'),
    'schemas/v1/order.schema.json': closed('v1/order'),
  };

  it('derives base-uri + path by default', async () => {
    const { findings } = await runOn(files, { 'base-uri': 'https://example.com' });
    expect(where(findings, 'id-mismatch')).toEqual(['schemas/v1/order.schema.json:3:10']);
    expect(of(findings, 'id-mismatch')[0]!.message).toContain('"https://example.com/schemas/v1/order.schema.json"');
  });

  it('strips extensions and maps folders', async () => {
    const { findings } = await runOn(files, { 'base-uri': 'https://example.com/', 'id-pattern': '{base}{dir}{name}', 'id-folders': ['schemas/='] });
    expect(where(findings, 'id-mismatch')).toEqual(['schemas/v1/user.schema.json:3:10']);
    expect(of(findings, 'id-mismatch')[0]!.message).toContain('"https://example.com/v1/user"');
  });

  it('tells a missing $id what the policy expects', async () => {
    const { findings } = await runOn({ 'schemas/x.json': { $schema: S2020, type: 'string' } }, { 'base-uri': 'https://example.com/s/' });
    expect(of(findings, 'missing-id')[0]!.message).toContain('"$id": "https://example.com/s/schemas/x.json"');
  });

  it('rejects bad policy options', () => {
    expect(() => makePolicy('example.com', '{base}{path}', [])).toThrow(ConfigurationError);
    expect(() => makePolicy('https://e.com/', '{base}{nope}', [])).toThrow(/unknown placeholder \{nope\}/);
    expect(() => parseFolderMaps(['schemas'])).toThrow(/<folder>\/=<replacement>/);
  });

  it('expands every placeholder', () => {
    const policy = makePolicy('https://e.com/x', 'urn:{file}|{name}|{ext}|{dir}|{path}|{base}', parseFolderMaps(['src/schemas/=v2/']));
    expect(expectedId(policy, 'src/schemas/a/b.schema.json')).toBe('urn:b.schema.json|b|.schema.json|v2/a/|v2/a/b.schema.json|https://e.com/x/');
    expect(expectedId(makePolicy('', '{base}{path}', []), 'a.json')).toBeUndefined();
  });
});
