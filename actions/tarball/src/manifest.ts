// The package.json inside the tarball: it must parse, name a version, be publishable, and not carry
// specifiers only a workspace understands (npm publishes `workspace:*` verbatim; installs then fail).

import { errorMessage, InputError } from '../../common/src/errors';
import type { Issue } from './issues';
import { parseJsonWithPositions, type PositionedJson } from './json-positions';

export type Manifest = Record<string, unknown>;

export interface ManifestRead {
  manifest?: Manifest;
  positions?: PositionedJson;
  issues: Issue[];
}

export const MAX_MANIFEST_BYTES = 1024 * 1024;

export function readManifest(data: Buffer | undefined, truncated: boolean): ManifestRead {
  if (!data) return { issues: [{ rule: 'tarball/manifest-invalid', severity: 'error', message: 'package.json is not in the tarball' }] };
  if (truncated) {
    return { issues: [{ rule: 'tarball/manifest-invalid', severity: 'error', message: `package.json in the tarball is over ${MAX_MANIFEST_BYTES} bytes` }] };
  }
  try {
    const positions = parseJsonWithPositions(data.toString('utf8'), 'package.json');
    const value = positions.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { issues: [{ rule: 'tarball/manifest-invalid', severity: 'error', message: 'package.json in the tarball is not a JSON object' }] };
    }
    return { manifest: value as Manifest, positions, issues: [] };
  } catch (err) {
    const where = err instanceof InputError && err.line ? ` (line ${err.line}, column ${err.column})` : '';
    return { issues: [{ rule: 'tarball/manifest-invalid', severity: 'error', message: `package.json in the tarball: ${errorMessage(err)}${where}` }] };
  }
}

const LOCAL_PROTOCOLS = ['workspace:', 'catalog:', 'file:', 'link:'];
const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];

export function checkManifest(manifest: Manifest): Issue[] {
  const issues: Issue[] = [];
  for (const key of ['name', 'version'] as const) {
    if (typeof manifest[key] !== 'string' || !(manifest[key] as string).trim()) {
      issues.push({ rule: 'tarball/manifest-invalid', severity: 'error', key: [key], message: `package.json has no "${key}": npm cannot publish it` });
    }
  }
  if (manifest.private === true) {
    issues.push({
      rule: 'tarball/private-package',
      severity: 'error',
      key: ['private'],
      message: `package.json has "private": true: npm publish refuses it (remove it, or do not gate this package)`,
    });
  }
  for (const field of DEPENDENCY_FIELDS) {
    const deps = manifest[field];
    if (!deps || typeof deps !== 'object' || Array.isArray(deps)) continue;
    for (const [name, spec] of Object.entries(deps as Record<string, unknown>)) {
      if (typeof spec !== 'string') continue;
      const protocol = LOCAL_PROTOCOLS.find((p) => spec.startsWith(p));
      if (!protocol) continue;
      issues.push({
        rule: 'tarball/local-specifier',
        severity: 'error',
        key: [field, name],
        message: `${field}.${name} is ${JSON.stringify(spec)}: the ${protocol} protocol only works inside this repository; consumers' installs fail (publish with pnpm/yarn, which rewrite it, or pin a version)`,
      });
    }
  }
  return issues;
}
