// On a real project — this repository, from its own node_modules — our generated BOM lists exactly
// the production components cyclonedx-npm lists, and the CycloneDX library's own strict validator accepts it.

import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import gate from './gate';
import { SBOM_OPTIONS, type SbomOptions } from './options';
import { makeTestContext } from '../../common/src/testing';
import { runProcess } from '../../common/src/process';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const DEFAULTS = Object.fromEntries(SBOM_OPTIONS.map((o) => [o.name, o.default])) as unknown as SbomOptions;
const require = createRequire(import.meta.url);

type Json = Record<string, unknown>;
function refs(bom: Json): string[] {
  const out: string[] = [];
  const walk = (list: unknown) => {
    for (const c of (list as Json[] | undefined) ?? []) {
      out.push(`${String(c.purl)} ${String(c['bom-ref'])}`);
      walk(c.components);
    }
  };
  walk(bom.components);
  return out.sort();
}

describe('this repository as the real project', () => {
  it('lists the same production components as `cyclonedx-npm --omit dev`, and passes the library JsonStrictValidator', async () => {
    const out = mkdtempSync(join(tmpdir(), 'rg-sbom-self-'));
    const theirsPath = join(out, 'theirs.json');
    const bin = join(ROOT, 'node_modules', '@cyclonedx', 'cyclonedx-npm', 'bin', 'cyclonedx-npm-cli.js');
    const env = { ...process.env };
    delete env.NODE_ENV;
    const theirs = await runProcess(process.execPath, [bin, '--omit', 'dev', '--output-file', theirsPath, '--', join(ROOT, 'package.json')], ROOT, env);
    expect(theirs.code, theirs.stderr).toBe(0);

    const report = await gate.run({ ...DEFAULTS, dir: ROOT, output: join(out, 'ours.json') }, makeTestContext({ workspace: ROOT, env: process.env }));
    expect(report.metrics.schemaErrors).toBe(0);
    const ours = JSON.parse(readFileSync(join(out, 'ours.json'), 'utf8')) as Json;
    const reference = JSON.parse(readFileSync(theirsPath, 'utf8')) as Json;
    expect(refs(ours)).toEqual(refs(reference));
    expect(refs(ours).length).toBeGreaterThan(50);

    const { Validation, Spec } = require('@cyclonedx/cyclonedx-library') as typeof import('@cyclonedx/cyclonedx-library');
    const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
    expect(await validator.validate(readFileSync(join(out, 'ours.json'), 'utf8'))).toBeNull();
  }, 120_000);
});
