// The tarball action as the runner runs it: the built bundle, INPUT_* variables, a real `npm pack` in a
// temporary repository, and every output read back (outputs, summary, annotations, result, SARIF).

import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspace, gateResultErrors, runAction, runCli } from './harness';

const PKG_JSON = `{
  "name": "rg-action-fixture",
  "version": "1.0.0",
  "main": "./dist/index.js",
  "bin": { "fixture": "./bin/cli.js" },
  "exports": {
    ".": "./dist/index.js",
    "./utils": { "require": "./src/utils.cjs", "import": "./dist/utils.mjs" }
  },
  "files": ["dist", "bin", "test"]
}
`;

function fixture() {
  const ws = createWorkspace({
    'package.json': PKG_JSON,
    'dist/index.js': 'module.exports = 1;\n',
    'src/utils.cjs': 'module.exports = 2;\n',
    'bin/cli.js': '#!/usr/bin/env node\nrequire("../dist/index.js");\n',
    'test/index.test.js': 'test()\n',
    'README.md': '# fixture\n',
    LICENSE: 'MIT\n',
  });
  chmodSync(join(ws.dir, 'bin/cli.js'), 0o755);
  return ws;
}

/** A raw tar header + data, enough to build a hostile archive no packer would write. */
function hostileTgz(): Buffer {
  const block = (name: string, type: string, size: number, link = '') => {
    const b = Buffer.alloc(512);
    b.write(name, 0, 100, 'utf8');
    b.write('0000644\0', 100, 'latin1');
    b.write('0000000\0', 108, 'latin1');
    b.write('0000000\0', 116, 'latin1');
    b.write(size.toString(8).padStart(11, '0') + '\0', 124, 'latin1');
    b.write('00000000000\0', 136, 'latin1');
    b.write(type, 156, 'latin1');
    b.write(link, 157, 100, 'utf8');
    b.write('ustar\u000000', 257, 'latin1');
    b.fill(0x20, 148, 156);
    let sum = 0;
    for (const x of b) sum += x;
    b.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
    return b;
  };
  const data = (text: string) => {
    const d = Buffer.from(text);
    return Buffer.concat([d, Buffer.alloc((512 - (d.length % 512)) % 512)]);
  };
  const pkg = JSON.stringify({ name: 'evil', version: '1.0.0' });
  return gzipSync(
    Buffer.concat([
      block('package/package.json', '0', pkg.length),
      data(pkg),
      block('package/../../../home/user/.bashrc', '0', 4),
      data('evil'),
      block('package/passwd', '2', 0, '/etc/passwd'),
      Buffer.alloc(1024),
    ]),
  );
}

describe('tarball action', () => {
  it('packs the repository, fails on missing entry points and forbidden files, annotates package.json lines', async () => {
    const ws = fixture();
    const run = await runAction('tarball', ws.dir, { inputs: { 'max-files': '100' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.status).toBe('fail');
    expect(run.outputs.tarball).toMatch(/rg-action-fixture-1\.0\.0\.tgz$/);
    expect(readFileSync(run.outputs.tarball!).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(run.result).toBeDefined();
    expect(gateResultErrors(run.result)).toEqual([]);
    expect(run.result!.metrics).toMatchObject({ files: 6, entryPointsChecked: 5 });
    const errors = run.commands.filter((c) => c.command === 'error');
    const missing = errors.find((c) => c.message.startsWith('exports["./utils"].require'));
    expect(missing?.properties).toMatchObject({ file: 'package.json', line: '8' });
    expect(missing?.message).toMatch(/not packed \(check "files"/);
    expect(errors.find((c) => c.properties.file === 'test/index.test.js')?.message).toMatch(/forbidden "test\/\*\*"/);
    expect(run.summary).toContain('budgets');
    expect(run.summary).toContain('<details><summary>files in the tarball');
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(expect.arrayContaining(['tarball/missing-entry-point', 'tarball/forbidden-file']));
  });

  it('passes a clean package; mode warn turns a fail into warn', async () => {
    const ws = fixture();
    ws.write('package.json', PKG_JSON.replace('"require": "./src/utils.cjs", ', '').replace('"test"', '"README.md"'));
    ws.write('dist/utils.mjs', 'export default 1;\n');
    const run = await runAction('tarball', ws.dir);
    expect(run.outputs.status).toBe('pass');
    expect(run.exitCode).toBe(0);
    const warn = await runAction('tarball', fixture().dir, { inputs: { mode: 'warn' } });
    expect(warn.outputs.status).toBe('warn');
    expect(warn.exitCode).toBe(0);
  });

  it('a hostile tarball fails with findings; a corrupt one is status error', async () => {
    const ws = createWorkspace({ 'README.md': 'x' });
    writeFileSync(join(ws.dir, 'evil.tgz'), hostileTgz());
    writeFileSync(join(ws.dir, 'corrupt.tgz'), Buffer.from('1f8b0000', 'hex'));
    const evil = await runAction('tarball', ws.dir, { inputs: { tarball: 'evil.tgz', required: 'package.json' } });
    expect(evil.outputs.status).toBe('fail');
    expect((evil.result!.findings as { ruleId: string }[]).map((f) => f.ruleId).sort()).toEqual(['tarball/link-entry', 'tarball/unsafe-path']);
    const corrupt = await runAction('tarball', ws.dir, { inputs: { tarball: 'corrupt.tgz' } });
    expect(corrupt.outputs.status).toBe('error');
    expect(corrupt.exitCode).toBe(1);
    expect(corrupt.commands.find((c) => c.command === 'error')?.properties.file).toBe('corrupt.tgz');
  });

  it('the CLI runs the same gate and exits 1 on fail', async () => {
    const ws = fixture();
    const cli = await runCli(['tarball', '--format', 'json'], { cwd: ws.dir });
    expect(cli.exitCode).toBe(1);
    const result = JSON.parse(cli.stdout) as { gate: string; status: string };
    expect(result).toMatchObject({ gate: 'tarball', status: 'fail' });
  });
});
