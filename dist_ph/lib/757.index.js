export const id = 757;
export const ids = [757];
export const modules = {

/***/ 6757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_BASELINE: () => (/* binding */ DEFAULT_BASELINE),
  DEFAULT_SCHEMAS: () => (/* binding */ DEFAULT_SCHEMAS),
  "default": () => (/* binding */ src_gate)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/common/src/files.ts
var files = __webpack_require__(540);
// EXTERNAL MODULE: ./actions/common/src/result.ts
var result = __webpack_require__(2354);
// EXTERNAL MODULE: ./actions/common/src/version.ts + 1 modules
var version = __webpack_require__(3313);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(dist_ajv);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2019.js
var _2019 = __webpack_require__(878);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-draft-04/dist/index.js
var dist = __webpack_require__(905);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var ajv_formats_dist = __webpack_require__(2815);
var ajv_formats_dist_default = /*#__PURE__*/__webpack_require__.n(ajv_formats_dist);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-draft-06.json
var json_schema_draft_06 = __webpack_require__(6012);
;// CONCATENATED MODULE: ./actions/schema-ids/src/dialect.ts
// JSON Schema dialects: recognising `$schema`, and which keywords hold subschemas in each draft.
const DIALECTS = ['draft-04', 'draft-06', 'draft-07', '2019-09', '2020-12'];
/** Canonical meta-schema URI of each dialect (the form ajv registers). */
const META_URI = {
    'draft-04': 'http://json-schema.org/draft-04/schema',
    'draft-06': 'http://json-schema.org/draft-06/schema',
    'draft-07': 'http://json-schema.org/draft-07/schema',
    '2019-09': 'https://json-schema.org/draft/2019-09/schema',
    '2020-12': 'https://json-schema.org/draft/2020-12/schema',
};
/** The dialect a `$schema` value names, tolerating http/https and a trailing `#`; undefined when unknown. */
function dialectOf(schemaUri) {
    const m = /^https?:\/\/json-schema\.org\/(draft-0[467]\/schema|draft\/(2019-09|2020-12)\/schema)#?$/.exec(schemaUri.trim());
    if (!m)
        return undefined;
    if (m[2])
        return m[2];
    return m[1].slice(0, 8);
}
function isDialect(value) {
    return DIALECTS.includes(value);
}
/** Draft-04 names the identifier `id`; later drafts `$id`. */
function idKeyword(dialect) {
    return dialect === 'draft-04' ? 'id' : '$id';
}
function atLeast(dialect, min) {
    return DIALECTS.indexOf(dialect) >= DIALECTS.indexOf(min);
}
const common = {
    single: ['not', 'additionalProperties'],
    array: ['allOf', 'anyOf', 'oneOf'],
    // `$defs` in older drafts and `definitions` in newer ones are not keywords, but are where people keep
    // schemas and what `$ref` pointers aim at; walking them finds refs everyone expects checked.
    map: ['properties', 'patternProperties', 'definitions', '$defs'],
};
function table(extra) {
    return {
        single: [...common.single, ...(extra.single ?? [])],
        array: [...common.array, ...(extra.array ?? [])],
        map: [...common.map, ...(extra.map ?? [])],
        inPlace: new Set(extra.inPlace),
    };
}
const KEYWORDS = {
    // `items` may be one schema or an array (tuple) before 2020-12; the walker handles both shapes.
    'draft-04': table({ single: ['additionalItems', 'items'], map: ['dependencies'], inPlace: ['allOf', 'anyOf', 'oneOf', 'not'] }),
    'draft-06': table({
        single: ['additionalItems', 'items', 'contains', 'propertyNames'],
        map: ['dependencies'],
        inPlace: ['allOf', 'anyOf', 'oneOf', 'not'],
    }),
    'draft-07': table({
        single: ['additionalItems', 'items', 'contains', 'propertyNames', 'if', 'then', 'else'],
        map: ['dependencies'],
        inPlace: ['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else'],
    }),
    '2019-09': table({
        single: ['additionalItems', 'items', 'contains', 'propertyNames', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'],
        map: ['dependentSchemas', 'dependencies'],
        inPlace: ['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependentSchemas', '$ref', '$recursiveRef'],
    }),
    '2020-12': table({
        single: ['items', 'contains', 'propertyNames', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'],
        array: ['prefixItems'],
        map: ['dependentSchemas'],
        inPlace: ['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependentSchemas', '$ref', '$dynamicRef'],
    }),
};
function keywordsOf(dialect) {
    return KEYWORDS[dialect];
}
const KINDS = new Map(DIALECTS.map((d) => {
    const t = KEYWORDS[d];
    const kinds = new Map();
    for (const k of t.single)
        kinds.set(k, 'single');
    for (const k of t.array)
        kinds.set(k, 'array');
    for (const k of t.map)
        kinds.set(k, 'map');
    return [d, kinds];
}));
/** Subschema-holding keywords of a dialect by name, for one pass over a schema's own keys. */
function keywordKinds(dialect) {
    return KINDS.get(dialect);
}
/** Keywords that reference other schemas, per dialect. */
const REF_KEYWORDS = {
    'draft-04': ['$ref'],
    'draft-06': ['$ref'],
    'draft-07': ['$ref'],
    '2019-09': ['$ref', '$recursiveRef'],
    '2020-12': ['$ref', '$dynamicRef'],
};
function refKeywords(dialect) {
    return REF_KEYWORDS[dialect];
}

;// CONCATENATED MODULE: ./actions/schema-ids/src/ajv-pool.ts
// One ajv instance per dialect (ajv cannot mix draft-04, draft-06/07, 2019-09 and 2020-12 in one instance),
// created lazily and reused: meta-schema validators compile once per run, and compiling for examples shares
// the per-dialect registry of every schema in the repository.







const ALLOW_OPEN_KEYWORD = 'x-release-gates-allow-open';
function create(dialect, options) {
    let ajv;
    if (dialect === 'draft-04')
        ajv = new (dist_default())(options);
    else if (dialect === '2019-09')
        ajv = new _2019.Ajv2019(options);
    else if (dialect === '2020-12')
        ajv = new _2020.Ajv2020(options);
    else {
        // draft-06 and draft-07 share one instance (refs between them compile), so both meta-schemas are there.
        ajv = new (ajv_default())(options);
        ajv.addMetaSchema(json_schema_draft_06);
    }
    ajv_formats_dist_default()(ajv);
    // Our suppression keyword is an annotation, not an unknown keyword.
    ajv.addKeyword(ALLOW_OPEN_KEYWORD);
    return ajv;
}
/** Meta-schema validation: one compiled validator per dialect for the whole run. */
class MetaValidators {
    fast = new Map();
    thorough = new Map();
    get(cache, dialect, allErrors) {
        let fn = cache.get(dialect);
        if (!fn) {
            const ajv = create(dialect, { allErrors, strict: false, logger: false, validateSchema: false });
            const got = ajv.getSchema(META_URI[dialect]);
            if (!got)
                throw new Error(`ajv has no meta-schema for ${dialect}`);
            fn = got;
            cache.set(dialect, fn);
        }
        return fn;
    }
    /** Stops at the first error (cheap for the common valid case); only invalid schemas are validated again for every error. */
    validate(dialect, schema) {
        if (this.get(this.fast, dialect, false)(schema))
            return [];
        const all = this.get(this.thorough, dialect, true);
        return all(schema) ? [] : [...(all.errors ?? [])];
    }
}
/** Compiling instances with strict-mode messages routed into a list instead of the console. */
class Compilers {
    strict;
    instances = new Map();
    /** Messages logged by ajv during the current compile. */
    sink = [];
    constructor(strict) {
        this.strict = strict;
    }
    get(dialect) {
        let ajv = this.instances.get(dialect);
        if (!ajv) {
            const push = (...args) => this.sink.push(args.map(String).join(' '));
            const mode = this.strict ? 'log' : false;
            ajv = create(dialect, {
                allErrors: true,
                strictSchema: mode,
                strictTypes: mode,
                strictTuples: mode,
                strictRequired: false,
                allowUnionTypes: true,
                validateSchema: false,
                logger: { log: () => undefined, warn: push, error: push },
            });
            this.instances.set(dialect, ajv);
        }
        return ajv;
    }
    /** Run `fn` and return what ajv logged meanwhile. */
    capture(fn) {
        const previous = this.sink;
        const messages = [];
        this.sink = messages;
        try {
            return { value: fn(), messages };
        }
        catch (error) {
            return { error, messages };
        }
        finally {
            this.sink = previous;
        }
    }
}

// EXTERNAL MODULE: ./node_modules/ajv-draft-04/dist/refs/json-schema-draft-04.json
var json_schema_draft_04 = __webpack_require__(6337);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-draft-07.json
var json_schema_draft_07 = __webpack_require__(2079);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-2019-09/schema.json
var schema = __webpack_require__(8138);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json
var applicator = __webpack_require__(4908);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json
var content = __webpack_require__(958);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json
var core = __webpack_require__(58);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json
var format = __webpack_require__(6534);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json
var meta_data = __webpack_require__(711);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json
var validation = __webpack_require__(8030);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var json_schema_2020_12_schema = __webpack_require__(1678);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var meta_applicator = __webpack_require__(7216);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var meta_content = __webpack_require__(8226);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var meta_core = __webpack_require__(518);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var format_annotation = __webpack_require__(4588);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var meta_meta_data = __webpack_require__(5707);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var unevaluated = __webpack_require__(9547);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var meta_validation = __webpack_require__(7082);
;// CONCATENATED MODULE: ./actions/schema-ids/src/builtin.ts
// The meta-schemas of every dialect, bundled so `$ref`s to them (e.g. "http://json-schema.org/draft-07/schema#")
// resolve offline like any repository schema.


















const BUILTIN_SCHEMAS = [
    { name: 'draft-04', dialect: 'draft-04', value: json_schema_draft_04 },
    { name: 'draft-06', dialect: 'draft-06', value: json_schema_draft_06 },
    { name: 'draft-07', dialect: 'draft-07', value: json_schema_draft_07 },
    ...[schema, applicator, content, core, format, meta_data, validation].map((value) => ({
        name: `2019-09/${String(value.$id).split('/').pop()}`,
        dialect: '2019-09',
        value: value,
    })),
    ...[json_schema_2020_12_schema, meta_applicator, meta_content, meta_core, format_annotation, meta_meta_data, unevaluated, meta_validation].map((value) => ({
        name: `2020-12/${String(value.$id).split('/').pop()}`,
        dialect: '2020-12',
        value: value,
    })),
];

// EXTERNAL MODULE: ./actions/common/src/json-pointer.ts
var json_pointer = __webpack_require__(5417);
;// CONCATENATED MODULE: ./actions/schema-ids/src/pointer.ts
// JSON Pointer (RFC 6901) and its URI-fragment form (RFC 6901 §6): `~0`/`~1` escapes, then percent-encoding.


function joinPointer(base, ...tokens) {
    let out = base;
    for (const t of tokens)
        out += '/' + (0,json_pointer/* escapeToken */.tj)(String(t));
    return out;
}
/** The pointer held in a URI fragment (`#/definitions/a%20b`), percent-decoded; undefined when malformed. */
function pointerFromFragment(fragment) {
    try {
        return decodeURIComponent(fragment);
    }
    catch {
        return undefined;
    }
}
/** A pointer written as a URI fragment: characters outside the fragment set are percent-encoded. */
function fragmentFromPointer(pointer) {
    return encodeURI(pointer).replace(/#/g, '%23');
}
/** Follow a pointer inside a parsed JSON value. Array tokens must be canonical indexes. */
function evaluatePointer(root, tokens) {
    let node = root;
    for (const t of tokens) {
        if (Array.isArray(node)) {
            if (!/^(0|[1-9][0-9]*)$/.test(t))
                return { found: false };
            const i = Number(t);
            if (i >= node.length)
                return { found: false };
            node = node[i];
        }
        else if (node !== null && typeof node === 'object') {
            if (!Object.prototype.hasOwnProperty.call(node, t))
                return { found: false };
            node = node[t];
        }
        else {
            return { found: false };
        }
    }
    return { found: true, value: node };
}

;// CONCATENATED MODULE: ./actions/schema-ids/src/closed-objects.ts
// Closed objects, composition-aware.
//
// An object subschema is closed when it (or a schema it is combined with) rejects unknown properties:
// `additionalProperties` / `unevaluatedProperties` false or a real schema. Composition counts:
//  - an `allOf` branch (or if/then/else, anyOf/oneOf branch, `$ref` target in 2019-09+) may stay open when a schema
//    applied to the same instance closes it, e.g. the parent has `unevaluatedProperties: false`;
//  - a schema is closed when one of its `allOf` branches is, or every `anyOf`/`oneOf` branch is.
// Separately, an `allOf` whose `additionalProperties: false` conjunct omits a property another conjunct requires
// can never pass: that is reported as unsatisfiable.



function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function isEmptySchema(v) {
    return v === true || (isObj(v) && Object.keys(v).length === 0);
}
/** The schema describes objects: `type` names object, or it lists properties without a type. */
function isObjectSchema(sub) {
    const node = sub.node;
    if (!isObj(node))
        return false;
    // Up to draft-07 `$ref` replaces its siblings: the target is checked where it is defined.
    if ('$ref' in node && (sub.dialect === 'draft-04' || sub.dialect === 'draft-06' || sub.dialect === 'draft-07'))
        return false;
    const type = node.type;
    if (type === 'object')
        return true;
    if (Array.isArray(type))
        return type.includes('object');
    if (type !== undefined)
        return false;
    return isObj(node.properties) || isObj(node.patternProperties);
}
/** Closed by its own keywords. */
function isSelfClosed(node) {
    if (!isObj(node))
        return node === false;
    for (const kw of ['additionalProperties', 'unevaluatedProperties']) {
        if (kw in node && !isEmptySchema(node[kw]))
            return true;
    }
    const names = node.propertyNames;
    if (names === false || (isObj(names) && (Array.isArray(names.enum) || 'const' in names)))
        return true;
    return node.maxProperties === 0;
}
function suppressionReason(node) {
    if (!isObj(node))
        return undefined;
    const reason = node[ALLOW_OPEN_KEYWORD];
    return typeof reason === 'string' && reason.trim() ? reason.trim() : undefined;
}
class ClosedObjectChecker {
    graph;
    sitesAt = new Map();
    targetCache = new Map();
    closedMemo = new Map();
    /** Subschemas reached through `$ref` only from places that are closed. */
    coveredTargets = new Set();
    constructor(graph) {
        this.graph = graph;
        for (const site of graph.refs) {
            const list = this.sitesAt.get(site.from);
            if (list)
                list.push(site);
            else
                this.sitesAt.set(site.from, [site]);
        }
    }
    target(site) {
        if (this.targetCache.has(site))
            return this.targetCache.get(site);
        const r = this.graph.resolve(site);
        const sub = r.kind === 'local' ? r.sub : undefined;
        this.targetCache.set(site, sub);
        return sub;
    }
    /** A subschema with its `$ref` chain followed (bounded), for reading a conjunct's keywords. */
    follow(sub) {
        const out = [sub];
        let current = sub;
        for (let hop = 0; hop < 16; hop++) {
            const site = this.sitesAt.get(current)?.find((s) => s.keyword === '$ref');
            const next = site && this.target(site);
            if (!next || out.includes(next))
                break;
            out.push(next);
            current = next;
        }
        return out;
    }
    childrenOf(sub, keyword) {
        const node = sub.node;
        if (!isObj(node) || !Array.isArray(node[keyword]))
            return [];
        const at = this.graph.byLocation.get(sub.doc);
        const out = [];
        node[keyword].forEach((_, i) => {
            const child = at?.get(joinPointer(sub.pointer, keyword, i));
            if (child)
                out.push(child);
        });
        return out;
    }
    /** Closed by its own keywords, a closed `$ref` target, a closed allOf branch, or all-closed anyOf/oneOf. */
    effectivelyClosed(sub, visiting = new Set()) {
        const memo = this.closedMemo.get(sub);
        if (memo !== undefined)
            return memo;
        if (visiting.has(sub))
            return false;
        visiting.add(sub);
        let closed = isSelfClosed(sub.node);
        if (!closed) {
            const ref = this.sitesAt.get(sub)?.find((s) => s.keyword === '$ref');
            const target = ref && this.target(ref);
            if (target && this.effectivelyClosed(target, visiting))
                closed = true;
        }
        if (!closed && this.childrenOf(sub, 'allOf').some((b) => this.effectivelyClosed(b, visiting)))
            closed = true;
        for (const kw of ['anyOf', 'oneOf']) {
            const branches = this.childrenOf(sub, kw);
            if (!closed && branches.length && branches.every((b) => this.effectivelyClosed(b, visiting)))
                closed = true;
        }
        visiting.delete(sub);
        this.closedMemo.set(sub, closed);
        return closed;
    }
    /** A schema applied to the same instance, further up through in-place keywords, closes it. */
    chainCovered(sub) {
        for (let s = sub; s.parent && s.keyword && keywordsOf(s.parent.dialect).inPlace.has(s.keyword); s = s.parent) {
            if (isSelfClosed(s.parent.node) || this.coveredTargets.has(s.parent))
                return true;
        }
        return false;
    }
    covered(sub) {
        return this.coveredTargets.has(sub) || this.chainCovered(sub);
    }
    /** Targets whose every in-place reference comes from a closed place are covered too (to a fixed point). */
    computeRefCoverage() {
        const referrers = new Map();
        for (const site of this.graph.refs) {
            if (!keywordsOf(site.from.dialect).inPlace.has(site.keyword))
                continue;
            const t = this.target(site);
            if (!t)
                continue;
            const list = referrers.get(t);
            if (list)
                list.push(site.from);
            else
                referrers.set(t, [site.from]);
        }
        // Targets referenced from anywhere else (e.g. draft-07 `$ref`, which unevaluatedProperties cannot see through) stay uncovered.
        const blocked = new Set();
        for (const site of this.graph.refs) {
            if (keywordsOf(site.from.dialect).inPlace.has(site.keyword))
                continue;
            const t = this.target(site);
            if (t)
                blocked.add(t);
        }
        let changed = true;
        while (changed) {
            changed = false;
            for (const [t, froms] of referrers) {
                if (this.coveredTargets.has(t) || blocked.has(t))
                    continue;
                if (froms.every((f) => isSelfClosed(f.node) || this.covered(f))) {
                    this.coveredTargets.add(t);
                    changed = true;
                }
            }
        }
    }
    check(include) {
        this.computeRefCoverage();
        const issues = [];
        const stats = { objectSchemas: 0, closed: 0, coveredByComposition: 0, suppressed: 0, open: 0 };
        for (const sub of this.graph.subschemas) {
            if (!include(sub))
                continue;
            if (isObjectSchema(sub)) {
                stats.objectSchemas++;
                if (this.effectivelyClosed(sub))
                    stats.closed++;
                else if (this.covered(sub))
                    stats.coveredByComposition++;
                else if (suppressionReason(sub.node))
                    stats.suppressed++;
                else {
                    stats.open++;
                    issues.push({
                        rule: 'open-object',
                        sub,
                        pointer: sub.pointer,
                        message: `object schema${sub.pointer ? ` at ${sub.pointer}` : ''} accepts unknown properties: close it with "additionalProperties": false ("unevaluatedProperties": false when combined with allOf/$ref), or mark it "${ALLOW_OPEN_KEYWORD}": "<reason>"`,
                    });
                }
            }
            issues.push(...this.unsatisfiable(sub));
        }
        return { issues, stats };
    }
    /** allOf conjuncts closed by additionalProperties:false that leave out a property another conjunct requires. */
    unsatisfiable(sub) {
        const branches = this.childrenOf(sub, 'allOf');
        if (!branches.length)
            return [];
        const resolved = (s) => this.follow(s).map((x) => x.node).filter(isObj);
        const conjuncts = [{ label: 'the schema itself', nodes: isObj(sub.node) ? [sub.node] : [], self: true }];
        branches.forEach((b, i) => conjuncts.push({ label: `allOf[${i}]`, nodes: resolved(b), self: false }));
        const issues = [];
        const seen = new Set();
        for (const c of conjuncts) {
            // The parent's own unevaluatedProperties sees what allOf branches evaluate; additionalProperties does not.
            const closer = c.nodes.find((n) => n.additionalProperties === false || (!c.self && n.unevaluatedProperties === false));
            if (!closer)
                continue;
            const allowed = allowedNames(c.nodes);
            for (const d of conjuncts) {
                if (d === c)
                    continue;
                for (const n of d.nodes) {
                    if (!Array.isArray(n.required))
                        continue;
                    for (const name of n.required) {
                        if (typeof name !== 'string' || allowed(name))
                            continue;
                        const key = `${c.label}\0${name}`;
                        if (seen.has(key))
                            continue;
                        seen.add(key);
                        issues.push({
                            rule: 'unsatisfiable-allof',
                            sub,
                            pointer: joinPointer(sub.pointer, 'allOf'),
                            message: `allOf can never pass: ${c.label} closes the object without property "${name}", which ${d.label} requires; move the closing to the parent as "unevaluatedProperties": false (2019-09+) or list "${name}" in ${c.label}'s properties`,
                        });
                    }
                }
            }
        }
        return issues;
    }
}
function allowedNames(nodes) {
    const names = new Set();
    const patterns = [];
    let anything = false;
    for (const n of nodes) {
        if (isObj(n.properties))
            for (const k of Object.keys(n.properties))
                names.add(k);
        if (isObj(n.patternProperties)) {
            for (const p of Object.keys(n.patternProperties)) {
                try {
                    patterns.push(new RegExp(p, 'u'));
                }
                catch {
                    anything = true; // An unparsable pattern: do not guess, treat as allowing anything.
                }
            }
        }
    }
    return (name) => anything || names.has(name) || patterns.some((p) => p.test(name));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/common/src/json-positions.ts
var json_positions = __webpack_require__(208);
// EXTERNAL MODULE: ./actions/common/src/json-scan.ts
var json_scan = __webpack_require__(219);
;// CONCATENATED MODULE: ./actions/schema-ids/src/member-count.ts
// Whether a valid JSON file can hold duplicate keys, cheaply: JSON.parse keeps one member per key, the text
// writes them all, so the slow position-tracking parser runs only when the two counts differ.

/**
 * Number of object members written in the text (colons outside strings). Compared with the members JSON.parse
 * kept, it tells cheaply whether a file has duplicate keys, so the slow parser runs only when it does.
 */
function countMembers(text) {
    let count = 0;
    let p = 0;
    const n = text.length;
    for (;;) {
        const q = text.indexOf('"', p);
        const segmentEnd = q === -1 ? n : q;
        for (let c = text.indexOf(':', p); c !== -1 && c < segmentEnd; c = text.indexOf(':', c + 1))
            count++;
        if (q === -1)
            return count;
        const close = (0,json_scan/* closingQuote */.m2)(text, q);
        if (close === -1)
            return count;
        p = close + 1;
    }
}
/** Members JSON.parse kept, over every object in a value. */
function countParsedMembers(value) {
    let count = 0;
    const stack = [value];
    while (stack.length) {
        const v = stack.pop();
        if (Array.isArray(v)) {
            for (const x of v)
                if (x !== null && typeof x === 'object')
                    stack.push(x);
        }
        else if (v !== null && typeof v === 'object') {
            for (const k in v) {
                count++;
                const x = v[k];
                if (x !== null && typeof x === 'object')
                    stack.push(x);
            }
        }
    }
    return count;
}

;// CONCATENATED MODULE: ./actions/schema-ids/src/syntax-message.ts
// How schema-ids words a JSON syntax error: the kit finds it, this names the character found and what the
// grammar wanted there (the wording users and baselines have always seen).
const WANTED = {
    value: 'expected a value',
    'property-name': 'expected a property name in double quotes',
    colon: "expected ':' after the property name",
    'comma-or-brace': "expected ',' or '}'",
    'comma-or-bracket': "expected ',' or ']'",
};
function found(text, offset) {
    return offset >= text.length ? 'end of input' : JSON.stringify(text[offset]);
}
/** The message for a parse problem of `text`, without the "invalid JSON: " prefix. */
function syntaxMessage(problem, text) {
    const s = problem.syntax;
    if (!s)
        return problem.message;
    switch (s.problem) {
        case 'unexpected':
            if (s.expected === 'end')
                return `unexpected ${found(text, s.offset)} after the JSON value`;
            return `unexpected ${found(text, s.offset)}, ${WANTED[s.expected]}`;
        case 'invalid-number':
            return 'invalid number';
        case 'unterminated-string':
            return 'unterminated string';
        case 'control-character':
            return 'control character in string (escape it)';
        case 'invalid-escape':
            return 'invalid escape sequence in string';
    }
}

;// CONCATENATED MODULE: ./actions/schema-ids/src/parse.ts
// Parse hygiene: JSON.parse for speed, and the position-tracking parser only when a file needs positions
// (a syntax error, duplicate keys, or any finding to place).





function isYamlPath(path) {
    return /\.ya?ml$/i.test(path);
}
/** Positions on demand: a file is parsed with positions at most once. */
class Positions {
    files;
    json = new Map();
    yaml = new Map();
    constructor(files) {
        this.files = files;
    }
    parsedJson(file) {
        let p = this.json.get(file.path);
        if (!p) {
            p = (0,json_positions/* parseWithPositions */.wT)(file.text, { keepValues: false });
            this.json.set(file.path, p);
        }
        return p;
    }
    parsedYaml(file) {
        let p = this.yaml.get(file.path);
        if (!p) {
            const lines = new yaml_dist.LineCounter();
            const doc = yaml_dist.parseDocument(file.text, { lineCounter: lines, uniqueKeys: false });
            p = { doc, lines };
            this.yaml.set(file.path, p);
        }
        return p;
    }
    /** Place every finding, one file at a time, dropping each file's position tree once its findings are placed. */
    locateAll(findings) {
        const order = findings.map((_, i) => i).sort((a, b) => (findings[a].file < findings[b].file ? -1 : findings[a].file > findings[b].file ? 1 : 0));
        const out = new Array(findings.length);
        let current;
        for (const i of order) {
            const f = findings[i];
            if (f.file !== current) {
                if (current !== undefined)
                    this.release(current);
                current = f.file;
            }
            out[i] = this.locate(f);
        }
        if (current !== undefined)
            this.release(current);
        return out;
    }
    release(path) {
        this.json.delete(path);
        this.yaml.delete(path);
    }
    /** 1-based line/column of a finding; the file start when it cannot be placed more precisely. */
    locate(f) {
        if (f.line !== undefined)
            return { line: f.line, column: f.column ?? 1 };
        const file = this.files.get(f.file);
        if (!file)
            return { line: 1, column: 1 };
        if (isYamlPath(file.path)) {
            const { doc, lines } = this.parsedYaml(file);
            const tokens = f.pointer !== undefined ? (0,json_pointer/* parsePointer */.vp)(f.pointer) : [];
            const path = (tokens ?? []).map((t) => (/^(0|[1-9]\d*)$/.test(t) ? Number(t) : t));
            // Walk down as far as the path exists, so a missing member points at its parent.
            for (let n = path.length; n >= 0; n--) {
                const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
                if ((0,yaml_dist.isNode)(node) && node.range) {
                    const pos = lines.linePos(node.range[0]);
                    return { line: pos.line, column: pos.col };
                }
            }
            return { line: 1, column: 1 };
        }
        const positioned = this.parsedJson(file);
        if (f.offset !== undefined)
            return positioned.at(f.offset);
        return positioned.positionOf(f.pointer ?? '', f.key ?? false);
    }
}
/**
 * Parse a JSON file, adding bom / invalid-json / duplicate-key findings. Returns the value, or undefined when
 * the file is not JSON.
 */
function parseJsonSource(file, positions, findings) {
    if (file.hadBom) {
        findings.push({ rule: 'bom', severity: 'error', file: file.path, line: 1, column: 1, message: 'starts with a UTF-8 byte-order mark: JSON.parse and many tools reject it; save the file without BOM' });
    }
    let value;
    try {
        value = JSON.parse(file.text);
    }
    catch (err) {
        const positioned = positions.parsedJson(file);
        if (positioned.error) {
            findings.push({ rule: 'invalid-json', severity: 'error', file: file.path, offset: positioned.error.offset, message: `invalid JSON: ${syntaxMessage(positioned.error, file.text)}` });
        }
        else {
            findings.push({ rule: 'invalid-json', severity: 'error', file: file.path, line: 1, column: 1, message: `invalid JSON: ${err.message}` });
        }
        return { ok: false };
    }
    if (countMembers(file.text) !== countParsedMembers(value)) {
        const positioned = positions.parsedJson(file);
        for (const d of positioned.duplicates) {
            const first = positioned.at(d.firstOffset);
            findings.push({
                rule: 'duplicate-key',
                severity: 'error',
                file: file.path,
                offset: d.secondOffset,
                pointer: joinPointer(d.pointer, d.key),
                message: `key ${JSON.stringify(d.key)}${d.pointer ? ` in ${d.pointer}` : ''} repeats the one on line ${first.line}:${first.column}; JSON.parse silently keeps this last one`,
            });
        }
    }
    return { ok: true, value };
}
/** Parse a YAML instance; errors become invalid-json findings (the rule covers instance syntax too). */
function parseYamlSource(file, findings) {
    const lines = new yaml_dist.LineCounter();
    const doc = yaml_dist.parseDocument(file.text, { lineCounter: lines, uniqueKeys: true });
    const problems = [...doc.errors];
    if (problems.length) {
        for (const e of problems.slice(0, 5)) {
            const pos = e.linePos?.[0];
            const rule = e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'invalid-json';
            findings.push({ rule, severity: 'error', file: file.path, line: pos?.line ?? 1, column: pos?.col ?? 1, message: `invalid YAML: ${e.message.split('\n')[0]}` });
        }
        return { ok: false };
    }
    return { ok: true, value: doc.toJS({ maxAliasCount: 1000 }) };
}

;// CONCATENATED MODULE: ./actions/schema-ids/src/uri.ts
// URI handling for `$id` / `$ref`: RFC 3986 resolution through WHATWG URL, with the empty fragment dropped so
// `…/a.json#` and `…/a.json` name the same schema (as the specs and ajv treat them).
/** Resolve `ref` against `base`; undefined when the result is not an absolute URI (or cannot be parsed). */
function resolveUri(ref, base) {
    try {
        return normaliseUri(new URL(ref, base).href);
    }
    catch {
        return undefined;
    }
}
function normaliseUri(uri) {
    return uri.endsWith('#') ? uri.slice(0, -1) : uri;
}
function splitUri(uri) {
    const hash = uri.indexOf('#');
    if (hash === -1)
        return { document: uri, fragment: '' };
    return { document: uri.slice(0, hash), fragment: uri.slice(hash + 1) };
}
/** True when the value carries a scheme (`https:`, `urn:`, `file:`…), i.e. is not a relative reference. */
function isAbsoluteUri(value) {
    return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value);
}
function isHttpUri(uri) {
    return /^https?:/i.test(uri);
}
/** Base URI standing in for a file with no `$id`: its repository path under a fixed file: root. */
const FILE_ROOT = 'file:///repo/';
function fileUri(relativePath) {
    return FILE_ROOT + relativePath.split('/').map(encodeURIComponent).join('/');
}
/** Repository path of a file: URI made by `fileUri`, when it is one. */
function pathOfFileUri(uri) {
    if (!uri.startsWith(FILE_ROOT))
        return undefined;
    try {
        return decodeURIComponent(uri.slice(FILE_ROOT.length));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./actions/schema-ids/src/examples.ts
// Examples and mapped instances: compile the schemas that have instances (only those), validate, and place
// every ajv error at the instance's line and column. Strict-mode messages from the compile become findings.




const MAX_ERRORS_PER_INSTANCE = 20;
const FAMILY = { 'draft-04': 'draft-04', 'draft-06': 'draft-07', 'draft-07': 'draft-07', '2019-09': '2019-09', '2020-12': '2020-12' };
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i === -1 ? '' : path.slice(0, i);
}
class ExampleRunner {
    graph;
    docs;
    positions;
    findings;
    strictSeverity;
    compilers;
    loaded = new Set();
    compiled = new Map();
    stats = { instances: 0, validated: 0, compiled: 0 };
    constructor(graph, docs, positions, findings, strictSeverity) {
        this.graph = graph;
        this.docs = docs;
        this.positions = positions;
        this.findings = findings;
        this.strictSeverity = strictSeverity;
        this.compilers = new Compilers(strictSeverity !== 'off');
    }
    /** Every schema of a dialect family goes into its ajv instance once, under its file URI (and its $id). */
    load(family) {
        if (this.loaded.has(family))
            return;
        this.loaded.add(family);
        const ajv = this.compilers.get(family);
        for (const info of this.docs) {
            if (FAMILY[info.doc.dialect] !== family)
                continue;
            let value = info.doc.value;
            if (info.unknownDialect && typeof value === 'object') {
                value = { ...value };
                delete value.$schema;
            }
            // A duplicate $id (already reported) or a malformed schema cannot be added; its compile reports why.
            this.compilers.capture(() => ajv.addSchema(value, info.doc.fileUri));
        }
    }
    /** Compile a schema once; strict-mode messages and failures become findings on the schema file. */
    compile(info) {
        if (this.compiled.has(info.doc))
            return this.compiled.get(info.doc);
        const family = FAMILY[info.doc.dialect];
        this.load(family);
        const ajv = this.compilers.get(family);
        const strictMessages = new Set();
        let fn = null;
        for (let attempt = 0; attempt < 50; attempt++) {
            const result = this.compilers.capture(() => ajv.getSchema(info.doc.fileUri));
            for (const m of result.messages)
                strictMessages.add(m);
            if (result.error === undefined) {
                fn = result.value ?? null;
                if (!fn)
                    this.findings.push({ rule: 'compile-failed', severity: 'error', file: info.doc.path, pointer: '', message: 'ajv could not register this schema (see the duplicate-id or meta-schema findings), so its instances were not validated' });
                break;
            }
            const message = result.error.message ?? String(result.error);
            // Unknown formats throw even in "log" mode: report, accept the format as unchecked and compile again.
            const unknown = /^unknown format "([^"]+)" ignored in schema at path "([^"]*)"/.exec(message);
            if (unknown && this.strictSeverity !== 'off') {
                strictMessages.add(`strict mode: ${message}`);
                ajv.addFormat(unknown[1], true);
                continue;
            }
            this.findings.push({ rule: 'compile-failed', severity: 'error', file: info.doc.path, pointer: '', message: `ajv cannot compile this schema, so its instances were not validated: ${message}${this.explainMissing(result.error, family)}` });
            break;
        }
        if (this.strictSeverity !== 'off')
            for (const m of strictMessages)
                this.findings.push(this.strictFinding(info, m, this.strictSeverity));
        if (fn)
            this.stats.compiled++;
        this.compiled.set(info.doc, fn);
        return fn;
    }
    /** Why ajv could not find a ref our own resolver finds: it lives in another dialect's instance, or is remote. */
    explainMissing(error, family) {
        const missing = error.missingRef;
        if (typeof missing !== 'string')
            return '';
        const res = this.graph.lookup(splitUri(missing).document);
        if (res && !res.doc.builtin && FAMILY[res.doc.dialect] !== family) {
            return ` (${res.doc.path} is ${res.doc.dialect}; ajv cannot mix dialects in one instance, so cross-dialect refs cannot be compiled)`;
        }
        if (!res && /^https?:/i.test(missing))
            return ' (remote schemas are never fetched)';
        return '';
    }
    strictFinding(info, message, severity) {
        const text = message.replace(/^strict mode: /, '');
        // strictTypes messages carry the absolute schema location: map it back to its file.
        const at = /at "([^"]+)"/.exec(text);
        if (at) {
            const uri = resolveUri(at[1], info.doc.fileUri);
            if (uri) {
                const { document, fragment } = splitUri(uri);
                const res = this.graph.lookup(document);
                if (res && !res.doc.builtin)
                    return { rule: 'strict', severity, file: res.doc.path, pointer: res.pointer + decodeSafe(fragment), message: `ajv strict mode: ${text}` };
            }
        }
        const unknownFormat = /schema at path "#([^"]*)"/.exec(text);
        if (unknownFormat)
            return { rule: 'strict', severity, file: info.doc.path, pointer: decodeSafe(unknownFormat[1]), message: `ajv strict mode: ${text} (add the format to ajv or remove it)` };
        const keyword = /unknown keyword: "([^"]+)"/.exec(text);
        if (keyword) {
            const name = keyword[1];
            for (const [pointer, sub] of this.graph.byLocation.get(info.doc) ?? []) {
                if (typeof sub.node === 'object' && Object.prototype.hasOwnProperty.call(sub.node, name)) {
                    return { rule: 'strict', severity, file: info.doc.path, pointer: joinPointer(pointer, name), key: true, message: `ajv strict mode: ${text} (add it to ajv's keywords, or prefix it x- and register it)` };
                }
            }
        }
        return { rule: 'strict', severity, file: info.doc.path, pointer: '', message: `ajv strict mode: ${text}` };
    }
    targetFor(inst, value) {
        if (inst.schema !== undefined) {
            const match = this.docs.find((d) => d.doc.path === inst.schema) ?? this.docs.find((d) => d.rootId !== undefined && d.rootId === resolveUri(inst.schema, 'file:///'));
            return match ?? `instances names schema ${JSON.stringify(inst.schema)}, which is neither a schema file path nor a schema $id in the repository`;
        }
        if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.$schema === 'string') {
            const uri = resolveUri(value.$schema, fileUri(inst.path));
            const res = uri ? this.graph.lookup(splitUri(uri).document) : undefined;
            const info = res && !res.doc.builtin ? this.docs.find((d) => d.doc === res.doc) : undefined;
            if (info)
                return info;
        }
        const conv = inst.convention;
        if (!conv)
            return 'no schema for this instance';
        const stemParts = conv.key.replace(/\.(json|ya?ml)$/i, '').split('.');
        for (let n = stemParts.length; n > 0; n--) {
            const name = stemParts.slice(0, n).join('.');
            const candidates = this.docs.filter((d) => d.name === name);
            if (!candidates.length)
                continue;
            const near = candidates.filter((d) => conv.prefix === '' || d.doc.path.startsWith(conv.prefix + '/'));
            const pool = near.length ? near : candidates;
            const shortest = Math.min(...pool.map((d) => d.doc.path.length));
            const best = pool.filter((d) => d.doc.path.length === shortest);
            if (best.length === 1)
                return best[0];
            return `matches several schemas named ${JSON.stringify(name)} (${best.map((d) => d.doc.path).join(', ')}); add "$schema" to the example or map it with the instances option`;
        }
        // A folder with exactly one schema: its examples need no naming.
        const alone = this.docs.filter((d) => dirOf(d.doc.path) === conv.prefix);
        if (alone.length === 1)
            return alone[0];
        return `no schema named ${JSON.stringify(stemParts[0])} (examples/valid|invalid/<schema name>/… or <schema name>.*.json), and no "$schema" in the example`;
    }
    run(instances) {
        for (const inst of instances) {
            this.stats.instances++;
            const parsed = isYamlPath(inst.path) ? parseYamlSource(inst, this.findings) : parseJsonSource(inst, this.positions, this.findings);
            if (!parsed.ok)
                continue;
            const target = this.targetFor(inst, parsed.value);
            if (typeof target === 'string') {
                this.findings.push({ rule: 'unmapped-example', severity: 'error', file: inst.path, pointer: '', message: `cannot tell which schema this ${inst.expect} example is for: ${target}` });
                continue;
            }
            const validate = this.compile(target);
            if (!validate)
                continue;
            let ok;
            try {
                ok = validate(parsed.value);
            }
            catch (err) {
                this.findings.push({ rule: 'compile-failed', severity: 'error', file: inst.path, pointer: '', message: `validating against ${target.doc.path} threw: ${err.message}` });
                continue;
            }
            this.stats.validated++;
            if (inst.expect === 'invalid') {
                if (ok)
                    this.findings.push({ rule: 'invalid-example-passes', severity: 'error', file: inst.path, pointer: '', message: `expected to be invalid against ${target.doc.path}, but it validates: the schema accepts what it should reject` });
                continue;
            }
            if (!ok)
                this.reportErrors(inst, target, validate.errors ?? []);
        }
    }
    reportErrors(inst, target, errors) {
        const seen = new Set();
        let shown = 0;
        for (const e of errors) {
            const { pointer, key } = errorLocation(e);
            const text = `${e.instancePath || '(root)'} ${e.message ?? e.keyword}${describeParams(e)}`;
            if (seen.has(text))
                continue;
            seen.add(text);
            if (shown++ >= MAX_ERRORS_PER_INSTANCE)
                break;
            this.findings.push({ rule: 'valid-example-fails', severity: 'error', file: inst.path, pointer, key, message: `fails ${target.doc.path} at ${text} (schema ${e.schemaPath})` });
        }
        if (shown > MAX_ERRORS_PER_INSTANCE)
            this.findings.push({ rule: 'valid-example-fails', severity: 'error', file: inst.path, pointer: '', message: `more errors against ${target.doc.path} not listed (first ${MAX_ERRORS_PER_INSTANCE} shown)` });
    }
}
function decodeSafe(fragment) {
    try {
        return decodeURIComponent(fragment);
    }
    catch {
        return fragment;
    }
}
/** The instance location an ajv error is about: the offending member's key where ajv names one. */
function errorLocation(e) {
    const params = e.params;
    if (e.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string')
        return { pointer: joinPointer(e.instancePath, params.additionalProperty), key: true };
    if (e.keyword === 'unevaluatedProperties' && typeof params.unevaluatedProperty === 'string')
        return { pointer: joinPointer(e.instancePath, params.unevaluatedProperty), key: true };
    if (e.keyword === 'propertyNames' && typeof params.propertyName === 'string')
        return { pointer: joinPointer(e.instancePath, params.propertyName), key: true };
    return { pointer: (0,json_pointer/* parsePointer */.vp)(e.instancePath) ? e.instancePath : '', key: false };
}
function describeParams(e) {
    const p = e.params;
    if (Array.isArray(p.allowedValues))
        return `: ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    if (typeof p.additionalProperty === 'string')
        return `: ${JSON.stringify(p.additionalProperty)}`;
    if (typeof p.unevaluatedProperty === 'string')
        return `: ${JSON.stringify(p.unevaluatedProperty)}`;
    return '';
}

;// CONCATENATED MODULE: ./actions/schema-ids/src/graph.ts
// The whole-repository schema graph: every subschema found by a draft-aware walk, every resource (`$id`,
// draft-04 `id`, or the file's own path), every anchor, and every reference site. Resolution is offline:
// nothing is ever fetched.



const MAX_DEPTH = 500;
class SchemaGraph {
    allowRemote;
    resources = new Map();
    /** Second names of whole documents (the file path, the policy URI): used only when no resource claims a URI. */
    aliases = new Map();
    claims = new Map();
    anchorClashes = [];
    subschemas = [];
    refs = [];
    /** Subschemas by document and pointer, for mapping ref targets back to walked nodes. */
    byLocation = new Map();
    /** Problems found while walking (nesting too deep). */
    walkProblems = [];
    constructor(allowRemote = []) {
        this.allowRemote = allowRemote;
    }
    /** Walk one parsed document. `rootUri` is its absolute root `$id` when valid, else undefined. */
    addDocument(doc, rootUri, aliases) {
        const base = rootUri ?? doc.fileUri;
        const node = doc.value;
        const resource = { uri: base, doc, pointer: '', node, anchors: new Map() };
        if (rootUri)
            this.claim({ uri: rootUri, doc, pointer: `/${idKeyword(doc.dialect)}` }, resource);
        else
            this.aliases.set(doc.fileUri, resource);
        for (const alias of aliases)
            if (!this.aliases.has(alias))
                this.aliases.set(alias, resource);
        this.byLocation.set(doc, new Map());
        this.walk(node, '', doc.dialect, base, resource, undefined, undefined, 0, true);
    }
    claim(claim, resource) {
        const list = this.claims.get(claim.uri);
        if (list)
            list.push(claim);
        else
            this.claims.set(claim.uri, [claim]);
        if (!this.resources.has(claim.uri))
            this.resources.set(claim.uri, resource);
    }
    walk(node, pointer, dialect, base, resource, parent, keyword, depth, isRoot = false) {
        if (typeof node !== 'boolean' && (node === null || typeof node !== 'object' || Array.isArray(node)))
            return;
        if (depth > MAX_DEPTH) {
            this.walkProblems.push({ doc: resource.doc, pointer, message: `subschemas nested deeper than ${MAX_DEPTH} levels` });
            return;
        }
        if (typeof node === 'boolean') {
            this.record({ doc: resource.doc, pointer, node, dialect, base, resource, parent, keyword });
            return;
        }
        const obj = node;
        // An embedded resource may switch dialect (2019-09+: `$schema` next to `$id`).
        const idKey = idKeyword(dialect);
        const rawId = obj[idKey];
        if (!isRoot && typeof obj.$schema === 'string' && typeof rawId === 'string') {
            const d = dialectOf(obj.$schema);
            if (d)
                dialect = d;
        }
        if (!isRoot && typeof rawId === 'string' && rawId !== '') {
            const resolved = resolveUri(rawId, base);
            if (resolved) {
                const { document, fragment } = splitUri(resolved);
                // `#foo` (draft-04…07) only names an anchor (collected below); `x.json` or `x.json#foo` starts a resource.
                if (fragment === '' || !rawId.startsWith('#')) {
                    if (document !== base || fragment === '') {
                        base = document;
                        resource = { uri: document, doc: resource.doc, pointer, node: obj, anchors: new Map() };
                        this.claim({ uri: document, doc: resource.doc, pointer: joinPointer(pointer, idKey) }, resource);
                    }
                }
            }
        }
        const sub = { doc: resource.doc, pointer, node: obj, dialect, base, resource, parent, keyword };
        this.record(sub);
        this.collectAnchors(obj, sub, dialect, rawId, base);
        for (const kw of refKeywords(dialect)) {
            const value = obj[kw];
            if (typeof value === 'string')
                this.refs.push({ from: sub, keyword: kw, ref: value, pointer: joinPointer(pointer, kw) });
        }
        // One pass over the object's own keys: far cheaper than probing every keyword on objects of many shapes.
        const kinds = keywordKinds(dialect);
        for (const kw in obj) {
            const kind = kinds.get(kw);
            if (kind === undefined)
                continue;
            const value = obj[kw];
            if (kind === 'single') {
                if (kw === 'items' && Array.isArray(value)) {
                    for (let i = 0; i < value.length; i++)
                        this.walk(value[i], joinPointer(pointer, kw, i), dialect, base, resource, sub, kw, depth + 1);
                }
                else {
                    this.walk(value, joinPointer(pointer, kw), dialect, base, resource, sub, kw, depth + 1);
                }
            }
            else if (kind === 'array') {
                if (!Array.isArray(value))
                    continue;
                for (let i = 0; i < value.length; i++)
                    this.walk(value[i], joinPointer(pointer, kw, i), dialect, base, resource, sub, kw, depth + 1);
            }
            else {
                if (value === null || typeof value !== 'object' || Array.isArray(value))
                    continue;
                const map = value;
                for (const name in map) {
                    const child = map[name];
                    // Draft-04…07 `dependencies` mixes schemas with arrays of property names; only schemas are walked.
                    if (Array.isArray(child))
                        continue;
                    this.walk(child, joinPointer(pointer, kw, name), dialect, base, resource, sub, kw, depth + 1);
                }
            }
        }
    }
    collectAnchors(obj, sub, dialect, rawId, base) {
        if (obj.$anchor === undefined && obj.$dynamicAnchor === undefined && !(typeof rawId === 'string' && rawId.includes('#')))
            return;
        const names = [];
        if (atLeast(dialect, '2019-09')) {
            if (typeof obj.$anchor === 'string')
                names.push({ name: obj.$anchor, keyword: '$anchor' });
            if (dialect === '2020-12' && typeof obj.$dynamicAnchor === 'string')
                names.push({ name: obj.$dynamicAnchor, keyword: '$dynamicAnchor' });
        }
        else if (typeof rawId === 'string' && rawId.includes('#')) {
            // Draft-04…07: an id with a plain-name fragment (`#foo` or `other.json#foo`) is a location-independent anchor.
            const resolved = resolveUri(rawId, base);
            const fragment = resolved ? splitUri(resolved).fragment : '';
            if (fragment && !fragment.startsWith('/'))
                names.push({ name: pointerFromFragment(fragment) ?? fragment, keyword: idKeyword(dialect) });
        }
        for (const { name, keyword } of names) {
            const earlier = sub.resource.anchors.get(name);
            // `$anchor` and `$dynamicAnchor` of the same name on one subschema are one anchor, not a clash.
            if (earlier && earlier !== sub)
                this.anchorClashes.push({ uri: `${sub.resource.uri}#${name}`, first: earlier, second: sub, keyword });
            else
                sub.resource.anchors.set(name, sub);
        }
    }
    record(sub) {
        this.subschemas.push(sub);
        this.byLocation.get(sub.doc)?.set(sub.pointer, sub);
    }
    lookup(document) {
        return this.resources.get(document) ?? this.aliases.get(document);
    }
    isAllowedRemote(uri) {
        return this.allowRemote.some((prefix) => uri.startsWith(prefix));
    }
    /** Resolve a reference site to the document location it names. */
    resolve(site) {
        const absolute = resolveUri(site.ref, site.from.base);
        if (!absolute)
            return { kind: 'unresolved', uri: site.ref, reason: `is not a valid URI reference against base ${site.from.base}` };
        const { document, fragment } = splitUri(absolute);
        // A reference into the schema's own resource stays there, even when another file claims the same $id.
        const resource = document === site.from.resource.uri ? site.from.resource : this.lookup(document);
        if (!resource) {
            if (isHttpUri(document))
                return { kind: 'remote', uri: absolute, allowed: this.isAllowedRemote(absolute) };
            const shown = isAbsoluteUri(site.ref) ? absolute : `${site.ref} (resolved to ${absolute})`;
            return { kind: 'unresolved', uri: absolute, reason: `${shown}: no schema in the repository has this URI` };
        }
        if (fragment === '')
            return this.located(resource, resource.pointer, resource.node);
        const decoded = pointerFromFragment(fragment);
        if (decoded === undefined)
            return { kind: 'unresolved', uri: absolute, reason: `has a malformed percent-encoding in its fragment` };
        if (decoded.startsWith('/')) {
            const tokens = (0,json_pointer/* parsePointer */.vp)(decoded);
            if (!tokens)
                return { kind: 'unresolved', uri: absolute, reason: `has an invalid JSON pointer ${JSON.stringify(decoded)} (use ~0 for ~ and ~1 for /)` };
            const found = evaluatePointer(resource.node, tokens);
            if (!found.found)
                return { kind: 'unresolved', uri: absolute, reason: `points at ${decoded}, which does not exist in ${resource.doc.path}` };
            if (typeof found.value !== 'boolean' && (found.value === null || typeof found.value !== 'object' || Array.isArray(found.value))) {
                return { kind: 'unresolved', uri: absolute, reason: `points at ${decoded} in ${resource.doc.path}, which is not a schema` };
            }
            return this.located(resource, resource.pointer + decoded, found.value);
        }
        const anchor = resource.anchors.get(decoded);
        if (!anchor)
            return { kind: 'unresolved', uri: absolute, reason: `names anchor ${JSON.stringify(decoded)}, which ${resource.doc.path} does not define` };
        return { kind: 'local', doc: anchor.doc, pointer: anchor.pointer, node: anchor.node, sub: anchor };
    }
    located(resource, pointer, node) {
        const sub = this.byLocation.get(resource.doc)?.get(pointer);
        return { kind: 'local', doc: resource.doc, pointer, node, sub };
    }
}

// EXTERNAL MODULE: ./actions/common/src/errors.ts
var errors = __webpack_require__(8860);
;// CONCATENATED MODULE: ./actions/schema-ids/src/id-policy.ts
// The `$id` policy: the identifier a schema must carry, derived from its repository path.
//
//   expected = id-pattern with placeholders filled from the (folder-mapped) path, e.g.
//   base-uri https://example.com/schemas/, path schemas/v1/user.schema.json, id-folders `schemas/=`
//     {base}{path}   → https://example.com/schemas/v1/user.schema.json   (default)
//     {base}{dir}{name}   → https://example.com/schemas/v1/user            (extension stripped)
//     {base}{dir}{name}.json → https://example.com/schemas/v1/user.json


const DEFAULT_ID_PATTERN = '{base}{path}';
const PLACEHOLDERS = new Set(['base', 'path', 'dir', 'file', 'name', 'ext']);
/** Extensions `{name}` strips, longest first. */
const STRIPPED = ['.schema.json', '.schema.yaml', '.schema.yml', '.json', '.yaml', '.yml'];
function parseFolderMaps(entries, option = 'id-folders') {
    return entries.map((entry) => {
        const eq = entry.indexOf('=');
        if (eq <= 0)
            throw new errors/* ConfigurationError */.j1(`${option}: ${JSON.stringify(entry)} is not of the form <folder>/=<replacement> (e.g. "schemas/=" or "src/schemas/=v1/")`, option);
        const from = entry.slice(0, eq).trim().replace(/^\.\//, '');
        const to = entry.slice(eq + 1).trim();
        return { from, to };
    });
}
function makePolicy(baseUri, pattern, folders) {
    for (const m of pattern.matchAll(/\{([^}]*)\}/g)) {
        if (!PLACEHOLDERS.has(m[1])) {
            throw new errors/* ConfigurationError */.j1(`id-pattern: unknown placeholder {${m[1]}}; use {base}, {path}, {dir}, {file}, {name} or {ext}`, 'id-pattern');
        }
    }
    let base;
    if (baseUri.trim()) {
        base = baseUri.trim();
        if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(base) || !resolveUri(base, 'file:///')) {
            throw new errors/* ConfigurationError */.j1(`base-uri: ${JSON.stringify(baseUri)} is not an absolute URI (e.g. https://example.com/schemas/)`, 'base-uri');
        }
        if (base.includes('#'))
            throw new errors/* ConfigurationError */.j1('base-uri must not contain a fragment (#)', 'base-uri');
        if (!base.endsWith('/'))
            base += '/';
    }
    return { base, pattern, folders };
}
/** Whether the policy can derive an identifier at all (it needs base-uri unless the pattern names no {base}). */
function policyActive(policy) {
    return policy.base !== undefined || !policy.pattern.includes('{base}');
}
function mapFolders(path, folders) {
    for (const { from, to } of folders) {
        if (path.startsWith(from))
            return to + path.slice(from.length);
    }
    return path;
}
/** The `$id` the policy expects for a repository path; undefined when the policy is inactive. */
function expectedId(policy, path) {
    if (!policyActive(policy))
        return undefined;
    const mapped = mapFolders(path, policy.folders);
    const slash = mapped.lastIndexOf('/');
    const dir = slash === -1 ? '' : mapped.slice(0, slash + 1);
    const file = mapped.slice(slash + 1);
    const ext = STRIPPED.find((e) => file.toLowerCase().endsWith(e)) ?? '';
    const name = file.slice(0, file.length - ext.length);
    const values = { base: policy.base ?? '', path: mapped, dir, file, name, ext };
    const raw = policy.pattern.replace(/\{([a-z]+)\}/g, (_, key) => values[key] ?? '');
    return normaliseUri(raw);
}
/** Compare identifiers the way resolvers do: parsed and normalised, empty fragment ignored. */
function sameId(a, b) {
    const na = resolveUri(a, 'file:///') ?? a;
    const nb = resolveUri(b, 'file:///') ?? b;
    return na === nb;
}

;// CONCATENATED MODULE: ./actions/schema-ids/src/analyze.ts
// Evaluate: every schema check over parsed files, with no file-system access. Findings carry JSON pointers;
// the caller turns them into line:column only for files that have findings.










const MAX_META_ERRORS_PER_FILE = 20;
function nameOf(path) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    return file.replace(/(\.schema)?\.json$/i, '');
}
function analyze(schemas, instances, options) {
    const files = new Map();
    for (const f of [...schemas, ...instances])
        files.set(f.path, f);
    const positions = new Positions(files);
    const findings = [];
    const byDialect = Object.fromEntries(DIALECTS.map((d) => [d, 0]));
    const unparsable = [];
    const infos = [];
    const graph = new SchemaGraph(options.allowRemoteRefs);
    const meta = new MetaValidators();
    // 1. Parse hygiene and dialects.
    for (const file of schemas) {
        const parsed = parseJsonSource(file, positions, findings);
        if (!parsed.ok) {
            unparsable.push(file.path);
            continue;
        }
        const value = parsed.value;
        if (typeof value !== 'boolean' && (value === null || typeof value !== 'object' || Array.isArray(value))) {
            findings.push({ rule: 'meta-schema', severity: 'error', file: file.path, pointer: '', message: `a schema must be a JSON object (or boolean), not ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}` });
            continue;
        }
        let dialect = options.defaultDialect;
        let unknownDialect = false;
        const declared = typeof value === 'object' ? value.$schema : undefined;
        if (declared === undefined) {
            findings.push({ rule: 'missing-schema', severity: 'warning', file: file.path, pointer: '', message: `no "$schema": the dialect is ambiguous to other tools; assumed ${options.defaultDialect} (default-dialect). Add "$schema": "${metaUriFor(options.defaultDialect)}"` });
        }
        else {
            const d = typeof declared === 'string' ? dialectOf(declared) : undefined;
            if (d)
                dialect = d;
            else {
                unknownDialect = true;
                findings.push({ rule: 'unknown-dialect', severity: 'error', file: file.path, pointer: '/$schema', message: `"$schema" ${JSON.stringify(declared)} is not a dialect the gate knows (draft-04, draft-06, draft-07, 2019-09, 2020-12); checked as ${options.defaultDialect}` });
            }
        }
        byDialect[dialect]++;
        const doc = { path: file.path, value, dialect, builtin: false, fileUri: fileUri(file.path) };
        infos.push({ doc, name: nameOf(file.path), unknownDialect });
    }
    // 2. Meta-schema validation (one cached validator per dialect).
    for (const info of infos) {
        try {
            pushMetaErrors(info.doc, meta.validate(info.doc.dialect, info.doc.value), findings);
        }
        catch (err) {
            findings.push({ rule: 'meta-schema', severity: 'error', file: info.doc.path, pointer: '', message: `could not be validated against the ${info.doc.dialect} meta-schema: ${err.message}` });
        }
    }
    // 3. Identity: root $id checks, then the graph of every resource.
    for (const info of infos) {
        const { doc } = info;
        const key = idKeyword(doc.dialect);
        const root = doc.value;
        const raw = typeof root === 'object' ? root[key] : undefined;
        const expected = expectedId(options.policy, doc.path);
        if (raw === undefined) {
            const other = typeof root === 'object' ? root[key === '$id' ? 'id' : '$id'] : undefined;
            const hint = typeof other === 'string' ? ` (it has "${key === '$id' ? 'id' : '$id'}", which ${doc.dialect} ignores: rename it to "${key}")` : '';
            findings.push({ rule: 'missing-id', severity: 'error', file: doc.path, pointer: '', message: `no "${key}"${hint}${expected ? `; the policy expects "${key}": "${expected}"` : ''}` });
        }
        else if (typeof raw === 'string') {
            const pointer = `/${key}`;
            if (!isAbsoluteUri(raw)) {
                findings.push({ rule: 'relative-id', severity: 'error', file: doc.path, pointer, message: `"${key}" ${JSON.stringify(raw)} is relative; a root identifier must be an absolute URI${expected ? ` such as "${expected}"` : ''}` });
            }
            const hash = raw.indexOf('#');
            if (hash !== -1 && hash < raw.length - 1) {
                findings.push({ rule: 'id-fragment', severity: 'error', file: doc.path, pointer, message: `"${key}" ${JSON.stringify(raw)} has a fragment; a root identifier must not (an empty trailing "#" is tolerated)` });
            }
            if (expected && !sameId(raw, expected)) {
                findings.push({ rule: 'id-mismatch', severity: 'error', file: doc.path, pointer, message: `"${key}" is ${JSON.stringify(raw)}, but the policy derives "${expected}" from the file path` });
            }
            const resolved = resolveUri(raw, doc.fileUri);
            if (resolved)
                info.rootId = splitUri(resolved).document;
        }
        const aliases = !info.rootId && expected ? [splitUri(expected).document] : [];
        graph.addDocument(doc, info.rootId, aliases);
    }
    // Bundled meta-schemas go last: a repository schema claiming the same URI wins.
    for (const b of BUILTIN_SCHEMAS) {
        const doc = { path: `<builtin>/${b.name}`, value: b.value, dialect: b.dialect, builtin: true, fileUri: fileUri(`<builtin>/${b.name}`) };
        const id = (b.value.$id ?? b.value.id);
        const uri = splitUri(resolveUri(id, 'file:///')).document;
        if (!graph.resources.has(uri))
            graph.addDocument(doc, uri, []);
    }
    for (const [uri, claims] of graph.claims) {
        const own = claims.filter((c) => !c.doc.builtin);
        if (own.length < 2)
            continue;
        for (const c of own) {
            const others = own.filter((o) => o !== c).map((o) => (o.doc === c.doc ? `${o.pointer} in this file` : `${o.doc.path}${o.pointer !== '/$id' && o.pointer !== '/id' ? ` at ${o.pointer}` : ''}`));
            findings.push({ rule: 'duplicate-id', severity: 'error', file: c.doc.path, pointer: c.pointer, message: `identifier ${uri} is also claimed by ${others.join(', ')}; resolvers keep only one of them` });
        }
    }
    for (const clash of graph.anchorClashes) {
        if (clash.second.doc.builtin)
            continue;
        const first = clash.first.doc === clash.second.doc ? clash.first.pointer || '(root)' : `${clash.first.doc.path} ${clash.first.pointer}`;
        findings.push({ rule: 'duplicate-anchor', severity: 'error', file: clash.second.doc.path, pointer: joinPointer(clash.second.pointer, clash.keyword), message: `anchor ${clash.uri} is already defined at ${first}` });
    }
    for (const p of graph.walkProblems) {
        if (!p.doc.builtin)
            findings.push({ rule: 'too-deep', severity: 'error', file: p.doc.path, pointer: p.pointer, message: p.message });
    }
    // 4. The $ref graph.
    const refs = { total: 0, resolved: 0, unresolved: 0, remote: 0, remoteAllowed: 0, crossFile: 0, crossDialect: 0 };
    for (const site of graph.refs) {
        if (site.from.doc.builtin)
            continue;
        refs.total++;
        const r = graph.resolve(site);
        if (r.kind === 'local') {
            refs.resolved++;
            if (r.doc !== site.from.doc)
                refs.crossFile++;
            if (r.doc.dialect !== site.from.dialect && !r.doc.builtin)
                refs.crossDialect++;
        }
        else if (r.kind === 'remote') {
            if (r.allowed)
                refs.remoteAllowed++;
            else {
                refs.remote++;
                findings.push({ rule: 'remote-ref', severity: 'error', file: site.from.doc.path, pointer: site.pointer, message: `${site.keyword} ${JSON.stringify(site.ref)} points at remote ${r.uri}, which no schema in the repository claims; nothing is fetched: vendor the schema, or allow the prefix with allow-remote-refs` });
            }
        }
        else {
            refs.unresolved++;
            findings.push({ rule: 'unresolved-ref', severity: 'error', file: site.from.doc.path, pointer: site.pointer, message: `${site.keyword} ${JSON.stringify(site.ref)} ${r.reason}` });
        }
    }
    // 5. Closed objects.
    let closedObjects;
    const checker = new ClosedObjectChecker(graph);
    const { issues, stats } = checker.check((sub) => !sub.doc.builtin);
    for (const issue of issues) {
        if (issue.rule === 'open-object') {
            if (options.closedObjects === 'off')
                continue;
            findings.push({ rule: 'open-object', severity: options.closedObjects, file: issue.sub.doc.path, pointer: issue.pointer, message: issue.message });
        }
        else {
            findings.push({ rule: issue.rule, severity: 'error', file: issue.sub.doc.path, pointer: issue.pointer, key: true, message: issue.message });
        }
    }
    if (options.closedObjects !== 'off')
        closedObjects = stats;
    // 6. Compile where needed: schemas with examples (or every schema with compile: all).
    const strictSeverity = options.strict;
    const runner = new ExampleRunner(graph, infos, positions, findings, strictSeverity);
    if (options.compile === 'all')
        for (const info of infos)
            runner.compile(info);
    runner.run(instances);
    return {
        findings,
        positions,
        schemas: schemas.length,
        parsed: infos.length,
        unparsable,
        byDialect,
        refs,
        closedObjects,
        examples: runner.stats,
        subschemas: graph.subschemas.filter((s) => !s.doc.builtin).length,
    };
}
function metaUriFor(d) {
    return d === '2019-09' || d === '2020-12' ? `https://json-schema.org/draft/${d}/schema` : `http://json-schema.org/${d}/schema#`;
}
/** Meta-schema errors, most specific first, without the anyOf/oneOf noise that repeats one problem. */
function pushMetaErrors(doc, errors, findings) {
    if (!errors.length)
        return;
    const seen = new Set();
    const useful = errors.filter((e) => !['anyOf', 'oneOf', 'if', '$ref', '$dynamicRef'].includes(e.keyword));
    const list = useful.length ? useful : errors;
    let shown = 0;
    for (const e of list) {
        const params = e.params;
        const extra = Array.isArray(params.allowedValues) ? `: ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}` : typeof params.additionalProperty === 'string' ? `: ${JSON.stringify(params.additionalProperty)}` : '';
        const text = `${e.instancePath || '(root)'} ${e.message ?? e.keyword}${extra}`;
        if (seen.has(text))
            continue;
        seen.add(text);
        if (shown++ >= MAX_META_ERRORS_PER_FILE) {
            findings.push({ rule: 'meta-schema', severity: 'error', file: doc.path, pointer: '', message: `${list.length - MAX_META_ERRORS_PER_FILE} more meta-schema errors not listed` });
            break;
        }
        findings.push({ rule: 'meta-schema', severity: 'error', file: doc.path, pointer: e.instancePath, message: `does not match the ${doc.dialect} meta-schema: ${text}` });
    }
}

;// CONCATENATED MODULE: ./actions/schema-ids/src/rules.ts
// Every rule the gate reports, with the one-line description used in SARIF and the summary.
const RULES = {
    'invalid-json': 'The file is not valid JSON (or YAML, for instances).',
    bom: 'The file starts with a byte-order mark, which JSON.parse and many tools reject.',
    'duplicate-key': 'An object repeats a key; JSON.parse silently keeps the last one.',
    'missing-schema': 'No $schema: the dialect is a guess (default-dialect applies).',
    'unknown-dialect': '$schema names a dialect the gate does not know (draft-04, -06, -07, 2019-09, 2020-12 are known).',
    'meta-schema': 'The schema does not validate against its dialect\'s meta-schema.',
    'missing-id': 'The schema has no $id (draft-04: id).',
    'relative-id': 'The root $id is not an absolute URI.',
    'id-fragment': 'The root $id has a non-empty fragment.',
    'duplicate-id': 'Two schemas (or subschemas) claim the same $id.',
    'id-mismatch': 'The $id differs from the one the policy (base-uri + id-pattern) derives from the file path.',
    'duplicate-anchor': 'Two subschemas define the same anchor in one schema resource.',
    'unresolved-ref': 'A $ref does not resolve to a schema in the repository.',
    'remote-ref': 'A $ref points at a remote http(s) schema that is not in allow-remote-refs (nothing is fetched).',
    'open-object': 'An object schema accepts unknown properties (no additionalProperties/unevaluatedProperties false).',
    'unsatisfiable-allof': 'An allOf conjunct closes the object without a property another conjunct requires: nothing validates.',
    'too-deep': 'Subschemas nest deeper than the gate walks.',
    strict: 'ajv strict mode reported a problem while compiling the schema.',
    'compile-failed': 'ajv could not compile the schema, so its examples were not validated.',
    'valid-example-fails': 'An instance expected to be valid fails validation.',
    'invalid-example-passes': 'An instance expected to be invalid passes validation.',
    'unmapped-example': 'An examples/valid or examples/invalid file matches no schema.',
    'stale-baseline': 'A baseline entry matches no current finding; remove it.',
};
function ruleId(rule) {
    return `schema/${rule}`;
}

;// CONCATENATED MODULE: ./actions/schema-ids/src/baseline.ts
// The baseline file: findings accepted for now, matched by rule, file and JSON pointer (not line numbers,
// so editing a schema does not revive them). Entries that no longer match are reported as stale.
//
// { "version": 1, "entries": [ { "rule": "schema/open-object", "file": "schemas/a.schema.json", "pointer": "/properties/meta" } ] }




/** Rules a baseline may not hide: the file could not even be read as JSON. */
const NOT_BASELINABLE = new Set(['invalid-json']);
function keyOf(rule, file, pointer) {
    return `${rule}\0${file}\0${pointer}`;
}
function parseBaseline(file) {
    const parsed = (0,json_positions/* parseWithPositions */.wT)(file.text);
    if (parsed.error) {
        const at = parsed.at(parsed.error.offset);
        throw new errors/* InputError */.dz(`baseline is not valid JSON: ${syntaxMessage(parsed.error, file.text)}`, file.path, at.line, at.column);
    }
    const value = parsed.value;
    if (value === null || typeof value !== 'object' || value.version !== 1 || !Array.isArray(value.entries)) {
        throw new errors/* InputError */.dz('baseline must be { "version": 1, "entries": [ { "rule", "file", "pointer" } ] }', file.path, 1, 1);
    }
    return value.entries.map((e, i) => {
        const entry = e;
        const pos = parsed.positionOf(`/entries/${i}`);
        if (typeof entry?.rule !== 'string' || typeof entry.file !== 'string' || (entry.pointer !== undefined && typeof entry.pointer !== 'string')) {
            throw new errors/* InputError */.dz('baseline entry needs string "rule" and "file" (and optional string "pointer")', file.path, pos.line, pos.column);
        }
        return { rule: entry.rule, file: entry.file, pointer: entry.pointer ?? '', line: pos.line };
    });
}
/** Split findings into kept and baselined; stale entries come back as note findings on the baseline file. */
function applyBaseline(findings, entries, baselinePath) {
    const accepted = new Map();
    for (const e of entries)
        accepted.set(keyOf(e.rule, e.file, e.pointer), e);
    const used = new Set();
    const kept = [];
    let baselined = 0;
    for (const f of findings) {
        const entry = NOT_BASELINABLE.has(f.rule) ? undefined : accepted.get(keyOf(ruleId(f.rule), f.file, f.pointer ?? ''));
        if (entry) {
            used.add(entry);
            baselined++;
        }
        else
            kept.push(f);
    }
    const stale = entries
        .filter((e) => !used.has(e))
        .map((e) => ({ rule: 'stale-baseline', severity: 'note', file: baselinePath, line: e.line, column: 1, message: `baseline entry ${e.rule} ${e.file} ${e.pointer || '(root)'} matches no finding any more: remove it` }));
    return { kept, baselined, stale };
}
function baselineText(findings) {
    const seen = new Set();
    const entries = [];
    for (const f of findings) {
        if (NOT_BASELINABLE.has(f.rule) || f.rule === 'stale-baseline')
            continue;
        const entry = { rule: ruleId(f.rule), file: f.file, pointer: f.pointer ?? '' };
        const key = keyOf(entry.rule, entry.file, entry.pointer);
        if (seen.has(key))
            continue;
        seen.add(key);
        entries.push(entry);
    }
    entries.sort((a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.pointer.localeCompare(b.pointer));
    return JSON.stringify({ version: 1, entries }, null, 2) + '\n';
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./actions/common/src/glob.ts
var glob = __webpack_require__(1473);
// EXTERNAL MODULE: ./actions/common/src/readers.ts
var readers = __webpack_require__(3027);
;// CONCATENATED MODULE: ./actions/schema-ids/src/collect.ts
// Collect: the only module here that touches the file system. Finds schema files, instances (mapped by the
// `instances` option and by the examples/valid|invalid convention) and the baseline file.





/** Per-file cap: a schema or example over this is refused rather than read. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const EXAMPLE_GLOBS = ['**/examples/valid/**/*.json', '**/examples/valid/**/*.{yaml,yml}', '**/examples/invalid/**/*.json', '**/examples/invalid/**/*.{yaml,yml}'];
const EXAMPLE_DIRS = ['**/examples/valid/**', '**/examples/invalid/**'];
async function readAll(workspace, paths) {
    const out = new Array(paths.length);
    let next = 0;
    // A few reads in flight at a time: fast on a big tree without exhausting file descriptors.
    const worker = async () => {
        while (next < paths.length) {
            const i = next++;
            const path = paths[i];
            const { text, hadBom } = await (0,readers/* readTextCapped */.XS)((0,external_node_path_.resolve)(workspace, path), MAX_FILE_BYTES, path);
            out[i] = { path, text, hadBom };
        }
    };
    await Promise.all(Array.from({ length: Math.min(16, paths.length) }, worker));
    return out;
}
async function collectSchemas(workspace, patterns, log) {
    if (!patterns.some((p) => p.trim()))
        throw new errors/* ConfigurationError */.j1('schemas: no pattern given', 'schemas');
    const found = await (0,glob/* expandGlobs */.GE)(workspace, patterns, { option: 'schemas', ignore: EXAMPLE_DIRS });
    for (const o of found.outside)
        log(`skipped ${o}: it resolves outside the workspace`);
    if (!found.files.length) {
        throw new errors/* InputError */.dz(`no schema file matches ${patterns.map((p) => JSON.stringify(p)).join(', ')} (node_modules and .git are never searched); set the schemas option`, undefined);
    }
    return readAll(workspace, found.files);
}
function asList(v) {
    if (v === undefined)
        return [];
    return Array.isArray(v) ? v : [v];
}
async function collectInstances(workspace, mapping, useConvention) {
    const byPath = new Map();
    for (const [schema, spec] of Object.entries(mapping)) {
        const groups = typeof spec === 'string' || Array.isArray(spec) ? [['valid', asList(spec)]] : [['valid', asList(spec.valid)], ['invalid', asList(spec.invalid)]];
        for (const [expect, patterns] of groups) {
            if (!patterns.length)
                continue;
            const found = await (0,glob/* expandGlobs */.GE)(workspace, patterns, { option: 'instances' });
            if (!found.files.length || found.unmatched.length) {
                const which = found.unmatched.length ? found.unmatched : patterns;
                throw new errors/* ConfigurationError */.j1(`instances: ${which.map((p) => JSON.stringify(p)).join(', ')} for schema ${JSON.stringify(schema)} matched no file`, 'instances');
            }
            for (const path of found.files)
                byPath.set(path, { expect, schema });
        }
    }
    if (useConvention) {
        const found = await (0,glob/* expandGlobs */.GE)(workspace, EXAMPLE_GLOBS, { option: 'examples' });
        for (const path of found.files) {
            if (byPath.has(path))
                continue;
            const m = /^(?:(.*)\/)?examples\/(valid|invalid)\/([^/]+)/.exec(path);
            if (!m)
                continue;
            byPath.set(path, { expect: m[2], convention: { prefix: m[1] ?? '', key: m[3] } });
        }
    }
    const paths = [...byPath.keys()].sort();
    const files = await readAll(workspace, paths);
    return files.map((f) => ({ ...f, ...byPath.get(f.path) }));
}
/** The baseline file's text, or undefined when the default file is absent. A missing explicit file is an error. */
async function readBaseline(workspace, path, isDefault) {
    if (!path)
        return undefined;
    const abs = (0,external_node_path_.resolve)(workspace, path);
    if (!(0,external_node_fs_.existsSync)(abs)) {
        if (isDefault)
            return undefined;
        throw new errors/* ConfigurationError */.j1(`baseline: ${path} does not exist (create it with update-baseline: true)`, 'baseline');
    }
    const { text, hadBom } = await (0,readers/* readTextCapped */.XS)(abs, MAX_FILE_BYTES, path);
    return { path, text, hadBom };
}

// EXTERNAL MODULE: ./actions/common/src/summary.ts
var summary = __webpack_require__(6663);
;// CONCATENATED MODULE: ./actions/schema-ids/src/report.ts
// Job-summary sections: findings grouped by rule, the worst files first, then the numbers.


const RANK = { error: 0, warning: 1, note: 2 };
const MAX_LISTED_PER_RULE = 200;
const MAX_FILES = 50;
function tallyFiles(findings) {
    const byFile = new Map();
    for (const f of findings) {
        const file = f.file ?? '(no file)';
        let t = byFile.get(file);
        if (!t)
            byFile.set(file, (t = { file, error: 0, warning: 0, note: 0, rules: new Map() }));
        t[f.severity]++;
        t.rules.set(f.ruleId, (t.rules.get(f.ruleId) ?? 0) + 1);
    }
    return [...byFile.values()].sort((a, b) => b.error - a.error || b.warning - a.warning || b.note - a.note || a.file.localeCompare(b.file));
}
function buildSections(findings, analysis) {
    const sections = [];
    const byRule = new Map();
    for (const f of findings) {
        const list = byRule.get(f.ruleId);
        if (list)
            list.push(f);
        else
            byRule.set(f.ruleId, [f]);
    }
    const rules = [...byRule.entries()].sort(([ra, a], [rb, b]) => RANK[worst(a)] - RANK[worst(b)] || b.length - a.length || ra.localeCompare(rb));
    if (rules.length) {
        const rows = rules.map(([rule, list]) => {
            const files = tallyFiles(list);
            const top = files.slice(0, 3).map((t) => `${(0,summary/* code */.aY)(t.file)} (${t.error + t.warning + t.note})`).join(', ');
            return [(0,summary/* code */.aY)(rule), worst(list), String(list.length), String(files.length), top + (files.length > 3 ? ', …' : '')];
        });
        sections.push({ title: 'Findings by rule', priority: 10, body: (0,summary/* table */.tp)(['Rule', 'Severity', 'Findings', 'Files', 'Worst files'], rows, ['l', 'l', 'r', 'r', 'l']) });
        const files = tallyFiles(findings);
        const fileRows = files.slice(0, MAX_FILES).map((t) => {
            const topRule = [...t.rules.entries()].sort((a, b) => b[1] - a[1])[0];
            return [(0,summary/* code */.aY)(t.file), String(t.error), String(t.warning), topRule ? `${(0,summary/* code */.aY)(topRule[0])} × ${topRule[1]}` : ''];
        });
        const more = files.length > MAX_FILES ? `\n_${files.length - MAX_FILES} more files with findings are in the result file and SARIF._\n` : '';
        sections.push({ title: 'Worst files', priority: 20, body: (0,summary/* table */.tp)(['File', 'Errors', 'Warnings', 'Most frequent rule'], fileRows, ['l', 'r', 'r', 'l']) + more });
    }
    const dialectRows = DIALECTS.filter((d) => analysis.byDialect[d] > 0).map((d) => [d, String(analysis.byDialect[d])]);
    const r = analysis.refs;
    const numbers = [
        ['schemas', `${analysis.schemas} (${analysis.unparsable.length} unparsable)`],
        ['subschemas walked', String(analysis.subschemas)],
        ['$ref resolved', `${r.resolved} of ${r.total} (${r.crossFile} across files, ${r.crossDialect} across dialects)`],
        ['$ref unresolved / remote / remote allowed', `${r.unresolved} / ${r.remote} / ${r.remoteAllowed}`],
        ['examples validated', `${analysis.examples.validated} of ${analysis.examples.instances} (${analysis.examples.compiled} schemas compiled)`],
    ];
    if (analysis.closedObjects) {
        const c = analysis.closedObjects;
        numbers.push(['object schemas: closed / closed by composition / suppressed / open', `${c.closed} / ${c.coveredByComposition} / ${c.suppressed} / ${c.open}`]);
    }
    sections.push({
        title: 'Schemas',
        priority: 30,
        body: (0,summary/* table */.tp)(['Dialect', 'Schemas'], dialectRows, ['l', 'r']) + '\n' + (0,summary/* table */.tp)(['Measure', 'Value'], numbers, ['l', 'l']),
    });
    rules.forEach(([rule, list], i) => {
        const lines = list.slice(0, MAX_LISTED_PER_RULE).map((f) => `- ${(0,summary/* code */.aY)(`${f.file}:${f.line}:${f.column}`)} ${(0,summary/* escapeMarkdown */.FV)(f.message)}`);
        if (list.length > MAX_LISTED_PER_RULE)
            lines.push(`- _${list.length - MAX_LISTED_PER_RULE} more in the result file and SARIF_`);
        sections.push({ title: `${rule} (${list.length})`, collapsed: true, priority: 60 + i, body: lines.join('\n') });
    });
    return sections;
}
function worst(list) {
    let s = 'note';
    for (const f of list)
        if (RANK[f.severity] < RANK[s])
            s = f.severity;
    return s;
}

;// CONCATENATED MODULE: ./actions/schema-ids/src/gate.ts
// schema-ids: JSON Schema hygiene before publish — $id policy, the whole-repository $ref graph, closed objects,
// meta-schema validation and examples, every finding at file:line:column.












const DEFAULT_SCHEMAS = ['**/*.schema.json', 'schemas/**/*.json'];
const DEFAULT_BASELINE = '.github/schema-ids-baseline.json';
const globList = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
const options = [
    { name: 'schemas', type: 'list', separator: 'newline', default: DEFAULT_SCHEMAS, valueName: '<glob>', description: `Schema files (globs, one per line; ! excludes). node_modules and .git are never searched; examples/valid and examples/invalid folders are not schemas.` },
    { name: 'base-uri', type: 'string', default: '', valueName: '<uri>', description: 'Absolute URI the schemas are published under (e.g. https://example.com/schemas/). When set, every root $id must equal what id-pattern derives from the file path; unset, there is no id-mismatch check.' },
    { name: 'id-pattern', type: 'string', default: DEFAULT_ID_PATTERN, valueName: '<template>', description: 'Template of the expected $id: {base} (base-uri), {path} (path after id-folders), {dir} (its folder, with /), {file}, {name} (file name without .schema.json/.json), {ext}.' },
    { name: 'id-folders', type: 'list', separator: 'newline', default: [], valueName: '<from>=<to>', description: 'Folder prefixes rewritten before id-pattern applies, first match wins, e.g. "schemas/=" drops the schemas/ folder, "src/schemas/=v1/" maps it to v1/.' },
    { name: 'default-dialect', type: 'enum', values: DIALECTS, default: '2020-12', description: 'Dialect assumed for a schema without $schema (which is reported as missing-schema).' },
    { name: 'allow-remote-refs', type: 'list', separator: 'newline', default: [], valueName: '<uri-prefix>', description: 'URI prefixes of remote $refs that are accepted without a local copy; they are never fetched. Any other http(s) $ref no local schema claims is an error.' },
    { name: 'closed-objects', type: 'enum', values: ['error', 'warning', 'off'], default: 'error', description: `Severity of open-object findings (object schemas without additionalProperties/unevaluatedProperties false, composition-aware; "${ALLOW_OPEN_KEYWORD}": "<reason>" suppresses one).` },
    { name: 'strict', type: 'enum', values: ['error', 'warning', 'off'], default: 'warning', description: 'Severity of ajv strict-mode findings from compiling schemas (unknown keywords and formats, strictTypes, strictTuples).' },
    { name: 'compile', type: 'enum', values: ['needed', 'all'], default: 'needed', description: 'Which schemas ajv compiles: needed = only those with instances/examples (fast); all = every schema, so strict-mode findings cover all of them (slow on large sets).' },
    {
        name: 'instances',
        type: 'object',
        default: {},
        valueName: '<yaml>',
        description: 'Instances to validate, by schema (path or $id): globs of valid instances, or { valid: [...], invalid: [...] }. The examples/valid|invalid convention applies either way.',
        schema: {
            type: 'object',
            additionalProperties: {
                anyOf: [
                    globList,
                    { type: 'object', properties: { valid: globList, invalid: globList }, additionalProperties: false },
                ],
            },
        },
    },
    { name: 'examples', type: 'boolean', default: true, description: 'Validate files under any examples/valid/ (must pass) and examples/invalid/ (must fail) folder against the schema they name.' },
    { name: 'baseline', type: 'string', default: DEFAULT_BASELINE, valueName: '<path>', description: `Baseline file of accepted findings (rule, file, JSON pointer). A missing default file is fine.` },
    { name: 'update-baseline', type: 'boolean', default: false, description: 'Write every current finding into the baseline file and pass (review the diff before committing it).' },
];
async function run(opts, ctx) {
    const policy = makePolicy(opts['base-uri'] ?? '', opts['id-pattern'] || DEFAULT_ID_PATTERN, parseFolderMaps(opts['id-folders'] ?? []));
    const instances = await collectInstances(ctx.workspace, opts.instances ?? {}, opts.examples ?? true);
    // A file mapped as an instance is data, even when a schema glob also matches it.
    const instancePaths = new Set(instances.map((i) => i.path));
    const schemas = (await collectSchemas(ctx.workspace, opts.schemas ?? DEFAULT_SCHEMAS, (m) => ctx.log.warn(m))).filter((s) => !instancePaths.has(s.path));
    const baselinePath = opts.baseline ?? DEFAULT_BASELINE;
    const baselineFile = opts['update-baseline'] ? undefined : await readBaseline(ctx.workspace, baselinePath, baselinePath === DEFAULT_BASELINE);
    const analysis = analyze(schemas, instances, {
        policy,
        defaultDialect: opts['default-dialect'] ?? '2020-12',
        allowRemoteRefs: opts['allow-remote-refs'] ?? [],
        closedObjects: opts['closed-objects'] ?? 'error',
        strict: opts.strict ?? 'warning',
        compile: opts.compile ?? 'needed',
    });
    if (opts['update-baseline']) {
        const text = baselineText(analysis.findings);
        await (0,files/* writeFileAtomic */.Z)((0,external_node_path_.resolve)(ctx.workspace, baselinePath), text);
        const count = JSON.parse(text).entries.length;
        return {
            decision: analysis.unparsable.length ? 'error' : 'pass',
            summary: `baseline ${baselinePath} written with ${count} entries from ${analysis.findings.length} findings over ${analysis.schemas} schemas`,
            metrics: { schemas: analysis.schemas, baselineEntries: count },
            findings: [],
            outputs: { schemas: String(analysis.schemas), findings: '0' },
        };
    }
    let raw = analysis.findings;
    let baselined = 0;
    if (baselineFile) {
        const applied = applyBaseline(raw, parseBaseline(baselineFile), baselineFile.path);
        raw = [...applied.kept, ...applied.stale];
        baselined = applied.baselined;
    }
    const places = analysis.positions.locateAll(raw);
    const findings = raw.map((f, i) => {
        const { line, column } = places[i];
        return { ruleId: ruleId(f.rule), severity: f.severity, message: f.message, file: f.file, line, column };
    });
    findings.sort(result/* compareFindings */.Eg);
    const findingsByRule = {};
    for (const f of findings)
        findingsByRule[f.ruleId] = (findingsByRule[f.ruleId] ?? 0) + 1;
    const metrics = {
        schemas: analysis.schemas,
        parsed: analysis.parsed,
        unparsable: analysis.unparsable.length,
        byDialect: analysis.byDialect,
        subschemas: analysis.subschemas,
        refs: analysis.refs,
        refsResolved: analysis.refs.resolved,
        objects: analysis.closedObjects ?? null,
        examples: analysis.examples,
        findingsByRule,
        filesWithFindings: new Set(findings.map((f) => f.file)).size,
        baselined,
    };
    let decision = (0,result/* decisionFromFindings */.dc)(findings);
    // A schema that is not JSON could not be checked at all: never a pass, never a mere fail.
    if (analysis.unparsable.length)
        decision = 'error';
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const r = analysis.refs;
    const summary = `${analysis.schemas} schemas, ${r.resolved}/${r.total} $refs resolved: ` +
        (findings.length ? `${errors} errors, ${warnings} warnings in ${metrics.filesWithFindings} files` : 'no findings') +
        (analysis.unparsable.length ? `; ${analysis.unparsable.length} not parsable` : '') +
        (baselined ? ` (${baselined} baselined)` : '');
    return {
        decision,
        summary,
        metrics,
        findings,
        sections: buildSections(findings, analysis),
        outputs: {
            schemas: String(analysis.schemas),
            findings: String(findings.length),
            'unresolved-refs': String(r.unresolved + r.remote),
            'duplicate-ids': String(findingsByRule['schema/duplicate-id'] ?? 0),
        },
        sarif: [
            {
                tool: 'release-gates/schema-ids',
                category: 'release-gates/schema-ids',
                version: version/* VERSION */.x,
                informationUri: 'https://github.com/release-gates/release-gates/tree/main/actions/schema-ids',
                rules: Object.entries(RULES).map(([rule, text]) => ({ id: ruleId(rule), shortDescription: text })),
                results: findings,
            },
        ],
    };
}
const gate = {
    name: 'schema-ids',
    title: 'JSON Schema hygiene',
    description: 'Checks JSON Schemas before publish: parse hygiene, dialect and meta-schema, $id policy and uniqueness, the whole-repository $ref graph (offline), closed objects, examples.',
    options,
    run,
};
/* harmony default export */ const src_gate = (gate);


/***/ })

};
