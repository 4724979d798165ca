import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { MAX_PROCESS_OUTPUT, npmCommand, runProcess } from './process';

const node = (script: string) => runProcess(process.execPath, ['-e', script], tmpdir(), process.env);

describe('runProcess', () => {
  it('collects both streams and the exit code', async () => {
    const run = await node("process.stdout.write('out é'); process.stderr.write('err'); process.exitCode = 3");
    expect(run).toEqual({ code: 3, stdout: 'out é', stderr: 'err', stdoutCut: false });
  });

  it('reports a process killed by a signal as exit -1', async () => {
    expect((await node("process.kill(process.pid, 'SIGKILL')")).code).toBe(-1);
  });

  it('keeps the start of an output past the cap and says it was cut', async () => {
    const run = await node(`const b = Buffer.alloc(1 << 20, 97); for (let i = 0; i <= ${MAX_PROCESS_OUTPUT >> 20}; i++) process.stdout.write(b)`);
    expect(run.code).toBe(0);
    expect(run.stdoutCut).toBe(true);
    // Whole chunks are kept while they fit.
    expect(run.stdout.length).toBeLessThanOrEqual(MAX_PROCESS_OUTPUT);
    expect(run.stdout.length).toBeGreaterThan(MAX_PROCESS_OUTPUT - (1 << 20));
  });

  it('rejects when the command cannot be started', async () => {
    await expect(runProcess('/nonexistent/release-gates-tool', [], tmpdir(), process.env)).rejects.toThrow(/ENOENT/);
  });
});

describe('npmCommand', () => {
  it('starts npm.cmd through a shell on Windows, npm elsewhere', () => {
    expect(npmCommand('win32')).toEqual({ cmd: 'npm.cmd', shell: true });
    expect(npmCommand('linux')).toEqual({ cmd: 'npm' });
  });
});
