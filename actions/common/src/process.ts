// Child processes with their output collected: gates run npm and cyclonedx-npm and read what they print.

import { spawn } from 'node:child_process';

export interface ProcessRun {
  /** Exit code; -1 when the process was killed by a signal. */
  code: number;
  stdout: string;
  stderr: string;
  /** stdout went past MAX_PROCESS_OUTPUT; what is kept is its start. */
  stdoutCut: boolean;
}

/** Output kept per stream: a runaway process must not take the gate's memory with it. */
export const MAX_PROCESS_OUTPUT = 64 * 1024 * 1024;

export interface Command {
  cmd: string;
  /** Start through a shell (Windows .cmd launchers cannot be spawned directly). */
  shell?: boolean;
}

/** npm as this platform starts it: npm.cmd through a shell on Windows. */
export function npmCommand(platform: NodeJS.Platform = process.platform): Command {
  return platform === 'win32' ? { cmd: 'npm.cmd', shell: true } : { cmd: 'npm' };
}

/** Runs a command to its end with its output collected; rejects only when it cannot be started. */
export function runProcess(command: Command | string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<ProcessRun> {
  const { cmd, shell = false } = typeof command === 'string' ? { cmd: command } : command;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, shell, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (stream: NodeJS.ReadableStream) => {
      const chunks: Buffer[] = [];
      const kept = { bytes: 0, cut: false };
      stream.on('data', (b: Buffer) => {
        if (kept.bytes + b.length <= MAX_PROCESS_OUTPUT) {
          chunks.push(b);
          kept.bytes += b.length;
        } else kept.cut = true;
      });
      return { text: () => Buffer.concat(chunks).toString('utf8'), kept };
    };
    const out = collect(child.stdout);
    const err = collect(child.stderr);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: out.text(), stderr: err.text(), stdoutCut: out.kept.cut }));
  });
}
