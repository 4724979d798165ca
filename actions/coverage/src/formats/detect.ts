// Format auto-detection from the first bytes of a report (never from its file name: `coverage.xml`
// is Cobertura, Clover or JaCoCo depending on the tool).

import { InputError } from '../../../common/src/errors';
import type { ReportFormat } from '../model';

/** The first element name after the prolog (declaration, comments, DOCTYPE), with its start tag. */
function rootTag(text: string): { name: string; tag: string; after: string } | undefined {
  let i = 0;
  for (;;) {
    i = text.indexOf('<', i);
    if (i === -1) return undefined;
    if (text.startsWith('<?', i)) i = text.indexOf('?>', i) + 2;
    else if (text.startsWith('<!--', i)) i = text.indexOf('-->', i) + 3;
    else if (text.startsWith('<!', i)) i = text.indexOf('>', i) + 1;
    else break;
    if (i <= 1) return undefined;
  }
  const m = /^<([A-Za-z_][\w.:-]*)([^>]*)>/.exec(text.slice(i));
  if (!m) return undefined;
  return { name: m[1]!, tag: m[0], after: text.slice(i + m[0].length) };
}

export function detectFormat(head: Buffer, displayName: string): ReportFormat {
  let text = head.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const trimmed = text.trimStart();
  if (!trimmed) throw new InputError('empty report', displayName, 1);
  if (trimmed.startsWith('<')) {
    const root = rootTag(trimmed);
    if (root?.name === 'report') return 'jacoco';
    if (root?.name === 'coverage') {
      // Clover: <coverage generated=… [clover=…]><project …>; Cobertura: <coverage line-rate=…><sources|packages>.
      if (/\sclover\s*=/.test(root.tag) || /^\s*(<!--[\s\S]*?-->\s*)*<project[\s>]/.test(root.after)) return 'clover';
      if (/\s(line-rate|lines-valid|branch-rate)\s*=/.test(root.tag) || /<(sources|packages)[\s>]/.test(root.after)) return 'cobertura';
      if (/\sgenerated\s*=/.test(root.tag)) return 'clover';
    }
    throw new InputError(
      `unknown XML coverage format (root element <${root?.name ?? '?'}>); set format to cobertura, jacoco or clover`,
      displayName,
      1,
    );
  }
  if (trimmed.startsWith('{')) {
    if (/^\{\s*"meta"\s*:/.test(trimmed) || /"files"\s*:\s*\{/.test(trimmed) && /"executed_lines"|"missing_lines"|"summary"/.test(trimmed)) return 'coveragepy';
    if (/^\{\s*"total"\s*:\s*\{\s*"(lines|statements|functions|branches)"/.test(trimmed)) return 'istanbul-summary';
    if (/"(statementMap|fnMap|branchMap)"\s*:/.test(trimmed) || /"data"\s*:\s*\{\s*"path"/.test(trimmed) || /"coverageMap"\s*:/.test(trimmed)) return 'istanbul';
    if (/"(lines|statements)"\s*:\s*\{\s*"total"\s*:/.test(trimmed)) return 'istanbul-summary';
    throw new InputError('unknown JSON coverage format; set format to istanbul, istanbul-summary or coveragepy', displayName, 1);
  }
  if (/^mode: (set|count|atomic)\s*$/m.test(trimmed.split('\n', 1)[0] ?? '')) return 'go';
  if (/^(TN|SF|VER):/m.test(trimmed.slice(0, 2048))) return 'lcov';
  throw new InputError('unknown coverage format: not XML, JSON, an lcov tracefile or a Go coverprofile; set format', displayName, 1);
}
