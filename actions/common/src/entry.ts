// The one bundle every action and the CLI share (dist/lib). Each dist/<action>/index.js is a
// two-line stub that imports from here; gates and the GitHub adapter load lazily as chunks.

import type { GateName } from './result';
import { runCli, type CliIO } from './cli';
// Kit modules most gates use, loaded here so they live once in the shared bundle: webpack copies a
// module shared by lazy chunks into each of them when it is below its 20 KB split size.
import './git';
import './glob';
import './json-positions';
import './json-syntax';
import './process';
// Used by both ajv and the precompiled config validator (generated/config-validator.js). Re-exported,
// not imported bare, because a bare import of a module without side effects is dropped by the bundler.
export { default as ucs2length } from 'ajv/dist/runtime/ucs2length.js';

export async function runAction(name: GateName): Promise<void> {
  const { runAction: run } = await import('./github');
  await run(name);
}

export async function runVerdictAction(): Promise<void> {
  const { runVerdictAction: run } = await import('../../verdict/src/action');
  await run();
}

export async function main(argv: readonly string[]): Promise<number> {
  // `release-gates … | head` closes the pipe early: that is the reader's choice, not a crash.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
  }
  const io: CliIO = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  };
  return runCli(argv, io);
}
