export const id = 460;
export const ids = [460];
export const modules = {

/***/ 9760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ ruleFamily),
/* harmony export */   x: () => (/* binding */ primaryFamily)
/* harmony export */ });
// Rule families: each scanner names the same kind of secret differently (gitleaks `aws-access-token`,
// trufflehog `AWS`, detect-secrets `AWS Access Key`, secretlint `@secretlint/secretlint-rule-aws`).
// Families are deliberately coarse so the same secret lands in the same family whoever found it.
const FAMILIES = [
    ['private-key', /private[\s_-]*key|privatekey|\brsa\b|rsa-pk|\bpem\b|openssh|\bssh\b|pgp|asymmetric|pkcs/],
    ['aws', /\baws\b|aws[\s_-]|amazon|secretlint-rule-aws/],
    ['github', /github|\bgh[pousr]\b/],
    ['gitlab', /gitlab/],
    ['slack', /slack/],
    ['stripe', /stripe/],
    ['google', /google|\bgcp\b|firebase/],
    ['azure', /azure/],
    ['npm', /\bnpm\b|npmrc|npm[\s_-]/],
    ['pypi', /pypi/],
    ['twilio', /twilio/],
    ['sendgrid', /sendgrid/],
    ['mailchimp', /mailchimp/],
    ['openai', /openai/],
    ['anthropic', /anthropic/],
    ['jwt', /\bjwt\b|jwt[\s_-]/],
    ['basic-auth', /basic[\s_-]*auth|\buri\b|url[\s_-]*(with[\s_-]*)?(password|credential)|database[\s_-]*url|\bdb[\s_-]*url/],
    ['generic', /generic|keyword|entropy|password|passwd|secret|api[\s_-]*key|token|credential/],
];
// Reports repeat a few dozen rule names thousands of times: remember each answer, and the last one
// apart (neighbouring findings mostly share a rule; comparing is cheaper than hashing each copy).
const cache = new Map();
let lastRule;
let lastFamily = '';
/** Canonical family of a scanner's rule name; unknown names keep a slug of their own. */
function ruleFamily(rule) {
    if (rule === lastRule)
        return lastFamily;
    let family = cache.get(rule);
    if (family === undefined) {
        family = classify(rule);
        if (cache.size < 10_000)
            cache.set(rule, family);
    }
    lastRule = rule;
    lastFamily = family;
    return family;
}
function classify(rule) {
    const lower = rule.toLowerCase();
    for (const [family, pattern] of FAMILIES)
        if (pattern.test(lower))
            return family;
    const slug = lower.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
    return slug || 'generic';
}
/** The family a merged finding is filed under: the most specific one, `generic` only if nothing else. */
function primaryFamily(families) {
    const specific = [...new Set(families)].filter((f) => f !== 'generic').sort();
    return specific[0] ?? 'generic';
}


/***/ }),

/***/ 3938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ru: () => (/* binding */ sha1Hex),
/* harmony export */   So: () => (/* binding */ isMasked),
/* harmony export */   Up: () => (/* binding */ Fingerprinter),
/* harmony export */   Vr: () => (/* binding */ lineWindow),
/* harmony export */   fd: () => (/* binding */ normaliseSecret),
/* harmony export */   se: () => (/* binding */ keyFindings)
/* harmony export */ });
/* unused harmony export HmacSha256 */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Fingerprints that never reveal the secret and survive line moves, rebases and squash merges.
//
//  sv1:<hex>  value key     HMAC-SHA256(salt, "value\0" + family + "\0" + sha1(normalised secret))
//  lv1:<hex>  location key  HMAC-SHA256(salt, "location\0" + path + "\0" + normalised line window)
//  pv1:<hex>  position key  HMAC-SHA256(salt, "position\0" + path + "\0" + family + "\0" + line) — only
//             when neither the secret nor the lines are available (e.g. a history-only finding).
//
// The value key hashes sha1(secret) rather than the secret itself so a detect-secrets baseline, which
// only holds sha1(secret), yields the same key as a scanner that reports the secret. The sha1 is an
// intermediate in memory; only the salted HMAC is ever written.

function sha1Hex(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha1', text, 'hex');
}
const BLOCK = 64;
/**
 * HMAC-SHA256 (RFC 2104) with the key pads computed once: createHmac re-derives them on every call,
 * which made it the slowest step of a 200,000-finding run. Per call it allocates no Buffer either:
 * the message is written after the ipad block into one reusable buffer, hashed through a cached view
 * of the right length, and the inner digest comes back as a binary (latin1) string written after the opad
 * block (about 2x faster than a 'buffer' digest and a copy).
 */
class HmacSha256 {
    /** ipad block followed by room for the message, reused across calls (no per-call concat). */
    inner;
    /** views[n]: the ipad block and n message bytes (a subarray per call costs a Buffer each). */
    views = [];
    /** opad block followed by the 32-byte inner digest. */
    outer = Buffer.alloc(BLOCK + 32);
    ipad = Buffer.alloc(BLOCK);
    constructor(key) {
        let k = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
        if (k.length > BLOCK)
            k = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', k, 'buffer');
        const block = Buffer.alloc(BLOCK);
        k.copy(block);
        for (let i = 0; i < BLOCK; i++) {
            this.ipad[i] = block[i] ^ 0x36;
            this.outer[i] = block[i] ^ 0x5c;
        }
        this.inner = this.withRoom(256);
    }
    withRoom(room) {
        const inner = Buffer.alloc(BLOCK + room);
        this.ipad.copy(inner);
        this.views = [];
        return inner;
    }
    hex(message) {
        // UTF-8 takes at most 3 bytes per UTF-16 unit: count exactly only when that bound does not fit.
        if (BLOCK + message.length * 3 > this.inner.length) {
            const room = Buffer.byteLength(message, 'utf8');
            if (BLOCK + room > this.inner.length)
                this.inner = this.withRoom(room * 2);
        }
        const length = this.inner.write(message, BLOCK, 'utf8');
        const view = (this.views[length] ??= new Uint8Array(this.inner.buffer, this.inner.byteOffset, BLOCK + length));
        this.outer.write((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', view, 'binary'), BLOCK, 'binary');
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', this.outer, 'hex');
    }
}
/** Put a secret into the form every scanner would agree on. */
function normaliseSecret(raw) {
    let s = raw.replace(/\r\n?/g, '\n').trim();
    // Quoted values: scanners disagree on whether the quotes belong to the match.
    if (s.length >= 2 && (s[0] === '"' || s[0] === "'" || s[0] === '`') && s[s.length - 1] === s[0])
        s = s.slice(1, -1).trim();
    // PEM blocks: line wrapping and indentation are presentation, not content.
    if (s.includes('-----BEGIN'))
        s = s.replace(/\s+/g, '');
    return s;
}
/**
 * True when a scanner gave a masked stand-in rather than the secret: gitleaks `REDACTED` or
 * `prefix...` (--redact=N), asterisk masks (secretlint, trufflehog URIs, gitleaks baselines).
 */
function isMasked(value) {
    const v = value.trim();
    if (v === '')
        return true;
    // Both asterisk masks need an asterisk: most secrets have none, and skip the regex.
    if (v.includes('*') && (/^\*+$/.test(v) || v.includes('***')))
        return true;
    if (v.includes('REDACTED'))
        return true;
    if (v.endsWith('...') && v.length <= 64)
        return true;
    return false;
}
class Fingerprinter {
    mac;
    constructor(salt) {
        this.mac = new HmacSha256(salt);
    }
    hmac(text) {
        return this.mac.hex(text);
    }
    value(family, secretSha1) {
        return `sv1:${this.hmac(`value\0${family}\0${secretSha1}`)}`;
    }
    location(path, window) {
        return `lv1:${this.hmac(`location\0${path}\0${window}`)}`;
    }
    position(path, family, line) {
        return `pv1:${this.hmac(`position\0${path}\0${family}\0${line ?? 0}`)}`;
    }
    /** A short, salted id of the salt itself, written into the baseline to detect a changed salt. */
    saltCheck() {
        return this.hmac('release-gates/secret-scan salt check').slice(0, 12);
    }
}
/**
 * Hash what can be hashed per finding, where the report is parsed (on the report thread for large
 * runs): sha1 of the secret, which then replaces it, and the value key under the finding's own family.
 * Merging needs nothing else of the secret.
 */
function keyFindings(findings, fp) {
    for (const raw of findings) {
        if (raw.secret !== undefined && raw.secret !== '')
            raw.secretSha1 = sha1Hex(raw.secret);
        raw.secret = undefined;
        if (raw.secretSha1)
            raw.valueKey = fp.value(raw.family, raw.secretSha1);
    }
}
/** The lines a finding covers, trimmed and joined: the content part of a location key. */
function lineWindow(lines, line, endLine) {
    if (line < 1 || line > lines.length)
        return undefined;
    const last = Math.min(Math.max(endLine ?? line, line), line + 4, lines.length);
    const window = lines.slice(line - 1, last).map((l) => l.trim());
    const text = window.join('\n');
    return text === '' ? undefined : text;
}


/***/ }),

/***/ 4708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H6: () => (/* binding */ ingestJsonLinesPart),
  sq: () => (/* binding */ ingestText),
  YE: () => (/* binding */ ingestValue),
  xE: () => (/* binding */ parseReportSpec),
  JU: () => (/* binding */ startsAsJsonLines)
});

// UNUSED EXPORTS: TOOL_PREFIXES

// EXTERNAL MODULE: ./actions/common/src/errors.ts
var errors = __webpack_require__(8860);
;// CONCATENATED MODULE: ./actions/secret-scan/src/array-slices.ts
// A large JSON array of objects (gitleaks, secretlint, GitHub alerts) parsed a slice of elements at a
// time: each slice's tree is walked and dropped before the next one is built, so it dies young. Parsed
// whole, a 30 MB report's tree lives until it has been walked, and every garbage collection meanwhile
// copies it (about half the collector's time on such a report).
//
// Slices are cut without a parser: at a `,` followed by `{` and the key the first element starts
// with. That `{"key"` cannot lie inside a JSON string (its quote would end the string), so it starts
// an object; a cut inside an element (a nested object with the same first key) leaves slices with
// unbalanced brackets, which JSON.parse rejects. So when every slice parses as a non-empty array,
// the text is exactly `[` slice `,` slice ... `]`, and its elements are the slices' in order. When one
// does not, the caller parses the text whole, which also reports a real error by line.
/** About how many characters a slice holds. */
const SLICE_CHARS = 1 << 20;
function isJsonSpace(c) {
    return c === 32 || c === 10 || c === 13 || c === 9;
}
function skipSpace(text, at) {
    while (at < text.length && isJsonSpace(text.charCodeAt(at)))
        at++;
    return at;
}
/** Where the elements of a JSON array of objects lie, or undefined when the text does not start and end like one. */
function layoutOf(text) {
    const open = skipSpace(text, 0);
    if (text.charCodeAt(open) !== 91 /* [ */)
        return undefined;
    let end = text.length - 1;
    while (end > open && isJsonSpace(text.charCodeAt(end)))
        end--;
    if (text.charCodeAt(end) !== 93 /* ] */)
        return undefined;
    const brace = skipSpace(text, open + 1);
    if (text.charCodeAt(brace) !== 123 /* { */)
        return undefined;
    const quote = skipSpace(text, brace + 1);
    if (text.charCodeAt(quote) !== 34 /* " */)
        return undefined;
    const close = text.indexOf('"', quote + 1);
    // A key with escapes would not be found verbatim in the text.
    if (close === -1 || close > end || text.slice(quote, close).includes('\\'))
        return undefined;
    return { start: open + 1, end, key: text.slice(quote, close + 1) };
}
/** The index of the `,` before the first `{` `key` at or after `from` (JSON spaces allowed between), or -1. */
function nextCut(text, key, from, end) {
    for (let at = text.indexOf(key, from); at !== -1 && at < end; at = text.indexOf(key, at + key.length)) {
        let i = at - 1;
        while (isJsonSpace(text.charCodeAt(i)))
            i--;
        if (text.charCodeAt(i) !== 123 /* { */)
            continue;
        i--;
        while (isJsonSpace(text.charCodeAt(i)))
            i--;
        if (text.charCodeAt(i) === 44 /* , */)
            return i;
    }
    return -1;
}
/**
 * The elements of `text`, a JSON array of objects, one slice at a time (each slice's elements, with
 * the index of its first). Returns true when every slice parsed; false, having stopped at the first
 * slice that did not parse as a non-empty array, when the text must be parsed whole instead. Yields
 * nothing and returns false when the text does not look like an array of objects.
 */
function* arraySlices(text, size = SLICE_CHARS) {
    const layout = layoutOf(text);
    if (!layout)
        return false;
    const { key, end } = layout;
    let first = 0;
    for (let start = layout.start; start < end;) {
        let cut = nextCut(text, key, start + size, end);
        if (cut === -1)
            cut = end;
        let elements;
        try {
            elements = JSON.parse(`[${text.slice(start, cut)}]`);
        }
        catch {
            return false;
        }
        if (!Array.isArray(elements) || elements.length === 0)
            return false;
        yield { elements, first };
        first += elements.length;
        start = cut + 1;
    }
    return true;
}

// EXTERNAL MODULE: ./actions/secret-scan/src/json.ts
var json = __webpack_require__(3050);
// EXTERNAL MODULE: ./actions/secret-scan/src/fingerprint.ts
var fingerprint = __webpack_require__(3938);
;// CONCATENATED MODULE: ./actions/secret-scan/src/formats/common.ts
// Shared helpers for the report parsers: a sink that receives findings and raw values, and tolerant
// field readers (scanner versions disagree on which fields exist).


function rec(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** A positive integer line number, or undefined (0, negative and non-numbers mean "unknown"). */
function lineNo(value) {
    const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}
/** The secret as reported, unless the scanner masked it. */
function unmasked(value) {
    const s = str(value);
    return s !== undefined && !(0,fingerprint/* isMasked */.So)(s) ? s : undefined;
}
// Findings cluster in few files: remember each path's normal form, per workspace.
const pathCaches = new Map();
/** Repository-relative, `/`-separated path from whatever form a scanner used. */
function normalisePath(raw, workspace) {
    if (!raw)
        return undefined;
    // Most paths are already repository-relative: nothing to trim, decode, convert or strip. They are
    // also mostly distinct (a cache of them only grows), so answer those without the cache.
    if (isPlainRelative(raw, workspace))
        return raw;
    const absolute = plainAbsolute(raw, workspace);
    if (absolute !== undefined)
        return absolute;
    let cache = pathCaches.get(workspace ?? '');
    if (!cache)
        pathCaches.set(workspace ?? '', (cache = new Map()));
    const hit = cache.get(raw);
    if (hit !== undefined || cache.has(raw))
        return hit;
    const p = normalise(raw, workspace);
    if (cache.size > 100_000)
        cache.clear();
    cache.set(raw, p);
    return p;
}
/** True when `normalise` would return `raw` unchanged (checked without allocating). */
function isPlainRelative(raw, workspace) {
    const first = raw.charCodeAt(0);
    // '.' and '/' may be stripped; whitespace trimmed; 'f'/'F' may start a file: URI.
    if (first === 46 || first === 47 || first === 102 || first === 70 || first <= 32 || raw.charCodeAt(raw.length - 1) <= 32)
        return false;
    if (raw.includes('\\') || raw.trim().length !== raw.length)
        return false;
    // A POSIX workspace starts with '/', which this path does not; a Windows one (C:/...) might prefix it.
    if (!workspace || workspace.charCodeAt(0) === 47)
        return true;
    return !raw.startsWith(workspace.replace(/\\/g, '/').replace(/\/$/, '') + '/');
}
const workspacePrefixes = new Map();
/** The workspace as `normalise` compares it: `/` separators and one trailing `/`. */
function workspacePrefix(workspace) {
    let prefix = workspacePrefixes.get(workspace);
    if (prefix === undefined) {
        prefix = workspace.replace(/\\/g, '/').replace(/\/$/, '') + '/';
        if (workspacePrefixes.size < 16)
            workspacePrefixes.set(workspace, prefix);
    }
    return prefix;
}
/**
 * `normalise` of an absolute POSIX path that needs nothing but its workspace prefix or its leading
 * `/` removed (secretlint writes absolute paths, one distinct path per finding), else undefined.
 * Checked without allocating, so distinct paths skip the cache too.
 */
function plainAbsolute(raw, workspace) {
    // One leading '/', then not '/' or '.' (what the later steps of normalise would strip); no
    // backslash to convert, no surrounding whitespace to trim, no file: URI.
    if (raw.charCodeAt(0) !== 47 || raw.length < 2)
        return undefined;
    const second = raw.charCodeAt(1);
    if (second === 47 || second === 46 || raw.charCodeAt(raw.length - 1) <= 32 || raw.includes('\\') || raw.trim().length !== raw.length)
        return undefined;
    if (workspace) {
        const prefix = workspacePrefix(workspace);
        if (raw.startsWith(prefix)) {
            const rest = raw.slice(prefix.length);
            const first = rest.charCodeAt(0);
            return rest === '' || first === 47 || first === 46 ? undefined : rest;
        }
    }
    return raw.slice(1);
}
/** The uncached, unshortcut normal form (exported for tests). */
function normalise(raw, workspace) {
    let p = raw.trim();
    if (/^file:/i.test(p)) {
        p = p.replace(/^file:(\/\/[^/]*)?/i, '');
        try {
            p = decodeURIComponent(p);
        }
        catch {
            // Leave undecodable escapes as they are.
        }
        if (/^\/[A-Za-z]:\//.test(p))
            p = p.slice(1);
    }
    p = p.replace(/\\/g, '/');
    if (workspace) {
        const ws = workspace.replace(/\\/g, '/').replace(/\/$/, '') + '/';
        if (p.startsWith(ws))
            p = p.slice(ws.length);
    }
    p = p.replace(/^(\.\/)+/, '').replace(/^\/+/, '');
    return p === '' ? undefined : p;
}
/** Percent-decoded SARIF artifact URI (relative URIs are repository paths). */
function decodeUri(uri) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(uri) && !/^file:/i.test(uri))
        return uri;
    try {
        return decodeURIComponent(uri);
    }
    catch {
        return uri;
    }
}
function entryError(sink, index, message, line) {
    return new errors/* InputError */.dz(`entry ${index + 1}: ${message}`, sink.report, line);
}
/** Register every string found in a JSON value (for fields that may hold secret material). */
function rawDeep(value, sink, depth = 0) {
    if (depth > 8 || value === null || value === undefined)
        return;
    if (typeof value === 'string')
        sink.raw(value);
    else if (Array.isArray(value))
        for (const v of value)
            rawDeep(v, sink, depth + 1);
    else if (typeof value === 'object')
        for (const v of Object.values(value))
            rawDeep(v, sink, depth + 1);
}

// EXTERNAL MODULE: ./actions/secret-scan/src/family.ts
var src_family = __webpack_require__(9760);
;// CONCATENATED MODULE: ./actions/secret-scan/src/formats/gitleaks.ts
// gitleaks reports: JSON v8 (PascalCase `Finding`), legacy v7 JSON (lowercase `offender`...), and CSV.
// Fields that carry the secret or personal data (Secret, Match, Line/line, offender, Email) are
// registered as raw values and never copied into a finding.




function isGitleaksV8(entry) {
    return 'RuleID' in entry || ('Secret' in entry && 'StartLine' in entry);
}
function isGitleaksV7(entry) {
    return 'offender' in entry || ('rule' in entry && 'commitMessage' in entry);
}
function v8(e, sink) {
    const secret = unmasked(e.Secret);
    sink.raw(e.Secret);
    sink.raw(e.Email);
    // With the secret registered, any text containing it is covered; without it, the match is all there is.
    if (secret === undefined)
        for (const key of ['Match', 'Line', 'Fragment'])
            sink.raw(e[key]);
    const rule = str(e.RuleID) ?? str(e.Description) ?? 'unknown';
    const line = lineNo(e.StartLine);
    sink.push({
        tool: 'gitleaks',
        rule,
        family: (0,src_family/* ruleFamily */.V)(rule),
        file: normalisePath(str(e.SymlinkFile) ?? str(e.File), sink.workspace),
        line,
        endLine: line !== undefined ? lineNo(e.EndLine) : undefined,
        commit: str(e.Commit),
        verification: 'unverified',
        secret: secret !== undefined ? (0,fingerprint/* normaliseSecret */.fd)(secret) : undefined,
        report: sink.report,
    });
}
function v7(e, sink) {
    const secret = unmasked(e.offender);
    sink.raw(e.offender);
    sink.raw(e.email);
    if (secret === undefined)
        sink.raw(e.line);
    const rule = str(e.rule) ?? 'unknown';
    sink.push({
        tool: 'gitleaks',
        rule,
        family: (0,src_family/* ruleFamily */.V)(rule),
        file: normalisePath(str(e.file), sink.workspace),
        line: lineNo(e.lineNumber),
        commit: str(e.commit),
        verification: 'unverified',
        secret: secret !== undefined ? (0,fingerprint/* normaliseSecret */.fd)(secret) : undefined,
        report: sink.report,
    });
}
/** A gitleaks JSON report: an array of v8 or v7 findings (`null` and `[]` are empty reports); `first` numbers the entries of a slice of it. */
function parseGitleaksJson(value, sink, first = 0) {
    sink.tool('gitleaks');
    value.forEach((item, index) => {
        const e = rec(item);
        if (!e)
            throw entryError(sink, first + index, 'not an object');
        if (isGitleaksV8(e))
            v8(e, sink);
        else if (isGitleaksV7(e))
            v7(e, sink);
        else
            throw entryError(sink, first + index, 'neither a gitleaks v8 nor a v7 finding');
    });
}
/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines), with each row's first line. */
function parseCsv(text, file) {
    const rows = [];
    let row = [];
    let cell = '';
    let quoted = false;
    let line = 1;
    let rowLine = 1;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"') {
                if (text[i + 1] === '"') {
                    cell += '"';
                    i++;
                }
                else
                    quoted = false;
            }
            else {
                if (c === '\n')
                    line++;
                cell += c;
            }
            continue;
        }
        if (c === '"' && cell === '')
            quoted = true;
        else if (c === ',') {
            row.push(cell);
            cell = '';
        }
        else if (c === '\n' || c === '\r') {
            if (c === '\r' && text[i + 1] === '\n')
                i++;
            row.push(cell);
            if (row.length > 1 || row[0] !== '')
                rows.push({ cells: row, line: rowLine });
            row = [];
            cell = '';
            line++;
            rowLine = line;
        }
        else
            cell += c;
    }
    if (quoted)
        throw new errors/* InputError */.dz('CSV ends inside a quoted field (truncated file?)', file, rowLine);
    if (cell !== '' || row.length) {
        row.push(cell);
        rows.push({ cells: row, line: rowLine });
    }
    return rows;
}
/** gitleaks `--report-format csv`: a header row naming the v8 fields, one finding per row. */
function parseGitleaksCsv(text, sink) {
    sink.tool('gitleaks');
    const rows = parseCsv(text, sink.report);
    const header = rows[0];
    if (!header)
        return;
    const names = header.cells.map((h) => h.trim());
    if (!names.includes('RuleID'))
        throw new errors/* InputError */.dz('CSV header has no RuleID column: not a gitleaks report', sink.report, 1);
    for (const row of rows.slice(1)) {
        if (row.cells.length !== names.length) {
            throw new errors/* InputError */.dz(`row has ${row.cells.length} fields, the header has ${names.length}`, sink.report, row.line);
        }
        const e = {};
        names.forEach((name, i) => {
            const v = row.cells[i];
            e[name] = /^(StartLine|EndLine|StartColumn|EndColumn)$/.test(name) && /^\d+$/.test(v) ? Number(v) : v;
        });
        v8(e, sink);
    }
}

;// CONCATENATED MODULE: ./actions/secret-scan/src/formats/trufflehog.ts
// trufflehog v3 `--json`: JSON Lines, one result per line. Before 3.14.0 `Raw`/`RawV2` were base64 of
// the bytes; later versions write the text. `Raw`, `RawV2`, `Redacted`, `SecretParts` and the
// committer e-mail are raw values: registered, never copied.




function isTrufflehogResult(e) {
    return 'SourceMetadata' in e && ('DetectorName' in e || 'DetectorType' in e);
}
/** trufflehog's own log lines (`--json` logs go to stderr, but 2>&1 mixes them in). */
function isLogLine(e) {
    return 'level' in e && 'msg' in e && !('SourceMetadata' in e);
}
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/**
 * Pre-3.14 reports base64-encoded `Raw`. They also lack `DecoderName` (added later), so decode only
 * then, and only when the result is printable text that re-encodes to the same string.
 */
function decodeLegacyRaw(raw, e) {
    if ('DecoderName' in e || raw.length < 8 || !BASE64.test(raw))
        return raw;
    const buf = Buffer.from(raw, 'base64');
    if (buf.toString('base64') !== raw)
        return raw;
    const text = buf.toString('utf8');
    if (text.includes('\uFFFD') || /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text))
        return raw;
    return text;
}
function verification(e) {
    if (e.Verified === true)
        return 'verified';
    if (str(e.VerificationError))
        return 'unknown';
    return 'unverified';
}
/** The source-specific metadata object (Git, Github, Filesystem, S3, ...): whichever one is present. */
function sourceData(e) {
    const data = rec(rec(e.SourceMetadata)?.Data) ?? {};
    // for...in rather than Object.values: no array per result (and JSON objects have no inherited keys).
    for (const key in data) {
        const r = rec(data[key]);
        if (r)
            return r;
    }
    return {};
}
function parseTrufflehogResult(e, sink) {
    const raw = str(e.Raw);
    const rawV2 = str(e.RawV2);
    const decoded = raw !== undefined ? decodeLegacyRaw(raw, e) : undefined;
    const decodedV2 = rawV2 !== undefined ? decodeLegacyRaw(rawV2, e) : undefined;
    for (const v of [raw, decoded, rawV2, decodedV2, e.Redacted])
        sink.raw(v);
    rawDeep(e.SecretParts, sink);
    rawDeep(e.ExtraData, sink);
    rawDeep(e.StructuredData, sink);
    const d = sourceData(e);
    sink.raw(d.email);
    const rule = str(e.DetectorName) ?? (e.DetectorType !== undefined ? `detector-${String(e.DetectorType)}` : 'unknown');
    const secret = unmasked(decoded) ?? unmasked(decodedV2);
    sink.push({
        tool: 'trufflehog',
        rule,
        family: (0,src_family/* ruleFamily */.V)(rule),
        file: normalisePath(str(d.file) ?? str(d.path) ?? str(d.filename) ?? str(d.object) ?? str(d.key), sink.workspace),
        line: lineNo(d.line),
        commit: str(d.commit),
        verification: verification(e),
        secret: secret !== undefined ? (0,fingerprint/* normaliseSecret */.fd)(secret) : undefined,
        report: sink.report,
    });
}
/** Parse one JSON Lines report, reporting the line of the first malformed or foreign record. */
function parseTrufflehogLines(lines, sink, parseLine) {
    sink.tool('trufflehog');
    for (const { text, line } of lines) {
        if (text.trim() === '')
            continue;
        const e = rec(parseLine(text, line));
        if (!e)
            throw new errors/* InputError */.dz('expected a JSON object on each line', sink.report, line);
        if (isLogLine(e))
            continue;
        if (!isTrufflehogResult(e))
            throw new errors/* InputError */.dz('not a trufflehog result (no SourceMetadata/DetectorName)', sink.report, line);
        parseTrufflehogResult(e, sink);
    }
}

;// CONCATENATED MODULE: ./actions/secret-scan/src/formats/detect-secrets.ts
// detect-secrets baselines (1.x and pre-1.0, whose entries lack `filename`) and `audit --report`
// output. `hashed_secret` is an unsalted sha1 of the secret: it is used in memory to match the same
// secret from other scanners and is never written.



function isDetectSecretsBaseline(v) {
    return rec(v.results) !== undefined && ('plugins_used' in v || 'generated_at' in v || 'exclude' in v || 'filters_used' in v);
}
function isDetectSecretsAudit(v) {
    const results = v.results;
    return Array.isArray(results) && results.length > 0 && results.every((r) => rec(r) !== undefined && 'secrets' in rec(r) && 'filename' in rec(r));
}
const SHA1 = /^[0-9a-f]{40}$/;
function parseDetectSecretsBaseline(v, sink) {
    sink.tool('detect-secrets');
    let index = 0;
    for (const [key, list] of Object.entries(rec(v.results) ?? {})) {
        if (!Array.isArray(list))
            throw entryError(sink, index, `results[${JSON.stringify(key)}] is not a list`);
        for (const item of list) {
            const e = rec(item);
            if (!e)
                throw entryError(sink, index, 'not an object');
            sink.raw(e.hashed_secret);
            const type = str(e.type) ?? 'unknown';
            const hash = str(e.hashed_secret)?.toLowerCase();
            let verification = 'unverified';
            // is_verified: the plugin verified it live; is_secret: a person audited it as a real secret.
            if (e.is_verified === true || e.is_secret === true)
                verification = 'verified';
            sink.push({
                tool: 'detect-secrets',
                rule: type,
                family: (0,src_family/* ruleFamily */.V)(type),
                file: normalisePath(str(e.filename) ?? key, sink.workspace),
                line: lineNo(e.line_number),
                verification,
                secretSha1: hash && SHA1.test(hash) ? hash : undefined,
                suppressedAtSource: e.is_secret === false ? 'audited as a false positive in the detect-secrets baseline' : undefined,
                report: sink.report,
            });
            index++;
        }
    }
}
/** `detect-secrets audit --report`: plaintext secrets with their lines, types and audit category. */
function parseDetectSecretsAudit(v, sink) {
    sink.tool('detect-secrets');
    const results = v.results;
    results.forEach((item, index) => {
        const e = rec(item);
        if (!e)
            throw entryError(sink, index, 'not an object');
        sink.raw(e.secrets);
        const lines = rec(e.lines) ?? {};
        for (const text of Object.values(lines))
            sink.raw(text);
        const types = Array.isArray(e.types) ? e.types.filter((t) => typeof t === 'string') : [];
        const rule = types[0] ?? 'unknown';
        const family = (0,src_family/* primaryFamily */.x)(types.map(src_family/* ruleFamily */.V));
        const category = str(e.category) ?? '';
        const secret = unmasked(e.secrets);
        const numbers = Object.keys(lines).map(lineNo).filter((n) => n !== undefined);
        for (const line of numbers.length ? numbers : [undefined]) {
            sink.push({
                tool: 'detect-secrets',
                rule,
                family,
                file: normalisePath(str(e.filename), sink.workspace),
                line,
                verification: category === 'VERIFIED_TRUE' ? 'verified' : 'unverified',
                secret: secret !== undefined ? (0,fingerprint/* normaliseSecret */.fd)(secret) : undefined,
                suppressedAtSource: category === 'VERIFIED_FALSE' ? 'audited as a false positive (detect-secrets audit)' : undefined,
                report: sink.report,
            });
        }
    });
}

;// CONCATENATED MODULE: ./actions/secret-scan/src/formats/secretlint.ts
// secretlint `--format json` (an array of SecretLintCoreResult) and its `github` formatter output.
// `sourceContent` is the whole scanned file, secret included: only the matched range is taken from
// it (as the secret, in memory), and nothing else of it is kept.




function isSecretlintResult(e) {
    return 'filePath' in e && 'messages' in e;
}
/** secretlint rule ids are package names; the family comes from the rule itself, not the preset. */
function ruleName(m) {
    return str(m.ruleId) ?? 'unknown';
}
/** `first`: the report's index of value[0], for error messages (a slice of a large report, see array-slices.ts). */
function parseSecretlintJson(value, sink, first = 0) {
    sink.tool('secretlint');
    value.forEach((item, index) => {
        const e = rec(item);
        if (!e || !isSecretlintResult(e))
            throw entryError(sink, first + index, 'not a secretlint result (filePath, messages)');
        const content = typeof e.sourceContent === 'string' ? e.sourceContent : undefined;
        const messages = Array.isArray(e.messages) ? e.messages : [];
        const file = normalisePath(str(e.filePath), sink.workspace);
        for (const mi of messages) {
            const m = rec(mi);
            if (!m)
                throw entryError(sink, first + index, 'a message is not an object');
            const range = Array.isArray(m.range) ? m.range : [];
            const [start, end] = range;
            let secret;
            if (content && typeof start === 'number' && typeof end === 'number' && start >= 0 && end > start && end <= content.length) {
                secret = content.slice(start, end);
                sink.raw(secret);
            }
            // Unmasked runs (--no-maskSecrets) repeat the secret in `message` and `data`.
            sink.raw(m.message);
            const data = rec(m.data);
            if (data)
                for (const v of Object.values(data))
                    if (typeof v === 'string' && (!content || content.includes(v)))
                        sink.raw(v);
            const loc = rec(m.loc);
            const rule = ruleName(m);
            const clean = secret !== undefined ? unmasked(secret) : undefined;
            sink.push({
                tool: 'secretlint',
                rule,
                family: (0,src_family/* ruleFamily */.V)(rule),
                file,
                line: lineNo(rec(loc?.start)?.line),
                endLine: lineNo(rec(loc?.end)?.line),
                verification: 'unverified',
                secret: clean !== undefined ? (0,fingerprint/* normaliseSecret */.fd)(clean) : undefined,
                report: sink.report,
            });
        }
    });
}
const COMMAND = /^::(error|warning|notice)( [^:]*)?::(.*)$/;
/** secretlint `--format github`: workflow commands; the message may hold the secret, so it is not kept. */
function parseSecretlintGithub(text, sink) {
    sink.tool('secretlint');
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        if (raw.trim() === '')
            return;
        const m = COMMAND.exec(raw);
        if (!m)
            throw new errors/* InputError */.dz('not a workflow command (::error file=...::message)', sink.report, i + 1);
        sink.raw(m[3]);
        const props = {};
        for (const part of (m[2] ?? '').trim().split(',')) {
            const eq = part.indexOf('=');
            if (eq > 0)
                props[part.slice(0, eq)] = decodeProperty(part.slice(eq + 1));
        }
        const rule = (props.title ?? 'unknown').replace(/^TextLint->/, '');
        const line = lineNo(props.line);
        sink.push({
            tool: 'secretlint',
            rule,
            family: (0,src_family/* ruleFamily */.V)(rule.split('>').pop() ?? rule),
            file: normalisePath(props.file, sink.workspace),
            line,
            endLine: line !== undefined ? lineNo(props.endLine) : undefined,
            verification: 'unverified',
            report: sink.report,
        });
    });
}
function decodeProperty(v) {
    return v.replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%25/g, '%');
}

;// CONCATENATED MODULE: ./actions/secret-scan/src/formats/github.ts
// GitHub secret scanning alerts, as returned by GET /repos/{owner}/{repo}/secret-scanning/alerts.
// The list endpoint returns the plaintext `secret`; `validity: active` means GitHub verified it live.



function isGithubAlert(e) {
    return 'secret_type' in e && ('number' in e || 'state' in e);
}
function github_verification(validity) {
    if (validity === 'active')
        return 'verified';
    if (validity === 'inactive')
        return 'unverified';
    return 'unknown';
}
/** `first`: the report's index of value[0], for error messages (a slice of a large report, see array-slices.ts). */
function parseGithubAlerts(value, sink, first = 0) {
    sink.tool('github-secret-scanning');
    value.forEach((item, index) => {
        const e = rec(item);
        if (!e || !isGithubAlert(e))
            throw entryError(sink, first + index, 'not a secret scanning alert (secret_type, number, state)');
        const secretRaw = str(e.secret);
        sink.raw(secretRaw);
        let secret = secretRaw;
        if (secretRaw && e.is_base64_encoded === true) {
            const decoded = Buffer.from(secretRaw, 'base64').toString('utf8');
            sink.raw(decoded);
        }
        const type = str(e.secret_type) ?? 'unknown';
        const loc = rec(e.first_location_detected);
        const line = lineNo(loc?.start_line);
        const state = str(e.state);
        secret = unmasked(secret);
        sink.push({
            tool: 'github-secret-scanning',
            rule: type,
            family: (0,src_family/* primaryFamily */.x)([(0,src_family/* ruleFamily */.V)(type), (0,src_family/* ruleFamily */.V)(str(e.secret_type_display_name) ?? type)]),
            file: normalisePath(str(loc?.path), sink.workspace),
            line,
            endLine: line !== undefined ? lineNo(loc?.end_line) : undefined,
            commit: str(loc?.commit_sha),
            verification: github_verification(str(e.validity)),
            secret: secret !== undefined ? (0,fingerprint/* normaliseSecret */.fd)(secret) : undefined,
            suppressedAtSource: state === 'resolved' ? `resolved on GitHub as ${str(e.resolution) ?? 'unspecified'}` : undefined,
            report: sink.report,
        });
    });
}

// EXTERNAL MODULE: ./actions/secret-scan/src/model.ts
var model = __webpack_require__(8051);
;// CONCATENATED MODULE: ./actions/secret-scan/src/formats/sarif.ts
// SARIF 2.1.0 from any producer, with the secret scanners' dialects: gitleaks (snippet = the secret in
// v8; v7 puts the whole line in the snippet and the secret in properties.offender, e-mails in
// partialFingerprints), trufflehog (level error = verified), secretlint (`parent > rule` ids).
// Suppressions are honoured (accepted, or no status); results with baselineState `absent` are gone.





function isSarif(v) {
    return Array.isArray(v.runs) && (typeof v.version === 'string' || typeof v.$schema === 'string');
}
function ruleIdOf(result, rules) {
    const id = str(result.ruleId) ?? str(rec(result.rule)?.id);
    if (id)
        return id;
    const index = typeof result.ruleIndex === 'number' ? result.ruleIndex : rec(result.rule)?.index;
    if (typeof index === 'number') {
        const rule = rec(rules[index]);
        const ruleId = str(rule?.id) ?? str(rule?.name);
        if (ruleId)
            return ruleId;
    }
    return 'unknown';
}
/** SARIF §3.27.23: a result is suppressed when it has a suppression whose status is accepted (or unset). */
function suppressionOf(result) {
    const list = Array.isArray(result.suppressions) ? result.suppressions : [];
    for (const item of list) {
        const s = rec(item);
        if (!s)
            continue;
        const status = str(s.status) ?? str(s.state) ?? 'accepted';
        if (status === 'accepted')
            return `suppressed in the scanner's SARIF (${str(s.kind) ?? 'external'})`;
    }
    return undefined;
}
function verificationOf(tool, result) {
    const props = rec(result.properties);
    if (props?.verified === true || props?.Verified === true)
        return 'verified';
    if (tool === 'trufflehog')
        return str(result.level) === 'error' ? 'verified' : 'unverified';
    return 'unverified';
}
function parseSarif(v, sink, toolOverride) {
    if (v.version !== '2.1.0') {
        throw new errors/* InputError */.dz(`SARIF version ${JSON.stringify(v.version ?? null)} is not supported (need 2.1.0)`, sink.report);
    }
    v.runs.forEach((runValue, runIndex) => {
        const run = rec(runValue);
        if (!run)
            throw new errors/* InputError */.dz(`runs[${runIndex}] is not an object`, sink.report);
        const driver = rec(rec(run.tool)?.driver);
        const driverName = str(driver?.name);
        if (!driverName)
            throw new errors/* InputError */.dz(`runs[${runIndex}].tool.driver.name is missing`, sink.report);
        const tool = toolOverride ?? (0,model/* toolSlug */._E)(driverName);
        sink.tool(tool);
        const rules = Array.isArray(driver?.rules) ? driver.rules : [];
        const artifacts = Array.isArray(run.artifacts) ? run.artifacts : [];
        const results = run.results === undefined || run.results === null ? [] : run.results;
        if (!Array.isArray(results))
            throw new errors/* InputError */.dz(`runs[${runIndex}].results is not an array`, sink.report);
        for (const item of results) {
            const result = rec(item);
            if (!result)
                throw new errors/* InputError */.dz(`runs[${runIndex}]: a result is not an object`, sink.report);
            const kind = str(result.kind) ?? 'fail';
            if (kind === 'pass' || kind === 'notApplicable' || str(result.baselineState) === 'absent')
                continue;
            const loc = rec(rec((Array.isArray(result.locations) ? result.locations : [])[0])?.physicalLocation);
            const region = rec(loc?.region);
            const snippet = str(rec(region?.snippet)?.text);
            const props = rec(result.properties);
            const fingerprints = rec(result.partialFingerprints);
            // Raw material: snippets, gitleaks' offender, and the commit author e-mail gitleaks puts in fingerprints.
            sink.raw(snippet);
            sink.raw(rec(rec(loc?.contextRegion)?.snippet)?.text);
            sink.raw(props?.offender);
            sink.raw(props?.email);
            sink.raw(fingerprints?.email);
            // secretlint run with --no-maskSecrets repeats the secret in the message.
            if (tool === 'secretlint')
                sink.raw(rec(result.message)?.text);
            let secret;
            if (tool === 'gitleaks')
                secret = props && 'offender' in props ? unmasked(props.offender) : unmasked(snippet);
            const artifact = rec(loc?.artifactLocation);
            let uri = str(artifact?.uri);
            if (!uri && typeof artifact?.index === 'number')
                uri = str(rec(rec(artifacts[artifact.index])?.location)?.uri);
            let rule = ruleIdOf(result, rules);
            if (rule === 'unknown' && tool === 'gitleaks') {
                // gitleaks 7 SARIF has no ruleId; its message is "<rule> secret detected" (no secret in it).
                const m = /^(.{1,120}?) (?:secret detected|has detected secret)/.exec(str(rec(result.message)?.text) ?? '');
                if (m)
                    rule = m[1];
            }
            const line = lineNo(region?.startLine);
            sink.push({
                tool,
                rule,
                family: (0,src_family/* ruleFamily */.V)(rule.split('>').pop().trim() || rule),
                file: uri ? normalisePath(decodeUri(uri), sink.workspace) : undefined,
                line,
                endLine: line !== undefined ? lineNo(region?.endLine) : undefined,
                commit: str(props?.commit) ?? str(fingerprints?.commitSha),
                verification: verificationOf(tool, result),
                secret: secret !== undefined ? (0,fingerprint/* normaliseSecret */.fd)(secret) : undefined,
                suppressedAtSource: suppressionOf(result),
                report: sink.report,
            });
        }
    });
}

;// CONCATENATED MODULE: ./actions/secret-scan/src/ingest.ts
// Read one report, work out which scanner wrote it (from its content, or the `tool:` prefix the user
// gave), and parse it into RawFindings. Every raw value met on the way goes to `register`.










/** Names accepted before `:` in a `report` entry, and the tool id each stands for. */
const TOOL_PREFIXES = {
    gitleaks: 'gitleaks',
    trufflehog: 'trufflehog',
    'detect-secrets': 'detect-secrets',
    secretlint: 'secretlint',
    github: 'github-secret-scanning',
    'github-secret-scanning': 'github-secret-scanning',
    sarif: 'sarif',
};
/** Split `tool:path` (only for known tool names, so `C:/x` and `./a:b` stay paths). */
function parseReportSpec(entry) {
    const m = /^([a-z-]+):(.+)$/.exec(entry.trim());
    if (m && m[1] in TOOL_PREFIXES)
        return { pattern: m[2].trim(), tool: TOOL_PREFIXES[m[1]] };
    if (m && !/^[a-zA-Z]$/.test(m[1])) {
        throw new errors/* ConfigurationError */.j1(`unknown tool ${JSON.stringify(m[1])} in ${JSON.stringify(entry)}; use one of ${Object.keys(TOOL_PREFIXES).join(', ')}`, 'report');
    }
    return { pattern: entry.trim() };
}
/** Values that are only a mask carry nothing worth hiding (and would blank ordinary text). */
function isPlaceholder(v) {
    const c = v.trimStart()[0];
    if (c !== '*' && c !== 'x' && c !== 'X' && c !== '•' && c !== 'R')
        return false;
    return /^\s*(?:[*x•]+|REDACTED)\s*$/i.test(v);
}
const EMAIL = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[^\s<>"'(),;:]+/g;
class CollectingSink {
    report;
    workspace;
    register;
    findings = [];
    tools = new Set();
    /** E-mails already registered from this report: the same few authors repeat thousands of times. */
    emails = new Set();
    /** The last two distinct values met: a report may repeat one next to every finding (secretlint's masked message). */
    latest = '';
    before = '';
    constructor(report, workspace, register) {
        this.report = report;
        this.workspace = workspace;
        this.register = register;
    }
    push(finding) {
        this.findings.push(finding);
    }
    raw(value) {
        if (typeof value !== 'string' || value.length < 4 || value === this.latest)
            return;
        const again = value === this.before;
        this.before = this.latest;
        this.latest = value;
        if (again || isPlaceholder(value))
            return;
        if (value.includes('@')) {
            if (this.emails.has(value))
                return;
            this.emails.add(value);
            // An e-mail inside a longer value ("Name <a@b.c>") must not survive on its own either.
            for (const m of value.match(EMAIL) ?? [])
                if (m !== value)
                    this.register(m);
        }
        this.register(value);
    }
    tool(tool) {
        this.tools.add(tool);
    }
    /** What was collected, as the result of reading a report of `format`. */
    result(format) {
        return { info: { path: this.report, format, tools: [...this.tools].sort(), findings: this.findings.length }, findings: this.findings };
    }
}
/** The format of a JSON array whose first object is `first`. */
function arrayFormat(first) {
    if (isGitleaksV8(first))
        return { format: 'gitleaks-json-v8', tool: 'gitleaks', parse: parseGitleaksJson };
    if (isGitleaksV7(first))
        return { format: 'gitleaks-json-v7', tool: 'gitleaks', parse: parseGitleaksJson };
    if (isSecretlintResult(first))
        return { format: 'secretlint-json', tool: 'secretlint', parse: parseSecretlintJson };
    if (isGithubAlert(first))
        return { format: 'github-secret-scanning-alerts', tool: 'github-secret-scanning', parse: parseGithubAlerts };
    if (isTrufflehogResult(first)) {
        return {
            format: 'trufflehog-json-array',
            tool: 'trufflehog',
            parse: (elements, s, from) => {
                s.tool('trufflehog');
                elements.forEach((v, i) => {
                    const e = rec(v);
                    if (!e || !isTrufflehogResult(e))
                        throw new errors/* InputError */.dz(`entry ${from + i + 1}: not a trufflehog result`, s.report);
                    parseTrufflehogResult(e, s);
                });
            },
        };
    }
    return undefined;
}
function detectJson(value, text, override) {
    if (value === null)
        return { format: 'empty', tool: override ?? '', parse: () => undefined };
    if (Array.isArray(value)) {
        if (value.length === 0)
            return { format: 'empty', tool: override ?? '', parse: () => undefined };
        const first = rec(value.find((v) => rec(v) !== undefined));
        const found = first && arrayFormat(first);
        return found && { format: found.format, tool: found.tool, parse: (s) => found.parse(value, s, 0) };
    }
    const obj = rec(value);
    if (isSarif(obj)) {
        const sarifTool = override && override !== 'sarif' ? override : undefined;
        return { format: 'sarif', tool: sarifTool ?? 'sarif', parse: (s) => parseSarif(obj, s, sarifTool) };
    }
    if (isDetectSecretsBaseline(obj)) {
        const legacy = typeof obj.version !== 'string' || /^0\./.test(obj.version);
        return {
            format: legacy ? 'detect-secrets-baseline-legacy' : 'detect-secrets-baseline',
            tool: 'detect-secrets',
            parse: (s) => parseDetectSecretsBaseline(obj, s),
        };
    }
    if (isDetectSecretsAudit(obj))
        return { format: 'detect-secrets-audit', tool: 'detect-secrets', parse: (s) => parseDetectSecretsAudit(obj, s) };
    if (isTrufflehogResult(obj)) {
        // A one-line JSON Lines report parses as a single object.
        return { format: 'trufflehog-jsonl', tool: 'trufflehog', parse: (s) => parseTrufflehogLines([{ text, line: 1 }], s, () => obj) };
    }
    return undefined;
}
function jsonLines(text) {
    const out = [];
    let start = 0;
    let line = 0;
    while (start <= text.length) {
        let nl = text.indexOf('\n', start);
        if (nl === -1)
            nl = text.length;
        line++;
        const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        out.push({ text: text.slice(start, end), line });
        start = nl + 1;
    }
    return out;
}
/** JSON Lines (trufflehog --json): the first line is a whole object of its own, a result or a log line. */
function firstLineIsTrufflehog(text) {
    const firstNl = text.indexOf('\n');
    if (firstNl === -1)
        return false;
    let first;
    try {
        first = rec(JSON.parse(text.slice(0, firstNl)));
    }
    catch {
        return false;
    }
    return first !== undefined && (isTrufflehogResult(first) || ('level' in first && 'msg' in first));
}
function parseJsonLines(text, sink, file) {
    parseTrufflehogLines(jsonLines(text), sink, (t, line) => {
        try {
            return JSON.parse(t);
        }
        catch {
            throw (0,json/* jsonError */.F)(t, file, line - 1);
        }
    });
}
/**
 * Whether a report whose text starts with `head` is read as trufflehog JSON Lines (what ingestText
 * would decide for the whole file), so it can be cut at line boundaries and its parts parsed apart
 * (ingestJsonLinesPart). True only when the head shows it for sure: the first line is a trufflehog
 * object and more content follows it, so the whole text cannot be one JSON value.
 */
function startsAsJsonLines(head, override) {
    if (override !== undefined && override !== 'trufflehog')
        return false;
    const trimmed = head.trimStart();
    if (trimmed[0] !== '{' || !firstLineIsTrufflehog(head))
        return false;
    return head.slice(head.indexOf('\n') + 1).trim() !== '';
}
/**
 * Parse some whole lines of a JSON Lines report that startsAsJsonLines accepted. The parts' findings,
 * in order, are the whole report's. Line numbers in errors count from the part's start, so a caller
 * reports errors by parsing the whole file instead.
 */
function ingestJsonLinesPart(text, report, register, workspace) {
    const sink = new CollectingSink(report, workspace, register);
    parseJsonLines(text, sink, report);
    return sink.result('trufflehog-jsonl');
}
/** Thrown by a sliced read that has to be redone whole (see arraySlices). */
class ReadWhole extends Error {
}
/**
 * A large JSON array of objects read a slice at a time (array-slices.ts), or undefined when its first
 * slice does not parse or names no known format: then it is read whole, as a small report is.
 */
function detectSlices(text) {
    const slices = arraySlices(text);
    const head = slices.next();
    if (head.done)
        return undefined;
    const found = arrayFormat(rec(head.value.elements[0]));
    if (!found)
        return undefined;
    return {
        format: found.format,
        tool: found.tool,
        sliced: true,
        parse: (sink) => {
            for (let next = head;; next = slices.next()) {
                if (next.done) {
                    if (next.value)
                        return;
                    throw new ReadWhole();
                }
                found.parse(next.value.elements, sink, next.value.first);
            }
        },
    };
}
function detect(text, file, override, sliced) {
    const head = text.trimStart();
    if (head === '')
        return { format: 'empty', tool: override ?? '', parse: () => undefined };
    if (head.startsWith('::'))
        return { format: 'secretlint-github', tool: 'secretlint', parse: (s) => parseSecretlintGithub(text, s) };
    if (head.startsWith('RuleID,') || /^[A-Za-z]+(,[A-Za-z]+)*\r?\n/.test(head) && head.slice(0, head.indexOf('\n')).split(',').includes('RuleID')) {
        return { format: 'gitleaks-csv', tool: 'gitleaks', parse: (s) => parseGitleaksCsv(text, s) };
    }
    const c = head[0];
    if (c !== '{' && c !== '[' && !head.startsWith('null')) {
        throw new errors/* InputError */.dz('unrecognised report format (expected gitleaks, trufflehog, detect-secrets, secretlint, GitHub alert JSON or SARIF)', file, 1);
    }
    if (sliced && c === '[' && text.length >= 2 * SLICE_CHARS) {
        const found = detectSlices(text);
        if (found)
            return found;
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        if (c === '{' && firstLineIsTrufflehog(text)) {
            return { format: 'trufflehog-jsonl', tool: 'trufflehog', parse: (s) => parseJsonLines(text, s, file) };
        }
        throw (0,json/* jsonError */.F)(text, file);
    }
    const found = detectJson(value, text, override);
    if (!found) {
        throw new errors/* InputError */.dz('JSON of an unrecognised shape (expected gitleaks, trufflehog, detect-secrets, secretlint, GitHub alerts or SARIF 2.1.0); prefix the path with the tool name (gitleaks:path) if it is one of these', file);
    }
    return found;
}
/**
 * Parse a report already in memory. A large JSON array is read a slice at a time; should any slice
 * fail, or a finding in it be refused, the report is read again whole, so what it gives (findings,
 * or the error and its line) is always what reading it whole gives.
 */
function ingestText(text, report, override, register, workspace, sliced = true) {
    const found = detect(text, report, override, sliced);
    if (override && override !== 'sarif' && found.format !== 'empty' && found.format !== 'sarif' && found.tool !== override) {
        throw new errors/* InputError */.dz(`the report looks like ${found.tool} (${found.format}), but the report option says ${override}`, report);
    }
    if (override === 'sarif' && found.format !== 'sarif' && found.format !== 'empty') {
        throw new errors/* InputError */.dz(`the report option says sarif, but this is ${found.format}`, report);
    }
    const sink = new CollectingSink(report, workspace, register);
    try {
        found.parse(sink);
    }
    catch (error) {
        if (sliced && found.sliced)
            return ingestText(text, report, override, register, workspace, false);
        throw error;
    }
    if (found.format === 'empty' && override && override !== 'sarif')
        sink.tool(override);
    return sink.result(found.format);
}
/** Parse results produced in-process (the built-in secretlint scan) through the same parser. */
function ingestValue(format, value, report, register, workspace) {
    const sink = new CollectingSink(report, workspace, register);
    parseSecretlintJson(value, sink);
    return sink.result(format);
}


/***/ }),

/***/ 3050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ jsonError),
/* harmony export */   q: () => (/* binding */ parseJson)
/* harmony export */ });
/* harmony import */ var _common_src_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8860);
/* harmony import */ var _common_src_json_syntax__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9721);
/* harmony import */ var _common_src_readers__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3027);
// JSON reading that fails closed with a position and never echoes the input: V8's own messages quote
// the text around the error, which in a secret report is the secret itself.



/** A JSON syntax problem described by position only (never by quoting the text). */
function jsonError(text, file, lineOffset = 0) {
    // Where reading stopped, so a cut file is reported at its end.
    const at = (0,_common_src_json_syntax__WEBPACK_IMPORTED_MODULE_1__/* .findJsonSyntaxError */ .L)(text)?.stop ?? text.length;
    const { line, column } = (0,_common_src_readers__WEBPACK_IMPORTED_MODULE_2__/* .lineColumnAt */ .IX)(text, at);
    const truncated = at >= text.trimEnd().length;
    const what = truncated ? 'JSON ends early (truncated file?)' : 'invalid JSON';
    return new _common_src_errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} at line ${line + lineOffset}, column ${column}`, file, line + lineOffset, column);
}
/** JSON.parse with an InputError naming the file, line and column on failure. */
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw jsonError(text, file);
    }
}


/***/ }),

/***/ 8051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GK: () => (/* binding */ KNOWN_TOOLS),
/* harmony export */   H$: () => (/* binding */ VERIFICATION_RANK),
/* harmony export */   _E: () => (/* binding */ toolSlug)
/* harmony export */ });
// The one finding model every scanner's report is normalised into. A RawFinding may hold the raw
// secret, in memory only: it is fingerprinted and dropped before anything is written.
const VERIFICATION_RANK = { verified: 2, unknown: 1, unverified: 0 };
/** Stable ids of the scanners we know; other SARIF producers keep their (slugged) driver name. */
const KNOWN_TOOLS = ['gitleaks', 'trufflehog', 'detect-secrets', 'secretlint', 'github-secret-scanning'];
/** Turn a free-form tool name into a stable id: lower case, [a-z0-9-]. */
function toolSlug(name) {
    const lower = name.trim().toLowerCase();
    if (lower.startsWith('gitleaks'))
        return 'gitleaks';
    if (lower.startsWith('trufflehog'))
        return 'trufflehog';
    if (lower.startsWith('secretlint'))
        return 'secretlint';
    if (lower.replace(/[^a-z]/g, '') === 'detectsecrets')
        return 'detect-secrets';
    const slug = lower.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
    return slug || 'sarif';
}


/***/ }),

/***/ 4460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jk: () => (/* binding */ parseReports),
  runReportWorker: () => (/* binding */ runReportWorker)
});

// UNUSED EXPORTS: BATCH, PART_BYTES, THREAD_MIN_BYTES, claim, claimOrder, newClaims, workItems, workerCount, workerScript

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./actions/common/src/errors.ts
var errors = __webpack_require__(8860);
// EXTERNAL MODULE: ./actions/common/src/paths.ts
var paths = __webpack_require__(9071);
// EXTERNAL MODULE: ./actions/common/src/readers.ts
var readers = __webpack_require__(3027);
// EXTERNAL MODULE: ./actions/secret-scan/src/fingerprint.ts
var fingerprint = __webpack_require__(3938);
// EXTERNAL MODULE: ./actions/secret-scan/src/ingest.ts + 8 modules
var ingest = __webpack_require__(4708);
;// CONCATENATED MODULE: ./actions/secret-scan/src/packed.ts
// Raw findings cross from the report thread to the main thread as columns. Structured clone copies
// an array of objects field by field (about 1 µs a finding each way); as columns, the few strings that
// repeat in every finding (tool, rule, family, report...) go once in a table with Int32 indices, the
// rest (paths, commits, hashes, keys) as plain string lists, and the line numbers as a typed array
// that is transferred, not copied.
/**
 * How each field travels. `satisfies` makes a new RawFinding field a type error here until it is
 * given a way; packed.test.ts round-trips every field listed.
 */
const FIELDS = {
    tool: 'table',
    rule: 'table',
    family: 'table',
    file: 'own list',
    line: 'number',
    endLine: 'number',
    commit: 'own list',
    verification: 'table',
    secret: 'own list',
    secretSha1: 'own list',
    valueKey: 'own list',
    suppressedAtSource: 'table',
    report: 'table',
};
/** Order of the tabled fields in `tabled` (each finding takes TABLED.length slots). */
const TABLED = ['tool', 'rule', 'family', 'verification', 'suppressedAtSource', 'report'];
function lineOrZero(value) {
    return value !== undefined && Number.isInteger(value) && value > 0 && value <= 0x7fffffff ? value : 0;
}
function packFindings(findings) {
    const count = findings.length;
    const strings = [];
    const index = new Map();
    const intern = (value) => {
        if (value === undefined)
            return -1;
        let at = index.get(value);
        if (at === undefined) {
            at = strings.push(value) - 1;
            index.set(value, at);
        }
        return at;
    };
    // Consecutive findings mostly share these fields: compare with the previous one before the map.
    const lastValue = new Array(TABLED.length);
    const lastIndex = new Array(TABLED.length).fill(-1);
    const tabled = new Int32Array(count * TABLED.length);
    const lines = new Int32Array(count * 2);
    const file = new Array(count);
    const commit = new Array(count);
    const secret = new Array(count);
    const secretSha1 = new Array(count);
    const valueKey = new Array(count);
    for (let i = 0; i < count; i++) {
        const f = findings[i];
        const t = i * TABLED.length;
        for (let k = 0; k < TABLED.length; k++) {
            const value = f[TABLED[k]];
            if (value !== lastValue[k] || lastIndex[k] === -1) {
                lastValue[k] = value;
                lastIndex[k] = intern(value);
            }
            tabled[t + k] = lastIndex[k];
        }
        file[i] = f.file;
        commit[i] = f.commit;
        lines[2 * i] = lineOrZero(f.line);
        lines[2 * i + 1] = lineOrZero(f.endLine);
        secret[i] = f.secret;
        secretSha1[i] = f.secretSha1;
        valueKey[i] = f.valueKey;
    }
    return { count, strings, tabled, file, commit, secret, secretSha1, valueKey, lines };
}
/** The typed arrays to hand over instead of copying (postMessage's transfer list). */
function transferables(packed) {
    return [packed.tabled.buffer, packed.lines.buffer];
}
function unpackFindings(packed) {
    const { count, strings, tabled, lines } = packed;
    const at = (slot) => {
        const n = tabled[slot];
        return n === -1 ? undefined : strings[n];
    };
    const out = new Array(count);
    for (let i = 0; i < count; i++) {
        const t = i * TABLED.length;
        // One object literal in FIELDS order: every finding gets the same shape (absent fields are undefined).
        out[i] = {
            tool: at(t),
            rule: at(t + 1),
            family: at(t + 2),
            file: packed.file[i],
            line: lines[2 * i] || undefined,
            endLine: lines[2 * i + 1] || undefined,
            commit: packed.commit[i],
            verification: at(t + 3),
            secret: packed.secret[i],
            secretSha1: packed.secretSha1[i],
            valueKey: packed.valueKey[i],
            suppressedAtSource: at(t + 4),
            report: at(t + 5),
        };
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/secret-scan/src/report-thread.ts
// Parsing large reports on more threads. Reading, parsing and hashing 100 MB of reports is most of a
// large run; so worker threads (one per spare core) take reports from the same queue as the main
// thread. A worker sends the raw values it met as soon as a report is parsed (the main thread
// registers them while the worker hashes the findings), then the findings as columns (packed.ts). A large trufflehog JSON Lines report is cut into
// parts at line boundaries, so one big report does not leave the other threads idle. Results are
// put back in report order, so the outcome does not depend on which thread parsed what. Small runs
// stay on one thread: a worker costs ~40 ms to start.











const THREAD_MIN_BYTES = 8 * 1024 * 1024;
/** JSON Lines reports of at least two parts are cut into parts of this many bytes. */
const PART_BYTES = 4 * 1024 * 1024;
/**
 * Findings per `findings` message. The main thread unpacks a batch while the worker hashes the next,
 * so what is left to do after the worker's last report is one batch, not the whole report (50,000
 * findings took ~60 ms to copy over and unpack).
 */
const BATCH = 8192;
function errorData(error) {
    if (error instanceof errors/* InputError */.dz)
        return { name: 'InputError', message: error.message, file: error.file, line: error.line, column: error.column };
    if (error instanceof errors/* ConfigurationError */.j1) {
        return { name: 'ConfigurationError', message: error.message, option: error.option, file: error.file, line: error.line, column: error.column };
    }
    return { name: 'Error', message: error instanceof Error ? error.message : String(error) };
}
function errorFrom(data) {
    if (data.name === 'InputError')
        return new errors/* InputError */.dz(data.message, data.file, data.line, data.column);
    if (data.name === 'ConfigurationError')
        return new errors/* ConfigurationError */.j1(data.message, data.option, data.file, data.line, data.column);
    return new Error(`report thread: ${data.message}`);
}
/** The worker's script: a two-line stub next to the bundle (dist/secret-scan/report-worker.js), absent when run from sources. */
function workerScript() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const script = (0,paths/* fileIn */.E)((0,paths/* fileIn */.E)((0,external_node_path_.dirname)(here), 'secret-scan'), 'report-worker.js');
    return (0,external_node_fs_.existsSync)(script) ? script : undefined;
}
/** One report or part, on whichever thread claimed it: read and parsed (its findings not hashed yet, see keyFindings). */
async function readItem(item, workspace, maxBytes, register) {
    if (item.range) {
        const bytes = await (0,readers/* readLineRange */.UH)((0,paths/* fileIn */.E)(workspace, item.file), item.range.start, item.range.end);
        return (0,ingest/* ingestJsonLinesPart */.H6)(bytes.toString('utf8', item.range.start === 0 ? (0,readers/* utf8BomLength */.eq)(bytes) : 0), item.file, register, workspace);
    }
    const { text } = await (0,readers/* readTextCapped */.XS)((0,paths/* fileIn */.E)(workspace, item.file), maxBytes, item.file);
    return (0,ingest/* ingestText */.sq)(text, item.file, item.tool, register, workspace);
}
/** readItem on the main thread, every finding hashed. */
async function parseItem(item, opts, register, fp) {
    const result = await readItem(item, opts.workspace, opts.maxBytes, register);
    (0,fingerprint/* keyFindings */.se)(result.findings, fp);
    return result;
}
/** How much of a report's head is read to decide whether it is JSON Lines. */
const HEAD_BYTES = 1024 * 1024;
/**
 * The work: every report whole, except trufflehog JSON Lines reports of at least two parts, which
 * are cut into parts of `partBytes` (their lines are whole in exactly one part, see readLineRange).
 */
async function workItems(jobs, workspace, maxBytes, partBytes = PART_BYTES) {
    const items = [];
    for (let job = 0; job < jobs.length; job++) {
        const { file, tool, bytes } = jobs[job];
        if (bytes >= 2 * partBytes && bytes <= maxBytes && (await looksLikeJsonLines((0,paths/* fileIn */.E)(workspace, file), tool))) {
            for (let start = 0; start < bytes; start += partBytes) {
                const end = Math.min(start + partBytes, bytes);
                items.push({ file, tool, bytes: end - start, job, range: { start, end } });
            }
        }
        else {
            items.push({ file, tool, bytes, job });
        }
    }
    return items;
}
async function looksLikeJsonLines(path, tool) {
    try {
        const head = await (0,readers/* readHead */.zy)(path, HEAD_BYTES);
        return (0,ingest/* startsAsJsonLines */.JU)(head.toString('utf8', (0,readers/* utf8BomLength */.eq)(head)), tool);
    }
    catch {
        return false; // Read whole, where the error is reported.
    }
}
/**
 * Reports and parts largest first. Workers take from the front as they become free, so the big
 * reports start early; the main thread takes from the back (see claim). Pure.
 */
function claimOrder(jobs) {
    return jobs.map((_, i) => i).sort((a, b) => jobs[b].bytes - jobs[a].bytes || a - b);
}
/** The counters claim shares between threads: places taken from the front (low 32 bits) and from the back (high 32 bits). */
function newClaims() {
    return new BigInt64Array(new SharedArrayBuffer(8));
}
/**
 * Claim the next place in the claim order from the front (workers: largest first) or the back (the
 * main thread: smallest first, mostly parts of JSON Lines reports, whose small trees die young). The
 * main thread later merges everything, and a heap left holding the trees of large JSON documents made
 * that about 100 ms slower (major collections landing in it). Undefined when every place is taken.
 */
function claim(claims, length, end = 'front') {
    for (;;) {
        const taken = Atomics.load(claims, 0);
        const front = Number(taken & 0xffffffffn);
        const back = Number(taken >> 32n);
        if (front + back >= length)
            return undefined;
        const next = end === 'front' ? taken + 1n : taken + (1n << 32n);
        if (Atomics.compareExchange(claims, 0, taken, next) === taken)
            return end === 'front' ? front : length - 1 - back;
    }
}
/**
 * How many workers to start: none for small runs; else one per spare core (GitHub's hosted runners
 * have 2 or 4), at most one per report or part beyond the main thread's first and at most MAX_WORKERS; or as
 * many as the mode says. Pure.
 */
function workerCount(jobs, mode, cores) {
    if (mode === 'off' || jobs.length === 0)
        return 0;
    if (typeof mode === 'number')
        return mode;
    if (jobs.length < 2 || jobs.reduce((n, j) => n + j.bytes, 0) < THREAD_MIN_BYTES)
        return 0;
    return Math.max(0, Math.min(cores - 1, jobs.length - 1, MAX_WORKERS));
}
const MAX_WORKERS = 3;
/**
 * Parse every job and return the results in job order. Every thread claims reports (and parts) as it
 * becomes free (see claim): report formats differ too much in cost per byte for a split decided up
 * front. A bad report does not stop the others, and the error thrown is the first in the order given,
 * whichever thread met it. A report cut into parts that fails anywhere is read again whole, so its
 * error names the line exactly as an uncut read does.
 */
async function parseReports(jobs, opts) {
    const script = workerScript();
    const items = opts.mode === 'off' ? jobs.map((j, job) => ({ ...j, job })) : await workItems(jobs, opts.workspace, opts.maxBytes, opts.partBytes);
    const order = claimOrder(items);
    const claims = newClaims();
    const results = new Array(items.length);
    const errors = new Array(items.length);
    const fp = new fingerprint/* Fingerprinter */.Up(opts.salt);
    const register = (value) => opts.redactor.add(value);
    const workers = script ? workerCount(items, opts.mode, (0,external_node_os_.availableParallelism)()) : 0;
    const fromWorkers = Promise.all(Array.from({ length: workers }, () => runWorker(script, order, claims, items, opts, results, errors)));
    const end = workers > 0 ? 'back' : 'front';
    for (let k = claim(claims, order.length, end); k !== undefined; k = claim(claims, order.length, end)) {
        const i = order[k];
        try {
            results[i] = await parseItem(items[i], opts, register, fp);
        }
        catch (error) {
            errors[i] = error;
        }
    }
    await fromWorkers;
    return assemble(jobs, items, results, errors, (job) => parseItem(job, opts, register, fp));
}
/** Results per job, in job order: parts joined in order; a job with a failed part is read again whole. */
async function assemble(jobs, items, results, errors, parseWhole) {
    const out = [];
    for (let job = 0, i = 0; job < jobs.length; job++) {
        const parts = [];
        let failed;
        let cut = false;
        for (; i < items.length && items[i].job === job; i++) {
            cut ||= items[i].range !== undefined;
            if (errors[i] !== undefined)
                failed ??= errors[i];
            else if (results[i])
                parts.push(results[i]);
            else
                failed ??= new Error(`report thread: no result for ${items[i].file}`);
        }
        if (failed !== undefined && !cut)
            throw failed;
        if (failed !== undefined)
            out.push(await parseWhole(jobs[job]));
        else
            out.push(parts.length === 1 ? parts[0] : joinParts(parts));
    }
    return out;
}
/** The parts of one report (at least one), as one result. */
function joinParts(parts) {
    const findings = parts.flatMap((p) => p.findings);
    const tools = [...new Set(parts.flatMap((p) => p.info.tools))].sort();
    return { info: { ...parts[0].info, tools, findings: findings.length }, findings };
}
function runWorker(script, order, claims, jobs, opts, results, errors) {
    const input = {
        workspace: opts.workspace,
        maxBytes: opts.maxBytes,
        salt: opts.salt,
        jobs: order.map((at) => ({ file: jobs[at].file, tool: jobs[at].tool, range: jobs[at].range, at })),
        claims,
    };
    return new Promise((resolve, reject) => {
        // stdout/stderr piped here and never read: the worker has nothing to print, and must not.
        const worker = new external_node_worker_threads_.Worker(script, { workerData: input, stdout: true, stderr: true });
        let done = false;
        const batches = new Map();
        worker.on('message', (message) => {
            if (message.kind === 'secrets')
                for (const value of message.values)
                    opts.redactor.add(value);
            else if (message.kind === 'findings') {
                const findings = batches.get(message.at);
                if (findings)
                    for (const f of unpackFindings(message.findings))
                        findings.push(f);
                else
                    batches.set(message.at, unpackFindings(message.findings));
            }
            else if (message.kind === 'error') {
                errors[message.at] = errorFrom(message.error);
                batches.delete(message.at);
            }
            else if (message.kind === 'report') {
                results[message.at] = { info: message.info, findings: batches.get(message.at) ?? [] };
                batches.delete(message.at);
            }
            else {
                done = true;
                resolve();
            }
        });
        worker.on('error', (error) => {
            reject(new Error(`report thread failed: ${error.message}`));
            void worker.terminate();
        });
        worker.on('exit', (code) => {
            if (!done)
                reject(new Error(`report thread stopped (exit code ${code}) before handing over what it read`));
        });
    });
}
/**
 * The worker's side: claim reports until none is left; parse each, send the raw values met, then
 * hash its findings and send them back as columns, a batch at a time; then say it is done.
 */
async function runReportWorker() {
    const port = external_node_worker_threads_.parentPort;
    if (!port)
        throw new Error('runReportWorker runs in a worker thread');
    const input = external_node_worker_threads_.workerData;
    const fp = new fingerprint/* Fingerprinter */.Up(input.salt);
    let values = [];
    const register = (value) => values.push(value);
    const sendValues = () => {
        if (values.length === 0)
            return;
        port.postMessage({ kind: 'secrets', values });
        values = [];
    };
    for (let k = claim(input.claims, input.jobs.length); k !== undefined; k = claim(input.claims, input.jobs.length)) {
        const job = input.jobs[k];
        try {
            let result;
            try {
                result = await readItem(job, input.workspace, input.maxBytes, register);
            }
            finally {
                sendValues();
            }
            for (let from = 0; from < result.findings.length; from += BATCH) {
                const batch = result.findings.slice(from, from + BATCH);
                (0,fingerprint/* keyFindings */.se)(batch, fp);
                const findings = packFindings(batch);
                port.postMessage({ kind: 'findings', at: job.at, findings }, transferables(findings));
            }
            port.postMessage({ kind: 'report', at: job.at, info: result.info });
        }
        catch (error) {
            port.postMessage({ kind: 'error', at: job.at, error: errorData(error) });
        }
    }
    port.postMessage({ kind: 'done' });
}


/***/ })

};
