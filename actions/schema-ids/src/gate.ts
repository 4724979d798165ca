// schema-ids: JSON Schema hygiene before publish — $id policy, the whole-repository $ref graph, closed objects,
// meta-schema validation and examples, every finding at file:line:column.

import { resolve } from 'node:path';
import { writeFileAtomic } from '../../common/src/files';
import type { Gate, GateContext, GateReport, OptionSpec } from '../../common/src/gate';
import { compareFindings, decisionFromFindings, type Decision, type Finding } from '../../common/src/result';
import { VERSION } from '../../common/src/version';
import { analyze, type Level } from './analyze';
import { ALLOW_OPEN_KEYWORD } from './ajv-pool';
import { applyBaseline, baselineText, parseBaseline } from './baseline';
import { collectInstances, collectSchemas, readBaseline, type InstanceMapping } from './collect';
import { DIALECTS, type Dialect } from './dialect';
import { DEFAULT_ID_PATTERN, makePolicy, parseFolderMaps } from './id-policy';
import { buildSections } from './report';
import { RULES, ruleId, type RawFinding } from './rules';

export const DEFAULT_SCHEMAS = ['**/*.schema.json', 'schemas/**/*.json'];
export const DEFAULT_BASELINE = '.github/schema-ids-baseline.json';

const globList = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };

const options: OptionSpec[] = [
  { name: 'schemas', type: 'list', separator: 'newline', default: DEFAULT_SCHEMAS, valueName: '<glob>', description: `Schema files (globs, one per line; ! excludes). node_modules and .git are never searched; examples/valid and examples/invalid folders are not schemas.` },
  { name: 'base-uri', type: 'string', default: '', valueName: '<uri>', description: 'Absolute URI the schemas are published under (e.g. https://example.com/schemas/). When set, every root $id must equal what id-pattern derives from the file path; unset, there is no id-mismatch check.' },
  { name: 'id-pattern', type: 'string', default: DEFAULT_ID_PATTERN, valueName: '<template>', description: 'Template of the expected $id: {base} (base-uri), {path} (path after id-folders), {dir} (its folder, with /), {file}, {name} (file name without .schema.json/.json), {ext}.' },
  { name: 'id-folders', type: 'list', separator: 'newline', default: [], valueName: '<from>=<to>', description: 'Folder prefixes rewritten before id-pattern applies, first match wins, e.g. "schemas/=" drops the schemas/ folder, "src/schemas/=v1/" maps it to v1/.' },
  { name: 'default-dialect', type: 'enum', values: DIALECTS, default: '2020-12', description: 'Dialect assumed for a schema without $schema (which is reported as missing-schema).' },
  { name: 'allow-remote-refs', type: 'list', separator: 'newline', default: [], valueName: '<uri-prefix>', description: 'URI prefixes of remote $refs that are accepted without a local copy; they are never fetched. Any other http(s) $ref no local schema claims is an error.' },
  { name: 'closed-objects', type: 'enum', values: ['error', 'warning', 'off'], default: 'error', description: `Severity of open-object findings (object schemas without additionalProperties/unevaluatedProperties false, composition-aware; "${ALLOW_OPEN_KEYWORD}": "<reason>" suppresses one).` },
  { name: 'strict', type: 'enum', values: ['error', 'warning', 'off'], default: 'warning', description: 'Severity of ajv strict-mode findings from compiling schemas (unknown keywords and formats, strictTypes, strictTuples).' },
  { name: 'compile', type: 'enum', values: ['needed', 'all'], default: 'needed', description: 'Which schemas ajv compiles: needed = only those with instances/examples (fast); all = every schema, so strict-mode findings cover all of them (slow on large sets).' },
  {
    name: 'instances',
    type: 'object',
    default: {},
    valueName: '<yaml>',
    description: 'Instances to validate, by schema (path or $id): globs of valid instances, or { valid: [...], invalid: [...] }. The examples/valid|invalid convention applies either way.',
    schema: {
      type: 'object',
      additionalProperties: {
        anyOf: [
          globList,
          { type: 'object', properties: { valid: globList, invalid: globList }, additionalProperties: false },
        ],
      },
    },
  },
  { name: 'examples', type: 'boolean', default: true, description: 'Validate files under any examples/valid/ (must pass) and examples/invalid/ (must fail) folder against the schema they name.' },
  { name: 'baseline', type: 'string', default: DEFAULT_BASELINE, valueName: '<path>', description: `Baseline file of accepted findings (rule, file, JSON pointer). A missing default file is fine.` },
  { name: 'update-baseline', type: 'boolean', default: false, description: 'Write every current finding into the baseline file and pass (review the diff before committing it).' },
];

export interface SchemaIdsOptions {
  schemas: string[];
  'base-uri': string;
  'id-pattern': string;
  'id-folders': string[];
  'default-dialect': Dialect;
  'allow-remote-refs': string[];
  'closed-objects': Level;
  strict: Level;
  compile: 'needed' | 'all';
  instances: InstanceMapping;
  examples: boolean;
  baseline: string;
  'update-baseline': boolean;
}

async function run(opts: SchemaIdsOptions, ctx: GateContext): Promise<GateReport> {
  const policy = makePolicy(opts['base-uri'] ?? '', opts['id-pattern'] || DEFAULT_ID_PATTERN, parseFolderMaps(opts['id-folders'] ?? []));
  const instances = await collectInstances(ctx.workspace, opts.instances ?? {}, opts.examples ?? true);
  // A file mapped as an instance is data, even when a schema glob also matches it.
  const instancePaths = new Set(instances.map((i) => i.path));
  const schemas = (await collectSchemas(ctx.workspace, opts.schemas ?? DEFAULT_SCHEMAS, (m) => ctx.log.warn(m))).filter((s) => !instancePaths.has(s.path));
  const baselinePath = opts.baseline ?? DEFAULT_BASELINE;
  const baselineFile = opts['update-baseline'] ? undefined : await readBaseline(ctx.workspace, baselinePath, baselinePath === DEFAULT_BASELINE);

  const analysis = analyze(schemas, instances, {
    policy,
    defaultDialect: opts['default-dialect'] ?? '2020-12',
    allowRemoteRefs: opts['allow-remote-refs'] ?? [],
    closedObjects: opts['closed-objects'] ?? 'error',
    strict: opts.strict ?? 'warning',
    compile: opts.compile ?? 'needed',
  });

  if (opts['update-baseline']) {
    const text = baselineText(analysis.findings);
    await writeFileAtomic(resolve(ctx.workspace, baselinePath), text);
    const count = (JSON.parse(text) as { entries: unknown[] }).entries.length;
    return {
      decision: analysis.unparsable.length ? 'error' : 'pass',
      summary: `baseline ${baselinePath} written with ${count} entries from ${analysis.findings.length} findings over ${analysis.schemas} schemas`,
      metrics: { schemas: analysis.schemas, baselineEntries: count },
      findings: [],
      outputs: { schemas: String(analysis.schemas), findings: '0' },
    };
  }

  let raw: RawFinding[] = analysis.findings;
  let baselined = 0;
  if (baselineFile) {
    const applied = applyBaseline(raw, parseBaseline(baselineFile), baselineFile.path);
    raw = [...applied.kept, ...applied.stale];
    baselined = applied.baselined;
  }
  const places = analysis.positions.locateAll(raw);
  const findings: Finding[] = raw.map((f, i) => {
    const { line, column } = places[i]!;
    return { ruleId: ruleId(f.rule), severity: f.severity, message: f.message, file: f.file, line, column };
  });
  findings.sort(compareFindings);

  const findingsByRule: Record<string, number> = {};
  for (const f of findings) findingsByRule[f.ruleId] = (findingsByRule[f.ruleId] ?? 0) + 1;
  const metrics = {
    schemas: analysis.schemas,
    parsed: analysis.parsed,
    unparsable: analysis.unparsable.length,
    byDialect: analysis.byDialect,
    subschemas: analysis.subschemas,
    refs: analysis.refs,
    refsResolved: analysis.refs.resolved,
    objects: analysis.closedObjects ?? null,
    examples: analysis.examples,
    findingsByRule,
    filesWithFindings: new Set(findings.map((f) => f.file)).size,
    baselined,
  };
  let decision: Decision = decisionFromFindings(findings);
  // A schema that is not JSON could not be checked at all: never a pass, never a mere fail.
  if (analysis.unparsable.length) decision = 'error';
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const r = analysis.refs;
  const summary =
    `${analysis.schemas} schemas, ${r.resolved}/${r.total} $refs resolved: ` +
    (findings.length ? `${errors} errors, ${warnings} warnings in ${metrics.filesWithFindings} files` : 'no findings') +
    (analysis.unparsable.length ? `; ${analysis.unparsable.length} not parsable` : '') +
    (baselined ? ` (${baselined} baselined)` : '');
  return {
    decision,
    summary,
    metrics,
    findings,
    sections: buildSections(findings, analysis),
    outputs: {
      schemas: String(analysis.schemas),
      findings: String(findings.length),
      'unresolved-refs': String(r.unresolved + r.remote),
      'duplicate-ids': String(findingsByRule['schema/duplicate-id'] ?? 0),
    },
    sarif: [
      {
        tool: 'release-gates/schema-ids',
        category: 'release-gates/schema-ids',
        version: VERSION,
        informationUri: 'https://github.com/release-gates/release-gates/tree/main/actions/schema-ids',
        rules: Object.entries(RULES).map(([rule, text]) => ({ id: ruleId(rule as keyof typeof RULES), shortDescription: text })),
        results: findings,
      },
    ],
  };
}

const gate: Gate<SchemaIdsOptions> = {
  name: 'schema-ids',
  title: 'JSON Schema hygiene',
  description: 'Checks JSON Schemas before publish: parse hygiene, dialect and meta-schema, $id policy and uniqueness, the whole-repository $ref graph (offline), closed objects, examples.',
  options,
  run,
};

export default gate;
