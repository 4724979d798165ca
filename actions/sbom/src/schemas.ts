// The official CycloneDX JSON schemas, read from disk (never the network). The bundle ships them at
// dist/res/schema (copied from @cyclonedx/cyclonedx-library/res/schema at build time); from sources
// (tests) they are read from node_modules.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../common/src/errors';
import { fileIn } from '../../common/src/paths';

export const SPEC_VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'] as const;
export type SpecVersion = (typeof SPEC_VERSIONS)[number];

export function isSpecVersion(v: unknown): v is SpecVersion {
  return typeof v === 'string' && (SPEC_VERSIONS as readonly string[]).includes(v);
}

/** File name of the strict schema for a version (1.2/1.3 have separate strict variants, as the library's JsonStrictValidator uses). */
export function bomSchemaFile(version: SpecVersion): string {
  return version === '1.2' || version === '1.3' ? `bom-${version}-strict.SNAPSHOT.schema.json` : `bom-${version}.SNAPSHOT.schema.json`;
}

/** Schemas the BOM schemas `$ref` by relative file name. */
export const SUPPORT_SCHEMAS = ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json', 'cryptography-defs.SNAPSHOT.schema.json'];

/** Base the BOM schemas' relative `$ref`s resolve against (their `$id`s live under it). */
export const SCHEMA_BASE = 'http://cyclonedx.org/schema/';

/** Where we look, in order: next to the bundle (dist/<entry>/index.js → dist/res/schema), then node_modules. */
export function schemaDirCandidates(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const out = [fileIn(fileIn(dirname(here), 'res'), 'schema')];
  try {
    // The package name is assembled at run time so the bundler does not try to inline the library.
    const pkg = ['@cyclonedx', 'cyclonedx-library', 'package.json'].join('/');
    const req = createRequire(import.meta.url);
    out.push(fileIn(fileIn(dirname(req.resolve(pkg)), 'res'), 'schema'));
  } catch {
    // Not installed: only the bundled copy can serve.
  }
  return out;
}

let cachedDir: string | undefined;

/** The schema folder, or an error naming every place looked at: validation never silently skips. */
export function schemaDir(override?: string): string {
  if (override) {
    if (!existsSync(fileIn(override, bomSchemaFile('1.6')))) throw new InputError(`no CycloneDX schemas in ${override}`, override);
    return override;
  }
  if (cachedDir) return cachedDir;
  const candidates = schemaDirCandidates();
  for (const dir of candidates) {
    if (existsSync(fileIn(dir, bomSchemaFile('1.6'))) && existsSync(fileIn(dir, SUPPORT_SCHEMAS[0]!))) return (cachedDir = dir);
  }
  throw new InputError(
    `the CycloneDX JSON schemas are missing (looked in ${candidates.join(', ')}); the bundle must ship them at dist/res/schema. Validation cannot run, so the SBOM is not accepted.`,
  );
}

export function readSchema(dir: string, file: string): Record<string, unknown> {
  const path = fileIn(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read schema: ${(err as Error).message}`, path);
  }
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (err) {
    throw new InputError(`schema is not valid JSON: ${(err as Error).message}`, path);
  }
}
