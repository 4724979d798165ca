// Bench and agreement checks for the coverage gate.
// Speed (generated inputs, cached under .bench/coverage):
//   1. ~100 MB lcov, totals: >= 20x faster than `lcov --summary` (Debian lcov), same line/function/branch counts.
//   2. the same file: within 3x of a Node script that only reads the file and counts its lines.
//   3. patch coverage of a 2,000-file diff with a ~50 MB Cobertura report: >= 5x faster than diff-cover,
//      same counts (coverable changed lines and uncovered ones).
//   Peak memory of ours under 300 MB in case 1.
// Agreement on real reports (/work/shared/corpus/coverage when present, else skipped):
//   - every lcov report: our totals = `lcov --summary` counts;
//   - every lcov and Cobertura report, rewritten into a scratch repository with a synthetic change:
//     our patch counts = diff-cover's on the same diff and report.

import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const gate = 'coverage';

const CORPUS = '/work/shared/corpus/coverage';
const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };

function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', maxBuffer: 1 << 28 }).trim();
}

/** Deterministic pseudo-random numbers (mulberry32), so cached inputs are reproducible. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function initRepo(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'commit.gpgsign', 'false');
}

function commitAll(dir, message) {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

async function writeStreamed(path, produce) {
  const out = createWriteStream(path);
  let buffered = '';
  const write = async (text) => {
    buffered += text;
    if (buffered.length > 1 << 20) {
      if (!out.write(buffered)) await new Promise((r) => out.once('drain', r));
      buffered = '';
    }
  };
  await produce(write);
  out.end(buffered);
  await new Promise((r, j) => out.on('finish', r).on('error', j));
}

// ------------------------------------------------------------------ ~100 MB lcov

const LCOV_FILES = 5000;
const LCOV_LINES = 1250;

/** A geninfo-style tracefile (legacy FN/FNDA so lcov 1.x counts functions the same way) and a repo that tracks its sources. */
async function bigLcov(benchDir, log) {
  const dir = join(benchDir, 'lcov-repo');
  const report = join(dir, 'coverage', 'lcov.info');
  const done = join(benchDir, 'lcov-repo.done');
  if (existsSync(done) && existsSync(report)) return { dir, report };
  log(`generating a ~100 MB lcov tracefile (${LCOV_FILES} files) and its repository`);
  initRepo(dir);
  writeFileSync(join(dir, '.gitignore'), 'coverage/\n');
  for (let f = 0; f < LCOV_FILES; f++) {
    const path = join(dir, 'src', `mod${f % 64}`, `file${f}.c`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '');
  }
  commitAll(dir, 'sources');
  mkdirSync(join(dir, 'coverage'), { recursive: true });
  const random = rng(42);
  await writeStreamed(report, async (write) => {
    for (let f = 0; f < LCOV_FILES; f++) {
      // Absolute paths from another machine, as CI writes them.
      let rec = `TN:unit\nSF:/home/ci/build/project/src/mod${f % 64}/file${f}.c\n`;
      const fnHits = [];
      for (let l = 1; l < LCOV_LINES; l += 15) rec += `FN:${l},function_${f}_${l}\n`;
      for (let l = 1; l < LCOV_LINES; l += 15) {
        const hits = random() < 0.7 ? Math.floor(random() * 50) + 1 : 0;
        fnHits.push(hits);
        rec += `FNDA:${hits},function_${f}_${l}\n`;
      }
      rec += `FNF:${fnHits.length}\nFNH:${fnHits.filter((h) => h > 0).length}\n`;
      let brf = 0;
      let brh = 0;
      for (let l = 4; l < LCOV_LINES; l += 8) {
        for (let b = 0; b < 2; b++) {
          const r = random();
          const taken = r < 0.1 ? '-' : r < 0.4 ? '0' : String(Math.floor(random() * 100) + 1);
          brf++;
          if (taken !== '-' && taken !== '0') brh++;
          rec += `BRDA:${l},0,${b},${taken}\n`;
        }
      }
      rec += `BRF:${brf}\nBRH:${brh}\n`;
      let lf = 0;
      let lh = 0;
      for (let l = 1; l <= LCOV_LINES; l++) {
        if (random() < 0.2) continue; // not executable
        const hits = random() < 0.75 ? Math.floor(random() * 1000) + 1 : 0;
        lf++;
        if (hits) lh++;
        rec += `DA:${l},${hits}\n`;
      }
      rec += `LF:${lf}\nLH:${lh}\nend_of_record\n`;
      await write(rec);
    }
  });
  writeFileSync(done, '');
  return { dir, report };
}

/** The baseline for "reading a file": stream it and count its lines, nothing else. */
function lineCounter(benchDir) {
  const path = join(benchDir, 'count-lines.mjs');
  writeFileSync(
    path,
    `// Reads a file in 4 MiB chunks and counts '\\n' bytes: the least any line-based reader must do.
import { openSync, readSync, closeSync } from 'node:fs';
const fd = openSync(process.argv[2], 'r');
const buf = Buffer.allocUnsafe(4 * 1024 * 1024);
let lines = 0;
for (;;) {
  const n = readSync(fd, buf, 0, buf.length, null);
  if (n === 0) break;
  for (let i = buf.indexOf(10); i !== -1 && i < n; i = buf.indexOf(10, i + 1)) lines++;
}
closeSync(fd);
console.log(lines);
`,
  );
  return path;
}

/** lcov --summary's counts: { lines: [covered, total], functions, branches } (missing = no data). */
function parseLcovSummary(text) {
  const out = {};
  for (const m of text.matchAll(/^\s*(lines|functions|branches)\.*: [\d.]+% \((\d+) of (\d+) \w+\)/gm)) out[m[1]] = [Number(m[2]), Number(m[3])];
  return out;
}

function parseOurs(stdout) {
  const start = stdout.indexOf('{');
  if (start === -1) throw new Error(`no JSON in our output: ${stdout.slice(0, 200)}`);
  return JSON.parse(stdout.slice(start));
}

/** Compare lcov --summary with our totals; functions only where lcov 1.x understands the records. */
function compareTotals(peerText, oursText, { functions = true } = {}) {
  const peer = parseLcovSummary(peerText);
  const result = parseOurs(oursText);
  if (result.status === 'error') return `ours ended in error: ${result.summary}`;
  const diffs = [];
  for (const metric of ['lines', 'branches', ...(functions ? ['functions'] : [])]) {
    const ours = result.metrics.total[metric];
    const theirs = peer[metric] ?? [0, 0];
    if (ours.covered !== theirs[0] || ours.total !== theirs[1]) diffs.push(`${metric}: lcov ${theirs[0]}/${theirs[1]} vs ours ${ours.covered}/${ours.total}`);
  }
  return diffs.length ? diffs.join('; ') : undefined;
}

// ------------------------------------------------------------------ 2,000-file diff, ~50 MB Cobertura

const PATCH_FILES = 4000;
const PATCH_CHANGED = 2000;
const PATCH_LINES = 340;

async function bigPatch(benchDir, log) {
  const dir = join(benchDir, 'patch-repo');
  const report = join(dir, 'coverage.xml');
  const done = join(benchDir, 'patch-repo.done');
  if (existsSync(done) && existsSync(report)) return { dir, report, base: readFileSync(done, 'utf8').trim() };
  log(`generating a ${PATCH_FILES}-file repository, a ${PATCH_CHANGED}-file change and a ~50 MB Cobertura report`);
  initRepo(dir);
  writeFileSync(join(dir, '.gitignore'), 'coverage.xml\n*.json\n');
  const random = rng(7);
  const pathOf = (f) => `pkg${f % 40}/module_${f}.py`;
  const lineText = (f, l, v) => `value_${f}_${l} = compute(${l}, ${v})\n`;
  for (let f = 0; f < PATCH_FILES; f++) {
    mkdirSync(join(dir, dirname(pathOf(f))), { recursive: true });
    let text = '';
    for (let l = 1; l <= PATCH_LINES; l++) text += lineText(f, l, 0);
    writeFileSync(join(dir, pathOf(f)), text);
  }
  const base = commitAll(dir, 'base');
  // The change rewrites a few runs of lines in half the files (in place, so line numbers hold).
  for (let f = 0; f < PATCH_CHANGED; f++) {
    const file = (f * 2) % PATCH_FILES;
    const lines = readFileSync(join(dir, pathOf(file)), 'utf8').split('\n');
    for (let run = 0; run < 3; run++) {
      const start = 1 + Math.floor(random() * (PATCH_LINES - 12));
      for (let l = start; l < start + 1 + Math.floor(random() * 10); l++) lines[l - 1] = lineText(file, l, 1).trimEnd();
    }
    writeFileSync(join(dir, pathOf(file)), lines.join('\n'));
  }
  commitAll(dir, 'change');
  await writeStreamed(report, async (write) => {
    await write(`<?xml version="1.0" ?>\n<coverage version="7.6.0" timestamp="1" lines-valid="0" lines-covered="0" line-rate="0" branches-covered="0" branches-valid="0" branch-rate="0" complexity="0">\n\t<sources>\n\t\t<source>${dir}</source>\n\t</sources>\n\t<packages>\n`);
    for (let p = 0; p < 40; p++) {
      await write(`\t\t<package name="pkg${p}" line-rate="0" branch-rate="0" complexity="0">\n\t\t\t<classes>\n`);
      for (let f = p; f < PATCH_FILES; f += 40) {
        let cls = `\t\t\t\t<class name="module_${f}.py" filename="${pathOf(f)}" complexity="0" line-rate="0" branch-rate="0">\n\t\t\t\t\t<methods/>\n\t\t\t\t\t<lines>\n`;
        for (let l = 1; l <= PATCH_LINES; l++) {
          if (random() < 0.15) continue;
          const hits = random() < 0.7 ? Math.floor(random() * 40) + 1 : 0;
          if (l % 9 === 0) {
            const covered = Math.floor(random() * 3);
            cls += `\t\t\t\t\t\t<line number="${l}" hits="${hits}" branch="true" condition-coverage="${Math.floor((covered * 100) / 2)}% (${Math.min(covered, 2)}/2)" missing-branches="${l + 2}"/>\n`;
          } else cls += `\t\t\t\t\t\t<line number="${l}" hits="${hits}"/>\n`;
        }
        await write(cls + '\t\t\t\t\t</lines>\n\t\t\t\t</class>\n');
      }
      await write('\t\t\t</classes>\n\t\t</package>\n');
    }
    await write('\t</packages>\n</coverage>\n');
  });
  writeFileSync(done, base);
  return { dir, report, base };
}

function comparePatch(diffCoverJsonPath, oursText) {
  const peer = JSON.parse(readFileSync(diffCoverJsonPath, 'utf8'));
  const result = parseOurs(oursText);
  if (result.status === 'error') return `ours ended in error: ${result.summary}`;
  const ours = result.metrics.patch?.lines;
  if (!ours) return `ours did not evaluate the patch: ${result.metrics.patchSkipped}`;
  const peerCovered = peer.total_num_lines - peer.total_num_violations;
  if (peer.total_num_lines !== ours.total || peerCovered !== ours.covered) {
    return `diff-cover ${peerCovered}/${peer.total_num_lines} (violations ${peer.total_num_violations}) vs ours ${ours.covered}/${ours.total}`;
  }
  return undefined;
}

// ------------------------------------------------------------------ corpus agreement

/** A report path as a repository-relative path: drive letters, leading slashes and backslashes removed. */
function repoPathOf(raw) {
  return raw.replace(/\\/g, '/').replace(/^[A-Za-z]:\//, '').replace(/^\/+/, '').replace(/^(\.\.\/)+/, '');
}

/**
 * A scratch repository for one corpus report: every file the report names (at its max line + 5
 * lines), a base commit, then a change that rewrites every 4th line in place. The report is
 * rewritten to name the repository's absolute paths, so diff-cover and we read the same thing.
 */
function corpusRepo(benchDir, kind, name) {
  const dir = join(benchDir, 'corpus', name.replace(/[^\w.-]/g, '_'));
  const done = join(dir, '.bench-done');
  const reportName = kind === 'lcov' ? 'report.info' : 'report.xml';
  if (existsSync(done)) return { dir, report: join(dir, reportName), base: readFileSync(done, 'utf8').trim() };
  initRepo(dir);
  const text = readFileSync(join(CORPUS, kind, name), 'utf8');
  const maxLine = new Map();
  let rewritten;
  if (kind === 'lcov') {
    let current;
    rewritten = text.replace(/^SF:(.*?)\r?$/gm, (_, p) => {
      current = repoPathOf(p.trim());
      if (!maxLine.has(current)) maxLine.set(current, 0);
      return `SF:${dir}/${current}`;
    });
    current = undefined;
    for (const line of text.split('\n')) {
      if (line.startsWith('SF:')) current = repoPathOf(line.slice(3).trim());
      const m = /^(?:DA|BRDA):(\d+),/.exec(line);
      if (m && current) maxLine.set(current, Math.max(maxLine.get(current), Number(m[1])));
    }
  } else {
    // Cobertura: one <source> (the repository), class filenames relative to it.
    rewritten = text
      .replace(/<sources>[\s\S]*?<\/sources>/, `<sources><source>${dir}</source></sources>`)
      .replace(/<!DOCTYPE[^>]*>/, '')
      .replace(/filename="([^"]*)"/g, (_, p) => `filename="${repoPathOf(p)}"`);
    let current;
    for (const m of rewritten.matchAll(/filename="([^"]*)"|<line [^>]*number="(\d+)"/g)) {
      if (m[1] !== undefined) {
        current = m[1];
        if (!maxLine.has(current)) maxLine.set(current, 0);
      } else if (current) maxLine.set(current, Math.max(maxLine.get(current), Number(m[2])));
    }
  }
  for (const [path, max] of maxLine) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), Array.from({ length: max + 5 }, (_, i) => `line ${i + 1}`).join('\n') + '\n');
  }
  writeFileSync(join(dir, '.gitignore'), 'report.*\n*.json\n.bench-done\n');
  const base = commitAll(dir, 'base');
  for (const [path, max] of maxLine) {
    const lines = Array.from({ length: max + 5 }, (_, i) => ((i + 1) % 4 === 0 ? `changed ${i + 1}` : `line ${i + 1}`));
    writeFileSync(join(dir, path), lines.join('\n') + '\n');
  }
  commitAll(dir, 'change');
  writeFileSync(join(dir, reportName), rewritten);
  writeFileSync(done, base);
  return { dir, report: join(dir, reportName), base };
}

function corpusFiles(kind) {
  const d = join(CORPUS, kind);
  return existsSync(d) ? readdirSync(d).sort() : [];
}

// ------------------------------------------------------------------ cases

export async function cases({ root, benchDir, log, ensurePeer }) {
  mkdirSync(benchDir, { recursive: true });
  const cli = join(root, 'dist', 'cli', 'index.js');
  const ours = (cwd, args) => ({ label: 'release-gates coverage', cmd: process.execPath, args: [cli, 'coverage', ...args, '--format', 'json'], cwd });
  const lcovPeer = await ensurePeer({ apt: 'lcov' });
  const diffCoverPeer = await ensurePeer({ apt: 'diff-cover' });
  const out = [];

  const big = await bigLcov(benchDir, log);
  out.push({
    name: 'lcov ~100 MB: totals',
    target: '>= 20x faster than lcov --summary, < 300 MB',
    minSpeedup: 20,
    maxPeakMB: 300,
    runs: 3,
    peer: lcovPeer.ok ? { label: 'lcov --summary', cmd: 'lcov', args: ['--summary', big.report, '--rc', 'lcov_branch_coverage=1'], cwd: big.dir } : { skip: lcovPeer.reason },
    ours: ours(big.dir, ['--report', 'coverage/lcov.info']),
    check: ({ peer, ours: o }) => compareTotals(peer.stdout + peer.stderr, o.stdout),
  });
  out.push({
    name: 'lcov ~100 MB: vs reading it',
    target: '<= 3x a Node script that only counts lines',
    maxSlowdown: 3,
    maxPeakMB: 300,
    runs: 5,
    peer: { label: 'node count-lines.mjs', cmd: process.execPath, args: [lineCounter(benchDir), big.report], cwd: big.dir },
    ours: ours(big.dir, ['--report', 'coverage/lcov.info']),
  });

  const patch = await bigPatch(benchDir, log);
  const peerJson = join(patch.dir, 'diff-cover.json');
  out.push({
    name: 'patch: 2,000-file diff, ~50 MB Cobertura',
    target: '>= 5x faster than diff-cover, same counts',
    minSpeedup: 5,
    runs: 3,
    peer: diffCoverPeer.ok
      ? { label: 'diff-cover', cmd: 'diff-cover', args: [patch.report, `--compare-branch=${patch.base}`, '--json-report', peerJson], cwd: patch.dir }
      : { skip: diffCoverPeer.reason },
    ours: ours(patch.dir, ['--report', 'coverage.xml', '--base', patch.base, '--min-patch', '0']),
    check: ({ ours: o }) => comparePatch(peerJson, o.stdout),
  });

  // Agreement on real reports: one short case per file, no speed target.
  if (!existsSync(CORPUS)) {
    log(`no corpus at ${CORPUS}: agreement cases skipped`);
    return out;
  }
  for (const name of corpusFiles('lcov')) {
    const repo = corpusRepo(benchDir, 'lcov', name);
    const text = readFileSync(join(CORPUS, 'lcov', name), 'utf8');
    // lcov 1.x reads neither FN with an end line (geninfo 2.x) nor FNL/FNA (2.2+): it miscounts those functions.
    const functions = !/^FN:\d+,\d+,/m.test(text) && !/^FNL:/m.test(text);
    out.push({
      name: `corpus lcov totals: ${name}`,
      target: 'same counts as lcov --summary',
      runs: 1,
      peer: lcovPeer.ok ? { label: 'lcov --summary', cmd: 'lcov', args: ['--summary', repo.report, '--rc', 'lcov_branch_coverage=1'], cwd: repo.dir } : { skip: lcovPeer.reason },
      ours: ours(repo.dir, ['--report', 'report.info']),
      check: ({ peer, ours: o }) => compareTotals(peer.stdout + peer.stderr, o.stdout, { functions }),
    });
  }
  for (const kind of ['lcov', 'cobertura']) {
    for (const name of corpusFiles(kind)) {
      const repo = corpusRepo(benchDir, kind, name);
      const json = join(repo.dir, 'diff-cover.json');
      // diff-cover 7.4 (Debian) stops with "Unknown syntax in lcov report" on lcov 2.x FNL/FNA records.
      const unreadable = kind === 'lcov' && /^FN[LA]:/m.test(readFileSync(join(CORPUS, kind, name), 'utf8'));
      out.push({
        name: `corpus patch (${kind}): ${name}`,
        target: 'same counts as diff-cover',
        runs: 1,
        peer: !diffCoverPeer.ok
          ? { skip: diffCoverPeer.reason }
          : unreadable
            ? { skip: 'diff-cover 7.4 cannot read lcov 2.x FNL/FNA records ("Unknown syntax")' }
            : { label: 'diff-cover', cmd: 'diff-cover', args: [repo.report, `--compare-branch=${repo.base}`, '--json-report', json], cwd: repo.dir },
        ours: ours(repo.dir, ['--report', kind === 'lcov' ? 'report.info' : 'report.xml', '--base', repo.base]),
        check: ({ ours: o }) => comparePatch(json, o.stdout),
      });
    }
  }
  return out;
}
