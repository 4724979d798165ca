// The redaction promise, proved: every fixture format, every output, before the runner's scrub pass.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixture, makeRepo, runGate, type Outputs } from '../test/workspace';

/** Everything in the fixtures that must never come out: canary secrets, e-mails, sha1s, base64 Raw. */
function forbidden(): string[] {
  const out = new Set<string>(['cnry', 'example.test']);
  for (const name of readdirSync(FIXTURES)) {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    for (const m of text.matchAll(/"hashed_secret":\s*"([0-9a-f]{40})"/g)) out.add(m[1]!);
    for (const m of text.matchAll(/"Raw":"([A-Za-z0-9+/=]{12,})"/g)) out.add(m[1]!);
  }
  return [...out];
}

function expectClean(outputs: Outputs, words: readonly string[]): void {
  for (const [name, text] of Object.entries(outputs)) {
    for (const word of words) {
      if (text.toLowerCase().includes(word.toLowerCase())) throw new Error(`${name} output contains ${JSON.stringify(word)}`);
    }
  }
}

const FORMATS = readdirSync(FIXTURES).sort();

describe('redaction canaries', () => {
  const words = forbidden();

  it.each(FORMATS)('%s: no output holds a secret, snippet, hash or e-mail', async (name) => {
    const repo = makeRepo({ [`reports/${name}`]: fixture(name), 'src/config/settings.py': 'x = 1\n' });
    const run = await runGate(repo.dir, { report: [`reports/${name}`], 'update-baseline': true, 'fail-on': 'unverified' });
    expect(run.report.decision).not.toBe('error');
    expect(Number(run.report.metrics.rawFindings)).toBeGreaterThan(0);
    expect(run.outputs.baseline).toContain('"fingerprint"');
    expectClean(run.outputs, words);
    // Every raw value holding a canary was handed to the redactor (the runner's second line of defence):
    // each JSON string (or, for CSV and text reports, each line) that holds one scrubs clean.
    // secretlint's sourceContent is the whole scanned file: only its matched range is a raw value
    // (registered); the rest is kept out of outputs by construction, as checked above.
    const text = fixture(name).replace(/"sourceContent":\s*"(?:[^"\\]|\\.)*"/g, '');
    const values = text.trimStart().startsWith('{') || text.trimStart().startsWith('[')
      ? [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(m[0]) as string)
      : text.split('\n');
    for (const value of values.filter((v) => v.includes('cnry'))) {
      expect(run.ctx.redactor.scrub(value), `${JSON.stringify(value)} registered`).not.toContain('cnry');
    }
  });

  it('all formats at once, merged, with diff-free full scope and every section rendered', async () => {
    const files: Record<string, string> = {};
    for (const name of FORMATS) files[`reports/${name}`] = fixture(name);
    const repo = makeRepo(files);
    const run = await runGate(repo.dir, { report: ['reports/*'], 'update-baseline': true, 'fail-on': 'unverified' });
    expect(run.report.decision).toBe('fail');
    expect(Number(run.report.metrics.findings)).toBeLessThan(Number(run.report.metrics.rawFindings));
    expectClean(run.outputs, words);
    // A second run against the written baseline: suppressed findings carry reasons into SARIF and summary.
    const again = await runGate(repo.dir, { report: ['reports/*'], 'fail-on': 'unverified' });
    expect(again.report.metrics.suppressed).toBe(again.report.metrics.findings);
    expectClean(again.outputs, words);
  });

  it('random secrets never reach an output (property)', async () => {
    const repo = makeRepo({ 'app.env': 'A=1\n' });
    const secret = fc.stringMatching(/^zq[A-Za-z0-9_+/=-]{10,40}$/);
    await fc.assert(
      fc.asyncProperty(secret, secret, fc.emailAddress(), async (s1, s2, email) => {
        repo.write(
          'reports/gitleaks.json',
          JSON.stringify([{ RuleID: 'generic-api-key', StartLine: 1, EndLine: 1, Match: `k = ${s1}`, Secret: s1, File: 'app.env', Commit: '', Email: email, Author: 'A' }]),
        );
        repo.write(
          'reports/th.jsonl',
          JSON.stringify({ SourceMetadata: { Data: { Filesystem: { file: 'app.env', line: 1, email } } }, DetectorName: 'Github', DecoderName: 'PLAIN', Verified: true, Raw: s2, Redacted: s2.slice(0, 8) + '***' }) + '\n',
        );
        const content = `A=1\nB=${s2}\n`;
        repo.write('reports/sl.json', JSON.stringify([{ filePath: 'app.env', sourceContent: content, messages: [{ ruleId: 'r', message: `found ${s2}`, range: [6, 6 + s2.length], loc: { start: { line: 2, column: 2 }, end: { line: 2, column: 2 + s2.length } }, severity: 'error', data: { KEY: s2 } }] }]));
        const run = await runGate(repo.dir, { report: ['reports/*'], 'update-baseline': true });
        expectClean(run.outputs, [s1, s2, email]);
      }),
      { numRuns: 25 },
    );
  });
});
