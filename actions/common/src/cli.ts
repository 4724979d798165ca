// The `release-gates` command: the same gates as the actions, for a terminal or another CI.
// Exit codes: 0 pass or warn, 1 fail, 2 error (bad flags, bad input, a gate that could not decide).

import { resolve } from 'node:path';
import { ConfigurationError, describeLocation, errorMessage, InputError } from './errors';
import { COMMON_OPTIONS, type Gate, type Logger, type OptionSpec } from './gate';
import { describeAllowed, type GivenValue } from './options';
import { fileIn } from './paths';
import { loadGate } from './registry';
import { renderMarkdown, renderText, gateTitle } from './render';
import { exitCodeFor, GATE_NAMES, type GateName, type GateResult, type Status } from './result';
import { loadConfigFor, runGate } from './run';
import { Redactor } from './redact';
import { STATUS_ICON } from './summary';
import { VERSION } from './version';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

type Format = 'text' | 'markdown' | 'json';

const FORMAT_OPTION: OptionSpec = {
  name: 'format',
  type: 'enum',
  values: ['text', 'markdown', 'json'],
  default: 'text',
  description: 'Output: text for a terminal, markdown (as the job summary), or json (exactly the GateResult).',
};

const VERBOSE_OPTION: OptionSpec = {
  name: 'verbose',
  type: 'boolean',
  default: false,
  description: 'Print debug logs to stderr.',
};

const MAIN_HELP = `release-gates ${VERSION}: decide whether a repository is ready to release.

Usage:
  release-gates <gate> [flags]        run one gate
  release-gates run [dir] [flags]     run every gate enabled in the config file (dir defaults to .)
  release-gates verdict [flags]       combine GateResult files into one verdict
  release-gates <command> --help      flags of a command, with their defaults

Gates:
  coverage      coverage thresholds: totals, per path, changed lines, no drop vs base
  schema-ids    JSON Schema hygiene: $id, drafts, $refs, closed objects, example files
  sbom          CycloneDX SBOM: generate with cyclonedx-npm, validate offline, completeness, licenses
  secret-scan   aggregate secret scanners' reports: dedupe, baseline with expiry, redaction
  tarball       what npm pack would publish: required/forbidden paths, entry points, budgets, diff

Exit codes: 0 pass or warn, 1 fail, 2 error.
Configuration: .github/release-gates.yml (flags override it).
`;

function formatDefault(spec: OptionSpec): string {
  if (spec.defaultText) return spec.defaultText;
  const d = spec.default;
  if (d === undefined || d === '' || (Array.isArray(d) && d.length === 0)) return spec.type === 'boolean' ? 'false' : 'none';
  if (Array.isArray(d)) return d.join(', ');
  if (typeof d === 'object') return JSON.stringify(d);
  return String(d);
}

function valueName(spec: OptionSpec): string {
  if (spec.type === 'boolean') return '';
  if (spec.valueName) return ` ${spec.valueName}`;
  if (spec.type === 'enum') return ` <${(spec.values ?? []).join('|')}>`;
  if (spec.type === 'number' || spec.type === 'integer') return ' <n>';
  if (spec.type === 'object') return ' <yaml>';
  if (spec.type === 'list') return ' <value>';
  return ' <value>';
}

export function optionHelp(specs: readonly OptionSpec[]): string {
  return specs
    .map((spec) => {
      const flag = `  --${spec.name}${valueName(spec)}`;
      const repeat = spec.type === 'list' ? ' Repeatable.' : '';
      const allowed = spec.type === 'enum' ? '' : describeAllowed(spec) && spec.type !== 'boolean' ? ` (${describeAllowed(spec)})` : '';
      return `${flag}\n      ${spec.description}${allowed}${repeat} Default: ${formatDefault(spec)}.`;
    })
    .join('\n');
}

function gateHelp(gate: Gate): string {
  return `release-gates ${gate.name}: ${gate.description}

Usage: release-gates ${gate.name} [flags]

Flags:
${optionHelp(gate.options)}

Common flags:
${optionHelp([...COMMON_OPTIONS, FORMAT_OPTION, VERBOSE_OPTION])}
  --help
      Show this help.

Every flag can also be set in .github/release-gates.yml under \`${gate.name}:\` (flags win).
Exit codes: 0 pass or warn, 1 fail, 2 error.
`;
}

interface ParsedArgs {
  given: Record<string, GivenValue>;
  positionals: string[];
  help: boolean;
}

/** Parse `--name value`, `--name=value`, `--flag`, `--no-flag`; repeated list flags accumulate. */
export function parseFlags(argv: readonly string[], specs: readonly OptionSpec[], command: string): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const given: Record<string, GivenValue> = {};
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    let name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    let value: string | boolean | undefined = eq === -1 ? undefined : arg.slice(eq + 1);
    let spec = byName.get(name);
    if (!spec && name.startsWith('no-') && byName.get(name.slice(3))?.type === 'boolean' && value === undefined) {
      name = name.slice(3);
      spec = byName.get(name);
      value = false;
    }
    if (!spec) throw new ConfigurationError(`unknown flag --${name}; see \`release-gates ${command} --help\``, name);
    if (value === undefined) {
      if (spec.type === 'boolean') {
        const next = argv[i + 1];
        value = next === 'true' || next === 'false' ? (i++, next) : true;
      } else {
        const next = argv[i + 1];
        if (next === undefined || (next.startsWith('--') && next.length > 2)) throw new ConfigurationError(`flag --${name} needs a value`, name);
        value = next;
        i++;
      }
    }
    if (spec.type === 'list' && typeof value === 'string') {
      const prev = given[name];
      given[name] = Array.isArray(prev) ? [...prev, value] : [value];
    } else {
      given[name] = value;
    }
  }
  return { given, positionals, help };
}

function makeLogger(io: CliIO, verbose: boolean): Logger {
  return {
    info: (m) => io.stderr(`${m}\n`),
    warn: (m) => io.stderr(`warning: ${m}\n`),
    debug: (m) => {
      if (verbose) io.stderr(`debug: ${m}\n`);
    },
  };
}

function printResult(io: CliIO, format: Format, result: GateResult, markdown: () => string): void {
  if (format === 'json') io.stdout(JSON.stringify(result, null, 2) + '\n');
  else if (format === 'markdown') io.stdout(markdown());
  else io.stdout(renderText(result));
}

function formatOf(given: Record<string, GivenValue>): Format {
  const f = given.format;
  if (f === undefined) return 'text';
  if (f === 'text' || f === 'markdown' || f === 'json') return f;
  throw new ConfigurationError(`--format: ${JSON.stringify(f)} is not allowed (allowed: text | markdown | json)`, 'format');
}

async function gateCommand(name: GateName, argv: readonly string[], io: CliIO): Promise<number> {
  const gate = await loadGate(name);
  const parsed = parseFlags(argv, [...gate.options, ...COMMON_OPTIONS, FORMAT_OPTION, VERBOSE_OPTION], name);
  if (parsed.help) {
    io.stdout(gateHelp(gate));
    return 0;
  }
  if (parsed.positionals.length) {
    throw new ConfigurationError(`unexpected argument ${JSON.stringify(parsed.positionals[0])}; see \`release-gates ${name} --help\``);
  }
  const format = formatOf(parsed.given);
  const outcome = await runGate(gate, parsed.given, {
    cwd: io.cwd,
    env: io.env,
    isAction: false,
    log: makeLogger(io, parsed.given.verbose === true),
  });
  printResult(io, format, outcome.result, () => renderMarkdown(outcome.result, outcome.sections));
  return exitCodeFor(outcome.result.status);
}

const RUN_OPTIONS: OptionSpec[] = [
  { name: 'only', type: 'list', separator: 'comma', description: 'Run only these gates (comma-separated).', valueName: '<gates>' },
  { name: 'results-dir', type: 'string', default: '', description: 'Write each GateResult to <dir>/<gate>.json (for `release-gates verdict`).', valueName: '<dir>' },
  COMMON_OPTIONS.find((o) => o.name === 'mode')!,
  COMMON_OPTIONS.find((o) => o.name === 'config')!,
  FORMAT_OPTION,
  VERBOSE_OPTION,
];

const WORST: Record<Status, number> = { pass: 0, warn: 1, fail: 2, error: 3 };

async function runCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseFlags(argv, RUN_OPTIONS, 'run');
  if (parsed.help) {
    io.stdout(`release-gates run: every gate enabled in the config file, on one repository.\n\nUsage: release-gates run [dir] [flags]\n\nFlags:\n${optionHelp(RUN_OPTIONS)}\n\nExit codes: 0 pass or warn, 1 fail, 2 error.\n`);
    return 0;
  }
  if (parsed.positionals.length > 1) throw new ConfigurationError('run takes at most one folder');
  const dir = resolve(io.cwd, parsed.positionals[0] ?? '.');
  const format = formatOf(parsed.given);
  const only = (parsed.given.only as string[] | undefined)?.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean) ?? [];
  for (const name of only) {
    if (!(GATE_NAMES as readonly string[]).includes(name)) throw new ConfigurationError(`--only: unknown gate ${JSON.stringify(name)} (allowed: ${GATE_NAMES.join(', ')})`, 'only');
  }
  const config = (await loadConfigFor(dir, { config: parsed.given.config })) ?? null;
  const redactor = new Redactor();
  const log = makeLogger(io, parsed.given.verbose === true);
  const results: GateResult[] = [];
  const markdown: string[] = [];
  for (const name of GATE_NAMES) {
    if (only.length && !only.includes(name)) continue;
    if (!only.length && config && !config.enabled(name)) continue;
    const gate = await loadGate(name);
    const given: Record<string, GivenValue> = { 'working-directory': dir };
    if (parsed.given.mode) given.mode = parsed.given.mode;
    if (typeof parsed.given['results-dir'] === 'string' && parsed.given['results-dir']) {
      given['result-file'] = fileIn(resolve(io.cwd, parsed.given['results-dir']), `${name}.json`);
    }
    const outcome = await runGate(gate, given, { cwd: dir, env: io.env, isAction: false, log, redactor, config });
    results.push(outcome.result);
    if (format === 'text') io.stdout(renderText(outcome.result) + '\n');
    if (format === 'markdown') markdown.push(renderMarkdown(outcome.result, outcome.sections));
  }
  const worst = results.reduce<Status>((w, r) => (WORST[r.status] > WORST[w] ? r.status : w), 'pass');
  if (format === 'json') io.stdout(JSON.stringify(results, null, 2) + '\n');
  else {
    const lines = results.map((r) => `  ${(STATUS_ICON[r.status] ?? '').padEnd(2)} ${gateTitle(r.gate).padEnd(20)} ${r.status.padEnd(6)} ${r.summary}`);
    const table = `Overall: ${worst.toUpperCase()}\n${lines.join('\n')}\n`;
    if (format === 'markdown') io.stdout(markdown.join('\n') + '\n```\n' + table + '```\n');
    else io.stdout(table);
  }
  return exitCodeFor(worst);
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      io.stderr(MAIN_HELP);
      return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(MAIN_HELP);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if ((GATE_NAMES as readonly string[]).includes(command)) return await gateCommand(command as GateName, rest, io);
    if (command === 'run') return await runCommand(rest, io);
    if (command === 'verdict') {
      const { verdictCommand } = await import('../../verdict/src/command');
      return await verdictCommand([...rest], io);
    }
    io.stderr(`release-gates: unknown command ${JSON.stringify(command)}\n\n${MAIN_HELP}`);
    return 2;
  } catch (err) {
    const where = err instanceof InputError || err instanceof ConfigurationError ? describeLocation(err.file, err.line, err.column) : '';
    const message = errorMessage(err);
    io.stderr(`release-gates: ${where && !message.startsWith(where) ? `${where}: ` : ''}${message}\n`);
    if (!(err instanceof ConfigurationError) && io.env.RELEASE_GATES_DEBUG && err instanceof Error) io.stderr(`${err.stack}\n`);
    return 2;
  }
}
