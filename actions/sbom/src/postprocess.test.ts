import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deterministicSerial, enrich, integrityToHashes, makeReproducible, promoteWorkspace, serializeBom, timestampFromEpoch, uuidV5 } from './postprocess';
import { checkEvidence, generatorArgs } from './generator';
import { PINNED_CYCLONEDX_NPM_VERSION } from './generator-package';
import { npmMessage } from './npm-message';
import { checkEnrich, checkLicenseList, checkOmit } from './options';
import { ConfigurationError, InputError } from '../../common/src/errors';
import { component, sampleBom, type Json } from '../test/boms';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('uuidV5', () => {
  it('matches the RFC 4122 reference value', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'www.example.com')
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
  it('gives the same serial for the same inputs and another for any change', () => {
    const s = deterministicSerial('demo', '1.0.0', 'abc', '{}');
    expect(s).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicSerial('demo', '1.0.0', 'abc', '{}')).toBe(s);
    expect(deterministicSerial('demo', '1.0.1', 'abc', '{}')).not.toBe(s);
    expect(deterministicSerial('demo', '1.0.0', 'abd', '{}')).not.toBe(s);
  });
});

describe('reproducible output', () => {
  it('reads SOURCE_DATE_EPOCH strictly', () => {
    expect(timestampFromEpoch('1700000000')).toBe('2023-11-14T22:13:20.000Z');
    expect(() => timestampFromEpoch('yesterday')).toThrow(ConfigurationError);
  });
  it('sets serial and timestamp and serializes stably', () => {
    const a = sampleBom();
    const b = structuredClone(a);
    // Same content, other key order.
    const reordered = Object.fromEntries(Object.entries(b).reverse());
    for (const bom of [a, reordered]) makeReproducible(bom, { lockfileText: 'lock', settings: '{}', timestamp: '2023-11-14T22:13:20.000Z' });
    expect(serializeBom(a)).toBe(serializeBom(reordered));
    const parsed = JSON.parse(serializeBom(a));
    expect(Object.keys(parsed).slice(0, 4)).toEqual(['bomFormat', 'specVersion', 'serialNumber', 'version']);
    expect(parsed.metadata.timestamp).toBe('2023-11-14T22:13:20.000Z');
  });
  it('leaves no timestamp rather than a changing one', () => {
    const bom = sampleBom();
    makeReproducible(bom, { settings: '{}' });
    expect((bom.metadata as Json).timestamp).toBeUndefined();
  });
});

describe('workspace subject', () => {
  it('makes the workspace package metadata.component and drops the root from the graph', () => {
    const bom = sampleBom();
    promoteWorkspace(bom, { name: 'a', version: '1.0.0' });
    expect((bom.metadata as Json).component).toMatchObject({ name: 'a', type: 'application' });
    expect((bom.components as Json[]).map((c) => c.name)).toEqual(['b', 'c']);
    expect((bom.dependencies as Json[]).map((d) => d.ref)).not.toContain('demo@1.0.0');
  });
  it('fails when the workspace package is not in the BOM', () => {
    expect(() => promoteWorkspace(sampleBom(), { name: 'nope' })).toThrow(InputError);
  });
});

describe('enrichment', () => {
  it('adds hashes from the lockfile, supplier from author, compositions; and marks them', () => {
    const bom = sampleBom();
    for (const c of bom.components as Json[]) c.properties = [{ name: 'cdx:npm:package:path', value: `node_modules/${String(c.name)}` }];
    const lock = { packages: { 'node_modules/a': { integrity: 'sha512-' + Buffer.alloc(64, 1).toString('base64') + ' sha1-' + Buffer.alloc(20, 2).toString('base64') } } };
    const r = enrich(bom, ['hashes', 'supplier', 'compositions'], lock, '1.6');
    expect(r).toEqual({ hashes: 1, supplier: 1, compositions: true });
    const a = (bom.components as Json[])[0]!;
    expect(a.hashes).toEqual([{ alg: 'SHA-512', content: '01'.repeat(64) }, { alg: 'SHA-1', content: '02'.repeat(20) }]);
    expect(a.supplier).toEqual({ name: 'Ann' });
    expect(a.properties).toContainEqual({ name: 'release-gates:enriched', value: 'hashes,supplier' });
    expect((bom.metadata as Json).properties).toContainEqual({ name: 'release-gates:enrichment', value: 'compositions,hashes,supplier' });
    expect(bom.compositions).toEqual([{ aggregate: 'complete', assemblies: ['demo@1.0.0'], dependencies: ['demo@1.0.0'] }]);
  });
  it('is off unless asked for, and refuses 1.2', () => {
    const bom = sampleBom();
    const before = JSON.stringify(bom);
    enrich(bom, [], undefined, '1.6');
    expect(JSON.stringify(bom)).toBe(before);
    expect(() => enrich(sampleBom('1.2'), ['hashes'], undefined, '1.2')).toThrow(ConfigurationError);
  });
  it('ignores integrity strings it does not understand', () => {
    expect(integrityToHashes('md5-abc sha512-')).toEqual([]);
  });
});

describe('generator', () => {
  it('pins exactly the version package-lock.json holds', () => {
    const lock = JSON.parse(readFileSync(fileURLToPath(new URL('../../../package-lock.json', import.meta.url)), 'utf8'));
    expect(lock.packages['node_modules/@cyclonedx/cyclonedx-npm'].version).toBe(PINNED_CYCLONEDX_NPM_VERSION);
  });
  it('passes every setting explicitly', () => {
    expect(generatorArgs({ projectDir: '/p', outputFile: '/o.json', specVersion: '1.5', omit: ['dev', 'optional'], workspace: 'packages/a', reproducible: true })).toEqual([
      '--output-format', 'JSON', '--output-file', '/o.json', '--spec-version', '1.5', '--mc-type', 'application', '--no-validate',
      '--omit', 'dev', '--omit', 'optional', '--workspace', 'packages/a', '--output-reproducible', '--', '/p/package.json',
    ]);
  });
  it("keeps npm's own error lines", () => {
    const stderr = `  npm warn Unknown user config "nodedir".\n  npm error code ELSPROBLEMS\n  npm error missing: b@^2.0.0, required by a@1.0.0\n  npm error A complete log of this run can be found in: /x.log\n\nError: npm-ls exited with errors: 1 noSignal\n`;
    expect(npmMessage(stderr)).toBe('npm error code ELSPROBLEMS\nnpm error missing: b@^2.0.0, required by a@1.0.0\nError: npm-ls exited with errors: 1 noSignal');
  });
  it('needs package.json and installed packages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-ev-'));
    expect(() => checkEvidence(dir)).toThrow(/no package.json/);
    writeFileSync(join(dir, 'package.json'), '{}');
    expect(() => checkEvidence(dir)).toThrow(/no package-lock.json, npm-shrinkwrap.json or node_modules/);
    writeFileSync(join(dir, 'package-lock.json'), '{}');
    expect(() => checkEvidence(dir)).toThrow(/no node_modules/);
    mkdirSync(join(dir, 'node_modules'));
    expect(() => checkEvidence(dir)).not.toThrow();
  });
});

describe('option checks', () => {
  it('rejects unknown omit and enrich values', () => {
    expect(() => checkOmit(['dev', 'prod'])).toThrow(ConfigurationError);
    expect(checkOmit(['dev', ' optional', 'dev', ''])).toEqual(['dev', 'optional']);
    expect(() => checkEnrich(['sha'])).toThrow(ConfigurationError);
  });
  it('rejects license ids that are not SPDX, suggesting the right case', () => {
    const ids = new Set(['MIT', 'Apache-2.0']);
    expect(() => checkLicenseList('allow-licenses', ['mit'], ids)).toThrow(/did you mean MIT/);
    expect(checkLicenseList('allow-licenses', ['MIT', 'UNLICENSED', 'LicenseRef-acme', 'Apache-2.0+'], ids)).toHaveLength(4);
  });
});

void component;
