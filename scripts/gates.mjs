#!/usr/bin/env node
// `npm run gates [-- <dir> [flags]]`: every gate on a repository, offline. On this repository it
// first measures the unit tests' coverage, so the coverage gate has a fresh report to judge.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dir = args[0] && !args[0].startsWith('--') ? resolve(args.shift()) : root;

const cli = join(root, 'dist', 'cli', 'index.js');
if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run npm run build');
  process.exit(2);
}
if (dir === root && !process.env.RELEASE_GATES_SKIP_COVERAGE) {
  console.error('measuring this repository\'s unit-test coverage (set RELEASE_GATES_SKIP_COVERAGE=1 to reuse coverage/lcov.info)…');
  const tests = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'unit', '--coverage', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (tests.status !== 0) console.error('unit tests failed; the coverage gate judges whatever report they left');
}
const run = spawnSync(process.execPath, [cli, 'run', dir, ...args], { cwd: dir, stdio: 'inherit' });
process.exit(run.status ?? 2);
