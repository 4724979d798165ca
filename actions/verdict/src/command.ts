// `release-gates verdict`: reads GateResult files and prints the one verdict.
// Exit codes: 0 pass or warn, 1 fail, 2 error (malformed results, bad flags).

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError, describeLocation, errorMessage, InputError } from '../../common/src/errors';
import { exitCodeFor, GATE_NAMES } from '../../common/src/result';
import { parseNeeds } from './needs';
import { renderJson, renderMarkdown, renderText } from './render';
import { parseExpect, parseMode, runVerdict } from './run';

export interface CommandIO {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
}

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

const FLAGS: readonly { name: string; value: string; help: string }[] = [
  { name: 'results', value: '<dir>', help: 'Folder holding the GateResult files (searched recursively; every *.json must be a GateResult). Required.' },
  { name: 'expect', value: '<gates>', help: `Gates that must have a result, comma-separated (${GATE_NAMES.join(',')}). Default: none.` },
  { name: 'needs', value: '<json|@file>', help: 'The workflow\'s toJSON(needs), inline or @path: failed, cancelled or skipped jobs without a result count. Default: none.' },
  { name: 'format', value: '<text|markdown|json>', help: 'Output format. Default: text.' },
  { name: 'mode', value: '<enforce|warn>', help: 'warn reports a failing verdict without failing (exit 0); errors still exit 2. Default: enforce.' },
  { name: 'help', value: '', help: 'Show this help.' },
];

export function verdictHelp(): string {
  const rows = FLAGS.map((f) => `  --${f.name}${f.value ? ' ' + f.value : ''}`.padEnd(34) + f.help);
  return [
    'Usage: release-gates verdict --results <dir> [--expect coverage,schema-ids,...] [--format text|markdown|json] [--mode enforce|warn]',
    '',
    'Reads every GateResult under --results, validates each against gate-result.schema.json and decides:',
    'all pass -> pass; an enforced fail or any error -> fail; warn-mode results never fail;',
    'an expected gate without a result -> fail; a malformed result file -> error naming the file.',
    '',
    'Flags:',
    ...rows,
    '',
    'Exit codes: 0 pass or warn, 1 fail, 2 error.',
    '',
  ].join('\n');
}

function parseArgs(argv: readonly string[]): Map<string, string> {
  const args = argv[0] === 'verdict' ? argv.slice(1) : argv;
  const known = new Set(FLAGS.map((f) => f.name));
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-h') {
      values.set('help', 'true');
      continue;
    }
    if (!arg.startsWith('--')) throw new ConfigurationError(`unexpected argument "${arg}" (flags start with --; see --help)`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!known.has(name)) throw new ConfigurationError(`unknown flag --${name} (see --help)`, name);
    if (name === 'help') {
      values.set('help', 'true');
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new ConfigurationError(`--${name} needs a value`, name);
      i++;
    }
    if (values.has(name)) throw new ConfigurationError(`--${name} given twice`, name);
    values.set(name, value);
  }
  return values;
}

async function readNeeds(value: string, cwd: string): Promise<string> {
  if (!value.startsWith('@')) return value;
  const path = resolve(cwd, value.slice(1));
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new InputError('needs file not found or unreadable', value.slice(1));
  }
}

export async function verdictCommand(argv: string[], io: CommandIO): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.has('help')) {
      io.stdout(verdictHelp());
      return 0;
    }
    const format = (args.get('format') ?? 'text') as Format;
    if (!FORMATS.includes(format)) throw new ConfigurationError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`, 'format');
    const results = args.get('results');
    if (!results) throw new ConfigurationError('--results <dir> is required: the folder holding the GateResult files', 'results');
    const needsText = args.has('needs') ? await readNeeds(args.get('needs')!, io.cwd) : '';
    const needs = parseNeeds(needsText);
    const verdict = await runVerdict({
      resultsDir: resolve(io.cwd, results),
      displayDir: results,
      expect: parseExpect(args.get('expect') ?? ''),
      ...(needs ? { needs } : {}),
      mode: parseMode(args.get('mode') ?? 'enforce'),
    });
    if (format === 'json') io.stdout(renderJson(verdict));
    else if (format === 'markdown') io.stdout(renderMarkdown(verdict));
    else io.stdout(renderText(verdict));
    return exitCodeFor(verdict.status);
  } catch (err) {
    if (err instanceof InputError) io.stderr(`release-gates verdict: error: ${describeLocation(err.file, err.line, err.column)}: ${err.message}\n`);
    else if (err instanceof ConfigurationError) io.stderr(`release-gates verdict: error: ${err.message}\n`);
    else io.stderr(`release-gates verdict: internal error: ${errorMessage(err)}\n`);
    return 2;
  }
}
