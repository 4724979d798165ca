// One entry point for every format: detect (unless told) and hand the file to its streaming reader.

import { readHead } from '../../../common/src/readers';
import type { ParsedReport, ReportFormat } from '../model';
import { readClover } from './clover';
import { readCobertura } from './cobertura';
import { readCoveragePy } from './coveragepy';
import { detectFormat } from './detect';
import { readGo } from './go';
import { readIstanbul, readIstanbulSummary } from './istanbul';
import { readJacoco } from './jacoco';
import { readLcov } from './lcov';
import { checkReportSize } from './stream';

export interface ReadOptions {
  format: ReportFormat | 'auto';
  strict: boolean;
  maxBytes: number;
}

export async function readReport(path: string, displayName: string, options: ReadOptions): Promise<ParsedReport> {
  await checkReportSize(path, displayName, options.maxBytes);
  const format = options.format === 'auto' ? detectFormat(await readHead(path, 64 * 1024), displayName) : options.format;
  const { maxBytes } = options;
  switch (format) {
    case 'lcov':
      return readLcov(path, displayName, { strict: options.strict }, maxBytes);
    case 'cobertura':
      return readCobertura(path, displayName, maxBytes);
    case 'jacoco':
      return readJacoco(path, displayName, maxBytes);
    case 'clover':
      return readClover(path, displayName, maxBytes);
    case 'istanbul':
      return readIstanbul(path, displayName, maxBytes);
    case 'istanbul-summary':
      return readIstanbulSummary(path, displayName, maxBytes);
    case 'go':
      return readGo(path, displayName, maxBytes);
    case 'coveragepy':
      return readCoveragePy(path, displayName, maxBytes);
  }
}
