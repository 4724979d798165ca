import { describe, expect, it } from 'vitest';
import { dedupe } from './dedupe';
import { evaluate, inScope, type DiffScope } from './evaluate';
import { Fingerprinter, sha1Hex } from './fingerprint';
import { verificationRank, type RawFinding } from './model';

const fp = new Fingerprinter('unit');
const raw = (over: Partial<RawFinding>): RawFinding => ({ tool: 'gitleaks', rule: 'generic-api-key', family: 'generic', verification: 'unverified', report: 'r.json', ...over });

describe('dedupe (pure)', () => {
  it('joins a detect-secrets sha1 with the scanner that saw the secret, and a secret-less report at the same line', () => {
    const lines = new Map([['a.env', ['x=1', 'TOKEN=abc']]]);
    const merged = dedupe(
      [
        raw({ file: 'a.env', line: 2, secret: 'tok-123456789' }),
        raw({ tool: 'detect-secrets', rule: 'Secret Keyword', file: 'a.env', line: 2, secretSha1: sha1Hex('tok-123456789') }),
        raw({ tool: 'secretlint', rule: 'x > @secretlint/secretlint-rule-slack', family: 'slack', file: 'a.env', line: 2 }),
        raw({ tool: 'other', rule: 'r', file: 'a.env', line: 1 }),
      ],
      fp,
      (f) => lines.get(f),
    );
    expect(merged).toHaveLength(2);
    const [value, location] = merged;
    expect(value).toMatchObject({ kind: 'value', tools: ['detect-secrets', 'gitleaks', 'secretlint'], family: 'slack' });
    expect(value!.fingerprint).toBe(fp.value('slack', sha1Hex('tok-123456789')));
    expect(value!.alternates!()).toEqual([fp.value('generic', sha1Hex('tok-123456789'))]);
    expect(location).toMatchObject({ kind: 'location', fingerprint: fp.location('a.env', 'x=1') });
  });

  it('falls back to a position key when the lines cannot be read, and keeps the most verified level', () => {
    const merged = dedupe([raw({ file: 'gone.txt', line: 3 }), raw({ tool: 'trufflehog', file: 'gone.txt', line: 3, verification: 'verified' })], fp, () => undefined);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ kind: 'position', verification: 'verified', tools: ['gitleaks', 'trufflehog'] });
  });

  it('is suppressed at source only when every source suppressed it', () => {
    const both = dedupe([raw({ secret: 'zzzz-1111', suppressedAtSource: 'x' }), raw({ tool: 't', secret: 'zzzz-1111', suppressedAtSource: 'y' })], fp, () => undefined);
    const one = dedupe([raw({ secret: 'zzzz-2222', suppressedAtSource: 'x' }), raw({ tool: 't', secret: 'zzzz-2222' })], fp, () => undefined);
    expect(both[0]!.suppressedAtSource).toBe('x');
    expect(one[0]!.suppressedAtSource).toBeUndefined();
  });
});

describe('evaluate (pure)', () => {
  const scope: DiffScope = { mode: 'diff', base: 'b', added: new Map([['new.ts', new Set([4, 5])]]), commits: new Set(['c1']) };

  it('puts a finding in scope by added line, by commit, or by an unknown line in a changed file', () => {
    const [a, b, c, d] = dedupe(
      [raw({ file: 'new.ts', line: 5, secret: 's-0001' }), raw({ file: 'old.ts', line: 1, commit: 'c1', secret: 's-0002' }), raw({ file: 'new.ts', secret: 's-0003' }), raw({ file: 'new.ts', line: 9, secret: 's-0004' })],
      fp,
      () => undefined,
    );
    expect([a, b, c, d].map((f) => inScope(f!, scope))).toEqual([true, true, true, false]);
  });

  it('caps listed findings, most severe first, and counts the rest', () => {
    const findings = dedupe(
      Array.from({ length: 30 }, (_, i) => raw({ file: `f${i}.ts`, line: 1, secret: `secret-${i}`, verification: i % 10 === 0 ? 'verified' : 'unverified' })),
      fp,
      () => undefined,
    );
    const ev = evaluate({ findings, entries: [], scope: { mode: 'full' }, failOn: 'verified', today: '2026-01-01', baselineFile: 'b.json', reports: [], rawCount: 30, maxFindings: 5 });
    expect(ev.decision).toBe('fail');
    expect(ev.counts).toMatchObject({ new: 30, failing: 3, verified: 3 });
    expect(ev.findingsOmitted).toBe(25);
    expect(ev.findings.slice(0, 3).every((f) => f.severity === 'error')).toBe(true);
    expect(ev.findings.at(-1)!.ruleId).toBe('secret-scan/findings-omitted');
  });
});

describe('verificationRank', () => {
  it('orders unverified < unknown < verified', () => {
    expect((['unverified', 'unknown', 'verified'] as const).map(verificationRank)).toEqual([0, 1, 2]);
  });
});
