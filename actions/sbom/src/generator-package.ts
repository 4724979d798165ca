// The cyclonedx-npm this release-gates runs: its name, the pinned version, and where a package folder
// keeps what we read (its version, its bin).

import { readFileSync } from 'node:fs';
import { fileIn } from '../../common/src/paths';

export const CYCLONEDX_NPM = '@cyclonedx/cyclonedx-npm';
/** Must equal package-lock.json's version (a unit test keeps them in step; the action reads the lockfile). */
export const PINNED_CYCLONEDX_NPM_VERSION = '6.0.1';

/** The version in a package.json, or undefined when it cannot be read. */
export function packageVersion(packageJson: string): string | undefined {
  try {
    const v = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: unknown }).version;
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** `<package folder>/bin/cyclonedx-npm-cli.js`. */
export function generatorBin(packageDir: string): string {
  return fileIn(fileIn(packageDir, 'bin'), 'cyclonedx-npm-cli.js');
}
