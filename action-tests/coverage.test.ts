// The coverage action as the runner runs it: a pull request that adds lines, an lcov report that
// leaves some of them uncovered → annotations on exactly those lines, outputs, summary and result.

import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createWorkspace, DIST, gateResultErrors, pullRequestEvent, runAction, runCli } from './harness';

const source = (n: number) => Array.from({ length: n }, (_, i) => `const v${i + 1} = ${i + 1};`).join('\n') + '\n';

function lcov(path: string, hits: Record<number, number>): string {
  return `TN:\nSF:${path}\n${Object.entries(hits).map(([l, c]) => `DA:${l},${c}`).join('\n')}\nend_of_record\n`;
}

describe('coverage action', () => {
  beforeAll(() => {
    expect(existsSync(join(DIST, 'coverage', 'index.js'))).toBe(true);
  });

  it('annotates the uncovered added lines of a pull request as ranges and fails min-patch', async () => {
    const ws = createWorkspace({ 'src/calc.ts': source(10), 'src/other.ts': source(5), '.gitignore': 'coverage/\n' });
    const base = ws.git('rev-parse', 'HEAD').trim();
    // The PR appends lines 11–20 to calc.ts; tests cover 11–12 and 20, not 13–17 (18–19 are blank).
    ws.write('src/calc.ts', source(10) + 'const a = 1;\nconst b = 2;\nif (a) {\n  x();\n  y();\n  z();\n}\n\n\nexport {};\n');
    const head = ws.commit('feature');
    const hits: Record<number, number> = { 1: 1, 2: 1, 3: 0, 11: 1, 12: 1, 13: 0, 14: 0, 15: 0, 16: 0, 17: 0, 20: 3 };
    // The report was written on the runner with absolute paths, as Jest does.
    ws.write('coverage/lcov.info', lcov(`${ws.dir}/src/calc.ts`, hits) + lcov('src/other.ts', { 1: 1, 2: 1 }));
    const run = await runAction('coverage', ws.dir, {
      inputs: { report: 'coverage/lcov.info', 'min-patch': '80', 'min-lines': '50' },
      event: pullRequestEvent(base, head),
    });
    expect(run.stderr).not.toMatch(/TypeError|ReferenceError/);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('fail');
    expect(run.outputs['lines-pct']).toBe('53.84'); // 7 of 13
    expect(run.outputs['patch-pct']).toBe('37.50'); // 3 of 8 coverable added lines
    expect(run.outputs['branches-pct']).toBe('');
    const ranges = run.commands.filter((c) => c.command === 'error' && c.properties.title === 'coverage/patch-uncovered');
    expect(ranges).toHaveLength(1);
    expect(ranges[0]!.properties).toMatchObject({ file: 'src/calc.ts', line: '13', endLine: '17' });
    expect(ranges[0]!.message).toBe('lines 13–17 not covered (added in this change)');
    // Line 3 is uncovered but unchanged: not annotated.
    expect(run.commands.some((c) => c.properties.line === '3')).toBe(false);
    expect(run.summary).toContain('Changed lines');
    expect(run.summary).toContain('lines 13–17');
    expect(run.result).toBeDefined();
    expect(gateResultErrors(run.result)).toEqual([]);
    expect(run.result!.metrics).toMatchObject({
      total: { lines: { covered: 7, total: 13 } },
      patch: { lines: { covered: 3, total: 8 } },
      files: 2,
    });
  });

  it('passes with warn-free notes when nothing coverable changed, and errors on an unmatched report', async () => {
    const ws = createWorkspace({ 'src/a.ts': source(3), 'README.md': 'x\n' });
    const base = ws.git('rev-parse', 'HEAD').trim();
    ws.write('README.md', 'x\ny\n');
    const head = ws.commit('docs');
    ws.write('lcov.info', lcov('src/a.ts', { 1: 1, 2: 1, 3: 1 }));
    const ok = await runAction('coverage', ws.dir, { inputs: { report: 'lcov.info', 'min-patch': '100', 'min-lines': '100' }, event: pullRequestEvent(base, head) });
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs.status).toBe('pass');
    expect(ok.outputs['patch-pct']).toBe('');

    ws.write('lcov.info', lcov('/somewhere/else/b.ts', { 1: 1 }));
    const bad = await runAction('coverage', ws.dir, { inputs: { report: 'lcov.info' }, event: pullRequestEvent(base, head) });
    expect(bad.outputs.status).toBe('error');
    expect(bad.exitCode).not.toBe(0);
    expect(bad.commands.some((c) => c.command === 'error' && /matches a file tracked by git/.test(c.message))).toBe(true);
  });

  it('works from the CLI with --format json', async () => {
    const ws = createWorkspace({ 'src/a.ts': source(4) });
    ws.write('lcov.info', lcov('src/a.ts', { 1: 1, 2: 0 }));
    const run = await runCli(['coverage', '--report', 'lcov.info', '--min-lines', '60', '--format', 'json'], { cwd: ws.dir });
    expect(run.exitCode).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(gateResultErrors(result)).toEqual([]);
    expect(result.metrics.total.lines).toEqual({ covered: 1, total: 2 });
    expect(result.findings[0].message).toContain('cover 1 line more');
  });
});
