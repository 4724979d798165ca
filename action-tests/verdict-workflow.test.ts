// The reusable workflow's data path, replayed locally: each gate job's step runs the built bundle with
// the `with:` block of .github/workflows/release-gates.yml (expressions filled in as a run would), the
// result lands where the upload step takes it, the verdict job's download layout is rebuilt, and the
// verdict bundle runs with the workflow's own `expect` and `needs` expressions. This proves that the
// workflow forwards inputs the gates understand and that the verdict finds what the gates write.
// Build first: flock /tmp/build.lock npm run build.

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import type { GateName } from '../actions/common/src/result';
import { createWorkspace, gateResultErrors, ROOT, runAction, type ActionRun } from './harness';

type Step = { uses?: string; with?: Record<string, unknown> };
type Job = { steps?: Step[] };
const workflow = YAML.parse(readFileSync(join(ROOT, '.github/workflows/release-gates.yml'), 'utf8')) as {
  on: { workflow_call: { inputs: Record<string, { type: string; default?: unknown }> } };
  jobs: Record<string, Job>;
};

/** JavaScript gates only: sbom is a composite (cyclonedx-npm first), exercised by its own action-tests. */
const JS_GATES = ['coverage', 'schema-ids', 'secret-scan', 'tarball'] as const satisfies readonly GateName[];

type Inputs = Record<string, string | boolean>;

function callerInputs(given: Inputs): Inputs {
  const values: Inputs = {};
  for (const [name, spec] of Object.entries(workflow.on.workflow_call.inputs)) values[name] = (spec.default as string | boolean | undefined) ?? (spec.type === 'boolean' ? false : '');
  return { ...values, ...given };
}

/** Fill `${{ }}` the way the runner would, for the expressions this workflow uses in gate steps. */
function fill(template: unknown, inputs: Inputs, runnerTemp: string, extra: Record<string, string> = {}): string {
  return String(template).replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expr: string) => {
    if (expr in extra) return extra[expr]!;
    if (expr === 'runner.temp') return runnerTemp;
    const input = /^inputs\.([a-z0-9-]+)$/.exec(expr);
    if (input) return String(inputs[input[1]!] ?? '');
    const toggle = /^inputs\.(run-[a-z-]+) && '([a-z-]+)' \|\| ''$/.exec(expr);
    if (toggle) return inputs[toggle[1]!] === true ? toggle[2]! : '';
    throw new Error(`expression not simulated: ${expr}`);
  });
}

function gateStep(gate: string): Step {
  const step = workflow.jobs[gate]!.steps!.find((s) => s.uses === `$/actions/${gate}`);
  if (!step) throw new Error(`no $/actions/${gate} step`);
  return step;
}

function resultUploadPath(gate: string): string {
  const upload = workflow.jobs[gate]!.steps!.find((s) => s.uses?.startsWith('actions/upload-artifact@') && String(s.with?.name).includes('-result-'))!;
  return String(upload.with!.path);
}

interface Simulated {
  gates: Partial<Record<GateName, ActionRun>>;
  verdict: ActionRun;
}

async function simulate(workspace: string, given: Inputs): Promise<Simulated> {
  const inputs = callerInputs(given);
  const runnerTemp = mkdtempSync(join(tmpdir(), 'rg-wf-temp-'));
  const downloads = mkdtempSync(join(tmpdir(), 'rg-wf-results-'));
  const needs: Record<string, { result: string; outputs: Record<string, string> }> = {};
  const gates: Simulated['gates'] = {};

  for (const gate of [...JS_GATES, 'sbom' as const]) {
    if (inputs[`run-${gate}`] !== true) {
      needs[gate] = { result: 'skipped', outputs: {} };
      continue;
    }
    if (gate === 'sbom') throw new Error('simulate() runs the JavaScript gates only: pass run-sbom: false');
    const withBlock = Object.fromEntries(Object.entries(gateStep(gate).with ?? {}).map(([k, v]) => [k, fill(v, inputs, runnerTemp)]));
    const run = await runAction(gate, workspace, { inputs: withBlock, env: { RUNNER_TEMP: runnerTemp } });
    gates[gate] = run;
    needs[gate] = { result: run.exitCode === 0 ? 'success' : 'failure', outputs: {} };
    // The upload step: `path` of the result artifact, into a folder named after the artifact.
    const resultFile = fill(resultUploadPath(gate), inputs, runnerTemp);
    if (existsSync(resultFile)) {
      const folder = join(downloads, `release-gates-${String(inputs['artifact-suffix'])}-${gate}-result-attempt-1`);
      mkdirSync(folder);
      copyFileSync(resultFile, join(folder, basename(resultFile)));
    }
  }

  const verdictStep = workflow.jobs.verdict!.steps!.find((s) => s.uses === '$/actions/verdict')!;
  const verdictInputs = Object.fromEntries(
    Object.entries(verdictStep.with ?? {}).map(([k, v]) => [k, fill(v, inputs, runnerTemp, { 'toJSON(needs)': JSON.stringify(needs) })]),
  );
  // The download step's `path` is the verdict's `results`: point both at the rebuilt download.
  expect(verdictInputs.results).toBe(join(runnerTemp, 'release-gates', 'results'));
  verdictInputs.results = downloads;
  const verdict = await runAction('verdict', workspace, { inputs: verdictInputs, env: { RUNNER_TEMP: runnerTemp } });
  return { gates, verdict };
}

function fixtureRepo(coveredLines: number) {
  const lcov = ['TN:', 'SF:index.js', ...[1, 2, 3, 4].map((n) => `DA:${n},${n <= coveredLines ? 1 : 0}`), 'LF:4', `LH:${coveredLines}`, 'end_of_record', ''].join('\n');
  return createWorkspace({
    'package.json': JSON.stringify({ name: 'fixture-pkg', version: '1.0.0', description: 'fixture', license: 'MIT', main: 'index.js', files: ['index.js'] }, null, 2) + '\n',
    'index.js': 'const a = 1;\nconst b = 2;\nconst c = a + b;\nmodule.exports = { c };\n',
    'README.md': '# fixture-pkg\n',
    LICENSE: 'MIT License\n',
    'coverage/lcov.info': lcov,
    'schemas/thing.schema.json':
      JSON.stringify(
        {
          $schema: 'https://json-schema.org/draft/2020-12/schema',
          $id: 'https://example.com/schemas/thing.schema.json',
          type: 'object',
          additionalProperties: false,
          properties: { name: { type: 'string' } },
        },
        null,
        2,
      ) + '\n',
  });
}

describe('the reusable workflow, replayed: gates → artifacts → verdict', () => {
  it('passes when every JavaScript gate passes, each result valid and found by the verdict', async () => {
    const repo = fixtureRepo(4);
    const { gates, verdict } = await simulate(repo.dir, {
      'run-sbom': false,
      'coverage-report': 'coverage/lcov.info',
      'min-lines': '90',
      schemas: 'schemas/*.json',
    });
    for (const gate of JS_GATES) {
      const run = gates[gate]!;
      expect(run.result, `${gate} wrote its result-file\n${run.stdout}\n${run.stderr}`).toBeDefined();
      expect(gateResultErrors(run.result), gate).toEqual([]);
      expect(['pass', 'warn'], `${gate}: ${String(run.result!.summary)}`).toContain(run.result!.status);
    }
    expect(verdict.outputs.status, verdict.summary).toMatch(/^(pass|warn)$/);
    expect(verdict.exitCode).toBe(0);
    for (const gate of JS_GATES) expect(verdict.summary).toContain(`| **${gate}** |`);
    expect(verdict.summary).not.toContain('**sbom**');
  });

  it('fails the verdict when the coverage threshold forwarded from the caller is missed', async () => {
    const repo = fixtureRepo(2);
    const { gates, verdict } = await simulate(repo.dir, {
      'run-sbom': false,
      'run-tarball': false,
      'coverage-report': 'coverage/lcov.info',
      'min-lines': '90',
      schemas: 'schemas/*.json',
    });
    expect(gates.coverage!.result?.status, gates.coverage!.stdout).toBe('fail');
    expect(gates.tarball).toBeUndefined();
    expect(verdict.exitCode).toBe(1);
    expect(verdict.outputs.status).toBe('fail');
    expect(verdict.summary).toContain('| **coverage** | ❌ fail |');
    expect(verdict.summary).not.toContain('**tarball**');
  });

  it('warns instead of failing when the caller sets mode: warn', async () => {
    const repo = fixtureRepo(2);
    const { gates, verdict } = await simulate(repo.dir, {
      'run-sbom': false,
      'run-tarball': false,
      'run-secret-scan': false,
      mode: 'warn',
      'coverage-report': 'coverage/lcov.info',
      'min-lines': '90',
      schemas: 'schemas/*.json',
    });
    expect(gates.coverage!.result).toMatchObject({ status: 'warn', mode: 'warn' });
    expect(verdict.exitCode).toBe(0);
    expect(verdict.outputs.status).toBe('warn');
  });

  it('fails the verdict when a gate cannot decide (the forwarded report path does not exist)', async () => {
    const repo = fixtureRepo(4);
    const { gates, verdict } = await simulate(repo.dir, {
      'run-sbom': false,
      'run-tarball': false,
      'run-secret-scan': false,
      'run-schema-ids': false,
      'coverage-report': 'coverage/does-not-exist.info',
    });
    // The gate itself reports an error result (it never passes silently) and the verdict fails on it.
    expect(gates.coverage!.result?.status).toBe('error');
    expect(verdict.exitCode).toBe(1);
    expect(verdict.summary).toContain('the gate could not decide');
  });
});
