// Shared by the CLI command and the action: options in, Verdict out.

import { existsSync } from 'node:fs';
import { ConfigurationError } from '../../common/src/errors';
import { GATE_NAMES, type GateName, type Mode } from '../../common/src/result';
import { collectResults } from './collect';
import { decideVerdict } from './evaluate';
import type { NeedsContext, Verdict } from './model';

export interface VerdictOptions {
  resultsDir: string;
  /** How the folder is named in messages (the path the user gave). */
  displayDir?: string;
  expect: GateName[];
  needs?: NeedsContext;
  mode: Mode;
  /** In the workflow nothing may have been downloaded: treat an absent folder as empty. */
  missingFolderIsEmpty?: boolean;
}

/** `coverage, schema-ids` or one per line; empty entries are ignored, unknown gates are an error. */
export function parseExpect(text: string, option = 'expect'): GateName[] {
  const names = text.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(GATE_NAMES as readonly string[]).includes(n));
  if (unknown.length) {
    throw new ConfigurationError(`${option}: unknown gate ${unknown.map((u) => `"${u}"`).join(', ')} (known: ${GATE_NAMES.join(', ')})`, option);
  }
  return [...new Set(names as GateName[])];
}

export function parseMode(text: string, option = 'mode'): Mode {
  const value = text.trim() || 'enforce';
  if (value !== 'enforce' && value !== 'warn') throw new ConfigurationError(`${option} must be enforce or warn, got "${value}"`, option);
  return value;
}

export async function runVerdict(options: VerdictOptions): Promise<Verdict> {
  const empty = options.missingFolderIsEmpty && !existsSync(options.resultsDir);
  const collected = empty ? { results: [], problems: [] } : await collectResults(options.resultsDir, options.displayDir ?? options.resultsDir);
  return decideVerdict({ ...collected, expect: options.expect, ...(options.needs ? { needs: options.needs } : {}), mode: options.mode });
}
