// package.json parsed with the line of each key, so a finding about `exports["./utils"].require` can point at
// the line that holds it. The kit parser does the work; this keeps tarball's error wording and bounds nesting
// tighter than the kit's default, since a manifest is never deep.

import { InputError } from '../../common/src/errors';
import { parseWithPositions, type LineColumn, type SyntaxProblem } from '../../common/src/json-positions';
import type { JsonExpectation, JsonSyntaxProblem } from '../../common/src/json-syntax';
import type { JsonPath } from './issues';

export interface PositionedJson {
  value: unknown;
  /** Position of the key (or array element) at `path`; undefined when absent. */
  positionOf(path: JsonPath): LineColumn | undefined;
}

const MAX_DEPTH = 256;

const PROBLEMS: Record<Exclude<JsonSyntaxProblem, 'unexpected'>, string> = {
  'invalid-number': 'unexpected token',
  'unterminated-string': 'unterminated string',
  'control-character': 'control character in string',
  'invalid-escape': 'bad escape in string',
};

const UNEXPECTED: Record<JsonExpectation, string> = {
  value: 'unexpected token',
  'property-name': 'expected a key',
  colon: "expected ':'",
  'comma-or-brace': "expected ',' or '}'",
  'comma-or-bracket': "expected ',' or ']'",
  end: 'unexpected data after the end',
};

function syntaxError(problem: SyntaxProblem, text: string, file: string, at: (offset: number) => LineColumn): InputError {
  const s = problem.syntax;
  let message = !s ? problem.message : s.problem === 'unexpected' ? UNEXPECTED[s.expected!] : PROBLEMS[s.problem];
  let offset = problem.offset;
  // A string left open is placed where the text ends, or at a raw control character on the way, as manifests
  // have always been reported.
  if (s?.problem === 'unterminated-string') {
    const control = text.charCodeAt(s.stop) < 0x20;
    if (control) message = PROBLEMS['control-character'];
    offset = control ? s.stop : text.length;
  }
  const { line, column } = at(offset);
  return new InputError(`invalid JSON: ${message}`, file, line, column);
}

/** JSON.parse's value plus key positions; an InputError with line and column when the text is not JSON. */
export function parseJsonWithPositions(text: string, file: string): PositionedJson {
  const parsed = parseWithPositions(text, { maxDepth: MAX_DEPTH, skipByteOrderMark: true });
  if (parsed.error) throw syntaxError(parsed.error, text, file, (offset) => parsed.at(offset));
  return {
    value: parsed.value,
    positionOf(path) {
      const { node, exact } = parsed.nodeAtPath(path);
      if (!exact || !node || path.length === 0) return undefined;
      return parsed.at(node.keyStart ?? node.start);
    },
  };
}
