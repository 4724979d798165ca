// The CLI end to end in-process: commands, flags, output formats and exit codes, on a real
// (temporary) git repository with an lcov report, through the coverage gate.

import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { optionHelp, parseFlags, runCli, type CliIO } from './cli';
import type { OptionSpec } from './gate';
import { gitRepo } from './testing';
import { VERSION } from './version';

// src/a.ts: 3 of 4 lines covered (75%); line 4 missed.
const LCOV = 'TN:\nSF:src/a.ts\nDA:1,1\nDA:2,1\nDA:3,2\nDA:4,0\nend_of_record\n';
const SOURCE = 'const a = 1;\nconst b = 2;\nconst c = 3;\nconst d = 4;\n';

async function cli(argv: string[], cwd = tmpdir(), env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const repo = (files: Record<string, string>) => gitRepo(files, 'rg-cli-').dir;

describe('release-gates: top-level commands', () => {
  it('prints the main help on stderr with exit 2 when no command is given, on stdout with exit 0 for --help', async () => {
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Usage:\n  release-gates <gate> [flags]');
    for (const flag of ['--help', '-h', 'help']) {
      const help = await cli([flag]);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`release-gates ${VERSION}: decide whether a repository is ready to release.`);
      expect(help.stdout).toContain('Exit codes: 0 pass or warn, 1 fail, 2 error.');
    }
  });

  it('prints the version', async () => {
    for (const flag of ['--version', '-v']) expect(await cli([flag])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('rejects an unknown command with exit 2, naming it', async () => {
    const r = await cli(['coverag']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^release-gates: unknown command "coverag"\n/);
    expect(r.stdout).toBe('');
  });

  it('verdict is dispatched to the verdict command with the same IO', async () => {
    const help = await cli(['verdict', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--results');
    const missing = await cli(['verdict']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--results <dir> is required');
  });

  it('gate --help lists the gate flags and the common flags with their defaults', async () => {
    const r = await cli(['coverage', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^release-gates coverage: /);
    expect(r.stdout).toContain('Usage: release-gates coverage [flags]');
    expect(r.stdout).toMatch(/--min-lines <percent>\n {6}.+Default: none\./);
    expect(r.stdout).toContain('--format <text|markdown|json>');
    expect(r.stdout).toContain('--verbose\n      Print debug logs to stderr. Default: false.');
    expect(r.stdout).toContain('under `coverage:` (flags win)');
  });

  it('run --help lists its own flags only', async () => {
    const r = await cli(['run', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: release-gates run [dir] [flags]');
    expect(r.stdout).toContain('--only <gates>');
    expect(r.stdout).toContain('--results-dir <dir>');
    expect(r.stdout).not.toContain('--min-lines');
  });
});

describe('release-gates <gate>', () => {
  it('text output: a broken threshold is exit 1 with the finding; a met one is exit 0', async () => {
    const dir = repo({ 'src/a.ts': SOURCE, 'coverage/lcov.info': LCOV });
    const fail = await cli(['coverage', '--report', 'coverage/lcov.info', '--min-lines', '90'], dir);
    expect(fail.code).toBe(1);
    expect(fail.stdout).toMatch(/^coverage: FAIL — /);
    expect(fail.stdout).toContain('[coverage/min-lines]');
    const pass = await cli(['coverage', '--report=coverage/lcov.info', '--min-lines=75'], dir);
    expect(pass.code).toBe(0);
    expect(pass.stdout).toMatch(/^coverage: PASS — /);
  });

  it('--mode warn turns a failure into exit 0 and says so', async () => {
    const dir = repo({ 'src/a.ts': SOURCE, 'coverage/lcov.info': LCOV });
    const r = await cli(['coverage', '--report', 'coverage/lcov.info', '--min-lines', '90', '--mode', 'warn'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^coverage: WARN \(mode: warn\) — /);
  });

  it('--format json prints exactly the GateResult', async () => {
    const dir = repo({ 'src/a.ts': SOURCE, 'coverage/lcov.info': LCOV });
    const r = await cli(['coverage', '--report', 'coverage/lcov.info', '--min-lines', '90', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ schemaVersion: 1, gate: 'coverage', status: 'fail', mode: 'enforce', metrics: { total: { lines: { covered: 3, total: 4 } } } });
    expect(result.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('coverage/min-lines');
  });

  it('--format markdown prints the job summary', async () => {
    const dir = repo({ 'src/a.ts': SOURCE, 'coverage/lcov.info': LCOV });
    const r = await cli(['coverage', '--report', 'coverage/lcov.info', '--format', 'markdown'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^#+ /m);
    expect(r.stdout).toContain('|');
    expect(r.stdout).toContain('src/a.ts');
  });

  it('reads the config file, and flags override it', async () => {
    const dir = repo({
      'src/a.ts': SOURCE,
      'coverage/lcov.info': LCOV,
      '.github/release-gates.yml': 'coverage:\n  report: coverage/lcov.info\n  min-lines: 90\n',
    });
    expect((await cli(['coverage'], dir)).code).toBe(1);
    expect((await cli(['coverage', '--min-lines', '50'], dir)).code).toBe(0);
  });

  it('a report that does not exist is status error, exit 2', async () => {
    const dir = repo({ 'src/a.ts': SOURCE });
    const r = await cli(['coverage', '--report', 'coverage/lcov.info'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^coverage: ERROR — /);
  });

  it('bad flags are exit 2 with a message naming the problem, before the gate runs', async () => {
    const dir = repo({ 'src/a.ts': SOURCE, 'coverage/lcov.info': LCOV });
    const cases: [string[], string][] = [
      [['coverage', 'extra'], 'release-gates: unexpected argument "extra"; see `release-gates coverage --help`\n'],
      [['coverage', '--format', 'yaml'], 'release-gates: --format: "yaml" is not allowed (allowed: text | markdown | json)\n'],
      [['coverage', '--min-linez', '3'], 'release-gates: unknown flag --min-linez; see `release-gates coverage --help`\n'],
      [['coverage', '--report'], 'release-gates: flag --report needs a value\n'],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv, dir);
      expect(r).toEqual({ code: 2, stdout: '', stderr: message });
    }
  });
});

describe('release-gates run', () => {
  const config = [
    'coverage:',
    '  report: coverage/lcov.info',
    '  min-lines: 90',
    'schema-ids: { enabled: false }',
    'sbom: { enabled: false }',
    'secret-scan: { enabled: false }',
    'tarball: { enabled: false }',
    '',
  ].join('\n');

  it('runs only the gates the config file enables and prints the overall table', async () => {
    const dir = repo({ 'src/a.ts': SOURCE, 'coverage/lcov.info': LCOV, '.github/release-gates.yml': config });
    const r = await cli(['run', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^coverage: FAIL — /);
    expect(r.stdout).toContain('Overall: FAIL\n');
    // One row, the coverage gate: the disabled gates did not run.
    const rows = r.stdout.split('Overall: FAIL\n')[1]!.trimEnd().split('\n');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/fail {3}/);
  });

  it('--mode warn applies to every gate; --results-dir writes one GateResult per gate', async () => {
    const dir = repo({ 'src/a.ts': SOURCE, 'coverage/lcov.info': LCOV, '.github/release-gates.yml': config });
    const out = mkdtempSync(join(tmpdir(), 'rg-cli-results-'));
    const r = await cli(['run', '.', '--mode', 'warn', '--results-dir', out], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Overall: WARN\n');
    const written = JSON.parse(readFileSync(join(out, 'coverage.json'), 'utf8'));
    expect(written).toMatchObject({ gate: 'coverage', status: 'warn', mode: 'warn' });
    expect(existsSync(join(out, 'tarball.json'))).toBe(false);
  });

  it('--format json prints the array of results; markdown prints summaries and the table', async () => {
    const dir = repo({ 'src/a.ts': SOURCE, 'coverage/lcov.info': LCOV, '.github/release-gates.yml': config });
    const json = await cli(['run', '--format', 'json'], dir);
    expect(json.code).toBe(1);
    const results = JSON.parse(json.stdout);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ gate: 'coverage', status: 'fail' });
    const md = await cli(['run', '--format=markdown'], dir);
    expect(md.code).toBe(1);
    expect(md.stdout).toContain('src/a.ts');
    expect(md.stdout).toMatch(/```\nOverall: FAIL\n.*fail.*\n```\n$/);
  });

  it('--only overrides the config file and is checked against the gate names', async () => {
    const dir = repo({ 'src/a.ts': SOURCE, 'coverage/lcov.info': LCOV, '.github/release-gates.yml': config.replace('min-lines: 90', 'min-lines: 10') });
    const r = await cli(['run', '--only', 'coverage'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Overall: PASS\n');
    const bad = await cli(['run', '--only', 'coverage,bogus'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('release-gates: --only: unknown gate "bogus" (allowed: coverage, schema-ids, sbom, secret-scan, tarball)\n');
  });

  it('rejects more than one folder', async () => {
    const r = await cli(['run', 'a', 'b']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'release-gates: run takes at most one folder\n' });
  });

  it('a malformed config file is exit 2 naming the file and line', async () => {
    const dir = repo({ '.github/release-gates.yml': 'coverage: [unclosed\n' });
    const r = await cli(['run'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^release-gates: \.github\/release-gates\.yml:2:1: invalid YAML: /);
    // A configuration error is the user's to fix: no stack trace even when debugging.
    const debug = await cli(['run'], dir, { RELEASE_GATES_DEBUG: '1' });
    expect(debug.stderr).toBe(r.stderr);
  });

  it('RELEASE_GATES_DEBUG adds the stack trace to an input error', async () => {
    const dir = repo({ 'README.md': 'x\n' });
    mkdirSync(join(dir, '.github', 'release-gates.yml'), { recursive: true }); // a folder where the file should be
    const plain = await cli(['run'], dir);
    expect(plain.code).toBe(2);
    // (The message should name .github/release-gates.yml: reported to the lead, see runCli's catch.)
    expect(plain.stderr).toMatch(/^release-gates: (\S*release-gates\.yml: )?not a regular file\n$/);
    const debug = await cli(['run'], dir, { RELEASE_GATES_DEBUG: '1' });
    expect(debug.code).toBe(2);
    expect(debug.stderr.startsWith(plain.stderr)).toBe(true);
    expect(debug.stderr.slice(plain.stderr.length)).toMatch(/^InputError: not a regular file\n {4}at /);
  });
});

describe('flag parsing and help details', () => {
  const specs: OptionSpec[] = [
    { name: 'count', type: 'integer', min: 1, description: 'How many.' },
    { name: 'rules', type: 'object', default: { 'src/**': { lines: 90 } }, description: 'Per-path rules.' },
    { name: 'tags', type: 'list', default: ['a', 'b'], description: 'Tags.' },
    { name: 'ref', type: 'string', default: 'main', description: 'A ref.' },
    { name: 'out', type: 'string', defaultText: '$RUNNER_TEMP/out.json', description: 'Output.' },
  ];

  it('help shows a placeholder per type and every kind of default', () => {
    expect(optionHelp(specs).split('\n')).toEqual([
      '  --count <n>',
      '      How many. (a whole number >= 1) Default: none.',
      '  --rules <yaml>',
      '      Per-path rules. Default: {"src/**":{"lines":90}}.',
      '  --tags <value>',
      '      Tags. Repeatable. Default: a, b.',
      '  --ref <value>',
      '      A ref. Default: main.',
      '  --out <value>',
      '      Output. Default: $RUNNER_TEMP/out.json.',
    ]);
  });

  it('everything after -- is positional, even what looks like a flag', () => {
    const parsed = parseFlags(['--count', '2', '--', '--rules', 'x'], specs, 'test');
    expect(parsed.given).toEqual({ count: '2' });
    expect(parsed.positionals).toEqual(['--rules', 'x']);
  });

  it('--no- only negates booleans; a value after -- is taken as is', () => {
    expect(() => parseFlags(['--no-count'], specs, 'test')).toThrow('unknown flag --no-count; see `release-gates test --help`');
    expect(parseFlags(['--ref', '-'], specs, 'test').given.ref).toBe('-');
    expect(parseFlags(['--ref', '--'], specs, 'test').given.ref).toBe('--');
  });
});
