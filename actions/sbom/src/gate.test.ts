import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import gate from './gate';
import { SBOM_OPTIONS, type SbomOptions } from './options';
import { makeTestContext, type TestContextOptions } from '../../common/src/testing';
import { InputError } from '../../common/src/errors';
import { writeFixtureProject } from '../test/fixture-project';
import { sampleBom, text, type Json } from '../test/boms';
import { startGitHubStub, type GitHubStub } from '../test/github-stub';

const DEFAULTS = Object.fromEntries(SBOM_OPTIONS.map((o) => [o.name, o.default])) as unknown as SbomOptions;

function run(options: Partial<SbomOptions>, ctx: TestContextOptions) {
  return gate.run({ ...DEFAULTS, ...options }, makeTestContext(ctx));
}

describe('generation with the pinned cyclonedx-npm (real run, fixture node_modules)', () => {
  it('generates, validates and passes a clean project; dev dependencies omitted by default', async () => {
    const fx = writeFixtureProject();
    const report = await run({}, { workspace: fx.dir });
    expect(report.decision).toBe('pass');
    expect(report.metrics).toMatchObject({ components: 3, specVersion: '1.6', schemaErrors: 0, generated: true, generatorVersion: '6.0.1' });
    const bom = JSON.parse(readFileSync(report.outputs!['sbom-path']!, 'utf8'));
    expect(bom.components.map((c: Json) => c.name).sort()).toEqual(['a', 'b', 'c']);
    expect(bom.serialNumber).toMatch(/^urn:uuid:/);
    expect(report.outputs).toMatchObject({ components: '3', 'artifact-name': 'sbom' });
  });

  it('includes dev dependencies with omit none', async () => {
    const fx = writeFixtureProject();
    const report = await run({ omit: ['none'], 'spec-version': '1.5', output: 'out/bom.json', 'artifact-name': 'none' }, { workspace: fx.dir });
    expect(report.outputs!['artifact-name']).toBe('');
    expect(report.metrics).toMatchObject({ components: 4, specVersion: '1.5' });
    expect(report.outputs!['sbom-path']).toBe(join(fx.dir, 'out/bom.json'));
  });

  it('is byte-identical across two reproducible runs, with a deterministic serial and SOURCE_DATE_EPOCH', async () => {
    const fx = writeFixtureProject();
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const one = await run({ reproducible: true, output: 'one.json', enrich: ['hashes', 'supplier', 'compositions'] }, { workspace: fx.dir, env });
    const two = await run({ reproducible: true, output: 'two.json', enrich: ['hashes', 'supplier', 'compositions'] }, { workspace: fx.dir, env });
    const a = readFileSync(one.outputs!['sbom-path']!);
    const b = readFileSync(two.outputs!['sbom-path']!);
    expect(a.equals(b)).toBe(true);
    const bom = JSON.parse(a.toString('utf8'));
    expect(bom.metadata.timestamp).toBe('2023-11-14T22:13:20.000Z');
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f-]{8}-[0-9a-f]{4}-5/);
    expect(bom.metadata.properties).toContainEqual({ name: 'cdx:reproducible', value: 'true' });
    expect(bom.metadata.properties).toContainEqual({ name: 'release-gates:enrichment', value: 'compositions,hashes,supplier' });
    expect(bom.components.every((c: Json) => Array.isArray(c.hashes))).toBe(true);
    expect(one.decision).toBe('pass');
    // A different lockfile gives a different serial.
    const lock = JSON.parse(readFileSync(join(fx.dir, 'package-lock.json'), 'utf8'));
    lock.packages['node_modules/b'].integrity = 'sha512-' + Buffer.alloc(64, 9).toString('base64');
    writeFileSync(join(fx.dir, 'package-lock.json'), JSON.stringify(lock));
    const three = await run({ reproducible: true, output: 'three.json' }, { workspace: fx.dir, env });
    expect(three.metrics.serialNumber).not.toBe(one.metrics.serialNumber);
  });

  it('makes the workspace package the BOM subject', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-sbom-ws-'));
    const w = (p: string, v: unknown) => {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), JSON.stringify(v));
    };
    w('package.json', { name: 'mono', version: '0.0.0', private: true, workspaces: ['packages/*'] });
    w('packages/app/package.json', { name: '@s/app', version: '2.0.0', license: 'MIT', dependencies: { x: '^1.0.0' } });
    w('node_modules/x/package.json', { name: 'x', version: '1.0.0', license: 'MIT' });
    mkdirSync(join(dir, 'node_modules/@s'), { recursive: true });
    symlinkSync('../../packages/app', join(dir, 'node_modules/@s/app'));
    w('package-lock.json', {
      name: 'mono', version: '0.0.0', lockfileVersion: 3, requires: true,
      packages: {
        '': { name: 'mono', version: '0.0.0', workspaces: ['packages/*'] },
        'node_modules/@s/app': { resolved: 'packages/app', link: true },
        'node_modules/x': { version: '1.0.0', license: 'MIT' },
        'packages/app': { name: '@s/app', version: '2.0.0', license: 'MIT', dependencies: { x: '^1.0.0' } },
      },
    });
    const report = await run({ workspace: 'packages/app' }, { workspace: dir });
    const bom = JSON.parse(readFileSync(report.outputs!['sbom-path']!, 'utf8'));
    expect(bom.metadata.component).toMatchObject({ group: '@s', name: 'app', version: '2.0.0' });
    expect(bom.components.map((c: Json) => c.name)).toEqual(['x']);
    expect(report.metrics.schemaErrors).toBe(0);
  });

  it('is an error, not a pass, without installed packages', async () => {
    const fx = writeFixtureProject();
    rmSync(join(fx.dir, 'node_modules'), { recursive: true });
    await expect(run({}, { workspace: fx.dir })).rejects.toThrow(/no node_modules/);
    rmSync(join(fx.dir, 'package-lock.json'));
    await expect(run({}, { workspace: fx.dir })).rejects.toThrow(/no package-lock.json, npm-shrinkwrap.json or node_modules/);
  });

  it("reports npm-ls failures with npm's own message", async () => {
    const fx = writeFixtureProject();
    rmSync(join(fx.dir, 'node_modules', 'b'), { recursive: true });
    const err = await run({}, { workspace: fx.dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/npm error missing: b@\^2\.0\.0, required by a@1\.0\.0/);
  });
});

describe('license policy on a generated BOM', () => {
  it('names package, license and dependency path, at the line in the BOM', async () => {
    const fx = writeFixtureProject();
    const report = await run({ 'deny-licenses': ['ISC'], 'allow-licenses': ['MIT'] }, { workspace: fx.dir });
    expect(report.decision).toBe('fail');
    const denied = report.findings.find((f) => f.ruleId === 'sbom/license-denied');
    expect(denied?.message).toBe('demo@1.2.3 > a@1.0.0 > b@2.0.0: license ISC: ISC is in deny-licenses');
    expect(denied?.line).toBeGreaterThan(1);
    const bomText = readFileSync(report.outputs!['sbom-path']!, 'utf8');
    expect(bomText.split('\n')[denied!.line! - 1]).toContain('{');
    // (GPL-3.0-only OR MIT) passes through its MIT branch.
    expect(report.findings.some((f) => f.message.includes('@scope/c'))).toBe(false);
  });

  it('handles unknown licenses per unknown-licenses, and exceptions by purl', async () => {
    const fx = writeFixtureProject({ packages: [{ name: 'nolicense', version: '1.0.0' }, { name: 'custom', version: '1.0.0', license: 'SEE LICENSE IN LICENSE.txt' }] });
    const warn = await run({}, { workspace: fx.dir });
    expect(warn.decision).toBe('warn');
    expect(warn.findings.filter((f) => f.ruleId === 'sbom/license-unknown')).toHaveLength(2);
    const fail = await run({ 'unknown-licenses': 'fail', 'license-exceptions': { 'pkg:npm/custom': 'vendor contract #12' } }, { workspace: fx.dir });
    expect(fail.decision).toBe('fail');
    expect(fail.findings.map((f) => [f.ruleId, f.severity])).toEqual(
      expect.arrayContaining([
        ['sbom/license-unknown', 'error'],
        ['sbom/license-exception', 'note'],
      ]),
    );
    const allow = await run({ 'unknown-licenses': 'allow' }, { workspace: fx.dir });
    expect(allow.decision).toBe('pass');
  });

  it('rejects a policy with a mistyped SPDX id', async () => {
    await expect(run({ 'sbom-file': 'x.json', 'allow-licenses': ['Apache2'] }, { workspace: tmpdir() })).rejects.toThrow(/not an SPDX license id/);
  });
});

describe('an existing BOM (sbom-file)', () => {
  function write(bom: unknown): string {
    const dir = mkdtempSync(join(tmpdir(), 'rg-sbom-file-'));
    writeFileSync(join(dir, 'bom.json'), typeof bom === 'string' ? bom : text(bom));
    return dir;
  }

  it('reports every defect of a broken BOM and fails', async () => {
    const bom = sampleBom('1.6', { c: { expression: 'MIT OR NotALicense' } });
    (bom.components as Json[])[0]!.version = 1;
    (bom.components as Json[])[1]!.hashes = [{ alg: 'MD4', content: 'x' }];
    delete (bom.metadata as Json).timestamp;
    const dir = write(bom);
    const report = await run({ 'sbom-file': 'bom.json' }, { workspace: dir });
    expect(report.decision).toBe('fail');
    const rules = report.findings.map((f) => `${f.ruleId} ${f.line ?? ''}`);
    expect(report.findings.filter((f) => f.ruleId === 'sbom/schema').map((f) => f.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('/components/0/version'), expect.stringContaining('/components/1/hashes/0/alg'), expect.stringContaining('/components/1/hashes/0/content')]),
    );
    expect(rules.some((r) => r.startsWith('sbom/license-expression'))).toBe(true);
    expect(rules.some((r) => r.startsWith('sbom/ntia-timestamp'))).toBe(true);
    expect(report.findings.every((f) => f.file === 'bom.json')).toBe(true);
    expect(report.sections?.[0]?.title).toMatch(/^Validation: \d+ errors in bom.json$/);
  });

  it('is an error (with the line) when the file is not JSON', async () => {
    const dir = write('{\n  "bomFormat": "CycloneDX",\n  oops\n}');
    const err = await run({ 'sbom-file': 'bom.json' }, { workspace: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ file: 'bom.json', line: 3 });
  });

  it('is an error for a missing file', async () => {
    await expect(run({ 'sbom-file': 'nope.json' }, { workspace: tmpdir() })).rejects.toThrow(/file not found/);
  });

  it('diffs against a previous SBOM file and warns about new copyleft', async () => {
    const previous = sampleBom();
    const current = sampleBom('1.6', { b: { license: { id: 'GPL-3.0-only' } } });
    const dir = write(current);
    writeFileSync(join(dir, 'prev.json'), text(previous));
    const report = await run({ 'sbom-file': 'bom.json', 'previous-sbom': 'prev.json' }, { workspace: dir });
    expect(report.metrics.diff).toEqual({ added: 0, removed: 0, changed: 0, licenseChanges: 1, newlyCopyleft: 1 });
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'sbom/new-copyleft', severity: 'warning' }));
    expect(report.decision).toBe('warn');
    expect(report.sections?.some((s) => s.title === 'Changes since the previous release')).toBe(true);
  });
});

describe('GitHub releases (local stub on 127.0.0.1)', () => {
  let stub: GitHubStub | undefined;
  afterEach(async () => {
    await stub?.close();
    stub = undefined;
  });

  const token = 'ghs_testtoken_value_123';

  function releaseCtx(dir: string, id: number, tag: string) {
    return {
      workspace: dir,
      env: { GITHUB_API_URL: stub!.url },
      event: { name: 'release', payload: { release: { id, tag_name: tag } }, repository: 'octo/example', ref: `refs/tags/${tag}` },
    };
  }

  it("diffs against the previous release's asset and attaches the BOM, replacing an old asset", async () => {
    const previous = sampleBom();
    (previous.components as Json[]).push({ type: 'library', name: 'old', version: '0.1.0', purl: 'pkg:npm/old@0.1.0' });
    const current = sampleBom();
    const dir = mkdtempSync(join(tmpdir(), 'rg-sbom-rel-'));
    writeFileSync(join(dir, 'bom.json'), text(current));
    stub = await startGitHubStub([
      { id: 2, tag_name: 'v2.0.0', assets: [{ id: 20, name: 'sbom.cdx.json', body: 'stale' }] },
      { id: 1, tag_name: 'v1.0.0', assets: [{ id: 10, name: 'sbom.cdx.json', body: text(previous) }] },
    ]);
    const report = await run({ 'sbom-file': 'bom.json', 'github-token': token }, releaseCtx(dir, 2, 'v2.0.0'));
    expect(report.metrics.diff).toMatchObject({ removed: 1 });
    expect(report.metrics.releaseAsset).toBe('replaced');
    expect(stub.releases[0]!.assets.map((a) => a.name)).toEqual(['sbom.cdx.json']);
    expect(stub.releases[0]!.assets[0]!.body).toBe(readFileSync(join(dir, 'bom.json'), 'utf8'));
    expect(stub.requests.every((r) => r.authorization === `Bearer ${token}`)).toBe(true);
    expect(report.outputs!['release-asset-url']).toContain('/download/');
  });

  it('keeps an existing asset with release-asset: keep', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-sbom-rel-'));
    writeFileSync(join(dir, 'bom.json'), text(sampleBom()));
    stub = await startGitHubStub([{ id: 5, tag_name: 'v5', assets: [{ id: 50, name: 'sbom.cdx.json', body: 'old' }] }]);
    const report = await run({ 'sbom-file': 'bom.json', 'github-token': token, 'release-asset': 'keep' }, releaseCtx(dir, 5, 'v5'));
    expect(report.metrics.releaseAsset).toBe('kept');
    expect(stub.releases[0]!.assets[0]!.body).toBe('old');
  });

  it('warns (no crash) on an immutable release', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-sbom-rel-'));
    writeFileSync(join(dir, 'bom.json'), text(sampleBom()));
    stub = await startGitHubStub([{ id: 7, tag_name: 'v7', immutable: true, assets: [] }]);
    const report = await run({ 'sbom-file': 'bom.json', 'github-token': token }, releaseCtx(dir, 7, 'v7'));
    expect(report.decision).toBe('warn');
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'sbom/release-asset', severity: 'warning', message: expect.stringContaining('immutable') }));
  });

  it('uploads on a tag push by looking the release up by tag, and does not attach an invalid BOM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-sbom-rel-'));
    writeFileSync(join(dir, 'bom.json'), text(sampleBom()));
    stub = await startGitHubStub([{ id: 9, tag_name: 'v9', assets: [] }]);
    const ctx = { workspace: dir, env: { GITHUB_API_URL: stub.url }, event: { name: 'push', payload: {}, repository: 'octo/example', ref: 'refs/tags/v9' } };
    const ok = await run({ 'sbom-file': 'bom.json', 'github-token': token }, ctx);
    expect(ok.metrics.releaseAsset).toBe('uploaded');
    const bad = sampleBom();
    (bad.components as Json[])[0]!.version = 3;
    writeFileSync(join(dir, 'bad.json'), text(bad));
    const rejected = await run({ 'sbom-file': 'bad.json', 'github-token': token, 'asset-name': 'other.json' }, ctx);
    expect(rejected.metrics.releaseAsset).toBe('skipped');
    expect(stub.releases[0]!.assets.map((a) => a.name)).toEqual(['sbom.cdx.json']);
  });
});
