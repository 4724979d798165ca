import { describe, expect, it } from 'vitest';
import { closed, D04, D06, D07, of, runOn, S2019, S2020, where } from '../test/run';

const refsOf = (report: { metrics: Record<string, unknown> }) => report.metrics.refs as Record<string, number>;

describe('$ref resolution', () => {
  it('resolves JSON pointers with ~0, ~1 and percent-encoding', async () => {
    const { findings, report } = await runOn({
      'p.schema.json': closed('p', {
        $defs: { 'a/b': { type: 'string' }, 'c~d': { type: 'string' }, 'e f': { type: 'string' }, 'g%h': { type: 'string' } },
        properties: {
          one: { $ref: '#/$defs/a~1b' },
          two: { $ref: '#/$defs/c~0d' },
          three: { $ref: '#/$defs/e%20f' },
          four: { $ref: '#/$defs/g%25h' },
          bad: { $ref: '#/$defs/a/b' },
          worse: { $ref: '#/$defs/c~2d' },
        },
      }),
    });
    expect(refsOf(report).resolved).toBe(4);
    expect(of(findings, 'unresolved-ref').map((f) => f.message)).toEqual([
      '$ref "#/$defs/a/b" points at /$defs/a/b, which does not exist in p.schema.json',
      '$ref "#/$defs/c~2d" has an invalid JSON pointer "/$defs/c~2d" (use ~0 for ~ and ~1 for /)',
    ]);
  });

  it('walks every applicator of 2020-12 (prefixItems, dependentSchemas, $defs, contentSchema…)', async () => {
    const broken = { $ref: '#/nope' };
    const { findings } = await runOn({
      'w.schema.json': {
        $schema: S2020,
        $id: 'https://example.com/w',
        type: 'array',
        prefixItems: [broken],
        items: broken,
        contains: broken,
        dependentSchemas: { a: broken },
        propertyNames: broken,
        if: broken,
        then: broken,
        else: broken,
        not: broken,
        unevaluatedItems: broken,
        contentSchema: broken,
        $defs: { d: broken },
        allOf: [broken],
        anyOf: [broken],
        oneOf: [broken],
        enum: [broken],
        const: broken,
        default: broken,
        examples: [broken],
      },
    });
    // 15 schema locations; enum/const/default/examples hold data, not schemas.
    expect(of(findings, 'unresolved-ref')).toHaveLength(15);
  });

  it('walks draft-04 tuple items, additionalItems and dependencies', async () => {
    const broken = { $ref: '#/nope' };
    const { findings } = await runOn({
      'w.schema.json': { $schema: D04, id: 'https://example.com/w', items: [broken, broken], additionalItems: broken, dependencies: { a: broken, b: ['c'] }, definitions: { x: broken } },
    });
    expect(of(findings, 'unresolved-ref')).toHaveLength(5);
  });

  it('resolves $anchor, $dynamicAnchor and draft-04…07 plain-name ids', async () => {
    const { findings, report } = await runOn({
      'a.schema.json': { $schema: S2020, $id: 'https://example.com/a', $defs: { x: { $anchor: 'ax', type: 'string' }, y: { $dynamicAnchor: 'ay', type: 'string' } }, anyOf: [{ $ref: '#ax' }, { $dynamicRef: '#ay' }, { $ref: '#nope' }] },
      'b.schema.json': { $schema: S2019, $id: 'https://example.com/b', $defs: { x: { $anchor: 'bx' } }, anyOf: [{ $ref: '#bx' }, { $ref: 'a#ax' }, { $recursiveRef: '#' }] },
      'c.schema.json': { $schema: D07, $id: 'https://example.com/c', definitions: { x: { $id: '#cx', type: 'string' } }, anyOf: [{ $ref: '#cx' }, { $ref: 'b#bx' }] },
      'd.schema.json': { $schema: D04, id: 'https://example.com/d', definitions: { x: { id: '#dx', type: 'string' } }, anyOf: [{ $ref: '#dx' }, { $ref: 'c#cx' }] },
    });
    expect(of(findings, 'unresolved-ref').map((f) => `${f.file} ${f.message}`)).toEqual([`a.schema.json $ref "#nope" names anchor "nope", which a.schema.json does not define`]);
    expect(refsOf(report).resolved).toBe(9);
    expect(refsOf(report).crossDialect).toBe(3);
  });

  it('reports an anchor defined twice in one resource', async () => {
    const { findings } = await runOn({
      'a.schema.json': { $schema: S2020, $id: 'https://example.com/a', $defs: { x: { $anchor: 'same' }, y: { $anchor: 'same' } } },
    });
    expect(where(findings, 'duplicate-anchor')).toHaveLength(1);
  });

  it('resolves relative refs against $id, or against the file path without one', async () => {
    const { findings, report } = await runOn({
      'schemas/common/a.json': { $schema: S2020, $defs: { x: { type: 'string' } } },
      'schemas/models/b.json': { $schema: S2020, properties: { ok: { $ref: '../common/a.json#/$defs/x' }, missing: { $ref: './a.json' }, climb: { $ref: '../../../../a.json' } } },
      'schemas/models/c.json': { $schema: S2020, $id: 'https://example.com/lib/c.json', properties: { byId: { $ref: 'd.json' }, byPath: { $ref: '../common/a.json' } } },
      'elsewhere/d.json': { $schema: S2020, $id: 'https://example.com/lib/d.json' },
    }, { schemas: ['**/*.json'], 'closed-objects': 'off' });
    expect(where(findings, 'unresolved-ref')).toEqual(['schemas/models/b.json:8:15', 'schemas/models/b.json:11:15']);
    // With an http(s) $id, a relative ref names a remote URI: the file path plays no part.
    expect(of(findings, 'remote-ref').map((f) => f.message)).toEqual([expect.stringContaining('https://example.com/common/a.json')]);
    expect(of(findings, 'unresolved-ref')[0]!.message).toContain('file:///repo/schemas/models/a.json');
    expect(refsOf(report).crossFile).toBe(2);
  });

  it('resolves embedded resources and keeps same-document refs inside a file whose $id is duplicated', async () => {
    const { findings } = await runOn({
      'a.schema.json': { $schema: S2020, $id: 'https://example.com/dup', $defs: { e: { $id: 'embedded', $defs: { z: { type: 'string' } } }, own: { type: 'string' } }, anyOf: [{ $ref: 'embedded#/$defs/z' }, { $ref: '#/$defs/own' }] },
      'b.schema.json': { $schema: S2020, $id: 'https://example.com/dup', $defs: { mine: { type: 'string' } }, $ref: '#/$defs/mine' },
    }, { 'closed-objects': 'off' });
    expect(of(findings, 'unresolved-ref')).toEqual([]);
    expect(of(findings, 'duplicate-id')).toHaveLength(2);
  });

  it('resolves refs to the bundled meta-schemas offline', async () => {
    const { findings } = await runOn({
      'a.schema.json': { $schema: D07, $id: 'https://example.com/a', anyOf: [{ $ref: 'http://json-schema.org/draft-07/schema#' }, { $ref: 'http://json-schema.org/draft-07/schema#/definitions/nonNegativeInteger' }, { $ref: 'https://json-schema.org/draft/2020-12/meta/core' }] },
      'b.schema.json': { $schema: D06, $id: 'https://example.com/b', $ref: 'http://json-schema.org/draft-04/schema#/definitions/positiveInteger' },
    });
    expect(findings).toEqual([]);
  });

  it('reports remote refs unless their prefix is allowed, and never fetches', async () => {
    const files = {
      'a.schema.json': { $schema: S2020, $id: 'https://example.com/a', anyOf: [{ $ref: 'https://schemas.other.org/x.json' }, { $ref: 'http://json.schemastore.org/y.json#/definitions/z' }, { $ref: 'urn:nowhere:1' }] },
    };
    const strict = await runOn(files);
    expect(of(strict.findings, 'remote-ref')).toHaveLength(2);
    expect(of(strict.findings, 'unresolved-ref')).toHaveLength(1);
    const allowed = await runOn(files, { 'allow-remote-refs': ['https://schemas.other.org/'] });
    expect(of(allowed.findings, 'remote-ref').map((f) => f.message)).toEqual([expect.stringContaining('json.schemastore.org')]);
    expect(refsOf(allowed.report).remoteAllowed).toBe(1);
  });

  it('accepts cycles, across files too', async () => {
    const { findings, report } = await runOn({
      'tree.schema.json': closed('tree.schema.json', { properties: { children: { type: 'array', items: { $ref: '#' } }, other: { $ref: 'forest.schema.json' } } }),
      'forest.schema.json': closed('forest.schema.json', { properties: { trees: { type: 'array', items: { $ref: 'tree.schema.json' } } } }),
    });
    expect(findings).toEqual([]);
    expect(refsOf(report).resolved).toBe(3);
  });
});
