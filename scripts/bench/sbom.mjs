// Bench for the sbom gate: validating a 5,000-component BOM that the pinned cyclonedx-npm generated
// (from a synthetic npm project whose node_modules this script writes on disk), against the CycloneDX
// library's own JsonStrictValidator, each as a whole process on the same file.
// - valid BOM: both must accept it; target >= 5x faster.
// - the same BOM with independent defects spread to its end: we must report every one (the library
//   reports the first only); timed too, so "all errors" is not bought with speed.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const gate = 'sbom';

const COMPONENTS = 5000;
const LICENSES = ['MIT', 'ISC', 'Apache-2.0', 'BSD-3-Clause', '(MIT OR Apache-2.0)', 'BSD-2-Clause'];

function write(path, value) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2) + '\n');
}

/** An installed npm project with COMPONENTS packages (a binary dependency tree), as `npm ci` leaves it. */
function writeProject(dir) {
  const name = (i) => (i % 5 === 0 ? `@bench/pkg-${i}` : `pkg-${i}`);
  const version = (i) => `${1 + (i % 7)}.${i % 13}.${i % 3}`;
  const deps = (i) => Object.fromEntries([2 * i + 1, 2 * i + 2].filter((j) => j < COMPONENTS).map((j) => [name(j), `^${version(j)}`]));
  const root = { name: 'bench-app', version: '1.0.0', license: 'MIT', dependencies: { [name(0)]: `^${version(0)}` } };
  const packages = { '': root };
  for (let i = 0; i < COMPONENTS; i++) {
    const manifest = {
      name: name(i),
      version: version(i),
      description: `Benchmark package number ${i}`,
      license: LICENSES[i % LICENSES.length],
      author: i % 3 === 0 ? undefined : `Author ${i} <a${i}@example.com>`,
      homepage: `https://example.com/${name(i)}#readme`,
      repository: { type: 'git', url: `git+https://github.com/bench/${name(i).replace('@bench/', '')}.git` },
      bugs: { url: `https://github.com/bench/${name(i).replace('@bench/', '')}/issues` },
      dependencies: deps(i),
    };
    write(join(dir, 'node_modules', name(i), 'package.json'), manifest);
    packages[`node_modules/${name(i)}`] = {
      version: version(i),
      resolved: `https://registry.npmjs.org/${name(i)}/-/${name(i).split('/').pop()}-${version(i)}.tgz`,
      integrity: 'sha512-' + Buffer.alloc(64, i % 251).toString('base64'),
      license: manifest.license,
      dependencies: manifest.dependencies,
    };
  }
  const lock = { name: root.name, version: root.version, lockfileVersion: 3, requires: true, packages };
  write(join(dir, 'package.json'), root);
  write(join(dir, 'package-lock.json'), lock);
  const hidden = { ...lock, packages: Object.fromEntries(Object.entries(packages).filter(([k]) => k !== '')) };
  write(join(dir, 'node_modules', '.package-lock.json'), hidden);
}

/** Independent defects near the end of the BOM, so a first-error validator has to read (almost) all of it. */
function injectDefects(bom) {
  const comps = bom.components;
  const n = comps.length;
  const pointers = [];
  const at = (i) => comps[n - 1 - i];
  at(0).version = 3; pointers.push(`/components/${n - 1}/version`);
  at(10).type = 'lib'; pointers.push(`/components/${n - 11}/type`);
  at(20).licenses = [{ license: { id: 'NOT-AN-SPDX-ID' } }]; pointers.push(`/components/${n - 21}/licenses/0/license/id`);
  at(30).licenses = [{ expression: 'MIT OR Bogus-1.0' }]; pointers.push(`/components/${n - 31}/licenses/0/expression`);
  at(40).purl = 42; pointers.push(`/components/${n - 41}/purl`);
  at(50).hashes = [{ alg: 'MD4', content: 'abc' }]; pointers.push(`/components/${n - 51}/hashes/0/alg`, `/components/${n - 51}/hashes/0/content`);
  at(60).unexpected = true; pointers.push(`/components/${n - 61}`);
  const deps = bom.dependencies;
  deps[deps.length - 1].dependsOn = [...(deps[deps.length - 1].dependsOn ?? []), 'no-such-ref'];
  pointers.push(`/dependencies/${deps.length - 1}/dependsOn/${deps[deps.length - 1].dependsOn.length - 1}`);
  return pointers;
}

const PEER_SCRIPT = `// The CycloneDX library's own strict JSON validator, as cyclonedx-npm uses it.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const require = createRequire(process.argv[2] + '/package.json');
const { Validation, Spec } = require('@cyclonedx/cyclonedx-library');
const text = readFileSync(process.argv[3], 'utf8');
const version = JSON.parse(text).specVersion;
const errors = await new Validation.JsonStrictValidator(version).validate(text);
process.stdout.write(JSON.stringify({ valid: errors === null, errors: errors ?? [] }) + '\\n');
process.exitCode = errors === null ? 0 : 1;
`;

export async function cases({ root, benchDir, log }) {
  const project = join(benchDir, `project-${COMPONENTS}`);
  const bomPath = join(benchDir, `bom-${COMPONENTS}.cdx.json`);
  const badPath = join(benchDir, `bom-${COMPONENTS}-defects.cdx.json`);
  const pointersPath = join(benchDir, `bom-${COMPONENTS}-defects.pointers.json`);
  if (!existsSync(bomPath)) {
    log(`writing a ${COMPONENTS}-package npm project`);
    writeProject(project);
    log('generating its BOM with the pinned cyclonedx-npm (npm ls on the on-disk node_modules)');
    const bin = join(root, 'node_modules', '@cyclonedx', 'cyclonedx-npm', 'bin', 'cyclonedx-npm-cli.js');
    const env = { ...process.env };
    delete env.NODE_ENV;
    execFileSync(process.execPath, [bin, '--spec-version', '1.6', '--no-validate', '--output-file', bomPath, '--', join(project, 'package.json')], { cwd: project, env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  if (!existsSync(badPath)) {
    const bom = JSON.parse(readFileSync(bomPath, 'utf8'));
    const pointers = injectDefects(bom);
    writeFileSync(badPath, JSON.stringify(bom, null, 2));
    writeFileSync(pointersPath, JSON.stringify(pointers));
  }
  const peerScript = join(benchDir, 'library-strict-validate.mjs');
  writeFileSync(peerScript, PEER_SCRIPT);
  const expected = JSON.parse(readFileSync(pointersPath, 'utf8'));
  const count = (() => {
    const bom = JSON.parse(readFileSync(bomPath, 'utf8'));
    let n = 0;
    const walk = (list) => { for (const c of list ?? []) { n++; walk(c.components); } };
    walk(bom.components);
    return n;
  })();
  const cli = join(root, 'dist', 'cli', 'index.js');
  const peerSide = (file) => ({ label: 'cyclonedx-library JsonStrictValidator', cmd: process.execPath, args: [peerScript, root, file], cwd: benchDir });
  const oursSide = (file) => ({ label: 'release-gates sbom --sbom-file', cmd: process.execPath, args: [cli, 'sbom', '--sbom-file', file, '--format', 'json', '--unknown-licenses', 'allow'], cwd: benchDir });
  const parse = (out) => {
    try {
      return JSON.parse(out.stdout);
    } catch {
      return undefined;
    }
  };
  return [
    {
      name: `cyclonedx-npm BOM, ${count} components (${(readFileSync(bomPath).length / 1048576).toFixed(1)} MiB): validate`,
      target: '>= 5x faster than the CycloneDX library JsonStrictValidator',
      minSpeedup: 5,
      runs: 3,
      peer: peerSide(bomPath),
      ours: oursSide(bomPath),
      check: async ({ peer, ours }) => {
        const p = parse(peer);
        const o = parse(ours);
        if (!p?.valid) return `the library rejects the generated BOM: ${peer.stdout.slice(0, 300)}`;
        if (!o || o.metrics?.schemaErrors !== 0 || o.status === 'error') return `we do not accept it: ${ours.stdout.slice(0, 300)} ${ours.stderr.slice(0, 300)}`;
        if (o.metrics.components !== count) return `we count ${o.metrics.components} components, the BOM has ${count}`;
        return undefined;
      },
    },
    {
      name: `same BOM with ${expected.length} independent defects near its end: validate, all errors`,
      // The library stops at its first error; we report every one, so its time is a floor, not a peer.
      target: 'every defect reported (the library: its first); <= 2x the library time',
      maxSlowdown: 2,
      runs: 3,
      peer: peerSide(badPath),
      ours: oursSide(badPath),
      check: async ({ peer, ours }) => {
        const p = parse(peer);
        const o = parse(ours);
        if (!p || p.valid) return `the library accepts the defective BOM: ${peer.stdout.slice(0, 300)}`;
        if (!o) return `no result from us: ${ours.stderr.slice(0, 300)}`;
        const messages = o.findings.map((f) => f.message);
        const missing = expected.filter((ptr) => !messages.some((m) => m.startsWith(`${ptr}:`) || m.startsWith(`${ptr || '(document)'}:`)));
        if (missing.length) return `we missed ${missing.length} defect(s): ${missing.join(', ')}`;
        if (!o.findings.filter((f) => f.ruleId.startsWith('sbom/schema') || f.ruleId === 'sbom/license-expression' || f.ruleId === 'sbom/bom-ref').every((f) => typeof f.line === 'number')) return 'a validation finding has no line';
        return undefined;
      },
    },
  ];
}
