// Whether a valid JSON file can hold duplicate keys, cheaply: JSON.parse keeps one member per key, the text
// writes them all, so the slow position-tracking parser runs only when the two counts differ.

import { closingQuote } from '../../common/src/json-scan';

/**
 * Number of object members written in the text (colons outside strings). Compared with the members JSON.parse
 * kept, it tells cheaply whether a file has duplicate keys, so the slow parser runs only when it does.
 */
export function countMembers(text: string): number {
  let count = 0;
  let p = 0;
  const n = text.length;
  for (;;) {
    const q = text.indexOf('"', p);
    const segmentEnd = q === -1 ? n : q;
    for (let c = text.indexOf(':', p); c !== -1 && c < segmentEnd; c = text.indexOf(':', c + 1)) count++;
    if (q === -1) return count;
    const close = closingQuote(text, q);
    if (close === -1) return count;
    p = close + 1;
  }
}

/** Members JSON.parse kept, over every object in a value. */
export function countParsedMembers(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === 'object') stack.push(x);
    } else if (v !== null && typeof v === 'object') {
      for (const k in v) {
        count++;
        const x = (v as Record<string, unknown>)[k];
        if (x !== null && typeof x === 'object') stack.push(x);
      }
    }
  }
  return count;
}
