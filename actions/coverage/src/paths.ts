// Map the paths a report wrote (absolute CI paths, Windows paths, paths relative to a <source> root,
// Go import paths, JaCoCo package paths) to files tracked by git. Pure: the caller supplies the
// tracked list and the prefixes; nothing here touches the file system.
// A path is matched only to a tracked file, never guessed: candidates are tried from the most to the
// least specific, and a suffix match is accepted only when exactly one tracked file fits.

import { posix } from 'node:path';

export interface PathMapping {
  from: string;
  to: string;
}

export interface ResolverConfig {
  /** Repository-relative paths from `git ls-files` (under the working directory). */
  tracked: readonly string[];
  /** Absolute folders whose contents are the repository's (workspace, repo root, CI checkout). */
  absoluteRoots: readonly { path: string; repoPath: string }[];
  /** Path of the working directory inside the repository ('' at the top). */
  repoPrefix: string;
  /** `path-prefixes`: rewrite `from` to `to` (strip when `to` is empty), tried before anything else. */
  mappings: readonly PathMapping[];
  /** `source-roots` (repository-relative folders report paths may be relative to). */
  sourceRoots: readonly string[];
  /** Go modules: import path prefix → repository-relative folder of its go.mod. */
  goModules: readonly { module: string; dir: string }[];
}

export type Resolution = { path: string } | { path?: undefined; reason: string };

/** Report-level hints: Cobertura <source> roots, and whether Go module paths apply. */
export interface ReportHints {
  roots: readonly string[];
  go: boolean;
  /** JaCoCo: paths are package-relative, so conventional source folders are tried too. */
  jacoco: boolean;
}

const JACOCO_ROOTS = ['src/main/java', 'src/main/kotlin', 'src/test/java', 'src/test/kotlin', 'src/main/scala', 'src'];

export function toSlashes(p: string): string {
  return p.replace(/\\/g, '/');
}

function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}

/** Lexically clean a relative path; undefined when it climbs out of its base. */
function cleanRelative(p: string): string | undefined {
  if (!p) return undefined;
  const n = posix.normalize(p).replace(/^(\.\/)+/, '');
  if (n === '.' || n.startsWith('../') || n === '..' || n.startsWith('/')) return undefined;
  return n.replace(/\/$/, '');
}

function join(a: string, b: string): string {
  return a ? `${a.replace(/\/$/, '')}/${b}` : b;
}

function trimSlash(p: string): string {
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

export class PathResolver {
  private readonly tracked: Set<string>;
  private lower: Map<string, string[]> | undefined;
  private byBase: Map<string, string[]> | undefined;
  private readonly cache = new Map<string, Resolution>();
  private readonly absRoots: { path: string; repoPath: string }[];
  private readonly mappings: PathMapping[];
  private readonly modules: { module: string; dir: string }[];

  constructor(private readonly config: ResolverConfig) {
    this.tracked = new Set(config.tracked);
    this.absRoots = config.absoluteRoots
      .map((r) => ({ path: trimSlash(toSlashes(r.path)), repoPath: r.repoPath }))
      .filter((r) => r.path.length > 1)
      .sort((a, b) => b.path.length - a.path.length);
    this.mappings = config.mappings.map((m) => ({ from: toSlashes(m.from), to: toSlashes(m.to) })).sort((a, b) => b.from.length - a.from.length);
    this.modules = [...config.goModules].sort((a, b) => b.module.length - a.module.length);
  }

  resolve(raw: string, hints: ReportHints): Resolution {
    const key = `${hints.go ? 'g' : ''}${hints.jacoco ? 'j' : ''}${hints.roots.join('\0')}\u0001${raw}`;
    let r = this.cache.get(key);
    if (!r) {
      r = this.compute(raw, hints);
      this.cache.set(key, r);
    }
    return r;
  }

  private hit(candidate: string | undefined): string | undefined {
    if (candidate === undefined) return undefined;
    const c = cleanRelative(candidate);
    return c !== undefined && this.tracked.has(c) ? c : undefined;
  }

  /** Repository-relative form of an absolute path under a known root. */
  private fromAbsolute(p: string): string | undefined {
    const windows = /^[A-Za-z]:\//.test(p);
    for (const root of this.absRoots) {
      const matches = windows ? p.toLowerCase().startsWith(`${root.path.toLowerCase()}/`) : p.startsWith(`${root.path}/`);
      if (matches) return join(root.repoPath, p.slice(root.path.length + 1));
    }
    return undefined;
  }

  private compute(raw: string, hints: ReportHints): Resolution {
    let p = toSlashes(raw.trim()).replace(/^file:\/\//, '');
    if (!p) return { reason: 'empty path' };
    for (const m of this.mappings) {
      if (p.startsWith(m.from)) {
        p = m.to ? m.to + p.slice(m.from.length) : p.slice(m.from.length).replace(/^\/+/, '');
        break;
      }
    }
    const prefix = this.config.repoPrefix;
    const candidates: string[] = [];
    const suffixSources: string[] = [];
    if (hints.go) {
      for (const mod of this.modules) {
        if (p.startsWith(`${mod.module}/`)) {
          candidates.push(join(mod.dir, p.slice(mod.module.length + 1)));
          break;
        }
      }
    }
    if (isAbsolutePath(p)) {
      const rel = this.fromAbsolute(p);
      if (rel !== undefined) candidates.push(rel);
      suffixSources.push(p);
    } else {
      // Relative: to the working directory first, then to each root the report or the user named.
      candidates.push(join(prefix, p), p);
      const roots = [...hints.roots.map(toSlashes), ...this.config.sourceRoots.map(toSlashes), ...(hints.jacoco ? JACOCO_ROOTS : [])];
      for (const root of roots) {
        if (isAbsolutePath(root)) {
          const rel = this.fromAbsolute(trimSlash(root));
          if (rel !== undefined) candidates.push(join(rel, p));
          suffixSources.push(join(trimSlash(root), p));
        } else {
          const r = cleanRelative(root) ?? '';
          candidates.push(join(join(prefix, r), p), join(r, p));
        }
      }
      suffixSources.push(p);
    }
    for (const c of candidates) {
      const found = this.hit(c);
      if (found) return { path: found };
    }
    // A path from another machine (CI runner, container, developer laptop): the longest tail of it
    // that is exactly a tracked path. Windows-written paths may also differ in letter case.
    for (const source of suffixSources) {
      const found = this.longestTrackedTail(source) ?? (/^[A-Za-z]:\//.test(source) || raw.includes('\\') ? this.caseInsensitiveTail(source) : undefined);
      if (found) return { path: found };
    }
    // A relative path that is unique as the end of a tracked path (JaCoCo packages in a module).
    const rel = cleanRelative(p.replace(/^(\.\.\/)+/, ''));
    if (rel && !isAbsolutePath(p)) {
      const fits = this.endingWith(rel);
      if (fits.length === 1) return { path: fits[0]! };
      if (fits.length > 1) return { reason: `ambiguous: ${fits.length} tracked files end with ${rel} (${fits.slice(0, 3).join(', ')}); add a source-roots entry` };
    }
    return { reason: 'no tracked file matches' };
  }

  private longestTrackedTail(p: string): string | undefined {
    for (let i = 0; i !== -1 && i < p.length; i = p.indexOf('/', i)) {
      while (p[i] === '/') i++;
      const tail = p.slice(i);
      if (tail && this.tracked.has(tail)) return tail;
    }
    return undefined;
  }

  private caseInsensitiveTail(p: string): string | undefined {
    if (!this.lower) {
      this.lower = new Map();
      for (const t of this.tracked) {
        const k = t.toLowerCase();
        const list = this.lower.get(k);
        if (list) list.push(t);
        else this.lower.set(k, [t]);
      }
    }
    const parts = p.toLowerCase().split('/');
    for (let i = 0; i < parts.length; i++) {
      const list = this.lower.get(parts.slice(i).join('/'));
      if (list && list.length === 1) return list[0];
    }
    return undefined;
  }

  private endingWith(rel: string): string[] {
    if (!this.byBase) {
      this.byBase = new Map();
      for (const t of this.tracked) {
        const base = t.slice(t.lastIndexOf('/') + 1);
        const list = this.byBase.get(base);
        if (list) list.push(t);
        else this.byBase.set(base, [t]);
      }
    }
    const base = rel.slice(rel.lastIndexOf('/') + 1);
    return (this.byBase.get(base) ?? []).filter((t) => t === rel || t.endsWith(`/${rel}`));
  }
}

/** Parse `path-prefixes` entries: `from=to` rewrites, a bare `from` strips. */
export function parseMappings(entries: readonly string[]): PathMapping[] {
  return entries
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) => {
      const eq = e.indexOf('=');
      return eq === -1 ? { from: e, to: '' } : { from: e.slice(0, eq), to: e.slice(eq + 1) };
    });
}

/** `module <path>` from go.mod text (comments and quotes allowed). */
export function goModulePath(goMod: string): string | undefined {
  for (const line of goMod.split(/\r?\n/)) {
    const m = /^\s*module\s+("?)([^\s"]+)\1\s*(\/\/.*)?$/.exec(line);
    if (m) return m[2];
  }
  return undefined;
}
