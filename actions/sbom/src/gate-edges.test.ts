// The sbom gate on an existing BOM (no generation): a previous SBOM that is not JSON, unused license
// exceptions, and release events without a token or with GitHub unreachable — a warning, never a crash.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../common/src/errors';
import { makeTestContext, type TestContextOptions } from '../../common/src/testing';
import { sampleBom, text } from '../test/boms';
import gate from './gate';
import { SBOM_OPTIONS, type SbomOptions } from './options';

const DEFAULTS = Object.fromEntries(SBOM_OPTIONS.map((o) => [o.name, o.default])) as unknown as SbomOptions;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-sbom-edge-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

function context(options: TestContextOptions) {
  return makeTestContext(options);
}

const releaseEvent = { name: 'release', payload: { release: { id: 3, tag_name: 'v3.0.0' } }, repository: 'octo/example', ref: 'refs/tags/v3.0.0' };

describe('sbom gate on an existing BOM: edges', () => {
  it('a previous SBOM that is not JSON is an input error naming that file', async () => {
    const dir = workspace({ 'bom.json': text(sampleBom()), 'prev.json': '{"bomFormat": "CycloneDX",' });
    const err = await gate.run({ ...DEFAULTS, 'sbom-file': 'bom.json', 'previous-sbom': 'prev.json' }, context({ workspace: dir })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).file).toBe('prev.json');
    expect((err as InputError).message).toMatch(/^the previous SBOM is not valid JSON: /);
  });

  it('a license exception that matches no component is a note saying it can go', async () => {
    const dir = workspace({ 'bom.json': text(sampleBom()) });
    const report = await gate.run(
      { ...DEFAULTS, 'sbom-file': 'bom.json', 'license-exceptions': { 'pkg:npm/left-pad': 'vendored, reviewed 2024' } },
      context({ workspace: dir }),
    );
    expect(report.decision).toBe('pass');
    expect(report.findings).toContainEqual({
      ruleId: 'sbom/license-exception-unused',
      severity: 'note',
      message: 'license-exceptions["pkg:npm/left-pad"] matches no component in this BOM; remove it if the package is gone',
    });
  });

  it('a release event without github-token makes no GitHub call and says the BOM is not attached', async () => {
    const dir = workspace({ 'bom.json': text(sampleBom()) });
    const ctx = context({ workspace: dir, event: releaseEvent });
    const report = await gate.run({ ...DEFAULTS, 'sbom-file': 'bom.json' }, ctx);
    expect(report.decision).toBe('pass');
    expect(report.findings.filter((f) => f.ruleId === 'sbom/release-asset' || f.ruleId === 'sbom/previous-sbom')).toEqual([]);
    expect(ctx.logs).toContainEqual({ level: 'info', message: 'a release/tag event without github-token: the SBOM is not attached to the release' });
  });

  it('GitHub unreachable: the previous SBOM and the upload are warnings, and the token never appears', async () => {
    const token = 'ghs_unreachable_token_4711';
    const dir = workspace({ 'bom.json': text(sampleBom()) });
    // Port 1 on loopback: connection refused at once, no network needed.
    const ctx = context({ workspace: dir, event: releaseEvent, env: { GITHUB_API_URL: 'http://127.0.0.1:1' } });
    const report = await gate.run({ ...DEFAULTS, 'sbom-file': 'bom.json', 'github-token': token }, ctx);
    expect(report.decision).toBe('warn');
    const warnings = report.findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => f.ruleId).sort()).toEqual(['sbom/previous-sbom', 'sbom/release-asset']);
    expect(warnings.find((f) => f.ruleId === 'sbom/previous-sbom')!.message).toMatch(/^could not fetch the previous release's SBOM: /);
    expect(warnings.find((f) => f.ruleId === 'sbom/release-asset')!.message).toMatch(/^cannot read the release for v3\.0\.0: /);
    expect(JSON.stringify(report)).not.toContain(token);
  });
});
