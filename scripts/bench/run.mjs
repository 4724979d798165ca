#!/usr/bin/env node
// `npm run bench [-- <gate>... --runs N]`: runs every scripts/bench/<gate>.mjs benchmark, each command several
// times, our built CLI against the peer tool on the same input, and prints medians, ratios and peak memory.
// It reports; it does not gate: the exit code is 0 whatever the timings, and 1 only when a command or a
// benchmark module fails unexpectedly (a crash is a bug, a slow run is a finding). See scripts/bench/README.md.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const benchRoot = join(root, '.bench');
const peersDir = join(benchRoot, 'peers');
const TIME = '/usr/bin/time';
/** Exit codes that mean "the command ran": our CLI exits 1 when a gate fails, which is a result, not a crash. */
const DEFAULT_OK_CODES = [0, 1];
/** Only the first run's output is kept (for `check`); cap it so a chatty command cannot exhaust memory. */
const MAX_CAPTURE_BYTES = 256 * 1024 * 1024;

function usage() {
  return `usage: npm run bench [-- [gate...] [--runs N]]

Runs scripts/bench/<gate>.mjs for every gate (or the ones named), each command N times
(default: the case's own count, at least 3), and prints peer median, ours median, ratio,
target, peak memory and the output check. Timings never change the exit code.`;
}

function parseArgs(argv) {
  const gates = [];
  let runs;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(usage());
      process.exit(0);
    } else if (arg === '--runs' || arg.startsWith('--runs=')) {
      const value = arg.includes('=') ? arg.slice('--runs='.length) : argv[++i];
      runs = Number(value);
      if (!Number.isInteger(runs) || runs < 1) {
        console.error(`--runs needs a whole number of at least 1, got ${JSON.stringify(value)}`);
        process.exit(2);
      }
    } else if (arg.startsWith('-')) {
      console.error(`unknown option ${arg}\n\n${usage()}`);
      process.exit(2);
    } else gates.push(arg);
  }
  return { gates, runs };
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Run a short setup command to completion, output to our stderr; resolves with its exit code. */
function runSetup(cmd, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, args, { stdio: ['ignore', process.stderr, process.stderr], ...options });
    child.on('error', (err) => {
      console.error(`  ${cmd}: ${err.message}`);
      resolvePromise(127);
    });
    child.on('close', (code) => resolvePromise(code ?? 1));
  });
}

/** `flock <lock> cmd args`, or the bare command where flock is missing. */
function locked(lock, cmd, args) {
  return hasCommand('flock') ? ['flock', [lock, cmd, ...args]] : [cmd, args];
}

// ---------------------------------------------------------------- peers

let aptUpdated = false;
const peerCache = new Map();

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

async function aptInstall(packages) {
  if (!hasCommand('dpkg-query') || !hasCommand('apt-get')) return { ok: false, reason: 'apt-get is not available on this machine' };
  const missing = packages.filter((p) => !dpkgInstalled(p));
  if (!missing.length) return { ok: true, bin: '/usr/bin' };
  const isRoot = process.getuid?.() === 0;
  const sudo = isRoot ? [] : hasCommand('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0 ? ['sudo', '-n'] : undefined;
  if (!sudo) return { ok: false, reason: `installing ${missing.join(' ')} needs root (apt-get); install it and re-run` };
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => {
    const [cmd, full] = locked('/tmp/apt.lock', 'apt-get', args);
    const argv = [...sudo, cmd, ...full];
    return runSetup(argv[0], argv.slice(1), { env });
  };
  if (!aptUpdated) {
    console.error(`  apt-get update (for ${missing.join(' ')})`);
    if ((await apt(['update'])) !== 0) return { ok: false, reason: 'apt-get update failed' };
    aptUpdated = true;
  }
  console.error(`  apt-get install -y ${missing.join(' ')}`);
  const code = await apt(['install', '-y', '--no-install-recommends', ...missing]);
  const still = missing.filter((p) => !dpkgInstalled(p));
  if (code !== 0 || still.length) return { ok: false, reason: `apt-get install ${still.join(' ') || missing.join(' ')} failed (exit ${code})` };
  return { ok: true, bin: '/usr/bin' };
}

function packageName(spec) {
  // `@scope/name@1.2`, `name@^3`, `name`: the name is everything before the version's `@`.
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  return at === -1 ? spec : spec.slice(0, at);
}

async function npmInstall(specs) {
  mkdirSync(peersDir, { recursive: true });
  const manifest = join(peersDir, 'package.json');
  if (!existsSync(manifest)) writeFileSync(manifest, JSON.stringify({ name: 'release-gates-bench-peers', private: true }, null, 2) + '\n');
  const recordPath = join(peersDir, 'installed.json');
  const record = existsSync(recordPath) ? JSON.parse(readFileSync(recordPath, 'utf8')) : [];
  const present = (spec) => record.includes(spec) && existsSync(join(peersDir, 'node_modules', packageName(spec), 'package.json'));
  const bin = join(peersDir, 'node_modules', '.bin');
  if (specs.every(present)) return { ok: true, bin };
  // npm prunes --no-save packages it does not know about, so every install names all peers so far.
  const all = [...new Set([...record, ...specs])];
  console.error(`  npm install --no-save --prefix .bench/peers ${all.join(' ')}`);
  const [cmd, args] = locked('/tmp/npm.lock', 'npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', peersDir, ...all]);
  const code = await runSetup(cmd, args, { cwd: peersDir });
  if (code !== 0) return { ok: false, reason: `npm install ${specs.join(' ')} failed (exit ${code})` };
  writeFileSync(recordPath, JSON.stringify(all, null, 2) + '\n');
  record.splice(0, record.length, ...all);
  const missing = specs.filter((s) => !present(s));
  if (missing.length) return { ok: false, reason: `npm install did not provide ${missing.join(' ')}` };
  return { ok: true, bin };
}

/** `ensurePeer({ apt: 'lcov' })` / `ensurePeer({ npm: 'ajv-cli@5 ajv-formats@3' })` → { ok, bin?, reason? }. */
async function ensurePeer(request) {
  const key = JSON.stringify(request);
  if (!peerCache.has(key)) {
    const words = (value) => String(value).split(/\s+/).filter(Boolean);
    let result;
    try {
      if (request?.apt) result = await aptInstall(words(request.apt));
      else if (request?.npm) result = await npmInstall(words(request.npm));
      else result = { ok: false, reason: `ensurePeer needs { apt } or { npm }, got ${key}` };
    } catch (err) {
      result = { ok: false, reason: `installing the peer failed: ${err.message}` };
    }
    peerCache.set(key, result);
  }
  return peerCache.get(key);
}

// ---------------------------------------------------------------- measuring

let timeAvailable;

async function ensureTime() {
  if (timeAvailable !== undefined) return timeAvailable;
  if (!existsSync(TIME)) {
    console.error(`${TIME} is missing: installing the \`time\` package for peak-memory figures`);
    const r = await aptInstall(['time']);
    if (!r.ok) console.error(`  ${r.reason}; peak memory will show as "?"`);
  }
  timeAvailable = existsSync(TIME);
  return timeAvailable;
}

/** One run of one side: wall time from hrtime around the spawn, peak RSS from /usr/bin/time. */
function measure(side, capture, scratch) {
  return new Promise((resolvePromise) => {
    const timeFile = join(scratch, `time-${process.hrtime.bigint()}`);
    const argv = timeAvailable ? [TIME, '-f', '%M %e', '-o', timeFile, side.cmd, ...(side.args ?? [])] : [side.cmd, ...(side.args ?? [])];
    const out = [];
    const err = [];
    let outBytes = 0;
    let errBytes = 0;
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), {
      cwd: side.cwd ?? root,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...(side.env ?? {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (b) => {
      if (capture && outBytes < MAX_CAPTURE_BYTES) out.push(b);
      outBytes += b.length;
    });
    child.stderr.on('data', (b) => {
      // The tail of stderr is kept on every run: it explains an unexpected failure.
      if (capture || errBytes < 64 * 1024) err.push(b);
      errBytes += b.length;
    });
    let spawnError;
    child.on('error', (e) => (spawnError = e));
    child.on('close', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let peakKB;
      if (timeAvailable && existsSync(timeFile)) {
        // time writes "Command exited with non-zero status N" before the format line when the command fails.
        const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
        const m = /^(\d+) [\d.]+$/.exec(lines[lines.length - 1] ?? '');
        if (m) peakKB = Number(m[1]);
        rmSync(timeFile, { force: true });
      }
      resolvePromise({
        seconds,
        peakKB,
        code: spawnError ? 127 : code,
        signal,
        spawnError,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

function median(values) {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function failedUnexpectedly(side, run) {
  if (run.spawnError) return `could not start ${side.cmd}: ${run.spawnError.message}`;
  if (run.signal) return `killed by ${run.signal}`;
  const ok = side.okCodes ?? DEFAULT_OK_CODES;
  // Node also exits 1 on an uncaught exception (or a missing dist/ bundle): a stack trace tells that from a
  // gate that failed, which prints no stack.
  if (run.code !== 0 && /^\s+at .+:\d+:\d+\)?$/m.test(run.stderr)) {
    const tail = run.stderr.trim().split('\n').slice(0, 6).join('\n    ');
    return `crashed (exit ${run.code}):\n    ${tail}`;
  }
  if (!ok.includes(run.code)) {
    const tail = run.stderr.trim().split('\n').slice(-8).join('\n    ');
    return `exited ${run.code} (expected ${ok.join(' or ')})${tail ? `:\n    ${tail}` : ''}`;
  }
  return undefined;
}

// ---------------------------------------------------------------- reporting

const fmtSeconds = (s) => (s === undefined ? '—' : s >= 100 ? `${s.toFixed(0)} s` : s >= 10 ? `${s.toFixed(1)} s` : `${s.toFixed(3)} s`);
const fmtMB = (kb) => (kb === undefined ? '?' : `${(kb / 1024).toFixed(0)}`);

/** "3.2x faster" / "1.40x slower": ours against the peer, read the same way whichever target the case has. */
function describeRatio(peerMedian, oursMedian) {
  const speedup = peerMedian / oursMedian;
  return speedup >= 1 ? `${speedup.toFixed(1)}x faster` : `${(1 / speedup).toFixed(2)}x slower`;
}

/** Ratio text and verdict: minSpeedup needs peer/ours >= it, maxSlowdown needs ours/peer <= it, maxPeakMB our peak. */
function judge(c, peerMedian, oursMedian, oursPeakKB) {
  const verdicts = [];
  let ratio = '—';
  if (peerMedian !== undefined && oursMedian) {
    ratio = describeRatio(peerMedian, oursMedian);
    if (c.minSpeedup !== undefined) verdicts.push(peerMedian / oursMedian >= c.minSpeedup);
    if (c.maxSlowdown !== undefined) verdicts.push(oursMedian / peerMedian <= c.maxSlowdown);
  } else if (c.minSpeedup !== undefined || c.maxSlowdown !== undefined) {
    verdicts.push(undefined);
  }
  if (c.maxPeakMB !== undefined) verdicts.push(oursPeakKB === undefined ? undefined : oursPeakKB / 1024 <= c.maxPeakMB);
  const met = verdicts.length === 0 ? '—' : verdicts.includes(false) ? 'NO' : verdicts.includes(undefined) ? 'n/a' : 'yes';
  return { ratio, met };
}

function printTable(rows) {
  const headers = ['gate', 'case', 'peer median', 'ours median', 'ratio', 'target', 'met?', 'our peak MB', 'check'];
  const cells = rows.map((r) => headers.map((h) => String(r[h] ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ')));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (values) => `| ${values.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}

// ---------------------------------------------------------------- main

async function ensureBuilt() {
  if (existsSync(join(root, 'dist', 'cli', 'index.js'))) return true;
  console.error('dist/cli/index.js is missing: building first (npm run build)');
  const [cmd, args] = locked('/tmp/build.lock', 'npm', ['run', 'build']);
  const code = await runSetup(cmd, args, { cwd: root });
  if (code !== 0 || !existsSync(join(root, 'dist', 'cli', 'index.js'))) {
    console.error(`the build failed (exit ${code}); cannot benchmark the CLI`);
    return false;
  }
  return true;
}

function discoverModules(wanted) {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && !f.startsWith('_'))
    .sort();
  const byGate = new Map(files.map((f) => [f.slice(0, -'.mjs'.length), join(here, f)]));
  if (!wanted.length) return [...byGate.entries()];
  const unknown = wanted.filter((g) => !byGate.has(g));
  if (unknown.length) {
    console.error(`no benchmark for ${unknown.join(', ')}; available: ${[...byGate.keys()].join(', ') || '(none)'}`);
    process.exit(2);
  }
  return wanted.map((g) => [g, byGate.get(g)]);
}

/** Our side must run under Node 24 (process.execPath): re-run under the project's own node when started by an older one. */
function ensureNode24() {
  const major = Number(process.versions.node.split('.')[0]);
  const local = join(root, 'node_modules', '.bin', 'node');
  if (major >= 24 || process.env.RG_BENCH_REEXEC || !existsSync(local)) return;
  const r = spawnSync(local, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, RG_BENCH_REEXEC: '1', PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` },
  });
  process.exit(r.status ?? 1);
}

async function main() {
  ensureNode24();
  const { gates, runs: runsOverride } = parseArgs(process.argv.slice(2));
  if (Number(process.versions.node.split('.')[0]) < 24) console.error(`note: running under Node ${process.version}, not 24 (npm ci installs it)`);
  const modules = discoverModules(gates);
  if (!modules.length) {
    console.log('no benchmarks found under scripts/bench/');
    return 0;
  }
  if (!(await ensureBuilt())) return 1;
  await ensureTime();
  mkdirSync(benchRoot, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'rg-bench-'));
  const rows = [];
  const skipped = [];
  const failures = [];
  const records = [];

  try {
    for (const [name, file] of modules) {
      const benchDir = join(benchRoot, name);
      mkdirSync(benchDir, { recursive: true });
      const log = (...args) => console.error(`[${name}]`, ...args);
      let mod;
      let cases;
      try {
        mod = await import(pathToFileURL(file).href);
        if (typeof mod.cases !== 'function') throw new Error('it does not export a cases() function');
        log('preparing inputs…');
        cases = await mod.cases({ root, benchDir, log, ensurePeer });
        if (!Array.isArray(cases)) throw new Error('cases() did not return an array');
      } catch (err) {
        failures.push(`${name}: benchmark module failed: ${err?.stack ?? err}`);
        continue;
      }
      const gate = mod.gate ?? name;
      // Another build may have replaced dist/ while this module prepared its inputs.
      if (!(await ensureBuilt())) return 1;
      for (const c of cases) {
        const label = c.name ?? '(unnamed case)';
        if (c.skip) {
          skipped.push(`${gate} / ${label}: ${c.skip}`);
          continue;
        }
        if (!c.ours?.cmd) {
          failures.push(`${gate} / ${label}: the case has no ours.cmd`);
          continue;
        }
        const peerSkip = c.peer?.skip ?? (c.peer?.cmd ? undefined : 'no peer command given');
        if (peerSkip) skipped.push(`${gate} / ${label}: peer ${c.peer?.label ?? ''} skipped: ${peerSkip}`.replace('peer  skipped', 'peer skipped'));
        const runs = runsOverride ?? Math.max(3, c.runs ?? 3);
        const sides = peerSkip ? [['ours', c.ours]] : [['peer', c.peer], ['ours', c.ours]];
        const times = { peer: [], ours: [] };
        const peaks = { peer: [], ours: [] };
        const first = {};
        let broken;
        log(`${label}: ${runs} run(s) of ${sides.map(([, s]) => s.label ?? s.cmd).join(' and ')}`);
        // Alternate the two sides run by run so a slow drift (thermal, cache, noisy neighbour) hits both alike.
        for (let i = 0; i < runs && !broken; i++) {
          for (const [which, side] of sides) {
            const run = await measure(side, i === 0, scratch);
            const problem = failedUnexpectedly(side, run);
            if (problem) {
              broken = `${gate} / ${label}: ${which} (${side.label ?? side.cmd}) ${problem}`;
              break;
            }
            times[which].push(run.seconds);
            if (run.peakKB !== undefined) peaks[which].push(run.peakKB);
            if (i === 0) first[which] = { stdout: run.stdout, stderr: run.stderr, code: run.code };
          }
        }
        if (broken) {
          failures.push(broken);
          rows.push({ gate, case: label, target: c.target ?? '', 'met?': 'FAILED', check: 'command failed' });
          continue;
        }
        let check = '—';
        if (typeof c.check === 'function') {
          try {
            const disagreement = await c.check({ peer: first.peer, ours: first.ours });
            check = disagreement ? `DISAGREE: ${disagreement}` : 'ok';
          } catch (err) {
            // Without a peer, a check that compares with it cannot run: that is a skip, not a fault.
            check = peerSkip ? '— (needs the peer)' : `check threw: ${err?.message ?? err}`;
          }
        }
        const peerMedian = median(times.peer);
        const oursMedian = median(times.ours);
        const oursPeak = peaks.ours.length ? Math.max(...peaks.ours) : undefined;
        const { ratio, met } = judge(c, peerMedian, oursMedian, oursPeak);
        rows.push({
          gate,
          case: label,
          'peer median': peerSkip ? 'skipped' : fmtSeconds(peerMedian),
          'ours median': fmtSeconds(oursMedian),
          ratio,
          target: c.target ?? '',
          'met?': met,
          'our peak MB': fmtMB(oursPeak),
          check,
        });
        records.push({ gate, case: label, runs, target: c.target, minSpeedup: c.minSpeedup, maxSlowdown: c.maxSlowdown, maxPeakMB: c.maxPeakMB, peer: { label: c.peer?.label, skip: peerSkip, seconds: times.peer, peakKB: peaks.peer }, ours: { label: c.ours.label, seconds: times.ours, peakKB: peaks.ours }, met, check });
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  console.log('');
  if (rows.length) printTable(rows);
  else console.log('(no cases ran)');
  if (skipped.length) {
    console.log('\nSkipped:');
    for (const s of skipped) console.log(`  - ${s}`);
  }
  if (failures.length) {
    console.log('\nFailed (a command or benchmark module broke; timings are never a failure):');
    for (const f of failures) console.log(`  - ${f}`);
  }
  console.log(`\nWall time: median of the runs (hrtime around each spawn); peak MB: the highest max RSS of our runs${timeAvailable ? '' : ' (unavailable: /usr/bin/time missing)'}.`);
  writeFileSync(join(benchRoot, 'results.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, results: records, skipped, failures }, null, 2) + '\n');
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err?.stack ?? err);
    process.exit(1);
  },
);
