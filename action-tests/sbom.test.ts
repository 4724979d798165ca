// The sbom composite action, end to end: its first step (run from action.yml as the runner would, with
// bash) resolves the pinned cyclonedx-npm; its gate step (the built dist/sbom/index.js) generates a real
// BOM from a fixture project whose node_modules the test writes on disk (no registry), validates and gates it.

import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import YAML from 'yaml';
import { DIST, ROOT, createWorkspace, gateResultErrors, parseOutputFile, runAction, runCli, spawnCollect, type ActionRun } from './harness';
import { writeFixtureProject } from '../actions/sbom/test/fixture-project';
import { sampleBom, text, type Json } from '../actions/sbom/test/boms';
import { startGitHubStub } from '../actions/sbom/test/github-stub';

interface Step {
  id?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  if?: string;
}
const action = YAML.parse(readFileSync(join(ROOT, 'actions/sbom/action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: { using: string; steps: Step[] } };
const steps = action.runs.steps;
const generatorStep = steps.find((s) => s.id === 'generator')!;
const gateStep = steps.find((s) => s.id === 'gate')!;

/**
 * Runs the composite's first step with bash, as the runner does: env from its `env:`, outputs via
 * GITHUB_OUTPUT. `actionRoot` is what `${{ github.action_path }}/../..` names: this checkout by default.
 */
async function runGeneratorStep(options: { actionRoot?: string; env?: Record<string, string> } = {}) {
  const temp = mkdtempSync(join(tmpdir(), 'rg-sbom-step-'));
  const output = join(temp, 'output');
  writeFileSync(output, '');
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: temp, GITHUB_OUTPUT: output, ACTION_ROOT: options.actionRoot ?? join(ROOT, 'actions/sbom/../..'), ...options.env };
  expect(generatorStep.env?.ACTION_ROOT).toBe('${{ github.action_path }}/../..');
  const run = await spawnCollect('bash', ['-e', '-c', generatorStep.run!], temp, env);
  return { run, runnerTemp: temp, outputs: parseOutputFile(readFileSync(output, 'utf8')) };
}

async function resolvePinnedGenerator(): Promise<Record<string, string>> {
  const { run, outputs } = await runGeneratorStep();
  expect(run.exitCode, run.stderr + run.stdout).toBe(0);
  return outputs;
}

function gateEnv(generator: Record<string, string>): Record<string, string> {
  return { RELEASE_GATES_CYCLONEDX_NPM_BIN: generator.bin!, RELEASE_GATES_CYCLONEDX_NPM_VERSION: generator.version! };
}

let generator: Record<string, string>;
beforeAll(async () => {
  expect(existsSync(join(DIST, 'sbom', 'index.js')), 'run npm run build first').toBe(true);
  generator = await resolvePinnedGenerator();
});

describe('action.yml wiring', () => {
  it('is a composite: pinned generator, then the gate bundle, then the artifact upload', () => {
    expect(action.runs.using).toBe('composite');
    expect(gateStep.run).toBe('node "$GITHUB_ACTION_PATH/../../dist/sbom/index.js"');
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.uses).toMatch(/^actions\/upload-artifact@[0-9a-f]{40}$/);
    expect(upload?.with).toMatchObject({ name: '${{ steps.gate.outputs.artifact-name }}', path: '${{ steps.gate.outputs.sbom-path }}' });
  });

  it('passes every input to the gate step through env, under the name the runner uses', () => {
    for (const name of Object.keys(action.inputs)) {
      expect(gateStep.env?.[`INPUT_${name.toUpperCase()}`], name).toBe(`\${{ inputs.${name} }}`);
    }
  });

  it('declares the outputs the issue asks for', () => {
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['status', 'sbom-path', 'components', 'result-file']));
  });

  it("resolves exactly the version in package-lock.json and proves it runs", () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
    expect(generator.version).toBe(lock.packages['node_modules/@cyclonedx/cyclonedx-npm'].version);
    expect(existsSync(generator.bin!)).toBe(true);
    // A developer clone: the copy next to the action, no install.
    expect(generator.bin).toBe(join(ROOT, 'node_modules/@cyclonedx/cyclonedx-npm/bin/cyclonedx-npm-cli.js'));
  });
});

describe('the generator step without node_modules (a runner: the action checkout has none)', () => {
  // The action's checkout as a runner sees it: action.yml and the generator lock, no node_modules. npm runs
  // offline, so `npm ci` must take every tarball from the local npm cache, by the integrity in the lock;
  // this repository's own `npm ci` put exactly these tarballs there.
  let offline: Awaited<ReturnType<typeof runGeneratorStep>>;
  let seconds: number;
  beforeAll(async () => {
    const checkout = mkdtempSync(join(tmpdir(), 'rg-sbom-checkout-'));
    for (const file of ['actions/sbom/action.yml', 'actions/sbom/generator/package.json', 'actions/sbom/generator/package-lock.json']) {
      mkdirSync(dirname(join(checkout, file)), { recursive: true });
      copyFileSync(join(ROOT, file), join(checkout, file));
    }
    const env: Record<string, string> = { npm_config_offline: 'true', npm_config_update_notifier: 'false' };
    // Under `npm test`, npm tells its children where its cache is; keep that, and nothing else of npm's.
    if (process.env.npm_config_cache) env.npm_config_cache = process.env.npm_config_cache;
    const started = performance.now();
    offline = await runGeneratorStep({ actionRoot: join(checkout, 'actions/sbom/../..'), env });
    seconds = (performance.now() - started) / 1000;
  });

  it('installs the pinned tree with npm ci from the generator lock, offline, and proves the version', () => {
    const { run, outputs, runnerTemp } = offline;
    expect(
      run.exitCode,
      'npm ci --offline of actions/sbom/generator/package-lock.json failed: it installs from the local npm cache ' +
        `(${process.env.npm_config_cache ?? '~/.npm'}), which must hold the tarballs this repository's own npm ci fetched.\n` +
        run.stdout +
        run.stderr,
    ).toBe(0);
    expect(run.stdout).toContain('Installing @cyclonedx/cyclonedx-npm@');
    const pinned = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')).packages['node_modules/@cyclonedx/cyclonedx-npm'].version;
    expect(outputs.version).toBe(pinned);
    expect(outputs.bin!.startsWith(runnerTemp + '/'), outputs.bin).toBe(true);
    expect(run.stdout).toContain(`cyclonedx-npm ${pinned} at ${outputs.bin}`);
    // npm's record of what it installed: exactly the lock's non-optional packages, same versions and integrity.
    const installDir = outputs.bin!.slice(0, outputs.bin!.indexOf('/node_modules/'));
    const installed = (JSON.parse(readFileSync(join(installDir, 'node_modules/.package-lock.json'), 'utf8')) as { packages: Record<string, { version: string; integrity: string }> }).packages;
    const shipped = (JSON.parse(readFileSync(join(ROOT, 'actions/sbom/generator/package-lock.json'), 'utf8')) as { packages: Record<string, { version: string; integrity: string; optional?: boolean }> }).packages;
    const expected = Object.entries(shipped).filter(([key, e]) => key !== '' && !e.optional);
    expect(Object.keys(installed).sort()).toEqual(expected.map(([key]) => key).sort());
    for (const [key, e] of expected) expect({ version: installed[key]!.version, integrity: installed[key]!.integrity }, key).toEqual({ version: e.version, integrity: e.integrity });
    expect(existsSync(join(installDir, 'node_modules/libxmljs2'))).toBe(false);
    console.log(`generator step without node_modules: npm ci offline + version check in ${seconds.toFixed(1)} s`);
  });

  it('generates a BOM for a fixture project with the installed binary', async () => {
    expect(offline.run.exitCode, 'the offline install failed (see the test above)').toBe(0);
    const ws = fixtureWorkspace();
    const run = await runAction('sbom', ws.dir, { env: { ...gateEnv(offline.outputs), SOURCE_DATE_EPOCH: '1700000000' }, inputs: { reproducible: 'true' } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.status).toBe('pass');
    expect(run.result?.metrics).toMatchObject({ generatorVersion: offline.outputs.version, components: 3, schemaErrors: 0 });
    const bom = JSON.parse(readFileSync(run.outputs['sbom-path']!, 'utf8')) as Json;
    expect((bom.components as Json[]).map((c) => c.name).sort()).toEqual(['a', 'b', 'c']);
    expect(JSON.stringify((bom.metadata as Json).tools)).toContain(offline.outputs.version!);
  });
});

function fixtureWorkspace(packages?: Parameters<typeof writeFixtureProject>[0]) {
  const ws = createWorkspace({ '.gitignore': 'node_modules/\n' });
  writeFixtureProject({ ...packages, dir: ws.dir });
  ws.commit('fixture project');
  return ws;
}

function errors(run: ActionRun) {
  return run.commands.filter((c) => c.command === 'error');
}

describe('the gate step (dist/sbom/index.js) as the runner runs it', () => {
  it('generates a real BOM with the pinned cyclonedx-npm from on-disk node_modules, validates it and passes', async () => {
    const ws = fixtureWorkspace();
    const run = await runAction('sbom', ws.dir, { env: { ...gateEnv(generator), SOURCE_DATE_EPOCH: '1700000000' }, inputs: { reproducible: 'true', enrich: 'hashes' } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.status).toBe('pass');
    expect(run.outputs.components).toBe('3');
    expect(run.outputs['artifact-name']).toBe('sbom');
    const bomPath = run.outputs['sbom-path']!;
    expect(bomPath).toBe(join(run.runnerTemp, 'release-gates', 'sbom.cdx.json'));
    const bom = JSON.parse(readFileSync(bomPath, 'utf8')) as Json;
    expect((bom.components as Json[]).map((c) => c.name).sort()).toEqual(['a', 'b', 'c']);
    expect((bom.metadata as Json).timestamp).toBe('2023-11-14T22:13:20.000Z');
    expect(run.result && gateResultErrors(run.result)).toEqual([]);
    expect(run.result?.metrics).toMatchObject({ schemaErrors: 0, generatorVersion: generator.version, reproducible: true });
    expect(run.summary).toContain('NTIA minimum elements');
    // The CycloneDX library's own strict validator agrees.
    const { Validation, Spec } = createRequire(import.meta.url)('@cyclonedx/cyclonedx-library') as typeof import('@cyclonedx/cyclonedx-library');
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(readFileSync(bomPath, 'utf8'))).toBeNull();
  });

  it('fails on a denied license, naming package, license and dependency path', async () => {
    const ws = fixtureWorkspace();
    const run = await runAction('sbom', ws.dir, { env: gateEnv(generator), inputs: { 'deny-licenses': 'ISC' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('fail');
    const denied = errors(run).find((c) => c.message.includes('ISC is in deny-licenses'));
    expect(denied?.message).toContain('demo@1.2.3 > a@1.0.0 > b@2.0.0');
    expect(Number(denied?.properties.line)).toBeGreaterThan(1);
  });

  it('is an error with npm’s own message when npm ls fails', async () => {
    const ws = fixtureWorkspace({ packages: [{ name: 'a', version: '1.0.0', license: 'MIT', dependencies: { missing: '^1.0.0' } }] });
    const run = await runAction('sbom', ws.dir, { env: gateEnv(generator) });
    expect(run.exitCode).not.toBe(0);
    expect(run.outputs.status).toBe('error');
    expect(errors(run).map((c) => c.message).join('\n')).toMatch(/npm error missing: missing@\^1\.0\.0, required by a@1\.0\.0/);
    expect(errors(run)[0]?.properties.file).toBe('package.json');
  });

  it('validates an existing BOM (sbom-file) and reports every defect at its line', async () => {
    const bom = sampleBom('1.6', { c: { expression: 'MIT OR NoSuchLicense' } });
    (bom.components as Json[])[0]!.version = 7;
    (bom.components as Json[])[1]!.type = 'lib';
    const ws = createWorkspace({ 'bom.json': text(bom) });
    const run = await runAction('sbom', ws.dir, { inputs: { 'sbom-file': 'bom.json' } });
    expect(run.exitCode).toBe(1);
    const found = errors(run).filter((c) => c.properties.file === 'bom.json');
    const lines = text(bom).split('\n');
    const at = (needle: string) => String(lines.findIndex((l) => l.includes(needle)) + 1);
    expect(found.map((c) => c.properties.line)).toEqual(expect.arrayContaining([at('"version": 7,'), at('"type": "lib"'), at('NoSuchLicense')]));
    expect(run.outputs['sbom-path']).toBe(join(ws.dir, 'bom.json'));
  });

  it('attaches the BOM on a release event through the GitHub API (local stub), idempotently', async () => {
    const stub = await startGitHubStub([
      { id: 2, tag_name: 'v2.0.0', assets: [{ id: 21, name: 'sbom.cdx.json', body: 'from an earlier attempt' }] },
      { id: 1, tag_name: 'v1.0.0', assets: [{ id: 11, name: 'sbom.cdx.json', body: text(sampleBom()) }] },
    ]);
    try {
      const ws = createWorkspace({ 'bom.json': text(sampleBom()) });
      const token = 'ghs_secret_value_for_test_0123456789';
      const event = { name: 'release', payload: { action: 'published', release: { id: 2, tag_name: 'v2.0.0' }, repository: { full_name: 'octo/example' } } };
      const run = await runAction('sbom', ws.dir, { event, env: { GITHUB_API_URL: stub.url, GITHUB_REF: 'refs/tags/v2.0.0' }, inputs: { 'sbom-file': 'bom.json', 'github-token': token } });
      expect(run.exitCode, run.stdout + run.stderr).toBe(0);
      expect(run.outputs['release-asset-url']).toContain('/download/');
      expect(run.result?.metrics).toMatchObject({ releaseAsset: 'replaced', diff: { added: 0, removed: 0 } });
      expect(stub.releases[0]!.assets.map((a) => a.body)).toEqual([text(sampleBom())]);
      // The runner is told to mask it (::add-mask::); nothing else may print it.
      const printed = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
      expect(printed + run.stderr + run.summary + JSON.stringify(run.result)).not.toContain(token);
    } finally {
      await stub.close();
    }
  });
});

describe('the CLI', () => {
  it('generates with --dir/--output and gates with --deny-licenses', async () => {
    const fx = writeFixtureProject();
    const out = join(fx.dir, 'out', 'bom.json');
    const run = await runCli(['sbom', '--dir', fx.dir, '--output', out, '--deny-licenses', 'GPL-3.0-only', '--format', 'json'], { cwd: fx.dir });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ gate: 'sbom', status: 'pass', metrics: { components: 3 } });
    expect(existsSync(out)).toBe(true);
  });

  it('reads the same options from .github/release-gates.yml (object options too)', async () => {
    const fx = writeFixtureProject();
    writeFileSync(join(fx.dir, 'release-gates.yml'), 'sbom:\n  deny-licenses: [ISC]\n  min-ntia: { supplier: 100 }\n  license-exceptions:\n    "pkg:npm/b": "approved by legal, ticket 42"\n');
    const run = await runCli(['sbom', '--config', 'release-gates.yml', '--format', 'json'], { cwd: fx.dir });
    const result = JSON.parse(run.stdout);
    expect(run.exitCode).toBe(1);
    expect(result.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(expect.arrayContaining(['sbom/ntia-supplier', 'sbom/license-exception']));
    expect(result.findings.some((f: { ruleId: string }) => f.ruleId === 'sbom/license-denied')).toBe(false);
  });
});

describe('the CLI of a published package, with no cyclonedx-npm installed next to it', () => {
  // release-gates as npm would unpack it without its dependencies: the bundle, package.json and the shipped
  // generator lock (package.json `files`), nothing else, in a temp folder no node_modules encloses. The CLI
  // must install cyclonedx-npm with npm ci of that lock (offline here: from the local npm cache, which this
  // repository's own npm ci filled) into a folder of its own under TMPDIR, and reuse it on the next run.
  function publishedLayout(withLock: boolean): string {
    const pkg = mkdtempSync(join(tmpdir(), 'rg-published-'));
    cpSync(DIST, join(pkg, 'dist'), { recursive: true });
    copyFileSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
    if (withLock) {
      mkdirSync(join(pkg, 'actions/sbom/generator'), { recursive: true });
      for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, 'actions/sbom/generator', f), join(pkg, 'actions/sbom/generator', f));
    }
    return pkg;
  }
  function offlineEnv(tmp: string, cache = process.env.npm_config_cache): Record<string, string> {
    const env: Record<string, string> = { TMPDIR: tmp, npm_config_offline: 'true', npm_config_update_notifier: 'false' };
    if (cache) env.npm_config_cache = cache;
    return env;
  }
  async function sbom(pkg: string, env: Record<string, string>) {
    const fx = writeFixtureProject();
    const run = await runCli(['sbom', '--dir', fx.dir, '--output', join(fx.dir, 'bom.json'), '--format', 'json'], { cwd: fx.dir, cli: join(pkg, 'dist/cli/index.js'), env, timeoutMs: 240_000 });
    let result: { status?: string; metrics?: Record<string, unknown>; findings?: { message: string }[] } = {};
    try {
      result = JSON.parse(run.stdout);
    } catch {
      // Asserted on by the caller (with stderr).
    }
    return { run, result };
  }
  const pinned = () => JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')).packages['node_modules/@cyclonedx/cyclonedx-npm'].version as string;

  it('installs the pinned tree with npm ci from the shipped lock, offline, then reuses the install', async () => {
    const pkg = publishedLayout(true);
    const tmp = mkdtempSync(join(tmpdir(), 'rg-published-tmp-'));
    const first = await sbom(pkg, offlineEnv(tmp));
    expect(
      first.run.exitCode,
      'the CLI could not install cyclonedx-npm with npm ci --offline of actions/sbom/generator/package-lock.json: it installs from the local npm cache ' +
        `(${process.env.npm_config_cache ?? '~/.npm'}), which must hold the tarballs this repository's own npm ci fetched.\n` +
        first.run.stdout +
        first.run.stderr,
    ).toBe(0);
    expect(first.result).toMatchObject({ status: 'pass', metrics: { generatorVersion: pinned(), components: 3 } });
    const installs = readdirSync(tmp).filter((n) => n.startsWith('release-gates-cyclonedx-npm-'));
    expect(installs, 'one finished install folder, no half-finished one').toEqual([expect.stringMatching(new RegExp(`^release-gates-cyclonedx-npm-${pinned()}-[0-9a-f]{12}$`))]);
    const installDir = join(tmp, installs[0]!);
    expect(first.run.stderr, 'no installed copy must be reachable from the copied package').toContain(`installing @cyclonedx/cyclonedx-npm@${pinned()} with npm ci --ignore-scripts --no-audit --no-fund --omit=optional from ${join(pkg, 'actions/sbom/generator/package-lock.json')}`);
    expect(first.run.stderr).toContain(`(installed with npm ci from actions/sbom/generator/package-lock.json at ${installDir})`);
    // npm's record of what it installed: exactly the lock's non-optional packages, same versions and integrity.
    const installed = (JSON.parse(readFileSync(join(installDir, 'node_modules/.package-lock.json'), 'utf8')) as { packages: Record<string, { version: string; integrity: string }> }).packages;
    const shipped = (JSON.parse(readFileSync(join(ROOT, 'actions/sbom/generator/package-lock.json'), 'utf8')) as { packages: Record<string, { version: string; integrity: string; optional?: boolean }> }).packages;
    const expected = Object.entries(shipped).filter(([key, e]) => key !== '' && !e.optional);
    expect(Object.keys(installed).sort()).toEqual(expected.map(([key]) => key).sort());
    for (const [key, e] of expected) expect({ version: installed[key]!.version, integrity: installed[key]!.integrity }, key).toEqual({ version: e.version, integrity: e.integrity });

    const second = await sbom(pkg, offlineEnv(tmp));
    expect(second.run.exitCode, second.run.stderr).toBe(0);
    expect(second.run.stderr).not.toContain('installing @cyclonedx/cyclonedx-npm');
    expect(second.run.stderr).toContain(`(installed earlier with npm ci from actions/sbom/generator/package-lock.json at ${installDir})`);
  });

  it('is an error, never an unpinned fetch, when npm ci cannot install the lock', async () => {
    const pkg = publishedLayout(true);
    const tmp = mkdtempSync(join(tmpdir(), 'rg-published-tmp-'));
    const { run, result } = await sbom(pkg, offlineEnv(tmp, mkdtempSync(join(tmpdir(), 'rg-empty-npm-cache-'))));
    expect(run.exitCode, run.stdout + run.stderr).toBe(2);
    expect(result.status).toBe('error');
    const message = result.findings?.map((f) => f.message).join('\n') ?? '';
    expect(message).toContain(`npm ci of ${join(pkg, 'actions/sbom/generator/package-lock.json')} (@cyclonedx/cyclonedx-npm@${pinned()}) failed`);
    expect(message).toMatch(/npm error code ENOTCACHED/);
    expect(message).toContain('never unpinned');
    expect(readdirSync(tmp).filter((n) => n.startsWith('release-gates-cyclonedx-npm-'))).toEqual([]);
  });

  it('is an error naming what to do when the package lacks the generator lock', async () => {
    const pkg = publishedLayout(false);
    const { run, result } = await sbom(pkg, offlineEnv(mkdtempSync(join(tmpdir(), 'rg-published-tmp-'))));
    expect(run.exitCode, run.stdout + run.stderr).toBe(2);
    expect(result.status).toBe('error');
    expect(result.findings?.[0]?.message).toMatch(/is missing \(looked in .*\)\. Install release-gates with its dependencies/);
  });
});
