// Fingerprints that never reveal the secret and survive line moves, rebases and squash merges.
//
//  sv1:<hex>  value key     HMAC-SHA256(salt, "value\0" + family + "\0" + sha1(normalised secret))
//  lv1:<hex>  location key  HMAC-SHA256(salt, "location\0" + path + "\0" + normalised line window)
//  pv1:<hex>  position key  HMAC-SHA256(salt, "position\0" + path + "\0" + family + "\0" + line) — only
//             when neither the secret nor the lines are available (e.g. a history-only finding).
//
// The value key hashes sha1(secret) rather than the secret itself so a detect-secrets baseline, which
// only holds sha1(secret), yields the same key as a scanner that reports the secret. The sha1 is an
// intermediate in memory; only the salted HMAC is ever written.

import { hash } from 'node:crypto';
import type { RawFinding } from './model';

export function sha1Hex(text: string): string {
  return hash('sha1', text, 'hex');
}

const BLOCK = 64;

/**
 * HMAC-SHA256 (RFC 2104) with the key pads computed once: createHmac re-derives them on every call,
 * which made it the slowest step of a 200,000-finding run. Per call it allocates no Buffer either:
 * the message is written after the ipad block into one reusable buffer, hashed through a cached view
 * of the right length, and the inner digest comes back as a binary (latin1) string written after the opad
 * block (about 2x faster than a 'buffer' digest and a copy).
 */
export class HmacSha256 {
  /** ipad block followed by room for the message, reused across calls (no per-call concat). */
  private inner: Buffer;
  /** views[n]: the ipad block and n message bytes (a subarray per call costs a Buffer each). */
  private views: Uint8Array[] = [];
  /** opad block followed by the 32-byte inner digest. */
  private readonly outer = Buffer.alloc(BLOCK + 32);
  private readonly ipad = Buffer.alloc(BLOCK);

  constructor(key: string | Buffer) {
    let k = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
    if (k.length > BLOCK) k = hash('sha256', k, 'buffer');
    const block = Buffer.alloc(BLOCK);
    k.copy(block);
    for (let i = 0; i < BLOCK; i++) {
      this.ipad[i] = block[i]! ^ 0x36;
      this.outer[i] = block[i]! ^ 0x5c;
    }
    this.inner = this.withRoom(256);
  }

  private withRoom(room: number): Buffer {
    const inner = Buffer.alloc(BLOCK + room);
    this.ipad.copy(inner);
    this.views = [];
    return inner;
  }

  hex(message: string): string {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: count exactly only when that bound does not fit.
    if (BLOCK + message.length * 3 > this.inner.length) {
      const room = Buffer.byteLength(message, 'utf8');
      if (BLOCK + room > this.inner.length) this.inner = this.withRoom(room * 2);
    }
    const length = this.inner.write(message, BLOCK, 'utf8');
    const view = (this.views[length] ??= new Uint8Array(this.inner.buffer, this.inner.byteOffset, BLOCK + length));
    this.outer.write(hash('sha256', view, 'binary'), BLOCK, 'binary');
    return hash('sha256', this.outer, 'hex');
  }
}

/** Put a secret into the form every scanner would agree on. */
export function normaliseSecret(raw: string): string {
  let s = raw.replace(/\r\n?/g, '\n').trim();
  // Quoted values: scanners disagree on whether the quotes belong to the match.
  if (s.length >= 2 && (s[0] === '"' || s[0] === "'" || s[0] === '`') && s[s.length - 1] === s[0]) s = s.slice(1, -1).trim();
  // PEM blocks: line wrapping and indentation are presentation, not content.
  if (s.includes('-----BEGIN')) s = s.replace(/\s+/g, '');
  return s;
}

/**
 * True when a scanner gave a masked stand-in rather than the secret: gitleaks `REDACTED` or
 * `prefix...` (--redact=N), asterisk masks (secretlint, trufflehog URIs, gitleaks baselines).
 */
export function isMasked(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  // Both asterisk masks need an asterisk: most secrets have none, and skip the regex.
  if (v.includes('*') && (/^\*+$/.test(v) || v.includes('***'))) return true;
  if (v.includes('REDACTED')) return true;
  if (v.endsWith('...') && v.length <= 64) return true;
  return false;
}

export class Fingerprinter {
  private readonly mac: HmacSha256;

  constructor(salt: string) {
    this.mac = new HmacSha256(salt);
  }

  private hmac(text: string): string {
    return this.mac.hex(text);
  }

  value(family: string, secretSha1: string): string {
    return `sv1:${this.hmac(`value\0${family}\0${secretSha1}`)}`;
  }

  location(path: string, window: string): string {
    return `lv1:${this.hmac(`location\0${path}\0${window}`)}`;
  }

  position(path: string, family: string, line: number | undefined): string {
    return `pv1:${this.hmac(`position\0${path}\0${family}\0${line ?? 0}`)}`;
  }

  /** A short, salted id of the salt itself, written into the baseline to detect a changed salt. */
  saltCheck(): string {
    return this.hmac('release-gates/secret-scan salt check').slice(0, 12);
  }
}

/**
 * Hash what can be hashed per finding, where the report is parsed (on the report thread for large
 * runs): sha1 of the secret, which then replaces it, and the value key under the finding's own family.
 * Merging needs nothing else of the secret.
 */
export function keyFindings(findings: readonly RawFinding[], fp: Fingerprinter): void {
  for (const raw of findings) {
    if (raw.secret !== undefined && raw.secret !== '') raw.secretSha1 = sha1Hex(raw.secret);
    raw.secret = undefined;
    if (raw.secretSha1) raw.valueKey = fp.value(raw.family, raw.secretSha1);
  }
}

/** The lines a finding covers, trimmed and joined: the content part of a location key. */
export function lineWindow(lines: readonly string[], line: number, endLine?: number): string | undefined {
  if (line < 1 || line > lines.length) return undefined;
  const last = Math.min(Math.max(endLine ?? line, line), line + 4, lines.length);
  const window = lines.slice(line - 1, last).map((l) => l.trim());
  const text = window.join('\n');
  return text === '' ? undefined : text;
}
