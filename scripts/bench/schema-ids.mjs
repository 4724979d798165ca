// Bench and conformance for the schema-ids gate.
// - Speed: the whole `release-gates schema-ids` process over SchemaStore's 951 schemas vs the whole
//   `ajv compile -s '*.json'` process (ajv-cli 5 with ajv-formats) over the same files in one run.
//   Target: >= 5x faster, our peak RSS < 1 GB.
// - Conformance, on SchemaStore and beacon-v2: an independent, deliberately naive scan (root ids, every "$ref"
//   outside data keywords, URL resolution, JSON pointers) finds duplicate root $ids and broken relative $refs;
//   the gate must report every one of them. Run standalone for the counts: node scripts/bench/schema-ids.mjs
// Reads ../shared/corpus (or $RELEASE_GATES_CORPUS) when present; without it the cases are skipped.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const gate = 'schema-ids';

const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples', 'example']);

export function corpusDir(root) {
  return resolve(process.env.RELEASE_GATES_CORPUS ?? join(root, '..', 'shared', 'corpus'));
}

export const CORPORA = {
  schemastore: { dir: 'schemastore', schemas: ['*.json'] },
  // beacon-v2 keeps example instances next to the schemas; they are not schemas.
  'beacon-v2': { dir: 'beacon-v2', schemas: ['**/*.json', '!**/examples/**', '!**/examples-*/**', '!**/*[eE]xample*'] },
};

function listFiles(dir, pick) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else if (pick(relative(dir, abs).split('\\').join('/'))) out.push(relative(dir, abs).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

function pickerFor(name) {
  if (name === 'schemastore') return (p) => !p.includes('/') && p.endsWith('.json');
  return (p) => p.endsWith('.json') && !/(^|\/)examples(-[^/]*)?\//.test(p) && !/example/i.test(p.split('/').pop());
}

function pointerValue(root, pointer) {
  let node = root;
  for (const raw of pointer.split('/').slice(1)) {
    const t = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, t)) return { found: false };
    node = node[t];
  }
  return { found: true };
}

/** The naive expectations: duplicate root ids (by file) and broken relative refs (by file and ref text). */
export function naiveScan(dir, name) {
  const files = listFiles(dir, pickerFor(name));
  const docs = new Map();
  const byUri = new Map();
  const ids = new Map();
  for (const path of files) {
    const value = JSON.parse(readFileSync(join(dir, path), 'utf8').replace(/^\uFEFF/, ''));
    const fileUri = new URL(path.split('/').map(encodeURIComponent).join('/'), 'file:///corpus/').href;
    const dialect04 = typeof value.$schema === 'string' && value.$schema.includes('draft-04');
    const rawId = dialect04 ? value.id : value.$id;
    let base = fileUri;
    if (typeof rawId === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(rawId)) {
      base = new URL(rawId).href.replace(/#.*$/, '');
      ids.set(base, [...(ids.get(base) ?? []), path]);
      if (!byUri.has(base)) byUri.set(base, value);
    }
    byUri.set(fileUri, byUri.get(fileUri) ?? value);
    docs.set(path, { value, base });
  }
  // Embedded ids (e.g. draft-04 `"id": "path"` inside definitions) name resources too; resolved naively
  // against the root base, which is right for the flat layouts in these corpora.
  for (const { value, base } of docs.values()) {
    const dialect04 = typeof value.$schema === 'string' && value.$schema.includes('draft-04');
    const visit = (node, isRoot) => {
      if (Array.isArray(node)) return node.forEach((n) => visit(n, false));
      if (node === null || typeof node !== 'object') return;
      const id = dialect04 ? node.id : node.$id;
      if (!isRoot && typeof id === 'string' && !id.startsWith('#')) {
        try {
          const uri = new URL(id, base).href.replace(/#.*$/, '');
          if (!byUri.has(uri)) byUri.set(uri, node);
        } catch {
          // not a URI: the gate's meta-schema check reports it
        }
      }
      for (const [k, v] of Object.entries(node)) if (!DATA_KEYWORDS.has(k)) visit(v, false);
    };
    visit(value, true);
  }
  const duplicateIdFiles = new Set([...ids.values()].filter((l) => l.length > 1).flat());
  const brokenRefs = [];
  let relativeRefs = 0;
  for (const [path, { value, base }] of docs) {
    const visit = (node) => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (node === null || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        if (DATA_KEYWORDS.has(k)) continue;
        if (k === '$ref' && typeof v === 'string') {
          if (/^[a-z][a-z0-9+.-]*:/i.test(v)) continue; // absolute: not a relative ref
          relativeRefs++;
          let target;
          try {
            target = new URL(v, base);
          } catch {
            brokenRefs.push({ file: path, ref: v });
            continue;
          }
          const fragment = decodeURIComponent(target.hash.slice(1));
          // A fragment-only ref stays in its own document, whatever other file claims the same $id.
          const doc = v.startsWith('#') ? value : byUri.get(target.href.replace(/#.*$/, ''));
          if (!doc) brokenRefs.push({ file: path, ref: v });
          else if (fragment.startsWith('/') && !pointerValue(doc, fragment).found) brokenRefs.push({ file: path, ref: v });
        } else visit(v);
      }
    };
    visit(value);
  }
  return { files: files.length, duplicateIdFiles, brokenRefs, relativeRefs };
}

function parseResult(stdout) {
  const json = JSON.parse(stdout);
  return Array.isArray(json) ? json[0] : json;
}

/** Compare the gate's JSON result with the naive scan; a string when the gate missed something. */
export function compare(result, naive) {
  const problems = [];
  if (result.status === 'error') problems.push(`status error: ${result.summary}`);
  if (result.metrics.schemas !== naive.files) problems.push(`gate saw ${result.metrics.schemas} schemas, the scan ${naive.files}`);
  if (result.metrics.parsed !== result.metrics.schemas) problems.push(`${result.metrics.schemas - result.metrics.parsed} schemas not parsed`);
  const dupFiles = new Set(result.findings.filter((f) => f.ruleId === 'schema/duplicate-id').map((f) => f.file));
  const missedDups = [...naive.duplicateIdFiles].filter((f) => !dupFiles.has(f));
  if (missedDups.length) problems.push(`duplicate $id not reported in ${missedDups.join(', ')}`);
  const refKey = (file, ref) => `${file}\0${ref}`;
  const reported = new Set();
  for (const f of result.findings) {
    if (f.ruleId !== 'schema/unresolved-ref' && f.ruleId !== 'schema/remote-ref') continue;
    const m = /^\$\w+ ("(?:[^"\\]|\\.)*")/.exec(f.message);
    if (m) reported.add(refKey(f.file, JSON.parse(m[1])));
  }
  const missedRefs = naive.brokenRefs.filter((r) => !reported.has(refKey(r.file, r.ref)));
  if (missedRefs.length) problems.push(`${missedRefs.length} broken relative $refs not reported, e.g. ${missedRefs.slice(0, 3).map((r) => `${r.file} ${r.ref}`).join('; ')}`);
  const counts = {
    schemas: result.metrics.schemas,
    duplicateIdFilesScan: naive.duplicateIdFiles.size,
    duplicateIdFindings: result.findings.filter((f) => f.ruleId === 'schema/duplicate-id').length,
    relativeRefsScan: naive.relativeRefs,
    brokenRelativeRefsScan: naive.brokenRefs.length,
    brokenRelativeRefsReported: naive.brokenRefs.length - missedRefs.length,
    unresolvedRefFindings: result.metrics.findingsByRule['schema/unresolved-ref'] ?? 0,
    remoteRefFindings: result.metrics.findingsByRule['schema/remote-ref'] ?? 0,
    refsResolved: `${result.metrics.refs.resolved}/${result.metrics.refs.total}`,
  };
  return { problems, counts };
}

function ourArgs(root, dir, corpus) {
  return [join(root, 'dist', 'cli', 'index.js'), 'schema-ids', '--working-directory', dir, ...CORPORA[corpus].schemas.flatMap((g) => ['--schemas', g]), '--format', 'json'];
}

export async function cases({ root, benchDir, log, ensurePeer }) {
  const corpus = corpusDir(root);
  if (!existsSync(join(corpus, 'schemastore'))) {
    log(`skipping: no corpus at ${corpus} (set RELEASE_GATES_CORPUS to a folder with schemastore/ and beacon-v2/)`);
    return [{ name: 'SchemaStore 951 schemas', skip: `no corpus at ${corpus}` }];
  }
  const storeDir = join(corpus, 'schemastore');
  const peer = await ensurePeer({ npm: 'ajv-cli@5 ajv-formats@3' });
  const ajvBin = peer.ok ? (existsSync(join(peer.bin, 'ajv')) && statSync(join(peer.bin, 'ajv')).isFile() ? join(peer.bin, 'ajv') : peer.bin) : undefined;
  const out = [
    {
      name: 'SchemaStore 951 schemas: whole gate',
      target: ">= 5x faster than ajv compile -s '*.json' (ajv-cli 5 + ajv-formats), < 1 GB",
      minSpeedup: 5,
      maxPeakMB: 1024,
      runs: 3,
      peer: ajvBin
        ? { label: "ajv compile -s '*.json' -c ajv-formats", cmd: ajvBin, args: ['compile', '-s', '*.json', '-c', 'ajv-formats'], cwd: storeDir, okCodes: [0, 1] }
        : { skip: peer.reason ?? 'ajv-cli unavailable' },
      ours: { label: 'release-gates schema-ids', cmd: process.execPath, args: ourArgs(root, storeDir, 'schemastore'), cwd: root },
      check: async ({ ours }) => {
        const { problems, counts } = compare(parseResult(ours.stdout), naiveScan(storeDir, 'schemastore'));
        log('SchemaStore counts', JSON.stringify(counts));
        return problems.length ? problems.join('; ') : undefined;
      },
    },
  ];
  const beaconDir = join(corpus, 'beacon-v2');
  if (existsSync(beaconDir)) {
    out.push({
      name: 'beacon-v2 80 schemas: relative refs (conformance)',
      target: 'every duplicate $id and broken relative $ref reported',
      runs: 1,
      peer: { skip: 'conformance case: checked against an independent scan, not a peer tool' },
      ours: { label: 'release-gates schema-ids', cmd: process.execPath, args: ourArgs(root, beaconDir, 'beacon-v2'), cwd: root },
      check: async ({ ours }) => {
        const { problems, counts } = compare(parseResult(ours.stdout), naiveScan(beaconDir, 'beacon-v2'));
        log('beacon-v2 counts', JSON.stringify(counts));
        return problems.length ? problems.join('; ') : undefined;
      },
    });
  }
  return out;
}

// Standalone: the conformance counts for both corpora (needs a built dist/).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
  const corpus = corpusDir(root);
  let failed = false;
  for (const name of Object.keys(CORPORA)) {
    const dir = join(corpus, CORPORA[name].dir);
    if (!existsSync(dir)) {
      console.log(`${name}: skipped, no corpus at ${dir}`);
      continue;
    }
    const run = spawnSync(process.execPath, ourArgs(root, dir, name), { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (run.status !== 0 && run.status !== 1) {
      console.log(`${name}: the gate exited ${run.status}: ${run.stderr.slice(0, 2000)}`);
      failed = true;
      continue;
    }
    const { problems, counts } = compare(parseResult(run.stdout), naiveScan(dir, name));
    console.log(`${name}: ${JSON.stringify(counts)}`);
    for (const p of problems) console.log(`  MISSED: ${p}`);
    failed ||= problems.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
