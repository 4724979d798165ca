// Types of scripts/generator-lock.mjs, for its unit test and the action test.

export const GENERATOR: string;
export const GENERATOR_DIR: string;

export interface LockEntry {
  version: string;
  resolved: string;
  integrity: string;
  optional?: true;
  peer?: true;
  hasInstallScript?: true;
  [field: string]: unknown;
}

export interface Lockfile {
  name?: string;
  version?: string;
  lockfileVersion: number;
  requires?: boolean;
  packages: Record<string, Record<string, unknown>>;
}

export interface GeneratorLock {
  version: string;
  packageJson: { name: string; private: true; dependencies: Record<string, string>; [field: string]: unknown };
  lock: { name: string; version: string; lockfileVersion: 3; requires: true; packages: Record<string, LockEntry> };
  /** Lock keys marked optional (not installed with --omit=optional). */
  optional: string[];
}

export function generatorLock(rootLock: Lockfile): GeneratorLock;
export function text(value: unknown): string;
export function expectedFiles(root?: string): { version: string; lock: GeneratorLock['lock']; optional: string[]; files: Record<string, string> };
