// detect-secrets baselines (1.x and pre-1.0, whose entries lack `filename`) and `audit --report`
// output. `hashed_secret` is an unsalted sha1 of the secret: it is used in memory to match the same
// secret from other scanners and is never written.

import { ruleFamily, primaryFamily } from '../family';
import { normaliseSecret } from '../fingerprint';
import type { Verification } from '../model';
import { entryError, lineNo, normalisePath, rec, str, unmasked, type JsonRecord, type Sink } from './common';

export function isDetectSecretsBaseline(v: JsonRecord): boolean {
  return rec(v.results) !== undefined && ('plugins_used' in v || 'generated_at' in v || 'exclude' in v || 'filters_used' in v);
}

export function isDetectSecretsAudit(v: JsonRecord): boolean {
  const results = v.results;
  return Array.isArray(results) && results.length > 0 && results.every((r) => rec(r) !== undefined && 'secrets' in rec(r)! && 'filename' in rec(r)!);
}

const SHA1 = /^[0-9a-f]{40}$/;

export function parseDetectSecretsBaseline(v: JsonRecord, sink: Sink): void {
  sink.tool('detect-secrets');
  let index = 0;
  for (const [key, list] of Object.entries(rec(v.results) ?? {})) {
    if (!Array.isArray(list)) throw entryError(sink, index, `results[${JSON.stringify(key)}] is not a list`);
    for (const item of list) {
      const e = rec(item);
      if (!e) throw entryError(sink, index, 'not an object');
      sink.raw(e.hashed_secret);
      const type = str(e.type) ?? 'unknown';
      const hash = str(e.hashed_secret)?.toLowerCase();
      let verification: Verification = 'unverified';
      // is_verified: the plugin verified it live; is_secret: a person audited it as a real secret.
      if (e.is_verified === true || e.is_secret === true) verification = 'verified';
      sink.push({
        tool: 'detect-secrets',
        rule: type,
        family: ruleFamily(type),
        file: normalisePath(str(e.filename) ?? key, sink.workspace),
        line: lineNo(e.line_number),
        verification,
        secretSha1: hash && SHA1.test(hash) ? hash : undefined,
        suppressedAtSource: e.is_secret === false ? 'audited as a false positive in the detect-secrets baseline' : undefined,
        report: sink.report,
      });
      index++;
    }
  }
}

/** `detect-secrets audit --report`: plaintext secrets with their lines, types and audit category. */
export function parseDetectSecretsAudit(v: JsonRecord, sink: Sink): void {
  sink.tool('detect-secrets');
  const results = v.results as unknown[];
  results.forEach((item, index) => {
    const e = rec(item);
    if (!e) throw entryError(sink, index, 'not an object');
    sink.raw(e.secrets);
    const lines = rec(e.lines) ?? {};
    for (const text of Object.values(lines)) sink.raw(text);
    const types = Array.isArray(e.types) ? e.types.filter((t): t is string => typeof t === 'string') : [];
    const rule = types[0] ?? 'unknown';
    const family = primaryFamily(types.map(ruleFamily));
    const category = str(e.category) ?? '';
    const secret = unmasked(e.secrets);
    const numbers = Object.keys(lines).map(lineNo).filter((n): n is number => n !== undefined);
    for (const line of numbers.length ? numbers : [undefined]) {
      sink.push({
        tool: 'detect-secrets',
        rule,
        family,
        file: normalisePath(str(e.filename), sink.workspace),
        line,
        verification: category === 'VERIFIED_TRUE' ? 'verified' : 'unverified',
        secret: secret !== undefined ? normaliseSecret(secret) : undefined,
        suppressedAtSource: category === 'VERIFIED_FALSE' ? 'audited as a false positive (detect-secrets audit)' : undefined,
        report: sink.report,
      });
    }
  });
}
