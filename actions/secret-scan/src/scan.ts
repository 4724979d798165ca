// Standalone mode: with no report at all, scan the tracked files with secretlint and its recommended
// preset, and feed the results through the same secretlint parser as a report would take.

import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { git, lsFiles } from '../../common/src/git';
import { ingestValue, type IngestResult } from './ingest';

export const SCAN_REPORT = '(built-in secretlint scan)';
/** Files larger than this are skipped (generated data, bundles): scanners do the same. */
export const SCAN_MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface ScanStats {
  files: number;
  skipped: number;
}

export async function scanTrackedFiles(
  workspace: string,
  register: (value: string) => void,
): Promise<{ result: IngestResult; stats: ScanStats }> {
  const prefix = (await git(workspace, ['rev-parse', '--show-prefix'])).trim();
  const files = (await lsFiles(workspace)).filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length));
  const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }] };
  const results: unknown[] = [];
  let skipped = 0;
  for (const file of files) {
    const abs = join(workspace, file);
    let buf: Buffer;
    try {
      const st = await stat(abs);
      if (!st.isFile() || st.size > SCAN_MAX_FILE_BYTES) {
        skipped++;
        continue;
      }
      buf = await readFile(abs);
    } catch {
      // Tracked but deleted in the working tree.
      skipped++;
      continue;
    }
    if (buf.subarray(0, 8000).includes(0)) {
      skipped++;
      continue;
    }
    const content = buf.toString('utf8');
    const r = await lintSource({
      source: { filePath: abs, content, contentType: 'text' },
      options: { config, maskSecrets: false, locale: 'en' },
    });
    if (r.messages.length) results.push({ ...r, filePath: file });
  }
  const result = ingestValue('secretlint-json', results, SCAN_REPORT, register, workspace);
  return { result, stats: { files: files.length - skipped, skipped } };
}
