import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateResultValidator } from './result-schema';
import { ConfigurationError, InputError } from './errors';
import type { Gate, GateReport } from './gate';
import type { Logger } from './gate';
import { runGate } from './run';

const validateResult = gateResultValidator();
const quiet: Logger = { info() {}, warn() {}, debug() {} };

function gateThat(run: Gate['run']): Gate {
  return {
    name: 'tarball',
    title: 'test',
    description: 'a gate for testing the runner',
    options: [{ name: 'limit', type: 'integer', min: 0, default: 5, description: 'limit' }],
    run,
  };
}

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'rg-run-'));
}

const failing: GateReport = {
  decision: 'fail',
  summary: 'too big',
  metrics: { bytes: 10 },
  findings: [
    { ruleId: 'tarball/budget', severity: 'warning', message: 'b', file: 'b.js', line: 2 },
    { ruleId: 'tarball/budget', severity: 'error', message: 'a', file: 'a.js', line: 1 },
  ],
};

describe('runGate', () => {
  it('builds a valid GateResult, sorted findings, typed options', async () => {
    let seen: Record<string, unknown> = {};
    const outcome = await runGate(
      gateThat(async (options) => {
        seen = options;
        return failing;
      }),
      { limit: '7' },
      { cwd: workspace(), env: {}, isAction: false, log: quiet },
    );
    expect(seen.limit).toBe(7);
    expect(seen.mode).toBe('enforce');
    expect(outcome.result.status).toBe('fail');
    expect(outcome.result.findings.map((f) => f.file)).toEqual(['a.js', 'b.js']);
    expect(validateResult(outcome.result), JSON.stringify(validateResult.errors)).toBe(true);
    expect(outcome.resultFile).toBeUndefined();
  });

  it('mode warn turns fail into warn, never error into a pass', async () => {
    const warned = await runGate(gateThat(async () => failing), { mode: 'warn' }, { cwd: workspace(), env: {}, isAction: false, log: quiet });
    expect(warned.result.status).toBe('warn');
    expect(warned.result.mode).toBe('warn');
    const errored = await runGate(
      gateThat(async () => {
        throw new InputError('truncated', 'r.info', 3);
      }),
      { mode: 'warn' },
      { cwd: workspace(), env: {}, isAction: false, log: quiet },
    );
    expect(errored.result.status).toBe('error');
    expect(errored.result.findings[0]).toEqual({ ruleId: 'tarball/input', severity: 'error', message: 'r.info:3: truncated', file: 'r.info', line: 3 });
  });

  it('turns a bad option, a config error and a crash into status error', async () => {
    const env = { cwd: workspace(), env: {}, isAction: false, log: quiet };
    const bad = await runGate(gateThat(async () => failing), { limit: '-1' }, env);
    expect(bad.result.status).toBe('error');
    expect(bad.result.findings[0]!.ruleId).toBe('tarball/configuration');
    expect(bad.result.summary).toMatch(/limit: -1 is below 0/);

    const thrown = await runGate(
      gateThat(async () => {
        throw new ConfigurationError('dir: no package.json', 'dir');
      }),
      {},
      env,
    );
    expect(thrown.result.summary).toBe('dir: no package.json');

    const crash = await runGate(
      gateThat(async () => {
        throw new TypeError('x is undefined');
      }),
      {},
      env,
    );
    expect(crash.result.status).toBe('error');
    expect(crash.result.findings[0]!.ruleId).toBe('tarball/internal');
    expect(validateResult(crash.result)).toBe(true);
  });

  it('reads mode and options from the config file; flags win', async () => {
    const dir = workspace();
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/release-gates.yml'), 'mode: warn\n');
    const outcome = await runGate(gateThat(async () => failing), {}, { cwd: dir, env: {}, isAction: false, log: quiet });
    expect(outcome.result.mode).toBe('warn');
    const flagged = await runGate(gateThat(async () => failing), { mode: 'enforce' }, { cwd: dir, env: {}, isAction: false, log: quiet });
    expect(flagged.result.mode).toBe('enforce');
  });

  it('a malformed config file is an error naming file and line', async () => {
    const dir = workspace();
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/release-gates.yml'), 'mode: warn\nbogus: 1\n');
    const outcome = await runGate(gateThat(async () => failing), {}, { cwd: dir, env: {}, isAction: false, log: quiet });
    expect(outcome.result.status).toBe('error');
    expect(outcome.result.findings[0]).toMatchObject({ file: '.github/release-gates.yml', line: 2, ruleId: 'tarball/configuration' });
  });

  it('scrubs every registered secret from result, sections, outputs and SARIF', async () => {
    // Assembled at run time so the repository's own secret scan does not flag a literal token.
    const secret = ['ghp', 'abcdefghijklmnopqrstuvwxyz0123456789'].join('_');
    const sarifPath = join(workspace(), 'out.sarif');
    const outcome = await runGate(
      gateThat(async (_o, ctx) => {
        ctx.redactor.add(secret);
        return {
          decision: 'fail',
          summary: `found ${secret}`,
          metrics: { [secret]: secret },
          findings: [{ ruleId: 'tarball/x', severity: 'error', message: `token ${secret}`, file: 'a' }],
          sections: [{ title: secret, body: `| ${secret} |` }],
          outputs: { leak: secret },
        };
      }),
      { sarif: sarifPath },
      { cwd: workspace(), env: {}, isAction: false, log: quiet },
    );
    const sarif = readFileSync(sarifPath, 'utf8');
    const everything = JSON.stringify([outcome.result, outcome.sections, outcome.outputs]) + sarif;
    expect(JSON.parse(sarif).runs[0].results[0].message.text).toBe('token ***');
    expect(everything).not.toContain(secret);
    expect(everything).toContain('***');
  });

  // String by string when the secret is plain; the whole text scanned (and walked) when it holds a
  // quote; a value that is also one of the log's own keys is scrubbed there too.
  it.each([
    ['plain', ['ghp', 'abcdefghijklmnopqrstuvwxyz0123456789'].join('_')],
    ['with a quote', ['pa"ss', 'word-in-quotes'].join('_')],
    ['that is also a SARIF key', 'physicalLocation'],
  ])('scrubs a %s secret from the SARIF runs a gate builds itself', async (_kind, secret) => {
    const sarifPath = join(workspace(), 'own.sarif');
    const outcome = await runGate(
      gateThat(async (_o, ctx) => {
        ctx.redactor.add(secret);
        return {
          decision: 'fail',
          summary: 'found one',
          metrics: {},
          findings: [],
          sarif: [
            {
              tool: `release-gates/x-${secret}`,
              category: 'release-gates/x',
              rules: [{ id: secret, shortDescription: `rule ${secret}` }],
              results: [{ ruleId: secret, severity: 'error', message: `token ${secret}`, file: `dir/${secret}.txt`, line: 1, fingerprint: secret }],
            },
          ],
        };
      }),
      { sarif: sarifPath },
      { cwd: workspace(), env: {}, isAction: false, log: quiet },
    );
    const written = readFileSync(sarifPath, 'utf8');
    expect(written.endsWith('}\n')).toBe(true);
    expect(written).not.toContain(secret);
    expect(written).not.toContain(JSON.stringify(secret).slice(1, -1));
    expect(written).not.toContain(encodeURIComponent(secret));
    expect(JSON.parse(written).runs[0].results[0].message.text).toBe('token ***');
  });

  it('scrubs a secret from one result of a large SARIF log, written a chunk at a time', async () => {
    const secret = ['ghp', 'zyxwvutsrqponmlkjihgfedcba9876543210'].join('_');
    const sarifPath = join(workspace(), 'large.sarif');
    const results = Array.from({ length: 1200 }, (_, i) => ({
      ruleId: 'x/r',
      severity: 'warning' as const,
      message: i === 777 ? `token ${secret}` : `finding ${i}`,
      file: `src/f${i}.ts`,
      line: 1 + (i % 50),
    }));
    await runGate(
      gateThat(async (_o, ctx) => {
        ctx.redactor.add(secret);
        return { decision: 'warn', summary: 'many', metrics: {}, findings: [], sarif: [{ tool: 'release-gates/x', category: 'release-gates/x', results, ordered: true }] };
      }),
      { sarif: sarifPath },
      { cwd: workspace(), env: {}, isAction: false, log: quiet },
    );
    const written = readFileSync(sarifPath, 'utf8');
    expect(written).not.toContain(secret);
    const logged = JSON.parse(written).runs[0].results as { message: { text: string } }[];
    expect(logged.map((r) => r.message.text)).toEqual(results.map((r, i) => (i === 777 ? 'token ***' : r.message)));
  });

  it('writes the result and SARIF under RUNNER_TEMP when running as an action', async () => {
    const temp = workspace();
    const outcome = await runGate(gateThat(async () => failing), {}, { cwd: workspace(), env: { RUNNER_TEMP: temp }, isAction: true, log: quiet });
    expect(outcome.resultFile).toBe(join(temp, 'release-gates', 'tarball.json'));
    expect(JSON.parse(readFileSync(outcome.resultFile!, 'utf8'))).toEqual(outcome.result);
    const sarif = JSON.parse(readFileSync(outcome.sarifFile!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.name).toBe('release-gates/tarball');
  });
});
