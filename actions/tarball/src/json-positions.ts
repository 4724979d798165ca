// JSON.parse plus where each key sits, so a finding about `exports["./utils"].require` can point at the
// line of package.json that holds it. Bounded nesting keeps a hostile manifest from blowing the stack.

import { InputError } from '../../common/src/errors';
import type { JsonPath } from './issues';

export interface Position {
  line: number;
  column: number;
}

export interface PositionedJson {
  value: unknown;
  /** Position of the key (or array element) at `path`; undefined when absent. */
  positionOf(path: JsonPath): Position | undefined;
}

const MAX_DEPTH = 256;

function pathKey(path: JsonPath): string {
  return path.map((p) => (typeof p === 'number' ? `#${p}` : `.${p}`)).join('\u0000');
}

export function parseJsonWithPositions(text: string, file: string): PositionedJson {
  const offsets = new Map<string, number>();
  let i = 0;
  const lineStarts = [0];
  for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) lineStarts.push(k + 1);

  const positionAt = (offset: number): Position => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  const fail = (message: string): never => {
    const p = positionAt(Math.min(i, text.length));
    throw new InputError(`invalid JSON: ${message}`, file, p.line, p.column);
  };
  const ws = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c === 0x5c) i += 2;
      else if (c < 0x20) fail('control character in string');
      else i++;
    }
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      i = start;
      return fail('bad escape in string');
    }
  };
  const parseValue = (path: (string | number)[], depth: number): unknown => {
    if (depth > MAX_DEPTH) fail(`nested deeper than ${MAX_DEPTH} levels`);
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a key');
        const keyStart = i;
        const key = parseString();
        ws();
        if (text[i] !== ':') fail("expected ':'");
        i++;
        path.push(key);
        offsets.set(pathKey(path), keyStart);
        const v = parseValue(path, depth + 1);
        path.pop();
        // Like JSON.parse, the last duplicate key wins; __proto__ stays a plain key.
        Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail("expected ',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        ws();
        path.push(arr.length);
        offsets.set(pathKey(path), i);
        arr.push(parseValue(path, depth + 1));
        path.pop();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail("expected ',' or ']'");
      }
    }
    if (c === '"') return parseString();
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!m) return fail('unexpected token');
    i += m[0].length;
    return JSON.parse(m[0]);
  };

  if (text.charCodeAt(0) === 0xfeff) i = 1;
  const value = parseValue([], 0);
  ws();
  if (i < text.length) fail('unexpected data after the end');
  return {
    value,
    positionOf(path) {
      const offset = offsets.get(pathKey(path));
      return offset === undefined ? undefined : positionAt(offset);
    },
  };
}
