// Which schema an example is checked against when two schemas share a name: the one next to the
// example wins; with no way to choose, the example is reported as unmapped and says how to fix it.

import { describe, expect, it } from 'vitest';
import { closed, of, runOn } from '../test/run';

const byName = closed('a/person', { required: ['name'], properties: { name: { type: 'string' } } });
const byId = closed('b/person', { required: ['id'], properties: { id: { type: 'integer' } } });

describe('examples named after a schema that exists twice', () => {
  it('an example at the top with two equally near candidates is unmapped, naming both', async () => {
    const { findings, report } = await runOn({
      'a/person.schema.json': byName,
      'b/person.schema.json': byId,
      'examples/valid/person.json': { name: 'Ada' },
    });
    const unmapped = of(findings, 'unmapped-example');
    expect(unmapped).toHaveLength(1);
    expect(unmapped[0]!.file).toBe('examples/valid/person.json');
    expect(unmapped[0]!.message).toContain(
      'matches several schemas named "person" (a/person.schema.json, b/person.schema.json); add "$schema" to the example or map it with the instances option',
    );
    expect(report.metrics.examples).toMatchObject({ validated: 0 });
  });

  it('an example under one schema\'s folder is checked against that schema only', async () => {
    const { findings, report } = await runOn({
      'a/person.schema.json': byName,
      'b/person.schema.json': byId,
      'a/examples/valid/person.json': { name: 'Ada' }, // valid for a, would fail b (no id, extra name)
      'b/examples/invalid/person.json': { name: 'Ada' }, // invalid for b, as expected
    });
    expect(of(findings, 'unmapped-example')).toEqual([]);
    expect(of(findings, 'valid-example-fails')).toEqual([]);
    expect(of(findings, 'invalid-example-passes')).toEqual([]);
    expect(report.metrics.examples).toMatchObject({ instances: 2, validated: 2 });
  });
});
