import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSarif } from '../../common/src/sarif';
import type { MergedFinding } from './dedupe';
import { urgencyOf, type Classified } from './evaluate';
import type { Verification } from './model';
import { planSarif, runName, SARIF_MAX_GZIP_BYTES } from './sarif-out';

function classified(i: number, tool: string, verification: Verification, status: Classified['status'] = 'new'): Classified {
  const finding: MergedFinding = {
    fingerprint: `sv1:${i.toString(16).padStart(64, '0')}`,
    kind: 'value',
    family: 'generic',
    tools: [tool],
    rules: ['rule'],
    sources: [{ tool, rule: 'rule', report: 'r.json', verification }],
    locations: [{ file: `src/f${i % 97}.ts`, line: (i % 500) + 1 }],
    verification,
  };
  const severity = verification === 'verified' ? 'error' : 'warning';
  return { finding, status, severity, urgency: urgencyOf(status, severity, verification) };
}

describe('planSarif', () => {
  it('keeps an (empty) run for every known scanner with stable names and categories', () => {
    const plan = planSarif([classified(1, 'gitleaks', 'unverified')], ['gitleaks'], '1.0.0');
    expect(plan.runs.map((r) => r.tool)).toEqual([
      'release-gates/secret-scan/detect-secrets',
      'release-gates/secret-scan/github-secret-scanning',
      'release-gates/secret-scan/gitleaks',
      'release-gates/secret-scan/secretlint',
      'release-gates/secret-scan/trufflehog',
    ]);
    for (const run of plan.runs) expect(run.category).toBe(run.tool);
    expect(plan.runs.find((r) => r.tool === runName('gitleaks'))!.results).toHaveLength(1);
    expect(plan.runs.filter((r) => r.results.length === 0)).toHaveLength(4);
    const sarif = buildSarif(plan.runs) as { runs: { results: unknown[] }[] };
    expect(sarif.runs).toHaveLength(5);
  });

  it('plans results of one shape (every field, undefined where absent), with or without a place or a suppression', () => {
    const placeless = classified(2, 'gitleaks', 'verified');
    placeless.finding.locations = [];
    const lineless = classified(3, 'gitleaks', 'unverified', 'suppressed');
    lineless.finding.locations = [{ file: 'a.ts' }];
    const plan = planSarif([classified(1, 'gitleaks', 'unverified'), placeless, lineless], ['gitleaks'], '1.0.0');
    const results = plan.runs.find((r) => r.tool === runName('gitleaks'))!.results;
    expect(results).toHaveLength(3);
    expect(new Set(results.map((r) => Object.keys(r).join(',')))).toEqual(new Set(['ruleId,severity,message,fingerprint,file,line,endLine,suppressed']));
    expect(results.map((r) => [r.file, r.line, r.suppressed !== undefined])).toEqual([
      [undefined, undefined, false],
      ['src/f1.ts', 2, false],
      ['a.ts', undefined, true],
    ]);
  });

  it('stays within 20 runs, folding extra SARIF producers into one', () => {
    const tools = Array.from({ length: 30 }, (_, i) => `tool-${String(i).padStart(2, '0')}`);
    const plan = planSarif(tools.map((t, i) => classified(i, t, 'unverified')), tools, '1.0.0');
    expect(plan.runs).toHaveLength(20);
    const other = plan.runs.find((r) => r.tool === runName('other-sarif'))!;
    expect(other.results).toHaveLength(30 - 14);
    expect(plan.runs.reduce((n, r) => n + r.results.length, 0)).toBe(30);
  });

  it('keeps at most 25,000 results per run, the most severe first, and counts the rest', () => {
    const list = Array.from({ length: 26_000 }, (_, i) => classified(i, 'gitleaks', i % 13 === 0 ? 'verified' : 'unverified'));
    const plan = planSarif(list, ['gitleaks'], '1.0.0');
    const run = plan.runs.find((r) => r.tool === runName('gitleaks'))!;
    expect(run.results).toHaveLength(25_000);
    expect(plan.omitted.get('gitleaks')).toBe(1_000);
    const errors = list.filter((c) => c.finding.verification === 'verified').length;
    expect(run.results.slice(0, errors).every((r) => r.severity === 'error')).toBe(true);
  });

  it('trims by severity to stay under 10 MB gzipped', () => {
    // Long, incompressible paths make each result big enough to hit the size cap well before 25,000 per run.
    const list: Classified[] = [];
    for (let i = 0; i < 5 * 25_000; i++) {
      const c = classified(i, ['gitleaks', 'trufflehog', 'secretlint', 'detect-secrets', 'github-secret-scanning'][i % 5]!, i % 7 ? 'unverified' : 'verified');
      c.finding.locations[0]!.file = `src/${(i * 2654435761).toString(36)}/${'x'.repeat(0)}${(i * 40503).toString(16)}/${i.toString(36)}-${(i * 97).toString(36)}.ts`;
      list.push(c);
    }
    const plan = planSarif(list, [], '1.0.0');
    const size = gzipSync(JSON.stringify(buildSarif(plan.runs), null, 2)).length;
    expect(size).toBeLessThanOrEqual(SARIF_MAX_GZIP_BYTES);
    const kept = plan.runs.reduce((n, r) => n + r.results.length, 0);
    const omitted = [...plan.omitted.values()].reduce((a, b) => a + b, 0);
    expect(kept + omitted).toBe(list.length);
  });

  it('says what each finding is and who found it, in every result (property)', () => {
    const VERB = { verified: 'Verified', unknown: 'Unconfirmed', unverified: 'Unverified' };
    const toolLists = [['gitleaks'], ['gitleaks', 'trufflehog'], ['detect-secrets', 'gitleaks', 'trufflehog'], ['trufflehog']];
    const item = fc.record({
      verification: fc.constantFrom<Verification>('verified', 'unknown', 'unverified'),
      status: fc.constantFrom<Classified['status']>('new', 'pre-existing', 'suppressed'),
      family: fc.constantFrom('generic', 'github'),
      tools: fc.nat({ max: toolLists.length - 1 }),
      shared: fc.boolean(),
      places: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const list = items.map((it, i) => {
          const c = classified(i, 'gitleaks', it.verification, it.status);
          const tools = it.shared ? toolLists[it.tools]! : [...toolLists[it.tools]!];
          Object.assign(c.finding, {
            family: it.family,
            tools,
            sources: tools.map((tool) => ({ tool, rule: 'rule', report: 'r.json', verification: it.verification })),
            locations: Array.from({ length: it.places }, (_, k) => ({ file: `f${k}.ts`, line: k + 1 })),
          });
          return c;
        });
        const expected = new Map(
          list.map((c) => {
            const f = c.finding;
            const who = f.tools.length > 1 ? `; found by ${f.tools.join(', ')}` : '';
            const where = f.locations.length > 1 ? `; ${f.locations.length} places` : '';
            return [f.fingerprint, `${VERB[f.verification]} ${f.family} secret, ${c.status}${who}${where}.`];
          }),
        );
        for (const run of planSarif(list, [], '1.0.0').runs) for (const r of run.results) expect(r.message).toBe(expected.get(r.fingerprint!));
      }),
      { numRuns: 300 },
    );
  });

  it('marks suppressed results with their baseline reason', () => {
    const c = classified(3, 'trufflehog', 'verified', 'suppressed');
    c.entry = { fingerprint: c.finding.fingerprint, reason: 'test key', owner: '@sec', expires: '2030-01-01' };
    const plan = planSarif([c], [], '1.0.0');
    const r = plan.runs.find((x) => x.tool === runName('trufflehog'))!.results[0]!;
    expect(r.suppressed?.justification).toBe('test key (owner @sec, until 2030-01-01)');
    expect(r.fingerprint).toBe(c.finding.fingerprint);
  });
});
