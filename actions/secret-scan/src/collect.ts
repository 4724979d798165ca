// Everything that touches the file system or git: finding the reports, reading them, reading the
// lines a location key needs, and working out which lines and commits a pull request changed.

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../../common/src/errors';
import { expandGlobs } from '../../common/src/glob';
import type { Redactor } from '../../common/src/redact';
import { changedLines, git, mergeBase } from '../../common/src/git';
import { parseReportSpec, type IngestResult } from './ingest';
import { parseReports, type ReportJob, type ThreadMode } from './report-thread';
import type { LinesOf } from './dedupe';
import type { DiffScope } from './evaluate';

export interface CollectOptions {
  /** Every raw value met is registered here. */
  redactor: Redactor;
  maxBytes: number;
  /** Fingerprint salt: findings are hashed where they are parsed. */
  salt: string;
  thread: ThreadMode;
}

export async function collectReports(workspace: string, entries: readonly string[], opts: CollectOptions): Promise<IngestResult[]> {
  // Globs are expanded first; an error met there is kept in its place, so errors still surface in
  // entry order (a report before it is parsed, and can fail, first).
  const jobs: ReportJob[] = [];
  const seen = new Set<string>();
  let globError: unknown;
  for (const entry of entries) {
    if (!entry.trim()) continue;
    try {
      const spec = parseReportSpec(entry);
      const { files, outside, unmatched } = await expandGlobs(workspace, [spec.pattern], { option: 'report' });
      if (outside.length) throw new ConfigurationError(`report ${JSON.stringify(entry)} points outside the workspace: ${outside.join(', ')}`, 'report');
      if (unmatched.length) throw new ConfigurationError(`report ${JSON.stringify(entry)} matched no file (did the scanner step run?)`, 'report');
      for (const file of files) {
        if (seen.has(file)) continue;
        seen.add(file);
        jobs.push({ file, tool: spec.tool, bytes: sizeOf(join(workspace, file)) });
      }
    } catch (error) {
      globError = error;
      break;
    }
  }
  const results = await parseReports(jobs, { workspace, maxBytes: opts.maxBytes, salt: opts.salt, mode: opts.thread, redactor: opts.redactor });
  if (globError !== undefined) throw globError;
  return results;
}

/** Size for sharing the work between threads; an unreadable file counts 0 (reading it reports the error). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Lines of workspace files, read once each; files that are missing, huge or binary give undefined. */
export function makeLinesOf(workspace: string, maxBytes = 8 * 1024 * 1024): LinesOf {
  const cache = new Map<string, readonly string[] | undefined>();
  return (file) => {
    if (cache.has(file)) return cache.get(file);
    let lines: readonly string[] | undefined;
    try {
      const abs = join(workspace, file);
      const st = statSync(abs);
      if (st.isFile() && st.size <= maxBytes) {
        const buf = readFileSync(abs);
        if (!buf.subarray(0, 8000).includes(0)) lines = buf.toString('utf8').split(/\r?\n/);
      }
    } catch {
      lines = undefined;
    }
    cache.set(file, lines);
    return lines;
  };
}

/** Path prefix of the workspace inside its repository ('' at the top), so diff paths line up. */
async function prefixOf(workspace: string): Promise<string> {
  return (await git(workspace, ['rev-parse', '--show-prefix'])).trim();
}

export async function collectDiffScope(workspace: string, base: string): Promise<DiffScope> {
  const diffs = await changedLines(workspace, base, 'HEAD');
  const prefix = await prefixOf(workspace);
  const added = new Map<string, Set<number>>();
  for (const d of diffs) {
    if (!d.path || (prefix && !d.path.startsWith(prefix))) continue;
    added.set(d.path.slice(prefix.length), new Set(d.addedLines));
  }
  const mb = await mergeBase(workspace, base, 'HEAD');
  const commits = new Set((await git(workspace, ['rev-list', `${mb}..HEAD`])).split('\n').filter(Boolean));
  return { mode: 'diff', base, added, commits };
}
