#!/usr/bin/env node
// Fail when dist/ differs from a fresh build: rebuild into a temporary folder and compare every
// file both ways (changed, missing and stray files), printing the diff.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'dist');
const scratch = mkdtempSync(join(tmpdir(), 'release-gates-dist-'));
const fresh = join(scratch, 'dist');

function list(dir) {
  const out = new Map();
  const walk = (d) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), p);
    }
  };
  walk(dir);
  return out;
}

try {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--out', fresh], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    process.stderr.write(build.stdout + build.stderr);
    console.error('check-dist: the build failed');
    process.exit(1);
  }
  const want = list(fresh);
  const have = list(committed);
  const problems = [];
  for (const [rel, path] of want) {
    const mine = have.get(rel);
    if (!mine) problems.push({ rel, kind: 'missing from dist/ (run npm run build and commit)' });
    else if (!readFileSync(mine).equals(readFileSync(path)) || (statSync(mine).mode & 0o111) !== (statSync(path).mode & 0o111)) {
      problems.push({ rel, kind: 'differs from a fresh build', a: mine, b: path });
    }
  }
  for (const rel of have.keys()) if (!want.has(rel)) problems.push({ rel, kind: 'stray file (not produced by the build)' });
  if (problems.length) {
    console.error(`check-dist: dist/ is out of date (${problems.length} file${problems.length === 1 ? '' : 's'}):`);
    for (const p of problems) {
      console.error(`  dist/${p.rel}: ${p.kind}`);
      if (p.a) {
        const diff = spawnSync('git', ['diff', '--no-index', '--stat', '--', p.a, p.b], { encoding: 'utf8' });
        const body = spawnSync('git', ['diff', '--no-index', '--', p.a, p.b], { encoding: 'utf8' });
        process.stderr.write(diff.stdout + body.stdout.split('\n').slice(0, 80).join('\n') + '\n');
      }
    }
    console.error('Fix: npm run build, then commit dist/.');
    process.exit(1);
  }
  console.log(`check-dist: dist/ matches a fresh build (${want.size} files)`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
