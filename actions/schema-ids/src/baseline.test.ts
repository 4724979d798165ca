import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../common/src/errors';
import { makeTestContext } from '../../common/src/testing';
import { closed, defaults, of, runOn, S2020 } from '../test/run';
import gate from './gate';

const files = {
  'a.schema.json': closed('a', { properties: { meta: { type: 'object' }, tags: { type: 'object' } } }),
};

describe('baseline', () => {
  it('writes current findings, then hides exactly those and reports stale entries', async () => {
    const { workspace, report } = await runOn(files, { 'update-baseline': true });
    expect(report.decision).toBe('pass');
    const path = join(workspace, '.github/schema-ids-baseline.json');
    const written = JSON.parse(readFileSync(path, 'utf8'));
    expect(written).toEqual({
      version: 1,
      entries: [
        { rule: 'schema/open-object', file: 'a.schema.json', pointer: '/properties/meta' },
        { rule: 'schema/open-object', file: 'a.schema.json', pointer: '/properties/tags' },
      ],
    });

    const again = await gate.run(defaults(), makeTestContext({ workspace }));
    expect(again.decision).toBe('pass');
    expect(again.metrics.baselined).toBe(2);

    // Fix one, add a new problem: the fixed entry goes stale, the new one is reported.
    writeFileSync(join(workspace, 'a.schema.json'), JSON.stringify(closed('a', { properties: { meta: { type: 'object' }, tags: { type: 'object', additionalProperties: false }, more: { type: 'object' } } }), null, 2));
    const later = await gate.run(defaults(), makeTestContext({ workspace }));
    expect(later.decision).toBe('fail');
    expect(of(later.findings, 'open-object').map((f) => f.message)).toEqual([expect.stringContaining('/properties/more')]);
    expect(of(later.findings, 'stale-baseline')).toEqual([
      expect.objectContaining({ severity: 'note', file: '.github/schema-ids-baseline.json', line: 9, message: expect.stringContaining('/properties/tags') }),
    ]);
  });

  it('fails closed on an explicit baseline that is missing or malformed', async () => {
    await expect(runOn(files, { baseline: 'nope.json' })).rejects.toThrow(/does not exist/);
    const bad = runOn({ ...files, 'b.json': '{"version": 1, "entries": [ {"rule": 1} ]}' }, { baseline: 'b.json' });
    await expect(bad).rejects.toBeInstanceOf(InputError);
  });

  it('never hides invalid JSON', async () => {
    const { findings } = await runOn(
      { 'x.schema.json': '{', '.github/schema-ids-baseline.json': { version: 1, entries: [{ rule: 'schema/invalid-json', file: 'x.schema.json', pointer: '' }] } },
      {},
    );
    expect(of(findings, 'invalid-json')).toHaveLength(1);
  });
});

describe('report', () => {
  it('summarises by rule, worst files first, with outputs and SARIF rules', async () => {
    const { report } = await runOn({
      'a.schema.json': { $schema: S2020, type: 'object', properties: { x: { $ref: '#/nope' } } },
      'b.schema.json': closed('b', { properties: { y: { type: 'object' } } }),
    });
    expect(report.decision).toBe('fail');
    expect(report.summary).toMatch(/^2 schemas, 0\/1 \$refs resolved: 4 errors, 0 warnings in 2 files$/);
    const [byRule, worst, numbers] = report.sections!;
    expect(byRule!.title).toBe('Findings by rule');
    expect(byRule!.body.split('\n')[2]).toMatch(/^\| `schema\/open-object` \| error \| 2 \| 2 \|/);
    expect(worst!.body.split('\n')[2]).toMatch(/^\| `a\.schema\.json` \| 3 \| 0 \|/);
    expect(numbers!.body).toContain('| 2020-12 | 2 |');
    expect(report.outputs).toEqual({ schemas: '2', findings: '4', 'unresolved-refs': '1', 'duplicate-ids': '0' });
    expect(report.metrics.findingsByRule).toEqual({ 'schema/missing-id': 1, 'schema/open-object': 2, 'schema/unresolved-ref': 1 });
    expect(report.sarif![0]!.rules!.map((r) => r.id)).toContain('schema/unsatisfiable-allof');
  });
});
