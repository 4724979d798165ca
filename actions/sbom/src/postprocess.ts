// What we do to cyclonedx-npm's output before validating it: make the workspace package the BOM's
// subject, make reproducible output attestable (deterministic serialNumber + SOURCE_DATE_EPOCH
// timestamp), optional enrichment, and a stable serialization. Pure functions over the parsed BOM.

import { createHash } from 'node:crypto';
import { ConfigurationError, InputError } from '../../common/src/errors';

type Json = Record<string, unknown>;

export const ENRICHMENTS = ['hashes', 'supplier', 'compositions'] as const;
export type Enrichment = (typeof ENRICHMENTS)[number];

export const ENRICHMENT_PROPERTY = 'release-gates:enrichment';
export const ENRICHED_COMPONENT_PROPERTY = 'release-gates:enriched';

/** RFC 4122 name-based UUID, version 5 (SHA-1). */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** RFC 4122 URL namespace. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
/** Our namespace: UUIDv5 of this URL in the URL namespace (fixed forever: changing it changes every serial). */
export const SERIAL_NAMESPACE = uuidV5('https://github.com/release-gates/release-gates#sbom-serial', URL_NAMESPACE);

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The serial number of a reproducible BOM: the same project, lockfile and generation settings give
 * the same UUID, so two runs are byte-identical and actions/attest (which requires serialNumber) accepts it.
 */
export function deterministicSerial(name: string, version: string, lockfileSha256: string, settings: string): string {
  return `urn:uuid:${uuidV5(`${name}@${version}\n${lockfileSha256}\n${settings}`, SERIAL_NAMESPACE)}`;
}

/** SOURCE_DATE_EPOCH (integer seconds since 1970) → ISO 8601 UTC. */
export function timestampFromEpoch(value: string): string {
  if (!/^\d{1,12}$/.test(value.trim())) throw new ConfigurationError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${value}"`, 'reproducible');
  return new Date(Number(value.trim()) * 1000).toISOString();
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function properties(obj: Json): { name: string; value: string }[] {
  if (!Array.isArray(obj.properties)) obj.properties = [];
  return obj.properties as { name: string; value: string }[];
}

function setProperty(obj: Json, name: string, value: string): void {
  const props = properties(obj);
  const existing = props.find((p) => p.name === name);
  if (existing) existing.value = value;
  else props.push({ name, value });
}

/**
 * cyclonedx-npm's `--workspace` keeps the monorepo root as metadata.component. Make the workspace
 * package the subject: take its component out of the list, drop the root from the dependency graph.
 */
export function promoteWorkspace(bom: Json, pkg: { name: string; version?: string }): void {
  const metadata = (bom.metadata ?? {}) as Json;
  const root = metadata.component as Json | undefined;
  const rootRef = root?.['bom-ref'];
  const components = asArray(bom.components) as Json[];
  const fullName = (c: Json) => (typeof c.group === 'string' && c.group ? `${c.group}/${String(c.name)}` : String(c.name));
  const matches = components.filter((c) => fullName(c) === pkg.name && (pkg.version === undefined || c.version === pkg.version));
  if (matches.length === 0) throw new InputError(`workspace package ${pkg.name}${pkg.version ? '@' + pkg.version : ''} is not in the generated BOM; is it listed in the root package.json "workspaces" and installed (npm ci)?`);
  if (matches.length > 1) throw new InputError(`workspace package ${pkg.name} appears ${matches.length} times in the generated BOM; cannot choose the subject`);
  const subject = matches[0]!;
  subject.type = 'application';
  bom.components = components.filter((c) => c !== subject);
  metadata.component = subject;
  bom.metadata = metadata;
  if (typeof rootRef === 'string') {
    bom.dependencies = (asArray(bom.dependencies) as Json[])
      .filter((d) => d.ref !== rootRef)
      .map((d) => (Array.isArray(d.dependsOn) ? { ...d, dependsOn: (d.dependsOn as unknown[]).filter((r) => r !== rootRef) } : d));
  }
}

/** npm `integrity` ("sha512-<base64> sha1-<base64>") → CycloneDX hashes. */
export function integrityToHashes(integrity: string): { alg: string; content: string }[] {
  const ALG: Record<string, string> = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };
  const out: { alg: string; content: string }[] = [];
  for (const part of integrity.trim().split(/\s+/)) {
    const m = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})(\?.*)?$/.exec(part);
    if (!m) continue;
    out.push({ alg: ALG[m[1]!]!, content: Buffer.from(m[2]!, 'base64').toString('hex') });
  }
  return out;
}

function walkComponents(list: unknown, visit: (c: Json) => void): void {
  for (const c of asArray(list)) {
    if (!c || typeof c !== 'object') continue;
    visit(c as Json);
    walkComponents((c as Json).components, visit);
  }
}

function npmPath(c: Json): string | undefined {
  const prop = asArray(c.properties).find((p) => (p as Json)?.name === 'cdx:npm:package:path') as Json | undefined;
  return typeof prop?.value === 'string' ? prop.value : undefined;
}

export interface EnrichmentReport {
  hashes: number;
  supplier: number;
  compositions: boolean;
}

/** Opt-in enrichment; each change is marked in properties so readers know it was derived, not declared. */
export function enrich(bom: Json, what: readonly Enrichment[], lockfile: Json | undefined, specVersion: string): EnrichmentReport {
  const report: EnrichmentReport = { hashes: 0, supplier: 0, compositions: false };
  if (what.length === 0) return report;
  if (specVersion === '1.2') throw new ConfigurationError('enrich needs spec-version 1.3 or later (1.2 has no properties to mark enrichment with)', 'enrich');
  const packages = (lockfile?.packages ?? {}) as Record<string, Json>;
  walkComponents(bom.components, (c) => {
    const marks: string[] = [];
    if (what.includes('hashes') && !(Array.isArray(c.hashes) && c.hashes.length)) {
      const path = npmPath(c);
      const integrity = path !== undefined ? packages[path]?.integrity : undefined;
      const hashes = typeof integrity === 'string' ? integrityToHashes(integrity) : [];
      if (hashes.length) {
        c.hashes = hashes;
        marks.push('hashes');
        report.hashes++;
      }
    }
    if (what.includes('supplier') && !c.supplier) {
      const author = typeof c.author === 'string' ? c.author.trim() : '';
      if (author) {
        c.supplier = { name: author };
        marks.push('supplier');
        report.supplier++;
      }
    }
    if (marks.length) setProperty(c, ENRICHED_COMPONENT_PROPERTY, marks.join(','));
  });
  const subjectRef = ((bom.metadata as Json | undefined)?.component as Json | undefined)?.['bom-ref'];
  if (what.includes('compositions') && typeof subjectRef === 'string') {
    // npm's installed tree is complete for npm packages; omitted dependency types are not part of the release.
    bom.compositions = [{ aggregate: 'complete', assemblies: [subjectRef], dependencies: [subjectRef] }];
    report.compositions = true;
  }
  const metadata = (bom.metadata ?? (bom.metadata = {})) as Json;
  setProperty(metadata, ENRICHMENT_PROPERTY, [...what].sort().join(','));
  return report;
}

const TOP_ORDER = ['$schema', 'bomFormat', 'specVersion', 'serialNumber', 'version', 'metadata', 'components', 'services', 'externalReferences', 'dependencies', 'compositions'];

/** Stable bytes: known top-level keys first in spec order, then the rest sorted; two-space indent, final newline. */
export function serializeBom(bom: Json): string {
  const ordered: Json = {};
  for (const key of TOP_ORDER) if (key in bom) ordered[key] = bom[key];
  for (const key of Object.keys(bom).sort()) if (!(key in ordered)) ordered[key] = bom[key];
  const metadata = ordered.metadata as Json | undefined;
  if (metadata && typeof metadata === 'object' && 'timestamp' in metadata) {
    // cyclonedx-npm puts timestamp first; keep that whether we set it or it did.
    const { timestamp, ...rest } = metadata;
    ordered.metadata = { timestamp, ...rest };
  }
  return JSON.stringify(ordered, null, 2) + '\n';
}

export interface ReproducibleInput {
  lockfileText?: string;
  settings: string;
  /** ISO timestamp, or undefined to leave the BOM without one. */
  timestamp?: string;
}

export function makeReproducible(bom: Json, input: ReproducibleInput): void {
  const subject = ((bom.metadata ?? {}) as Json).component as Json | undefined;
  const name = subject ? (typeof subject.group === 'string' && subject.group ? `${subject.group}/${String(subject.name)}` : String(subject.name)) : '(no subject)';
  const version = typeof subject?.version === 'string' ? subject.version : '';
  bom.serialNumber = deterministicSerial(name, version, sha256(input.lockfileText ?? ''), input.settings);
  bom.version = 1;
  const metadata = (bom.metadata ?? (bom.metadata = {})) as Json;
  if (input.timestamp) metadata.timestamp = input.timestamp;
  else delete metadata.timestamp;
}
