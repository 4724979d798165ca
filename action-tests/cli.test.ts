// The CLI contract, on the built bundle: help, exit codes, --format json validating against the
// GateResult schema, config-file errors, and the supported runtimes (Node 24, and Node 22 as the floor).

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, gateResultErrors, node22, nodeMajor, NODE24, runCli } from './harness';

const GATES = ['coverage', 'schema-ids', 'sbom', 'secret-scan', 'tarball'];

const SCHEMA = JSON.stringify({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://example.com/schemas/thing.schema.json',
  type: 'object',
  additionalProperties: false,
  properties: { name: { type: 'string' } },
});

describe('release-gates CLI (Node 24)', () => {
  beforeAll(() => {
    expect(nodeMajor(NODE24)).toBe(24);
  });

  it('--help lists every gate and the exit codes', async () => {
    const ws = createWorkspace();
    const run = await runCli(['--help'], { cwd: ws.dir });
    expect(run.exitCode).toBe(0);
    for (const gate of GATES) expect(run.stdout).toContain(`  ${gate} `);
    expect(run.stdout).toContain('Exit codes: 0 pass or warn, 1 fail, 2 error.');
    const none = await runCli([], { cwd: ws.dir });
    expect(none.exitCode).toBe(2);
  });

  it.each(GATES)('%s --help lists every flag with its default', async (gate) => {
    const ws = createWorkspace();
    const run = await runCli([gate, '--help'], { cwd: ws.dir });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`Usage: release-gates ${gate} [flags]`);
    for (const flag of ['--mode', '--config', '--format', '--result-file', '--sarif', '--working-directory']) expect(run.stdout).toContain(flag);
    const flags = run.stdout.match(/^ {2}--[a-z-]+/gm) ?? [];
    const defaults = run.stdout.match(/Default: /g) ?? [];
    // Every flag but --help states its default.
    expect(defaults.length).toBe(flags.length - 1);
  });

  it('unknown flags and commands exit 2 with a pointer to --help', async () => {
    const ws = createWorkspace();
    const flag = await runCli(['schema-ids', '--no-such-flag'], { cwd: ws.dir });
    expect(flag.exitCode).toBe(2);
    expect(flag.stderr).toContain('unknown flag --no-such-flag; see `release-gates schema-ids --help`');
    const command = await runCli(['deploy'], { cwd: ws.dir });
    expect(command.exitCode).toBe(2);
    expect(command.stderr).toContain('unknown command "deploy"');
  });

  it('--format json prints exactly a valid GateResult', async () => {
    const ws = createWorkspace({ 'schemas/thing.schema.json': SCHEMA });
    const run = await runCli(['schema-ids', '--format', 'json', '--base-uri', 'https://example.com/'], { cwd: ws.dir });
    const result = JSON.parse(run.stdout);
    expect(gateResultErrors(result)).toEqual([]);
    expect(result.gate).toBe('schema-ids');
    expect([0, 1]).toContain(run.exitCode);
  });

  it('a malformed config file is an error naming file, line and key, exit code 2', async () => {
    const ws = createWorkspace({
      'schemas/thing.schema.json': SCHEMA,
      '.github/release-gates.yml': 'mode: warn\nschema-ids:\n  closed-objectz: error\n',
    });
    const run = await runCli(['schema-ids', '--format', 'json'], { cwd: ws.dir });
    expect(run.exitCode).toBe(2);
    const result = JSON.parse(run.stdout);
    expect(gateResultErrors(result)).toEqual([]);
    expect(result.status).toBe('error');
    expect(result.findings[0]).toMatchObject({ file: '.github/release-gates.yml', line: 3 });
    expect(result.findings[0].message).toBe(".github/release-gates.yml:3:3: unknown key 'closed-objectz' in schema-ids");
    const text = await runCli(['schema-ids'], { cwd: ws.dir });
    expect(text.exitCode).toBe(2);
    expect(text.stdout).toContain('.github/release-gates.yml:3:3');
  });

  it('run [dir] executes every enabled gate and writes results for the verdict', async () => {
    const ws = createWorkspace({
      'schemas/thing.schema.json': SCHEMA,
      '.github/release-gates.yml': 'coverage: {enabled: false}\nsbom: {enabled: false}\nsecret-scan: {enabled: false}\ntarball: {enabled: false}\nschema-ids:\n  base-uri: https://example.com/\n',
    });
    const run = await runCli(['run', ws.dir, '--format', 'json', '--results-dir', `${ws.dir}/.results`], { cwd: ws.dir });
    const results = JSON.parse(run.stdout);
    expect(results.map((r: { gate: string }) => r.gate)).toEqual(['schema-ids']);
    expect(existsSync(`${ws.dir}/.results/schema-ids.json`)).toBe(true);
    const verdict = await runCli(['verdict', '--results', `${ws.dir}/.results`, '--expect', 'schema-ids'], { cwd: ws.dir });
    expect(verdict.exitCode).toBe(run.exitCode);
  });
});

describe('release-gates CLI on Node 22 (the oldest supported)', () => {
  it('runs a gate and prints help', async (ctx) => {
    const node = await node22();
    if (!node.binary) {
      console.warn(`SKIPPED Node 22 CLI test: ${node.reason}`);
      ctx.skip();
      return;
    }
    const ws = createWorkspace({ 'schemas/thing.schema.json': SCHEMA });
    const help = await runCli(['--help'], { cwd: ws.dir, node: node.binary });
    expect(help.exitCode).toBe(0);
    const run = await runCli(['schema-ids', '--format', 'json', '--base-uri', 'https://example.com/'], { cwd: ws.dir, node: node.binary });
    expect(gateResultErrors(JSON.parse(run.stdout))).toEqual([]);
  });

  it('refuses Node older than 22 with a sentence, not a syntax error', async (ctx) => {
    const system = '/usr/bin/node';
    if (!existsSync(system) || Number(execFileSync(system, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' })) >= 22) {
      ctx.skip();
      return;
    }
    const ws = createWorkspace();
    const run = await runCli(['--help'], { cwd: ws.dir, node: system });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/release-gates needs Node\.js 22 or later; this is v\d+/);
  });
});
