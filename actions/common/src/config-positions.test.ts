// Config-file errors inside lists and nested values point at the offending item's line and column.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConfigSchema, isKnownGate, loadConfig } from './config';
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
    {
      name: 'rules',
      type: 'object',
      description: 'per-path rule lists',
      schema: {
        type: 'object',
        additionalProperties: { type: 'array', items: { type: 'object', additionalProperties: false, properties: { lines: { type: 'number' } } } },
      },
    },
  ],
  run: async () => ({ decision: 'pass', summary: '', metrics: {}, findings: [] }),
} as unknown as Gate;

const schema = buildConfigSchema([fakeGate]);

async function loadError(text: string): Promise<ConfigurationError> {
  const dir = mkdtempSync(join(tmpdir(), 'rg-config-pos-'));
  writeFileSync(join(dir, 'release-gates.yml'), text);
  return expectRejected(ConfigurationError, loadConfig(join(dir, 'release-gates.yml'), '.github/release-gates.yml', true, schema));
}

describe('config file positions', () => {
  it('an unknown key inside a list item points at that key, not at the list', async () => {
    const err = await loadError('coverage:\n  rules:\n    src:\n      - lines: 90\n      - lines: 80\n        linez: 70\n');
    expect(err.message).toBe(".github/release-gates.yml:6:9: unknown key 'linez' in coverage.rules.src.1");
    expect([err.option, err.file, err.line, err.column]).toEqual(['coverage.rules.src.1.linez', '.github/release-gates.yml', 6, 9]);
  });

  it('a bad value inside a flow sequence points at the value', async () => {
    const err = await loadError('mode: enforce\ncoverage:\n  rules: {src: [{lines: 1}, {lines: high}]}\n');
    expect(err.message).toMatch(/^\.github\/release-gates\.yml:3:37: coverage\.rules\.src\.1\.lines: must be number/);
    expect([err.line, err.column]).toEqual([3, 37]);
  });
});

describe('isKnownGate', () => {
  it('knows the five gates and nothing else', () => {
    expect(['coverage', 'schema-ids', 'sbom', 'secret-scan', 'tarball'].every(isKnownGate)).toBe(true);
    expect(['verdict', 'Coverage', 'mode', ''].some(isKnownGate)).toBe(false);
  });
});
