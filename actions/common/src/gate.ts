// The interface every gate implements. A gate declares its options and a `run` that reads its inputs
// (collect) and decides (evaluate); the shared runner turns the report into a GateResult and the
// adapters publish it. Nothing here imports @actions/*.

import type { Decision, Finding, GateName } from './result';
import type { EventContext } from './event';
import type { Redactor } from './redact';
import type { SarifRunInput } from './sarif';
import type { SummarySection } from './summary';

export type OptionType = 'string' | 'number' | 'integer' | 'boolean' | 'list' | 'enum' | 'object';

export interface OptionSpec {
  /** kebab-case; the action input, the CLI flag (`--name`) and the config-file key share it. */
  name: string;
  type: OptionType;
  description: string;
  /** Typed default used when neither input/flag nor config file sets it. */
  default?: unknown;
  /** How --help states the default when it is not a literal value (e.g. "diff on pull requests, full otherwise"). */
  defaultText?: string;
  /** For `enum`. */
  values?: readonly string[];
  /** For `number` / `integer`. */
  min?: number;
  max?: number;
  /** For `list`: action inputs split on newlines only (globs may hold commas), or on commas too. */
  separator?: 'newline' | 'comma';
  /** For `object`: JSON Schema (2020-12) of the value, used for the config file and for parsed inputs. */
  schema?: Record<string, unknown>;
  /** Shown in --help as the flag's value name, e.g. `<glob>`. */
  valueName?: string;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

export interface GateContext {
  /** Absolute path of the repository (or package folder) being checked. */
  workspace: string;
  /** Scratch folder for this run (under RUNNER_TEMP on a runner). */
  tempDir: string;
  env: Readonly<Record<string, string | undefined>>;
  event: EventContext;
  redactor: Redactor;
  log: Logger;
  now(): Date;
  /** True when running as a GitHub Action (affects defaults such as artifact paths, never rules). */
  isAction: boolean;
}

export interface GateReport {
  /** `fail` when a rule was broken; the runner applies the mode. */
  decision: Decision;
  /** One line a person reads first. */
  summary: string;
  metrics: Record<string, unknown>;
  findings: Finding[];
  /** Markdown sections for the job summary and `--format markdown`, most important first. */
  sections?: SummarySection[];
  /** Action outputs besides `status` and `result-file` (kebab-case names). */
  outputs?: Record<string, string>;
  /** SARIF runs; omitted = one run built from the findings. */
  sarif?: SarifRunInput[];
}

export interface Gate<O = Record<string, unknown>> {
  name: GateName;
  title: string;
  description: string;
  options: readonly OptionSpec[];
  run(options: O, ctx: GateContext): Promise<GateReport>;
}

/** Options every gate accepts, added by the kit. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'mode',
    type: 'enum',
    values: ['enforce', 'warn'],
    default: 'enforce',
    description: 'enforce fails the step when a rule is broken; warn reports the same findings but passes ("warn-only first").',
  },
  {
    name: 'config',
    type: 'string',
    default: '.github/release-gates.yml',
    valueName: '<path>',
    description: 'Configuration file (relative to working-directory). A missing default file is fine; a missing explicit file is an error.',
  },
  {
    name: 'working-directory',
    type: 'string',
    default: '.',
    valueName: '<dir>',
    defaultText: 'the current directory (GITHUB_WORKSPACE on a runner)',
    description: 'Repository root the gate checks (relative paths resolve against it).',
  },
  {
    name: 'result-file',
    type: 'string',
    default: '',
    valueName: '<path>',
    defaultText: 'none on the CLI; $RUNNER_TEMP/release-gates/<gate>.json on a runner',
    description: 'Where to write the GateResult JSON.',
  },
  {
    name: 'sarif',
    type: 'string',
    default: '',
    valueName: '<path>',
    defaultText: 'none on the CLI; $RUNNER_TEMP/release-gates/<gate>.sarif on a runner',
    description: 'Where to write SARIF 2.1.0 for code scanning.',
  },
];

export const COMMON_OPTION_NAMES = new Set(COMMON_OPTIONS.map((o) => o.name));

/** Resolved common options, always present next to a gate's own. */
export interface CommonOptions {
  mode: 'enforce' | 'warn';
  config: string;
  'working-directory': string;
  'result-file': string;
  sarif: string;
}
