// Reads every GateResult under the results folder. This is the verdict's only file-system code.
//
// Layout: the reusable workflow downloads each gate's result artifact into its own folder,
//   <results>/release-gates-<suffix>-<gate>-result-attempt-<n>/<gate>.json
// but any layout works: every `*.json` file anywhere below the folder must be a GateResult (so point
// --results at a folder that holds only results; a stray or broken file is an error naming it, never
// silently skipped).

import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { InputError } from '../../common/src/errors';
import { lineColumnAt, readTextCapped } from '../../common/src/readers';
import type { GateResult } from '../../common/src/result';
import type { LoadedResult, ResultProblem } from './model';
import { gateResultProblems } from './validate';

/** A GateResult is small; anything bigger is not one. */
export const MAX_RESULT_BYTES = 64 * 1024 * 1024;
/** Stop walking absurd trees instead of running out of memory. */
export const MAX_RESULT_FILES = 10_000;

const ATTEMPT_FOLDER = /^(.*)-attempt-(\d+)$/;

export interface Collected {
  results: LoadedResult[];
  problems: ResultProblem[];
}

async function listJsonFiles(root: string, problems: ResultProblem[]): Promise<string[]> {
  const found: string[] = [];
  const pending = [root];
  while (pending.length) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      throw new InputError(`cannot list the results folder: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, toDisplay(root, dir) || '.');
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        // A downloaded artifact never holds links; one pointing elsewhere must not smuggle a result in.
        if (entry.name.endsWith('.json')) problems.push({ file: toDisplay(root, full), message: 'is a symbolic link; result files must be regular files' });
        continue;
      }
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) {
        found.push(full);
        if (found.length > MAX_RESULT_FILES) {
          throw new InputError(`more than ${MAX_RESULT_FILES} .json files under the results folder; point --results at the downloaded results only`, root);
        }
      }
    }
  }
  return found.sort();
}

function toDisplay(root: string, full: string): string {
  return relative(root, full).split(sep).join('/');
}

/** Line and column of a JSON.parse failure, from the offset V8 puts in its message. */
function parseErrorLocation(text: string, err: unknown): { line?: number; column?: number } {
  const match = /position (\d+)/.exec(err instanceof Error ? err.message : '');
  if (!match) return {};
  return lineColumnAt(text, Number(match[1]));
}

function attemptOf(display: string): { attempt?: number; slot?: string } {
  const parts = display.split('/');
  const folder = parts.length > 1 ? parts[parts.length - 2]! : undefined;
  const match = folder ? ATTEMPT_FOLDER.exec(folder) : null;
  if (!match) return {};
  return { attempt: Number(match[2]), slot: [...parts.slice(0, -2), match[1]!, parts[parts.length - 1]!].join('/') };
}

export async function collectResults(resultsDir: string, displayDir = resultsDir): Promise<Collected> {
  let info;
  try {
    info = await lstat(resultsDir);
  } catch {
    throw new InputError('results folder not found', displayDir);
  }
  if (!info.isDirectory()) throw new InputError('results path is not a folder', displayDir);

  const problems: ResultProblem[] = [];
  const results: LoadedResult[] = [];
  for (const full of await listJsonFiles(resultsDir, problems)) {
    const file = toDisplay(resultsDir, full);
    let text: string;
    try {
      text = (await readTextCapped(full, MAX_RESULT_BYTES, file)).text;
    } catch (err) {
      problems.push({ file, message: err instanceof Error ? err.message : String(err) });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      const where = parseErrorLocation(text, err);
      problems.push({ file, ...where, message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` });
      continue;
    }
    const invalid = gateResultProblems(value);
    if (invalid) {
      const shown = invalid.slice(0, 5).join('; ');
      const more = invalid.length > 5 ? ` (and ${invalid.length - 5} more)` : '';
      problems.push({ file, message: `not a valid GateResult (gate-result.schema.json): ${shown}${more}` });
      continue;
    }
    results.push({ file, result: value as GateResult, ...attemptOf(file) });
  }
  return { results, problems };
}
