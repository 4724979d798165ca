// Bench and conformance for the tarball gate.
// - Speed: the whole `release-gates tarball` process vs the whole `publint` process on typescript's real
//   tarball (same file, each run once per sample). Target: >= 3x faster.
// - Conformance: on real packages with rich layouts (typescript, vite, zod, express, publint) we report
//   no missing entry point publint does not; and on a deliberately broken package every missing file
//   publint reports (FILE_DOES_NOT_EXIST / FILE_NOT_PUBLISHED), we report too, on the same field path.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const gate = 'tarball';

const PUBLINT = 'publint@0.3.15';
const REAL = ['typescript@5.9.3', 'vite@7.1.12', 'zod@3.25.76', 'express@5.1.0', 'publint@0.3.15'];
const MISSING_CODES = new Set(['FILE_DOES_NOT_EXIST', 'FILE_NOT_PUBLISHED']);

/** Same notation as the gate's findings: exports["./utils"].require */
function formatPath(path) {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

function packFilename(stdout) {
  const json = JSON.parse(stdout.slice(stdout.search(/^[[{]/m)));
  const first = Array.isArray(json) ? json[0] : Object.values(json)[0];
  return first.filename;
}

/** `npm pack <spec>` once into benchDir (the real published bytes); cached across runs. */
function packSpec(spec, benchDir, log) {
  const expected = spec.replace(/^@/, '').replace('/', '-').replace('@', '-') + '.tgz';
  const cached = join(benchDir, expected);
  if (existsSync(cached)) return cached;
  log(`npm pack ${spec}`);
  const out = execFileSync('npm', ['pack', spec, '--json', '--ignore-scripts', '--pack-destination', benchDir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return join(benchDir, packFilename(out));
}

/** A package with every kind of missing entry point: never built, not packed, bin, imports, patterns. */
function brokenPackage(benchDir, log) {
  const dir = join(benchDir, 'broken-src');
  const tgz = join(benchDir, 'rg-broken-pkg-1.0.0.tgz');
  if (existsSync(tgz)) return tgz;
  log('packing the deliberately broken package');
  const manifest = {
    name: 'rg-broken-pkg',
    version: '1.0.0',
    type: 'module',
    license: 'MIT',
    main: './dist/index.cjs',
    module: './dist/index.mjs',
    types: './dist/index.d.ts',
    browser: './dist/browser.js',
    bin: { 'rg-broken': './bin/cli.js' },
    exports: {
      '.': { types: './dist/index.d.ts', import: './dist/index.mjs', require: './dist/index.cjs' },
      './utils': { import: './src/utils.js', default: './dist/utils.js' },
      './feature/*': './dist/feature/*.js',
      './package.json': './package.json',
    },
    imports: { '#internal': './lib/internal.js' },
    files: ['dist', 'README.md', 'LICENSE'],
  };
  const files = {
    'package.json': JSON.stringify(manifest, null, 2),
    'dist/index.mjs': "import x from '#internal';\nexport default x;\n",
    'src/utils.js': 'export const u = 1;\n',
    'README.md': '# broken\n',
    LICENSE: 'MIT\n',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', benchDir], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return join(benchDir, packFilename(out));
}

/** publint's JS API on a tarball, printing its messages as JSON (the CLI prints prose only). */
const PUBLINT_JSON = `import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const [modules, tgz] = process.argv.slice(2);
const entry = createRequire(modules + '/noop.js').resolve('publint');
const { publint } = await import(pathToFileURL(entry).href);
const buf = readFileSync(tgz);
const { messages } = await publint({ pack: { tarball: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length) }, level: 'suggestion' });
process.stdout.write(JSON.stringify(messages));
`;

function publintModules(root, peer) {
  const candidates = [];
  if (peer.bin) {
    // bin may be the publint binary (.../node_modules/.bin/publint) or a .bin folder.
    candidates.push(dirname(dirname(peer.bin)), dirname(peer.bin));
  }
  candidates.push(join(root, '.bench', 'peers', 'node_modules'));
  return candidates.find((d) => existsSync(join(d, 'publint', 'package.json')));
}

function publintBin(modules, peer) {
  if (peer.bin && existsSync(peer.bin) && statSync(peer.bin).isFile()) return peer.bin;
  if (peer.bin && existsSync(join(peer.bin, 'publint'))) return join(peer.bin, 'publint');
  return join(modules, '.bin', 'publint');
}

function parseOurs(stdout) {
  const json = JSON.parse(stdout);
  return Array.isArray(json) ? json[0] : json;
}

/**
 * Field paths of the missing targets we reported. `claims` = "missing entry point" errors only;
 * `reported` adds the notes for imports targets that no packed file refers to (reported, but harmless).
 */
function ourMissing(result) {
  const claims = new Set();
  const reported = new Set();
  for (const f of result.findings ?? []) {
    if (f.ruleId !== 'tarball/missing-entry-point' && f.ruleId !== 'tarball/unused-import-target') continue;
    const field = f.message.slice(0, f.message.indexOf(' → '));
    reported.add(field);
    if (f.ruleId === 'tarball/missing-entry-point') claims.add(field);
  }
  return { claims, reported };
}

function compare({ peer, ours }, expectNone) {
  let result;
  let messages;
  try {
    result = parseOurs(ours.stdout);
  } catch {
    return `our output is not JSON (exit ${ours.code}): ${ours.stderr.slice(0, 300)}`;
  }
  try {
    messages = JSON.parse(peer.stdout);
  } catch {
    return `publint output is not JSON (exit ${peer.code}): ${peer.stderr.slice(0, 300)}`;
  }
  const theirs = new Set(messages.filter((m) => MISSING_CODES.has(m.code)).map((m) => formatPath(m.path)));
  const mine = ourMissing(result);
  const problems = [];
  for (const p of theirs) if (!mine.reported.has(p)) problems.push(`publint reports ${p} missing; we do not`);
  for (const p of mine.claims) if (!theirs.has(p) && expectNone) problems.push(`we report ${p} missing; publint does not (false positive)`);
  if (expectNone && result.findings?.some((f) => f.ruleId === 'tarball/invalid-entry-point')) problems.push('we report an invalid entry point on a real package');
  if (result.status === 'error') problems.push(`our status is error: ${result.summary}`);
  if (!expectNone && !theirs.size) problems.push('publint found nothing missing in the broken package: the fixture is wrong');
  return problems.length ? problems.join('; ') : undefined;
}

export async function cases({ root, benchDir, log, ensurePeer }) {
  mkdirSync(benchDir, { recursive: true });
  const cli = join(root, 'dist', 'cli', 'index.js');
  const peer = await ensurePeer({ npm: PUBLINT });
  const modules = peer.ok ? publintModules(root, peer) : undefined;
  const skip = !peer.ok ? { skip: peer.reason ?? 'publint could not be installed' } : !modules ? { skip: 'publint installed but its folder was not found' } : undefined;
  writeFileSync(join(benchDir, 'publint-json.mjs'), PUBLINT_JSON);
  // No config file in benchDir: the gate runs on its defaults.
  const ours = (tgz) => ({ label: 'release-gates tarball', cmd: process.execPath, args: [cli, 'tarball', '--tarball', tgz, '--working-directory', benchDir, '--format', 'json'], cwd: benchDir });
  const publintJson = (tgz) => (skip ?? { label: `${PUBLINT} (API, JSON)`, cmd: process.execPath, args: [join(benchDir, 'publint-json.mjs'), modules, tgz], cwd: benchDir });

  const out = [];
  const tarballs = new Map();
  for (const spec of REAL) {
    try {
      tarballs.set(spec, packSpec(spec, benchDir, log));
    } catch (err) {
      log(`cannot fetch ${spec} (offline?): ${err.message.split('\n')[0]}`);
    }
  }
  const ts = tarballs.get('typescript@5.9.3');
  if (ts) {
    out.push({
      name: 'typescript 5.9.3 tarball (4.2 MiB packed, 22.5 MiB unpacked): whole check',
      target: '>= 3x faster than the publint CLI on the same .tgz',
      minSpeedup: 3,
      maxPeakMB: 200,
      runs: 3,
      peer: skip ?? { label: `publint ${PUBLINT.split('@')[1]} CLI`, cmd: publintBin(modules, peer), args: ['run', ts], cwd: benchDir },
      ours: ours(ts),
      check: async ({ ours: o }) => {
        const r = parseOurs(o.stdout);
        const missing = ourMissing(r).claims;
        return missing.size ? `false missing entry points on typescript: ${[...missing].join(', ')}` : r.status === 'error' ? `status error: ${r.summary}` : undefined;
      },
    });
  }
  for (const [spec, tgz] of tarballs) {
    out.push({
      name: `${spec}: no false "missing entry point" (vs publint)`,
      // Conformance first; on packages this small both sides are mostly process start-up.
      target: 'no missing entry point publint does not report (none); timing for information',
      maxSlowdown: 3,
      runs: 1,
      peer: publintJson(tgz),
      ours: ours(tgz),
      check: async (r) => compare(r, true),
    });
  }
  try {
    const broken = brokenPackage(benchDir, log);
    out.push({
      name: 'deliberately broken package: every missing file publint reports, we report',
      target: 'superset of publint FILE_DOES_NOT_EXIST / FILE_NOT_PUBLISHED field paths',
      maxSlowdown: 3,
      runs: 1,
      peer: publintJson(broken),
      ours: ours(broken),
      check: async (r) => compare(r, false),
    });
  } catch (err) {
    log(`cannot build the broken package: ${err.message}`);
  }
  return out;
}
