import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../common/src/errors';
import { ingestText, type IngestResult } from '../ingest';
import { sha1Hex } from '../fingerprint';
import { FIELDS } from '../packed';
import { readdirSync } from 'node:fs';
import { detached, isPlainRelative, normalise, normalisePath, plainAbsolute } from './common';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures');

function ingest(name: string, override?: string): IngestResult & { registered: string[] } {
  const registered: string[] = [];
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  const result = ingestText(text, name, override, (v) => registered.push(v), '/home/runner/work/demo/demo');
  return { ...result, registered };
}

describe('gitleaks', () => {
  it('reads a v8 JSON report, keeping the secret in memory and registering the raw values', () => {
    const r = ingest('gitleaks-v8.json');
    expect(r.info).toMatchObject({ format: 'gitleaks-json-v8', tools: ['gitleaks'], findings: 2 });
    const [first, redacted] = r.findings;
    expect(first).toMatchObject({
      tool: 'gitleaks',
      rule: 'generic-api-key',
      family: 'generic',
      file: 'src/config/settings.py',
      line: 12,
      endLine: 12,
      commit: '3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39',
      verification: 'unverified',
      secret: 'cnry-gl8-Secret-4f9a1c7e2b',
    });
    // --redact: no secret, so the finding will get a location key; no commit for a --no-git scan.
    expect(redacted).toMatchObject({ rule: 'aws-access-token', family: 'aws', file: 'deploy/terraform.tfvars', line: 3 });
    expect(redacted!.secret).toBeUndefined();
    expect(redacted!.commit).toBeUndefined();
    // The match holds the secret, which is registered: the match adds nothing to mask.
    expect(r.registered).toEqual(['cnry-gl8-Secret-4f9a1c7e2b', 'dev.one@example.test']);
    expect(r.registered).not.toContain('REDACTED');
  });

  it('reads a legacy v7 JSON report (lowercase keys, offender, comma tags)', () => {
    const r = ingest('gitleaks-v7.json');
    expect(r.info.format).toBe('gitleaks-json-v7');
    expect(r.findings[0]).toMatchObject({ rule: 'Slack Webhook', family: 'slack', file: 'ops/alerts.yml', line: 7, secret: 'cnry-gl7-Offender-8c2d5e1f' });
    expect(r.registered).toEqual(expect.arrayContaining(['cnry-gl7-Offender-8c2d5e1f', 'dev.two@example.test']));
  });

  it('reads gitleaks SARIF: snippet is the secret, partialFingerprints carry the e-mail', () => {
    const r = ingest('gitleaks.sarif');
    expect(r.info).toMatchObject({ format: 'sarif', tools: ['gitleaks'] });
    expect(r.findings[0]).toMatchObject({ tool: 'gitleaks', rule: 'stripe-access-token', family: 'stripe', file: 'billing/keys.go', line: 21, secret: 'cnry-glsarif-Snippet-3b6e9d0a', commit: '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b' });
    expect(r.registered).toEqual(expect.arrayContaining(['cnry-glsarif-Snippet-3b6e9d0a', 'dev.three@example.test']));
  });

  it('reads gitleaks CSV with quoted, multi-line fields', () => {
    const r = ingest('gitleaks.csv');
    expect(r.info.format).toBe('gitleaks-csv');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'npm-access-token', family: 'npm', file: '.npmrc', line: 1, secret: 'cnry-glcsv-Secret-1d2e3f4a' });
    expect(r.registered).toContain('dev.five@example.test');
  });

  it('accepts null and [] as empty reports, taking the tool from a prefix', () => {
    expect(ingestText('null\n', 'g.json', undefined, () => undefined).info).toMatchObject({ format: 'empty', tools: [], findings: 0 });
    expect(ingestText('[]', 'g.json', 'gitleaks', () => undefined).info).toMatchObject({ format: 'empty', tools: ['gitleaks'] });
    expect(ingestText('', 'g.json', 'trufflehog', () => undefined).info.tools).toEqual(['trufflehog']);
  });
});

describe('trufflehog', () => {
  it('reads JSON Lines: verified, verification error = unknown, log lines skipped', () => {
    const r = ingest('trufflehog.jsonl');
    expect(r.info).toMatchObject({ format: 'trufflehog-jsonl', tools: ['trufflehog'], findings: 2 });
    expect(r.findings[0]).toMatchObject({ rule: 'Github', family: 'github', file: 'scripts/deploy.sh', line: 9, verification: 'verified', secret: 'cnry-th-Raw-1a2b3c4d5e' });
    expect(r.findings[1]).toMatchObject({ rule: 'URI', family: 'basic-auth', file: 'config/db.env', line: 2, verification: 'unknown' });
    expect(r.registered).toEqual(
      expect.arrayContaining(['cnry-th-Raw-1a2b3c4d5e', 'cnry-th-Red', 'cnry-th-extra-user', 'Dev Four <dev.four@example.test>', 'dev.four@example.test', 'postgres://app:********@db.internal:5432/app']),
    );
  });

  it('decodes the base64 Raw of reports before 3.14 and registers both forms', () => {
    const r = ingest('trufflehog-legacy.jsonl');
    const encoded = Buffer.from('cnry-thlegacy-Raw-9f8e7d6c').toString('base64');
    expect(r.findings[0]).toMatchObject({ rule: 'AWS', family: 'aws', secret: 'cnry-thlegacy-Raw-9f8e7d6c', verification: 'verified' });
    expect(r.registered).toEqual(expect.arrayContaining([encoded, 'cnry-thlegacy-Raw-9f8e7d6c']));
  });

  it('does not decode a current report whose secret happens to be valid base64', () => {
    const line = JSON.stringify({ SourceMetadata: { Data: { Filesystem: { file: 'a.txt', line: 1 } } }, DetectorName: 'AWS', DecoderName: 'PLAIN', Verified: false, Raw: 'QUtJQVlWUDRDSVBQRVJVVklGWEc=' });
    const r = ingestText(line + '\n', 't.jsonl', undefined, () => undefined);
    expect(r.findings[0]!.secret).toBe('QUtJQVlWUDRDSVBQRVJVVklGWEc=');
  });

  it('reads trufflehog SARIF: level error means verified', () => {
    const r = ingest('trufflehog.sarif');
    expect(r.findings.map((f) => [f.tool, f.rule, f.verification, f.file ?? null, f.line ?? null])).toEqual([
      ['trufflehog', 'Slack', 'verified', 'ops/alerts.yml', 7],
      ['trufflehog', 'Github', 'unverified', 'git://example/service', null],
    ]);
  });

  it('names the line of a malformed JSON Lines record', () => {
    const good = readFileSync(join(FIXTURES, 'trufflehog.jsonl'), 'utf8').split('\n')[0]!;
    const text = `${good}\n${good}\n{"SourceMetadata":{"Data":{"Git":{"file":"x","line":3}}},"Raw":"cnry-truncated`;
    const err = (() => {
      try {
        ingestText(text, 't.jsonl', undefined, () => undefined);
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect(err!.line).toBe(3);
    expect(err!.message).not.toContain('cnry');
  });
});

describe('detect-secrets', () => {
  it('reads a 1.x baseline: sha1 kept in memory, is_secret=false suppresses, is_verified verifies', () => {
    const r = ingest('detect-secrets.baseline');
    expect(r.info).toMatchObject({ format: 'detect-secrets-baseline', tools: ['detect-secrets'], findings: 3 });
    expect(r.findings[0]).toMatchObject({ rule: 'Secret Keyword', family: 'generic', file: 'src/config/settings.py', line: 12, secretSha1: sha1Hex('cnry-gl8-Secret-4f9a1c7e2b') });
    expect(r.findings[1]!.suppressedAtSource).toMatch(/false positive/);
    expect(r.findings[2]).toMatchObject({ family: 'aws', verification: 'verified' });
    expect(r.registered).toContain(sha1Hex('cnry-ds-Secret-5d4c3b2a'));
  });

  it('reads a pre-1.0 baseline whose entries have no filename', () => {
    const r = ingest('detect-secrets-legacy.json');
    expect(r.info.format).toBe('detect-secrets-baseline-legacy');
    expect(r.findings.map((f) => [f.file, f.line, f.rule])).toEqual([
      ['config.ini', 2, 'Hex High Entropy String'],
      ['config.ini', 2, 'Secret Keyword'],
    ]);
  });

  it('reads `audit --report` output, which holds plaintext secrets', () => {
    const r = ingest('detect-secrets-audit.json');
    expect(r.info.format).toBe('detect-secrets-audit');
    expect(r.findings[0]).toMatchObject({ file: 'app/secrets.py', line: 3, verification: 'verified', secret: 'cnry-dsaudit-Secret-7e6f5a4b' });
    expect(r.registered).toContain("password = 'cnry-dsaudit-Secret-7e6f5a4b'");
  });
});

describe('secretlint', () => {
  it('reads JSON: the secret is the matched range of sourceContent; nothing else of it is kept', () => {
    const r = ingest('secretlint.json');
    expect(r.info).toMatchObject({ format: 'secretlint-json', findings: 1 });
    expect(r.findings[0]).toMatchObject({ rule: '@secretlint/secretlint-rule-pattern', file: 'app.env', line: 3, secret: 'cnry-sl-Secret-2c3d4e5f' });
    expect(r.registered).toContain('cnry-sl-Secret-2c3d4e5f');
    expect(JSON.stringify(r.findings)).not.toContain('cnry-sl-Source-Other-Line');
  });

  it('reads SARIF (parent > rule ids) and the github formatter output', () => {
    const sarif = ingest('secretlint.sarif');
    expect(sarif.findings[0]).toMatchObject({ tool: 'secretlint', family: 'slack', file: 'ops/alerts.yml', line: 7 });
    const gh = ingest('secretlint-github.txt');
    expect(gh.info.format).toBe('secretlint-github');
    expect(gh.findings[0]).toMatchObject({ tool: 'secretlint', rule: '@secretlint/secretlint-rule-slack', family: 'slack', file: 'ops/alerts.yml', line: 7 });
    expect(gh.registered[0]).toContain('cnry-slgh-Message-4c5d');
  });

  it('registers every secret, and a message repeated beside every finding once', () => {
    const secrets = Array.from({ length: 5 }, (_, i) => `cnry-sl-Repeat-${i}-9f8e7d`);
    const report = secrets.map((secret, i) => {
      const content = `const t = "${secret}";\n`;
      const start = content.indexOf(secret);
      const message = 'found GitHub Token: ****';
      return { filePath: `/x/f${i}.js`, sourceContent: content, messages: [{ ruleId: 'r', message, range: [start, start + secret.length], loc: { start: { line: 1 } } }] };
    });
    const registered: string[] = [];
    ingestText(JSON.stringify(report), 's.json', undefined, (v) => registered.push(v));
    expect(registered.filter((v) => v === 'found GitHub Token: ****')).toHaveLength(1);
    expect(registered.sort()).toEqual(['found GitHub Token: ****', ...secrets].sort());
  });
});

describe('secretlint secrets cut from sourceContent', () => {
  it('are copies of exactly the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(detached(text)).toBe(text);
      }),
    );
  });

  it('keep no scanned file alive: registered values and findings hold the secret alone', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // 100 files of 200 KB, one secret each: the report text and its tree are dropped after reading.
    const read = () => {
      const report = Array.from({ length: 100 }, (_, i) => {
        const secret = `cnry-sl-${i}-0123456789abcdef`;
        return {
          filePath: `/home/runner/work/demo/demo/f${i}.js`,
          sourceContent: `${'x'.repeat(200_000)}${secret}\n`,
          messages: [{ ruleId: '@secretlint/secretlint-rule-pattern', range: [200_000, 200_000 + secret.length], loc: { start: { line: 1 }, end: { line: 1 } } }],
        };
      });
      const registered: string[] = [];
      const result = ingestText(JSON.stringify(report), 'sl.json', undefined, (v) => registered.push(v), '/home/runner/work/demo/demo');
      return { result, registered };
    };
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = read();
    gc();
    const retained = process.memoryUsage().heapUsed - before;
    expect(kept.result.findings).toHaveLength(100);
    expect(kept.registered).toContain('cnry-sl-7-0123456789abcdef');
    // A slice of each file would keep 20 MB.
    expect(retained).toBeLessThan(4_000_000);
  });
});

describe('GitHub secret scanning alerts', () => {
  it('maps validity active to verified and resolved alerts to suppressed', () => {
    const r = ingest('github-alerts.json');
    expect(r.info).toMatchObject({ format: 'github-secret-scanning-alerts', tools: ['github-secret-scanning'] });
    expect(r.findings[0]).toMatchObject({ family: 'github', file: 'scripts/deploy.sh', line: 9, verification: 'verified', secret: 'cnry-gh-Secret-6a7b8c9d' });
    expect(r.findings[1]).toMatchObject({ family: 'slack', verification: 'unverified', suppressedAtSource: 'resolved on GitHub as revoked' });
    expect(r.findings[1]!.file).toBeUndefined();
    expect(r.registered).toEqual(expect.arrayContaining(['cnry-gh-Secret-6a7b8c9d', 'cnry-gh-Resolved-1f2e3d4c']));
  });
});

describe('generic SARIF', () => {
  it('honours accepted suppressions, ignores rejected ones, drops absent results', () => {
    const r = ingest('generic.sarif');
    expect(r.info.tools).toEqual(['customscanner']);
    expect(r.findings.map((f) => [f.file, f.suppressedAtSource !== undefined])).toEqual([
      ['lib/client.js', false],
      ['lib/legacy.js', true],
      ['lib/other.js', false],
    ]);
    expect(r.registered).toContain("const key = 'cnry-generic-Snippet-0f1e2d3c';");
  });

  it('refuses other SARIF versions', () => {
    expect(() => ingestText('{"version":"2.0.0","runs":[]}', 'x.sarif', undefined, () => undefined)).toThrow(/2\.1\.0/);
  });
});

describe('finding shape', () => {
  // The merge reads 100,000s of findings: one shape keeps its hot functions monomorphic. Shape, in
  // V8, is the set of keys and their order.
  it('every format gives findings with every field, in one order, whatever they hold', () => {
    const fixtures = readdirSync(FIXTURES);
    expect(fixtures.length).toBeGreaterThan(10);
    for (const name of fixtures) {
      const { findings } = ingest(name);
      expect(findings.length, name).toBeGreaterThan(0);
      for (const f of findings) expect(Object.keys(f), name).toEqual(Object.keys(FIELDS));
    }
  });
});

describe('detection and errors', () => {
  it('refuses unknown formats, naming the file', () => {
    expect(() => ingestText('hello world', 'notes.txt', undefined, () => undefined)).toThrow(InputError);
    expect(() => ingestText('{"a":1}', 'odd.json', undefined, () => undefined)).toThrow(/unrecognised shape/);
  });

  it('reports truncated JSON with its line and never quotes the content', () => {
    const text = readFileSync(join(FIXTURES, 'gitleaks-v8.json'), 'utf8');
    const cut = text.slice(0, text.indexOf('cnry-gl8') + 12);
    try {
      ingestText(cut, 'gitleaks-v8.json', undefined, () => undefined);
      expect.unreachable();
    } catch (e) {
      const err = e as InputError;
      expect(err).toBeInstanceOf(InputError);
      expect(err.file).toBe('gitleaks-v8.json');
      expect(err.line).toBe(cut.split('\n').length);
      expect(err.message).toMatch(/truncated/);
      expect(err.message).not.toContain('cnry');
    }
  });

  it('checks a tool prefix against the content', () => {
    const text = readFileSync(join(FIXTURES, 'gitleaks-v8.json'), 'utf8');
    expect(() => ingestText(text, 'x.json', 'trufflehog', () => undefined)).toThrow(/looks like gitleaks/);
  });
});

describe('normalisePath fast path', () => {
  it('property: a path it takes as plain is exactly what the full normalisation gives', () => {
    const unit = fc.constantFrom(...'aF f./\\:C-é\t'.split(''), '\u00a0', 'file:', './', 'C:/ws/', '/ws/', '/');
    const workspaces = fc.constantFrom(undefined, '/ws', '/ws/', 'C:\\ws', 'C:/ws', 'f', '/');
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 12 }), workspaces, (raw, ws) => {
        if (isPlainRelative(raw, ws)) expect(normalise(raw, ws)).toBe(raw);
        const absolute = plainAbsolute(raw, ws);
        if (absolute !== undefined) expect(absolute).toBe(normalise(raw, ws));
        expect(normalisePath(raw, ws)).toBe(normalise(raw, ws));
      }),
      { numRuns: 2000 },
    );
  });
});
