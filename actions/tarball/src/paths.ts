// Where a folder's package.json is. Built at run time on purpose: ncc's asset relocator treats a literal
// `join(dir, 'package.json')` as files to copy into the bundle.

import { sep } from 'node:path';

const MANIFEST = ['package', 'json'].join('.');

export function packageJsonIn(dir: string): string {
  return dir + sep + MANIFEST;
}
