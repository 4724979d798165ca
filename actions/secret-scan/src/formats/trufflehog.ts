// trufflehog v3 `--json`: JSON Lines, one result per line. Before 3.14.0 `Raw`/`RawV2` were base64 of
// the bytes; later versions write the text. `Raw`, `RawV2`, `Redacted`, `SecretParts` and the
// committer e-mail are raw values: registered, never copied.

import { InputError } from '../../../common/src/errors';
import type { Verification } from '../model';
import { ruleFamily } from '../family';
import { normaliseSecret } from '../fingerprint';
import { lineNo, normalisePath, rawDeep, rec, str, unmasked, type JsonRecord, type Sink } from './common';

export function isTrufflehogResult(e: JsonRecord): boolean {
  return 'SourceMetadata' in e && ('DetectorName' in e || 'DetectorType' in e);
}

/** trufflehog's own log lines (`--json` logs go to stderr, but 2>&1 mixes them in). */
function isLogLine(e: JsonRecord): boolean {
  return 'level' in e && 'msg' in e && !('SourceMetadata' in e);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Pre-3.14 reports base64-encoded `Raw`. They also lack `DecoderName` (added later), so decode only
 * then, and only when the result is printable text that re-encodes to the same string.
 */
export function decodeLegacyRaw(raw: string, e: JsonRecord): string {
  if ('DecoderName' in e || raw.length < 8 || !BASE64.test(raw)) return raw;
  const buf = Buffer.from(raw, 'base64');
  if (buf.toString('base64') !== raw) return raw;
  const text = buf.toString('utf8');
  if (text.includes('\uFFFD') || /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return raw;
  return text;
}

function verification(e: JsonRecord): Verification {
  if (e.Verified === true) return 'verified';
  if (str(e.VerificationError)) return 'unknown';
  return 'unverified';
}

/** The source-specific metadata object (Git, Github, Filesystem, S3, ...): whichever one is present. */
function sourceData(e: JsonRecord): JsonRecord {
  const data = rec(rec(e.SourceMetadata)?.Data) ?? {};
  // for...in rather than Object.values: no array per result (and JSON objects have no inherited keys).
  for (const key in data) {
    const r = rec(data[key]);
    if (r) return r;
  }
  return {};
}

export function parseTrufflehogResult(e: JsonRecord, sink: Sink): void {
  const raw = str(e.Raw);
  const rawV2 = str(e.RawV2);
  const decoded = raw !== undefined ? decodeLegacyRaw(raw, e) : undefined;
  const decodedV2 = rawV2 !== undefined ? decodeLegacyRaw(rawV2, e) : undefined;
  for (const v of [raw, decoded, rawV2, decodedV2, e.Redacted]) sink.raw(v);
  rawDeep(e.SecretParts, sink);
  rawDeep(e.ExtraData, sink);
  rawDeep(e.StructuredData, sink);
  const d = sourceData(e);
  sink.raw(d.email);
  const rule = str(e.DetectorName) ?? (e.DetectorType !== undefined ? `detector-${String(e.DetectorType)}` : 'unknown');
  const secret = unmasked(decoded) ?? unmasked(decodedV2);
  sink.push({
    tool: 'trufflehog',
    rule,
    family: ruleFamily(rule),
    file: normalisePath(str(d.file) ?? str(d.path) ?? str(d.filename) ?? str(d.object) ?? str(d.key), sink.workspace),
    line: lineNo(d.line),
    commit: str(d.commit),
    verification: verification(e),
    secret: secret !== undefined ? normaliseSecret(secret) : undefined,
    report: sink.report,
  });
}

/** Parse one JSON Lines report, reporting the line of the first malformed or foreign record. */
export function parseTrufflehogLines(
  lines: Iterable<{ text: string; line: number }>,
  sink: Sink,
  parseLine: (text: string, line: number) => unknown,
): void {
  sink.tool('trufflehog');
  for (const { text, line } of lines) {
    if (text.trim() === '') continue;
    const e = rec(parseLine(text, line));
    if (!e) throw new InputError('expected a JSON object on each line', sink.report, line);
    if (isLogLine(e)) continue;
    if (!isTrufflehogResult(e)) throw new InputError('not a trufflehog result (no SourceMetadata/DetectorName)', sink.report, line);
    parseTrufflehogResult(e, sink);
  }
}
