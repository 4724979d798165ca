// The tarball gate's collect/orchestrate step: pack (or take) each tarball, list it, analyse it, consult
// the package folder and the registry where only they can answer, and turn issues into findings.

import { mkdir, mkdtemp } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigurationError, errorMessage, InputError } from '../../common/src/errors';
import type { GateContext, GateReport } from '../../common/src/gate';
import { toPosix } from '../../common/src/glob';
import { readTextCapped } from '../../common/src/readers';
import { compareFindings, decisionFromFindings, type Finding } from '../../common/src/result';
import { analyseListing, checkPackage, manifestCapture, missingImportSpecifiers, snapshotOf, type PackageCheck } from './analyse';
import { registryMismatch, type Snapshot } from './diff';
import { locateInFolder } from './folder';
import type { Issue } from './issues';
import { parseJsonWithPositions, type PositionedJson } from './json-positions';
import { fetchPrevious, npmPack } from './npm';
import type { TarballOptions } from './options';
import { forbiddenRules } from './policy';
import { buildReport, type PackageOutcome } from './report';
import { readTarball, type ReadCaps } from './tar/read';
import { discoverWorkspaces, readPackageJson } from './workspaces';
import { fileIn } from '../../common/src/paths';

interface Job {
  /** Absolute tarball path. */
  tarball: string;
  /** Absolute package folder, when the tarball came from (or matches) one. */
  dir?: string;
  label: string;
}

function capsOf(o: TarballOptions): ReadCaps {
  return {
    maxEntries: o['cap-entries'],
    maxTotalBytes: o['cap-unpacked-bytes'],
    maxFileBytes: o['cap-file-bytes'],
    maxRatio: o['cap-ratio'],
    maxPathBytes: o['cap-path-bytes'],
    maxDepth: o['cap-depth'],
    maxPaxBytes: o['cap-pax-bytes'],
  };
}

function rel(ctx: GateContext, abs: string): string {
  const r = toPosix(relative(ctx.workspace, abs));
  return r === '' ? '.' : r.startsWith('..') || isAbsolute(r) ? toPosix(abs) : r;
}

async function readPositions(path: string, display: string): Promise<PositionedJson | undefined> {
  try {
    const { text } = await readTextCapped(path, 1024 * 1024, display);
    return parseJsonWithPositions(text, display);
  } catch {
    return undefined;
  }
}

async function plan(o: TarballOptions, ctx: GateContext, dest: string): Promise<{ jobs: Job[]; notes: Finding[] }> {
  const notes: Finding[] = [];
  const dir = resolve(ctx.workspace, o.dir || '.');
  if (o.tarball) {
    if (o.workspaces) throw new ConfigurationError('tarball and workspaces cannot be combined: give one .tgz, or let the gate pack every workspace', 'tarball');
    const tarball = resolve(ctx.workspace, o.tarball);
    // The folder explains missing files ("not packed" vs "never built") only if it is this package.
    return { jobs: [{ tarball, dir, label: rel(ctx, tarball) }], notes };
  }
  if (o.workspaces) {
    if (o.previous && o.previous !== 'npm') throw new ConfigurationError('with workspaces, previous can only be npm (one path cannot serve every package)', 'previous');
    const all = await discoverWorkspaces(dir);
    const publics = all.filter((w) => !w.private);
    for (const w of all.filter((x) => x.private)) {
      notes.push({ ruleId: 'tarball/private-workspace', severity: 'note', message: `${w.name} (${w.dir}) is private: not packed or checked`, file: rel(ctx, fileIn(join(dir, w.dir), 'package.json')) });
    }
    if (!publics.length) throw new ConfigurationError('workspaces: no public workspace package found', 'workspaces');
    const packed = await npmPack(dir, { destination: dest, ignoreScripts: o['ignore-scripts'], workspaces: publics.map((w) => w.dir) });
    const jobs: Job[] = [];
    for (const w of publics) {
      const info = packed.find((p) => p.name === w.name);
      if (!info) throw new InputError(`npm pack did not report a tarball for workspace ${w.name} (${w.dir})`);
      jobs.push({ tarball: join(dest, info.filename), dir: join(dir, w.dir), label: `${info.name}@${info.version}` });
    }
    return { jobs, notes };
  }
  const [info, ...rest] = await npmPack(dir, { destination: dest, ignoreScripts: o['ignore-scripts'] });
  if (rest.length) throw new InputError(`npm pack produced ${rest.length + 1} tarballs for one folder`);
  return { jobs: [{ tarball: join(dest, info!.filename), dir, label: `${info!.name}@${info!.version}` }], notes };
}

interface PreviousLoad {
  snapshot?: Snapshot;
  note?: string;
  /** The registry's dist metadata disagrees with the tarball it serves. */
  mismatch?: string;
}

async function loadPrevious(o: TarballOptions, ctx: GateContext, check: { name: string; publishTag?: string }, dest: string, caps: ReadCaps, allow: string[]): Promise<PreviousLoad> {
  let path: string;
  let version: string;
  let dist: Record<string, unknown> | undefined;
  if (o.previous === 'npm') {
    const tag = o['previous-tag'] || check.publishTag || 'latest';
    const fetched = await fetchPrevious(check.name, tag, ctx.workspace, dest);
    if (!fetched.ok) return { note: fetched.note };
    path = fetched.path;
    version = fetched.version;
    dist = fetched.dist;
  } else {
    path = resolve(ctx.workspace, o.previous);
    version = rel(ctx, path);
  }
  try {
    const listing = await readTarball(path, caps, { source: rel(ctx, path), capture: manifestCapture() });
    const analysis = analyseListing(listing, allow);
    const v = analysis.manifest.manifest?.version;
    const out: PreviousLoad = { snapshot: snapshotOf(analysis, typeof v === 'string' ? v : version) };
    // The packument's fileCount/unpackedSize must describe the tarball it serves (manifest confusion).
    const claims = registryMismatch(dist, analysis.files.length, analysis.unpackedBytes);
    if (claims.length) out.mismatch = `the registry's metadata for ${check.name}@${version} does not match its tarball (${claims.join(', ')})`;
    return out;
  } catch (err) {
    if (o.previous !== 'npm') throw err; // the user's own file: a bad path is an error
    return { note: `the previous tarball could not be read: ${errorMessage(err)}` };
  }
}

function toFinding(issue: Issue, where: { tarball: string; dirRel?: string; positions?: PositionedJson }, prefix: string): Finding {
  const f: Finding = { ruleId: issue.rule, severity: issue.severity, message: prefix + issue.message };
  const pkgJson = where.dirRel !== undefined ? (where.dirRel === '.' ? 'package.json' : `${where.dirRel}/package.json`) : undefined;
  if (issue.key && pkgJson) {
    f.file = pkgJson;
    const pos = where.positions?.positionOf(issue.key);
    if (pos) {
      f.line = pos.line;
      f.column = pos.column;
    }
  } else if (issue.path !== undefined && where.dirRel !== undefined) {
    f.file = where.dirRel === '.' ? issue.path : `${where.dirRel}/${issue.path}`;
  } else {
    f.file = pkgJson ?? where.tarball;
  }
  return f;
}

async function checkJob(job: Job, o: TarballOptions, ctx: GateContext, dest: string, prefix: string): Promise<PackageOutcome> {
  const caps = capsOf(o);
  const allow = o['allow-conditions'];
  const tarballRel = rel(ctx, job.tarball);
  const outcome: PackageOutcome = { label: job.label, tarball: job.tarball, findings: [] };
  try {
    const listing = await readTarball(job.tarball, caps, { source: tarballRel, capture: manifestCapture() });
    const analysis = analyseListing(listing, allow);
    const manifest = analysis.manifest.manifest;
    const name = typeof manifest?.name === 'string' ? manifest.name : undefined;
    if (manifest && typeof manifest.version === 'string' && name) outcome.label = `${name}@${manifest.version}`;

    // Use the folder only when it holds this very package.
    let dir: string | undefined;
    if (job.dir) {
      try {
        const onDisk = await readPackageJson(fileIn(job.dir, 'package.json'), 'package.json');
        if (onDisk.name === name) dir = job.dir;
      } catch {
        dir = undefined;
      }
    }
    const missing = analysis.results.filter((r) => !r.matches.length && !r.target.allowedCondition).map((r) => r.target);
    const inFolder = dir && missing.length ? await locateInFolder(dir, missing) : undefined;

    let importReferences: Map<string, string[]> | undefined;
    const specifiers = missingImportSpecifiers(analysis);
    if (specifiers.length) {
      // Second pass: does any packed file mention the specifier? Unreferenced mappings break nothing.
      const needles = specifiers.map((s) => Buffer.from(s, 'utf8'));
      const again = await readTarball(job.tarball, caps, { source: tarballRel, needles });
      const pathOf = new Map(analysis.files.map((f) => [f.index, f.path]));
      importReferences = new Map(
        specifiers.map((s, i) => [s, [...again.needleHits[i]!].map((idx) => pathOf.get(idx)).filter((p): p is string => !!p && p !== 'package.json')]),
      );
    }

    let previous: Snapshot | undefined;
    let registryMismatch: string | undefined;
    if (o.previous && name) {
      const publishConfig = manifest?.publishConfig as { tag?: unknown } | undefined;
      const prevDest = await mkdtemp(join(dest, 'previous-'));
      const loaded = await loadPrevious(o, ctx, { name, publishTag: typeof publishConfig?.tag === 'string' ? publishConfig.tag : undefined }, prevDest, caps, allow);
      previous = loaded.snapshot;
      if (loaded.note) outcome.previousNote = loaded.note;
      if (loaded.mismatch) registryMismatch = loaded.mismatch;
    }

    const check: PackageCheck = checkPackage({
      analysis,
      ...(inFolder ? { inFolder } : {}),
      ...(importReferences ? { importReferences } : {}),
      ...(previous ? { previous } : {}),
      required: o.required,
      forbidden: forbiddenRules(o.forbidden),
      publishedDirs: o['published-dirs'],
      budgets: {
        maxPackedBytes: o['max-packed-bytes'],
        maxUnpackedBytes: o['max-unpacked-bytes'],
        maxFiles: o['max-files'],
        maxFileBytes: o['max-file-bytes'],
      },
      removedExports: o['removed-exports'],
    });
    const dirRel = dir ? rel(ctx, dir) : undefined;
    const positions = dir ? ((await readPositions(fileIn(dir, 'package.json'), 'package.json')) ?? analysis.manifest.positions) : undefined;
    if (outcome.previousNote) check.issues.push({ rule: 'tarball/previous-unavailable', severity: 'note', message: outcome.previousNote });
    if (registryMismatch) check.issues.push({ rule: 'tarball/registry-mismatch', severity: 'warning', message: registryMismatch });
    outcome.findings = check.issues.map((i) => toFinding(i, { tarball: tarballRel, dirRel, positions }, prefix)).sort(compareFindings);
    outcome.check = check;
    outcome.analysis = analysis;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    outcome.error = errorMessage(err);
    outcome.findings = [{ ruleId: 'tarball/unreadable', severity: 'error', message: prefix + err.message, file: err.file ?? tarballRel, ...(err.line ? { line: err.line } : {}) }];
  }
  return outcome;
}

export async function runTarball(o: TarballOptions, ctx: GateContext): Promise<GateReport> {
  if (o.previous && o.previous !== 'npm' && !o.previous.endsWith('.tgz') && !o.previous.endsWith('.tar.gz')) {
    throw new ConfigurationError(`previous must be npm or a path to a .tgz; got ${JSON.stringify(o.previous)}`, 'previous');
  }
  forbiddenRules(o.forbidden); // a bad policy is a configuration error before any packing
  const dest = join(ctx.tempDir, 'tarball');
  await mkdir(dest, { recursive: true });
  const { jobs, notes } = await plan(o, ctx, await mkdtemp(join(dest, 'pack-')));
  const outcomes: PackageOutcome[] = [];
  for (const job of jobs) outcomes.push(await checkJob(job, o, ctx, dest, jobs.length > 1 ? `${job.label}: ` : ''));
  const report = buildReport(outcomes, notes);
  const findings = [...notes, ...outcomes.flatMap((x) => x.findings)].sort(compareFindings);
  return { ...report, findings, decision: outcomes.some((x) => x.error) ? 'error' : decisionFromFindings(findings) };
}
