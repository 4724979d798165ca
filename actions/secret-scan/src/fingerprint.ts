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

export function sha1Hex(text: string): string {
  return hash('sha1', text, 'hex');
}

const BLOCK = 64;

/**
 * HMAC-SHA256 (RFC 2104) with the key pads computed once: createHmac re-derives them on every call,
 * which made it the slowest step of a 200,000-finding run (about 5x slower than this).
 */
export class HmacSha256 {
  /** ipad block followed by room for the message, reused across calls (no per-call concat). */
  private inner: Buffer;
  /** opad block followed by the 32-byte inner digest. */
  private readonly outer = Buffer.alloc(BLOCK + 32);

  constructor(key: string | Buffer) {
    let k = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
    if (k.length > BLOCK) k = hash('sha256', k, 'buffer');
    const block = Buffer.alloc(BLOCK);
    k.copy(block);
    this.inner = Buffer.alloc(BLOCK + 256);
    for (let i = 0; i < BLOCK; i++) {
      this.inner[i] = block[i]! ^ 0x36;
      this.outer[i] = block[i]! ^ 0x5c;
    }
  }

  hex(message: string): string {
    const room = Buffer.byteLength(message, 'utf8');
    if (BLOCK + room > this.inner.length) {
      const bigger = Buffer.alloc(BLOCK + room * 2);
      this.inner.copy(bigger, 0, 0, BLOCK);
      this.inner = bigger;
    }
    const length = this.inner.write(message, BLOCK, 'utf8');
    const digest = hash('sha256', this.inner.subarray(0, BLOCK + length), 'buffer');
    digest.copy(this.outer, BLOCK);
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
  if (v === '' || /^\*+$/.test(v)) return true;
  if (v.includes('REDACTED')) return true;
  if (v.includes('***')) return true;
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

/** The lines a finding covers, trimmed and joined: the content part of a location key. */
export function lineWindow(lines: readonly string[], line: number, endLine?: number): string | undefined {
  if (line < 1 || line > lines.length) return undefined;
  const last = Math.min(Math.max(endLine ?? line, line), line + 4, lines.length);
  const window = lines.slice(line - 1, last).map((l) => l.trim());
  const text = window.join('\n');
  return text === '' ? undefined : text;
}
