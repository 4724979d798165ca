// The one path every gate takes: options → run (collect + evaluate) → GateResult → redacted outputs.
// Both adapters (GitHub Action and CLI) call `runGate`; neither decides anything itself.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import configSchema from '../schemas/config.schema.json';
import { loadConfig, DEFAULT_CONFIG_PATH, type LoadedConfig } from './config';
import { ConfigurationError, InputError, describeLocation, errorMessage } from './errors';
import { readEvent, type EventContext } from './event';
import { COMMON_OPTIONS, type CommonOptions, type Gate, type GateReport, type Logger } from './gate';
import { loadOptionParsers, needsParsers, resolveOptions, type GivenValue } from './options';
import { Redactor } from './redact';
import { applyMode, compareFindings, type Finding, type GateResult, type Mode } from './result';
import { defaultRun, sarifStream, sarifText } from './sarif';
import type { SummarySection } from './summary';
import { writeFileAtomic } from './files';
import { VERSION } from './version';

export interface RunEnvironment {
  /** Folder relative paths resolve against (the CLI's cwd, or GITHUB_WORKSPACE). */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  isAction: boolean;
  log: Logger;
  /** Shared across gates in one process so every adapter sees every secret. */
  redactor?: Redactor;
  /** Already-loaded config (for `release-gates run`), instead of loading it per gate. */
  config?: LoadedConfig | null;
  now?: () => Date;
}

export interface GateOutcome {
  result: GateResult;
  sections: SummarySection[];
  outputs: Record<string, string>;
  resultFile?: string;
  sarifFile?: string;
  redactor: Redactor;
}

function errorFinding(gate: string, err: unknown): Finding {
  if (err instanceof ConfigurationError) {
    const finding: Finding = { ruleId: `${gate}/configuration`, severity: 'error', message: err.message };
    if (err.file) finding.file = err.file;
    if (err.line) finding.line = err.line;
    if (err.column) finding.column = err.column;
    return finding;
  }
  if (err instanceof InputError) {
    const where = describeLocation(err.file, err.line, err.column);
    const finding: Finding = {
      ruleId: `${gate}/input`,
      severity: 'error',
      message: where && !err.message.startsWith(where) ? `${where}: ${err.message}` : err.message,
    };
    if (err.file) finding.file = err.file;
    if (err.line) finding.line = err.line;
    if (err.column) finding.column = err.column;
    return finding;
  }
  return { ruleId: `${gate}/internal`, severity: 'error', message: `internal error: ${errorMessage(err)}` };
}

/** Load the config file a gate's options point at (default path may be absent). */
export async function loadConfigFor(cwd: string, given: Readonly<Record<string, GivenValue>>): Promise<LoadedConfig | undefined> {
  const wd = typeof given['working-directory'] === 'string' && given['working-directory'] ? (given['working-directory'] as string) : '.';
  const explicit = typeof given.config === 'string' && given.config.trim() !== '';
  const configPath = explicit ? (given.config as string).trim() : DEFAULT_CONFIG_PATH;
  const root = resolve(cwd, wd);
  const abs = isAbsolute(configPath) ? configPath : join(root, configPath);
  return loadConfig(abs, configPath, explicit, configSchema as Record<string, unknown>);
}

function defaultOutputPath(env: RunEnvironment, gate: string, ext: string): string {
  const base = env.env.RUNNER_TEMP || tmpdir();
  return join(base, 'release-gates', `${gate}.${ext}`);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function runGate(gate: Gate<any>, given: Readonly<Record<string, GivenValue>>, runEnv: RunEnvironment): Promise<GateOutcome> {
  const started = performance.now();
  const redactor = runEnv.redactor ?? new Redactor();
  let mode: Mode = 'enforce';
  let report: GateReport;
  let common: CommonOptions | undefined;
  try {
    const config = runEnv.config === undefined ? await loadConfigFor(runEnv.cwd, given) : (runEnv.config ?? undefined);
    const gateConfig = config?.forGate(gate.name);
    if (needsParsers(gate.options, given, gateConfig)) await loadOptionParsers();
    common = resolveOptions(COMMON_OPTIONS, given, gateConfig) as unknown as CommonOptions;
    mode = common.mode;
    const options = resolveOptions(gate.options, given, gateConfig);
    const workspace = resolve(runEnv.cwd, common['working-directory']);
    const explicitBase = typeof options.base === 'string' && options.base ? options.base : undefined;
    let event: EventContext;
    try {
      event = readEvent(runEnv.env, explicitBase);
    } catch (err) {
      throw err instanceof InputError ? err : new InputError(errorMessage(err));
    }
    const tempRoot = runEnv.env.RUNNER_TEMP || tmpdir();
    // Made on first use: most gates never need a scratch folder.
    let tempDir: string | undefined;
    report = await gate.run(
      { ...options, ...common },
      {
        workspace,
        get tempDir() {
          tempDir ??= mkdtempSync(join(tempRoot, `release-gates-${gate.name}-`));
          return tempDir;
        },
        env: runEnv.env,
        event,
        redactor,
        log: runEnv.log,
        now: runEnv.now ?? (() => new Date()),
        isAction: runEnv.isAction,
      },
    );
  } catch (err) {
    if (!(err instanceof ConfigurationError || err instanceof InputError)) {
      runEnv.log.debug(err instanceof Error && err.stack ? err.stack : String(err));
    }
    const finding = errorFinding(gate.name, err);
    report = { decision: 'error', summary: finding.message, metrics: {}, findings: [finding] };
  }

  const result: GateResult = redactor.scrubDeep({
    schemaVersion: 1,
    gate: gate.name,
    status: applyMode(report.decision, mode),
    mode,
    summary: report.summary,
    metrics: report.metrics,
    findings: [...report.findings].sort(compareFindings),
    durationMs: Math.max(0, Math.round(performance.now() - started)),
  });
  const outcome: GateOutcome = {
    result,
    sections: redactor.scrubDeep(report.sections ?? []),
    outputs: redactor.scrubDeep(report.outputs ?? {}),
    redactor,
  };
  const resultFile = common?.['result-file'] || (runEnv.isAction ? defaultOutputPath(runEnv, gate.name, 'json') : '');
  const sarifFile = common?.sarif || (runEnv.isAction ? defaultOutputPath(runEnv, gate.name, 'sarif') : '');
  if (resultFile) {
    outcome.resultFile = resolve(runEnv.cwd, resultFile);
    await writeFileAtomic(outcome.resultFile, JSON.stringify(result, null, 2) + '\n');
  }
  if (sarifFile) {
    // Built only when asked for: a large SARIF log is the most expensive thing to build and scrub.
    // Compact: the log is for code scanning, not for reading, and a large one is half indentation.
    // Streamed: each chunk of 250 results is built, scrubbed and written before the next is built,
    // so the text of a large log (40 MB, and its strings again) never exists at once. A chunk is
    // scrubbed by one scan of its strings joined (keys and repeated values once; far cheaper than a
    // scan of each string), falling back to a tree walk of the chunk if that finds anything; should
    // the log's structure hold a value (or a value hold a character JSON escapes), the log is built
    // whole and scrubbed as one text. Paths are scrubbed before they are percent-encoded into URIs:
    // encoded, a secret in a path would not be recognised.
    const runs = report.sarif ?? [defaultRun(gate.name, VERSION, result.findings)];
    const scrubPath = (path: string) => redactor.scrub(path);
    // Fingerprints are the gates' own digests: when no registered value could fit in one, none is scanned.
    const stream = sarifStream(runs, { scrubPath, cleared: (fingerprint) => redactor.clearsByAlphabet(fingerprint) });
    const pieces = redactor.scrubbedStream(stream.structure, stream.pieces()) ?? [redactor.scrubJsonText(sarifText(runs, undefined, scrubPath))];
    outcome.sarifFile = resolve(runEnv.cwd, sarifFile);
    await writeFileAtomic(outcome.sarifFile, withNewline(pieces));
  }
  return outcome;
}

/** The pieces, then a newline (joined, a 40 MB log would be copied again). */
function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}
