#!/usr/bin/env node
// Corpus check: run the built CLI over every real report in a corpus folder (one run per report and
// one over all of them), and check that each ingests without error, keeps its findings (merging may
// reduce them, nothing may be invented), and that no output holds a raw value from the report.
// Usage: npx node actions/secret-scan/scripts/check-corpus.mjs [corpus-dir]   (Node 24, after `npm run build`;
// RELEASE_GATES_REPORT_THREAD=on to parse every report on a worker thread)

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = resolve(process.argv[2] ?? '/work/shared/corpus/secrets');
const cli = join(root, 'dist', 'cli', 'index.js');
if (!existsSync(cli)) {
  console.error('build first: npm run build');
  process.exit(2);
}

/** Files in the corpus that are not scanner reports (and why). */
const NOT_REPORTS = [[/\.gitleaksignore$/, 'gitleaks ignore list, not a report']];

// ---- independent expectations: how many findings a report holds, and its raw values ----

const RAW_KEYS = new Set(['Secret', 'Match', 'Line', 'Fragment', 'offender', 'line', 'Raw', 'RawV2', 'Redacted', 'secret', 'secrets', 'hashed_secret', 'Email', 'email']);
const MASKS = /^(?:\**|REDACTED|x+)$/i;

function collectRaw(value, out, key) {
  if (typeof value === 'string') {
    if (key && RAW_KEYS.has(key) && value.length >= 6 && !MASKS.test(value.trim())) out.add(value);
  } else if (Array.isArray(value)) value.forEach((v) => collectRaw(v, out, key));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'snippet' && v && typeof v.text === 'string') out.add(v.text);
      else collectRaw(v, out, k);
    }
    // trufflehog before 3.14: Raw is base64 of the secret.
    if (typeof value.Raw === 'string' && !('DecoderName' in value)) {
      const decoded = Buffer.from(value.Raw, 'base64').toString('utf8');
      if (Buffer.from(decoded).toString('base64') === value.Raw && decoded.length >= 6) out.add(decoded);
    }
    // secretlint: the matched range of sourceContent is the secret; the rest of the file must not leak either.
    if (typeof value.sourceContent === 'string') {
      for (const m of value.messages ?? []) if (Array.isArray(m.range)) out.add(value.sourceContent.slice(m.range[0], m.range[1]));
      for (const l of value.sourceContent.split('\n')) if (l.trim().length >= 12) out.add(l.trim());
    }
  }
}

function sarifCount(doc) {
  let n = 0;
  for (const run of doc.runs ?? []) for (const r of run.results ?? []) if (!['pass', 'notApplicable'].includes(r.kind) && r.baselineState !== 'absent') n++;
  return n;
}

function expectations(text) {
  const raw = new Set();
  for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g)) raw.add(m[0]);
  const t = text.trim();
  if (t === '' || t === 'null' || t === '[]') return { count: 0, raw };
  if (t.startsWith('::')) {
    const lines = t.split('\n').filter((l) => l.startsWith('::'));
    for (const l of lines) raw.add(l.slice(l.lastIndexOf('::') + 2));
    return { count: lines.length, raw };
  }
  if (t.startsWith('RuleID,')) {
    const lines = t.split('\n').slice(1).filter(Boolean);
    const header = t.split('\n')[0].split(',');
    for (const l of lines) for (const name of ['Secret', 'Match']) raw.add(l.split(',')[header.indexOf(name)]);
    return { count: lines.length, raw };
  }
  let doc;
  try {
    doc = JSON.parse(t);
  } catch {
    const lines = t.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)).filter((o) => o.SourceMetadata);
    for (const o of lines) collectRaw(o, raw);
    return { count: lines.length, raw };
  }
  collectRaw(doc, raw);
  if (Array.isArray(doc)) {
    const count = doc.reduce((n, e) => n + (Array.isArray(e?.messages) ? e.messages.length : 1), 0);
    return { count, raw };
  }
  if (Array.isArray(doc.runs)) return { count: sarifCount(doc), raw };
  if (doc.results && !Array.isArray(doc.results)) return { count: Object.values(doc.results).reduce((n, l) => n + l.length, 0), raw };
  if (doc.SourceMetadata) return { count: 1, raw };
  return { count: NaN, raw };
}

// ---- running the gate ----

function run(ws, reports, format) {
  const args = [cli, 'secret-scan', '--working-directory', ws, '--scope', 'full', '--fingerprint-salt', 'corpus-check', '--format', format,
    '--result-file', join(ws, 'out', 'result.json'), '--sarif', join(ws, 'out', 'result.sarif'), '--update-baseline', 'true',
    '--baseline', join('out', 'baseline.json'), ...reports.flatMap((r) => ['--report', r])];
  // RELEASE_GATES_REPORT_THREAD passes through, so `RELEASE_GATES_REPORT_THREAD=on` checks the report-thread path too.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, RELEASE_GATES_REPORT_THREAD: process.env.RELEASE_GATES_REPORT_THREAD ?? '' };
  const p = spawnSync(process.execPath, args, { cwd: ws, encoding: 'utf8', env });
  return { code: p.status, stdout: p.stdout, stderr: p.stderr };
}

function outputsOf(ws, runs) {
  const files = ['result.json', 'result.sarif', 'baseline.json'].map((f) => join(ws, 'out', f)).filter(existsSync).map((f) => readFileSync(f, 'utf8'));
  return [...runs.flatMap((r) => [r.stdout, r.stderr]), ...files].join('\n');
}

function check(reports, expected) {
  const ws = mkdtempSync(join(tmpdir(), 'rg-corpus-'));
  mkdirSync(join(ws, 'reports'));
  const names = reports.map((src) => {
    const name = `reports/${basename(dirname(src))}__${basename(src)}`;
    cpSync(src, join(ws, name));
    return name;
  });
  const json = run(ws, names, 'json');
  const md = run(ws, names, 'markdown');
  const problems = [];
  let result;
  try {
    result = JSON.parse(json.stdout);
  } catch {
    problems.push(`no GateResult on stdout (exit ${json.code}): ${json.stderr.trim().slice(0, 300)}`);
  }
  const m = result?.metrics ?? {};
  if (result && result.status === 'error') problems.push(`status error: ${result.findings?.[0]?.message}`);
  if (result && m.rawFindings !== expected.count) problems.push(`kept ${m.rawFindings} findings, the report holds ${expected.count}`);
  if (result && !(m.findings <= m.rawFindings)) problems.push(`${m.findings} merged findings from ${m.rawFindings}: invented`);
  if (result && m.new + m.preExisting + m.suppressed + m.expired !== m.findings) problems.push('classification does not add up');
  const all = outputsOf(ws, [json, md]);
  for (const value of expected.raw) if (all.includes(value)) problems.push(`leaked ${JSON.stringify(value.slice(0, 12))}…`);
  return { result, problems, raw: expected.raw.size };
}

const files = [];
for (const dir of readdirSync(corpus, { withFileTypes: true })) {
  if (!dir.isDirectory()) continue;
  for (const f of readdirSync(join(corpus, dir.name)).sort()) files.push(join(corpus, dir.name, f));
}

let failed = 0;
const reports = [];
const totals = { expected: 0, raw: 0 };
console.log('report | status | reported | kept | merged | raw values checked | problems');
for (const file of files) {
  const rel = file.slice(corpus.length + 1);
  const skip = NOT_REPORTS.find(([re]) => re.test(file));
  if (skip) {
    console.log(`${rel} | skipped | - | - | - | - | ${skip[1]}`);
    continue;
  }
  const expected = expectations(readFileSync(file, 'utf8'));
  reports.push(file);
  totals.expected += expected.count;
  totals.raw += expected.raw.size;
  const { result, problems, raw } = check([file], expected);
  if (problems.length) failed++;
  console.log(`${rel} | ${result?.status ?? '?'} | ${expected.count} | ${result?.metrics.rawFindings ?? '?'} | ${result?.metrics.findings ?? '?'} | ${raw} | ${problems.join('; ') || 'ok'}`);
}
const combined = expectations('');
combined.count = totals.expected;
for (const file of reports) for (const v of expectations(readFileSync(file, 'utf8')).raw) combined.raw.add(v);
const all = check(reports, combined);
if (all.problems.length) failed++;
console.log(`ALL ${reports.length} reports together | ${all.result?.status} | ${combined.count} | ${all.result?.metrics.rawFindings} | ${all.result?.metrics.findings} | ${combined.raw.size} | ${all.problems.join('; ') || 'ok'}`);
console.log(failed ? `\n${failed} check(s) failed` : `\nall ${reports.length} reports ok`);
process.exit(failed ? 1 : 0);
