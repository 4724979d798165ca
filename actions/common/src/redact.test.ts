import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegExp, MIN_SECRET_LENGTH, REDACTED, Redactor } from './redact';

const PEM = [
  '-----BEGIN PRIVATE KEY-----',
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
  'MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu',
  'NMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s+CLOyS56YyCFGeJZ',
  '-----END PRIVATE KEY-----',
].join('\n');

describe('Redactor.scrub', () => {
  it('removes every registered value, everywhere it occurs', () => {
    const r = new Redactor();
    r.add('hunter2hunter2');
    r.add('ghp_0123456789abcdef');
    expect(r.scrub('token=ghp_0123456789abcdef; pw=hunter2hunter2, again ghp_0123456789abcdef')).toBe(`token=${REDACTED}; pw=${REDACTED}, again ${REDACTED}`);
  });

  it('replaces a value that contains another one whole (longest first)', () => {
    const r = new Redactor();
    r.add('abcd');
    r.add('xxabcdyy');
    expect(r.scrub('[xxabcdyy] [abcd]')).toBe(`[${REDACTED}] [${REDACTED}]`);
  });

  it('covers overlapping occurrences of different values completely', () => {
    const r = new Redactor();
    r.add('abcdef');
    r.add('defghi');
    // Left to right, `abcdef` then `defghi` overlap: nothing of either may remain.
    expect(r.scrub('<abcdefghi>')).toBe(`<${REDACTED}>`);
    const s = new Redactor();
    s.add('abcd');
    s.add('bcdefgh');
    expect(s.scrub('abcdefgh!')).toBe(`${REDACTED}!`);
  });

  it('registers a multi-line PEM value whole and line by line', () => {
    const r = new Redactor();
    r.add(PEM);
    expect(r.scrub(`key:\n${PEM}\nend`)).toBe(`key:\n${REDACTED}\nend`);
    // A log that wrapped or re-indented the key still loses every body line.
    const reindented = PEM.split('\n').map((l) => `    ${l}`).join('\r\n');
    const out = r.scrub(reindented);
    for (const line of PEM.split('\n')) expect(out).not.toContain(line);
    expect(r.has(PEM.split('\n')[1]!)).toBe(true);
  });

  it('treats regular-expression metacharacters literally', () => {
    const r = new Redactor();
    const nasty = 'a.b*c+d?e^f$g{1}(h)|i[j]\\k/l-m';
    r.add(nasty);
    expect(r.scrub(`x ${nasty} y`)).toBe(`x ${REDACTED} y`);
    // The dot is not a wildcard.
    expect(r.scrub('aXb*c+d?e^f$g{1}(h)|i[j]\\k/l-m')).toBe('aXb*c+d?e^f$g{1}(h)|i[j]\\k/l-m');
    expect(new RegExp(`^${escapeRegExp(nasty)}$`).test(nasty)).toBe(true);
  });

  it('ignores values too short to scrub safely, and empty input', () => {
    const r = new Redactor();
    r.add('abc');
    r.add('');
    r.add(undefined);
    r.add(null);
    expect(r.size).toBe(0);
    expect(r.scrub('abc abc')).toBe('abc abc');
    expect(MIN_SECRET_LENGTH).toBeGreaterThan(REDACTED.length);
  });

  it('registers trimmed forms too', () => {
    const r = new Redactor();
    r.add('  padded-secret\n');
    expect(r.scrub('value=padded-secret.')).toBe(`value=${REDACTED}.`);
  });

  it('does not let a mask and its neighbours re-form a value containing *', () => {
    const r = new Redactor();
    r.add('abcd');
    r.add('x***y');
    expect(r.scrub('xabcdy')).toBe(REDACTED);
  });

  it('forwards every value to listeners, including those registered before', () => {
    const r = new Redactor();
    r.add('early-value');
    const seen: string[] = [];
    r.onAdd((v) => seen.push(v));
    r.add('later-value');
    r.add('later-value');
    expect(seen).toEqual(['early-value', 'later-value']);
  });
});

describe('Redactor.scrubDeep', () => {
  it('scrubs keys, nested arrays and objects, and leaves other types alone', () => {
    const r = new Redactor();
    r.add('s3cr3t-value');
    const input = {
      'key-s3cr3t-value': ['a', ['deep s3cr3t-value', { inner: 's3cr3t-value' }], 7, true, null],
      n: 1,
    };
    expect(r.scrubDeep(input)).toEqual({
      [`key-${REDACTED}`]: ['a', [`deep ${REDACTED}`, { inner: REDACTED }], 7, true, null],
      n: 1,
    });
    // The input is not modified.
    expect(input['key-s3cr3t-value'][1]).toEqual(['deep s3cr3t-value', { inner: 's3cr3t-value' }]);
  });
});

describe('Redactor.scrubDeep copies only what changed', () => {
  it('returns clean parts as they are and copies the path to a scrubbed string', () => {
    const r = new Redactor();
    r.add('s3cr3t-value');
    const clean = { a: ['x', { b: 'nothing to hide here' }], n: 2 };
    const dirty = { keep: { c: 'clean' }, list: ['ok', 'has s3cr3t-value inside', 'after'], tail: 'x' };
    const input = { clean, dirty };
    const out = r.scrubDeep(input);
    expect(out).not.toBe(input);
    expect(out.clean).toBe(clean);
    expect(out.dirty).not.toBe(dirty);
    expect(out.dirty.keep).toBe(dirty.keep);
    expect(out.dirty.list).toEqual(['ok', `has ${REDACTED} inside`, 'after']);
    expect(Object.keys(out.dirty)).toEqual(['keep', 'list', 'tail']);
    expect(dirty.list[1]).toBe('has s3cr3t-value inside');
    expect(r.scrubDeep(clean)).toBe(clean);
  });

  it('keeps key order when a key is scrubbed, and copies non-plain objects', () => {
    const r = new Redactor();
    r.add('s3cr3t-value');
    const out = r.scrubDeep({ first: 1, 'k-s3cr3t-value': 2, last: 3 });
    expect(Object.keys(out)).toEqual(['first', `k-${REDACTED}`, 'last']);
    class Box {
      constructor(public inner: string) {}
    }
    const box = new Box('clean');
    const copied = r.scrubDeep({ box }).box;
    expect(copied).not.toBe(box);
    expect(copied).toEqual({ inner: 'clean' });
    expect(Object.getPrototypeOf(copied)).toBe(Object.prototype);
  });

  it('scrubs every string of a large structure whatever its length, repeated or not', () => {
    const r = new Redactor();
    r.add('abcd');
    r.add('a-much-longer-secret-value');
    const rows = Array.from({ length: 2000 }, (_, i) => ({ id: `row-${i}`, text: i % 500 === 0 ? `x abcd y a-much-longer-secret-value ${i}` : `row ${i}` }));
    const out = r.scrubDeep({ rows, abcd: 'abcd' });
    const text = JSON.stringify(out);
    expect(text).not.toContain('abcd');
    expect(text).not.toContain('a-much-longer-secret-value');
    expect(out.rows[1]).toBe(rows[1]);
    expect(out.rows[500]!.text).toBe(`x ${REDACTED} y ${REDACTED} 500`);
  });
});

describe('property: no registered secret survives scrubbing', () => {
  const alphabet = fc.constantFrom(...'ab*.-\\$()[]x'.split(''));
  const secretArb = fc.string({ unit: alphabet, minLength: MIN_SECRET_LENGTH, maxLength: 12 });
  const noiseArb = fc.string({ unit: alphabet, maxLength: 8 });

  it('holds for random secrets embedded and overlapped in random text', () => {
    fc.assert(
      fc.property(
        fc.array(secretArb, { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(fc.nat(), noiseArb, fc.integer({ min: 0, max: 6 })), { maxLength: 12 }),
        (secrets, pieces) => {
          const r = new Redactor();
          for (const s of secrets) r.add(s);
          // Build text from noise and secrets, sometimes overlapping a secret with the previous one's tail.
          let text = '';
          for (const [pick, noise, overlap] of pieces) {
            const secret = secrets[pick % secrets.length]!;
            const cut = Math.min(overlap, text.length, secret.length - 1);
            text = text.slice(0, text.length - cut) + secret + noise;
          }
          const out = r.scrub(text);
          for (const s of secrets) expect(out.includes(s)).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('holds for arbitrary unicode secrets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: MIN_SECRET_LENGTH, maxLength: 20 }), fc.string(), fc.string(), (secret, before, after) => {
        fc.pre(secret.trim().length >= MIN_SECRET_LENGTH);
        const r = new Redactor();
        r.add(secret);
        const out = r.scrub(before + secret + after + secret);
        expect(out.includes(secret)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('Redactor.clearsByAlphabet', () => {
  const fingerprint = `sv1:${'0123456789abcdef'.repeat(4)}:1`;

  it('clears a fingerprint when no registered value is made of digest characters', () => {
    const r = new Redactor();
    expect(r.clearsByAlphabet(fingerprint)).toBe(true);
    r.add('ghp_0123456789abcdef');
    r.add('passw0rd');
    expect(r.clearsByAlphabet(fingerprint)).toBe(true);
    // Text with other characters is never cleared: a path may hold any value.
    expect(r.clearsByAlphabet('src/a.ts')).toBe(false);
    expect(r.clearsByAlphabet(`${fingerprint} `)).toBe(false);
  });

  it('clears nothing once a value could fit in a fingerprint, as its trimmed form or a line', () => {
    for (const value of ['89abcdef', '  cafe1234  ', 'key:\n0123:abcd', 'sv1:', '1:1:']) {
      const r = new Redactor();
      r.add(value);
      expect(r.clearsByAlphabet(fingerprint)).toBe(false);
    }
    const r = new Redactor();
    r.add('89abcdef');
    expect(r.scrub(fingerprint)).toBe(`sv1:${`01234567${REDACTED}`.repeat(4)}:1`);
  });

  it('clears only text no registered value occurs in (property)', () => {
    const digest = fc.constantFrom('0', '9', 'a', 'f', ':', 's', 'v', 'l', 'p');
    // Mostly digest characters, so that both values and texts are often made of them alone.
    const unit = fc.oneof({ arbitrary: digest, weight: 6 }, { arbitrary: fc.constantFrom('g', 'Z', '_', '/', ' '), weight: 1 });
    let cleared = 0;
    let valueCouldFit = 0;
    fc.assert(
      fc.property(fc.array(fc.string({ unit, minLength: 4, maxLength: 10 }), { maxLength: 4 }), fc.string({ unit, maxLength: 8 }), fc.string({ unit, maxLength: 8 }), fc.nat(), (values, pre, post, k) => {
        // Half the texts hold a registered value.
        const text = values.length && k % 2 ? `${pre}${values[k % values.length]}${post}` : pre + post;
        const r = new Redactor();
        for (const v of values) r.add(v);
        if (r.clearsByAlphabet(text)) {
          cleared++;
          expect(r.scrub(text)).toBe(text);
        } else if (/^[0-9a-f:lpsv]+$/.test(text) && r.scrub(text) !== text) valueCouldFit++;
      }),
      { numRuns: 1000 },
    );
    expect(cleared).toBeGreaterThan(50);
    // Digest text that does hold a value came up too: a redactor clearing all digest text fails here.
    expect(valueCouldFit).toBeGreaterThan(10);
  });
});

describe('Redactor.scrubJsonText', () => {
  it('returns the text itself when nothing matches', () => {
    const r = new Redactor();
    r.add('ghp_0123456789abcdef');
    const clean = JSON.stringify({ runs: [{ results: [{ message: { text: 'nothing secret' }, line: 3 }] }] });
    expect(r.scrubJsonText(clean)).toBe(clean);
  });

  it('scrubs values and keys when the text holds a secret', () => {
    const r = new Redactor();
    r.add('ghp_0123456789abcdef');
    const dirty = { a: ['x ghp_0123456789abcdef y'], 'k-ghp_0123456789abcdef': 1, b: 'ok' };
    const out = r.scrubJsonText(JSON.stringify(dirty));
    expect(JSON.parse(out)).toEqual({ a: [`x ${REDACTED} y`], [`k-${REDACTED}`]: 1, b: 'ok' });
    expect(out).not.toContain('ghp_0123456789abcdef');
  });

  it('scrubs secrets that JSON would escape (quotes, backslashes, newlines)', () => {
    for (const secret of ['pa"ss"word', 'c:\\secret\\path', PEM, 'tab\there-secret']) {
      const r = new Redactor();
      r.add(secret);
      const out = r.scrubJsonText(JSON.stringify({ message: `leaked: ${secret}!`, [secret]: true }));
      for (const line of secret.split('\n')) expect(out).not.toContain(JSON.stringify(line).slice(1, -1));
      const value = JSON.parse(out) as { message: string };
      expect(Object.keys(value)).not.toContain(secret);
      expect(value.message).not.toContain(secret);
    }
  });

  it('gives what scrubDeep gives, and never lets a registered value through (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '"', '\\', '\n', '-', 'é');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), fc.array(fc.tuple(word, word), { maxLength: 6 }), (secrets, pairs) => {
        const r = new Redactor();
        for (const s of secrets) r.add(s);
        const value = Object.fromEntries(pairs.map(([k, v]) => [k, [v, { v }]]));
        const out = r.scrubJsonText(JSON.stringify(value));
        expect(JSON.parse(out)).toEqual(r.scrubDeep(value));
      }),
      { numRuns: 500 },
    );
  });
});
