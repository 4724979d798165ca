// Child processes for the generator and its install: output collected, and npm's own error lines picked out.

import { spawn } from 'node:child_process';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runProcess(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** What npm itself said, without the noise around it (warnings, log-file hints, indentation). */
export function npmMessage(stderr: string): string {
  const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const wanted = lines.filter((l) => /^(npm (error|ERR!)|ERROR \||Error:)/.test(l) && !/complete log of this run|^npm error A complete log/i.test(l));
  const unique = [...new Set(wanted)];
  const text = (unique.length ? unique : lines.slice(-8)).join('\n');
  return text.length > 4000 ? text.slice(0, 4000) + '…' : text;
}
