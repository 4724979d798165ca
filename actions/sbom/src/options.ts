// The sbom gate's options: one name each for the action input, the CLI flag and the config-file key.

import type { OptionSpec } from '../../common/src/gate';
import { ConfigurationError } from '../../common/src/errors';
import { SPEC_VERSIONS } from './schemas';
import { ENRICHMENTS, type Enrichment } from './postprocess';
import { DEFAULT_NTIA, type NtiaThresholds } from './ntia';
import type { UnknownLicensePolicy } from './license-policy';
import type { UploadMode } from './release';

const percent = { type: 'number', minimum: 0, maximum: 100 };

export const SBOM_OPTIONS: readonly OptionSpec[] = [
  { name: 'dir', type: 'string', default: '.', valueName: '<dir>', description: 'npm project to describe (holds package.json, package-lock.json and node_modules). Relative to working-directory.' },
  { name: 'sbom-file', type: 'string', default: '', valueName: '<bom.json>', description: 'Validate and gate this existing CycloneDX JSON BOM (from any generator) instead of generating one.' },
  { name: 'output', type: 'string', default: '', valueName: '<bom.json>', description: 'Where to write the generated BOM; empty means $RUNNER_TEMP/release-gates/sbom.cdx.json in an action, sbom.cdx.json in the CLI.' },
  { name: 'spec-version', type: 'enum', values: SPEC_VERSIONS, default: '1.6', description: 'CycloneDX version to generate (a generated BOM must declare exactly this). An sbom-file is validated against its own specVersion.' },
  { name: 'omit', type: 'list', separator: 'comma', default: ['dev'], valueName: '<dev,optional,peer>', description: 'Dependency types left out of the generated BOM (npm --omit). Give "none" to include everything.' },
  { name: 'workspace', type: 'string', default: '', valueName: '<path|name>', description: 'npm workspace to describe; the BOM subject (metadata.component) becomes that package, not the monorepo root. Empty: the root package.' },
  { name: 'reproducible', type: 'boolean', default: false, description: 'Byte-identical output: sorted lists, serialNumber = UUIDv5(name, version, lockfile SHA-256, settings), timestamp = SOURCE_DATE_EPOCH (else the HEAD commit time).' },
  { name: 'enrich', type: 'list', separator: 'comma', default: [], valueName: '<hashes,supplier,compositions>', description: 'Opt-in enrichment of the generated BOM, marked in properties: hashes from the lockfile integrity, supplier from the package author, compositions completeness.' },
  {
    name: 'min-ntia',
    type: 'object',
    default: {},
    valueName: '<json>',
    description: `NTIA minimum-element thresholds: percent of components with supplier, name, version, purl (purl or cpe), dependencies; author and timestamp (BOM level) true/false. Keys given override ${JSON.stringify(DEFAULT_NTIA)}.`,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { supplier: percent, name: percent, version: percent, purl: percent, dependencies: percent, author: { type: 'boolean' }, timestamp: { type: 'boolean' } },
    },
  },
  { name: 'allow-licenses', type: 'list', separator: 'comma', default: [], valueName: '<spdx-ids>', description: 'Only these SPDX ids (and UNLICENSED / LicenseRef-… when listed) may appear; OR expressions pass when any branch is allowed, AND when all are. Empty: no allow list.' },
  { name: 'deny-licenses', type: 'list', separator: 'comma', default: [], valueName: '<spdx-ids>', description: 'SPDX ids that fail the gate (GPL-3.0 also denies GPL-3.0-only / -or-later).' },
  { name: 'unknown-licenses', type: 'enum', values: ['fail', 'warn', 'allow'], default: 'warn', description: 'Components with no license, a non-SPDX license name, or (without an allow list) UNLICENSED / LicenseRef-…: fail, warn or allow.' },
  {
    name: 'license-exceptions',
    type: 'object',
    default: {},
    valueName: '<json>',
    description: 'Per-package exceptions to the license policy: { "<purl, with or without @version>": "<reason>" }.',
    schema: { type: 'object', propertyNames: { pattern: '^pkg:' }, additionalProperties: { type: 'string', minLength: 1 } },
  },
  { name: 'previous-sbom', type: 'string', default: '', valueName: '<bom.json>', description: 'Previous release\'s BOM to diff against. Empty: with github-token, the asset named asset-name on the newest earlier release; otherwise no diff.' },
  { name: 'github-token', type: 'string', default: '', valueName: '<token>', description: 'Token for the previous release\'s asset and the release upload (needs contents: write to upload). Empty: no GitHub calls.' },
  { name: 'release-asset', type: 'enum', values: ['replace', 'keep', 'skip'], default: 'replace', description: 'On release and tag events (with github-token), attach the BOM to the release: replace an existing asset of that name, keep it, or skip uploading.' },
  { name: 'asset-name', type: 'string', default: 'sbom.cdx.json', valueName: '<name>', description: 'Release asset name (also looked up on the previous release).' },
  { name: 'artifact-name', type: 'string', default: 'sbom', valueName: '<name>', description: 'Workflow artifact name for the action\'s upload step (set a unique name per matrix job); "none" disables the artifact.' },
];

export interface SbomOptions {
  dir: string;
  'sbom-file': string;
  output: string;
  'spec-version': (typeof SPEC_VERSIONS)[number];
  omit: string[];
  workspace: string;
  reproducible: boolean;
  enrich: string[];
  'min-ntia': Partial<NtiaThresholds>;
  'allow-licenses': string[];
  'deny-licenses': string[];
  'unknown-licenses': UnknownLicensePolicy;
  'license-exceptions': Record<string, string>;
  'previous-sbom': string;
  'github-token': string;
  'release-asset': UploadMode;
  'asset-name': string;
  'artifact-name': string;
}

const OMIT_VALUES = ['dev', 'optional', 'peer'];

export function checkOmit(values: readonly string[]): string[] {
  // An empty action input means "not given" (the default, dev), so "none" is how to include everything.
  const out = values.map((v) => v.trim()).filter((v) => v && v !== 'none');
  for (const v of out) if (!OMIT_VALUES.includes(v)) throw new ConfigurationError(`omit: "${v}" is not one of ${OMIT_VALUES.join(', ')}`, 'omit');
  return [...new Set(out)];
}

export function checkEnrich(values: readonly string[]): Enrichment[] {
  const out = values.map((v) => v.trim()).filter(Boolean);
  for (const v of out) if (!(ENRICHMENTS as readonly string[]).includes(v)) throw new ConfigurationError(`enrich: "${v}" is not one of ${ENRICHMENTS.join(', ')}`, 'enrich');
  return [...new Set(out)] as Enrichment[];
}

/** SPDX ids are case-sensitive; a typo in a policy must not silently allow or deny nothing. */
export function checkLicenseList(option: string, values: readonly string[], knownIds: ReadonlySet<string>): string[] {
  const out = values.map((v) => v.trim()).filter(Boolean);
  for (const v of out) {
    const id = v.replace(/\+$/, '');
    if (id === 'UNLICENSED' || /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(id) || knownIds.has(id)) continue;
    const hint = [...knownIds].find((k) => k.toLowerCase() === id.toLowerCase());
    throw new ConfigurationError(`${option}: "${v}" is not an SPDX license id${hint ? ` (did you mean ${hint}?)` : ''}; use SPDX ids, UNLICENSED or LicenseRef-…`, option);
  }
  return out;
}
