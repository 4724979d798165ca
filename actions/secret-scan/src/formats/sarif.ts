// SARIF 2.1.0 from any producer, with the secret scanners' dialects: gitleaks (snippet = the secret in
// v8; v7 puts the whole line in the snippet and the secret in properties.offender, e-mails in
// partialFingerprints), trufflehog (level error = verified), secretlint (`parent > rule` ids).
// Suppressions are honoured (accepted, or no status); results with baselineState `absent` are gone.

import { InputError } from '../../../common/src/errors';
import { ruleFamily } from '../family';
import { normaliseSecret } from '../fingerprint';
import type { Verification } from '../model';
import { toolSlug } from '../model';
import { decodeUri, lineNo, normalisePath, rec, str, unmasked, type JsonRecord, type Sink } from './common';

export function isSarif(v: JsonRecord): boolean {
  return Array.isArray(v.runs) && (typeof v.version === 'string' || typeof v.$schema === 'string');
}

function ruleIdOf(result: JsonRecord, rules: unknown[]): string {
  const id = str(result.ruleId) ?? str(rec(result.rule)?.id);
  if (id) return id;
  const index = typeof result.ruleIndex === 'number' ? result.ruleIndex : rec(result.rule)?.index;
  if (typeof index === 'number') {
    const rule = rec(rules[index]);
    const ruleId = str(rule?.id) ?? str(rule?.name);
    if (ruleId) return ruleId;
  }
  return 'unknown';
}

/** SARIF §3.27.23: a result is suppressed when it has a suppression whose status is accepted (or unset). */
export function suppressionOf(result: JsonRecord): string | undefined {
  const list = Array.isArray(result.suppressions) ? result.suppressions : [];
  for (const item of list) {
    const s = rec(item);
    if (!s) continue;
    const status = str(s.status) ?? str(s.state) ?? 'accepted';
    if (status === 'accepted') return `suppressed in the scanner's SARIF (${str(s.kind) ?? 'external'})`;
  }
  return undefined;
}

function verificationOf(tool: string, result: JsonRecord): Verification {
  const props = rec(result.properties);
  if (props?.verified === true || props?.Verified === true) return 'verified';
  if (tool === 'trufflehog') return str(result.level) === 'error' ? 'verified' : 'unverified';
  return 'unverified';
}

export function parseSarif(v: JsonRecord, sink: Sink, toolOverride?: string): void {
  if (v.version !== '2.1.0') {
    throw new InputError(`SARIF version ${JSON.stringify(v.version ?? null)} is not supported (need 2.1.0)`, sink.report);
  }
  (v.runs as unknown[]).forEach((runValue, runIndex) => {
    const run = rec(runValue);
    if (!run) throw new InputError(`runs[${runIndex}] is not an object`, sink.report);
    const driver = rec(rec(run.tool)?.driver);
    const driverName = str(driver?.name);
    if (!driverName) throw new InputError(`runs[${runIndex}].tool.driver.name is missing`, sink.report);
    const tool = toolOverride ?? toolSlug(driverName);
    sink.tool(tool);
    const rules = Array.isArray(driver?.rules) ? driver.rules : [];
    const artifacts = Array.isArray(run.artifacts) ? run.artifacts : [];
    const results = run.results === undefined || run.results === null ? [] : run.results;
    if (!Array.isArray(results)) throw new InputError(`runs[${runIndex}].results is not an array`, sink.report);
    for (const item of results) {
      const result = rec(item);
      if (!result) throw new InputError(`runs[${runIndex}]: a result is not an object`, sink.report);
      const kind = str(result.kind) ?? 'fail';
      if (kind === 'pass' || kind === 'notApplicable' || str(result.baselineState) === 'absent') continue;
      const loc = rec(rec((Array.isArray(result.locations) ? result.locations : [])[0])?.physicalLocation);
      const region = rec(loc?.region);
      const snippet = str(rec(region?.snippet)?.text);
      const props = rec(result.properties);
      const fingerprints = rec(result.partialFingerprints);
      // Raw material: snippets, gitleaks' offender, and the commit author e-mail gitleaks puts in fingerprints.
      sink.raw(snippet);
      sink.raw(rec(rec(loc?.contextRegion)?.snippet)?.text);
      sink.raw(props?.offender);
      sink.raw(props?.email);
      sink.raw(fingerprints?.email);
      // secretlint run with --no-maskSecrets repeats the secret in the message.
      if (tool === 'secretlint') sink.raw(rec(result.message)?.text);
      let secret: string | undefined;
      if (tool === 'gitleaks') secret = props && 'offender' in props ? unmasked(props.offender) : unmasked(snippet);
      const artifact = rec(loc?.artifactLocation);
      let uri = str(artifact?.uri);
      if (!uri && typeof artifact?.index === 'number') uri = str(rec(rec(artifacts[artifact.index])?.location)?.uri);
      let rule = ruleIdOf(result, rules);
      if (rule === 'unknown' && tool === 'gitleaks') {
        // gitleaks 7 SARIF has no ruleId; its message is "<rule> secret detected" (no secret in it).
        const m = /^(.{1,120}?) (?:secret detected|has detected secret)/.exec(str(rec(result.message)?.text) ?? '');
        if (m) rule = m[1]!;
      }
      const line = lineNo(region?.startLine);
      sink.push({
        tool,
        rule,
        family: ruleFamily(rule.split('>').pop()!.trim() || rule),
        file: uri ? normalisePath(decodeUri(uri), sink.workspace) : undefined,
        line,
        endLine: line !== undefined ? lineNo(region?.endLine) : undefined,
        commit: str(props?.commit) ?? str(fingerprints?.commitSha),
        verification: verificationOf(tool, result),
        secret: secret !== undefined ? normaliseSecret(secret) : undefined,
        suppressedAtSource: suppressionOf(result),
        report: sink.report,
      });
    }
  });
}
