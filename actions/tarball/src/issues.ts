// What the checks report before it is placed in the repository: a path inside the package, or a key of
// package.json. `locate.ts` turns an Issue into a Finding with a repository file and line.

import type { Severity } from '../../common/src/result';

export type JsonPath = readonly (string | number)[];

export interface Issue {
  rule: string;
  severity: Severity;
  message: string;
  /** A path inside the package (root folder stripped). */
  path?: string;
  /** A key of package.json, e.g. ['exports', './utils', 'require']. */
  key?: JsonPath;
}

/** `exports["./utils"].require`: the way people write a package.json path. */
export function formatJsonPath(path: JsonPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}
