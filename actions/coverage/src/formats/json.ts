// JSON reports are parsed whole (with the size cap): their structure (one object per file) gives no
// safe point to stream from, and JSON.parse is faster than any streaming tokenizer we could write.

import { readTextCapped, lineColumnAt } from '../../../common/src/readers';
import { InputError } from '../../../common/src/errors';
import { checkReportSize } from './stream';

/** V8 cannot hold a string much over 512 MiB; JSON reports are parsed as one string. */
const JSON_CAP = 500 * 1024 * 1024;

export async function readJson(path: string, displayName: string, maxBytes: number): Promise<unknown> {
  maxBytes = Math.min(maxBytes, JSON_CAP);
  await checkReportSize(path, displayName, maxBytes);
  const { text } = await readTextCapped(path, maxBytes, displayName);
  if (!text.trim()) throw new InputError('empty report', displayName, 1);
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const pos = /position (\d+)/.exec(message);
    const at = pos ? lineColumnAt(text, Number(pos[1])) : undefined;
    throw new InputError(`not valid JSON: ${message}`, displayName, at?.line, at?.column);
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A non-negative count, or an InputError naming where it sits. */
export function count(v: unknown, where: () => string, displayName: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new InputError(`${where()} is ${JSON.stringify(v)}, expected a number`, displayName);
  if (v < 0) throw new InputError(`${where()} is negative (${v})`, displayName);
  return v;
}

/** A line number (integer >= 1). */
export function lineNumber(v: unknown, where: () => string, displayName: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    throw new InputError(`${where()} is ${JSON.stringify(v)}, expected a line number >= 1`, displayName);
  }
  return v;
}
