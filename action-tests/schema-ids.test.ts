// The schema-ids action as the runner runs it: the built bundle, INPUT_* variables, a temporary repository,
// and every output read back (outputs, summary, annotations, result file, SARIF), plus the CLI.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorkspace, gateResultErrors, runAction, runCli } from './harness';

const S2020 = 'https://json-schema.org/draft/2020-12/schema';
const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

function fixture() {
  return createWorkspace({
    'schemas/person.schema.json': json({
      $schema: S2020,
      $id: 'https://example.com/schemas/person.schema.json',
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: { name: { type: 'string' }, address: { $ref: 'address.json' }, tags: { type: 'object' } },
    }),
    'schemas/address.schema.json': json({
      $schema: S2020,
      $id: 'https://example.com/schemas/address.json',
      type: 'object',
      additionalProperties: false,
      properties: { city: { type: 'string' } },
    }),
    'schemas/examples/valid/person.json': '{\n  "name": 42\n}\n',
    'schemas/dup.schema.json': '{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$id": "https://example.com/schemas/dup.schema.json",\n  "type": "string",\n  "type": "number",\n  "not": { "$ref": "#/$defs/nope" }\n}\n',
  });
}

describe('schema-ids action', () => {
  it('fails with findings placed at file:line:col in annotations, summary, result and SARIF', async () => {
    const ws = fixture();
    const run = await runAction('schema-ids', ws.dir, { inputs: { 'base-uri': 'https://example.com/' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('fail');
    expect(run.outputs.schemas).toBe('3');
    expect(gateResultErrors(run.result)).toEqual([]);
    const findings = (run.result!.findings as { ruleId: string; file: string; line: number; column: number }[]).map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`);
    expect(findings).toEqual(
      expect.arrayContaining([
        'schema/duplicate-key schemas/dup.schema.json:5:3',
        'schema/id-mismatch schemas/address.schema.json:3:10',
        'schema/unresolved-ref schemas/dup.schema.json:6:20',
        'schema/open-object schemas/person.schema.json:16:13',
        'schema/valid-example-fails schemas/examples/valid/person.json:2:11',
      ]),
    );
    const errors = run.commands.filter((c) => c.command === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.find((c) => c.properties.file === 'schemas/dup.schema.json')?.properties).toMatchObject({ line: '5', col: '3' });
    expect(run.summary).toContain('Findings by rule');
    expect(run.summary).toContain('Worst files');
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(expect.arrayContaining(['schema/duplicate-key', 'schema/unresolved-ref']));
  });

  it('passes a clean repository, and turns a broken schema into status error', async () => {
    const clean = createWorkspace({ 'a.schema.json': json({ $schema: S2020, $id: 'https://example.com/a', type: 'string' }) });
    const ok = await runAction('schema-ids', clean.dir);
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs.status).toBe('pass');

    clean.write('b.schema.json', '{ "type": ');
    const broken = await runAction('schema-ids', clean.dir);
    expect(broken.outputs.status).toBe('error');
    expect(broken.commands.find((c) => c.command === 'error' && c.properties.file === 'b.schema.json')?.properties.line).toBe('1');
  });

  it('reads instances from the config file and runs from the CLI', async () => {
    const ws = fixture();
    ws.write('data/people.json', '{"name": "Ada", "extra": 1}\n');
    ws.write('.github/release-gates.yml', 'schema-ids:\n  closed-objects: off\n  instances:\n    schemas/person.schema.json: ["data/*.json"]\n');
    const cli = await runCli(['schema-ids', '--format', 'json'], { cwd: ws.dir });
    expect(cli.exitCode).toBe(1);
    const result = JSON.parse(cli.stdout) as { findings: { ruleId: string; file: string; line: number; column: number }[] };
    expect(result.findings.filter((f) => f.ruleId === 'schema/open-object')).toEqual([]);
    expect(result.findings.find((f) => f.file === 'data/people.json')).toMatchObject({ ruleId: 'schema/valid-example-fails', line: 1, column: 17 });
  });
});
