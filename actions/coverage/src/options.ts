// The coverage gate's options: one name each for the action input, the CLI flag and the config key.

import type { OptionSpec } from '../../common/src/gate';
import { REPORT_FORMATS, type ReportFormat } from './model';

const percent = (name: string, what: string): OptionSpec => ({
  name,
  type: 'integer',
  min: 0,
  max: 100,
  valueName: '<percent>',
  description: `Minimum ${what} coverage in percent, compared exactly (covered*100 >= min*total).`,
});

const ruleSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    lines: { type: 'integer', minimum: 0, maximum: 100 },
    branches: { type: 'integer', minimum: 0, maximum: 100 },
    functions: { type: 'integer', minimum: 0, maximum: 100 },
    statements: { type: 'integer', minimum: 0, maximum: 100 },
    'max-uncovered-lines': { type: 'integer', minimum: 0 },
  },
};

export const RULES_SCHEMA = {
  type: 'object',
  propertyNames: { minLength: 1 },
  additionalProperties: ruleSchema,
};

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'report',
    type: 'list',
    separator: 'newline',
    valueName: '<path|glob>',
    description:
      'Coverage report files or globs (one per line; repeat --report on the CLI). Several reports are merged by file and line: a line is covered if any report covers it. Required.',
  },
  {
    name: 'report-format',
    type: 'enum',
    values: ['auto', ...REPORT_FORMATS],
    default: 'auto',
    description: 'Format of every report; auto detects each report from its content. (Not `format`: that name is the CLI\'s output format.)',
  },
  percent('min-lines', 'line'),
  percent('min-branches', 'branch'),
  percent('min-functions', 'function'),
  percent('min-statements', 'statement'),
  percent('min-patch', 'changed-line (patch)'),
  {
    name: 'max-uncovered-lines',
    type: 'integer',
    min: 0,
    valueName: '<count>',
    description: 'Most uncovered lines allowed in total (0 = every coverable line covered).',
  },
  {
    name: 'max-drop',
    type: 'number',
    min: 0,
    max: 100,
    valueName: '<points>',
    description:
      'Largest drop allowed against the baseline, in percentage points (e.g. 0.5), for each metric both runs measured. Needs baseline.',
  },
  {
    name: 'baseline',
    type: 'string',
    default: '',
    valueName: '<path>',
    description: 'A previous coverage GateResult JSON (the result-file of an earlier run, e.g. on the base branch) to compare with.',
  },
  {
    name: 'base',
    type: 'string',
    default: '',
    valueName: '<ref>',
    description:
      'Git ref or SHA that patch coverage is measured against (changed lines = lines added since the merge base).',
  },
  {
    name: 'rules',
    type: 'object',
    schema: RULES_SCHEMA,
    valueName: '<json>',
    description:
      'Per-path thresholds: {"<glob>": {"lines": 95, "branches": 80, "functions": 90, "statements": 90, "max-uncovered-lines": 0}}. Files matched by a rule still count toward the global totals.',
  },
  {
    name: 'path-prefixes',
    type: 'list',
    separator: 'newline',
    valueName: '<from[=to]>',
    default: [],
    description: 'Report path prefixes to strip (`/app/`) or rewrite (`/build/src=src`), one per line, tried before automatic matching.',
  },
  {
    name: 'source-roots',
    type: 'list',
    separator: 'newline',
    valueName: '<dir>',
    default: [],
    description: 'Folders (relative to working-directory) that report paths may be relative to, e.g. src/main/java for JaCoCo (the report\'s own <source> roots and src/main/java-style folders for JaCoCo are always tried).',
  },
  {
    name: 'strict',
    type: 'boolean',
    default: false,
    description: 'Treat unknown lcov records as errors instead of skipping them (with a note).',
  },
  {
    name: 'max-bytes',
    type: 'integer',
    min: 1,
    default: 1024 * 1024 * 1024,
    valueName: '<bytes>',
    description: 'Largest report file read, in bytes.',
  },
];

export interface PathRule {
  lines?: number;
  branches?: number;
  functions?: number;
  statements?: number;
  'max-uncovered-lines'?: number;
}

export interface CoverageOptions {
  report: string[];
  'report-format': ReportFormat | 'auto';
  'min-lines'?: number;
  'min-branches'?: number;
  'min-functions'?: number;
  'min-statements'?: number;
  'min-patch'?: number;
  'max-uncovered-lines'?: number;
  'max-drop'?: number;
  baseline: string;
  base: string;
  rules?: Record<string, PathRule>;
  'path-prefixes': string[];
  'source-roots': string[];
  strict: boolean;
  'max-bytes': number;
}
