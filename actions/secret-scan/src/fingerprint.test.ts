import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Fingerprinter, HmacSha256, isMasked, lineWindow, normaliseSecret } from './fingerprint';

describe('HmacSha256', () => {
  it('equals node:crypto HMAC for any key and message (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), fc.string({ maxLength: 200 }), (key, message) => {
        expect(new HmacSha256(key).hex(message)).toBe(createHmac('sha256', key).update(message, 'utf8').digest('hex'));
      }),
    );
  });

  it('stays exact when one instance hashes messages of any length in turn, long keys and non-ASCII included (property)', () => {
    const reference = (key: string, message: string) => createHmac('sha256', key).update(message, 'utf8').digest('hex');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.array(fc.string({ unit: 'binary', maxLength: 400 }), { maxLength: 12 }), (key, messages) => {
        // One instance reuses its buffers and cached views; growing them must not change a digest.
        const mac = new HmacSha256(key);
        for (const m of [...messages, 'x'.repeat(300), '', ...messages]) expect(mac.hex(m)).toBe(reference(key, m));
      }),
      { numRuns: 100 },
    );
  });
});

describe('fingerprints', () => {
  it('depend on the salt and the family, never show the secret', () => {
    const a = new Fingerprinter('salt-a');
    const b = new Fingerprinter('salt-b');
    const sha = 'a'.repeat(40);
    expect(a.value('aws', sha)).toMatch(/^sv1:[0-9a-f]{64}$/);
    expect(a.value('aws', sha)).not.toBe(b.value('aws', sha));
    expect(a.value('aws', sha)).not.toBe(a.value('github', sha));
    expect(a.location('a.txt', 'key = x')).toMatch(/^lv1:/);
    expect(a.saltCheck()).not.toBe(b.saltCheck());
  });

  it('normalise quoting, CRLF and PEM wrapping', () => {
    expect(normaliseSecret('  "abc123"  ')).toBe('abc123');
    expect(normaliseSecret('-----BEGIN KEY-----\r\nAAA\r\n  BBB\n-----END KEY-----')).toBe('-----BEGINKEY-----AAABBB-----ENDKEY-----');
  });

  it('recognise masked stand-ins', () => {
    for (const v of ['REDACTED', '*****', 'AKIA...', 'https://*****:*****@host', '']) expect(isMasked(v), v).toBe(true);
    for (const v of ['ghp_abc123def456', 'a secret']) expect(isMasked(v), v).toBe(false);
  });

  it('take a trimmed window of at most five lines', () => {
    const lines = ['a', '  b  ', 'c', 'd', 'e', 'f', 'g'];
    expect(lineWindow(lines, 2)).toBe('b');
    expect(lineWindow(lines, 1, 99)).toBe('a\nb\nc\nd\ne');
    expect(lineWindow(lines, 8)).toBeUndefined();
  });
});
