// The sbom gate: generate a CycloneDX BOM with the pinned cyclonedx-npm (or take an existing one),
// validate it strictly and offline, score NTIA completeness, apply the license policy, diff it
// against the previous release's BOM, and attach it to the release. Collect here; rules in the pure modules.

import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { Gate, GateContext, GateReport } from '../../common/src/gate';
import { ConfigurationError, InputError, errorMessage } from '../../common/src/errors';
import { readTextCapped } from '../../common/src/readers';
import type { Finding } from '../../common/src/result';
import { git } from '../../common/src/git';
import { viewBom, pathDescriber, type BomView } from './bom-model';
import { diffSboms, type SbomDiff } from './diff';
import { resolveGenerator, runGenerator, type GeneratorCommand } from './generator';
import { locatePointers } from './json-locate';
import { evaluateLicenses, type LicenseEvaluation } from './license-policy';
import { DEFAULT_NTIA, evaluateNtia, ELEMENT_LABEL, type NtiaResult } from './ntia';
import { SBOM_OPTIONS, checkEnrich, checkLicenseList, checkOmit, type SbomOptions } from './options';
import { enrich, makeReproducible, promoteWorkspace, serializeBom, timestampFromEpoch, type EnrichmentReport } from './postprocess';
import { clientFrom, fetchPreviousSbom, releaseTag, uploadReleaseAsset, type UploadOutcome } from './release';
import { readSchema, schemaDir } from './schemas';
import { validateBomText, type ValidationIssue } from './validate';
import { buildSections } from './report';
import { fileIn } from '../../common/src/paths';

type Json = Record<string, unknown>;

function displayPath(ctx: GateContext, path: string): string {
  const rel = relative(ctx.workspace, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
}

let spdxIdsCache: string[] | undefined;
/** SPDX ids known to the shipped CycloneDX schemas (the same list the schema validates license.id against). */
function spdxIds(): string[] {
  if (!spdxIdsCache) {
    const schema = readSchema(schemaDir(), 'spdx.SNAPSHOT.schema.json');
    spdxIdsCache = Array.isArray(schema.enum) ? (schema.enum as string[]) : [];
    if (spdxIdsCache.length === 0) throw new InputError('the shipped spdx.SNAPSHOT.schema.json has no license id list');
  }
  return spdxIdsCache;
}

interface Generated {
  path: string;
  text: string;
  generator: GeneratorCommand;
  enrichment?: EnrichmentReport;
  timestampSource?: string;
}

async function workspacePackage(projectDir: string, workspace: string): Promise<{ name: string; version?: string }> {
  const asPath = fileIn(resolve(projectDir, workspace), 'package.json');
  if (existsSync(asPath)) {
    try {
      const pkg = JSON.parse(readFileSync(asPath, 'utf8')) as { name?: unknown; version?: unknown };
      if (typeof pkg.name === 'string') return { name: pkg.name, version: typeof pkg.version === 'string' ? pkg.version : undefined };
    } catch (err) {
      throw new InputError(`cannot read the workspace's package.json: ${errorMessage(err)}`, asPath);
    }
  }
  return { name: workspace };
}

async function reproducibleTimestamp(ctx: GateContext, projectDir: string): Promise<{ timestamp?: string; source: string }> {
  const epoch = ctx.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') return { timestamp: timestampFromEpoch(epoch), source: 'SOURCE_DATE_EPOCH' };
  try {
    const seconds = (await git(projectDir, ['log', '-1', '--format=%ct'])).trim();
    if (/^\d+$/.test(seconds)) return { timestamp: new Date(Number(seconds) * 1000).toISOString(), source: 'HEAD commit time' };
  } catch {
    // Not a git checkout: no stable time to use.
  }
  return { source: 'none (set SOURCE_DATE_EPOCH)' };
}

function readLockfile(projectDir: string): { text?: string; json?: Json } {
  for (const name of ['npm-shrinkwrap.json', 'package-lock.json']) {
    const path = fileIn(projectDir, name);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    try {
      return { text, json: JSON.parse(text) as Json };
    } catch (err) {
      throw new InputError(`lockfile is not valid JSON: ${errorMessage(err)}`, path);
    }
  }
  return {};
}

async function generate(o: SbomOptions, ctx: GateContext): Promise<Generated> {
  const projectDir = resolve(ctx.workspace, o.dir);
  const omit = checkOmit(o.omit);
  const enrichments = checkEnrich(o.enrich);
  const output = o.output
    ? resolve(ctx.workspace, o.output)
    : ctx.isAction
      ? fileIn(fileIn(ctx.env.RUNNER_TEMP || ctx.tempDir, 'release-gates'), 'sbom.cdx.json')
      : fileIn(ctx.workspace, 'sbom.cdx.json');
  mkdirSync(dirname(output), { recursive: true });
  const raw = fileIn(ctx.tempDir, 'cyclonedx-npm.raw.json');
  const generator = await resolveGenerator(ctx.env, { log: (m) => ctx.log.info(m) });
  ctx.log.info(`generating the SBOM with @cyclonedx/cyclonedx-npm ${generator.version} (${generator.source})`);
  await runGenerator(generator, { projectDir, outputFile: raw, specVersion: o['spec-version'], omit, workspace: o.workspace || undefined, reproducible: o.reproducible }, ctx.env);
  let bom: Json;
  try {
    bom = JSON.parse(readFileSync(raw, 'utf8')) as Json;
  } catch (err) {
    throw new InputError(`cyclonedx-npm wrote output that is not JSON: ${errorMessage(err)}`, raw);
  }
  if (o.workspace) promoteWorkspace(bom, await workspacePackage(projectDir, o.workspace));
  const lock = readLockfile(projectDir);
  const enrichment = enrich(bom, enrichments, lock.json, o['spec-version']);
  let timestampSource: string | undefined;
  if (o.reproducible) {
    const ts = await reproducibleTimestamp(ctx, projectDir);
    timestampSource = ts.source;
    const settings = JSON.stringify({ spec: o['spec-version'], omit: [...omit].sort(), workspace: o.workspace, enrich: [...enrichments].sort() });
    makeReproducible(bom, { lockfileText: lock.text, settings, timestamp: ts.timestamp });
  }
  const text = serializeBom(bom);
  writeFileSync(output, text);
  return { path: output, text, generator, enrichment: enrichments.length ? enrichment : undefined, timestampSource };
}

function issueFinding(issue: ValidationIssue, file: string): Finding {
  const f: Finding = { ruleId: issue.ruleId, severity: 'error', message: issue.message, file };
  if (issue.line !== undefined) f.line = issue.line;
  if (issue.column !== undefined) f.column = issue.column;
  return f;
}

function ntiaThresholds(given: SbomOptions['min-ntia']): typeof DEFAULT_NTIA {
  return { ...DEFAULT_NTIA, ...given };
}

function ntiaFindings(ntia: NtiaResult, file: string): Finding[] {
  const out: Finding[] = [];
  for (const e of ntia.elements) {
    if (e.ok) continue;
    const names = e.missing.slice(0, 5).map((c) => (c.group ? `${c.group}/${c.name}` : c.name) + (c.version ? `@${c.version}` : '')).join(', ');
    out.push({
      ruleId: `sbom/ntia-${e.element}`,
      severity: 'error',
      message: `${e.present} of ${e.total} components have ${ELEMENT_LABEL[e.element]}, below min-ntia.${e.element} ${e.min}%; lacking: ${names}${e.missing.length > 5 ? ` and ${e.missing.length - 5} more` : ''}`,
      file,
    });
  }
  return out;
}

export interface SbomRun {
  file: string;
  generated?: Generated;
  issues: ValidationIssue[];
  specVersion?: string;
  view?: BomView;
  ntia?: NtiaResult;
  licenses?: LicenseEvaluation;
  diff?: SbomDiff;
  diffSource?: string;
  upload?: UploadOutcome;
}

const gate: Gate<SbomOptions> = {
  name: 'sbom',
  title: 'SBOM',
  description: 'Generates a CycloneDX SBOM with the pinned cyclonedx-npm (or takes one), validates it strictly offline, scores NTIA completeness, applies a license policy and diffs it against the previous release.',
  options: SBOM_OPTIONS,
  async run(o, ctx): Promise<GateReport> {
    ctx.redactor.add(o['github-token']);
    const known = new Set(spdxIds());
    const allow = checkLicenseList('allow-licenses', o['allow-licenses'], known);
    const deny = checkLicenseList('deny-licenses', o['deny-licenses'], known);
    const overlap = allow.filter((a) => deny.includes(a));
    if (overlap.length) throw new ConfigurationError(`${overlap.join(', ')} in both allow-licenses and deny-licenses`, 'deny-licenses');

    // ---- collect: the BOM text (generated or given) ----
    const state: SbomRun = { file: '', issues: [] };
    let text: string;
    if (o['sbom-file']) {
      const path = resolve(ctx.workspace, o['sbom-file']);
      state.file = displayPath(ctx, path);
      text = (await readTextCapped(path, undefined, state.file)).text;
    } else {
      try {
        state.generated = await generate(o, ctx);
      } catch (err) {
        // Name files relative to the repository, so annotations land on them.
        if (err instanceof InputError && err.file) throw new InputError(err.message.replace(err.file, displayPath(ctx, err.file)), displayPath(ctx, err.file), err.line, err.column);
        throw err;
      }
      state.file = displayPath(ctx, state.generated.path);
      text = state.generated.text;
    }
    const bomPath = o['sbom-file'] ? resolve(ctx.workspace, o['sbom-file']) : state.generated!.path;

    // ---- validate ----
    const validation = validateBomText(text, { expectedVersion: state.generated ? o['spec-version'] : undefined });
    const fatal = validation.issues.find((i) => i.ruleId === 'sbom/json-syntax' || i.ruleId === 'sbom/not-cyclonedx' || (i.ruleId === 'sbom/spec-version' && !validation.specVersion));
    if (fatal || !validation.bom) {
      // No schema could be chosen: this is not a BOM we can judge at all.
      throw new InputError(fatal?.message ?? 'not a CycloneDX BOM', state.file, fatal?.line, fatal?.column);
    }
    state.issues = validation.issues;
    state.specVersion = validation.specVersion;
    const findings: Finding[] = validation.issues.map((i) => issueFinding(i, state.file));
    const bom = validation.bom;
    const view = (state.view = viewBom(bom));

    // ---- completeness ----
    state.ntia = evaluateNtia(view, bom, ntiaThresholds(o['min-ntia']));
    findings.push(...ntiaFindings(state.ntia, state.file));
    const min = ntiaThresholds(o['min-ntia']);
    if (min.author && !state.ntia.hasAuthor) findings.push({ ruleId: 'sbom/ntia-author', severity: 'error', message: 'the BOM names no author of the SBOM data (metadata.authors, manufacturer, supplier or tools)', file: state.file });
    if (min.timestamp && !state.ntia.hasTimestamp) {
      findings.push({
        ruleId: 'sbom/ntia-timestamp',
        severity: 'error',
        message: `the BOM has no metadata.timestamp${state.generated?.timestampSource ? ` (reproducible timestamp source: ${state.generated.timestampSource})` : ''}`,
        file: state.file,
      });
    }

    // ---- license policy ----
    const policy = { allow, deny, unknown: o['unknown-licenses'], exceptions: o['license-exceptions'] };
    state.licenses = evaluateLicenses(view.components, policy, [...known]);
    const describe = pathDescriber(view);
    const licensePointers = state.licenses.results.filter((r) => r.verdict !== 'allowed').map((r) => r.component.pointer);
    const positions = locatePointers(text, licensePointers);
    for (const r of state.licenses.results) {
      if (r.verdict === 'allowed') continue;
      const pos = positions.get(r.component.pointer);
      const where = { file: state.file, ...(pos ? { line: pos.line, column: pos.column } : {}) };
      const via = describe(r.component);
      if (r.verdict === 'excepted') {
        findings.push({ ruleId: 'sbom/license-exception', severity: 'note', message: `${via}: license ${r.license} (${r.reason}) accepted by license-exceptions["${r.exception!.key}"]: ${r.exception!.reason}`, ...where });
      } else if (r.verdict === 'unknown') {
        if (policy.unknown === 'allow') continue;
        findings.push({ ruleId: 'sbom/license-unknown', severity: policy.unknown === 'fail' ? 'error' : 'warning', message: `${via}: license ${r.license}: ${r.reason}`, ...where });
      } else {
        findings.push({ ruleId: r.verdict === 'denied' ? 'sbom/license-denied' : 'sbom/license-not-allowed', severity: 'error', message: `${via}: license ${r.license}: ${r.reason}`, ...where });
      }
    }
    for (const key of state.licenses.unusedExceptions) {
      findings.push({ ruleId: 'sbom/license-exception-unused', severity: 'note', message: `license-exceptions["${key}"] matches no component in this BOM; remove it if the package is gone` });
    }

    // ---- diff against the previous release ----
    const client = clientFrom(ctx.env, ctx.event.repository, o['github-token']);
    const tag = releaseTag(ctx.event);
    let previousText: string | undefined;
    if (o['previous-sbom']) {
      const prevPath = resolve(ctx.workspace, o['previous-sbom']);
      previousText = (await readTextCapped(prevPath, undefined, displayPath(ctx, prevPath))).text;
      state.diffSource = displayPath(ctx, prevPath);
    } else if (client) {
      try {
        const prev = await fetchPreviousSbom(client, o['asset-name'], tag);
        previousText = prev.text;
        state.diffSource = prev.source;
      } catch (err) {
        findings.push({ ruleId: 'sbom/previous-sbom', severity: 'warning', message: `could not fetch the previous release's SBOM: ${errorMessage(err)}` });
      }
    }
    if (previousText !== undefined) {
      let previous: Json;
      try {
        previous = JSON.parse(previousText.replace(/^\uFEFF/, '')) as Json;
      } catch (err) {
        throw new InputError(`the previous SBOM is not valid JSON: ${errorMessage(err)}`, state.diffSource);
      }
      state.diff = diffSboms(viewBom(previous).components, view.components);
      for (const c of state.diff.newlyCopyleft) {
        findings.push({ ruleId: 'sbom/new-copyleft', severity: 'warning', message: `${c.label} is newly under a copyleft license (${c.licenses.join(', ')}) since ${state.diffSource}`, file: state.file });
      }
    }

    // ---- release asset (only a schema-valid BOM is published) ----
    const schemaValid = validation.issues.length === 0;
    if (tag && client && o['release-asset'] !== 'skip') {
      if (!schemaValid) {
        state.upload = { outcome: 'skipped', message: 'the BOM did not validate, so it was not attached to the release' };
      } else {
        try {
          state.upload = await uploadReleaseAsset(client, ctx.event, tag, o['asset-name'], Buffer.from(text, 'utf8'), o['release-asset']);
        } catch (err) {
          state.upload = { outcome: 'failed', message: `release upload failed: ${errorMessage(err)}` };
        }
      }
      if (['not-permitted', 'immutable', 'failed'].includes(state.upload.outcome)) {
        findings.push({ ruleId: 'sbom/release-asset', severity: 'warning', message: state.upload.message });
      }
    } else if (tag && !client) {
      ctx.log.info('a release/tag event without github-token: the SBOM is not attached to the release');
    }

    // ---- decide ----
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const decision = errors ? 'fail' : warnings ? 'warn' : 'pass';
    const schemaErrors = validation.issues.length;
    const lic = state.licenses.results;
    const count = (v: string) => lic.filter((r) => r.verdict === v).length;
    const ntiaPercent = Object.fromEntries(state.ntia.elements.map((e) => [e.element, e.total ? Math.floor((e.present * 10000) / e.total) / 100 : 100]));
    const metrics = {
      components: view.components.length,
      specVersion: validation.specVersion,
      generated: Boolean(state.generated),
      generatorVersion: state.generated?.generator.version,
      schemaErrors,
      licenseDenied: count('denied'),
      licenseNotAllowed: count('not-allowed'),
      licenseUnknown: count('unknown'),
      licenseExcepted: count('excepted'),
      ntiaPercent,
      ntiaAuthor: state.ntia.hasAuthor,
      ntiaTimestamp: state.ntia.hasTimestamp,
      serialNumber: typeof bom.serialNumber === 'string' ? bom.serialNumber : undefined,
      reproducible: o.reproducible && Boolean(state.generated),
      diff: state.diff
        ? { added: state.diff.added.length, removed: state.diff.removed.length, changed: state.diff.changed.length, licenseChanges: state.diff.licenseChanges.length, newlyCopyleft: state.diff.newlyCopyleft.length }
        : undefined,
      releaseAsset: state.upload?.outcome,
    };
    const parts = [
      `${view.components.length} components, CycloneDX ${validation.specVersion}`,
      schemaErrors ? `${schemaErrors} validation error${schemaErrors === 1 ? '' : 's'}` : 'valid',
    ];
    const violations = count('denied') + count('not-allowed');
    if (violations) parts.push(`${violations} license violation${violations === 1 ? '' : 's'}`);
    const ntiaMisses = state.ntia.elements.filter((e) => !e.ok).length;
    if (ntiaMisses) parts.push(`${ntiaMisses} NTIA element${ntiaMisses === 1 ? '' : 's'} below threshold`);
    if (state.diff) parts.push(`+${state.diff.added.length} −${state.diff.removed.length} ~${state.diff.changed.length} since previous`);
    return {
      decision,
      summary: parts.join('; '),
      metrics,
      findings,
      sections: buildSections(state, ntiaThresholds(o['min-ntia']), describe),
      outputs: {
        'sbom-path': bomPath,
        components: String(view.components.length),
        'artifact-name': o['artifact-name'] === 'none' ? '' : o['artifact-name'],
        ...(state.upload?.url ? { 'release-asset-url': state.upload.url } : {}),
      },
    };
  },
};

export default gate;
