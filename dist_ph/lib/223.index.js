export const id = 223;
export const ids = [223];
export const modules = {

/***/ 3326:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var scan = __webpack_require__(6849)
var parse = __webpack_require__(5501)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 5501:
/***/ ((module) => {



// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t === null) {
      throw new Error('Unexpected end of input')
    }
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      var node = { license: string }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 6849:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



var licenses = []
  .concat(__webpack_require__(5204))
  .concat(__webpack_require__(3389))
var exceptions = __webpack_require__(3988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = [/^WITH/i, /^AND/i, /^OR/i, '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string.toUpperCase()
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

/***/ 4604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ src_gate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/common/src/errors.ts
var src_errors = __webpack_require__(8860);
// EXTERNAL MODULE: ./actions/common/src/readers.ts
var readers = __webpack_require__(3027);
// EXTERNAL MODULE: ./actions/common/src/git.ts
var git = __webpack_require__(9963);
;// CONCATENATED MODULE: ./actions/sbom/src/bom-model.ts
// A read-only view of a (schema-valid) CycloneDX BOM that the rules share: every component including
// nested ones, with its JSON pointer, and the dependency graph with shortest paths from the subject.
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function toView(raw, pointer) {
    const licenses = Array.isArray(raw.licenses) ? raw.licenses.filter((l) => l && typeof l === 'object') : [];
    return {
        pointer,
        bomRef: str(raw['bom-ref']),
        name: typeof raw.name === 'string' ? raw.name : '',
        group: str(raw.group),
        version: str(raw.version),
        purl: str(raw.purl),
        cpe: str(raw.cpe),
        licenses,
        raw,
    };
}
function displayName(c) {
    const name = c.group ? `${c.group}/${c.name}` : c.name || '(unnamed)';
    return c.version ? `${name}@${c.version}` : name;
}
function viewBom(bom) {
    const components = [];
    const walk = (list, pointer) => {
        if (!Array.isArray(list))
            return;
        list.forEach((item, i) => {
            if (!item || typeof item !== 'object')
                return;
            const p = `${pointer}/${i}`;
            const view = toView(item, p);
            components.push(view);
            walk(item.components, `${p}/components`);
        });
    };
    walk(bom.components, '/components');
    const metadata = (bom.metadata ?? {});
    const subjectRaw = metadata.component;
    const subject = subjectRaw && typeof subjectRaw === 'object' ? toView(subjectRaw, '/metadata/component') : undefined;
    const dependsOn = new Map();
    if (Array.isArray(bom.dependencies)) {
        for (const dep of bom.dependencies) {
            if (!dep || typeof dep !== 'object')
                continue;
            const d = dep;
            if (typeof d.ref !== 'string')
                continue;
            const targets = Array.isArray(d.dependsOn) ? d.dependsOn.filter((t) => typeof t === 'string') : [];
            dependsOn.set(d.ref, [...(dependsOn.get(d.ref) ?? []), ...targets]);
        }
    }
    return { subject, components, dependsOn };
}
/**
 * Shortest dependency path from the subject to every reachable bom-ref (BFS), as bom-ref lists.
 * Components that nothing reaches get no entry.
 */
function dependencyPaths(view) {
    const out = new Map();
    const start = view.subject?.bomRef;
    if (!start)
        return out;
    const parent = new Map([[start, null]]);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
        const ref = queue[i];
        for (const next of view.dependsOn.get(ref) ?? []) {
            if (parent.has(next))
                continue;
            parent.set(next, ref);
            queue.push(next);
        }
    }
    const pathTo = (ref) => {
        const cached = out.get(ref);
        if (cached)
            return cached;
        const up = parent.get(ref);
        const path = up ? [...pathTo(up), ref] : [ref];
        out.set(ref, path);
        return path;
    };
    for (const ref of parent.keys())
        pathTo(ref);
    return out;
}
/** Describes how a component is reached: "demo@1.2.3 > a@1.0.0 > b@2.0.0", names rather than opaque bom-refs. */
function pathDescriber(view) {
    const paths = dependencyPaths(view);
    const names = new Map();
    if (view.subject?.bomRef)
        names.set(view.subject.bomRef, displayName(view.subject));
    for (const c of view.components)
        if (c.bomRef && !names.has(c.bomRef))
            names.set(c.bomRef, displayName(c));
    return (component) => {
        if (!component.bomRef)
            return displayName(component);
        const refs = paths.get(component.bomRef);
        if (!refs)
            return `${displayName(component)} (not reachable from ${view.subject ? displayName(view.subject) : 'the BOM subject'} in dependencies)`;
        return refs.map((r) => names.get(r) ?? r).join(' > ');
    };
}

// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(3326);
var spdx_expression_parse_default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse);
;// CONCATENATED MODULE: ./actions/sbom/src/license-policy.ts
// License policy over CycloneDX license choices, pure. An SPDX expression is a tree: OR passes when
// any branch passes, AND needs every member. Several `licenses` entries on one component are read as
// AND (every declared license applies) — the conservative reading for a release gate.

const RANK = { denied: 0, 'not-allowed': 1, unknown: 2, allowed: 3 };
function worst(a, b) {
    return RANK[a.verdict] <= RANK[b.verdict] ? a : b;
}
function best(a, b) {
    return RANK[a.verdict] >= RANK[b.verdict] ? a : b;
}
/** `GPL-2.0+` and `GPL-2.0-or-later` are the same license; ids compare case-sensitively as SPDX defines. */
function normalizeId(id, plus) {
    return plus ? `${id.replace(/-only$/, '')}-or-later` : id;
}
/** The license family for deny lists: denying GPL-3.0 also denies GPL-3.0-only, -or-later and +. */
function family(id) {
    return id.replace(/\+$/, '').replace(/-(only|or-later)$/, '');
}
class LicenseJudge {
    policy;
    allow;
    denyFamilies;
    denyExact;
    spdxIdsLower;
    constructor(policy, 
    /** Known SPDX ids (from the CycloneDX spdx schema), to read `license.name: "mit"` as MIT. */
    spdxIds) {
        this.policy = policy;
        this.allow = new Set(policy.allow.map((a) => normalizeId(a.replace(/\+$/, ''), a.endsWith('+'))));
        this.denyExact = new Set(policy.deny);
        this.denyFamilies = new Set(policy.deny.map(family));
        this.spdxIdsLower = new Map(spdxIds.map((id) => [id.toLowerCase(), id]));
    }
    get hasAllowList() {
        return this.policy.allow.length > 0;
    }
    /** A license id (or UNLICENSED / LicenseRef-… / free-text name) on its own. */
    leaf(id, plus = false, exception) {
        const shown = `${id}${plus ? '+' : ''}${exception ? ` WITH ${exception}` : ''}`;
        const special = id === 'UNLICENSED' ? 'UNLICENSED (npm: proprietary, all rights reserved)' : /(^|:)LicenseRef-/.test(id) ? `${id} (a custom, non-SPDX license)` : undefined;
        if (this.denyExact.has(id) || this.denyExact.has(shown) || (!special && this.denyFamilies.has(family(id)))) {
            return { verdict: 'denied', reason: `${shown} is in deny-licenses` };
        }
        const normalized = normalizeId(id, plus);
        if (this.allow.has(normalized) || this.allow.has(shown))
            return { verdict: 'allowed', reason: `${shown} is allowed` };
        if (special) {
            return this.hasAllowList
                ? { verdict: 'not-allowed', reason: `${special} is not in allow-licenses` }
                : { verdict: 'unknown', reason: `${special} cannot be judged without an allow-licenses entry for it` };
        }
        if (this.hasAllowList)
            return { verdict: 'not-allowed', reason: `${shown} is not in allow-licenses` };
        return { verdict: 'allowed', reason: `${shown} is not denied` };
    }
    tree(node) {
        if ('conjunction' in node) {
            const left = this.tree(node.left);
            const right = this.tree(node.right);
            if (node.conjunction === 'and')
                return worst(left, right);
            const chosen = best(left, right);
            // A failing OR failed on every branch: say so, not only about the first.
            return chosen.verdict === 'allowed' || left.verdict !== right.verdict ? chosen : { verdict: chosen.verdict, reason: `no branch passes: ${left.reason}; ${right.reason}` };
        }
        return this.leaf(node.license, node.plus === true, node.exception);
    }
    expression(expr) {
        let tree;
        try {
            tree = spdx_expression_parse_default()(expr);
        }
        catch {
            return this.freeText(expr, 'is not a valid SPDX expression');
        }
        return this.tree(tree);
    }
    /** Text that is no SPDX id: only an exact allow/deny entry decides it; otherwise it is unknown. */
    freeText(text, why) {
        if (this.denyExact.has(text))
            return { verdict: 'denied', reason: `"${text}" is in deny-licenses` };
        if (this.allow.has(text))
            return { verdict: 'allowed', reason: `"${text}" is allowed` };
        return { verdict: 'unknown', reason: `"${text}" ${why}` };
    }
    choice(choice) {
        if (typeof choice.expression === 'string')
            return this.expression(choice.expression);
        const lic = choice.license ?? {};
        if (typeof lic.id === 'string')
            return this.leaf(lic.id);
        if (typeof lic.name === 'string') {
            const name = lic.name.trim();
            if (/^unlicen[sc]ed$/i.test(name))
                return this.leaf('UNLICENSED');
            const asId = this.spdxIdsLower.get(name.toLowerCase());
            if (asId)
                return this.leaf(asId);
            if (/^(LicenseRef-|DocumentRef-)/.test(name))
                return this.leaf(name);
            try {
                return this.tree(spdx_expression_parse_default()(name));
            }
            catch {
                return this.freeText(name, 'is a license name, not an SPDX id or expression');
            }
        }
        return { verdict: 'unknown', reason: 'a license entry without id, name or expression' };
    }
    component(licenses) {
        if (licenses.length === 0)
            return { verdict: 'unknown', reason: 'no license declared' };
        return licenses.map((l) => this.choice(l)).reduce(worst);
    }
}
function describeLicenses(licenses) {
    if (licenses.length === 0)
        return '(none)';
    return licenses
        .map((l) => (typeof l.expression === 'string' ? l.expression : (l.license?.id ?? l.license?.name ?? '(empty)')))
        .join(' AND ');
}
/** purl without version, qualifiers and subpath: `pkg:npm/%40scope/name`. */
function purlBase(purl) {
    return purl.replace(/[?#].*$/, '').replace(/@[^@/]*$/, '');
}
function findException(purl, exceptions) {
    if (!purl)
        return undefined;
    const exact = exceptions[purl] ?? exceptions[purl.replace(/[?#].*$/, '')];
    if (exact !== undefined)
        return { key: exceptions[purl] !== undefined ? purl : purl.replace(/[?#].*$/, ''), reason: exact };
    const base = purlBase(purl);
    const byBase = exceptions[base];
    return byBase !== undefined ? { key: base, reason: byBase } : undefined;
}
function evaluateLicenses(components, policy, spdxIds) {
    const judge = new LicenseJudge(policy, spdxIds);
    const used = new Set();
    const results = [];
    for (const component of components) {
        const judgement = judge.component(component.licenses);
        const license = describeLicenses(component.licenses);
        const needsException = judgement.verdict !== 'allowed';
        const exception = needsException ? findException(component.purl, policy.exceptions) : undefined;
        if (exception) {
            used.add(exception.key);
            results.push({ component, license, verdict: 'excepted', reason: judgement.reason, exception });
        }
        else {
            results.push({ component, license, verdict: judgement.verdict, reason: judgement.reason });
        }
    }
    // An exception is also "used" when it matches a component that needs none: it is not stale, just unneeded.
    const unusedExceptions = Object.keys(policy.exceptions).filter((key) => !used.has(key) && !components.some((c) => c.purl && (c.purl === key || purlBase(c.purl) === key || c.purl.replace(/[?#].*$/, '') === key)));
    return { results, unusedExceptions };
}
// SPDX ids of copyleft licenses (strong and weak), by family prefix, for "newly copyleft" in diffs.
const COPYLEFT_PREFIXES = [
    'GPL-', 'AGPL-', 'LGPL-', 'MPL-', 'EPL-', 'EUPL-', 'CDDL-', 'OSL-', 'CPL-', 'CECILL-', 'CC-BY-SA-', 'CC-BY-NC-SA-',
    'SSPL-', 'RPL-', 'Sleepycat', 'QPL-', 'APSL-', 'MS-RL', 'Artistic-1.0', 'copyleft-next-', 'ODbL-', 'NPL-', 'SPL-',
];
function isCopyleftId(id) {
    return COPYLEFT_PREFIXES.some((p) => id.startsWith(p));
}
/** SPDX ids mentioned in a component's licenses (any branch). */
function licenseIds(licenses) {
    const out = new Set();
    const visit = (t) => {
        if ('conjunction' in t) {
            visit(t.left);
            visit(t.right);
        }
        else
            out.add(t.license);
    };
    for (const l of licenses) {
        if (typeof l.expression === 'string') {
            try {
                visit(spdx_expression_parse_default()(l.expression));
            }
            catch {
                // Invalid expressions are reported by validation.
            }
        }
        else if (l.license?.id)
            out.add(l.license.id);
        else if (l.license?.name)
            out.add(l.license.name);
    }
    return [...out].sort();
}

;// CONCATENATED MODULE: ./actions/sbom/src/diff.ts
// What changed since the previous release's SBOM, pure. Components are matched by package identity
// (purl without version, else group/name); npm trees may hold several versions of one package.


function packageKey(c) {
    if (c.purl)
        return purlBase(c.purl);
    return c.group ? `${c.group}/${c.name}` : c.name;
}
function collect(components) {
    const out = new Map();
    for (const c of components) {
        const key = packageKey(c);
        let state = out.get(key);
        if (!state) {
            state = { key, label: displayName({ name: c.name, group: c.group }), versions: new Set(), licenses: new Set(), copyleft: new Set() };
            out.set(key, state);
        }
        state.versions.add(c.version ?? '(no version)');
        state.licenses.add(describeLicenses(c.licenses));
        for (const id of licenseIds(c.licenses))
            if (isCopyleftId(id))
                state.copyleft.add(id);
    }
    return out;
}
const sorted = (s) => [...s].sort();
const same = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));
function diffSboms(previous, current) {
    const before = collect(previous);
    const after = collect(current);
    const diff = { added: [], removed: [], changed: [], licenseChanges: [], newlyCopyleft: [] };
    for (const [key, now] of after) {
        const then = before.get(key);
        if (!then) {
            diff.added.push({ label: now.label, versions: sorted(now.versions), licenses: sorted(now.licenses) });
        }
        else {
            if (!same(then.versions, now.versions))
                diff.changed.push({ label: now.label, from: sorted(then.versions), to: sorted(now.versions) });
            if (!same(then.licenses, now.licenses))
                diff.licenseChanges.push({ label: now.label, from: sorted(then.licenses), to: sorted(now.licenses) });
        }
        if (now.copyleft.size > 0 && (!then || then.copyleft.size === 0))
            diff.newlyCopyleft.push({ label: now.label, licenses: sorted(now.copyleft) });
    }
    for (const [key, then] of before)
        if (!after.has(key))
            diff.removed.push({ label: then.label, versions: sorted(then.versions) });
    const byLabel = (a, b) => a.label.localeCompare(b.label);
    diff.added.sort(byLabel);
    diff.removed.sort(byLabel);
    diff.changed.sort(byLabel);
    diff.licenseChanges.sort(byLabel);
    diff.newlyCopyleft.sort(byLabel);
    return diff;
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./actions/common/src/paths.ts
var paths = __webpack_require__(9071);
;// CONCATENATED MODULE: ./actions/sbom/src/generator-package.ts
// The cyclonedx-npm this release-gates runs: its name, the pinned version, and where a package folder
// keeps what we read (its version, its bin).


const CYCLONEDX_NPM = '@cyclonedx/cyclonedx-npm';
/** Must equal package-lock.json's version (a unit test keeps them in step; the action reads the lockfile). */
const PINNED_CYCLONEDX_NPM_VERSION = '6.0.1';
/** The version in a package.json, or undefined when it cannot be read. */
function packageVersion(packageJson) {
    try {
        const v = JSON.parse((0,external_node_fs_.readFileSync)(packageJson, 'utf8')).version;
        return typeof v === 'string' ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** `<package folder>/bin/cyclonedx-npm-cli.js`. */
function generatorBin(packageDir) {
    return (0,paths/* fileIn */.E)((0,paths/* fileIn */.E)(packageDir, 'bin'), 'cyclonedx-npm-cli.js');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./actions/sbom/src/npm-message.ts
// What npm printed when the generator or its install failed: its own error lines, picked out.
/** What npm itself said, without the noise around it (warnings, log-file hints, indentation). */
function npmMessage(stderr) {
    const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const wanted = lines.filter((l) => /^(npm (error|ERR!)|ERROR \||Error:)/.test(l) && !/complete log of this run|^npm error A complete log/i.test(l));
    const unique = [...new Set(wanted)];
    const text = (unique.length ? unique : lines.slice(-8)).join('\n');
    return text.length > 4000 ? text.slice(0, 4000) + '…' : text;
}

// EXTERNAL MODULE: ./actions/common/src/process.ts
var src_process = __webpack_require__(1814);
;// CONCATENATED MODULE: ./actions/sbom/src/locked-install.ts
// Installing cyclonedx-npm from the lock this package ships (actions/sbom/generator/{package.json,
// package-lock.json}: the whole tree pinned by version and integrity, the lock the action's generator step
// installs too) with `npm ci --ignore-scripts --no-audit --no-fund --omit=optional`, into a folder of its
// own reused by later runs. A missing lock or a failed npm ci is an error, never an unpinned fetch.









/** How the gate installs the shipped lock: the action's generator step runs exactly this too. */
const NPM_CI_ARGS = ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--omit=optional'];
/** Where the lock lives in this repository and in the published package. */
const GENERATOR_LOCK_PATH = 'actions/sbom/generator/package-lock.json';
const INSTALL_PREFIX = 'release-gates-cyclonedx-npm-';
/**
 * Where the shipped lock may be: next to the sources (actions/sbom/src → actions/sbom/generator; tests)
 * and next to the bundle (dist/lib → the package root → actions/sbom/generator; the action checkout and
 * the published CLI, whose `files` include that folder).
 */
function generatorLockDirCandidates(here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    const fromSources = (0,paths/* fileIn */.E)((0,external_node_path_.dirname)(here), 'generator');
    const fromBundle = (0,paths/* fileIn */.E)((0,paths/* fileIn */.E)((0,paths/* fileIn */.E)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(here)), 'actions'), 'sbom'), 'generator');
    return [...new Set([fromSources, fromBundle])];
}
/** The cyclonedx-npm version a generator lock pins, or undefined. */
function lockedVersion(lockText) {
    try {
        const entry = JSON.parse(lockText).packages?.[`node_modules/${CYCLONEDX_NPM}`];
        return typeof entry?.version === 'string' ? entry.version : undefined;
    }
    catch {
        return undefined;
    }
}
/** The first candidate holding both files; an InputError naming every place looked at, else. */
function readGeneratorLock(candidates = generatorLockDirCandidates(), pinned = PINNED_CYCLONEDX_NPM_VERSION) {
    for (const dir of candidates) {
        const packageJsonPath = (0,paths/* fileIn */.E)(dir, 'package.json');
        const lockPath = (0,paths/* fileIn */.E)(dir, 'package-lock.json');
        if (!(0,external_node_fs_.existsSync)(packageJsonPath) || !(0,external_node_fs_.existsSync)(lockPath))
            continue;
        const lock = (0,external_node_fs_.readFileSync)(lockPath, 'utf8');
        const version = lockedVersion(lock);
        if (version !== pinned) {
            throw new src_errors/* InputError */.dz(`${lockPath} pins ${version ? `${CYCLONEDX_NPM}@${version}` : `no ${CYCLONEDX_NPM}`}, but this release-gates runs ${pinned}: the package is inconsistent; reinstall release-gates.`);
        }
        return { dir, packageJson: (0,external_node_fs_.readFileSync)(packageJsonPath, 'utf8'), lock, version };
    }
    throw new src_errors/* InputError */.dz(`${CYCLONEDX_NPM} ${pinned} is not installed next to release-gates, and the lock that pins it for installing (actions/sbom/generator/package.json and package-lock.json) is missing (looked in ${candidates.join(', ')}). ` +
        'Install release-gates with its dependencies (npm install --save-dev release-gates, then npx release-gates), or gate an existing BOM with --sbom-file.');
}
/** Install folder name: the version and a short hash of both files, so a changed lock gets a fresh folder. */
function installFolderName(lock) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(lock.packageJson).update('\0').update(lock.lock).digest('hex').slice(0, 12);
    return `${INSTALL_PREFIX}${lock.version}-${hash}`;
}
/** `<install folder>/node_modules/@cyclonedx/cyclonedx-npm`. */
function installedPackageIn(installDir) {
    return (0,paths/* fileIn */.E)((0,paths/* fileIn */.E)((0,paths/* fileIn */.E)(installDir, 'node_modules'), '@cyclonedx'), 'cyclonedx-npm');
}
/**
 * Why an install folder cannot be run or reused, or undefined when it can: it must hold cyclonedx-npm at
 * `version` with its bin, and (where there are uids) belong to this user and be writable by no one else, since
 * it sits in a shared temp folder. A half-finished install never has the final name (installLockedGenerator).
 */
function installProblem(installDir, version, uid = process.getuid?.()) {
    let stat;
    try {
        stat = (0,external_node_fs_.lstatSync)(installDir);
    }
    catch {
        return 'does not exist';
    }
    if (!stat.isDirectory())
        return 'is not a folder'; // a symbolic link neither
    if (uid !== undefined && stat.uid !== uid)
        return `belongs to another user (uid ${stat.uid})`;
    if (uid !== undefined && (stat.mode & 0o022) !== 0)
        return 'is writable by other users';
    const pkg = installedPackageIn(installDir);
    const found = packageVersion((0,paths/* fileIn */.E)(pkg, 'package.json'));
    if (found !== version)
        return found ? `holds ${CYCLONEDX_NPM} ${found}, not ${version}` : `holds no ${CYCLONEDX_NPM}`;
    if (!(0,external_node_fs_.existsSync)(generatorBin(pkg)))
        return `has no ${generatorBin(pkg)}`;
    return undefined;
}
const REMEDY = `release-gates installs ${CYCLONEDX_NPM} only from that lock (every package pinned by version and integrity), never unpinned: ` +
    'let npm reach your registry, mirror or cache, or install release-gates with its dependencies so the pinned copy is found next to it, or gate an existing BOM with --sbom-file.';
function lockedInstall(dir, version, reused) {
    return { dir, bin: generatorBin(installedPackageIn(dir)), version, reused };
}
/**
 * cyclonedx-npm from the shipped lock: reuse `<root>/release-gates-cyclonedx-npm-<version>-<hash>` when it is
 * complete, else `npm ci` into a fresh sibling folder and rename it into place (a rename is atomic, so the
 * final name only ever holds a finished install). Fails closed with an InputError.
 */
async function installLockedGenerator(options) {
    const lock = options.lock ?? readGeneratorLock();
    const log = options.log ?? (() => { });
    const dir = (0,paths/* fileIn */.E)(options.root, installFolderName(lock));
    const problem = installProblem(dir, lock.version);
    if (!problem)
        return lockedInstall(dir, lock.version, true);
    const lockPath = (0,paths/* fileIn */.E)(lock.dir, 'package-lock.json');
    (0,external_node_fs_.mkdirSync)(options.root, { recursive: true });
    const staging = (0,external_node_fs_.mkdtempSync)(`${dir}.partial-`);
    let published = false;
    try {
        (0,external_node_fs_.writeFileSync)((0,paths/* fileIn */.E)(staging, 'package.json'), lock.packageJson);
        (0,external_node_fs_.writeFileSync)((0,paths/* fileIn */.E)(staging, 'package-lock.json'), lock.lock);
        log(`installing ${CYCLONEDX_NPM}@${lock.version} with npm ${NPM_CI_ARGS.join(' ')} from ${lockPath} into ${dir}`);
        const npm = options.npm ? { cmd: options.npm } : (0,src_process/* npmCommand */.fQ)();
        let result;
        try {
            result = await (0,src_process/* runProcess */.R3)(npm, NPM_CI_ARGS, staging, { ...options.env });
        }
        catch (err) {
            throw new src_errors/* InputError */.dz(`cannot run ${npm.cmd} to install ${CYCLONEDX_NPM}@${lock.version} from ${lockPath}: ${(0,src_errors/* errorMessage */.gJ)(err)}. ${REMEDY}`);
        }
        if (result.code !== 0) {
            throw new src_errors/* InputError */.dz(`npm ci of ${lockPath} (${CYCLONEDX_NPM}@${lock.version}) failed (exit ${result.code}):\n${npmMessage(result.stderr)}\n${REMEDY}`);
        }
        const installed = installProblem(staging, lock.version);
        if (installed)
            throw new src_errors/* InputError */.dz(`npm ci of ${lockPath} exited 0, but the install folder ${installed}. ${REMEDY}`);
        // An unusable folder under the final name (another version, another user's): replace it when we can.
        if (problem !== 'does not exist') {
            try {
                (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true, maxRetries: 2 });
            }
            catch {
                // Not ours to remove: the rename below fails and we run from the staging folder.
            }
        }
        try {
            (0,external_node_fs_.renameSync)(staging, dir);
            published = true;
            return lockedInstall(dir, lock.version, false);
        }
        catch {
            // Another run finished first (use its folder), or the old folder could not go (run from ours).
            if (!installProblem(dir, lock.version))
                return lockedInstall(dir, lock.version, true);
            published = true;
            log(`could not move the install to ${dir}; running it from ${staging}`);
            return lockedInstall(staging, lock.version, false);
        }
    }
    finally {
        if (!published)
            (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true, maxRetries: 2 });
    }
}

;// CONCATENATED MODULE: ./actions/sbom/src/generator.ts
// Running @cyclonedx/cyclonedx-npm at the version this repository pins. We do not bundle it (it reads
// its own package.json and the library's files at run time, which a bundle breaks). In order: the binary the
// composite action's first step resolved; an installed copy of exactly the pinned version (next to
// release-gates: npm install, this repository, tests); else `npm ci --ignore-scripts --no-audit --no-fund
// --omit=optional` of the shipped lock, actions/sbom/generator/{package.json,package-lock.json} (the whole
// tree pinned by version and integrity, the lock the action installs too), into a folder of its own under
// RUNNER_TEMP or the OS temp folder, reused by later runs. A missing lock or a failed npm ci is an error:
// never an unpinned fetch (`npm exec`, @latest, a range resolved afresh).










/** The installed cyclonedx-npm next to release-gates (npm install, this repository, tests). */
function installedPackageDir() {
    try {
        const req = (0,external_node_module_.createRequire)(import.meta.url);
        // Assembled at run time so the bundler leaves it alone; `.` is the only export, so resolve main.
        const main = req.resolve([CYCLONEDX_NPM].join(''));
        let dir = (0,external_node_path_.dirname)(main);
        while (!(0,external_node_fs_.existsSync)((0,paths/* fileIn */.E)(dir, 'package.json')) && (0,external_node_path_.dirname)(dir) !== dir)
            dir = (0,external_node_path_.dirname)(dir);
        return dir;
    }
    catch {
        return undefined;
    }
}
/**
 * The generator that needs no install: the binary the composite action's first step resolved
 * (RELEASE_GATES_CYCLONEDX_NPM_BIN, version-checked there), else an installed copy of exactly the pinned
 * version at `installedDir`. Undefined: install it from the shipped lock (installLockedGenerator).
 */
function findGenerator(env, nodeBinary, installedDir) {
    const pinned = PINNED_CYCLONEDX_NPM_VERSION;
    const fromStep = env.RELEASE_GATES_CYCLONEDX_NPM_BIN;
    if (fromStep) {
        if (!(0,external_node_fs_.existsSync)(fromStep))
            throw new src_errors/* InputError */.dz(`RELEASE_GATES_CYCLONEDX_NPM_BIN points to ${fromStep}, which does not exist`);
        return { cmd: nodeBinary, prefix: [fromStep], version: env.RELEASE_GATES_CYCLONEDX_NPM_VERSION ?? pinned, source: `resolved by the action's setup step (${fromStep})` };
    }
    if (installedDir) {
        const version = packageVersion((0,paths/* fileIn */.E)(installedDir, 'package.json'));
        const bin = generatorBin(installedDir);
        if (version === pinned && (0,external_node_fs_.existsSync)(bin))
            return { cmd: nodeBinary, prefix: [bin], version, source: `installed at ${installedDir}` };
    }
    return undefined;
}
/** Which cyclonedx-npm to run: findGenerator's, else the locked install (installLockedGenerator). */
async function resolveGenerator(env, options = {}) {
    const nodeBinary = options.nodeBinary ?? process.execPath;
    const found = findGenerator(env, nodeBinary, 'installedDir' in options ? options.installedDir : installedPackageDir());
    if (found)
        return found;
    const installed = await installLockedGenerator({ root: options.installRoot ?? (env.RUNNER_TEMP || (0,external_node_os_.tmpdir)()), env, lock: options.lock, npm: options.npm, log: options.log });
    return {
        cmd: nodeBinary,
        prefix: [installed.bin],
        version: installed.version,
        source: `${installed.reused ? 'installed earlier' : 'installed'} with npm ci from ${GENERATOR_LOCK_PATH} at ${installed.dir}`,
    };
}
function generatorArgs(req) {
    const args = ['--output-format', 'JSON', '--output-file', req.outputFile, '--spec-version', req.specVersion, '--mc-type', 'application'];
    // We validate strictly ourselves; its own validation skips silently when optional deps are missing.
    args.push('--no-validate');
    for (const o of req.omit)
        args.push('--omit', o);
    if (req.workspace)
        args.push('--workspace', req.workspace);
    if (req.reproducible)
        args.push('--output-reproducible');
    args.push('--', (0,paths/* fileIn */.E)(req.projectDir, 'package.json'));
    return args;
}
/** Evidence cyclonedx-npm needs: fail early with a sentence rather than its stack of warnings. */
function checkEvidence(projectDir) {
    if (!(0,external_node_fs_.existsSync)((0,paths/* fileIn */.E)(projectDir, 'package.json')))
        throw new src_errors/* InputError */.dz(`no package.json in ${projectDir}: set dir to the npm project to describe, or give sbom-file`, projectDir);
    const lock = ['package-lock.json', 'npm-shrinkwrap.json'].some((f) => (0,external_node_fs_.existsSync)((0,paths/* fileIn */.E)(projectDir, f)));
    const modules = (0,external_node_fs_.existsSync)((0,paths/* fileIn */.E)(projectDir, 'node_modules'));
    if (!lock && !modules) {
        throw new src_errors/* InputError */.dz(`no package-lock.json, npm-shrinkwrap.json or node_modules in ${projectDir}: without them the installed versions are unknown. Run npm ci first.`, (0,paths/* fileIn */.E)(projectDir, 'package.json'));
    }
    if (!modules) {
        throw new src_errors/* InputError */.dz(`${projectDir} has a lockfile but no node_modules: cyclonedx-npm reads the installed packages. Run npm ci first.`, (0,paths/* fileIn */.E)(projectDir, 'package.json'));
    }
}
/** Runs cyclonedx-npm; npm-ls failures become an InputError carrying npm's own message. */
async function runGenerator(generator, req, env) {
    checkEvidence(req.projectDir);
    // NODE_ENV=production silently changes cyclonedx-npm's default omit; we always pass omit explicitly.
    const childEnv = { ...env };
    delete childEnv.NODE_ENV;
    delete childEnv.BOM_REPRODUCIBLE;
    let result;
    try {
        result = await (0,src_process/* runProcess */.R3)(generator.cmd, [...generator.prefix, ...generatorArgs(req)], req.projectDir, childEnv);
    }
    catch (err) {
        throw new src_errors/* InputError */.dz(`cannot start cyclonedx-npm (${generator.source}): ${err.message}`);
    }
    if (result.code !== 0) {
        throw new src_errors/* InputError */.dz(`cyclonedx-npm ${generator.version} failed (exit ${result.code}) in ${req.projectDir}:\n${npmMessage(result.stderr)}`, (0,paths/* fileIn */.E)(req.projectDir, 'package.json'));
    }
    if (!(0,external_node_fs_.existsSync)(req.outputFile))
        throw new src_errors/* InputError */.dz(`cyclonedx-npm exited 0 but wrote no BOM to ${req.outputFile}`);
}

// EXTERNAL MODULE: ./actions/common/src/json-pointer.ts
var json_pointer = __webpack_require__(5417);
// EXTERNAL MODULE: ./actions/common/src/json-scan.ts
var json_scan = __webpack_require__(219);
;// CONCATENATED MODULE: ./actions/sbom/src/json-locate.ts
// Where things are in a JSON text. JSON.parse gives values without positions; instead of building a
// second, position-annotated tree for a multi-megabyte BOM, we scan the text once and only for the
// pointers that need a line (failing schema paths), skipping every other subtree at scanner speed.


function newNode() {
    return { children: new Map(), pointers: [] };
}
/** The text is not what JSON.parse accepted (e.g. it still has a byte-order mark): stop with what was found. */
class Unreadable {
}
const UNREADABLE = new Unreadable();
/**
 * Walks a text that already passed JSON.parse, so it checks no grammar: only the subtrees that lead to a
 * requested pointer are entered, every other value is skipped by counting brackets.
 */
class Locator {
    text;
    found;
    pos = 0;
    constructor(text, found) {
        this.text = text;
        this.found = found;
    }
    /** Offset just past the string opening at `open`. */
    stringEnd(open) {
        const close = (0,json_scan/* closingQuote */.m2)(this.text, open);
        if (close === -1)
            throw UNREADABLE;
        return close + 1;
    }
    /** Skips a value by counting brackets and jumping over strings with indexOf: far faster than a structured walk. */
    skipValue() {
        const t = this.text;
        let depth = 0;
        let i = this.pos;
        for (; i < t.length; i++) {
            const c = t.charCodeAt(i);
            if (c === 0x22) {
                i = this.stringEnd(i) - 1;
                if (depth === 0) {
                    i++;
                    break;
                }
            }
            else if (c === 0x7b || c === 0x5b)
                depth++;
            else if (c === 0x7d || c === 0x5d) {
                depth--;
                if (depth === 0) {
                    i++;
                    break;
                }
                if (depth < 0)
                    break;
            }
            else if (depth === 0 && (c === 0x2c || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09))
                break;
        }
        this.pos = i;
    }
    /** Walk a value; `node` is the trie position (undefined = no target below: skip). */
    value(node, keyOffset) {
        this.pos = (0,json_scan/* skipJsonWhitespace */.pc)(this.text, this.pos);
        if (node)
            for (const p of node.pointers)
                this.found.set(p, keyOffset ?? this.pos);
        const c = this.text.charCodeAt(this.pos);
        if (node && node.children.size > 0 && c === 0x7b)
            this.object(node);
        else if (node && node.children.size > 0 && c === 0x5b)
            this.array(node);
        else
            this.skipValue();
    }
    /** Reads past `expected` (after whitespace); anything else means the text is not what JSON.parse accepted. */
    take(expected) {
        this.pos = (0,json_scan/* skipJsonWhitespace */.pc)(this.text, this.pos);
        if (this.text.charCodeAt(this.pos) !== expected)
            throw UNREADABLE;
        this.pos++;
    }
    /** After a member or element: true when another follows, false at the closing bracket. */
    more(close) {
        this.pos = (0,json_scan/* skipJsonWhitespace */.pc)(this.text, this.pos);
        const c = this.text.charCodeAt(this.pos++);
        if (c === 0x2c)
            return true;
        if (c === close)
            return false;
        throw UNREADABLE;
    }
    object(node) {
        this.pos = (0,json_scan/* skipJsonWhitespace */.pc)(this.text, this.pos + 1);
        if (this.text.charCodeAt(this.pos) === 0x7d) {
            this.pos++;
            return;
        }
        do {
            this.pos = (0,json_scan/* skipJsonWhitespace */.pc)(this.text, this.pos);
            if (this.text.charCodeAt(this.pos) !== 0x22)
                throw UNREADABLE;
            const keyAt = this.pos;
            this.pos = this.stringEnd(keyAt);
            const child = node.children.get(decodeKey(this.text.slice(keyAt, this.pos)));
            this.take(0x3a);
            this.value(child, child ? keyAt : undefined);
        } while (this.more(0x7d));
    }
    array(node) {
        this.pos = (0,json_scan/* skipJsonWhitespace */.pc)(this.text, this.pos + 1);
        if (this.text.charCodeAt(this.pos) === 0x5d) {
            this.pos++;
            return;
        }
        let index = 0;
        do
            this.value(node.children.get(String(index++)));
        while (this.more(0x5d));
    }
}
function decodeKey(raw) {
    return raw.includes('\\') ? JSON.parse(raw) : raw.slice(1, -1);
}
/**
 * Line/column of each pointer's value (for an object property: of its key). Pointers that do not
 * exist in the text are absent from the result. One pass over the text whatever the number of pointers.
 */
function locatePointers(text, pointers) {
    const root = newNode();
    let any = false;
    for (const p of pointers) {
        const segments = (0,json_pointer/* parsePointer */.vp)(p);
        if (!segments)
            continue;
        any = true;
        let node = root;
        for (const seg of segments) {
            let next = node.children.get(seg);
            if (!next)
                node.children.set(seg, (next = newNode()));
            node = next;
        }
        node.pointers.push(p);
    }
    if (!any)
        return new Map();
    const offsets = new Map();
    try {
        new Locator(text, offsets).value(root);
    }
    catch (err) {
        if (err !== UNREADABLE)
            throw err;
        // Positions found before the text stopped making sense are still right.
    }
    return withLines(text, offsets);
}
/** Converts many offsets to line/column in one pass over the newlines. */
function withLines(text, offsets) {
    const sorted = [...offsets.entries()].sort((a, b) => a[1] - b[1]);
    const out = new Map();
    let line = 1;
    let lineStart = 0;
    let nl = text.indexOf('\n');
    for (const [pointer, offset] of sorted) {
        while (nl !== -1 && nl < offset) {
            line++;
            lineStart = nl + 1;
            nl = text.indexOf('\n', lineStart);
        }
        out.set(pointer, { line, column: offset - lineStart + 1, offset });
    }
    return out;
}

// EXTERNAL MODULE: ./actions/common/src/numbers.ts
var numbers = __webpack_require__(8805);
;// CONCATENATED MODULE: ./actions/sbom/src/ntia.ts
// NTIA minimum elements (2021): per component supplier, name, version, a unique id and its dependency
// relationships; per BOM the author of the SBOM data and a timestamp. Pure: counts and who lacks what.

const COMPONENT_ELEMENTS = ['supplier', 'name', 'version', 'purl', 'dependencies'];
const DEFAULT_NTIA = { supplier: 0, name: 100, version: 100, purl: 100, dependencies: 100, author: true, timestamp: true };
const ELEMENT_LABEL = {
    supplier: 'supplier (or author)',
    name: 'name',
    version: 'version',
    purl: 'unique id (purl or cpe)',
    dependencies: 'dependency relationships',
};
function nonEmpty(v) {
    if (typeof v === 'string')
        return v.trim() !== '';
    if (Array.isArray(v))
        return v.some(nonEmpty);
    if (v && typeof v === 'object')
        return Object.values(v).some(nonEmpty);
    return false;
}
function hasSupplier(c) {
    const r = c.raw;
    return nonEmpty(r.supplier) || nonEmpty(r.manufacturer) || nonEmpty(r.author) || nonEmpty(r.authors) || nonEmpty(r.publisher);
}
function evaluateNtia(view, bom, min) {
    // A component "has" relationships when the dependency graph has an entry for it (an empty dependsOn
    // is a statement: no dependencies) — NTIA asks that relationships be declared, not that they exist.
    const checks = {
        supplier: hasSupplier,
        name: (c) => c.name.trim() !== '',
        version: (c) => c.version !== undefined,
        purl: (c) => c.purl !== undefined || c.cpe !== undefined,
        dependencies: (c) => c.bomRef !== undefined && view.dependsOn.has(c.bomRef),
    };
    const elements = COMPONENT_ELEMENTS.map((element) => {
        const missing = view.components.filter((c) => !checks[element](c));
        const total = view.components.length;
        const present = total - missing.length;
        return { element, present, total, min: min[element], ok: (0,numbers/* meetsPercent */.em)(present, total, min[element]), missing };
    });
    const metadata = (bom.metadata ?? {});
    let authorSource;
    if (nonEmpty(metadata.authors))
        authorSource = 'metadata.authors';
    else if (nonEmpty(metadata.manufacturer))
        authorSource = 'metadata.manufacturer';
    else if (nonEmpty(metadata.supplier))
        authorSource = 'metadata.supplier';
    else if (nonEmpty(metadata.tools))
        authorSource = 'metadata.tools';
    const hasTimestamp = typeof metadata.timestamp === 'string' && metadata.timestamp !== '';
    return { elements, hasAuthor: authorSource !== undefined, hasTimestamp, authorSource };
}

;// CONCATENATED MODULE: ./actions/sbom/src/schemas.ts
// The official CycloneDX JSON schemas, read from disk (never the network). The bundle ships them at
// dist/res/schema (copied from @cyclonedx/cyclonedx-library/res/schema at build time); from sources
// (tests) they are read from node_modules.






const SPEC_VERSIONS = ['1.2', '1.3', '1.4', '1.5', '1.6', '1.7'];
function isSpecVersion(v) {
    return typeof v === 'string' && SPEC_VERSIONS.includes(v);
}
/** File name of the strict schema for a version (1.2/1.3 have separate strict variants, as the library's JsonStrictValidator uses). */
function bomSchemaFile(version) {
    return version === '1.2' || version === '1.3' ? `bom-${version}-strict.SNAPSHOT.schema.json` : `bom-${version}.SNAPSHOT.schema.json`;
}
/** Schemas the BOM schemas `$ref` by relative file name. */
const SUPPORT_SCHEMAS = ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json', 'cryptography-defs.SNAPSHOT.schema.json'];
/** Base the BOM schemas' relative `$ref`s resolve against (their `$id`s live under it). */
const SCHEMA_BASE = 'http://cyclonedx.org/schema/';
/** Where we look, in order: next to the bundle (dist/<entry>/index.js → dist/res/schema), then node_modules. */
function schemaDirCandidates() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const out = [(0,paths/* fileIn */.E)((0,paths/* fileIn */.E)((0,external_node_path_.dirname)(here), 'res'), 'schema')];
    try {
        // The package name is assembled at run time so the bundler does not try to inline the library.
        const pkg = ['@cyclonedx', 'cyclonedx-library', 'package.json'].join('/');
        const req = (0,external_node_module_.createRequire)(import.meta.url);
        out.push((0,paths/* fileIn */.E)((0,paths/* fileIn */.E)((0,external_node_path_.dirname)(req.resolve(pkg)), 'res'), 'schema'));
    }
    catch {
        // Not installed: only the bundled copy can serve.
    }
    return out;
}
let cachedDir;
/** The schema folder, or an error naming every place looked at: validation never silently skips. */
function schemaDir(override) {
    if (override) {
        if (!(0,external_node_fs_.existsSync)((0,paths/* fileIn */.E)(override, bomSchemaFile('1.6'))))
            throw new src_errors/* InputError */.dz(`no CycloneDX schemas in ${override}`, override);
        return override;
    }
    if (cachedDir)
        return cachedDir;
    const candidates = schemaDirCandidates();
    for (const dir of candidates) {
        if ((0,external_node_fs_.existsSync)((0,paths/* fileIn */.E)(dir, bomSchemaFile('1.6'))) && (0,external_node_fs_.existsSync)((0,paths/* fileIn */.E)(dir, SUPPORT_SCHEMAS[0])))
            return (cachedDir = dir);
    }
    throw new src_errors/* InputError */.dz(`the CycloneDX JSON schemas are missing (looked in ${candidates.join(', ')}); the bundle must ship them at dist/res/schema. Validation cannot run, so the SBOM is not accepted.`);
}
function readSchema(dir, file) {
    const path = (0,paths/* fileIn */.E)(dir, file);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new src_errors/* InputError */.dz(`cannot read schema: ${err.message}`, path);
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new src_errors/* InputError */.dz(`schema is not valid JSON: ${err.message}`, path);
    }
}

;// CONCATENATED MODULE: ./actions/sbom/src/postprocess.ts
// What we do to cyclonedx-npm's output before validating it: make the workspace package the BOM's
// subject, make reproducible output attestable (deterministic serialNumber + SOURCE_DATE_EPOCH
// timestamp), optional enrichment, and a stable serialization. Pure functions over the parsed BOM.


const ENRICHMENTS = ['hashes', 'supplier', 'compositions'];
const ENRICHMENT_PROPERTY = 'release-gates:enrichment';
const ENRICHED_COMPONENT_PROPERTY = 'release-gates:enriched';
/** RFC 4122 name-based UUID, version 5 (SHA-1). */
function uuidV5(name, namespace) {
    const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
    const hash = (0,external_node_crypto_.createHash)('sha1').update(ns).update(name, 'utf8').digest();
    hash[6] = (hash[6] & 0x0f) | 0x50;
    hash[8] = (hash[8] & 0x3f) | 0x80;
    const h = hash.subarray(0, 16).toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
/** RFC 4122 URL namespace. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
/** Our namespace: UUIDv5 of this URL in the URL namespace (fixed forever: changing it changes every serial). */
const SERIAL_NAMESPACE = uuidV5('https://github.com/release-gates/release-gates#sbom-serial', URL_NAMESPACE);
function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/**
 * The serial number of a reproducible BOM: the same project, lockfile and generation settings give
 * the same UUID, so two runs are byte-identical and actions/attest (which requires serialNumber) accepts it.
 */
function deterministicSerial(name, version, lockfileSha256, settings) {
    return `urn:uuid:${uuidV5(`${name}@${version}\n${lockfileSha256}\n${settings}`, SERIAL_NAMESPACE)}`;
}
/** SOURCE_DATE_EPOCH (integer seconds since 1970) → ISO 8601 UTC. */
function timestampFromEpoch(value) {
    if (!/^\d{1,12}$/.test(value.trim()))
        throw new src_errors/* ConfigurationError */.j1(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${value}"`, 'reproducible');
    return new Date(Number(value.trim()) * 1000).toISOString();
}
function asArray(v) {
    return Array.isArray(v) ? v : [];
}
function properties(obj) {
    if (!Array.isArray(obj.properties))
        obj.properties = [];
    return obj.properties;
}
function setProperty(obj, name, value) {
    const props = properties(obj);
    const existing = props.find((p) => p.name === name);
    if (existing)
        existing.value = value;
    else
        props.push({ name, value });
}
/**
 * cyclonedx-npm's `--workspace` keeps the monorepo root as metadata.component. Make the workspace
 * package the subject: take its component out of the list, drop the root from the dependency graph.
 */
function promoteWorkspace(bom, pkg) {
    const metadata = (bom.metadata ?? {});
    const root = metadata.component;
    const rootRef = root?.['bom-ref'];
    const components = asArray(bom.components);
    const fullName = (c) => (typeof c.group === 'string' && c.group ? `${c.group}/${String(c.name)}` : String(c.name));
    const matches = components.filter((c) => fullName(c) === pkg.name && (pkg.version === undefined || c.version === pkg.version));
    if (matches.length === 0)
        throw new src_errors/* InputError */.dz(`workspace package ${pkg.name}${pkg.version ? '@' + pkg.version : ''} is not in the generated BOM; is it listed in the root package.json "workspaces" and installed (npm ci)?`);
    if (matches.length > 1)
        throw new src_errors/* InputError */.dz(`workspace package ${pkg.name} appears ${matches.length} times in the generated BOM; cannot choose the subject`);
    const subject = matches[0];
    subject.type = 'application';
    bom.components = components.filter((c) => c !== subject);
    metadata.component = subject;
    bom.metadata = metadata;
    if (typeof rootRef === 'string') {
        bom.dependencies = asArray(bom.dependencies)
            .filter((d) => d.ref !== rootRef)
            .map((d) => (Array.isArray(d.dependsOn) ? { ...d, dependsOn: d.dependsOn.filter((r) => r !== rootRef) } : d));
    }
}
/** npm `integrity` ("sha512-<base64> sha1-<base64>") → CycloneDX hashes. */
function integrityToHashes(integrity) {
    const ALG = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };
    const out = [];
    for (const part of integrity.trim().split(/\s+/)) {
        const m = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})(\?.*)?$/.exec(part);
        if (!m)
            continue;
        out.push({ alg: ALG[m[1]], content: Buffer.from(m[2], 'base64').toString('hex') });
    }
    return out;
}
function walkComponents(list, visit) {
    for (const c of asArray(list)) {
        if (!c || typeof c !== 'object')
            continue;
        visit(c);
        walkComponents(c.components, visit);
    }
}
function npmPath(c) {
    const prop = asArray(c.properties).find((p) => p?.name === 'cdx:npm:package:path');
    return typeof prop?.value === 'string' ? prop.value : undefined;
}
/** Opt-in enrichment; each change is marked in properties so readers know it was derived, not declared. */
function enrich(bom, what, lockfile, specVersion) {
    const report = { hashes: 0, supplier: 0, compositions: false };
    if (what.length === 0)
        return report;
    if (specVersion === '1.2')
        throw new src_errors/* ConfigurationError */.j1('enrich needs spec-version 1.3 or later (1.2 has no properties to mark enrichment with)', 'enrich');
    const packages = (lockfile?.packages ?? {});
    walkComponents(bom.components, (c) => {
        const marks = [];
        if (what.includes('hashes') && !(Array.isArray(c.hashes) && c.hashes.length)) {
            const path = npmPath(c);
            const integrity = path !== undefined ? packages[path]?.integrity : undefined;
            const hashes = typeof integrity === 'string' ? integrityToHashes(integrity) : [];
            if (hashes.length) {
                c.hashes = hashes;
                marks.push('hashes');
                report.hashes++;
            }
        }
        if (what.includes('supplier') && !c.supplier) {
            const author = typeof c.author === 'string' ? c.author.trim() : '';
            if (author) {
                c.supplier = { name: author };
                marks.push('supplier');
                report.supplier++;
            }
        }
        if (marks.length)
            setProperty(c, ENRICHED_COMPONENT_PROPERTY, marks.join(','));
    });
    const subjectRef = bom.metadata?.component?.['bom-ref'];
    if (what.includes('compositions') && typeof subjectRef === 'string') {
        // npm's installed tree is complete for npm packages; omitted dependency types are not part of the release.
        bom.compositions = [{ aggregate: 'complete', assemblies: [subjectRef], dependencies: [subjectRef] }];
        report.compositions = true;
    }
    const metadata = (bom.metadata ?? (bom.metadata = {}));
    setProperty(metadata, ENRICHMENT_PROPERTY, [...what].sort().join(','));
    return report;
}
const TOP_ORDER = ['$schema', 'bomFormat', 'specVersion', 'serialNumber', 'version', 'metadata', 'components', 'services', 'externalReferences', 'dependencies', 'compositions'];
/** Stable bytes: known top-level keys first in spec order, then the rest sorted; two-space indent, final newline. */
function serializeBom(bom) {
    const ordered = {};
    for (const key of TOP_ORDER)
        if (key in bom)
            ordered[key] = bom[key];
    for (const key of Object.keys(bom).sort())
        if (!(key in ordered))
            ordered[key] = bom[key];
    const metadata = ordered.metadata;
    if (metadata && typeof metadata === 'object' && 'timestamp' in metadata) {
        // cyclonedx-npm puts timestamp first; keep that whether we set it or it did.
        const { timestamp, ...rest } = metadata;
        ordered.metadata = { timestamp, ...rest };
    }
    return JSON.stringify(ordered, null, 2) + '\n';
}
function makeReproducible(bom, input) {
    const subject = (bom.metadata ?? {}).component;
    const name = subject ? (typeof subject.group === 'string' && subject.group ? `${subject.group}/${String(subject.name)}` : String(subject.name)) : '(no subject)';
    const version = typeof subject?.version === 'string' ? subject.version : '';
    bom.serialNumber = deterministicSerial(name, version, sha256(input.lockfileText ?? ''), input.settings);
    bom.version = 1;
    const metadata = (bom.metadata ?? (bom.metadata = {}));
    if (input.timestamp)
        metadata.timestamp = input.timestamp;
    else
        delete metadata.timestamp;
}

;// CONCATENATED MODULE: ./actions/sbom/src/options.ts
// The sbom gate's options: one name each for the action input, the CLI flag and the config-file key.




const percent = { type: 'number', minimum: 0, maximum: 100 };
const SBOM_OPTIONS = [
    { name: 'dir', type: 'string', default: '.', valueName: '<dir>', description: 'npm project to describe (holds package.json, package-lock.json and node_modules). Relative to working-directory.' },
    { name: 'sbom-file', type: 'string', default: '', valueName: '<bom.json>', description: 'Validate and gate this existing CycloneDX JSON BOM (from any generator) instead of generating one.' },
    { name: 'output', type: 'string', default: '', valueName: '<bom.json>', description: 'Where to write the generated BOM; empty means $RUNNER_TEMP/release-gates/sbom.cdx.json in an action, sbom.cdx.json in the CLI.' },
    { name: 'spec-version', type: 'enum', values: SPEC_VERSIONS, default: '1.6', description: 'CycloneDX version to generate (a generated BOM must declare exactly this). An sbom-file is validated against its own specVersion.' },
    { name: 'omit', type: 'list', separator: 'comma', default: ['dev'], valueName: '<dev,optional,peer>', description: 'Dependency types left out of the generated BOM (npm --omit). Give "none" to include everything.' },
    { name: 'workspace', type: 'string', default: '', valueName: '<path|name>', description: 'npm workspace to describe; the BOM subject (metadata.component) becomes that package, not the monorepo root. Empty: the root package.' },
    { name: 'reproducible', type: 'boolean', default: false, description: 'Byte-identical output: sorted lists, serialNumber = UUIDv5(name, version, lockfile SHA-256, settings), timestamp = SOURCE_DATE_EPOCH (else the HEAD commit time).' },
    { name: 'enrich', type: 'list', separator: 'comma', default: [], valueName: '<hashes,supplier,compositions>', description: 'Opt-in enrichment of the generated BOM, marked in properties: hashes from the lockfile integrity, supplier from the package author, compositions completeness.' },
    {
        name: 'min-ntia',
        type: 'object',
        default: {},
        valueName: '<json>',
        description: `NTIA minimum-element thresholds: percent of components with supplier, name, version, purl (purl or cpe), dependencies; author and timestamp (BOM level) true/false. Keys given override ${JSON.stringify(DEFAULT_NTIA)}.`,
        schema: {
            type: 'object',
            additionalProperties: false,
            properties: { supplier: percent, name: percent, version: percent, purl: percent, dependencies: percent, author: { type: 'boolean' }, timestamp: { type: 'boolean' } },
        },
    },
    { name: 'allow-licenses', type: 'list', separator: 'comma', default: [], valueName: '<spdx-ids>', description: 'Only these SPDX ids (and UNLICENSED / LicenseRef-… when listed) may appear; OR expressions pass when any branch is allowed, AND when all are. Empty: no allow list.' },
    { name: 'deny-licenses', type: 'list', separator: 'comma', default: [], valueName: '<spdx-ids>', description: 'SPDX ids that fail the gate (GPL-3.0 also denies GPL-3.0-only / -or-later).' },
    { name: 'unknown-licenses', type: 'enum', values: ['fail', 'warn', 'allow'], default: 'warn', description: 'Components with no license, a non-SPDX license name, or (without an allow list) UNLICENSED / LicenseRef-…: fail, warn or allow.' },
    {
        name: 'license-exceptions',
        type: 'object',
        default: {},
        valueName: '<json>',
        description: 'Per-package exceptions to the license policy: { "<purl, with or without @version>": "<reason>" }.',
        schema: { type: 'object', propertyNames: { pattern: '^pkg:' }, additionalProperties: { type: 'string', minLength: 1 } },
    },
    { name: 'previous-sbom', type: 'string', default: '', valueName: '<bom.json>', description: 'Previous release\'s BOM to diff against. Empty: with github-token, the asset named asset-name on the newest earlier release; otherwise no diff.' },
    { name: 'github-token', type: 'string', default: '', valueName: '<token>', description: 'Token for the previous release\'s asset and the release upload (needs contents: write to upload). Empty: no GitHub calls.' },
    { name: 'release-asset', type: 'enum', values: ['replace', 'keep', 'skip'], default: 'replace', description: 'On release and tag events (with github-token), attach the BOM to the release: replace an existing asset of that name, keep it, or skip uploading.' },
    { name: 'asset-name', type: 'string', default: 'sbom.cdx.json', valueName: '<name>', description: 'Release asset name (also looked up on the previous release).' },
    { name: 'artifact-name', type: 'string', default: 'sbom', valueName: '<name>', description: 'Workflow artifact name for the action\'s upload step (set a unique name per matrix job); "none" disables the artifact.' },
];
const OMIT_VALUES = ['dev', 'optional', 'peer'];
function checkOmit(values) {
    // An empty action input means "not given" (the default, dev), so "none" is how to include everything.
    const out = values.map((v) => v.trim()).filter((v) => v && v !== 'none');
    for (const v of out)
        if (!OMIT_VALUES.includes(v))
            throw new src_errors/* ConfigurationError */.j1(`omit: "${v}" is not one of ${OMIT_VALUES.join(', ')}`, 'omit');
    return [...new Set(out)];
}
function checkEnrich(values) {
    const out = values.map((v) => v.trim()).filter(Boolean);
    for (const v of out)
        if (!ENRICHMENTS.includes(v))
            throw new src_errors/* ConfigurationError */.j1(`enrich: "${v}" is not one of ${ENRICHMENTS.join(', ')}`, 'enrich');
    return [...new Set(out)];
}
/** SPDX ids are case-sensitive; a typo in a policy must not silently allow or deny nothing. */
function checkLicenseList(option, values, knownIds) {
    const out = values.map((v) => v.trim()).filter(Boolean);
    for (const v of out) {
        const id = v.replace(/\+$/, '');
        if (id === 'UNLICENSED' || /^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(id) || knownIds.has(id))
            continue;
        const hint = [...knownIds].find((k) => k.toLowerCase() === id.toLowerCase());
        throw new src_errors/* ConfigurationError */.j1(`${option}: "${v}" is not an SPDX license id${hint ? ` (did you mean ${hint}?)` : ''}; use SPDX ids, UNLICENSED or LicenseRef-…`, option);
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/sbom/src/release.ts
// The GitHub side: the previous release's SBOM asset (for the diff) and attaching this BOM to the
// release being published. Plain fetch against GITHUB_API_URL; every failure is a sentence, and a
// release we may not or cannot change (permissions, immutable) is a warning, never a crash.
class GitHubError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
async function request(client, url, init = {}) {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${client.token}`);
    if (!headers.has('accept'))
        headers.set('accept', 'application/vnd.github+json');
    headers.set('x-github-api-version', '2022-11-28');
    headers.set('user-agent', 'release-gates-sbom');
    return fetch(url, { ...init, headers, redirect: 'follow' });
}
async function json(client, path, init = {}) {
    const res = await request(client, `${client.api}${path}`, init);
    if (!res.ok)
        throw new GitHubError(`${init.method ?? 'GET'} ${path}: HTTP ${res.status} ${await shortBody(res)}`, res.status);
    return (await res.json());
}
async function shortBody(res) {
    try {
        const text = await res.text();
        try {
            const msg = JSON.parse(text).message;
            if (typeof msg === 'string')
                return msg;
        }
        catch {
            // not JSON
        }
        return text.slice(0, 200);
    }
    catch {
        return '';
    }
}
function clientFrom(env, repo, token) {
    if (!token || !repo)
        return undefined;
    return { api: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''), repo, token };
}
/** The release tag this event is about: a release event's tag, or a pushed tag. */
function releaseTag(event) {
    if (event.name === 'release') {
        const tag = event.payload.release?.tag_name;
        return typeof tag === 'string' ? tag : undefined;
    }
    if (event.ref?.startsWith('refs/tags/'))
        return event.ref.slice('refs/tags/'.length);
    return undefined;
}
/** The newest published release other than `currentTag`, and its asset named `assetName`. */
async function fetchPreviousSbom(client, assetName, currentTag) {
    const releases = await json(client, `/repos/${client.repo}/releases?per_page=30`);
    const previous = releases.find((r) => !r.draft && r.tag_name !== currentTag);
    if (!previous)
        return { source: 'no earlier published release' };
    const asset = (previous.assets ?? []).find((a) => a.name === assetName);
    if (!asset)
        return { source: `release ${previous.tag_name} has no asset named ${assetName}` };
    const res = await request(client, `${client.api}/repos/${client.repo}/releases/assets/${asset.id}`, { headers: { accept: 'application/octet-stream' } });
    if (!res.ok)
        throw new GitHubError(`download of ${assetName} from release ${previous.tag_name}: HTTP ${res.status} ${await shortBody(res)}`, res.status);
    return { text: await res.text(), source: `release ${previous.tag_name} asset ${assetName}` };
}
function permissionHint(status) {
    return status === 403 || status === 404 ? ' (the token needs `contents: write` on this repository)' : '';
}
/** Attach `body` to the release for `tag`, idempotently. */
async function uploadReleaseAsset(client, event, tag, assetName, body, mode) {
    if (mode === 'skip')
        return { outcome: 'skipped', message: 'release-asset is skip' };
    let release;
    const fromEvent = event.name === 'release' ? event.payload.release : undefined;
    try {
        // Re-read the release: the event payload can be stale (assets added by earlier jobs).
        const id = fromEvent?.id;
        release = id !== undefined ? await json(client, `/repos/${client.repo}/releases/${id}`) : await json(client, `/repos/${client.repo}/releases/tags/${encodeURIComponent(tag)}`);
    }
    catch (err) {
        const status = err instanceof GitHubError ? err.status : 0;
        if (status === 404)
            return { outcome: 'skipped', message: `no GitHub release for tag ${tag} (yet): the SBOM was not attached${permissionHint(0)}` };
        return { outcome: status === 403 ? 'not-permitted' : 'failed', message: `cannot read the release for ${tag}: ${err.message}${permissionHint(status)}` };
    }
    if (release.immutable)
        return { outcome: 'immutable', message: `release ${tag} is immutable: assets cannot be added or replaced, so the SBOM was not attached` };
    const existing = (release.assets ?? []).find((a) => a.name === assetName);
    if (existing && mode === 'keep')
        return { outcome: 'kept', message: `release ${tag} already has ${assetName}; kept it (release-asset: keep)`, url: existing.browser_download_url };
    if (existing) {
        const res = await request(client, `${client.api}/repos/${client.repo}/releases/assets/${existing.id}`, { method: 'DELETE' });
        if (!res.ok && res.status !== 404) {
            return { outcome: res.status === 403 ? 'not-permitted' : 'failed', message: `cannot replace ${assetName} on release ${tag}: HTTP ${res.status} ${await shortBody(res)}${permissionHint(res.status)}` };
        }
    }
    const uploadBase = (release.upload_url ?? '').replace(/\{.*\}$/, '');
    if (!uploadBase)
        return { outcome: 'failed', message: `release ${tag} has no upload_url` };
    const res = await request(client, `${uploadBase}?name=${encodeURIComponent(assetName)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/vnd.cyclonedx+json' },
        body: new Uint8Array(body),
    });
    if (!res.ok) {
        const text = await shortBody(res);
        if (/immutable/i.test(text))
            return { outcome: 'immutable', message: `release ${tag} is immutable: ${text}` };
        return { outcome: res.status === 403 ? 'not-permitted' : 'failed', message: `upload of ${assetName} to release ${tag} failed: HTTP ${res.status} ${text}${permissionHint(res.status)}` };
    }
    const asset = (await res.json());
    return { outcome: existing ? 'replaced' : 'uploaded', message: `${existing ? 'replaced' : 'attached'} ${assetName} on release ${tag}`, url: asset.browser_download_url };
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(dist_ajv);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./actions/common/src/json-syntax.ts
var json_syntax = __webpack_require__(9721);
;// CONCATENATED MODULE: ./actions/sbom/src/syntax-message.ts
// How the sbom gate words a JSON syntax error: the kit finds it, this names the character found (never more
// than one) and what the grammar wanted there, as sbom/json-syntax findings always have.

function wording(e, text) {
    const ch = e.offset < text.length ? JSON.stringify(text[e.offset]) : undefined;
    switch (e.problem) {
        case 'unexpected':
        case 'invalid-number':
            switch (e.expected) {
                case 'property-name':
                    return ch ? `expected a property name but found ${ch}` : 'unexpected end of input in object';
                case 'colon':
                    return ch ? `expected ':' but found ${ch}` : "unexpected end of input, expected ':'";
                case 'comma-or-brace':
                    return ch ? `expected ',' or '}' but found ${ch}` : 'unexpected end of input in object';
                case 'comma-or-bracket':
                    return ch ? `expected ',' or ']' but found ${ch}` : 'unexpected end of input in array';
                case 'end':
                    return `unexpected ${ch} after the JSON value`;
                default:
                    return ch ? `unexpected ${ch}` : 'unexpected end of input, expected a value';
            }
        case 'unterminated-string':
            return 'unterminated string';
        case 'control-character':
            return 'control character in string';
        case 'invalid-escape':
            return text[e.offset + 1] === 'u' ? 'bad \\u escape' : 'bad escape in string';
    }
}
/** The first syntax error of a text (strict RFC 8259), or undefined when it is valid JSON. */
function findSyntaxError(text) {
    const e = (0,json_syntax/* findJsonSyntaxError */.L)(text);
    return e && { message: wording(e, text), line: e.line, column: e.column };
}

;// CONCATENATED MODULE: ./actions/sbom/src/validate.ts
// Strict, offline validation of a CycloneDX JSON BOM: the official schema for the BOM's own
// specVersion (compiled once per version, every error reported), SPDX expressions that the schema
// leaves as free strings, and bom-ref integrity. Each issue carries a JSON pointer and its line.







// Enums longer than this (the 826 SPDX ids) are checked with a Set instead of ajv's linear deep-equal scan.
const SET_ENUM_MIN = 16;
/**
 * Ajv's `uniqueItems` compares every pair of items with a deep equal: quadratic in the number of
 * components (seconds for 5,000). We rewrite it to a keyword that hashes a canonical form of each item:
 * linear, same meaning (JSON equality ignores key order).
 */
function rewriteForSpeed(node) {
    if (Array.isArray(node)) {
        for (const item of node)
            rewriteForSpeed(item);
        return;
    }
    if (!node || typeof node !== 'object')
        return;
    const obj = node;
    const values = obj.enum;
    if (Array.isArray(values) && values.length >= SET_ENUM_MIN && values.every((v) => typeof v === 'string')) {
        obj['x-rg-string-enum'] = values;
        delete obj.enum;
    }
    if (obj.uniqueItems === true) {
        obj['x-rg-unique-items'] = true;
        delete obj.uniqueItems;
    }
    for (const [key, value] of Object.entries(obj)) {
        // `enum`/`const`/`examples` values are data, not schemas.
        if (key === 'x-rg-string-enum' || key === 'const' || key === 'examples' || key === 'default')
            continue;
        rewriteForSpeed(value);
    }
}
/** Canonical JSON (sorted keys) for equality as JSON Schema defines it. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return '[' + value.map(canonicalJson).join(',') + ']';
    if (value && typeof value === 'object') {
        const obj = value;
        return '{' + Object.keys(obj).sort().map((k) => JSON.stringify(k) + ':' + canonicalJson(obj[k])).join(',') + '}';
    }
    return JSON.stringify(value);
}
/** Order-independent and shallow: equal values always have equal signatures (collisions are resolved exactly). */
function signature(value) {
    if (value === null || typeof value !== 'object')
        return `${typeof value}:${String(value)}`;
    if (Array.isArray(value))
        return `array:${value.length}:${value.map((v) => (v !== null && typeof v === 'object' ? '' : String(v))).join('\u0000')}`;
    const obj = value;
    const keys = Object.keys(obj).sort();
    let out = 'object:';
    for (const k of keys) {
        const v = obj[k];
        out += k + '\u0000' + (v !== null && typeof v === 'object' ? '' : `${typeof v}:${String(v)}`) + '\u0001';
    }
    return out;
}
function makeAjv(dir) {
    const ajv = new (ajv_default())({
        allErrors: true,
        strict: false,
        validateSchema: false,
        addUsedSchema: false,
        useDefaults: false,
        // Any $ref we do not have locally is a broken bundle, never a download.
        loadSchema: () => Promise.reject(new Error('remote schemas are disabled')),
    });
    dist_default()(ajv);
    // Formats ajv-formats does not define, accepted as the CycloneDX library's own validator accepts them.
    ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/u);
    ajv.addFormat('iri-reference', true);
    ajv.addKeyword({
        keyword: 'x-rg-string-enum',
        schemaType: 'array',
        errors: true,
        compile(values) {
            const set = new Set(values);
            const fn = (data) => {
                if (typeof data === 'string' && set.has(data))
                    return true;
                fn.errors = [{ keyword: 'enum', message: 'must be equal to one of the allowed values', params: { allowedValues: `${values.length} values` } }];
                return false;
            };
            return fn;
        },
    });
    ajv.addKeyword({
        keyword: 'x-rg-unique-items',
        type: 'array',
        schemaType: 'boolean',
        errors: true,
        compile() {
            const fn = (data) => {
                // Bucket by a cheap signature that equal items always share; canonical JSON only inside a bucket.
                const items = data;
                if (items.length < 2)
                    return true;
                if (items.every((v) => v === null || typeof v !== 'object')) {
                    // The common case (dependsOn, tags): primitives, one Set.
                    const seen = new Map();
                    for (let i = 0; i < items.length; i++) {
                        const key = `${typeof items[i]}:${String(items[i])}`;
                        const first = seen.get(key);
                        if (first !== undefined) {
                            fn.errors = [{ keyword: 'uniqueItems', message: `must NOT have duplicate items (items ## ${first} and ${i} are identical)`, params: { i: first, j: i } }];
                            return false;
                        }
                        seen.set(key, i);
                    }
                    return true;
                }
                const buckets = new Map();
                const canon = new Map();
                const canonOf = (i) => {
                    let c = canon.get(i);
                    if (c === undefined)
                        canon.set(i, (c = canonicalJson(items[i])));
                    return c;
                };
                for (let i = 0; i < items.length; i++) {
                    const key = signature(items[i]);
                    const bucket = buckets.get(key);
                    if (!bucket) {
                        buckets.set(key, [i]);
                        continue;
                    }
                    const first = typeof items[i] === 'object' && items[i] !== null ? bucket.find((j) => canonOf(j) === canonOf(i)) : bucket[0];
                    if (first !== undefined) {
                        fn.errors = [{ keyword: 'uniqueItems', message: `must NOT have duplicate items (items ## ${first} and ${i} are identical)`, params: { i: first, j: i } }];
                        return false;
                    }
                    bucket.push(i);
                }
                return true;
            };
            return fn;
        },
    });
    for (const file of SUPPORT_SCHEMAS) {
        const schema = readSchema(dir, file);
        rewriteForSpeed(schema);
        ajv.addSchema(schema, SCHEMA_BASE + file);
    }
    return ajv;
}
const compiledByDir = new Map();
/** The compiled validator for one specVersion; compiled at most once per process. */
function validatorFor(version, dirOverride) {
    const dir = schemaDir(dirOverride);
    let compiled = compiledByDir.get(dir);
    if (!compiled)
        compiledByDir.set(dir, (compiled = { ajv: makeAjv(dir), byVersion: new Map() }));
    let fn = compiled.byVersion.get(version);
    if (!fn) {
        const schema = readSchema(dir, bomSchemaFile(version));
        rewriteForSpeed(schema);
        fn = compiled.ajv.compile(schema);
        compiled.byVersion.set(version, fn);
    }
    return fn;
}
function valueAt(doc, pointer) {
    let cur = doc;
    if (pointer === '')
        return cur;
    for (const raw of pointer.slice(1).split('/')) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
function shortValue(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? text.slice(0, 77) + '...' : text;
}
function describeAjvError(err, doc) {
    const p = err.params;
    switch (err.keyword) {
        case 'additionalProperties':
            return `property "${String(p.additionalProperty)}" is not allowed`;
        case 'required':
            return `required property "${String(p.missingProperty)}" is missing`;
        case 'enum':
        case 'const':
            return `${shortValue(valueAt(doc, err.instancePath))} ${err.message ?? 'is not allowed'}`;
        case 'type': {
            const v = valueAt(doc, err.instancePath);
            return `${err.message ?? 'has the wrong type'} (found ${v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v})`;
        }
        case 'format':
        case 'pattern':
            return `${shortValue(valueAt(doc, err.instancePath))} ${err.message ?? ''}`.trim();
        default:
            return err.message ?? err.keyword;
    }
}
const COMBINATORS = new Set(['oneOf', 'anyOf', 'if', 'not']);
/** One issue per failing instance path; ajv reports the branches of oneOf/anyOf separately and we keep them, worded once. */
function schemaIssues(errors, doc) {
    const byPath = new Map();
    // "must match exactly one schema in oneOf" says nothing when a branch's own errors sit deeper.
    // Every proper ancestor of a non-combinator error's path: one Set lookup per combinator error.
    const hasDeeper = new Set();
    for (const e of errors) {
        if (COMBINATORS.has(e.keyword))
            continue;
        for (let p = e.instancePath, cut = p.lastIndexOf('/'); cut >= 0; cut = p.lastIndexOf('/')) {
            p = p.slice(0, cut);
            if (hasDeeper.has(p))
                break;
            hasDeeper.add(p);
        }
    }
    for (const err of errors) {
        if (COMBINATORS.has(err.keyword) && hasDeeper.has(err.instancePath))
            continue;
        const list = byPath.get(err.instancePath) ?? [];
        const text = describeAjvError(err, doc);
        if (!list.includes(text))
            list.push(text);
        byPath.set(err.instancePath, list);
    }
    const out = [];
    for (const [pointer, messages] of byPath) {
        const shown = messages.slice(0, 4).join('; ') + (messages.length > 4 ? `; and ${messages.length - 4} more` : '');
        out.push({ ruleId: 'sbom/schema', pointer, message: `${pointer || '(document)'}: ${shown}` });
    }
    return out;
}
/** Every `licenses[].expression` must be a valid SPDX expression (the schema only says "string"). */
function expressionIssues(doc) {
    const out = [];
    const path = [];
    const walk = (node) => {
        if (Array.isArray(node)) {
            for (let i = 0; i < node.length; i++) {
                const item = node[i];
                if (item === null || typeof item !== 'object')
                    continue;
                path.push(i);
                walk(item);
                path.pop();
            }
            return;
        }
        if (!node || typeof node !== 'object')
            return;
        for (const key in node) {
            const value = node[key];
            if (value === null || typeof value !== 'object')
                continue;
            if (key === 'licenses' && Array.isArray(value)) {
                value.forEach((entry, i) => {
                    const expr = entry && typeof entry === 'object' ? entry.expression : undefined;
                    if (typeof expr !== 'string')
                        return;
                    try {
                        spdx_expression_parse_default()(expr);
                    }
                    catch (err) {
                        const pointer = (0,json_pointer/* formatPointer */.$2)([...path, key, i, 'expression']);
                        out.push({ ruleId: 'sbom/license-expression', pointer, message: `${pointer}: "${expr}" is not a valid SPDX license expression (${err.message})` });
                    }
                });
            }
            else {
                path.push(key);
                walk(value);
                path.pop();
            }
        }
    };
    walk(doc);
    return out;
}
/** bom-refs must be unique, and dependency entries must point at declared bom-refs. */
function refIssues(doc) {
    const out = [];
    const refs = new Map();
    const visit = (node, path) => {
        if (!node || typeof node !== 'object' || Array.isArray(node))
            return;
        const obj = node;
        const ref = obj['bom-ref'];
        if (typeof ref === 'string') {
            const first = refs.get(ref);
            const pointer = (0,json_pointer/* formatPointer */.$2)([...path, 'bom-ref']);
            if (first !== undefined)
                out.push({ ruleId: 'sbom/bom-ref', pointer, message: `${pointer}: bom-ref "${ref}" is also used at ${first}; bom-refs must be unique` });
            else
                refs.set(ref, pointer);
        }
        const children = obj.components;
        if (Array.isArray(children))
            children.forEach((c, i) => visit(c, [...path, 'components', i]));
    };
    const metadata = doc.metadata;
    if (metadata && typeof metadata === 'object')
        visit(metadata.component, ['metadata', 'component']);
    if (Array.isArray(doc.components))
        doc.components.forEach((c, i) => visit(c, ['components', i]));
    if (Array.isArray(doc.services))
        doc.services.forEach((s, i) => visit(s, ['services', i]));
    if (Array.isArray(doc.dependencies)) {
        doc.dependencies.forEach((dep, i) => {
            if (!dep || typeof dep !== 'object')
                return;
            const d = dep;
            if (typeof d.ref === 'string' && !refs.has(d.ref)) {
                const pointer = (0,json_pointer/* formatPointer */.$2)(['dependencies', i, 'ref']);
                out.push({ ruleId: 'sbom/bom-ref', pointer, message: `${pointer}: dependency entry for "${d.ref}", which no component declares as its bom-ref` });
            }
            if (Array.isArray(d.dependsOn)) {
                d.dependsOn.forEach((target, j) => {
                    if (typeof target === 'string' && !refs.has(target)) {
                        const pointer = (0,json_pointer/* formatPointer */.$2)(['dependencies', i, 'dependsOn', j]);
                        out.push({ ruleId: 'sbom/bom-ref', pointer, message: `${pointer}: "${String(d.ref)}" depends on "${target}", which no component declares as its bom-ref` });
                    }
                });
            }
        });
    }
    return out;
}
/** Validate a BOM's text completely: every problem found, each with pointer and line. */
function validateBomText(text, options = {}) {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    let doc;
    try {
        doc = JSON.parse(source);
    }
    catch (err) {
        if (source.trimStart().startsWith('<')) {
            return { issues: [{ ruleId: 'sbom/not-cyclonedx', pointer: '', message: 'this looks like XML; only CycloneDX JSON is supported (generate JSON, e.g. cyclonedx-npm --output-format JSON)', line: 1, column: 1 }] };
        }
        const syntax = findSyntaxError(source);
        return {
            issues: [
                {
                    ruleId: 'sbom/json-syntax',
                    pointer: '',
                    message: `not valid JSON: ${syntax?.message ?? err.message}`,
                    line: syntax?.line,
                    column: syntax?.column,
                },
            ],
        };
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
        return { issues: [{ ruleId: 'sbom/not-cyclonedx', pointer: '', message: 'the document is not a JSON object, so it is not a CycloneDX BOM', line: 1, column: 1 }] };
    }
    const bom = doc;
    if (bom.bomFormat === undefined && typeof bom.spdxVersion === 'string') {
        return { issues: [{ ruleId: 'sbom/not-cyclonedx', pointer: '/spdxVersion', message: `this is an SPDX document (${bom.spdxVersion}), not a CycloneDX BOM`, line: 1, column: 1 }] };
    }
    const issues = [];
    // A wrong bomFormat is reported by the schema (its enum), together with everything else.
    const declared = bom.specVersion;
    let specVersion;
    if (!isSpecVersion(declared)) {
        issues.push({
            ruleId: 'sbom/spec-version',
            pointer: declared === undefined ? '' : '/specVersion',
            message: `specVersion ${declared === undefined ? 'is missing' : `${shortValue(declared)} is not supported`}: JSON schemas exist for ${SPEC_VERSIONS.join(', ')}`,
        });
    }
    else {
        specVersion = declared;
        if (options.expectedVersion && declared !== options.expectedVersion) {
            issues.push({ ruleId: 'sbom/spec-version', pointer: '/specVersion', message: `specVersion is "${declared}" but ${options.expectedVersion} was requested (spec-version)` });
        }
    }
    // The schema does not tie `$schema` to specVersion; a BOM claiming two versions is not one we can trust.
    const declaredSchema = typeof bom.$schema === 'string' ? /bom-(\d+\.\d+)\.schema\.json/.exec(bom.$schema)?.[1] : undefined;
    if (declaredSchema && specVersion && declaredSchema !== specVersion) {
        issues.push({ ruleId: 'sbom/spec-version', pointer: '/$schema', message: `$schema names CycloneDX ${declaredSchema} but specVersion is ${specVersion}` });
    }
    let schemaFile;
    if (specVersion) {
        schemaFile = bomSchemaFile(specVersion);
        const validate = validatorFor(specVersion, options.schemaDir);
        if (!validate(bom))
            issues.push(...schemaIssues(validate.errors ?? [], bom));
    }
    issues.push(...expressionIssues(bom));
    issues.push(...refIssues(bom));
    // Lines only for what failed: one scan of the text for all pointers together.
    const positions = locatePointers(source, issues.map((i) => i.pointer));
    for (const issue of issues) {
        const pos = positions.get(issue.pointer);
        if (pos) {
            issue.line = pos.line;
            issue.column = pos.column;
        }
    }
    return { bom, specVersion, schemaFile, issues };
}

// EXTERNAL MODULE: ./actions/common/src/summary.ts
var summary = __webpack_require__(6663);
;// CONCATENATED MODULE: ./actions/sbom/src/report.ts
// Job-summary sections for the sbom gate, worst first; long listings collapsed.



const MAX_ROWS = 200;
function capped(items, render) {
    return { rows: items.slice(0, MAX_ROWS).map(render), more: Math.max(0, items.length - MAX_ROWS) };
}
function moreNote(more) {
    return more ? `\n_…and ${more} more (see the result file)._\n` : '';
}
function buildSections(state, min, describe) {
    const sections = [];
    if (state.issues.length) {
        const { rows, more } = capped(state.issues, (i) => [(0,summary/* code */.aY)(i.pointer || '/'), i.line !== undefined ? String(i.line) : '', (0,summary/* escapeMarkdown */.FV)(i.message.replace(/^[^:]*: /, ''))]);
        sections.push({ title: `Validation: ${state.issues.length} error${state.issues.length === 1 ? '' : 's'} in ${state.file}`, body: (0,summary/* table */.tp)(['JSON pointer', 'Line', 'Problem'], rows, ['l', 'r', 'l']) + moreNote(more), priority: 10 });
    }
    const lic = state.licenses?.results ?? [];
    const bad = lic.filter((r) => r.verdict === 'denied' || r.verdict === 'not-allowed' || r.verdict === 'unknown');
    const order = { denied: 0, 'not-allowed': 1, unknown: 2 };
    bad.sort((a, b) => (order[a.verdict] ?? 3) - (order[b.verdict] ?? 3) || displayName(a.component).localeCompare(displayName(b.component)));
    if (bad.length) {
        const { rows, more } = capped(bad, (r) => [r.verdict, (0,summary/* escapeMarkdown */.FV)(displayName(r.component)), (0,summary/* code */.aY)(r.license), (0,summary/* escapeMarkdown */.FV)(r.reason), (0,summary/* escapeMarkdown */.FV)(describe(r.component))]);
        sections.push({ title: `License policy: ${bad.length} component${bad.length === 1 ? '' : 's'} to look at`, body: (0,summary/* table */.tp)(['Verdict', 'Package', 'License', 'Why', 'Dependency path'], rows) + moreNote(more), priority: 20, collapsed: bad.length > 20 });
    }
    const excepted = lic.filter((r) => r.verdict === 'excepted');
    if (excepted.length) {
        const { rows, more } = capped(excepted, (r) => [(0,summary/* escapeMarkdown */.FV)(displayName(r.component)), (0,summary/* code */.aY)(r.license), (0,summary/* code */.aY)(r.exception.key), (0,summary/* escapeMarkdown */.FV)(r.exception.reason)]);
        sections.push({ title: `License exceptions used (${excepted.length})`, body: (0,summary/* table */.tp)(['Package', 'License', 'Exception', 'Reason'], rows) + moreNote(more), priority: 40, collapsed: true });
    }
    if (state.ntia) {
        const rows = state.ntia.elements.map((e) => [
            e.ok ? '✅' : '❌',
            ELEMENT_LABEL[e.element],
            `${e.present}/${e.total}`,
            `${e.total ? Math.floor((e.present * 10000) / e.total) / 100 : 100}%`,
            `${e.min}%`,
        ]);
        rows.push([state.ntia.hasAuthor || !min.author ? '✅' : '❌', 'SBOM author / tool', state.ntia.authorSource ?? 'none', '', min.author ? 'required' : 'optional']);
        rows.push([state.ntia.hasTimestamp || !min.timestamp ? '✅' : '❌', 'timestamp', state.ntia.hasTimestamp ? 'present' : 'none', '', min.timestamp ? 'required' : 'optional']);
        let body = (0,summary/* table */.tp)(['', 'NTIA element', 'Components', 'Share', 'min-ntia'], rows, ['c', 'l', 'r', 'r', 'r']);
        const lacking = state.ntia.elements.filter((e) => e.missing.length);
        if (lacking.length) {
            body += '\n' + lacking.map((e) => `- **${ELEMENT_LABEL[e.element]}** lacking in ${e.missing.length}: ${e.missing.slice(0, 50).map((c) => (0,summary/* code */.aY)(displayName(c))).join(', ')}${e.missing.length > 50 ? `, …and ${e.missing.length - 50} more` : ''}`).join('\n') + '\n';
        }
        sections.push({ title: 'NTIA minimum elements', body, priority: 30 });
    }
    if (state.diff) {
        const d = state.diff;
        let body = `Compared with ${(0,summary/* escapeMarkdown */.FV)(state.diffSource ?? 'the previous SBOM')}: **${d.added.length}** added, **${d.removed.length}** removed, **${d.changed.length}** changed versions, **${d.licenseChanges.length}** license changes, **${d.newlyCopyleft.length}** newly copyleft.\n\n`;
        const rows = [];
        for (const c of d.newlyCopyleft)
            rows.push(['newly copyleft', (0,summary/* escapeMarkdown */.FV)(c.label), '', (0,summary/* escapeMarkdown */.FV)(c.licenses.join(', '))]);
        for (const c of d.licenseChanges)
            rows.push(['license changed', (0,summary/* escapeMarkdown */.FV)(c.label), (0,summary/* escapeMarkdown */.FV)(c.from.join(', ')), (0,summary/* escapeMarkdown */.FV)(c.to.join(', '))]);
        for (const c of d.added)
            rows.push(['added', (0,summary/* escapeMarkdown */.FV)(c.label), '', (0,summary/* escapeMarkdown */.FV)(`${c.versions.join(', ')} (${c.licenses.join(', ')})`)]);
        for (const c of d.removed)
            rows.push(['removed', (0,summary/* escapeMarkdown */.FV)(c.label), (0,summary/* escapeMarkdown */.FV)(c.versions.join(', ')), '']);
        for (const c of d.changed)
            rows.push(['version changed', (0,summary/* escapeMarkdown */.FV)(c.label), (0,summary/* escapeMarkdown */.FV)(c.from.join(', ')), (0,summary/* escapeMarkdown */.FV)(c.to.join(', '))]);
        if (rows.length)
            body += (0,summary/* table */.tp)(['Change', 'Package', 'Before', 'After'], rows.slice(0, MAX_ROWS)) + moreNote(Math.max(0, rows.length - MAX_ROWS));
        sections.push({ title: 'Changes since the previous release', body, priority: 50, collapsed: rows.length > 30 });
    }
    const g = state.generated;
    const facts = [['BOM', (0,summary/* code */.aY)(state.file)], ['CycloneDX', state.specVersion ?? '?']];
    if (g) {
        facts.push(['Generator', `@cyclonedx/cyclonedx-npm ${g.generator.version} (${(0,summary/* escapeMarkdown */.FV)(g.generator.source)})`]);
        if (g.timestampSource)
            facts.push(['Reproducible timestamp', (0,summary/* escapeMarkdown */.FV)(g.timestampSource)]);
        if (g.enrichment)
            facts.push(['Enrichment', `hashes: ${g.enrichment.hashes}, supplier: ${g.enrichment.supplier}, compositions: ${g.enrichment.compositions ? 'yes' : 'no'}`]);
    }
    if (state.upload)
        facts.push(['Release asset', (0,summary/* escapeMarkdown */.FV)(`${state.upload.outcome}: ${state.upload.message}`)]);
    sections.push({ title: 'SBOM', body: (0,summary/* table */.tp)(['', ''], facts), priority: 60 });
    return sections;
}

;// CONCATENATED MODULE: ./actions/sbom/src/gate.ts
// The sbom gate: generate a CycloneDX BOM with the pinned cyclonedx-npm (or take an existing one),
// validate it strictly and offline, score NTIA completeness, apply the license policy, diff it
// against the previous release's BOM, and attach it to the release. Collect here; rules in the pure modules.


















function displayPath(ctx, path) {
    const rel = (0,external_node_path_.relative)(ctx.workspace, path);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel.split('\\').join('/') : path;
}
let spdxIdsCache;
/** SPDX ids known to the shipped CycloneDX schemas (the same list the schema validates license.id against). */
function spdxIds() {
    if (!spdxIdsCache) {
        const schema = readSchema(schemaDir(), 'spdx.SNAPSHOT.schema.json');
        spdxIdsCache = Array.isArray(schema.enum) ? schema.enum : [];
        if (spdxIdsCache.length === 0)
            throw new src_errors/* InputError */.dz('the shipped spdx.SNAPSHOT.schema.json has no license id list');
    }
    return spdxIdsCache;
}
async function workspacePackage(projectDir, workspace) {
    const asPath = (0,paths/* fileIn */.E)((0,external_node_path_.resolve)(projectDir, workspace), 'package.json');
    if ((0,external_node_fs_.existsSync)(asPath)) {
        try {
            const pkg = JSON.parse((0,external_node_fs_.readFileSync)(asPath, 'utf8'));
            if (typeof pkg.name === 'string')
                return { name: pkg.name, version: typeof pkg.version === 'string' ? pkg.version : undefined };
        }
        catch (err) {
            throw new src_errors/* InputError */.dz(`cannot read the workspace's package.json: ${(0,src_errors/* errorMessage */.gJ)(err)}`, asPath);
        }
    }
    return { name: workspace };
}
async function reproducibleTimestamp(ctx, projectDir) {
    const epoch = ctx.env.SOURCE_DATE_EPOCH;
    if (epoch !== undefined && epoch !== '')
        return { timestamp: timestampFromEpoch(epoch), source: 'SOURCE_DATE_EPOCH' };
    try {
        const seconds = (await (0,git/* git */.$Y)(projectDir, ['log', '-1', '--format=%ct'])).trim();
        if (/^\d+$/.test(seconds))
            return { timestamp: new Date(Number(seconds) * 1000).toISOString(), source: 'HEAD commit time' };
    }
    catch {
        // Not a git checkout: no stable time to use.
    }
    return { source: 'none (set SOURCE_DATE_EPOCH)' };
}
function readLockfile(projectDir) {
    for (const name of ['npm-shrinkwrap.json', 'package-lock.json']) {
        const path = (0,paths/* fileIn */.E)(projectDir, name);
        if (!(0,external_node_fs_.existsSync)(path))
            continue;
        const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        try {
            return { text, json: JSON.parse(text) };
        }
        catch (err) {
            throw new src_errors/* InputError */.dz(`lockfile is not valid JSON: ${(0,src_errors/* errorMessage */.gJ)(err)}`, path);
        }
    }
    return {};
}
async function generate(o, ctx) {
    const projectDir = (0,external_node_path_.resolve)(ctx.workspace, o.dir);
    const omit = checkOmit(o.omit);
    const enrichments = checkEnrich(o.enrich);
    const output = o.output
        ? (0,external_node_path_.resolve)(ctx.workspace, o.output)
        : ctx.isAction
            ? (0,paths/* fileIn */.E)((0,paths/* fileIn */.E)(ctx.env.RUNNER_TEMP || ctx.tempDir, 'release-gates'), 'sbom.cdx.json')
            : (0,paths/* fileIn */.E)(ctx.workspace, 'sbom.cdx.json');
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(output), { recursive: true });
    const raw = (0,paths/* fileIn */.E)(ctx.tempDir, 'cyclonedx-npm.raw.json');
    const generator = await resolveGenerator(ctx.env, { log: (m) => ctx.log.info(m) });
    ctx.log.info(`generating the SBOM with @cyclonedx/cyclonedx-npm ${generator.version} (${generator.source})`);
    await runGenerator(generator, { projectDir, outputFile: raw, specVersion: o['spec-version'], omit, workspace: o.workspace || undefined, reproducible: o.reproducible }, ctx.env);
    let bom;
    try {
        bom = JSON.parse((0,external_node_fs_.readFileSync)(raw, 'utf8'));
    }
    catch (err) {
        throw new src_errors/* InputError */.dz(`cyclonedx-npm wrote output that is not JSON: ${(0,src_errors/* errorMessage */.gJ)(err)}`, raw);
    }
    if (o.workspace)
        promoteWorkspace(bom, await workspacePackage(projectDir, o.workspace));
    const lock = readLockfile(projectDir);
    const enrichment = enrich(bom, enrichments, lock.json, o['spec-version']);
    let timestampSource;
    if (o.reproducible) {
        const ts = await reproducibleTimestamp(ctx, projectDir);
        timestampSource = ts.source;
        const settings = JSON.stringify({ spec: o['spec-version'], omit: [...omit].sort(), workspace: o.workspace, enrich: [...enrichments].sort() });
        makeReproducible(bom, { lockfileText: lock.text, settings, timestamp: ts.timestamp });
    }
    const text = serializeBom(bom);
    (0,external_node_fs_.writeFileSync)(output, text);
    return { path: output, text, generator, enrichment: enrichments.length ? enrichment : undefined, timestampSource };
}
function issueFinding(issue, file) {
    const f = { ruleId: issue.ruleId, severity: 'error', message: issue.message, file };
    if (issue.line !== undefined)
        f.line = issue.line;
    if (issue.column !== undefined)
        f.column = issue.column;
    return f;
}
function ntiaThresholds(given) {
    return { ...DEFAULT_NTIA, ...given };
}
function ntiaFindings(ntia, file) {
    const out = [];
    for (const e of ntia.elements) {
        if (e.ok)
            continue;
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
const gate = {
    name: 'sbom',
    title: 'SBOM',
    description: 'Generates a CycloneDX SBOM with the pinned cyclonedx-npm (or takes one), validates it strictly offline, scores NTIA completeness, applies a license policy and diffs it against the previous release.',
    options: SBOM_OPTIONS,
    async run(o, ctx) {
        ctx.redactor.add(o['github-token']);
        const known = new Set(spdxIds());
        const allow = checkLicenseList('allow-licenses', o['allow-licenses'], known);
        const deny = checkLicenseList('deny-licenses', o['deny-licenses'], known);
        const overlap = allow.filter((a) => deny.includes(a));
        if (overlap.length)
            throw new src_errors/* ConfigurationError */.j1(`${overlap.join(', ')} in both allow-licenses and deny-licenses`, 'deny-licenses');
        // ---- collect: the BOM text (generated or given) ----
        const state = { file: '', issues: [] };
        let text;
        if (o['sbom-file']) {
            const path = (0,external_node_path_.resolve)(ctx.workspace, o['sbom-file']);
            state.file = displayPath(ctx, path);
            text = (await (0,readers/* readTextCapped */.XS)(path, undefined, state.file)).text;
        }
        else {
            try {
                state.generated = await generate(o, ctx);
            }
            catch (err) {
                // Name files relative to the repository, so annotations land on them.
                if (err instanceof src_errors/* InputError */.dz && err.file)
                    throw new src_errors/* InputError */.dz(err.message.replace(err.file, displayPath(ctx, err.file)), displayPath(ctx, err.file), err.line, err.column);
                throw err;
            }
            state.file = displayPath(ctx, state.generated.path);
            text = state.generated.text;
        }
        const bomPath = o['sbom-file'] ? (0,external_node_path_.resolve)(ctx.workspace, o['sbom-file']) : state.generated.path;
        // ---- validate ----
        const validation = validateBomText(text, { expectedVersion: state.generated ? o['spec-version'] : undefined });
        const fatal = validation.issues.find((i) => i.ruleId === 'sbom/json-syntax' || i.ruleId === 'sbom/not-cyclonedx' || (i.ruleId === 'sbom/spec-version' && !validation.specVersion));
        if (fatal || !validation.bom) {
            // No schema could be chosen: this is not a BOM we can judge at all.
            throw new src_errors/* InputError */.dz(fatal?.message ?? 'not a CycloneDX BOM', state.file, fatal?.line, fatal?.column);
        }
        state.issues = validation.issues;
        state.specVersion = validation.specVersion;
        const findings = validation.issues.map((i) => issueFinding(i, state.file));
        const bom = validation.bom;
        const view = (state.view = viewBom(bom));
        // ---- completeness ----
        state.ntia = evaluateNtia(view, bom, ntiaThresholds(o['min-ntia']));
        findings.push(...ntiaFindings(state.ntia, state.file));
        const min = ntiaThresholds(o['min-ntia']);
        if (min.author && !state.ntia.hasAuthor)
            findings.push({ ruleId: 'sbom/ntia-author', severity: 'error', message: 'the BOM names no author of the SBOM data (metadata.authors, manufacturer, supplier or tools)', file: state.file });
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
            if (r.verdict === 'allowed')
                continue;
            const pos = positions.get(r.component.pointer);
            const where = { file: state.file, ...(pos ? { line: pos.line, column: pos.column } : {}) };
            const via = describe(r.component);
            if (r.verdict === 'excepted') {
                findings.push({ ruleId: 'sbom/license-exception', severity: 'note', message: `${via}: license ${r.license} (${r.reason}) accepted by license-exceptions["${r.exception.key}"]: ${r.exception.reason}`, ...where });
            }
            else if (r.verdict === 'unknown') {
                if (policy.unknown === 'allow')
                    continue;
                findings.push({ ruleId: 'sbom/license-unknown', severity: policy.unknown === 'fail' ? 'error' : 'warning', message: `${via}: license ${r.license}: ${r.reason}`, ...where });
            }
            else {
                findings.push({ ruleId: r.verdict === 'denied' ? 'sbom/license-denied' : 'sbom/license-not-allowed', severity: 'error', message: `${via}: license ${r.license}: ${r.reason}`, ...where });
            }
        }
        for (const key of state.licenses.unusedExceptions) {
            findings.push({ ruleId: 'sbom/license-exception-unused', severity: 'note', message: `license-exceptions["${key}"] matches no component in this BOM; remove it if the package is gone` });
        }
        // ---- diff against the previous release ----
        const client = clientFrom(ctx.env, ctx.event.repository, o['github-token']);
        const tag = releaseTag(ctx.event);
        let previousText;
        if (o['previous-sbom']) {
            const prevPath = (0,external_node_path_.resolve)(ctx.workspace, o['previous-sbom']);
            previousText = (await (0,readers/* readTextCapped */.XS)(prevPath, undefined, displayPath(ctx, prevPath))).text;
            state.diffSource = displayPath(ctx, prevPath);
        }
        else if (client) {
            try {
                const prev = await fetchPreviousSbom(client, o['asset-name'], tag);
                previousText = prev.text;
                state.diffSource = prev.source;
            }
            catch (err) {
                findings.push({ ruleId: 'sbom/previous-sbom', severity: 'warning', message: `could not fetch the previous release's SBOM: ${(0,src_errors/* errorMessage */.gJ)(err)}` });
            }
        }
        if (previousText !== undefined) {
            let previous;
            try {
                previous = JSON.parse(previousText.replace(/^\uFEFF/, ''));
            }
            catch (err) {
                throw new src_errors/* InputError */.dz(`the previous SBOM is not valid JSON: ${(0,src_errors/* errorMessage */.gJ)(err)}`, state.diffSource);
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
            }
            else {
                try {
                    state.upload = await uploadReleaseAsset(client, ctx.event, tag, o['asset-name'], Buffer.from(text, 'utf8'), o['release-asset']);
                }
                catch (err) {
                    state.upload = { outcome: 'failed', message: `release upload failed: ${(0,src_errors/* errorMessage */.gJ)(err)}` };
                }
            }
            if (['not-permitted', 'immutable', 'failed'].includes(state.upload.outcome)) {
                findings.push({ ruleId: 'sbom/release-asset', severity: 'warning', message: state.upload.message });
            }
        }
        else if (tag && !client) {
            ctx.log.info('a release/tag event without github-token: the SBOM is not attached to the release');
        }
        // ---- decide ----
        const errors = findings.filter((f) => f.severity === 'error').length;
        const warnings = findings.filter((f) => f.severity === 'warning').length;
        const decision = errors ? 'fail' : warnings ? 'warn' : 'pass';
        const schemaErrors = validation.issues.length;
        const lic = state.licenses.results;
        const count = (v) => lic.filter((r) => r.verdict === v).length;
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
        if (violations)
            parts.push(`${violations} license violation${violations === 1 ? '' : 's'}`);
        const ntiaMisses = state.ntia.elements.filter((e) => !e.ok).length;
        if (ntiaMisses)
            parts.push(`${ntiaMisses} NTIA element${ntiaMisses === 1 ? '' : 's'} below threshold`);
        if (state.diff)
            parts.push(`+${state.diff.added.length} −${state.diff.removed.length} ~${state.diff.changed.length} since previous`);
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
/* harmony default export */ const src_gate = (gate);


/***/ }),

/***/ 3988:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');

/***/ }),

/***/ 3389:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');

/***/ }),

/***/ 5204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

};
