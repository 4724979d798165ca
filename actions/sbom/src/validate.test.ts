import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { canonicalJson, validateBomText, validatorFor } from './validate';
import { InputError } from '../../common/src/errors';
import { SPEC_VERSIONS, schemaDir } from './schemas';
import { sampleBom, text, type Json } from '../test/boms';

function lineOf(t: string, needle: string): number {
  const i = t.indexOf(needle);
  expect(i, needle).toBeGreaterThanOrEqual(0);
  return t.slice(0, i).split('\n').length;
}

describe('validateBomText', () => {
  it.each(SPEC_VERSIONS.filter((v) => v >= '1.4'))('accepts a well-formed %s BOM', (v) => {
    const r = validateBomText(text(sampleBom(v)));
    expect(r.issues).toEqual([]);
    expect(r.specVersion).toBe(v);
  });

  it.each(['1.2', '1.3'])('accepts a well-formed %s BOM against the strict schema', (v) => {
    const bom = sampleBom(v);
    // 1.2/1.3 have no acknowledgement and tools are a list there.
    const r = validateBomText(text(bom));
    expect(r.issues).toEqual([]);
    expect(r.schemaFile).toBe(`bom-${v}-strict.SNAPSHOT.schema.json`);
  });

  it('reports every independent defect, each with pointer and line', () => {
    const bom = sampleBom('1.6', { b: { license: { id: 'NOT-A-LICENSE' } }, c: { expression: 'MIT OR Bogus-1.0' } });
    const comps = bom.components as Json[];
    comps[0]!.version = 2; // wrong type
    comps[1]!.type = 'lib'; // not in the enum
    (bom as Json).extra = true; // additional property
    (bom.metadata as Json).timestamp = 'yesterday'; // bad date-time
    (bom.dependencies as Json[]).push({ ref: 'ghost', dependsOn: ['demo@1.0.0'] }); // dangling ref
    const t = text(bom);
    const r = validateBomText(t);
    const byPointer = new Map(r.issues.map((i) => [i.pointer, i]));
    expect(byPointer.get('/components/0/version')).toMatchObject({ ruleId: 'sbom/schema', line: lineOf(t, '"version": 2') });
    expect(byPointer.get('/components/1/type')?.message).toContain('"lib"');
    expect(byPointer.get('/components/1/licenses/0/license/id')?.message).toContain('NOT-A-LICENSE');
    expect(byPointer.get('')?.message).toContain('"extra" is not allowed');
    expect(byPointer.get('/metadata/timestamp')).toMatchObject({ line: lineOf(t, '"yesterday"') });
    expect(byPointer.get('/components/2/licenses/0/expression')).toMatchObject({ ruleId: 'sbom/license-expression', line: lineOf(t, 'Bogus-1.0') });
    expect(byPointer.get('/dependencies/4/ref')).toMatchObject({ ruleId: 'sbom/bom-ref' });
    for (const issue of r.issues) expect(issue.line, issue.message).toBeTypeOf('number');
  });

  it('reports thousands of errors, each at its own line', () => {
    const bom = sampleBom();
    const comps = bom.components as Json[];
    for (let i = 0; i < 2000; i++) comps.push({ type: 'library', name: `p${i}`, version: i, 'bom-ref': `r${i}` });
    const t = text(bom);
    const issues = validateBomText(t).issues.filter((i) => /^\/components\/\d+\/version$/.test(i.pointer));
    expect(issues).toHaveLength(2000);
    const lines = t.split('\n');
    for (const issue of issues) expect(lines[issue.line! - 1]).toMatch(/"version": \d+/);
  });

  it('requires the specVersion that was asked for', () => {
    const r = validateBomText(text(sampleBom('1.5')), { expectedVersion: '1.6' });
    expect(r.issues).toEqual([expect.objectContaining({ ruleId: 'sbom/spec-version', pointer: '/specVersion', line: 3 })]);
  });

  it('rejects a $schema that names another version than specVersion', () => {
    const bom = { $schema: 'http://cyclonedx.org/schema/bom-1.5.schema.json', ...sampleBom('1.6') };
    const r = validateBomText(text(bom));
    expect(r.issues.map((i) => i.pointer)).toContain('/$schema');
  });

  it('refuses unsupported and missing specVersions without guessing a schema', () => {
    expect(validateBomText(text({ ...sampleBom(), specVersion: '1.1' })).issues[0]).toMatchObject({ ruleId: 'sbom/spec-version', pointer: '/specVersion' });
    const { specVersion: _drop, ...rest } = sampleBom();
    expect(validateBomText(text(rest)).issues[0]).toMatchObject({ ruleId: 'sbom/spec-version', pointer: '' });
  });

  it('reports bad JSON at its line', () => {
    expect(validateBomText('{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.6",,\n}').issues).toEqual([
      expect.objectContaining({ ruleId: 'sbom/json-syntax', line: 3, column: 24 }),
    ]);
  });

  it('names XML and SPDX documents for what they are', () => {
    expect(validateBomText('<?xml version="1.0"?><bom/>').issues[0]?.message).toContain('looks like XML');
    expect(validateBomText('{"spdxVersion": "SPDX-2.3"}').issues[0]?.message).toContain('SPDX document');
  });

  it('reports a document that is not an object', () => {
    expect(validateBomText('[1]').issues[0]).toMatchObject({ ruleId: 'sbom/not-cyclonedx' });
  });

  it('reports a wrong bomFormat through the schema, with everything else', () => {
    const r = validateBomText(text({ ...sampleBom(), bomFormat: 'SPDX' }));
    expect(r.issues[0]).toMatchObject({ pointer: '/bomFormat' });
  });

  it('finds duplicate components (uniqueItems) in linear time, naming both items', () => {
    const bom = sampleBom();
    const comps = bom.components as Json[];
    comps.push(structuredClone(comps[1]!));
    const r = validateBomText(text(bom));
    const dup = r.issues.find((i) => i.pointer === '/components');
    expect(dup?.message).toContain('items ## 1 and 3 are identical');
    // The copy also repeats a bom-ref.
    expect(r.issues.some((i) => i.ruleId === 'sbom/bom-ref' && i.pointer === '/components/3/bom-ref')).toBe(true);
  });

  it('finds duplicates whose keys are in another order', () => {
    const bom = sampleBom();
    const comps = bom.components as Json[];
    const copy = Object.fromEntries(Object.entries(structuredClone(comps[0]!)).reverse());
    comps.push(copy);
    expect(validateBomText(text(bom)).issues.find((i) => i.pointer === '/components')?.message).toContain('items ## 0 and 3 are identical');
  });

  it('treats objects equal regardless of key order, as JSON Schema does', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe(canonicalJson({ a: [{ c: 2, d: 1 }], b: 1 }));
  });

  it('reports a BOM with a byte-order mark by its real lines', () => {
    const bom = sampleBom();
    (bom.components as Json[])[0]!.version = 2;
    const t = '\uFEFF' + text(bom);
    expect(validateBomText(t).issues[0]).toMatchObject({ line: lineOf(t, '"version": 2') });
  });
});

describe('schemas', () => {
  it('fails closed when the schema folder is missing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'rg-noschema-'));
    expect(() => validatorFor('1.6', empty)).toThrow(InputError);
  });

  it('fails closed when a shipped schema is broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-badschema-'));
    for (const f of ['bom-1.6.SNAPSHOT.schema.json', 'spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json', 'cryptography-defs.SNAPSHOT.schema.json']) writeFileSync(join(dir, f), '{ not json');
    expect(() => validateBomText(text(sampleBom()), { schemaDir: dir })).toThrow(/not valid JSON/);
  });

  it('uses the CycloneDX library schemas (the ones the bundle ships)', () => {
    const lib = createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library');
    expect(lib).toContain('cyclonedx-library');
    expect(schemaDir()).toMatch(/res[\\/]schema$/);
  });

  it('agrees with the unmodified schema on large enums (SPDX ids are checked through a Set)', async () => {
    const Ajv = (await import('ajv')).default;
    const { readFileSync } = await import('node:fs');
    const spdx = JSON.parse(readFileSync(join(schemaDir(), 'spdx.SNAPSHOT.schema.json'), 'utf8'));
    const plain = new Ajv({ strict: false }).compile({ ...spdx, $id: undefined, $schema: undefined });
    for (const id of ['MIT', 'Apache-2.0', 'mit', 'GPL-2.0+', 'SMAIL-GPL', '']) {
      const bom = sampleBom('1.6', { a: { license: { id } } });
      const ours = validateBomText(text(bom)).issues.some((i) => i.pointer === '/components/0/licenses/0/license/id');
      expect(ours, id).toBe(!plain(id));
    }
  });
});
