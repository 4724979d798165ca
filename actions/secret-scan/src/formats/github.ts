// GitHub secret scanning alerts, as returned by GET /repos/{owner}/{repo}/secret-scanning/alerts.
// The list endpoint returns the plaintext `secret`; `validity: active` means GitHub verified it live.

import { ruleFamily, primaryFamily } from '../family';
import { normaliseSecret } from '../fingerprint';
import type { Verification } from '../model';
import { entryError, lineNo, normalisePath, rec, str, unmasked, type JsonRecord, type Sink } from './common';

export function isGithubAlert(e: JsonRecord): boolean {
  return 'secret_type' in e && ('number' in e || 'state' in e);
}

function verification(validity: string | undefined): Verification {
  if (validity === 'active') return 'verified';
  if (validity === 'inactive') return 'unverified';
  return 'unknown';
}

/** `first`: the report's index of value[0], for error messages (a slice of a large report, see array-slices.ts). */
export function parseGithubAlerts(value: unknown[], sink: Sink, first = 0): void {
  sink.tool('github-secret-scanning');
  value.forEach((item, index) => {
    const e = rec(item);
    if (!e || !isGithubAlert(e)) throw entryError(sink, first + index, 'not a secret scanning alert (secret_type, number, state)');
    const secretRaw = str(e.secret);
    sink.raw(secretRaw);
    let secret = secretRaw;
    if (secretRaw && e.is_base64_encoded === true) {
      const decoded = Buffer.from(secretRaw, 'base64').toString('utf8');
      sink.raw(decoded);
    }
    const type = str(e.secret_type) ?? 'unknown';
    const loc = rec(e.first_location_detected);
    const line = lineNo(loc?.start_line);
    const state = str(e.state);
    secret = unmasked(secret);
    sink.push({
      tool: 'github-secret-scanning',
      rule: type,
      family: primaryFamily([ruleFamily(type), ruleFamily(str(e.secret_type_display_name) ?? type)]),
      file: normalisePath(str(loc?.path), sink.workspace),
      line,
      endLine: line !== undefined ? lineNo(loc?.end_line) : undefined,
      commit: str(loc?.commit_sha),
      verification: verification(str(e.validity)),
      secret: secret !== undefined ? normaliseSecret(secret) : undefined,
      suppressedAtSource: state === 'resolved' ? `resolved on GitHub as ${str(e.resolution) ?? 'unspecified'}` : undefined,
      report: sink.report,
    });
  });
}
