import { describe, expect, it } from 'vitest';
import { D04, D07, of, runOn, S2019, S2020, where } from '../test/run';

const base = (dialect: string, body: Record<string, unknown>) => ({ $schema: dialect, [dialect === D04 ? 'id' : '$id']: 'https://example.com/o', ...body });

describe('closed objects', () => {
  it.each([D04, D07, S2019, S2020])('flags open object schemas in %s', async (dialect) => {
    const { findings, report } = await runOn({
      'o.schema.json': base(dialect, {
        type: 'object',
        additionalProperties: false,
        properties: {
          open: { type: 'object', properties: { a: { type: 'string' } } },
          untyped: { properties: { a: { type: 'string' } } },
          map: { type: 'object', additionalProperties: { type: 'string' } },
          explicit: { type: 'object', additionalProperties: true },
          nullable: { type: ['object', 'null'], additionalProperties: false },
          names: { type: 'object', propertyNames: { enum: ['a', 'b'] } },
          text: { type: 'string' },
        },
      }),
    });
    expect(of(findings, 'open-object').map((f) => f.message.split(' accepts')[0])).toEqual([
      'object schema at /properties/open',
      'object schema at /properties/untyped',
      'object schema at /properties/explicit',
    ]);
    expect(where(findings, 'open-object')[0]).toBe('o.schema.json:7:13');
    expect(report.metrics.objects).toMatchObject({ objectSchemas: 7, closed: 4, open: 3 });
  });

  it('lets allOf branches stay open under unevaluatedProperties: false, also through $ref', async () => {
    const { findings, report } = await runOn({
      'o.schema.json': base(S2020, {
        type: 'object',
        unevaluatedProperties: false,
        allOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { $ref: '#/$defs/part' }],
        if: { type: 'object', properties: { kind: { const: 'x' } } },
        then: { type: 'object', properties: { x: { type: 'number' } } },
        $defs: { part: { type: 'object', properties: { b: { type: 'string' } } } },
      }),
    });
    expect(of(findings, 'open-object')).toEqual([]);
    expect(report.metrics.objects).toMatchObject({ coveredByComposition: 4, open: 0 });
  });

  it('counts a $defs entry as covered only when every reference comes from a closed place', async () => {
    const { findings } = await runOn({
      'o.schema.json': base(S2020, {
        type: 'object',
        additionalProperties: false,
        properties: { inner: { type: 'object', unevaluatedProperties: false, allOf: [{ $ref: '#/$defs/part' }] }, direct: { $ref: '#/$defs/part' } },
        $defs: { part: { type: 'object', properties: { b: { type: 'string' } } } },
      }),
    });
    expect(of(findings, 'open-object').map((f) => f.message)).toEqual([expect.stringContaining('/$defs/part')]);
  });

  it('treats a schema as closed when an allOf branch (or every oneOf branch) is', async () => {
    const { findings } = await runOn({
      'o.schema.json': base(S2020, {
        type: 'object',
        allOf: [{ $ref: '#/$defs/closed' }],
        properties: { choice: { type: 'object', oneOf: [{ $ref: '#/$defs/closed' }, { type: 'object', additionalProperties: false }] } },
        $defs: { closed: { type: 'object', additionalProperties: false, properties: { a: true } } },
      }),
    });
    expect(of(findings, 'open-object')).toEqual([]);
  });

  it('does not check draft-07 schemas whose $ref replaces their siblings', async () => {
    const { findings } = await runOn({
      'o.schema.json': base(D07, { type: 'object', additionalProperties: false, properties: { a: { type: 'object', $ref: '#/definitions/c' } }, definitions: { c: { type: 'object', additionalProperties: false } } }),
    });
    expect(of(findings, 'open-object')).toEqual([]);
  });

  it('honours the suppression keyword with a reason, and only with one', async () => {
    const { findings, report } = await runOn({
      'o.schema.json': base(S2020, {
        type: 'object',
        additionalProperties: false,
        properties: {
          meta: { type: 'object', 'x-release-gates-allow-open': 'free-form labels from users' },
          empty: { type: 'object', 'x-release-gates-allow-open': '' },
        },
      }),
    });
    expect(of(findings, 'open-object').map((f) => f.message)).toEqual([expect.stringContaining('/properties/empty')]);
    expect(report.metrics.objects).toMatchObject({ suppressed: 1 });
  });

  it('uses the closed-objects severity, or skips the rule', async () => {
    const files = { 'o.schema.json': base(S2020, { type: 'object' }) };
    expect(of((await runOn(files, { 'closed-objects': 'warning' })).findings, 'open-object')[0]!.severity).toBe('warning');
    const off = await runOn(files, { 'closed-objects': 'off' });
    expect(off.findings).toEqual([]);
    expect(off.report.decision).toBe('pass');
  });

  it('flags an allOf whose closed branch excludes a property a sibling requires', async () => {
    const { findings } = await runOn({
      'o.schema.json': base(S2020, {
        type: 'object',
        unevaluatedProperties: false,
        properties: { outer: { type: 'string' } },
        allOf: [
          { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } },
          { $ref: '#/$defs/needsB' },
        ],
        $defs: { needsB: { type: 'object', required: ['b'], unevaluatedProperties: false, properties: { b: true } } },
      }),
      'p.schema.json': base(D07, {
        type: 'object',
        additionalProperties: false,
        properties: { a: true },
        required: ['a'],
        allOf: [{ required: ['c'] }, { properties: { d: true }, patternProperties: { '^x-': true }, required: ['x-y', 'd'] }],
      }),
    });
    const unsat = of(findings, 'unsatisfiable-allof');
    expect(unsat.map((f) => `${f.file} ${f.message.split(';')[0]}`)).toEqual([
      'o.schema.json allOf can never pass: allOf[0] closes the object without property "b", which allOf[1] requires',
      // The parent's additionalProperties sees only its own properties: a branch's patternProperties do not help.
      'p.schema.json allOf can never pass: the schema itself closes the object without property "c", which allOf[0] requires',
      'p.schema.json allOf can never pass: the schema itself closes the object without property "d", which allOf[1] requires',
      'p.schema.json allOf can never pass: the schema itself closes the object without property "x-y", which allOf[1] requires',
    ]);
    expect(where(findings, 'unsatisfiable-allof')[0]).toBe('o.schema.json:11:3');
    expect(unsat.every((f) => f.severity === 'error')).toBe(true);
  });
});
