// `dir + sep + name` instead of join/resolve with a literal file name: ncc's asset relocator treats a
// literal-suffixed path.join/resolve as a file to copy into the bundle, and would ship build-machine files.

import { sep } from 'node:path';

export function fileIn(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}
