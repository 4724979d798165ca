// Every file a consumer can reach through package.json: main, module, browser, types/typings,
// typesVersions, bin, exports (conditions, nesting, arrays, `*` patterns, null exclusions) and imports.
// `planEntryPoints` reads the manifest into targets; `resolveTargets` looks each one up in the packed
// file list. Both are pure.

import { posix } from 'node:path';
import { formatJsonPath, type Issue, type JsonPath } from './issues';

export type EntryScope = 'main' | 'module' | 'browser' | 'types' | 'typesVersions' | 'bin' | 'exports' | 'imports';

export interface EntryTarget {
  scope: EntryScope;
  field: JsonPath;
  /** The value as written in package.json. */
  raw: string;
  /** Package-relative paths tried in order (exact targets). */
  candidates: string[];
  /** `*` patterns: matched against every packed file. */
  pattern?: RegExp;
  /** Under a condition listed in allow-conditions: reported only when present. */
  allowedCondition?: string;
  /** imports only: the specifier text packed code would contain (`#dep/` for `#dep/*`). */
  specifier?: string;
  /** exports only: the subpath key this target serves (`./features/*`). */
  subpath?: string;
}

export interface EntryPointPlan {
  targets: EntryTarget[];
  issues: Issue[];
  /** exports subpaths mapped to null: files reached only through them are not exported. */
  exclusions: RegExp[];
}

export interface TargetResult {
  target: EntryTarget;
  /** First existing candidate, or every match of a pattern. */
  matches: string[];
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function invalid(field: JsonPath, message: string): Issue {
  return { rule: 'tarball/invalid-entry-point', severity: 'error', key: field, message: `${formatJsonPath(field)} ${message}` };
}

/** Package-relative, normalised; undefined (and an issue) when it points outside the package. */
function normalise(raw: string, field: JsonPath, issues: Issue[]): string | undefined {
  if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw) || raw.includes('\\')) {
    issues.push(invalid(field, `is ${JSON.stringify(raw)}: an absolute or Windows path cannot be resolved inside the package`));
    return undefined;
  }
  const p = posix.normalize(raw);
  if (p === '..' || p.startsWith('../')) {
    issues.push(invalid(field, `is ${JSON.stringify(raw)}, which points outside the package`));
    return undefined;
  }
  return p === '.' || p === './' ? '' : p.replace(/^\.\//, '').replace(/\/$/, '');
}

function withSuffixes(p: string, suffixes: readonly string[]): string[] {
  const base = p === '' ? [] : [p];
  const out = [...base];
  for (const s of suffixes) {
    if (s.startsWith('/')) out.push(p === '' ? s.slice(1) : p + s);
    else if (p !== '') out.push(p + s);
  }
  return out;
}

const MAIN_SUFFIXES = ['.js', '.json', '.node', '/index.js', '/index.json', '/index.node'];
const MODULE_SUFFIXES = ['.js', '.mjs', '/index.js', '/index.mjs'];
const TYPES_SUFFIXES = ['.d.ts', '/index.d.ts'];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Literal text before the first `*` and after the last, per pattern: a cheap filter before the RegExp. */
const literalEnds = new WeakMap<RegExp, { head: string; tail: string }>();

/** `dist/*.js` → /^dist\/(.+)\.js$/ ; every further `*` must repeat the same text, as in Node. */
export function patternToRegExp(p: string): RegExp {
  const parts = p.split('*').map(escapeRegExp);
  const re = new RegExp(`^${parts[0]}(.+)${parts.slice(1).join('\\1')}$`, 's');
  literalEnds.set(re, { head: p.slice(0, p.indexOf('*')), tail: p.slice(p.lastIndexOf('*') + 1) });
  return re;
}

/** More `*` than this in one target is refused: backreference matching grows with each one. */
const MAX_STARS = 4;

function tooManyStars(p: string): boolean {
  return p.split('*').length - 1 > MAX_STARS;
}

interface Walk {
  scope: 'exports' | 'imports';
  allow: ReadonlySet<string>;
  targets: EntryTarget[];
  issues: Issue[];
  specifier?: string;
  subpath?: string;
}

function walkConditional(value: Json, field: JsonPath, walk: Walk, allowed: string | undefined, depth: number): void {
  if (depth > 32) {
    walk.issues.push(invalid(field, 'nests conditions more than 32 levels deep'));
    return;
  }
  if (value === null) return; // an exclusion: nothing to find
  if (typeof value === 'string') {
    if (walk.scope === 'imports' && !value.startsWith('.')) return; // a package name or built-in
    if (!value.startsWith('./')) {
      walk.issues.push(invalid(field, `is ${JSON.stringify(value)}: ${walk.scope} targets must start with "./"`));
      return;
    }
    const segs = value.slice(2).split('/');
    if (segs.some((s) => s === '..' || s === '.' || s === 'node_modules')) {
      walk.issues.push(invalid(field, `is ${JSON.stringify(value)}: Node rejects targets with '.', '..' or node_modules segments`));
      return;
    }
    const p = value.slice(2);
    if (tooManyStars(p)) {
      walk.issues.push(invalid(field, `has more than ${MAX_STARS} "*" wildcards`));
      return;
    }
    const t: EntryTarget = { scope: walk.scope, field, raw: value, candidates: [] };
    if (p.includes('*')) t.pattern = patternToRegExp(p);
    else if (p.endsWith('/') || p === '') t.pattern = patternToRegExp(`${p}*`); // deprecated folder mapping
    else t.candidates = [p];
    if (allowed) t.allowedCondition = allowed;
    if (walk.specifier) t.specifier = walk.specifier;
    if (walk.subpath) t.subpath = walk.subpath;
    walk.targets.push(t);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walkConditional(v, [...field, i], walk, allowed, depth + 1));
    return;
  }
  if (isObject(value)) {
    for (const [condition, v] of Object.entries(value)) {
      if (condition.startsWith('.') || condition.startsWith('#')) {
        walk.issues.push(invalid([...field, condition], `mixes a subpath key with condition keys`));
        continue;
      }
      walkConditional(v, [...field, condition], walk, allowed ?? (walk.allow.has(condition) ? condition : undefined), depth + 1);
    }
    return;
  }
  walk.issues.push(invalid(field, `has a ${typeof value} value; expected a string, an array, an object or null`));
}

function planExports(exports: Json, walk: Walk, exclusions: RegExp[]): void {
  if (!isObject(exports)) {
    walkConditional(exports, ['exports'], walk, undefined, 0);
    return;
  }
  const keys = Object.keys(exports);
  const subpaths = keys.filter((k) => k.startsWith('.'));
  if (subpaths.length && subpaths.length !== keys.length) {
    walk.issues.push(invalid(['exports'], 'mixes subpath keys ("./x") with condition keys; Node rejects the whole field'));
  }
  if (!subpaths.length) {
    walkConditional(exports, ['exports'], walk, undefined, 0);
    return;
  }
  for (const key of subpaths) {
    if (key !== '.' && !key.startsWith('./')) {
      walk.issues.push(invalid(['exports', key], 'is not a valid subpath: keys must be "." or start with "./"'));
      continue;
    }
    if (key.endsWith('/')) {
      walk.issues.push({
        rule: 'tarball/invalid-entry-point',
        severity: 'warning',
        key: ['exports', key],
        message: `exports[${JSON.stringify(key)}] is a folder mapping (trailing "/"), which Node removed in v17 (DEP0148): use ${JSON.stringify(key + '*')}`,
      });
    }
    if (exports[key] === null) exclusions.push(key.includes('*') ? patternToRegExp(key) : new RegExp(`^${escapeRegExp(key)}$`));
    walkConditional(exports[key], ['exports', key], { ...walk, subpath: key }, undefined, 0);
  }
}

function planImports(imports: Json, walk: Walk): void {
  if (!isObject(imports)) {
    walk.issues.push(invalid(['imports'], 'must be an object whose keys start with "#"'));
    return;
  }
  for (const [key, value] of Object.entries(imports)) {
    if (!key.startsWith('#') || key === '#' || key.startsWith('#/')) {
      walk.issues.push(invalid(['imports', key], 'is not a valid import specifier: keys start with "#" followed by a name'));
      continue;
    }
    const star = key.indexOf('*');
    walkConditional(value, ['imports', key], { ...walk, specifier: star === -1 ? key : key.slice(0, star) }, undefined, 0);
  }
}

function plainTarget(scope: EntryScope, field: JsonPath, raw: Json, suffixes: readonly string[], issues: Issue[]): EntryTarget | undefined {
  if (typeof raw !== 'string') {
    issues.push(invalid(field, `must be a string, not ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw}`));
    return undefined;
  }
  const p = normalise(raw, field, issues);
  if (p === undefined) return undefined;
  return { scope, field, raw, candidates: withSuffixes(p, suffixes) };
}

/** Substitute a typesVersions mapping into the `types` path, the way TypeScript redirects it. */
function typesVersionsCandidates(typesPath: string, typesVersions: Json): string[] {
  const out: string[] = [];
  if (!isObject(typesVersions)) return out;
  for (const mapping of Object.values(typesVersions)) {
    if (!isObject(mapping)) continue;
    for (const [from, tos] of Object.entries(mapping)) {
      const re = patternToRegExp(from);
      const m = from.includes('*') ? re.exec(typesPath) : from === typesPath ? [typesPath, ''] : null;
      if (!m || !Array.isArray(tos)) continue;
      for (const to of tos) if (typeof to === 'string') out.push(posix.normalize(to.replaceAll('*', m[1] ?? '')).replace(/^\.\//, ''));
    }
  }
  return out;
}

export function planEntryPoints(manifest: Record<string, Json>, allowConditions: readonly string[] = []): EntryPointPlan {
  const targets: EntryTarget[] = [];
  const issues: Issue[] = [];
  const push = (t: EntryTarget | undefined) => t && targets.push(t);

  // An empty main (as in @types/* packages) means "no JavaScript entry point".
  if (manifest.main !== undefined && manifest.main !== '') push(plainTarget('main', ['main'], manifest.main, MAIN_SUFFIXES, issues));
  if (manifest.module !== undefined) push(plainTarget('module', ['module'], manifest.module, MODULE_SUFFIXES, issues));
  for (const key of ['types', 'typings'] as const) {
    if (manifest[key] === undefined || manifest[key] === '') continue;
    const t = plainTarget('types', [key], manifest[key], TYPES_SUFFIXES, issues);
    if (t && manifest.typesVersions !== undefined) t.candidates.push(...typesVersionsCandidates(t.candidates[0] ?? '', manifest.typesVersions));
    push(t);
  }
  const browser = manifest.browser;
  if (typeof browser === 'string') push(plainTarget('browser', ['browser'], browser, MAIN_SUFFIXES, issues));
  else if (isObject(browser)) {
    for (const [from, to] of Object.entries(browser)) {
      // `false` blocks a module and a bare name aliases another package: neither is a file.
      if (typeof to === 'string' && (to.startsWith('./') || to.startsWith('../'))) {
        push(plainTarget('browser', ['browser', from], to, MAIN_SUFFIXES, issues));
      }
    }
  } else if (browser !== undefined) issues.push(invalid(['browser'], 'must be a string or an object'));

  const bin = manifest.bin;
  if (typeof bin === 'string') push(plainTarget('bin', ['bin'], bin, [], issues));
  else if (isObject(bin)) for (const [name, to] of Object.entries(bin)) push(plainTarget('bin', ['bin', name], to, [], issues));
  else if (bin !== undefined) issues.push(invalid(['bin'], 'must be a string or an object of command names'));

  const tv = manifest.typesVersions;
  if (isObject(tv)) {
    for (const [range, mapping] of Object.entries(tv)) {
      if (!isObject(mapping)) {
        issues.push(invalid(['typesVersions', range], 'must be an object of path mappings'));
        continue;
      }
      for (const [from, tos] of Object.entries(mapping)) {
        if (!Array.isArray(tos)) {
          issues.push(invalid(['typesVersions', range, from], 'must be an array of paths'));
          continue;
        }
        tos.forEach((to, i) => {
          const field = ['typesVersions', range, from, i];
          if (typeof to !== 'string') return void issues.push(invalid(field, 'must be a string'));
          const p = normalise(to, field, issues);
          if (p === undefined) return;
          if (tooManyStars(p)) return void issues.push(invalid(field, `has more than ${MAX_STARS} "*" wildcards`));
          if (p.includes('*')) targets.push({ scope: 'typesVersions', field, raw: to, candidates: [], pattern: patternToRegExp(p) });
          else targets.push({ scope: 'typesVersions', field, raw: to, candidates: withSuffixes(p, TYPES_SUFFIXES) });
        });
      }
    }
  } else if (tv !== undefined) issues.push(invalid(['typesVersions'], 'must be an object keyed by TypeScript version range'));

  const allow = new Set(allowConditions);
  const exclusions: RegExp[] = [];
  if (manifest.exports !== undefined) planExports(manifest.exports, { scope: 'exports', allow, targets, issues }, exclusions);
  if (manifest.imports !== undefined) planImports(manifest.imports, { scope: 'imports', allow, targets, issues });
  return { targets, issues, exclusions };
}

/** Look every target up in the packed files (sorted list + set). */
export function resolveTargets(targets: readonly EntryTarget[], files: readonly string[], fileSet: ReadonlySet<string>): TargetResult[] {
  return targets.map((target) => {
    if (target.pattern) {
      const re = target.pattern;
      const { head, tail } = literalEnds.get(re) ?? { head: '', tail: '' };
      return { target, matches: files.filter((f) => f.startsWith(head) && f.endsWith(tail) && re.test(f)) };
    }
    const hit = target.candidates.find((c) => fileSet.has(c));
    return { target, matches: hit === undefined ? [] : [hit] };
  });
}

/** Files reachable from outside the package (imports are private; null exclusions hide files): what a removal would break. */
export function exportedFiles(results: readonly TargetResult[], exclusions: readonly RegExp[] = []): Set<string> {
  const out = new Set<string>();
  for (const { target, matches } of results) {
    if (target.scope === 'imports') continue;
    for (const m of matches) {
      if (target.pattern && target.subpath?.includes('*') && exclusions.length) {
        // The subpath a consumer would import to reach this file, e.g. ./types/internal/x.d.ts.
        const capture = target.pattern.exec(m)?.[1] ?? '';
        const subpath = target.subpath.replaceAll('*', capture);
        if (exclusions.some((re) => re.test(subpath))) continue;
      }
      out.add(m);
    }
  }
  return out;
}
