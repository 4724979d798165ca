// Test helpers for the format readers: write a fixture to a temp file and read it back.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addTotals, emptyTotals, type FileTotals, type ParsedReport } from '../model';
import { readReport, type ReadOptions } from './index';

export function fixtureFile(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'cov-fixture-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export async function readFixture(name: string, content: string | Buffer, options: Partial<ReadOptions> = {}): Promise<ParsedReport> {
  return readReport(fixtureFile(name, content), name, { format: 'auto', strict: false, maxBytes: 1e9, ...options });
}

export function reportTotals(report: ParsedReport): FileTotals {
  const t = emptyTotals();
  for (const f of report.files.values()) addTotals(t, f.totals());
  return t;
}
