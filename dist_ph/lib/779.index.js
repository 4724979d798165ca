export const id = 779;
export const ids = [779];
export const modules = {

/***/ 3779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTarball: () => (/* binding */ runTarball)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/common/src/errors.ts
var errors = __webpack_require__(8860);
// EXTERNAL MODULE: ./actions/common/src/glob.ts
var glob = __webpack_require__(1473);
// EXTERNAL MODULE: ./actions/common/src/readers.ts
var readers = __webpack_require__(3027);
// EXTERNAL MODULE: ./actions/common/src/result.ts
var result = __webpack_require__(2354);
;// CONCATENATED MODULE: ./actions/tarball/src/archive.ts
// Turn raw tar entries into the package's file list, and report every entry that is unsafe to list,
// install or trust: escaping paths, links, devices, special mode bits, collisions and stray roots.
// Pure: no I/O.
const CONTROL = /[\u0000-\u001f\u007f]/;
function show(path) {
    // Control characters are made visible so a message cannot forge lines or terminal escapes.
    const visible = path.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return JSON.stringify(visible.length > 200 ? visible.slice(0, 200) + '…' : visible);
}
/** Why a stored path is unsafe, or undefined. */
function unsafePathReason(path, validUtf8) {
    if (!validUtf8)
        return 'is not valid UTF-8';
    if (CONTROL.test(path))
        return 'contains a control character';
    if (path.includes('\\'))
        return 'contains a backslash (a separator on Windows)';
    if (path.startsWith('/'))
        return 'is absolute';
    if (/^[A-Za-z]:/.test(path))
        return 'starts with a drive letter';
    if (path === '')
        return 'is empty';
    const segments = path.replace(/\/$/, '').split('/');
    if (segments.includes('..'))
        return "has a '..' segment (climbs out of the install folder)";
    if (segments.includes('.'))
        return "has a '.' segment";
    if (segments.includes(''))
        return "has an empty segment ('//')";
    return undefined;
}
/** Key under which two names are the same file on a case-insensitive or normalising file system. */
function foldKey(nfc) {
    // NFKC + upper + lower folds case, compatibility forms and expansions such as ß → SS → ss.
    return nfc.normalize('NFKC').toUpperCase().toLowerCase();
}
function buildArchiveModel(entries) {
    const issues = [];
    const files = [];
    const roots = new Map();
    const seen = new Map();
    const nfcSeen = new Map();
    const foldSeen = new Map();
    const fileSet = new Set();
    let root;
    for (const e of entries) {
        const reason = unsafePathReason(e.path, e.validUtf8);
        if (reason) {
            issues.push({ rule: 'tarball/unsafe-path', severity: 'error', message: `archive entry ${show(e.path)} ${reason}` });
            continue;
        }
        const isDir = e.type === 'directory';
        const clean = e.path.replace(/\/$/, '');
        const slash = clean.indexOf('/');
        const first = slash === -1 ? clean : clean.slice(0, slash);
        if (slash === -1 && !isDir) {
            issues.push({
                rule: 'tarball/root-folder',
                severity: 'error',
                message: `archive entry ${show(e.path)} is not inside a root folder: npm strips the first path segment on install, so this file is lost`,
            });
            continue;
        }
        if (root === undefined)
            root = first;
        roots.set(first, (roots.get(first) ?? 0) + 1);
        if (first !== root) {
            issues.push({
                rule: 'tarball/root-folder',
                severity: 'error',
                message: `archive entry ${show(e.path)} is outside the root folder ${show(root)}: an archive must have exactly one root folder`,
            });
            continue;
        }
        const rel = slash === -1 ? '' : clean.slice(slash + 1);
        if (e.type === 'symlink' || e.type === 'hardlink') {
            issues.push({
                rule: 'tarball/link-entry',
                severity: 'error',
                path: rel,
                message: `${show(rel)} is a ${e.type === 'symlink' ? 'symbolic' : 'hard'} link to ${show(e.linkPath ?? '')}: npm drops links on install, so the file will be missing`,
            });
            continue;
        }
        if (e.type === 'char-device' || e.type === 'block-device' || e.type === 'fifo') {
            issues.push({ rule: 'tarball/special-entry', severity: 'error', path: rel, message: `${show(rel)} is a ${e.type.replace('-', ' ')}, which has no place in a package` });
            continue;
        }
        if (e.type === 'unsupported') {
            issues.push({
                rule: 'tarball/special-entry',
                severity: 'error',
                path: rel,
                message: `${show(rel)} has tar entry type ${show(e.typeflag)}, which npm does not install as a file`,
            });
            continue;
        }
        const special = [];
        if (e.mode & 0o4000)
            special.push('setuid');
        if (e.mode & 0o2000)
            special.push('setgid');
        if (e.mode & 0o1000 && !isDir)
            special.push('sticky');
        if (e.mode & 0o002)
            special.push('world-writable');
        if (special.length) {
            issues.push({
                rule: 'tarball/unsafe-mode',
                severity: 'error',
                path: rel,
                message: `${show(rel || e.path)} has mode ${e.mode.toString(8).padStart(4, '0')} (${special.join(', ')})`,
            });
        }
        if (rel === '')
            continue; // the root folder itself
        const prior = seen.get(rel);
        if (prior) {
            // A repeated folder entry is harmless; a repeated file silently replaces the earlier one.
            if (!(isDir && prior.isDir)) {
                issues.push({ rule: 'tarball/path-collision', severity: 'error', path: rel, message: `${show(rel)} appears more than once in the archive: the last copy silently wins` });
            }
            continue;
        }
        seen.set(rel, { raw: rel, isDir });
        const nfc = rel.normalize('NFC');
        const nfcPrior = nfcSeen.get(nfc);
        if (nfcPrior !== undefined) {
            issues.push({
                rule: 'tarball/path-collision',
                severity: 'error',
                path: rel,
                message: `${show(rel)} and ${show(nfcPrior)} are the same name after Unicode normalisation (NFC): one overwrites the other on macOS`,
            });
        }
        else {
            nfcSeen.set(nfc, rel);
            const fold = foldKey(nfc);
            const foldPrior = foldSeen.get(fold);
            if (foldPrior !== undefined) {
                issues.push({
                    rule: 'tarball/path-collision',
                    severity: 'error',
                    path: rel,
                    message: `${show(rel)} and ${show(foldPrior)} differ only in case (or compatibility form): they collide on Windows and macOS`,
                });
            }
            else
                foldSeen.set(fold, rel);
        }
        if (isDir)
            continue;
        fileSet.add(rel);
        const f = { path: rel, size: e.size, mode: e.mode, index: e.index };
        if (e.shebang !== undefined)
            f.shebang = e.shebang;
        files.push(f);
    }
    // A file and a folder of the same name cannot both be installed.
    for (const f of files) {
        for (let i = f.path.indexOf('/'); i !== -1; i = f.path.indexOf('/', i + 1)) {
            const parent = f.path.slice(0, i);
            if (fileSet.has(parent)) {
                issues.push({
                    rule: 'tarball/path-collision',
                    severity: 'error',
                    path: parent,
                    message: `${show(parent)} is both a file and the folder of ${show(f.path)}`,
                });
                fileSet.delete(parent); // report each clash once
            }
        }
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { root, files, issues };
}

// EXTERNAL MODULE: ./actions/common/src/numbers.ts
var numbers = __webpack_require__(8805);
;// CONCATENATED MODULE: ./actions/tarball/src/diff.ts
// Compare this tarball with the previous published one: files added and removed, exported files that
// disappeared (a breaking change), executables that lost their +x bit, and size movements. Pure.

function exportKeys(exports) {
    if (exports === undefined)
        return [];
    if (typeof exports === 'object' && exports !== null && !Array.isArray(exports)) {
        const all = Object.keys(exports).filter((k) => k.startsWith('.'));
        if (!all.length)
            return ['.'];
        // A subpath mapped to null was never importable: dropping it breaks nothing.
        return all.filter((k) => exports[k] !== null);
    }
    return ['.'];
}
function signed(n, bytes) {
    const text = bytes ? (0,numbers/* formatBytes */.z3)(Math.abs(n)) : String(Math.abs(n));
    return n > 0 ? `+${text}` : n < 0 ? `-${text}` : '±0';
}
function diffSnapshots(previous, current, removedExports) {
    const prevByPath = new Map(previous.files.map((f) => [f.path, f]));
    const curByPath = new Map(current.files.map((f) => [f.path, f]));
    const added = current.files.filter((f) => !prevByPath.has(f.path));
    const removed = previous.files.filter((f) => !curByPath.has(f.path));
    const changed = [];
    const lostExecutable = [];
    for (const f of current.files) {
        const before = prevByPath.get(f.path);
        if (!before)
            continue;
        if (before.size !== f.size)
            changed.push({ path: f.path, before: before.size, after: f.size });
        if (before.mode & 0o111 && !(f.mode & 0o111))
            lostExecutable.push(f.path);
    }
    changed.sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before) || (a.path < b.path ? -1 : 1));
    const removedExportFiles = [...previous.exported].filter((p) => !curByPath.has(p)).sort();
    const curKeys = new Set(current.exportKeys);
    const removedKeys = previous.exportKeys.filter((k) => !curKeys.has(k));
    const severity = removedExports === 'fail' ? 'error' : 'warning';
    const issues = [];
    for (const key of removedKeys) {
        issues.push({
            rule: 'tarball/removed-export',
            severity,
            key: ['exports'],
            message: `exports[${JSON.stringify(key)}] existed in ${previous.version} and is gone: importing it now fails (a breaking change)`,
        });
    }
    for (const path of removedExportFiles.slice(0, 20)) {
        issues.push({
            rule: 'tarball/removed-export',
            severity,
            path,
            message: `${path} was an entry point in ${previous.version} (main/exports/bin/types) and is no longer packed (a breaking change)`,
        });
    }
    if (removedExportFiles.length > 20) {
        issues.push({ rule: 'tarball/removed-export', severity, message: `${removedExportFiles.length - 20} more exported files of ${previous.version} are no longer packed` });
    }
    for (const path of lostExecutable) {
        issues.push({
            rule: 'tarball/lost-executable',
            severity: 'warning',
            path,
            message: `${path} was executable in ${previous.version} and is not any more`,
        });
    }
    const packedDelta = current.packedBytes - previous.packedBytes;
    const unpackedDelta = current.unpackedBytes - previous.unpackedBytes;
    const fileCountDelta = current.files.length - previous.files.length;
    issues.push({
        rule: 'tarball/diff',
        severity: 'note',
        message: `vs ${previous.version}: ${added.length} added, ${removed.length} removed, ${changed.length} resized; files ${signed(fileCountDelta, false)}, unpacked ${signed(unpackedDelta, true)}, packed ${signed(packedDelta, true)}`,
    });
    return {
        previousVersion: previous.version,
        added,
        removed,
        changed,
        lostExecutable,
        removedExports: removedExportFiles,
        removedExportKeys: removedKeys,
        packedDelta,
        unpackedDelta,
        fileCountDelta,
        issues,
    };
}
/** The registry's dist.fileCount / dist.unpackedSize must describe the tarball it serves (manifest confusion). */
function registryMismatch(dist, files, unpackedBytes) {
    const claims = [];
    if (typeof dist?.fileCount === 'number' && dist.fileCount !== files)
        claims.push(`fileCount ${dist.fileCount} vs ${files} files`);
    if (typeof dist?.unpackedSize === 'number' && dist.unpackedSize !== unpackedBytes)
        claims.push(`unpackedSize ${dist.unpackedSize} vs ${unpackedBytes} bytes`);
    return claims;
}

;// CONCATENATED MODULE: ./actions/tarball/src/issues.ts
// What the checks report before it is placed in the repository: a path inside the package, or a key of
// package.json. `locate.ts` turns an Issue into a Finding with a repository file and line.
/** `exports["./utils"].require`: the way people write a package.json path. */
function formatJsonPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else if (/^[A-Za-z_$][\w$]*$/.test(part))
            out += out ? `.${part}` : part;
        else
            out += `[${JSON.stringify(part)}]`;
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/tarball/src/entry-points.ts
// Every file a consumer can reach through package.json: main, module, browser, types/typings,
// typesVersions, bin, exports (conditions, nesting, arrays, `*` patterns, null exclusions) and imports.
// `planEntryPoints` reads the manifest into targets; `resolveTargets` looks each one up in the packed
// file list. Both are pure.


function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function invalid(field, message) {
    return { rule: 'tarball/invalid-entry-point', severity: 'error', key: field, message: `${formatJsonPath(field)} ${message}` };
}
/** Package-relative, normalised; undefined (and an issue) when it points outside the package. */
function normalise(raw, field, issues) {
    if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw) || raw.includes('\\')) {
        issues.push(invalid(field, `is ${JSON.stringify(raw)}: an absolute or Windows path cannot be resolved inside the package`));
        return undefined;
    }
    const p = external_node_path_.posix.normalize(raw);
    if (p === '..' || p.startsWith('../')) {
        issues.push(invalid(field, `is ${JSON.stringify(raw)}, which points outside the package`));
        return undefined;
    }
    return p === '.' || p === './' ? '' : p.replace(/^\.\//, '').replace(/\/$/, '');
}
function withSuffixes(p, suffixes) {
    const base = p === '' ? [] : [p];
    const out = [...base];
    for (const s of suffixes) {
        if (s.startsWith('/'))
            out.push(p === '' ? s.slice(1) : p + s);
        else if (p !== '')
            out.push(p + s);
    }
    return out;
}
const MAIN_SUFFIXES = ['.js', '.json', '.node', '/index.js', '/index.json', '/index.node'];
const MODULE_SUFFIXES = ['.js', '.mjs', '/index.js', '/index.mjs'];
const TYPES_SUFFIXES = ['.d.ts', '/index.d.ts'];
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Literal text before the first `*` and after the last, per pattern: a cheap filter before the RegExp. */
const literalEnds = new WeakMap();
/** `dist/*.js` → /^dist\/(.+)\.js$/ ; every further `*` must repeat the same text, as in Node. */
function patternToRegExp(p) {
    const parts = p.split('*').map(escapeRegExp);
    const re = new RegExp(`^${parts[0]}(.+)${parts.slice(1).join('\\1')}$`, 's');
    literalEnds.set(re, { head: p.slice(0, p.indexOf('*')), tail: p.slice(p.lastIndexOf('*') + 1) });
    return re;
}
/** More `*` than this in one target is refused: backreference matching grows with each one. */
const MAX_STARS = 4;
function tooManyStars(p) {
    return p.split('*').length - 1 > MAX_STARS;
}
function walkConditional(value, field, walk, allowed, depth) {
    if (depth > 32) {
        walk.issues.push(invalid(field, 'nests conditions more than 32 levels deep'));
        return;
    }
    if (value === null)
        return; // an exclusion: nothing to find
    if (typeof value === 'string') {
        if (walk.scope === 'imports' && !value.startsWith('.'))
            return; // a package name or built-in
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
        const t = { scope: walk.scope, field, raw: value, candidates: [] };
        if (p.includes('*'))
            t.pattern = patternToRegExp(p);
        else if (p.endsWith('/') || p === '')
            t.pattern = patternToRegExp(`${p}*`); // deprecated folder mapping
        else
            t.candidates = [p];
        if (allowed)
            t.allowedCondition = allowed;
        if (walk.specifier)
            t.specifier = walk.specifier;
        if (walk.subpath)
            t.subpath = walk.subpath;
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
function planExports(exports, walk, exclusions) {
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
        if (exports[key] === null)
            exclusions.push(key.includes('*') ? patternToRegExp(key) : new RegExp(`^${escapeRegExp(key)}$`));
        walkConditional(exports[key], ['exports', key], { ...walk, subpath: key }, undefined, 0);
    }
}
function planImports(imports, walk) {
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
function plainTarget(scope, field, raw, suffixes, issues) {
    if (typeof raw !== 'string') {
        issues.push(invalid(field, `must be a string, not ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw}`));
        return undefined;
    }
    const p = normalise(raw, field, issues);
    if (p === undefined)
        return undefined;
    return { scope, field, raw, candidates: withSuffixes(p, suffixes) };
}
/** Substitute a typesVersions mapping into the `types` path, the way TypeScript redirects it. */
function typesVersionsCandidates(typesPath, typesVersions) {
    const out = [];
    if (!isObject(typesVersions))
        return out;
    for (const mapping of Object.values(typesVersions)) {
        if (!isObject(mapping))
            continue;
        for (const [from, tos] of Object.entries(mapping)) {
            const re = patternToRegExp(from);
            const m = from.includes('*') ? re.exec(typesPath) : from === typesPath ? [typesPath, ''] : null;
            if (!m || !Array.isArray(tos))
                continue;
            for (const to of tos)
                if (typeof to === 'string')
                    out.push(external_node_path_.posix.normalize(to.replaceAll('*', m[1] ?? '')).replace(/^\.\//, ''));
        }
    }
    return out;
}
function planEntryPoints(manifest, allowConditions = []) {
    const targets = [];
    const issues = [];
    const push = (t) => t && targets.push(t);
    // An empty main (as in @types/* packages) means "no JavaScript entry point".
    if (manifest.main !== undefined && manifest.main !== '')
        push(plainTarget('main', ['main'], manifest.main, MAIN_SUFFIXES, issues));
    if (manifest.module !== undefined)
        push(plainTarget('module', ['module'], manifest.module, MODULE_SUFFIXES, issues));
    for (const key of ['types', 'typings']) {
        if (manifest[key] === undefined || manifest[key] === '')
            continue;
        const t = plainTarget('types', [key], manifest[key], TYPES_SUFFIXES, issues);
        if (t && manifest.typesVersions !== undefined)
            t.candidates.push(...typesVersionsCandidates(t.candidates[0] ?? '', manifest.typesVersions));
        push(t);
    }
    const browser = manifest.browser;
    if (typeof browser === 'string')
        push(plainTarget('browser', ['browser'], browser, MAIN_SUFFIXES, issues));
    else if (isObject(browser)) {
        for (const [from, to] of Object.entries(browser)) {
            // `false` blocks a module and a bare name aliases another package: neither is a file.
            if (typeof to === 'string' && (to.startsWith('./') || to.startsWith('../'))) {
                push(plainTarget('browser', ['browser', from], to, MAIN_SUFFIXES, issues));
            }
        }
    }
    else if (browser !== undefined)
        issues.push(invalid(['browser'], 'must be a string or an object'));
    const bin = manifest.bin;
    if (typeof bin === 'string')
        push(plainTarget('bin', ['bin'], bin, [], issues));
    else if (isObject(bin))
        for (const [name, to] of Object.entries(bin))
            push(plainTarget('bin', ['bin', name], to, [], issues));
    else if (bin !== undefined)
        issues.push(invalid(['bin'], 'must be a string or an object of command names'));
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
                    if (typeof to !== 'string')
                        return void issues.push(invalid(field, 'must be a string'));
                    const p = normalise(to, field, issues);
                    if (p === undefined)
                        return;
                    if (tooManyStars(p))
                        return void issues.push(invalid(field, `has more than ${MAX_STARS} "*" wildcards`));
                    if (p.includes('*'))
                        targets.push({ scope: 'typesVersions', field, raw: to, candidates: [], pattern: patternToRegExp(p) });
                    else
                        targets.push({ scope: 'typesVersions', field, raw: to, candidates: withSuffixes(p, TYPES_SUFFIXES) });
                });
            }
        }
    }
    else if (tv !== undefined)
        issues.push(invalid(['typesVersions'], 'must be an object keyed by TypeScript version range'));
    const allow = new Set(allowConditions);
    const exclusions = [];
    if (manifest.exports !== undefined)
        planExports(manifest.exports, { scope: 'exports', allow, targets, issues }, exclusions);
    if (manifest.imports !== undefined)
        planImports(manifest.imports, { scope: 'imports', allow, targets, issues });
    return { targets, issues, exclusions };
}
/** Look every target up in the packed files (sorted list + set). */
function resolveTargets(targets, files, fileSet) {
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
function exportedFiles(results, exclusions = []) {
    const out = new Set();
    for (const { target, matches } of results) {
        if (target.scope === 'imports')
            continue;
        for (const m of matches) {
            if (target.pattern && target.subpath?.includes('*') && exclusions.length) {
                // The subpath a consumer would import to reach this file, e.g. ./types/internal/x.d.ts.
                const capture = target.pattern.exec(m)?.[1] ?? '';
                const subpath = target.subpath.replaceAll('*', capture);
                if (exclusions.some((re) => re.test(subpath)))
                    continue;
            }
            out.add(m);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./actions/common/src/json-positions.ts
var json_positions = __webpack_require__(208);
;// CONCATENATED MODULE: ./actions/tarball/src/json-positions.ts
// package.json parsed with the line of each key, so a finding about `exports["./utils"].require` can point at
// the line that holds it. The kit parser does the work; this keeps tarball's error wording and bounds nesting
// tighter than the kit's default, since a manifest is never deep.


const MAX_DEPTH = 256;
const PROBLEMS = {
    'invalid-number': 'unexpected token',
    'unterminated-string': 'unterminated string',
    'control-character': 'control character in string',
    'invalid-escape': 'bad escape in string',
};
const UNEXPECTED = {
    value: 'unexpected token',
    'property-name': 'expected a key',
    colon: "expected ':'",
    'comma-or-brace': "expected ',' or '}'",
    'comma-or-bracket': "expected ',' or ']'",
    end: 'unexpected data after the end',
};
function syntaxError(problem, text, file, at) {
    const s = problem.syntax;
    let message = !s ? problem.message : s.problem === 'unexpected' ? UNEXPECTED[s.expected] : PROBLEMS[s.problem];
    let offset = problem.offset;
    // A string left open is placed where the text ends, or at a raw control character on the way, as manifests
    // have always been reported.
    if (s?.problem === 'unterminated-string') {
        const control = text.charCodeAt(s.stop) < 0x20;
        if (control)
            message = PROBLEMS['control-character'];
        offset = control ? s.stop : text.length;
    }
    const { line, column } = at(offset);
    return new errors/* InputError */.dz(`invalid JSON: ${message}`, file, line, column);
}
/** JSON.parse's value plus key positions; an InputError with line and column when the text is not JSON. */
function parseJsonWithPositions(text, file) {
    const parsed = (0,json_positions/* parseWithPositions */.wT)(text, { maxDepth: MAX_DEPTH, skipByteOrderMark: true });
    if (parsed.error)
        throw syntaxError(parsed.error, text, file, (offset) => parsed.at(offset));
    return {
        value: parsed.value,
        positionOf(path) {
            const { node, exact } = parsed.nodeAtPath(path);
            if (!exact || !node || path.length === 0)
                return undefined;
            return parsed.at(node.keyStart ?? node.start);
        },
    };
}

;// CONCATENATED MODULE: ./actions/tarball/src/manifest.ts
// The package.json inside the tarball: it must parse, name a version, be publishable, and not carry
// specifiers only a workspace understands (npm publishes `workspace:*` verbatim; installs then fail).


const MAX_MANIFEST_BYTES = 1024 * 1024;
function readManifest(data, truncated) {
    if (!data)
        return { issues: [{ rule: 'tarball/manifest-invalid', severity: 'error', message: 'package.json is not in the tarball' }] };
    if (truncated) {
        return { issues: [{ rule: 'tarball/manifest-invalid', severity: 'error', message: `package.json in the tarball is over ${MAX_MANIFEST_BYTES} bytes` }] };
    }
    try {
        const positions = parseJsonWithPositions(data.toString('utf8'), 'package.json');
        const value = positions.value;
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            return { issues: [{ rule: 'tarball/manifest-invalid', severity: 'error', message: 'package.json in the tarball is not a JSON object' }] };
        }
        return { manifest: value, positions, issues: [] };
    }
    catch (err) {
        const where = err instanceof errors/* InputError */.dz && err.line ? ` (line ${err.line}, column ${err.column})` : '';
        return { issues: [{ rule: 'tarball/manifest-invalid', severity: 'error', message: `package.json in the tarball: ${(0,errors/* errorMessage */.gJ)(err)}${where}` }] };
    }
}
const LOCAL_PROTOCOLS = ['workspace:', 'catalog:', 'file:', 'link:'];
const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
function checkManifest(manifest) {
    const issues = [];
    for (const key of ['name', 'version']) {
        if (typeof manifest[key] !== 'string' || !manifest[key].trim()) {
            issues.push({ rule: 'tarball/manifest-invalid', severity: 'error', key: [key], message: `package.json has no "${key}": npm cannot publish it` });
        }
    }
    if (manifest.private === true) {
        issues.push({
            rule: 'tarball/private-package',
            severity: 'error',
            key: ['private'],
            message: `package.json has "private": true: npm publish refuses it (remove it, or do not gate this package)`,
        });
    }
    for (const field of DEPENDENCY_FIELDS) {
        const deps = manifest[field];
        if (!deps || typeof deps !== 'object' || Array.isArray(deps))
            continue;
        for (const [name, spec] of Object.entries(deps)) {
            if (typeof spec !== 'string')
                continue;
            const protocol = LOCAL_PROTOCOLS.find((p) => spec.startsWith(p));
            if (!protocol)
                continue;
            issues.push({
                rule: 'tarball/local-specifier',
                severity: 'error',
                key: [field, name],
                message: `${field}.${name} is ${JSON.stringify(spec)}: the ${protocol} protocol only works inside this repository; consumers' installs fail (publish with pnpm/yarn, which rewrite it, or pin a version)`,
            });
        }
    }
    return issues;
}

// EXTERNAL MODULE: ./actions/tarball/src/policy.ts
var policy = __webpack_require__(5002);
;// CONCATENATED MODULE: ./actions/tarball/src/analyse.ts
// Pure analysis of one listed tarball: the file model, the manifest, the entry points, the policy and
// budgets, and (given the previous snapshot) the diff. The collect step feeds it what only I/O can know:
// whether a missing target exists in the package folder, and which packed files mention an import.






/** Capture callback for the reader: the root package.json (a few, bounded, in case of several roots). */
function manifestCapture() {
    let kept = 0;
    return (path) => {
        if (kept >= 4 || !/^[^/]+\/package\.json$/.test(path))
            return 0;
        kept++;
        return MAX_MANIFEST_BYTES + 1;
    };
}
function analyseListing(listing, allowConditions) {
    const model = buildArchiveModel(listing.entries);
    const pkgJson = model.files.find((f) => f.path === 'package.json');
    const captured = pkgJson ? listing.contents.get(pkgJson.index) : undefined;
    const manifest = readManifest(captured?.data, (captured?.data.length ?? 0) > MAX_MANIFEST_BYTES);
    const fileList = model.files.map((f) => f.path);
    const plan = manifest.manifest ? planEntryPoints(manifest.manifest, allowConditions) : { targets: [], issues: [], exclusions: [] };
    return {
        files: model.files,
        root: model.root,
        packedBytes: listing.packedBytes,
        unpackedBytes: model.files.reduce((n, f) => n + f.size, 0),
        archiveIssues: model.issues,
        manifest,
        results: resolveTargets(plan.targets, fileList, new Set(fileList)),
        planIssues: plan.issues,
        exclusions: plan.exclusions,
    };
}
/** Missing imports targets whose specifier packed code might contain: the needles for a second pass. */
function missingImportSpecifiers(analysis) {
    const out = new Set();
    for (const r of analysis.results)
        if (r.target.scope === 'imports' && !r.matches.length && r.target.specifier)
            out.add(r.target.specifier);
    return [...out];
}
function snapshotOf(analysis, version) {
    return {
        version,
        files: analysis.files,
        packedBytes: analysis.packedBytes,
        unpackedBytes: analysis.unpackedBytes,
        exported: exportedFiles(analysis.results, analysis.exclusions),
        exportKeys: exportKeys(analysis.manifest.manifest?.exports),
    };
}
function entryIssues(input) {
    const issues = [];
    const rows = [];
    let checked = 0;
    for (const { target, matches } of input.analysis.results) {
        const field = formatJsonPath(target.field);
        const shown = target.pattern ? `${target.raw} (pattern)` : target.raw;
        if (matches.length) {
            checked++;
            rows.push({ field, target: target.raw, status: 'ok', matched: target.pattern ? `${matches.length} files` : matches[0] });
            if (target.scope === 'bin')
                issues.push(...binIssues(field, input.analysis.files.find((f) => f.path === matches[0])));
            continue;
        }
        if (target.allowedCondition) {
            rows.push({ field, target: target.raw, status: 'allowed condition', matched: '' });
            continue;
        }
        checked++;
        if (target.scope === 'imports' && target.specifier && input.importReferences) {
            const refs = input.importReferences.get(target.specifier) ?? [];
            if (!refs.length) {
                rows.push({ field, target: target.raw, status: 'unused import', matched: '' });
                issues.push({
                    rule: 'tarball/unused-import-target',
                    severity: 'note',
                    key: target.field,
                    message: `${field} → ${shown} matches no packed file, but no packed file refers to ${JSON.stringify(target.specifier)}, so nothing breaks`,
                });
                continue;
            }
        }
        const folder = input.inFolder?.get(target);
        const status = folder === undefined ? 'missing' : folder ? 'not packed' : 'never built';
        const what = target.pattern ? 'matches no packed file' : 'is not in the tarball';
        const why = status === 'not packed'
            ? ': it exists in the package folder but is not packed (check "files" and .npmignore)'
            : status === 'never built'
                ? ', nor in the package folder: it was never built (did the build run before packing?)'
                : '';
        const refs = target.scope === 'imports' ? input.importReferences?.get(target.specifier ?? '') : undefined;
        rows.push({ field, target: target.raw, status, matched: '' });
        issues.push({
            rule: 'tarball/missing-entry-point',
            severity: 'error',
            key: target.field,
            message: `${field} → ${shown} ${what}${why}${refs?.length ? ` (referenced by ${refs.slice(0, 3).join(', ')})` : ''}`,
        });
    }
    return { issues, rows, checked };
}
function binIssues(field, file) {
    const out = [];
    if (!file.shebang) {
        out.push({
            rule: 'tarball/bin-shebang',
            severity: 'error',
            path: file.path,
            message: `${field} → ${file.path} does not start with a #! line (e.g. #!/usr/bin/env node): the command fails when run from the shell`,
        });
    }
    if (!(file.mode & 0o100)) {
        out.push({
            rule: 'tarball/bin-not-executable',
            severity: 'warning',
            path: file.path,
            message: `${field} → ${file.path} has mode ${file.mode.toString(8).padStart(4, '0')} without the executable bit (npm sets it on install; other package managers may not)`,
        });
    }
    return out;
}
function checkPackage(input) {
    const { analysis } = input;
    const manifest = analysis.manifest.manifest;
    const issues = [...analysis.archiveIssues, ...analysis.manifest.issues, ...analysis.planIssues];
    if (manifest)
        issues.push(...checkManifest(manifest));
    const entries = entryIssues(input);
    issues.push(...entries.issues);
    issues.push(...(0,policy/* checkRequired */.mp)(analysis.files, input.required));
    issues.push(...(0,policy/* checkForbidden */.mS)(analysis.files, input.forbidden));
    issues.push(...(0,policy/* checkPublishedDirs */.V5)(analysis.files, input.publishedDirs));
    const budgets = (0,policy/* checkBudgets */.N3)({ packedBytes: analysis.packedBytes, unpackedBytes: analysis.unpackedBytes, files: analysis.files }, input.budgets);
    issues.push(...budgets.issues);
    let diff;
    if (input.previous) {
        diff = diffSnapshots(input.previous, snapshotOf(analysis, String(manifest?.version ?? 'this version')), input.removedExports);
        issues.push(...diff.issues);
    }
    const out = { issues, entryRows: entries.rows, budgetRows: budgets.rows, entryPointsChecked: entries.checked };
    if (manifest)
        out.manifest = manifest;
    if (diff)
        out.diff = diff;
    return out;
}

;// CONCATENATED MODULE: ./actions/tarball/src/folder.ts
// The package folder, consulted only for targets missing from the tarball: does the file exist there
// ("not packed") or not ("never built")? Walks are bounded and skip node_modules and .git.


const MAX_WALK = 200_000;
async function isFile(path) {
    try {
        return (await (0,promises_.stat)(path)).isFile();
    }
    catch {
        return false;
    }
}
async function listFiles(root) {
    const out = [];
    const walk = async (rel, depth) => {
        if (depth > 32 || out.length >= MAX_WALK)
            return;
        let entries;
        try {
            entries = await (0,promises_.readdir)((0,external_node_path_.join)(root, rel), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (e.name !== 'node_modules' && e.name !== '.git')
                    await walk(child, depth + 1);
            }
            else if (e.isFile() || e.isSymbolicLink())
                out.push(child);
        }
    };
    await walk('', 0);
    return out;
}
async function locateInFolder(dir, missing) {
    const out = new Map();
    let all;
    for (const t of missing) {
        if (t.pattern) {
            all ??= await listFiles(dir);
            const re = t.pattern;
            out.set(t, all.some((f) => re.test(f)));
        }
        else {
            let found = false;
            for (const c of t.candidates)
                if ((found = await isFile((0,external_node_path_.join)(dir, c))))
                    break;
            out.set(t, found);
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./actions/common/src/process.ts
var src_process = __webpack_require__(1814);
;// CONCATENATED MODULE: ./actions/tarball/src/npm.ts
// Everything that runs npm: pack a folder (scripts run as npm runs them, unless ignore-scripts), read
// the `npm pack --json` output of npm <= 11 (an array) and npm 12 (an object keyed by package name), and
// fetch the previous published tarball. Offline or unpublished is an answer, not a crash.



async function runNpm(args, cwd, env = process.env) {
    // spawn reports a missing cwd as "spawn npm ENOENT", which blames npm: name the folder instead.
    let isDir = false;
    try {
        isDir = (0,external_node_fs_.statSync)(cwd).isDirectory();
    }
    catch {
        // Missing: reported below.
    }
    if (!isDir)
        throw new errors/* InputError */.dz(`package folder not found: ${cwd}`, cwd);
    let run;
    try {
        run = await (0,src_process/* runProcess */.R3)((0,src_process/* npmCommand */.fQ)(), args, cwd, env);
    }
    catch (e) {
        throw new errors/* InputError */.dz(`cannot run npm: ${(0,errors/* errorMessage */.gJ)(e)}`);
    }
    if (run.stdoutCut)
        throw new errors/* InputError */.dz(`npm ${args[0]} printed more than 64 MiB`);
    return run;
}
function tryParse(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** The JSON npm printed, possibly after lifecycle-script output on the same stream. */
function findJson(stdout) {
    const text = stdout.trim();
    const whole = tryParse(text);
    if (whole !== undefined)
        return whole;
    const starts = [];
    for (const m of text.matchAll(/^[[{]/gm))
        if (starts.push(m.index) > 200)
            break;
    for (const s of starts) {
        const v = tryParse(text.slice(s));
        if (v !== undefined)
            return v;
    }
    return undefined;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function toInfo(item, where) {
    if (!isRecord(item))
        throw new errors/* InputError */.dz(`npm pack --json: ${where} is not an object`);
    const { name, version, filename } = item;
    if (typeof name !== 'string' || typeof version !== 'string' || typeof filename !== 'string') {
        throw new errors/* InputError */.dz(`npm pack --json: ${where} lacks name, version or filename`);
    }
    // The file name is joined to our destination folder: it must be a plain .tgz name.
    if (!/^[^/\\]+\.tgz$/.test(filename) || filename.startsWith('.')) {
        throw new errors/* InputError */.dz(`npm pack --json: unexpected filename ${JSON.stringify(filename)}`);
    }
    const info = { name, version, filename };
    for (const key of ['size', 'unpackedSize', 'entryCount'])
        if (typeof item[key] === 'number')
            info[key] = item[key];
    return info;
}
/** npm <= 11 prints an array; npm 12 an object keyed by package name. Anything else is refused. */
function parsePackOutput(stdout) {
    const value = findJson(stdout);
    if (value === undefined)
        throw new errors/* InputError */.dz('npm pack --json printed no JSON');
    if (Array.isArray(value)) {
        if (!value.length)
            throw new errors/* InputError */.dz('npm pack --json printed an empty list');
        return value.map((v, i) => toInfo(v, `entry ${i}`));
    }
    if (isRecord(value)) {
        if (isRecord(value.error)) {
            const e = value.error;
            throw new errors/* InputError */.dz(`npm pack failed: ${[e.code, e.summary].filter((x) => typeof x === 'string').join(' ')}`);
        }
        const entries = Object.entries(value);
        if (!entries.length)
            throw new errors/* InputError */.dz('npm pack --json printed an empty object');
        return entries.map(([key, v]) => {
            const info = toInfo(v, `entry ${JSON.stringify(key)}`);
            if (info.name !== key)
                throw new errors/* InputError */.dz(`npm pack --json: key ${JSON.stringify(key)} does not match its name ${JSON.stringify(info.name)}`);
            return info;
        });
    }
    throw new errors/* InputError */.dz('npm pack --json printed neither an array (npm <= 11) nor an object keyed by name (npm 12)');
}
function failure(run, what) {
    const json = findJson(run.stdout);
    const summary = isRecord(json) && isRecord(json.error)
        ? [json.error.code, json.error.summary].filter((x) => typeof x === 'string').join(' ')
        : (run.stderr.split('\n').filter((l) => /err/i.test(l)).slice(0, 4).join(' ') || run.stderr.trim().split('\n').slice(-3).join(' '));
    return new errors/* InputError */.dz(`${what} failed (exit ${run.code}): ${summary.slice(0, 600)}`);
}
async function npmPack(cwd, options) {
    const args = ['pack', '--json', '--pack-destination', options.destination];
    if (options.ignoreScripts)
        args.push('--ignore-scripts');
    for (const w of options.workspaces ?? [])
        args.push('--workspace', w);
    const run = await runNpm(args, cwd);
    if (run.code !== 0)
        throw failure(run, `npm ${args.join(' ')}`);
    return parsePackOutput(run.stdout);
}
const OFFLINE = /ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|network|offline/i;
/** The version the dist-tag points at, packed from the registry into `destination`. */
async function fetchPrevious(name, tag, cwd, destination) {
    const spec = `${name}@${tag}`;
    const view = await runNpm(['view', spec, 'version', 'dist', '--json', '--fetch-retries=1'], cwd);
    if (view.code !== 0) {
        const text = view.stdout + view.stderr;
        if (/E404|404 Not Found|is not in this registry|No match found/i.test(text))
            return { ok: false, note: `${spec} is not published yet: nothing to compare with` };
        if (OFFLINE.test(text))
            return { ok: false, note: `the registry is unreachable (offline?): no comparison with ${spec}` };
        return { ok: false, note: `could not look up ${spec}: ${failure(view, 'npm view').message}` };
    }
    const info = findJson(view.stdout);
    const version = isRecord(info) ? info.version : typeof info === 'string' ? info : undefined;
    if (typeof version !== 'string')
        return { ok: false, note: `${spec} has no published version: nothing to compare with` };
    const pack = await runNpm(['pack', `${name}@${version}`, '--json', '--ignore-scripts', '--pack-destination', destination, '--fetch-retries=1'], cwd);
    if (pack.code !== 0) {
        const text = pack.stdout + pack.stderr;
        if (OFFLINE.test(text))
            return { ok: false, note: `the registry is unreachable (offline?): no comparison with ${name}@${version}` };
        return { ok: false, note: `could not download ${name}@${version}: ${failure(pack, 'npm pack').message}` };
    }
    const [packed] = parsePackOutput(pack.stdout);
    const out = { ok: true, version, path: `${destination}/${packed.filename}` };
    if (isRecord(info) && isRecord(info.dist))
        out.dist = info.dist;
    return out;
}

// EXTERNAL MODULE: ./actions/common/src/render.ts
var render = __webpack_require__(8175);
// EXTERNAL MODULE: ./actions/common/src/summary.ts
var src_summary = __webpack_require__(6663);
;// CONCATENATED MODULE: ./actions/tarball/src/report.ts
// The tarball gate's human-facing output: one line, metrics, and per package a findings table, a budgets
// table, the entry points, the diff and a collapsed file tree. Pure.




const SEVERITY_ICON = { error: '❌', warning: '⚠️', note: 'ℹ️' };
const MAX_ROWS = 50;
function findingsTable(findings) {
    const rows = findings.slice(0, MAX_ROWS).map((f) => [
        `${SEVERITY_ICON[f.severity]} ${f.severity}`,
        (0,src_summary/* code */.aY)(f.ruleId),
        f.file ? (0,src_summary/* code */.aY)(f.line ? `${f.file}:${f.line}` : f.file) : '',
        (0,src_summary/* escapeMarkdown */.FV)(f.message),
    ]);
    let out = (0,src_summary/* table */.tp)(['Severity', 'Rule', 'Where', 'Message'], rows);
    if (findings.length > MAX_ROWS)
        out += `\n${findings.length - MAX_ROWS} more in the result file and SARIF.\n`;
    return out;
}
function budgetsTable(check) {
    const rows = check.budgetRows.map((r) => {
        const show = (n) => (r.unit === 'bytes' ? `${(0,numbers/* formatBytes */.z3)(n)} (${n})` : String(n));
        return [r.name, show(r.actual), r.limit === undefined ? '—' : show(r.limit), r.limit === undefined ? '' : r.ok ? '✅' : '❌'];
    });
    return (0,src_summary/* table */.tp)(['Budget', 'Actual', 'Limit', ''], rows, ['l', 'r', 'r', 'c']);
}
function entryTable(check) {
    const order = { 'never built': 0, 'not packed': 1, missing: 2, 'unused import': 3, 'allowed condition': 4, ok: 5 };
    const rows = [...check.entryRows]
        .sort((a, b) => order[a.status] - order[b.status])
        .slice(0, 300)
        .map((r) => [(0,src_summary/* code */.aY)(r.field), (0,src_summary/* code */.aY)(r.target), r.status === 'ok' ? '✅ ok' : r.status, r.matched ? (0,src_summary/* code */.aY)(r.matched) : '']);
    return (0,src_summary/* table */.tp)(['Field', 'Target', 'Status', 'Packed file'], rows);
}
function signedBytes(n) {
    return n > 0 ? `+${(0,numbers/* formatBytes */.z3)(n)}` : n < 0 ? `-${(0,numbers/* formatBytes */.z3)(-n)}` : '±0';
}
function diffBody(d) {
    let out = (0,src_summary/* table */.tp)(['', 'Change'], [
        ['files', `${d.fileCountDelta >= 0 ? '+' : ''}${d.fileCountDelta} (${d.added.length} added, ${d.removed.length} removed)`],
        ['unpacked size', signedBytes(d.unpackedDelta)],
        ['packed size', signedBytes(d.packedDelta)],
        ['removed exported files', String(d.removedExports.length)],
        ['removed exports subpaths', d.removedExportKeys.length ? d.removedExportKeys.map(src_summary/* code */.aY).join(', ') : '0'],
        ['lost executable bit', d.lostExecutable.length ? d.lostExecutable.map(src_summary/* code */.aY).join(', ') : '0'],
    ]);
    const list = (title, items) => (items.length ? `\n**${title}**\n\n${items.slice(0, 100).map((x) => `- ${x}`).join('\n')}${items.length > 100 ? `\n- … ${items.length - 100} more` : ''}\n` : '');
    out += list('Added', d.added.map((f) => `${(0,src_summary/* code */.aY)(f.path)} ${(0,numbers/* formatBytes */.z3)(f.size)}`));
    out += list('Removed', d.removed.map((f) => `${(0,src_summary/* code */.aY)(f.path)} ${(0,numbers/* formatBytes */.z3)(f.size)}`));
    out += list('Largest size changes', d.changed.slice(0, 20).map((c) => `${(0,src_summary/* code */.aY)(c.path)} ${(0,numbers/* formatBytes */.z3)(c.before)} → ${(0,numbers/* formatBytes */.z3)(c.after)}`));
    return out;
}
/** A file tree with sizes; folders with many files show their largest and a count of the rest. */
function fileTree(files, maxLines = 400, maxFilesPerDir = 25) {
    const root = { dirs: new Map(), files: [], count: 0, bytes: 0 };
    for (const f of files) {
        const parts = f.path.split('/');
        let node = root;
        node.count++;
        node.bytes += f.size;
        for (const seg of parts.slice(0, -1)) {
            let next = node.dirs.get(seg);
            if (!next)
                node.dirs.set(seg, (next = { dirs: new Map(), files: [], count: 0, bytes: 0 }));
            next.count++;
            next.bytes += f.size;
            node = next;
        }
        node.files.push(f);
    }
    const lines = [];
    let cut = false;
    const emit = (line) => {
        if (lines.length >= maxLines)
            cut = true;
        else
            lines.push(line);
    };
    const render = (node, indent) => {
        for (const [name, child] of [...node.dirs].sort(([a], [b]) => (a < b ? -1 : 1))) {
            emit(`${indent}${name}/  (${child.count} files, ${(0,numbers/* formatBytes */.z3)(child.bytes)})`);
            render(child, indent + '  ');
        }
        const shown = [...node.files].sort((a, b) => b.size - a.size).slice(0, maxFilesPerDir).sort((a, b) => (a.path < b.path ? -1 : 1));
        for (const f of shown)
            emit(`${indent}${f.path.slice(f.path.lastIndexOf('/') + 1)}  ${(0,numbers/* formatBytes */.z3)(f.size)}${f.mode & 0o111 ? '  (x)' : ''}`);
        if (node.files.length > shown.length)
            emit(`${indent}… ${node.files.length - shown.length} more files`);
    };
    render(root, '');
    if (cut)
        lines.push(`… tree cut at ${maxLines} lines (${files.length} files in all)`);
    return '```text\n' + lines.join('\n').replace(/```/g, "'''") + '\n```\n';
}
function buildReport(outcomes, notes) {
    const many = outcomes.length > 1;
    const sections = [];
    const totals = { packedBytes: 0, unpackedBytes: 0, files: 0, entryPointsChecked: 0 };
    const packages = [];
    for (const o of outcomes) {
        const a = o.analysis;
        const c = o.check;
        const counts = (0,result/* countBySeverity */.Ot)(o.findings);
        const m = { name: o.label, tarball: o.tarball, status: o.error ? 'error' : counts.error ? 'fail' : counts.warning ? 'warn' : 'pass', errors: counts.error, warnings: counts.warning };
        if (a && c) {
            totals.packedBytes += a.packedBytes;
            totals.unpackedBytes += a.unpackedBytes;
            totals.files += a.files.length;
            totals.entryPointsChecked += c.entryPointsChecked;
            Object.assign(m, { packedBytes: a.packedBytes, unpackedBytes: a.unpackedBytes, files: a.files.length, entryPointsChecked: c.entryPointsChecked });
            if (c.diff)
                Object.assign(m, { previousVersion: c.diff.previousVersion, filesAdded: c.diff.added.length, filesRemoved: c.diff.removed.length, unpackedDelta: c.diff.unpackedDelta, packedDelta: c.diff.packedDelta, removedExports: c.diff.removedExports.length + c.diff.removedExportKeys.length });
        }
        packages.push(m);
        const head = many ? `${o.label}: ` : '';
        const shown = o.findings.filter((f) => f.ruleId !== 'tarball/diff');
        if (o.error)
            sections.push({ title: `${head}could not be read`, body: findingsTable(o.findings), priority: 5 });
        else if (shown.length)
            sections.push({ title: `${head}findings`, body: findingsTable(shown), priority: 10 });
        if (c) {
            sections.push({ title: `${head}budgets`, body: budgetsTable(c), priority: 20 });
            if (c.diff)
                sections.push({ title: `${head}changes since ${c.diff.previousVersion}`, body: diffBody(c.diff), priority: 30 });
            else if (o.previousNote)
                sections.push({ title: `${head}changes since the previous release`, body: (0,src_summary/* escapeMarkdown */.FV)(o.previousNote) + '\n', priority: 30 });
            if (c.entryRows.length)
                sections.push({ title: `${head}entry points (${c.entryPointsChecked} checked)`, body: entryTable(c), priority: 40, collapsed: true });
        }
        if (a)
            sections.push({ title: `${head}files in the tarball (${a.files.length}, ${(0,numbers/* formatBytes */.z3)(a.unpackedBytes)})`, body: fileTree(a.files), priority: 90, collapsed: true });
    }
    if (notes.length)
        sections.push({ title: 'skipped workspaces', body: notes.map((n) => `- ${(0,src_summary/* escapeMarkdown */.FV)(n.message)}`).join('\n') + '\n', priority: 80 });
    const all = [...notes, ...outcomes.flatMap((o) => o.findings)];
    const counts = (0,result/* countBySeverity */.Ot)(all);
    const tail = `${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}`;
    const first = outcomes[0];
    let summary;
    if (many)
        summary = `${outcomes.length} packages, ${totals.files} files, ${(0,numbers/* formatBytes */.z3)(totals.unpackedBytes)} unpacked; ${tail}`;
    else if (first?.error)
        summary = `${first.label}: could not be read: ${first.error}`;
    else
        summary = `${first?.label ?? 'tarball'}: ${(0,render/* plural */.LS)(totals.files, 'file')}, ${(0,numbers/* formatBytes */.z3)(totals.unpackedBytes)} unpacked (${(0,numbers/* formatBytes */.z3)(totals.packedBytes)} packed), ${(0,render/* plural */.LS)(totals.entryPointsChecked, 'entry point')} checked; ${tail}`;
    return {
        summary,
        metrics: { ...totals, packages },
        sections,
        outputs: { tarball: outcomes.map((o) => o.tarball).join('\n') },
    };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./actions/tarball/src/tar/lister.ts + 1 modules
var tar_lister = __webpack_require__(9281);
;// CONCATENATED MODULE: ./actions/tarball/src/tar/read.ts
// Stream a .tgz through gunzip into the lister. The compression-ratio cap is checked as bytes come out
// of zlib, so a gzip bomb stops after ratio × packed size instead of after it filled the disk or memory.






/** Small archives legitimately compress far beyond any ratio (tar pads every file to 512 bytes). */
const RATIO_SLACK_BYTES = 1024 * 1024;
async function readTarball(path, caps, options) {
    let packedBytes;
    try {
        const st = await (0,promises_.stat)(path);
        if (!st.isFile())
            throw new errors/* InputError */.dz('tarball is not a regular file', options.source);
        packedBytes = st.size;
    }
    catch (err) {
        if (err instanceof errors/* InputError */.dz)
            throw err;
        throw new errors/* InputError */.dz(`cannot read tarball: ${err.code ?? err.message}`, options.source);
    }
    const lister = new tar_lister/* TarLister */.X({ ...options, caps });
    const maxOut = caps.maxRatio * packedBytes + RATIO_SLACK_BYTES;
    const input = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 });
    const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: 256 * 1024 });
    let out = 0;
    let firstChunk = true;
    const stop = () => {
        input.destroy();
        gunzip.destroy();
    };
    input.on('error', (err) => gunzip.destroy(err));
    input.on('data', (chunk) => {
        if (firstChunk) {
            firstChunk = false;
            const b = chunk;
            if (b.length < 2 || b[0] !== 0x1f || b[1] !== 0x8b) {
                gunzip.destroy(new errors/* InputError */.dz('not a gzip file (a .tgz starts with 1f 8b)', options.source));
                return;
            }
        }
        if (!gunzip.write(chunk)) {
            input.pause();
            gunzip.once('drain', () => input.resume());
        }
    });
    input.on('end', () => gunzip.end());
    try {
        for await (const chunk of gunzip) {
            out += chunk.length;
            if (out > maxOut) {
                throw new errors/* InputError */.dz(`decompresses to more than ${caps.maxRatio}× its packed size of ${(0,numbers/* formatBytes */.z3)(packedBytes)} (gzip bomb? cap-ratio)`, options.source);
            }
            if (!lister.push(chunk))
                break;
        }
        if (firstChunk)
            throw new errors/* InputError */.dz('tarball is empty', options.source);
        lister.finish();
    }
    catch (err) {
        if (err instanceof errors/* InputError */.dz)
            throw err;
        const code = err.code;
        throw new errors/* InputError */.dz(`corrupt gzip data: ${code ? `${code}: ` : ''}${err.message}`, options.source);
    }
    finally {
        stop();
    }
    return {
        entries: lister.entries,
        contents: lister.contents,
        needleHits: lister.needleHits,
        packedBytes,
        unpackedBytes: lister.totalBytes,
    };
}
/** The same listing over raw (uncompressed) tar bytes: used by tests and the fuzzer. */
function listTarBytes(tar, caps, options) {
    const lister = new TarLister({ ...options, caps });
    lister.push(tar);
    lister.finish();
    return lister;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./actions/common/src/paths.ts
var paths = __webpack_require__(9071);
;// CONCATENATED MODULE: ./actions/tarball/src/workspaces.ts
// Workspace discovery the way npm reads it: `workspaces` globs (array, or {packages}) in the root
// package.json, each matching folder that holds a package.json. Private packages are reported, not packed.







async function readPackageJson(path, display) {
    const { text } = await (0,readers/* readTextCapped */.XS)(path, 1024 * 1024, display);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* InputError */.dz(`not valid JSON: ${err.message}`, display);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new errors/* ConfigurationError */.j1(`${display} is not a JSON object`);
    return value;
}
async function discoverWorkspaces(root) {
    let rootPkg;
    try {
        rootPkg = await readPackageJson((0,paths/* fileIn */.E)(root, 'package.json'), 'package.json');
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`workspaces: cannot read the root package.json: ${err.message}`, 'workspaces');
    }
    const field = rootPkg.workspaces;
    const patterns = Array.isArray(field) ? field : field && typeof field === 'object' ? field.packages : undefined;
    if (!Array.isArray(patterns) || !patterns.length || !patterns.every((p) => typeof p === 'string')) {
        throw new errors/* ConfigurationError */.j1('workspaces: true, but the root package.json has no "workspaces" list', 'workspaces');
    }
    const positive = patterns.filter((p) => !p.startsWith('!')).map((p) => p.replace(/^\.\//, '').replace(/\/+$/, ''));
    const negative = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1).replace(/^\.\//, '').replace(/\/+$/, ''));
    const isMatch = picomatch_default()(positive, { ignore: negative });
    const found = [];
    const walk = async (rel, depth) => {
        if (depth > 6)
            return;
        let entries;
        try {
            entries = await (0,promises_.readdir)((0,external_node_path_.join)(root, rel), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (!e.isDirectory() || e.name === 'node_modules' || e.name.startsWith('.'))
                continue;
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (isMatch(child) && entries.length) {
                // A matching folder without a package.json is not a workspace (npm skips it too); a broken
                // package.json is an error naming the file, not a package silently left out.
                const manifest = (0,paths/* fileIn */.E)((0,external_node_path_.join)(root, child), 'package.json');
                if ((0,external_node_fs_.existsSync)(manifest)) {
                    const pkg = await readPackageJson(manifest, `${child}/package.json`);
                    found.push({ dir: child, name: typeof pkg.name === 'string' ? pkg.name : child, private: pkg.private === true });
                }
            }
            await walk(child, depth + 1);
        }
    };
    await walk('', 0);
    return found.sort((a, b) => (a.dir < b.dir ? -1 : 1));
}

;// CONCATENATED MODULE: ./actions/tarball/src/run.ts
// The tarball gate's collect/orchestrate step: pack (or take) each tarball, list it, analyse it, consult
// the package folder and the registry where only they can answer, and turn issues into findings.
















function capsOf(o) {
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
function rel(ctx, abs) {
    const r = (0,glob/* toPosix */.d7)((0,external_node_path_.relative)(ctx.workspace, abs));
    return r === '' ? '.' : r.startsWith('..') || (0,external_node_path_.isAbsolute)(r) ? (0,glob/* toPosix */.d7)(abs) : r;
}
async function readPositions(path, display) {
    try {
        const { text } = await (0,readers/* readTextCapped */.XS)(path, 1024 * 1024, display);
        return parseJsonWithPositions(text, display);
    }
    catch {
        return undefined;
    }
}
async function plan(o, ctx, dest) {
    const notes = [];
    const dir = (0,external_node_path_.resolve)(ctx.workspace, o.dir || '.');
    if (o.tarball) {
        if (o.workspaces)
            throw new errors/* ConfigurationError */.j1('tarball and workspaces cannot be combined: give one .tgz, or let the gate pack every workspace', 'tarball');
        const tarball = (0,external_node_path_.resolve)(ctx.workspace, o.tarball);
        // The folder explains missing files ("not packed" vs "never built") only if it is this package.
        return { jobs: [{ tarball, dir, label: rel(ctx, tarball) }], notes };
    }
    if (o.workspaces) {
        if (o.previous && o.previous !== 'npm')
            throw new errors/* ConfigurationError */.j1('with workspaces, previous can only be npm (one path cannot serve every package)', 'previous');
        const all = await discoverWorkspaces(dir);
        const publics = all.filter((w) => !w.private);
        for (const w of all.filter((x) => x.private)) {
            notes.push({ ruleId: 'tarball/private-workspace', severity: 'note', message: `${w.name} (${w.dir}) is private: not packed or checked`, file: rel(ctx, (0,paths/* fileIn */.E)((0,external_node_path_.join)(dir, w.dir), 'package.json')) });
        }
        if (!publics.length)
            throw new errors/* ConfigurationError */.j1('workspaces: no public workspace package found', 'workspaces');
        const packed = await npmPack(dir, { destination: dest, ignoreScripts: o['ignore-scripts'], workspaces: publics.map((w) => w.dir) });
        const jobs = [];
        for (const w of publics) {
            const info = packed.find((p) => p.name === w.name);
            if (!info)
                throw new errors/* InputError */.dz(`npm pack did not report a tarball for workspace ${w.name} (${w.dir})`);
            jobs.push({ tarball: (0,external_node_path_.join)(dest, info.filename), dir: (0,external_node_path_.join)(dir, w.dir), label: `${info.name}@${info.version}` });
        }
        return { jobs, notes };
    }
    const [info, ...rest] = await npmPack(dir, { destination: dest, ignoreScripts: o['ignore-scripts'] });
    if (rest.length)
        throw new errors/* InputError */.dz(`npm pack produced ${rest.length + 1} tarballs for one folder`);
    return { jobs: [{ tarball: (0,external_node_path_.join)(dest, info.filename), dir, label: `${info.name}@${info.version}` }], notes };
}
async function loadPrevious(o, ctx, check, dest, caps, allow) {
    let path;
    let version;
    let dist;
    if (o.previous === 'npm') {
        const tag = o['previous-tag'] || check.publishTag || 'latest';
        const fetched = await fetchPrevious(check.name, tag, ctx.workspace, dest);
        if (!fetched.ok)
            return { note: fetched.note };
        path = fetched.path;
        version = fetched.version;
        dist = fetched.dist;
    }
    else {
        path = (0,external_node_path_.resolve)(ctx.workspace, o.previous);
        version = rel(ctx, path);
    }
    try {
        const listing = await readTarball(path, caps, { source: rel(ctx, path), capture: manifestCapture() });
        const analysis = analyseListing(listing, allow);
        const v = analysis.manifest.manifest?.version;
        const out = { snapshot: snapshotOf(analysis, typeof v === 'string' ? v : version) };
        // The packument's fileCount/unpackedSize must describe the tarball it serves (manifest confusion).
        const claims = registryMismatch(dist, analysis.files.length, analysis.unpackedBytes);
        if (claims.length)
            out.mismatch = `the registry's metadata for ${check.name}@${version} does not match its tarball (${claims.join(', ')})`;
        return out;
    }
    catch (err) {
        if (o.previous !== 'npm')
            throw err; // the user's own file: a bad path is an error
        return { note: `the previous tarball could not be read: ${(0,errors/* errorMessage */.gJ)(err)}` };
    }
}
function toFinding(issue, where, prefix) {
    const f = { ruleId: issue.rule, severity: issue.severity, message: prefix + issue.message };
    const pkgJson = where.dirRel !== undefined ? (where.dirRel === '.' ? 'package.json' : `${where.dirRel}/package.json`) : undefined;
    if (issue.key && pkgJson) {
        f.file = pkgJson;
        const pos = where.positions?.positionOf(issue.key);
        if (pos) {
            f.line = pos.line;
            f.column = pos.column;
        }
    }
    else if (issue.path !== undefined && where.dirRel !== undefined) {
        f.file = where.dirRel === '.' ? issue.path : `${where.dirRel}/${issue.path}`;
    }
    else {
        f.file = pkgJson ?? where.tarball;
    }
    return f;
}
async function checkJob(job, o, ctx, dest, prefix) {
    const caps = capsOf(o);
    const allow = o['allow-conditions'];
    const tarballRel = rel(ctx, job.tarball);
    const outcome = { label: job.label, tarball: job.tarball, findings: [] };
    try {
        const listing = await readTarball(job.tarball, caps, { source: tarballRel, capture: manifestCapture() });
        const analysis = analyseListing(listing, allow);
        const manifest = analysis.manifest.manifest;
        const name = typeof manifest?.name === 'string' ? manifest.name : undefined;
        if (manifest && typeof manifest.version === 'string' && name)
            outcome.label = `${name}@${manifest.version}`;
        // Use the folder only when it holds this very package.
        let dir;
        if (job.dir) {
            try {
                const onDisk = await readPackageJson((0,paths/* fileIn */.E)(job.dir, 'package.json'), 'package.json');
                if (onDisk.name === name)
                    dir = job.dir;
            }
            catch {
                dir = undefined;
            }
        }
        const missing = analysis.results.filter((r) => !r.matches.length && !r.target.allowedCondition).map((r) => r.target);
        const inFolder = dir && missing.length ? await locateInFolder(dir, missing) : undefined;
        let importReferences;
        const specifiers = missingImportSpecifiers(analysis);
        if (specifiers.length) {
            // Second pass: does any packed file mention the specifier? Unreferenced mappings break nothing.
            const needles = specifiers.map((s) => Buffer.from(s, 'utf8'));
            const again = await readTarball(job.tarball, caps, { source: tarballRel, needles });
            const pathOf = new Map(analysis.files.map((f) => [f.index, f.path]));
            importReferences = new Map(specifiers.map((s, i) => [s, [...again.needleHits[i]].map((idx) => pathOf.get(idx)).filter((p) => !!p && p !== 'package.json')]));
        }
        let previous;
        let registryMismatch;
        if (o.previous && name) {
            const publishConfig = manifest?.publishConfig;
            const prevDest = await (0,promises_.mkdtemp)((0,external_node_path_.join)(dest, 'previous-'));
            const loaded = await loadPrevious(o, ctx, { name, publishTag: typeof publishConfig?.tag === 'string' ? publishConfig.tag : undefined }, prevDest, caps, allow);
            previous = loaded.snapshot;
            if (loaded.note)
                outcome.previousNote = loaded.note;
            if (loaded.mismatch)
                registryMismatch = loaded.mismatch;
        }
        const check = checkPackage({
            analysis,
            ...(inFolder ? { inFolder } : {}),
            ...(importReferences ? { importReferences } : {}),
            ...(previous ? { previous } : {}),
            required: o.required,
            forbidden: (0,policy/* forbiddenRules */.zb)(o.forbidden),
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
        const positions = dir ? ((await readPositions((0,paths/* fileIn */.E)(dir, 'package.json'), 'package.json')) ?? analysis.manifest.positions) : undefined;
        if (outcome.previousNote)
            check.issues.push({ rule: 'tarball/previous-unavailable', severity: 'note', message: outcome.previousNote });
        if (registryMismatch)
            check.issues.push({ rule: 'tarball/registry-mismatch', severity: 'warning', message: registryMismatch });
        outcome.findings = check.issues.map((i) => toFinding(i, { tarball: tarballRel, dirRel, positions }, prefix)).sort(result/* compareFindings */.Eg);
        outcome.check = check;
        outcome.analysis = analysis;
    }
    catch (err) {
        if (!(err instanceof errors/* InputError */.dz))
            throw err;
        outcome.error = (0,errors/* errorMessage */.gJ)(err);
        outcome.findings = [{ ruleId: 'tarball/unreadable', severity: 'error', message: prefix + err.message, file: err.file ?? tarballRel, ...(err.line ? { line: err.line } : {}) }];
    }
    return outcome;
}
async function runTarball(o, ctx) {
    if (o.previous && o.previous !== 'npm' && !o.previous.endsWith('.tgz') && !o.previous.endsWith('.tar.gz')) {
        throw new errors/* ConfigurationError */.j1(`previous must be npm or a path to a .tgz; got ${JSON.stringify(o.previous)}`, 'previous');
    }
    (0,policy/* forbiddenRules */.zb)(o.forbidden); // a bad policy is a configuration error before any packing
    const dest = (0,external_node_path_.join)(ctx.tempDir, 'tarball');
    await (0,promises_.mkdir)(dest, { recursive: true });
    const { jobs, notes } = await plan(o, ctx, await (0,promises_.mkdtemp)((0,external_node_path_.join)(dest, 'pack-')));
    const outcomes = [];
    for (const job of jobs)
        outcomes.push(await checkJob(job, o, ctx, dest, jobs.length > 1 ? `${job.label}: ` : ''));
    const report = buildReport(outcomes, notes);
    const findings = [...notes, ...outcomes.flatMap((x) => x.findings)].sort(result/* compareFindings */.Eg);
    return { ...report, findings, decision: outcomes.some((x) => x.error) ? 'error' : (0,result/* decisionFromFindings */.dc)(findings) };
}


/***/ })

};
