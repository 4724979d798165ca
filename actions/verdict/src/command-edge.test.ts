// `release-gates verdict` on bad flags and unusable inputs: exit 2 and one line naming the problem.

import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GateResult } from '../../common/src/result';
import { MAX_RESULT_BYTES, MAX_RESULT_FILES } from './collect';
import { verdictCommand } from './command';

async function run(argv: string[], cwd = tmpdir()) {
  let stdout = '';
  let stderr = '';
  const code = await verdictCommand(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd, env: {} });
  return { code, stdout, stderr };
}

const pass: GateResult = { schemaVersion: 1, gate: 'coverage', status: 'pass', mode: 'enforce', summary: 'ok', metrics: {}, findings: [], durationMs: 1 };

function resultsDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-verdict-edge-'));
  mkdirSync(join(dir, 'coverage'));
  writeFileSync(join(dir, 'coverage', 'coverage.json'), JSON.stringify(pass));
  return dir;
}

describe('verdict command: flags', () => {
  it('-h prints the help', async () => {
    const r = await run(['-h']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--results');
    expect(r.stdout).toContain('Exit codes: 0 pass or warn, 1 fail, 2 error.');
  });

  it.each([
    [['stray'], 'release-gates verdict: error: unexpected argument "stray" (flags start with --; see --help)\n'],
    [['--results', 'a', '--results', 'b'], 'release-gates verdict: error: --results given twice\n'],
    [['--results'], 'release-gates verdict: error: --results needs a value\n'],
    [['--results', '--format'], 'release-gates verdict: error: --results needs a value\n'],
  ])('%j is exit 2', async (argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr: message });
  });
});

describe('verdict command: unusable inputs', () => {
  it('a needs file that does not exist is named', async () => {
    const r = await run(['--results', resultsDir(), '--needs', '@missing/needs.json']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'release-gates verdict: error: missing/needs.json: needs file not found or unreadable\n' });
  });

  it('a results path that is a file, not a folder', async () => {
    const dir = resultsDir();
    const r = await run(['--results', 'coverage/coverage.json'], dir);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'release-gates verdict: error: coverage/coverage.json: results path is not a folder\n' });
  });

  it('a result file over the size cap is listed as a problem, not read', async () => {
    const dir = resultsDir();
    mkdirSync(join(dir, 'tarball'));
    const big = join(dir, 'tarball', 'tarball.json');
    writeFileSync(big, '');
    truncateSync(big, MAX_RESULT_BYTES + 1); // sparse: no 64 MiB written
    const r = await run(['--results', dir, '--format', 'json']);
    expect(r.code).toBe(2);
    const verdict = JSON.parse(r.stdout);
    expect(verdict.status).toBe('error');
    expect(JSON.stringify(verdict)).toContain('tarball/tarball.json');
    expect(JSON.stringify(verdict)).toMatch(/over the 64(\.0)? MiB cap/);
  });

  it(`more than ${MAX_RESULT_FILES} .json files is refused: --results points at the wrong folder`, async () => {
    const dir = resultsDir();
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < MAX_RESULT_FILES; i++) writeFileSync(join(many, `${i}.json`), '');
    const r = await run(['--results', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `release-gates verdict: error: ${dir}: more than ${MAX_RESULT_FILES} .json files under the results folder; point --results at the downloaded results only\n`,
    );
  });
});
