// Fixtures shaped like the real sets the gate is checked against (SchemaStore, beacon-v2): draft-04 embedded
// ids, ids declared after the definitions, a copied file with a stale $id, remote refs, no-$id folders with
// path-relative refs climbing four levels, example instances next to schemas.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../../common/src/testing';
import { defaults } from '../test/run';
import gate from './gate';

const fixture = (name: string) => fileURLToPath(new URL(`../test/fixtures/${name}`, import.meta.url));
const lines = (findings: { ruleId: string; file?: string; line?: number; column?: number }[]) =>
  findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`).sort();

describe('corpus-shaped fixtures', () => {
  it('store-like: duplicate ids, remote refs, a broken pointer in prefixItems, draft-04 embedded ids resolved', async () => {
    const report = await gate.run({ ...defaults(), schemas: ['*.json'] }, makeTestContext({ workspace: fixture('store-like') }));
    expect(lines(report.findings)).toEqual([
      'schema/duplicate-id tool-1.0.json:3:10',
      'schema/duplicate-id tool-1.1.json:3:10',
      'schema/remote-ref base-04.json:14:27',
      'schema/remote-ref tool-1.1.json:12:41',
      'schema/unresolved-ref modern.json:8:59',
    ]);
    expect(report.metrics.refs).toMatchObject({ total: 12, resolved: 9, crossFile: 3, crossDialect: 3 });
    expect(report.metrics.byDialect).toMatchObject({ 'draft-04': 1, 'draft-07': 2, '2020-12': 1 });
  });

  it('beacon-like: no $id, path-relative refs across folders, examples left out', async () => {
    const report = await gate.run({ ...defaults(), schemas: ['**/*.json', '!**/examples/**'] }, makeTestContext({ workspace: fixture('beacon-like') }));
    expect(lines(report.findings.filter((f) => f.ruleId !== 'schema/missing-id'))).toEqual([
      'schema/open-object models/json/default/runs/defaultSchema.json:1:1',
      'schema/remote-ref models/json/default/common/disease.json:6:28',
      'schema/unresolved-ref framework/json/common/ontologyTerm.json:6:25',
      'schema/unresolved-ref models/json/default/runs/defaultSchema.json:6:27',
    ]);
    expect(report.metrics.findingsByRule).toMatchObject({ 'schema/missing-id': 4 });
    expect(report.metrics.refs).toMatchObject({ total: 6, resolved: 3, crossFile: 3 });
  });
});
