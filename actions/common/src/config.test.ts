import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConfigSchema, loadConfig } from './config';
import { ConfigurationError } from './errors';
import type { Gate } from './gate';
import { expectRejected } from './testing';

const fakeGate = {
  name: 'coverage',
  title: 'Coverage',
  description: 'test gate',
  options: [
    { name: 'report', type: 'list', description: 'reports' },
    { name: 'min-lines', type: 'number', min: 0, max: 100, description: 'min' },
  ],
  run: async () => ({ decision: 'pass', summary: '', metrics: {}, findings: [] }),
} as unknown as Gate;

const schema = buildConfigSchema([fakeGate]);

function write(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-config-'));
  const path = join(dir, 'release-gates.yml');
  writeFileSync(path, text);
  return path;
}

async function loadError(text: string): Promise<ConfigurationError> {
  return expectRejected(ConfigurationError, loadConfig(write(text), '.github/release-gates.yml', true, schema));
}

describe('config file', () => {
  it('loads a gate section merged over the global mode', async () => {
    const cfg = await loadConfig(write('mode: warn\ncoverage:\n  report: [a.info]\n  min-lines: 90\n'), 'cfg.yml', true, schema);
    const values = cfg!.forGate('coverage');
    expect(values.values).toEqual({ report: ['a.info'], 'min-lines': 90, mode: 'warn' });
    expect(values.lineOf('min-lines')).toBe(4);
    expect(cfg!.enabled('coverage')).toBe(true);
  });

  it('reports an unknown key with file, line and key', async () => {
    const err = await loadError('coverage:\n  report: a\n  min-linez: 90\n');
    expect(err.message).toBe(".github/release-gates.yml:3:3: unknown key 'min-linez' in coverage");
    expect(err.line).toBe(3);
    expect(err.option).toBe('coverage.min-linez');
  });

  it('reports an unknown gate at the top level', async () => {
    const err = await loadError('mode: warn\ncoverag:\n  report: a\n');
    expect(err.message).toMatch(/:2:1: unknown key 'coverag' at the top level/);
  });

  it('reports a bad value with its line', async () => {
    const err = await loadError('coverage:\n  min-lines: 190\n');
    expect(err.message).toMatch(/:2:14: coverage\.min-lines: must be <= 100/);
    const mode = await loadError('mode: loud\n');
    expect(mode.message).toMatch(/:1:7: mode: must be one of enforce \| warn/);
  });

  it('reports YAML syntax errors and duplicate keys with positions', async () => {
    const syntax = await loadError('coverage:\n  report: [a\n');
    expect(syntax.message).toMatch(/^\.github\/release-gates\.yml:\d+:\d+: invalid YAML/);
    const dup = await loadError('coverage:\n  min-lines: 1\n  min-lines: 2\n');
    expect(dup.message).toMatch(/:3:\d+: invalid YAML: Map keys must be unique/);
  });

  it('a missing default file is fine, a missing explicit file is an error', async () => {
    expect(await loadConfig('/nonexistent/x.yml', 'x.yml', false, schema)).toBeUndefined();
    await expect(loadConfig('/nonexistent/x.yml', 'x.yml', true, schema)).rejects.toThrow(/config file x.yml not found/);
  });

  it('rejects a document that is not a mapping', async () => {
    const err = await loadError('- coverage\n');
    expect(err.message).toMatch(/must be a mapping/);
  });
});

describe('config file errors name the culprit', () => {
  it('points at the bad item of a list, not at the list', async () => {
    const err = await loadError('coverage:\n  report: [a.info, 42]\n');
    expect(err.message).toMatch(/^\.github\/release-gates\.yml:2:20: coverage\.report\.1: must be string/);
  });
});
