// `dir + sep + name` instead of join/resolve with a literal file name: ncc's asset relocator treats a
// literal-suffixed path.join/resolve (`join(dir, 'package.json')`, `resolve(dir, \`${x}.json\`)`) as files
// to copy into the bundle, and would ship build-machine files (scripts/build.mjs fails when it does).

import { sep } from 'node:path';

export function fileIn(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}
