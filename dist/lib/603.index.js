export const id = 603;
export const ids = [603];
export const modules = {

/***/ 9603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ src_gate),
  threadMode: () => (/* binding */ threadMode)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/common/src/errors.ts
var errors = __webpack_require__(8860);
// EXTERNAL MODULE: ./actions/common/src/git.ts
var git = __webpack_require__(9963);
// EXTERNAL MODULE: ./actions/common/src/readers.ts
var readers = __webpack_require__(3027);
// EXTERNAL MODULE: ./actions/common/src/result.ts
var result = __webpack_require__(2354);
// EXTERNAL MODULE: ./actions/common/src/files.ts
var files = __webpack_require__(540);
// EXTERNAL MODULE: ./actions/common/src/version.ts + 1 modules
var version = __webpack_require__(3313);
// EXTERNAL MODULE: ./actions/common/src/json-syntax.ts
var json_syntax = __webpack_require__(9721);
;// CONCATENATED MODULE: ./actions/secret-scan/src/json.ts
// JSON reading that fails closed with a position and never echoes the input: V8's own messages quote
// the text around the error, which in a secret report is the secret itself.



/** A JSON syntax problem described by position only (never by quoting the text). */
function jsonError(text, file, lineOffset = 0) {
    // Where reading stopped, so a cut file is reported at its end.
    const at = (0,json_syntax/* findJsonSyntaxError */.L)(text)?.stop ?? text.length;
    const { line, column } = (0,readers/* lineColumnAt */.IX)(text, at);
    const truncated = at >= text.trimEnd().length;
    const what = truncated ? 'JSON ends early (truncated file?)' : 'invalid JSON';
    return new errors/* InputError */.dz(`${what} at line ${line + lineOffset}, column ${column}`, file, line + lineOffset, column);
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

;// CONCATENATED MODULE: ./actions/secret-scan/src/baseline.ts
// The baseline: accepted findings with a reason, an owner and an expiry date (and optionally a
// ticket). It holds salted fingerprints only — never a secret, a hash of one, or an e-mail.




const BASELINE_VERSION = 1;
const PLACEHOLDER = 'TODO';
/** How long a freshly written entry stays valid: long enough to rotate, short enough to revisit. */
const DEFAULT_EXPIRY_DAYS = 90;
const FINGERPRINT = /^(sv1|lv1|pv1):[0-9a-f]{64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ENTRY_KEYS = new Set(['fingerprint', 'reason', 'owner', 'expires', 'ticket', 'family', 'file', 'tools']);
const TOP_KEYS = new Set(['$schema', 'version', 'saltCheck', 'entries']);
function isValidDate(text) {
    if (!DATE.test(text))
        return false;
    const d = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
/** UTC calendar date of an instant. */
function isoDate(at) {
    return at.toISOString().slice(0, 10);
}
function addDays(date, days) {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return isoDate(d);
}
/** Parse and validate a baseline file (closed schema: unknown keys are mistakes). */
function parseBaseline(text, file) {
    if (text.trim() === '')
        return { entries: [] };
    const value = parseJson(text, file);
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new errors/* InputError */.dz('the baseline must be a JSON object with "entries"', file, 1);
    const top = value;
    for (const key of Object.keys(top))
        if (!TOP_KEYS.has(key))
            throw new errors/* InputError */.dz(`unknown key ${JSON.stringify(key)} in the baseline`, file);
    if (top.version !== BASELINE_VERSION)
        throw new errors/* InputError */.dz(`baseline version must be ${BASELINE_VERSION}`, file);
    if (!Array.isArray(top.entries))
        throw new errors/* InputError */.dz('"entries" must be an array', file);
    if (top.saltCheck !== undefined && typeof top.saltCheck !== 'string')
        throw new errors/* InputError */.dz('"saltCheck" must be a string', file);
    const entries = [];
    const seen = new Set();
    top.entries.forEach((item, index) => {
        const where = `entries[${index}]`;
        if (!item || typeof item !== 'object' || Array.isArray(item))
            throw new errors/* InputError */.dz(`${where} is not an object`, file);
        const e = item;
        const fingerprint = typeof e.fingerprint === 'string' ? e.fingerprint : '';
        const at = fingerprint ? text.indexOf(`"${fingerprint}"`) : -1;
        const line = at >= 0 ? (0,readers/* lineColumnAt */.IX)(text, at).line : undefined;
        const bad = (msg) => {
            throw new errors/* InputError */.dz(`${where}: ${msg}`, file, line);
        };
        for (const key of Object.keys(e))
            if (!ENTRY_KEYS.has(key))
                bad(`unknown key ${JSON.stringify(key)}`);
        if (!FINGERPRINT.test(fingerprint))
            bad('"fingerprint" must look like sv1:<64 hex> (as written by --update-baseline)');
        if (seen.has(fingerprint))
            bad('the same fingerprint is listed twice');
        seen.add(fingerprint);
        for (const key of ['reason', 'owner'])
            if (typeof e[key] !== 'string' || e[key].trim() === '')
                bad(`"${key}" is required`);
        if (typeof e.expires !== 'string' || !isValidDate(e.expires))
            bad('"expires" must be a date (YYYY-MM-DD)');
        if (e.ticket !== undefined && typeof e.ticket !== 'string')
            bad('"ticket" must be a string');
        if (e.family !== undefined && typeof e.family !== 'string')
            bad('"family" must be a string');
        if (e.file !== undefined && typeof e.file !== 'string')
            bad('"file" must be a string');
        if (e.tools !== undefined && !(Array.isArray(e.tools) && e.tools.every((t) => typeof t === 'string')))
            bad('"tools" must be a list of strings');
        entries.push({ ...e, line });
    });
    return { saltCheck: top.saltCheck, entries };
}
function checkSalt(saltCheck, expected, file) {
    if (saltCheck !== undefined && saltCheck !== expected) {
        throw new errors/* ConfigurationError */.j1(`${file} was written with a different fingerprint salt, so none of its entries can match; use the same fingerprint-salt (or repository) as when it was written, or regenerate it with update-baseline`, 'fingerprint-salt', file);
    }
}
function isExpired(entry, today) {
    return entry.expires < today;
}
function isPlaceholder(entry) {
    return entry.reason.trim().startsWith(PLACEHOLDER) || entry.owner.trim().startsWith(PLACEHOLDER);
}
/** Find the entry for each finding: its fingerprint, else the first alternate key that is listed. */
function matchBaseline(findings, entries) {
    const matches = new Map();
    if (!entries.length)
        return matches;
    const byFingerprint = new Map(entries.map((e) => [e.fingerprint, e]));
    const valueEntries = entries.some((e) => e.fingerprint.startsWith('sv1:'));
    for (const f of findings) {
        let entry = byFingerprint.get(f.fingerprint);
        if (!entry && valueEntries && f.alternates) {
            for (const c of f.alternates()) {
                entry = byFingerprint.get(c);
                if (entry)
                    break;
            }
        }
        if (entry)
            matches.set(f, entry);
    }
    return matches;
}
/** Existing entries kept as they are (expired ones too: extending is a person's decision) plus new ones. */
function updatedBaseline(existing, unmatched, saltCheck, today, owner) {
    const keep = existing.map(({ line: _line, ...entry }) => entry);
    const known = new Set(keep.map((e) => e.fingerprint));
    const added = [];
    const expires = addDays(today, DEFAULT_EXPIRY_DAYS);
    for (const f of unmatched) {
        if (known.has(f.fingerprint))
            continue;
        known.add(f.fingerprint);
        const entry = {
            fingerprint: f.fingerprint,
            reason: `${PLACEHOLDER}: why this is acceptable (rotate the secret first if it is live)`,
            owner,
            expires,
            family: f.family,
            tools: f.tools,
        };
        const file = f.locations[0]?.file;
        if (file)
            entry.file = file;
        added.push(entry);
    }
    added.sort((a, b) => (0,result/* compareText */.n6)(a.file ?? '', b.file ?? '') || (0,result/* compareText */.n6)(a.fingerprint, b.fingerprint));
    return { version: 1, saltCheck, entries: [...keep, ...added] };
}

// EXTERNAL MODULE: ./actions/common/src/glob.ts
var glob = __webpack_require__(1473);
;// CONCATENATED MODULE: ./actions/secret-scan/src/model.ts
// The one finding model every scanner's report is normalised into. A RawFinding may hold the raw
// secret, in memory only: it is fingerprinted and dropped before anything is written.
/**
 * Verified 2, unknown 1, unverified 0. A function of comparisons rather than a table looked up by the
 * name: a keyed lookup whose key changes from one finding to the next (100,000s of times, in the
 * merge and the evaluation) deoptimised the functions doing it and left them on the generic path.
 */
function verificationRank(v) {
    return v === 'verified' ? 2 : v === 'unknown' ? 1 : 0;
}
/** Stable ids of the scanners we know; other SARIF producers keep their (slugged) driver name. */
const KNOWN_TOOLS = ['gitleaks', 'trufflehog', 'detect-secrets', 'secretlint', 'github-secret-scanning'];
/**
 * `f` as an object of the one shape every raw finding has: every field present (undefined where
 * absent), in declaration order. Formats build findings with different fields; 100,000s of them of
 * four or five shapes made the merge's hot functions polymorphic, deoptimised and recompiled several
 * times (about 0.3 s of background compilation competing with the run for the cores).
 */
function rawFinding(f) {
    return {
        tool: f.tool,
        rule: f.rule,
        family: f.family,
        file: f.file,
        line: f.line,
        endLine: f.endLine,
        commit: f.commit,
        verification: f.verification,
        secret: f.secret,
        secretSha1: f.secretSha1,
        valueKey: f.valueKey,
        suppressedAtSource: f.suppressedAtSource,
        report: f.report,
    };
}
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

// EXTERNAL MODULE: ./actions/common/src/json-scan.ts
var json_scan = __webpack_require__(219);
;// CONCATENATED MODULE: ./actions/secret-scan/src/array-slices.ts
// A large JSON array of objects (gitleaks, secretlint, GitHub alerts) read from its file and parsed a
// slice of elements at a time, through one reusable buffer. Each slice's tree is walked and dropped
// before the next is built, so it dies young, and the report never exists as one string: reading a
// 30 MB report whole cost a 30 MB buffer, a 30 MB string and a copy of every slice cut from it, all
// fresh memory the kernel had to fault in (on the bench, 185,000 page faults a run became 165,000).
//
// Slices are cut without a parser, on bytes: at a `,` followed by `{` and the key the first element
// starts with. That `{"key"` cannot lie inside a JSON string (its quote would end the string), so it
// starts an object; a cut inside an element (a nested object with the same first key) leaves slices
// with unbalanced brackets, which JSON.parse rejects. So when every slice parses as a non-empty
// array, the file is exactly `[` slice `,` slice ... `]`, and its elements are the slices' in order.
// When one does not, the caller reads the file whole, which also reports a real error by line. The
// bytes cut at are ASCII, which never occur inside a UTF-8 sequence, so every slice decodes alone.


/**
 * About how many bytes a slice holds. Its string then stays below V8's large-object size (128 KiB for
 * ASCII text), so it is made in the young generation, whose pages are reused from one collection to
 * the next; a 1 MiB slice was a fresh large-object allocation each time, memory the kernel faulted in
 * anew (on the bench, 56 MB of gitleaks and secretlint reports: ~6,000 page faults a run).
 */
const SLICE_BYTES = 64 << 10;
/** Bytes read at a time: a few slices. The buffer grows for an element larger than it. */
const CHUNK_BYTES = 4 << 20;
const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
const BRACE = 0x7b; // {
const QUOTE = 0x22; // "
const COMMA = 0x2c; // ,
const BACKSLASH = 0x5c;
/** The read buffer, reused from report to report. */
const chunkBuffer = new readers/* ReusableBuffer */.mz(CHUNK_BYTES);
/**
 * The elements of a JSON array of objects, read through `read`, one slice at a time (each slice's
 * elements, with the index of its first). Returns true when every slice parsed; false, having stopped
 * at the first slice that did not parse as a non-empty array, when the file must be read whole
 * instead. Yields nothing and returns false when the file does not start like an array of objects.
 */
function* arraySlices(read, sizes = {}) {
    const slice = sizes.slice ?? SLICE_BYTES;
    const chunk = sizes.chunk ?? CHUNK_BYTES;
    let buf = chunk === CHUNK_BYTES ? chunkBuffer.take() : Buffer.allocUnsafe(chunk);
    try {
        /** File offset of buf[0]. */
        let base = 0;
        let length = read(buf, 0, buf.length, 0);
        let atEnd = length < buf.length;
        let head = headOf(buf, length);
        // The first key must be in the buffer: read on while it may lie beyond (a tiny buffer, leading spaces).
        while (head === SHORT && !atEnd) {
            buf = (0,readers/* doubled */.aQ)(buf, length);
            const want = buf.length - length;
            const got = read(buf, length, want, length);
            atEnd = got < want;
            length += got;
            head = headOf(buf, length);
        }
        if (head === undefined || head === SHORT)
            return false;
        const { key } = head;
        /** The first byte of the current slice; buf[start - 1] is its `[` (the array's, or the cut `,` overwritten). */
        let start = head.start;
        let first = 0;
        for (;;) {
            let cut = nextCut(buf, key, start + slice, length, start);
            if (cut === -1 && !atEnd) {
                // Keep the slice's opening byte and what follows it; read on.
                buf.copyWithin(0, start - 1, length);
                base += start - 1;
                length -= start - 1;
                start = 1;
                if (length === buf.length)
                    buf = (0,readers/* doubled */.aQ)(buf, length);
                const want = buf.length - length;
                const got = read(buf, length, want, base + length);
                atEnd = got < want;
                length += got;
                continue;
            }
            if (cut === -1) {
                // The last slice ends at the array's `]`, with only whitespace after it.
                cut = lastNonSpace(buf, length);
                if (cut < start || buf[cut] !== CLOSE)
                    return false;
            }
            buf[start - 1] = OPEN;
            buf[cut] = CLOSE;
            let elements;
            try {
                elements = JSON.parse(buf.toString('utf8', start - 1, cut + 1));
            }
            catch {
                return false;
            }
            if (!Array.isArray(elements) || elements.length === 0)
                return false;
            yield { elements, first };
            first += elements.length;
            if (atEnd && cut === lastNonSpace(buf, length))
                return true;
            start = cut + 1;
        }
    }
    finally {
        chunkBuffer.give(buf);
    }
}
function lastNonSpace(buf, length) {
    let i = length - 1;
    while (i >= 0 && (0,json_scan/* isJsonWhitespace */.Wj)(buf[i]))
        i--;
    return i;
}
/** headOf's answer when the bytes read end before the first key does. */
const SHORT = 'short';
/**
 * Where the elements start (after `[`) and the first element's first key, quotes included; undefined
 * when the file does not start so, SHORT when more bytes are needed to tell.
 */
function headOf(buf, length) {
    // A UTF-8 byte order mark, as readTextCapped drops it.
    let i = (0,readers/* utf8BomLength */.eq)(buf, length);
    let start = 0;
    const expect = (byte) => {
        while (i < length && (0,json_scan/* isJsonWhitespace */.Wj)(buf[i]))
            i++;
        if (i >= length)
            return SHORT;
        return buf[i++] === byte;
    };
    for (const byte of [OPEN, BRACE, QUOTE]) {
        const found = expect(byte);
        if (found !== true)
            return found === SHORT ? SHORT : undefined;
        if (byte === OPEN)
            start = i;
    }
    const open = i - 1;
    const close = buf.subarray(0, length).indexOf(QUOTE, i);
    if (close === -1)
        return SHORT;
    // A key with escapes would not be found verbatim in the file.
    if (buf.subarray(open, close).includes(BACKSLASH))
        return undefined;
    return { start, key: Buffer.from(buf.subarray(open, close + 1)) };
}
/**
 * The index of the `,` before the first `{` `key` whose key starts at or after `from` and ends
 * within `length` (JSON spaces allowed between), the `,` being after `start`; or -1.
 */
function nextCut(buf, key, from, length, start) {
    if (from >= length)
        return -1;
    const bytes = buf.subarray(0, length);
    for (let at = bytes.indexOf(key, from); at !== -1; at = bytes.indexOf(key, at + key.length)) {
        let i = at - 1;
        while (i > start && (0,json_scan/* isJsonWhitespace */.Wj)(buf[i]))
            i--;
        if (i <= start || buf[i] !== BRACE)
            continue;
        i--;
        while (i > start && (0,json_scan/* isJsonWhitespace */.Wj)(buf[i]))
            i--;
        if (i > start && buf[i] === COMMA)
            return i;
    }
    return -1;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./actions/secret-scan/src/fingerprint.ts
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
    return (0,external_node_crypto_.hash)('sha1', text, 'hex');
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
            k = (0,external_node_crypto_.hash)('sha256', k, 'buffer');
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
        this.outer.write((0,external_node_crypto_.hash)('sha256', view, 'binary'), BLOCK, 'binary');
        return (0,external_node_crypto_.hash)('sha256', this.outer, 'hex');
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
class fingerprint_Fingerprinter {
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
function fingerprint_keyFindings(findings, fp) {
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
    return s !== undefined && !isMasked(s) ? s : undefined;
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
/**
 * `text` as a string of its own. V8 makes a slice of 13 or more characters a view into the string it
 * was cut from: a secret cut from secretlint's `sourceContent` kept the whole scanned file alive for as
 * long as the secret was registered (the whole run). Prepending a character builds a new string that
 * the slice then flattens into a copy of exactly `text` (lone surrogates included).
 */
function detached(text) {
    return ` ${text}`.slice(1);
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

;// CONCATENATED MODULE: ./actions/secret-scan/src/family.ts
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
/**
 * The family a merged finding is filed under: the most specific one (the first in code-unit order,
 * as a sort would put it), `generic` only if nothing else. A loop: 40,000 merged secrets call this.
 */
function primaryFamily(families) {
    let first;
    for (const f of families)
        if (f !== 'generic' && (first === undefined || f < first))
            first = f;
    return first ?? 'generic';
}

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
        family: ruleFamily(rule),
        file: normalisePath(str(e.SymlinkFile) ?? str(e.File), sink.workspace),
        line,
        endLine: line !== undefined ? lineNo(e.EndLine) : undefined,
        commit: str(e.Commit),
        verification: 'unverified',
        secret: secret !== undefined ? normaliseSecret(secret) : undefined,
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
        family: ruleFamily(rule),
        file: normalisePath(str(e.file), sink.workspace),
        line: lineNo(e.lineNumber),
        commit: str(e.commit),
        verification: 'unverified',
        secret: secret !== undefined ? normaliseSecret(secret) : undefined,
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
        family: ruleFamily(rule),
        file: normalisePath(str(d.file) ?? str(d.path) ?? str(d.filename) ?? str(d.object) ?? str(d.key), sink.workspace),
        line: lineNo(d.line),
        commit: str(d.commit),
        verification: verification(e),
        secret: secret !== undefined ? normaliseSecret(secret) : undefined,
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
                family: ruleFamily(type),
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
        const family = primaryFamily(types.map(ruleFamily));
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
                secret: secret !== undefined ? normaliseSecret(secret) : undefined,
                suppressedAtSource: category === 'VERIFIED_FALSE' ? 'audited as a false positive (detect-secrets audit)' : undefined,
                report: sink.report,
            });
        }
    });
}

;// CONCATENATED MODULE: ./actions/secret-scan/src/formats/secretlint.ts
// secretlint `--format json` (an array of SecretLintCoreResult) and its `github` formatter output.
// `sourceContent` is the whole scanned file, secret included: only the matched range is taken from
// it (as the secret, in memory, copied out so the file's text is not kept with it), and nothing else
// of it is kept.




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
                secret = detached(content.slice(start, end));
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
                family: ruleFamily(rule),
                file,
                line: lineNo(rec(loc?.start)?.line),
                endLine: lineNo(rec(loc?.end)?.line),
                verification: 'unverified',
                secret: clean !== undefined ? normaliseSecret(clean) : undefined,
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
            family: ruleFamily(rule.split('>').pop() ?? rule),
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
            family: primaryFamily([ruleFamily(type), ruleFamily(str(e.secret_type_display_name) ?? type)]),
            file: normalisePath(str(loc?.path), sink.workspace),
            line,
            endLine: line !== undefined ? lineNo(loc?.end_line) : undefined,
            commit: str(loc?.commit_sha),
            verification: github_verification(str(e.validity)),
            secret: secret !== undefined ? normaliseSecret(secret) : undefined,
            suppressedAtSource: state === 'resolved' ? `resolved on GitHub as ${str(e.resolution) ?? 'unspecified'}` : undefined,
            report: sink.report,
        });
    });
}

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
        const tool = toolOverride ?? toolSlug(driverName);
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
                family: ruleFamily(rule.split('>').pop().trim() || rule),
                file: uri ? normalisePath(decodeUri(uri), sink.workspace) : undefined,
                line,
                endLine: line !== undefined ? lineNo(region?.endLine) : undefined,
                commit: str(props?.commit) ?? str(fingerprints?.commitSha),
                verification: verificationOf(tool, result),
                secret: secret !== undefined ? normaliseSecret(secret) : undefined,
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
function ingest_isPlaceholder(v) {
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
        this.findings.push(rawFinding(finding));
    }
    raw(value) {
        if (typeof value !== 'string' || value.length < 4 || value === this.latest)
            return;
        const again = value === this.before;
        this.before = this.latest;
        this.latest = value;
        if (again || ingest_isPlaceholder(value))
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
/** trufflehog JSON Lines, each line parsed alone; a line that is not JSON is an error naming it. */
function parseJsonLines(lines, sink, file) {
    parseTrufflehogLines(lines, sink, (t, line) => {
        try {
            return JSON.parse(t);
        }
        catch {
            throw jsonError(t, file, line - 1);
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
 * Parse some whole lines of a JSON Lines report that startsAsJsonLines accepted, as bytes (a part of
 * the file; `atStart` when it begins the file, whose byte order mark is then dropped). Each line is
 * decoded on its own, so no string of the whole part is built. The parts' findings, in order, are the
 * whole report's. Line numbers in errors count from the part's start, so a caller reports errors by
 * parsing the whole file instead.
 */
function ingestJsonLinesPart(bytes, atStart, report, register, workspace) {
    const sink = new CollectingSink(report, workspace, register);
    parseJsonLines(linesOf(bytes, atStart ? (0,readers/* utf8BomLength */.eq)(bytes) : 0), sink, report);
    return sink.result('trufflehog-jsonl');
}
/** The lines of `bytes` from `from`, each decoded alone (`\n` or `\r\n`), numbered from 1. */
function* linesOf(bytes, from) {
    let line = 0;
    for (let start = from; start < bytes.length;) {
        let nl = bytes.indexOf(10, start);
        if (nl === -1)
            nl = bytes.length;
        const end = nl > start && bytes[nl - 1] === 13 ? nl - 1 : nl;
        yield { text: bytes.toString('utf8', start, end), line: ++line };
        start = nl + 1;
    }
}
function detect(text, file, override) {
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
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        if (c === '{' && firstLineIsTrufflehog(text)) {
            return { format: 'trufflehog-jsonl', tool: 'trufflehog', parse: (s) => parseJsonLines(jsonLines(text), s, file) };
        }
        throw jsonError(text, file);
    }
    const found = detectJson(value, text, override);
    if (!found) {
        throw new errors/* InputError */.dz('JSON of an unrecognised shape (expected gitleaks, trufflehog, detect-secrets, secretlint, GitHub alerts or SARIF 2.1.0); prefix the path with the tool name (gitleaks:path) if it is one of these', file);
    }
    return found;
}
/** Parse a report already in memory. */
function ingestText(text, report, override, register, workspace) {
    const found = detect(text, report, override);
    if (override && override !== 'sarif' && found.format !== 'empty' && found.format !== 'sarif' && found.tool !== override) {
        throw new errors/* InputError */.dz(`the report looks like ${found.tool} (${found.format}), but the report option says ${override}`, report);
    }
    if (override === 'sarif' && found.format !== 'sarif' && found.format !== 'empty') {
        throw new errors/* InputError */.dz(`the report option says sarif, but this is ${found.format}`, report);
    }
    const sink = new CollectingSink(report, workspace, register);
    found.parse(sink);
    if (found.format === 'empty' && override && override !== 'sarif')
        sink.tool(override);
    return sink.result(found.format);
}
/** Reports at least this large that start as a JSON array of objects are read in slices (ingestArraySlices). */
const SLICED_MIN_BYTES = 2 << 20;
/**
 * A large JSON array report (gitleaks, secretlint, GitHub alerts, trufflehog array) parsed a slice
 * at a time as it is read (array-slices.ts). Undefined when it has to be read whole instead: it does
 * not start like an array of objects of a known format, the tool the user named is another, or a
 * slice or an entry in it is refused. Reading it whole then gives exactly what it would have anyway
 * (the error and its line included), so this returns only results a whole read gives.
 */
function ingestArraySlices(read, report, override, register, workspace, sizes) {
    const slices = arraySlices(read, sizes);
    try {
        let next = slices.next();
        if (next.done)
            return undefined;
        const found = arrayFormat(rec(next.value.elements[0]));
        if (!found || (override !== undefined && override !== found.tool))
            return undefined;
        const sink = new CollectingSink(report, workspace, register);
        for (; !next.done; next = slices.next())
            found.parse(next.value.elements, sink, next.value.first);
        return next.value ? sink.result(found.format) : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        slices.return(false);
    }
}
/** Parse results produced in-process (the built-in secretlint scan) through the same parser. */
function ingestValue(format, value, report, register, workspace) {
    const sink = new CollectingSink(report, workspace, register);
    parseSecretlintJson(value, sink);
    return sink.result(format);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./actions/common/src/paths.ts
var paths = __webpack_require__(9071);
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
function packed_packFindings(findings) {
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
    // Grown by push, not made with new Array(count): an array made with holes stays "holey" after it is
    // filled, and structured clone writes a holey array element by element as a sparse one (2-3x slower
    // each way; on the main thread the copy is rebuilt by growing a dictionary of elements).
    const file = [];
    const commit = [];
    const secret = [];
    const secretSha1 = [];
    const valueKey = [];
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
        file.push(f.file);
        commit.push(f.commit);
        lines[2 * i] = lineOrZero(f.line);
        lines[2 * i + 1] = lineOrZero(f.endLine);
        secret.push(f.secret);
        secretSha1.push(f.secretSha1);
        valueKey.push(f.valueKey);
    }
    return { count, strings, tabled, file, commit, secret, secretSha1, valueKey, lines };
}
/** The typed arrays to hand over instead of copying (postMessage's transfer list). */
function packed_transferables(packed) {
    return [packed.tabled.buffer, packed.lines.buffer];
}
function unpackFindings(packed) {
    const { count, strings, tabled, lines } = packed;
    const at = (slot) => {
        const n = tabled[slot];
        return n === -1 ? undefined : strings[n];
    };
    const out = [];
    for (let i = 0; i < count; i++) {
        const t = i * TABLED.length;
        // One object literal in FIELDS order, the shape rawFinding gives (absent fields are undefined).
        out.push({
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
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/secret-scan/src/report-thread.ts
// Parsing large reports on more threads. Reading, parsing and hashing 100 MB of reports is most of a
// large run; so worker threads (one per spare core) take reports from the same queue as the main
// thread. A worker sends the raw values it met as soon as a report is parsed (the main thread
// registers them while the worker hashes the findings), then the findings as columns (packed.ts). A
// large trufflehog JSON Lines report is cut into parts at line boundaries, so one big report does
// not leave the other threads idle. Results are put back in report order, so the outcome does not
// depend on which thread parsed what. Small runs stay on one thread: a worker costs ~40 ms to start.











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
    if (error instanceof InputError)
        return { name: 'InputError', message: error.message, file: error.file, line: error.line, column: error.column };
    if (error instanceof ConfigurationError) {
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
/** The buffer a thread reads its parts into: room for a part and the line it ends in (readLineRange reads 64 KiB past it). */
const partBuffer = new readers/* ReusableBuffer */.mz(PART_BYTES + 128 * 1024);
/** One report or part, on whichever thread claimed it: read and parsed (its findings not hashed yet, see keyFindings). */
async function readItem(item, workspace, maxBytes, register) {
    if (item.range) {
        const scratch = partBuffer.take();
        try {
            const bytes = await (0,readers/* readLineRange */.UH)((0,paths/* fileIn */.E)(workspace, item.file), item.range.start, item.range.end, scratch);
            return ingestJsonLinesPart(bytes, item.range.start === 0, item.file, register, workspace);
        }
        finally {
            partBuffer.give(scratch);
        }
    }
    const path = (0,paths/* fileIn */.E)(workspace, item.file);
    const sliced = (0,readers/* withSizedReads */.bt)(path, maxBytes, (read, size) => (size >= SLICED_MIN_BYTES ? ingestArraySlices(read, item.file, item.tool, register, workspace) : undefined));
    if (sliced)
        return sliced;
    const { text } = await (0,readers/* readTextCapped */.XS)(path, maxBytes, item.file);
    return ingestText(text, item.file, item.tool, register, workspace);
}
/** readItem on the main thread, every finding hashed. */
async function parseItem(item, opts, register, fp) {
    const result = await readItem(item, opts.workspace, opts.maxBytes, register);
    fingerprint_keyFindings(result.findings, fp);
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
        return startsAsJsonLines(head.toString('utf8', (0,readers/* utf8BomLength */.eq)(head)), tool);
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
    const fp = new fingerprint_Fingerprinter(opts.salt);
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
    try {
        return await assemble(jobs, items, results, errors, (job) => parseItem(job, opts, register, fp));
    }
    finally {
        // A worker's listeners keep these arrays reachable until the Worker object is collected, which
        // is after the merge: left filled, they held every raw finding (200,000 on the bench, ~27 MB)
        // through the merge and the SARIF, for its garbage collections to mark.
        results.fill(undefined);
        errors.fill(undefined);
    }
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
    const port = parentPort;
    if (!port)
        throw new Error('runReportWorker runs in a worker thread');
    const input = workerData;
    const fp = new Fingerprinter(input.salt);
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
                keyFindings(batch, fp);
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

;// CONCATENATED MODULE: ./actions/secret-scan/src/collect.ts
// Everything that touches the file system or git: finding the reports, reading them, reading the
// lines a location key needs, and working out which lines and commits a pull request changed.







async function collectReports(workspace, entries, opts) {
    // Globs are expanded first; an error met there is kept in its place, so errors still surface in
    // entry order (a report before it is parsed, and can fail, first).
    const jobs = [];
    const seen = new Set();
    let globError;
    for (const entry of entries) {
        if (!entry.trim())
            continue;
        try {
            const spec = parseReportSpec(entry);
            const { files, outside, unmatched } = await (0,glob/* expandGlobs */.GE)(workspace, [spec.pattern], { option: 'report' });
            if (outside.length)
                throw new errors/* ConfigurationError */.j1(`report ${JSON.stringify(entry)} points outside the workspace: ${outside.join(', ')}`, 'report');
            if (unmatched.length)
                throw new errors/* ConfigurationError */.j1(`report ${JSON.stringify(entry)} matched no file (did the scanner step run?)`, 'report');
            for (const file of files) {
                if (seen.has(file))
                    continue;
                seen.add(file);
                jobs.push({ file, tool: spec.tool, bytes: sizeOf((0,external_node_path_.join)(workspace, file)) });
            }
        }
        catch (error) {
            globError = error;
            break;
        }
    }
    const results = await parseReports(jobs, { workspace, maxBytes: opts.maxBytes, salt: opts.salt, mode: opts.thread, redactor: opts.redactor });
    if (globError !== undefined)
        throw globError;
    return results;
}
/** Size for sharing the work between threads; an unreadable file counts 0 (reading it reports the error). */
function sizeOf(path) {
    try {
        return (0,external_node_fs_.statSync)(path).size;
    }
    catch {
        return 0;
    }
}
/** Lines of workspace files, read once each; files that are missing, huge or binary give undefined. */
function makeLinesOf(workspace, maxBytes = 8 * 1024 * 1024) {
    const cache = new Map();
    return (file) => {
        if (cache.has(file))
            return cache.get(file);
        let lines;
        try {
            const abs = (0,external_node_path_.join)(workspace, file);
            const st = (0,external_node_fs_.statSync)(abs);
            if (st.isFile() && st.size <= maxBytes) {
                const buf = (0,external_node_fs_.readFileSync)(abs);
                if (!buf.subarray(0, 8000).includes(0))
                    lines = buf.toString('utf8').split(/\r?\n/);
            }
        }
        catch {
            lines = undefined;
        }
        cache.set(file, lines);
        return lines;
    };
}
/** Path prefix of the workspace inside its repository ('' at the top), so diff paths line up. */
async function prefixOf(workspace) {
    return (await (0,git/* git */.$Y)(workspace, ['rev-parse', '--show-prefix'])).trim();
}
async function collectDiffScope(workspace, base) {
    const diffs = await (0,git/* changedLines */.MA)(workspace, base, 'HEAD');
    const prefix = await prefixOf(workspace);
    const added = new Map();
    for (const d of diffs) {
        if (!d.path || (prefix && !d.path.startsWith(prefix)))
            continue;
        added.set(d.path.slice(prefix.length), new Set(d.addedLines));
    }
    const mb = await (0,git/* mergeBase */.wu)(workspace, base, 'HEAD');
    const commits = new Set((await (0,git/* git */.$Y)(workspace, ['rev-list', `${mb}..HEAD`])).split('\n').filter(Boolean));
    return { mode: 'diff', base, added, commits };
}

;// CONCATENATED MODULE: ./actions/secret-scan/src/dedupe.ts
// Merge raw findings into one finding per secret. Findings that carry the secret (or its sha1, from
// detect-secrets) group by value; findings without it join a value group reported at the same
// file and line, or else group by their location key. Pure: the line windows are passed in.




const MAX_LOCATIONS = 50;
/**
 * A value finding (the secret, or its sha1, was reported). sha1(secret) stays in a private field: the
 * alternate keys need it, and nothing may write it (JSON and object spreads do not see private fields).
 * A class rather than an object with a closure: a large scan holds 100,000s of these.
 */
class ValueFinding {
    fingerprint;
    family;
    tools;
    rules;
    sources;
    locations;
    verification;
    suppressedAtSource;
    kind = 'value';
    #sha1;
    #families;
    #fp;
    constructor(fingerprint, family, tools, rules, sources, locations, verification, suppressedAtSource, sha1, families, fp) {
        this.fingerprint = fingerprint;
        this.family = family;
        this.tools = tools;
        this.rules = rules;
        this.sources = sources;
        this.locations = locations;
        this.verification = verification;
        this.suppressedAtSource = suppressedAtSource;
        this.#sha1 = sha1;
        this.#families = families;
        this.#fp = fp;
    }
    /** Value keys under the other families its sources name, and `generic`: only built when a baseline asks. */
    alternates() {
        return [...new Set([...this.#families, 'generic'])]
            .filter((f) => f !== this.family)
            .sort()
            .map((f) => this.#fp.value(f, this.#sha1));
    }
}
/**
 * Raw findings grouped by key, in the order keys first appear. The keys are hex digests (sha1 of a
 * secret, salted location keys), already uniformly random, so their first characters index an
 * open-addressing table sized up front: no string hashing and no rehashing, which made a Map the
 * slowest step of merging 200,000 findings.
 */
class Groups {
    keys = [];
    members = [];
    slots;
    constructor(expected) {
        let size = 1024;
        while (size < expected * 2)
            size *= 2;
        this.slots = new Int32Array(size);
    }
    add(key, raw) {
        const mask = this.slots.length - 1;
        for (let slot = probeStart(key) & mask;; slot = (slot + 1) & mask) {
            const at = this.slots[slot] - 1;
            if (at === -1) {
                this.slots[slot] = this.keys.push(key);
                this.members.push(raw);
                if (this.keys.length * 2 > this.slots.length)
                    this.grow();
                return;
            }
            if (this.keys[at] === key) {
                const members = this.members[at];
                if (Array.isArray(members))
                    members.push(raw);
                else
                    this.members[at] = [members, raw];
                return;
            }
        }
    }
    grow() {
        this.slots = new Int32Array(this.slots.length * 2);
        const mask = this.slots.length - 1;
        for (let at = 0; at < this.keys.length; at++) {
            let slot = probeStart(this.keys[at]) & mask;
            while (this.slots[slot] !== 0)
                slot = (slot + 1) & mask;
            this.slots[slot] = at + 1;
        }
    }
}
/** A table index from a key's characters (FNV-1a over up to 16): enough for hex digests, fine for any string. */
function probeStart(key) {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length && i < 16; i++)
        h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
function locKey(file, line) {
    return `${file ?? ''}\0${line ?? 0}`;
}
function dedupe(raws, fp, linesOf) {
    const byValue = new Groups(raws.length);
    const pending = [];
    for (const raw of raws) {
        // keyFindings has usually hashed the secret already (and dropped it).
        const sha1 = raw.secret !== undefined && raw.secret !== '' ? sha1Hex(raw.secret) : raw.secretSha1;
        if (sha1)
            byValue.add(sha1, raw);
        else
            pending.push(raw);
    }
    // Findings without the secret: one at a place another scanner reported the secret is that finding;
    // the rest group by their location key (line window) or, without the lines, their position.
    const byLocation = new Groups(pending.length);
    const kinds = new Map();
    if (pending.length) {
        const atLine = new Map();
        byValue.keys.forEach((sha1, at) => {
            const members = byValue.members[at];
            for (const raw of Array.isArray(members) ? members : [members])
                if (raw.file)
                    atLine.set(locKey(raw.file, raw.line), sha1);
        });
        for (const raw of pending) {
            const same = raw.file ? atLine.get(locKey(raw.file, raw.line)) : undefined;
            if (same !== undefined) {
                byValue.add(same, raw);
                continue;
            }
            const lines = raw.file && raw.line ? linesOf(raw.file) : undefined;
            const window = lines && raw.line ? lineWindow(lines, raw.line, raw.endLine) : undefined;
            const key = window !== undefined ? fp.location(raw.file, window) : fp.position(raw.file ?? `${raw.tool}:${raw.rule}`, raw.family, raw.line);
            kinds.set(key, window !== undefined ? 'location' : 'position');
            byLocation.add(key, raw);
        }
    }
    const out = [];
    const shared = new SharedParts();
    byValue.keys.forEach((sha1, at) => {
        const members = byValue.members[at];
        out.push(Array.isArray(members) ? mergeValue(members, sha1, fp) : single(members, sha1, fp, shared));
    });
    byLocation.keys.forEach((key, at) => {
        const members = byLocation.members[at];
        const kind = kinds.get(key);
        out.push(Array.isArray(members) ? mergeLocation(members, key, kind) : single(members, undefined, fp, shared, key, kind));
    });
    return out;
}
// Locations, sources and merged findings are built with every field present (undefined where
// absent), so each kind of object has one shape: the functions that read 100,000s of them stay
// monomorphic (see rawFinding).
function dedupe_location(raw) {
    return {
        file: raw.file || undefined,
        line: raw.line || undefined,
        endLine: raw.line && raw.endLine && raw.endLine >= raw.line ? raw.endLine : undefined,
        commit: raw.commit || undefined,
    };
}
function sourceOf(raw) {
    return { tool: raw.tool, rule: raw.rule, report: raw.report, verification: raw.verification, suppressedAtSource: raw.suppressedAtSource || undefined };
}
/**
 * The lists of single-source findings, shared between findings with the same tool, rule, report,
 * verification, suppression and family (frozen, so sharing is safe): a report repeats a handful of
 * rules 10,000s of times, and each list allocated per finding would be copied by every
 * garbage collection that finding survives.
 */
class SharedParts {
    parts = new Map();
    /** The previous answer: neighbouring findings usually come from the same report and rule. */
    last;
    of(raw) {
        const last = this.last;
        const source = last?.sources[0];
        if (source &&
            source.tool === raw.tool &&
            source.rule === raw.rule &&
            source.report === raw.report &&
            source.verification === raw.verification &&
            source.suppressedAtSource === raw.suppressedAtSource &&
            last.families[0] === raw.family) {
            return last;
        }
        const key = `${raw.tool}\0${raw.rule}\0${raw.report}\0${raw.verification}\0${raw.suppressedAtSource ?? ''}\0${raw.family}`;
        let parts = this.parts.get(key);
        if (!parts) {
            const fresh = sourceOf(raw);
            parts = {
                tools: Object.freeze([raw.tool]),
                rules: Object.freeze([raw.rule]),
                sources: Object.freeze([Object.freeze(fresh)]),
                families: Object.freeze([raw.family]),
            };
            this.parts.set(key, parts);
        }
        this.last = parts;
        return parts;
    }
}
/** The common case, one scanner and one place: nothing to merge. */
function single(raw, sha1, fp, shared, key, kind) {
    const { tools, rules, sources, families } = shared.of(raw);
    const locations = [dedupe_location(raw)];
    const suppressed = raw.suppressedAtSource || undefined;
    if (sha1 !== undefined) {
        return new ValueFinding(raw.valueKey ?? fp.value(raw.family, sha1), raw.family, tools, rules, sources, locations, raw.verification, suppressed, sha1, families, fp);
    }
    return { fingerprint: key, kind: kind, family: raw.family, tools, rules, sources, locations, verification: raw.verification, suppressedAtSource: suppressed };
}
function mergeValue(raws, sha1, fp) {
    const families = [];
    for (const r of raws)
        if (!families.includes(r.family))
            families.push(r.family);
    const family = primaryFamily(families);
    const m = mergeSources(raws);
    let key;
    for (const r of raws) {
        if (r.family === family && r.valueKey !== undefined) {
            key = r.valueKey;
            break;
        }
    }
    key ??= fp.value(family, sha1);
    return new ValueFinding(key, family, m.tools, m.rules, m.sources, m.locations, m.verification, m.suppressedAtSource, sha1, exact(families), fp);
}
function mergeLocation(raws, key, kind) {
    const m = mergeSources(raws);
    return {
        fingerprint: key,
        kind,
        family: primaryFamily(raws.map((r) => r.family)),
        tools: m.tools,
        rules: m.rules,
        sources: m.sources,
        locations: m.locations,
        verification: m.verification,
        suppressedAtSource: m.suppressedAtSource,
    };
}
/** Sources, places and verification of several raw findings of one secret. */
function mergeSources(raws) {
    // A handful of sources per finding: arrays with linear search beat keyed maps here.
    const sources = [];
    const locations = [];
    let verification = 'unverified';
    let allSuppressed = true;
    let suppression;
    for (const raw of raws) {
        const existing = sameSource(sources, raw);
        if (!existing) {
            sources.push(sourceOf(raw));
        }
        else if (verificationRank(raw.verification) > verificationRank(existing.verification)) {
            existing.verification = raw.verification;
        }
        if (verificationRank(raw.verification) > verificationRank(verification))
            verification = raw.verification;
        if (raw.suppressedAtSource)
            suppression ??= raw.suppressedAtSource;
        else
            allSuppressed = false;
        if (locations.length < MAX_LOCATIONS * 4 && !hasPlace(locations, raw)) {
            locations.push(dedupe_location(raw));
        }
    }
    if (locations.length > 1)
        sortFew(locations, compareLocations);
    if (locations.length > MAX_LOCATIONS)
        locations.length = MAX_LOCATIONS;
    // Distinct and sorted, built by hand: two or three sources is the usual case, 40,000 times over.
    const tools = [];
    const rules = [];
    for (const source of sources) {
        if (!tools.includes(source.tool))
            tools.push(source.tool);
        if (!rules.includes(source.rule))
            rules.push(source.rule);
    }
    if (tools.length > 1)
        sortFew(tools, result/* compareText */.n6);
    if (rules.length > 1)
        sortFew(rules, result/* compareText */.n6);
    return {
        tools: exact(tools),
        rules: exact(rules),
        sources: exact(sources),
        locations: exact(locations),
        verification,
        suppressedAtSource: allSuppressed ? suppression : undefined,
    };
}
/**
 * `items` in an array of exactly their number. An array grown by push from empty has room for at
 * least 16 (V8 grows capacity by half plus 16), and a merged secret's five lists live to the end of
 * the run: on the bench, trimmed copies kept ~22 MB less on the heap for every collection to copy
 * and mark.
 */
function exact(items) {
    return items.slice();
}
// Loops rather than find/some with a closure: these run for every raw finding of a merged secret.
function sameSource(sources, raw) {
    for (const s of sources)
        if (s.tool === raw.tool && s.rule === raw.rule && s.report === raw.report)
            return s;
    return undefined;
}
function hasPlace(locations, raw) {
    const line = raw.line || undefined;
    for (const l of locations)
        if (l.file === raw.file && l.line === line && l.commit === raw.commit)
            return true;
    return false;
}
/**
 * Sort in place: insertion sort for the two or three items a merged secret usually has (the
 * built-in sort's set-up cost more than the sorting, 40,000 times over), the built-in one beyond.
 * Stable, like the built-in.
 */
function sortFew(items, compare) {
    if (items.length > 8) {
        items.sort(compare);
        return;
    }
    for (let i = 1; i < items.length; i++) {
        const item = items[i];
        let j = i - 1;
        for (; j >= 0 && compare(items[j], item) > 0; j--)
            items[j + 1] = items[j];
        items[j + 1] = item;
    }
}
/** Files first (findings at HEAD before history-only ones without a file), then line, then commit. */
function compareLocations(a, b) {
    return (Number(a.file === undefined) - Number(b.file === undefined) ||
        (0,result/* compareText */.n6)(a.file ?? '', b.file ?? '') ||
        Number(a.commit !== undefined) - Number(b.commit !== undefined) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (0,result/* compareText */.n6)(a.commit ?? '', b.commit ?? ''));
}

;// CONCATENATED MODULE: ./actions/secret-scan/src/smallest.ts
// Picking the worst few of a large list without sorting all of it.
/** The k first items offered, in `compare` order, kept as they come (n log k, no sort of the whole). */
class Smallest {
    k;
    compare;
    items = [];
    /** How many were offered. */
    count = 0;
    constructor(k, compare) {
        this.k = k;
        this.compare = compare;
    }
    offer(item) {
        this.count++;
        const best = this.items;
        const k = this.k;
        if (best.length === k && (k === 0 || this.compare(item, best[k - 1]) >= 0))
            return;
        let lo = 0;
        let hi = best.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.compare(best[mid], item) <= 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        best.splice(lo, 0, item);
        if (best.length > k)
            best.pop();
    }
}
/** The k first items of `list` in `compare` order, without sorting the whole list. */
function smallest(list, k, compare) {
    const best = new Smallest(k, compare);
    for (const item of list)
        best.offer(item);
    return best.items;
}

;// CONCATENATED MODULE: ./actions/secret-scan/src/evaluate.ts
// The decision, pure: which merged findings are new, pre-existing (outside the change), suppressed
// (baseline or the scanner itself) or expired (baseline entry past its date), and what that means.
// Every message is built from safe fields: tool, rule, family, path, line, commit, fingerprint.




/** Lower is listed first: expired entries, then failing findings, then verified before unverified. */
function urgencyOf(status, severity, verification) {
    return (status === 'expired' ? 0 : 6) + (severity === 'error' ? 0 : 3) + (2 - verificationRank(verification));
}
const DEFAULT_MAX_FINDINGS = 1000;
function onChangedLine(loc, scope) {
    if (loc.commit && scope.commits.has(loc.commit))
        return true;
    if (!loc.file)
        return false;
    const lines = scope.added.get(loc.file);
    if (!lines)
        return false;
    // Without a line we cannot tell which part of a changed file it is in: count it (fail closed).
    if (loc.line === undefined)
        return lines.size > 0;
    for (let l = loc.line; l <= (loc.endLine ?? loc.line); l++)
        if (lines.has(l))
            return true;
    return false;
}
function inScope(f, scope) {
    if (scope.mode === 'full')
        return true;
    return f.locations.some((loc) => onChangedLine(loc, scope));
}
function shortFingerprint(fp) {
    return fp.slice(0, 20);
}
function describeLocation(loc) {
    if (!loc)
        return 'no location';
    const at = loc.file ? `${loc.file}${loc.line ? `:${loc.line}` : ''}` : 'no file';
    return loc.commit ? `${at} (commit ${loc.commit.slice(0, 12)})` : at;
}
function describe(c, baselineFile) {
    const f = c.finding;
    const where = describeLocation(f.locations[0]);
    const more = f.locations.length > 1 ? ` and ${f.locations.length - 1} more place${f.locations.length > 2 ? 's' : ''}` : '';
    const who = `found by ${f.tools.join(', ')} (${f.rules.join(', ')})`;
    const id = `fingerprint ${f.fingerprint}`;
    if (c.status === 'expired') {
        return `Baseline entry for this ${f.family} secret expired on ${c.entry.expires} (owner ${c.entry.owner}): ${where}${more}, ${who}. Rotate and remove the secret, or renew the entry in ${baselineFile}. ${id}`;
    }
    const verb = f.verification === 'verified' ? 'Verified live' : f.verification === 'unknown' ? 'Unconfirmed (verification failed)' : 'Unverified';
    return `${verb} ${f.family} secret at ${where}${more}, ${who}. Rotate it and remove it from the code and history, or accept it in ${baselineFile} with a reason, owner and expiry. ${id}`;
}
function toFinding(c, baselineFile) {
    const loc = c.finding.locations[0];
    const finding = {
        ruleId: c.status === 'expired' ? 'secret-scan/baseline-expired' : `secret-scan/${c.finding.verification}-secret`,
        severity: c.severity,
        message: describe(c, baselineFile),
    };
    if (loc?.file)
        finding.file = loc.file;
    if (loc?.file && loc.line)
        finding.line = loc.line;
    if (loc?.file && loc.line && loc.endLine && loc.endLine > loc.line)
        finding.endLine = loc.endLine;
    return finding;
}
/** By the first place (file, then line), then by fingerprint: a stable order for findings of equal urgency. */
function bySite(a, b) {
    const la = a.finding.locations[0];
    const lb = b.finding.locations[0];
    return (0,result/* compareText */.n6)(la?.file ?? '', lb?.file ?? '') || (la?.line ?? 0) - (lb?.line ?? 0) || (0,result/* compareText */.n6)(a.finding.fingerprint, b.finding.fingerprint);
}
/** counts[status]++, spelled out for the same reason as verificationRank. */
function countStatus(counts, status) {
    if (status === 'new')
        counts.new++;
    else if (status === 'pre-existing')
        counts['pre-existing']++;
    else if (status === 'suppressed')
        counts.suppressed++;
    else
        counts.expired++;
}
function emptyCounts() {
    return { findings: 0, new: 0, 'pre-existing': 0, suppressed: 0, expired: 0 };
}
function evaluate(input) {
    const matches = matchBaseline(input.findings, input.entries);
    const failRank = verificationRank(input.failOn);
    const classified = [];
    const perTool = new Map();
    for (const r of input.reports)
        for (const t of r.tools)
            if (!perTool.has(t))
                perTool.set(t, emptyCounts());
    const counts = { new: 0, 'pre-existing': 0, suppressed: 0, expired: 0, failing: 0, verified: 0 };
    for (const finding of input.findings) {
        const entry = matches.get(finding);
        let status;
        if (finding.suppressedAtSource)
            status = 'suppressed';
        else if (entry)
            status = isExpired(entry, input.today) ? 'expired' : 'suppressed';
        else
            status = inScope(finding, input.scope) ? 'new' : 'pre-existing';
        let severity = 'note';
        if (status === 'expired')
            severity = 'error';
        else if (status === 'new')
            severity = verificationRank(finding.verification) >= failRank ? 'error' : 'warning';
        // Every field present (entry undefined when none): one shape for 100,000s (see rawFinding).
        classified.push({ finding, status, entry, severity, urgency: urgencyOf(status, severity, finding.verification) });
        countStatus(counts, status);
        if (severity === 'error')
            counts.failing++;
        if (finding.verification === 'verified')
            counts.verified++;
        for (const tool of finding.tools) {
            let t = perTool.get(tool);
            if (!t)
                perTool.set(tool, (t = emptyCounts()));
            t.findings++;
            countStatus(t, status);
        }
    }
    const used = new Set(matches.values());
    // In diff scope the reports cover only the change, so an entry not matched says nothing.
    const unusedEntries = input.scope.mode === 'full' ? input.entries.filter((e) => !used.has(e)) : [];
    const incompleteEntries = input.entries.filter(isPlaceholder);
    // Messages are built only for the findings listed: the worst `max`, chosen severity first.
    const max = input.maxFindings ?? DEFAULT_MAX_FINDINGS;
    const errors = [];
    const warnings = [];
    for (const c of classified)
        if (c.status === 'new' || c.status === 'expired')
            (c.severity === 'error' ? errors : warnings).push(c);
    const chosen = [];
    for (const bucket of [errors, warnings]) {
        const room = max - chosen.length;
        if (room <= 0)
            break;
        // The first `room` by site, without sorting 200,000 findings to list 1,000 of them.
        for (const c of bucket.length > room ? smallest(bucket, room, bySite) : bucket)
            chosen.push(c);
    }
    const findings = chosen.map((c) => toFinding(c, input.baselineFile)).sort(result/* compareFindings */.Eg);
    const findingsOmitted = errors.length + warnings.length - chosen.length;
    if (findingsOmitted > 0) {
        findings.push({
            ruleId: 'secret-scan/findings-omitted',
            severity: 'note',
            message: `${findingsOmitted} more new or expired findings are not listed here (the result lists ${max}, most severe first); the SARIF file and the job summary count them all.`,
        });
    }
    for (const e of incompleteEntries) {
        findings.push({
            ruleId: 'secret-scan/baseline-incomplete',
            severity: 'warning',
            message: `Baseline entry ${e.fingerprint.slice(0, 20)} still has a placeholder reason or owner: say why the secret is acceptable and who owns it.`,
            file: input.baselineFile,
            ...(e.line ? { line: e.line } : {}),
        });
    }
    for (const e of unusedEntries) {
        findings.push({
            ruleId: 'secret-scan/baseline-unused',
            severity: 'note',
            message: `Baseline entry ${e.fingerprint.slice(0, 20)} (${e.family ?? 'secret'}${e.file ? ` in ${e.file}` : ''}) matches no current finding: remove it.`,
            file: input.baselineFile,
            ...(e.line ? { line: e.line } : {}),
        });
    }
    let decision = 'pass';
    if (counts.failing > 0)
        decision = 'fail';
    else if (counts.new > 0 || incompleteEntries.length > 0)
        decision = 'warn';
    const tools = [...perTool.keys()].sort();
    const parts = [
        `${counts.new} new secret${counts.new === 1 ? '' : 's'}${counts.new ? ` (${counts.failing - counts.expired} at or above ${input.failOn})` : ''}`,
        `${counts['pre-existing']} pre-existing`,
        `${counts.suppressed} suppressed`,
        `${counts.expired} expired`,
    ];
    const summary = `${parts.join(', ')} — ${input.findings.length} distinct from ${input.rawCount} reported by ${tools.length ? tools.join(', ') : 'no scanner'} (${input.scope.mode} scope)`;
    return { decision, summary, classified, findings, findingsOmitted, perTool, counts, unusedEntries, incompleteEntries };
}

;// CONCATENATED MODULE: ./actions/secret-scan/src/salt.ts
// Where the per-repository fingerprint salt comes from, in order:
//   1. the `fingerprint-salt` option (pass a repository secret: `${{ secrets.SECRET_SCAN_SALT }}`);
//   2. the RELEASE_GATES_FINGERPRINT_SALT environment variable (keeps it off the command line);
//   3. derived from the repository name, `repo:<owner>/<name>` (lower case), taken from the event,
//      GITHUB_REPOSITORY, or the `origin` remote — the same in CI and on a laptop.
// A derived salt is public: it keeps fingerprints from matching across repositories but does not stop
// someone who knows the repository from testing guesses of a weak secret against the baseline. Use
// an explicit secret salt for that (fork pull requests get no secrets, so they would need the same value).

const SALT_ENV = 'RELEASE_GATES_FINGERPRINT_SALT';
/** owner/name from an https, ssh or scp-like git remote URL. */
function repositoryFromRemote(url) {
    const m = /[/:]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m ? `${m[1]}/${m[2]}` : undefined;
}
function saltFrom(option, env, repository) {
    if (option)
        return { value: option, source: 'the fingerprint-salt option', explicit: true };
    const fromEnv = env[SALT_ENV];
    if (fromEnv)
        return { value: fromEnv, source: SALT_ENV, explicit: true };
    if (repository)
        return { value: `repo:${repository.toLowerCase()}`, source: `the repository name (${repository.toLowerCase()})`, explicit: false };
    return undefined;
}
async function resolveSalt(option, env, eventRepository, workspace) {
    let repository = eventRepository ?? env.GITHUB_REPOSITORY;
    if (!repository && !option && !env[SALT_ENV]) {
        try {
            repository = repositoryFromRemote(await (0,git/* git */.$Y)(workspace, ['remote', 'get-url', 'origin']));
        }
        catch {
            repository = undefined;
        }
    }
    return (saltFrom(option, env, repository) ?? {
        value: 'repo:(unknown)',
        source: 'a fixed default (no fingerprint-salt, no repository name, no origin remote): fingerprints will not match CI',
        explicit: false,
    });
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./actions/common/src/sarif.ts
var sarif = __webpack_require__(18);
;// CONCATENATED MODULE: ./actions/secret-scan/src/sarif-out.ts
// Merged SARIF for code scanning: one run per source tool (stable name and category, kept even when
// empty so fixed alerts close), at most 20 runs, at most 25,000 results per run kept by severity,
// and trimmed further (by severity) so the file stays under 10 MB gzipped.




const SARIF_MAX_GZIP_BYTES = 10 * 1024 * 1024;
/** Aim below the cap: the estimate is sampled. */
const GZIP_TARGET = Math.floor(SARIF_MAX_GZIP_BYTES * 0.85);
const OTHER_TOOL = 'other-sarif';
/** The SARIF level of a verification (comparisons, not a table looked up by name: see verificationRank). */
function severityOf(v) {
    return v === 'verified' ? 'error' : v === 'unknown' ? 'warning' : 'note';
}
function runName(tool) {
    return `release-gates/secret-scan/${tool}`;
}
function verbOf(v) {
    return v === 'verified' ? 'Verified' : v === 'unknown' ? 'Unconfirmed' : 'Unverified';
}
function levelRank(level) {
    return level === 'error' ? 0 : level === 'warning' ? 1 : 2;
}
/** Failing findings are errors; the rest take their level from verification. */
function levelOf(c) {
    return c.status === 'expired' || (c.status === 'new' && c.severity === 'error') ? 'error' : severityOf(c.finding.verification);
}
/**
 * The message of a result: what and who, briefly (the location is the result's own). Neighbouring
 * results mostly say the same, so the last message is reused when its parts match: a few hundred
 * strings instead of 100,000 built copies on a large run.
 */
class Messages {
    last;
    of(c) {
        const f = c.finding;
        const last = this.last;
        if (last && sameMessage(last.finding, f) && last.status === c.status)
            return last.text;
        const text = `${verbOf(f.verification)} ${f.family} secret, ${c.status}${f.tools.length > 1 ? `; found by ${f.tools.join(', ')}` : ''}${f.locations.length > 1 ? `; ${f.locations.length} places` : ''}.`;
        this.last = { finding: f, status: c.status, text };
        return text;
    }
}
function sameMessage(a, b) {
    if (a.verification !== b.verification || a.family !== b.family)
        return false;
    if (Math.min(a.locations.length, 2) !== Math.min(b.locations.length, 2) || (a.locations.length > 1 && a.locations.length !== b.locations.length))
        return false;
    if (a.tools === b.tools)
        return true;
    if (a.tools.length !== b.tools.length)
        return false;
    // One tool says nothing about who; several are listed.
    return a.tools.length === 1 || a.tools.every((t, i) => t === b.tools[i]);
}
function resultFor(c, tool, messages) {
    const f = c.finding;
    let rule = f.rules[0] ?? f.family;
    for (const s of f.sources) {
        if (s.tool === tool) {
            rule = s.rule;
            break;
        }
    }
    const loc = f.locations[0];
    const file = loc?.file || undefined;
    const line = file && loc.line ? loc.line : undefined;
    // Every field present (undefined where absent): one shape for 100,000s of results (see rawFinding).
    return {
        ruleId: rule,
        severity: levelOf(c),
        message: messages.of(c),
        fingerprint: f.fingerprint,
        file,
        line,
        endLine: line && loc.endLine ? loc.endLine : undefined,
        suppressed: c.status === 'suppressed'
            ? { justification: c.entry ? `${c.entry.reason} (owner ${c.entry.owner}, until ${c.entry.expires})` : (f.suppressedAtSource ?? 'suppressed') }
            : undefined,
    };
}
/** Bytes per result after gzip, measured on a sample of what the runner will write. */
function gzipBytesPerResult(runs) {
    const sample = [];
    for (const run of runs)
        for (const r of run.results.slice(0, 400))
            sample.push(r);
    if (!sample.length)
        return 0;
    // Serialised as the runner writes it (compact).
    const text = (0,sarif/* sarifText */.BC)([{ tool: 'sample', category: 'sample', results: sample }]);
    return (0,external_node_zlib_.gzipSync)(text).length / sample.length;
}
function planSarif(classified, toolsSeen, version) {
    // Known scanners always get a run: when a team drops a scanner, its old alerts close.
    const tools = [...new Set([...KNOWN_TOOLS, ...toolsSeen])];
    const extra = tools.filter((t) => !KNOWN_TOOLS.includes(t)).sort();
    const room = sarif/* SARIF_MAX_RUNS */.md - KNOWN_TOOLS.length;
    const ownRun = new Set([...KNOWN_TOOLS, ...(extra.length > room ? extra.slice(0, room - 1) : extra)]);
    const runTool = (tool) => (ownRun.has(tool) ? tool : OTHER_TOOL);
    // Per run, findings by SARIF level; results are built only for the ones kept (most severe first).
    // Each level lists finding and source tool side by side (no pair array per entry).
    const byRun = new Map();
    for (const t of tools)
        if (!byRun.has(runTool(t)))
            byRun.set(runTool(t), [[], [], []]);
    // The lists of each source tool's run, looked up once per tool rather than per finding.
    const listsOf = new Map(tools.map((t) => [t, byRun.get(runTool(t))]));
    for (const c of classified) {
        const level = levelRank(levelOf(c));
        for (const tool of c.finding.tools)
            (listsOf.get(tool) ?? byRun.get(runTool(tool)))[level].push(c, tool);
    }
    const omitted = new Map();
    const runs = [];
    const messages = new Messages();
    for (const [tool, levels] of byRun) {
        const results = [];
        let total = 0;
        for (const level of levels) {
            total += level.length / 2;
            for (let i = 0; i < level.length && results.length < sarif/* SARIF_MAX_RESULTS_PER_RUN */.ox; i += 2) {
                results.push(resultFor(level[i], level[i + 1], messages));
            }
        }
        if (total > results.length)
            omitted.set(tool, total - results.length);
        runs.push({
            tool: runName(tool),
            category: runName(tool),
            version,
            informationUri: 'https://github.com/release-gates/release-gates/tree/main/actions/secret-scan',
            results,
            // Most severe first, then in the order the findings were merged (report order): deterministic,
            // and no sort of 100,000 results by path.
            ordered: true,
            // A fingerprint is its merged finding's own key, and a run lists each finding once.
            distinctFingerprints: true,
        });
    }
    // Code-unit order: the same as localeCompare on tool ids ([a-z0-9-]), without ICU's set-up on first use.
    runs.sort((a, b) => (0,result/* compareText */.n6)(a.tool, b.tool));
    const total = runs.reduce((n, r) => n + r.results.length, 0);
    const perResult = gzipBytesPerResult(runs);
    let estimate = Math.ceil(total * perResult) + runs.length * 1024;
    if (estimate > GZIP_TARGET && total > 0) {
        // Keep the same share of every run, most severe first.
        const share = (GZIP_TARGET - runs.length * 1024) / (total * perResult);
        for (const run of runs) {
            const keep = Math.floor(run.results.length * share);
            const tool = run.tool.slice(runName('').length);
            omitted.set(tool, (omitted.get(tool) ?? 0) + run.results.length - keep);
            run.results.length = keep;
        }
        estimate = Math.ceil(runs.reduce((n, r) => n + r.results.length, 0) * perResult) + runs.length * 1024;
    }
    return { runs, omitted, estimatedGzipBytes: estimate };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/@secretlint/core/module/index.js + 17 modules
var core_module = __webpack_require__(198);
// EXTERNAL MODULE: ./node_modules/@secretlint/secretlint-rule-preset-recommend/module/index.js
var secretlint_rule_preset_recommend_module = __webpack_require__(1577);
;// CONCATENATED MODULE: ./actions/secret-scan/src/scan.ts
// Standalone mode: with no report at all, scan the tracked files with secretlint and its recommended
// preset, and feed the results through the same secretlint parser as a report would take.






const SCAN_REPORT = '(built-in secretlint scan)';
/** Files larger than this are skipped (generated data, bundles): scanners do the same. */
const SCAN_MAX_FILE_BYTES = 2 * 1024 * 1024;
async function scanTrackedFiles(workspace, register) {
    const prefix = (await (0,git/* git */.$Y)(workspace, ['rev-parse', '--show-prefix'])).trim();
    const files = (await (0,git/* lsFiles */.Fz)(workspace)).filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length));
    const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: secretlint_rule_preset_recommend_module/* creator */.x }] };
    const results = [];
    let skipped = 0;
    for (const file of files) {
        const abs = (0,external_node_path_.join)(workspace, file);
        let buf;
        try {
            const st = await (0,promises_.stat)(abs);
            if (!st.isFile() || st.size > SCAN_MAX_FILE_BYTES) {
                skipped++;
                continue;
            }
            buf = await (0,promises_.readFile)(abs);
        }
        catch {
            // Tracked but deleted in the working tree.
            skipped++;
            continue;
        }
        if (buf.subarray(0, 8000).includes(0)) {
            skipped++;
            continue;
        }
        const content = buf.toString('utf8');
        const r = await (0,core_module/* lintSource */.n)({
            source: { filePath: abs, content, contentType: 'text' },
            options: { config, maskSecrets: false, locale: 'en' },
        });
        if (r.messages.length)
            results.push({ ...r, filePath: file });
    }
    const result = ingestValue('secretlint-json', results, SCAN_REPORT, register, workspace);
    return { result, stats: { files: files.length - skipped, skipped } };
}

// EXTERNAL MODULE: ./actions/common/src/summary.ts
var summary = __webpack_require__(6663);
;// CONCATENATED MODULE: ./actions/secret-scan/src/sections.ts
// Job-summary sections: per-scanner counts first, then what needs action (new and expired), then
// copy-paste baseline entries, then the long listings collapsed. Safe fields only.




const MAX_ROWS = 200;
/** Ready-made baseline entries shown in the summary. */
const MAX_SUGGESTED = 50;
function findingRows(list) {
    return list.slice(0, MAX_ROWS).map((c) => [
        c.status === 'expired' ? `expired ${c.entry.expires}` : c.finding.verification,
        (0,summary/* escapeMarkdown */.FV)(c.finding.family),
        (0,summary/* escapeMarkdown */.FV)(describeLocation(c.finding.locations[0])) + (c.finding.locations.length > 1 ? ` (+${c.finding.locations.length - 1})` : ''),
        (0,summary/* escapeMarkdown */.FV)(c.finding.tools.join(', ')),
        (0,summary/* code */.aY)(shortFingerprint(c.finding.fingerprint)),
    ]);
}
/**
 * Most urgent first (expired, failing, verified...), then by place. The urgency is a number on the
 * classified finding itself: picking the worst 200 of 100,000s mostly stops there, without reading
 * each finding's locations.
 */
function worstFirst(a, b) {
    return a.urgency - b.urgency || bySite(a, b);
}
/** Both listings' worst in one pass over the findings (a large run has 100,000s). */
function worstOf(classified) {
    const action = new Smallest(MAX_ROWS, worstFirst);
    const quiet = new Smallest(MAX_ROWS, worstFirst);
    for (const c of classified)
        (c.status === 'new' || c.status === 'expired' ? action : quiet).offer(c);
    return { action, quiet };
}
/**
 * The `k` worst new findings: those among the worst actions when that settles it (a new finding
 * is an action, so the worst new ones come first among the worst actions), else a pass of their own.
 */
function worstNew(classified, worst, k) {
    const listed = worst.action.items.filter((c) => c.status === 'new');
    if (listed.length >= k || worst.action.items.length === worst.action.count)
        return listed.slice(0, k);
    return smallest(classified.filter((c) => c.status === 'new'), k, worstFirst);
}
function buildSections(ev, worst, reports, suggested, baselineFile, sarifOmitted) {
    const sections = [];
    const tools = [...ev.perTool.entries()].sort((a, b) => b[1].new + b[1].expired - (a[1].new + a[1].expired) || (0,result/* compareText */.n6)(a[0], b[0]));
    sections.push({
        title: 'Per scanner',
        priority: 1,
        body: (0,summary/* table */.tp)(['Scanner', 'Findings', 'New', 'Pre-existing', 'Suppressed', 'Expired'], tools.map(([tool, c]) => [(0,summary/* escapeMarkdown */.FV)(tool), String(c.findings), String(c.new), String(c['pre-existing']), String(c.suppressed), String(c.expired)]), ['l', 'r', 'r', 'r', 'r', 'r']) +
            '\nA secret found by several scanners is one finding and is counted under each of them.\n',
    });
    const action = worst.action.count;
    if (action) {
        const more = action > MAX_ROWS ? `\n${action - MAX_ROWS} more in the result file and SARIF.\n` : '';
        sections.push({
            title: `New and expired (${action})`,
            priority: 2,
            collapsed: action > 20,
            body: (0,summary/* table */.tp)(['Verification', 'Family', 'Where', 'Found by', 'Fingerprint'], findingRows(worst.action.items)) + more,
        });
    }
    if (suggested && suggested.entries.length) {
        const sample = { ...suggested, entries: suggested.entries.slice(0, MAX_SUGGESTED) };
        const count = ev.counts.new;
        sections.push({
            title: `Baseline entries for accepting them (${count})`,
            priority: 5,
            collapsed: true,
            body: `To accept a finding, add its entry to ${(0,summary/* code */.aY)(baselineFile)}, replace the TODOs and keep the expiry short ` +
                `(or run with ${(0,summary/* code */.aY)('update-baseline: true')}). Entries hold salted fingerprints only.\n\n` +
                '```json\n' +
                JSON.stringify(sample.entries, null, 2) +
                '\n```\n' +
                (count > sample.entries.length ? `\nThe ${sample.entries.length} most severe are shown; \`update-baseline\` writes all ${count}.\n` : ''),
        });
    }
    const quiet = worst.quiet.count;
    if (quiet) {
        sections.push({
            title: `Suppressed and pre-existing (${quiet})`,
            priority: 20,
            collapsed: true,
            body: (0,summary/* table */.tp)(['Status', 'Family', 'Where', 'Found by', 'Why'], worst.quiet.items.map((c) => [
                c.status,
                (0,summary/* escapeMarkdown */.FV)(c.finding.family),
                (0,summary/* escapeMarkdown */.FV)(describeLocation(c.finding.locations[0])),
                (0,summary/* escapeMarkdown */.FV)(c.finding.tools.join(', ')),
                (0,summary/* escapeMarkdown */.FV)(c.status === 'pre-existing'
                    ? 'not on a changed line'
                    : c.entry
                        ? `${c.entry.reason} — ${c.entry.owner}, until ${c.entry.expires}${c.entry.ticket ? `, ${c.entry.ticket}` : ''}`
                        : (c.finding.suppressedAtSource ?? '')),
            ])),
        });
    }
    if (ev.unusedEntries.length) {
        sections.push({
            title: `Unused baseline entries (${ev.unusedEntries.length})`,
            priority: 15,
            collapsed: true,
            body: (0,summary/* table */.tp)(['Fingerprint', 'Family', 'File', 'Owner', 'Expires'], ev.unusedEntries.slice(0, MAX_ROWS).map((e) => [(0,summary/* code */.aY)(shortFingerprint(e.fingerprint)), (0,summary/* escapeMarkdown */.FV)(e.family ?? ''), (0,summary/* escapeMarkdown */.FV)(e.file ?? ''), (0,summary/* escapeMarkdown */.FV)(e.owner), e.expires])),
        });
    }
    const notes = [];
    for (const [tool, n] of sarifOmitted)
        if (n > 0)
            notes.push(`${n} ${tool} results left out of SARIF (GitHub limits: 25,000 per run, 10 MB gzipped); the most severe were kept.`);
    sections.push({
        title: `Reports (${reports.length})`,
        priority: 30,
        collapsed: true,
        body: (0,summary/* table */.tp)(['Report', 'Format', 'Tools', 'Findings'], reports.map((r) => [(0,summary/* escapeMarkdown */.FV)(r.path), r.format, (0,summary/* escapeMarkdown */.FV)(r.tools.join(', ') || '(empty)'), String(r.findings)])) + (notes.length ? '\n' + notes.map((n) => `- ${n}`).join('\n') + '\n' : ''),
    });
    return sections;
}

;// CONCATENATED MODULE: ./actions/secret-scan/src/gate.ts
// secret-scan: aggregate every secret scanner's report (or scan with secretlint), merge the same
// secret found by several scanners, apply the baseline (reason, owner, expiry), and fail on new
// secrets at or above the verification level chosen — without ever writing a secret.

















const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
const options = [
    {
        name: 'report',
        type: 'list',
        separator: 'newline',
        default: [],
        valueName: '<[tool:]glob>',
        defaultText: 'none: the gate scans the tracked files itself with secretlint',
        description: 'Scanner reports to aggregate (paths or globs, one per line; repeat the flag). The format is detected from the content; prefix with gitleaks:, trufflehog:, detect-secrets:, secretlint:, github: or sarif: to name the tool (needed for empty reports to keep their SARIF run).',
    },
    {
        name: 'baseline',
        type: 'string',
        default: '.github/secret-baseline.json',
        valueName: '<path>',
        description: 'Baseline of accepted findings (fingerprint, reason, owner, expires, ticket); a missing file is an empty baseline.',
    },
    {
        name: 'fail-on',
        type: 'enum',
        values: ['verified', 'unknown', 'unverified'],
        default: 'verified',
        description: 'Lowest verification level of a new secret that fails the gate: verified (live, confirmed by the scanner or GitHub validity=active), unknown (verification was attempted and failed), unverified (everything). Below it, new secrets warn.',
    },
    {
        name: 'scope',
        type: 'enum',
        values: ['auto', 'diff', 'full'],
        default: 'auto',
        defaultText: 'auto: diff on pull_request and merge_group events, full otherwise',
        description: 'diff: only findings on lines (or in commits) the change added count as new, the rest are pre-existing; full: every finding counts.',
    },
    {
        name: 'base',
        type: 'string',
        default: '',
        valueName: '<ref>',
        defaultText: 'the pull request or merge group base from the event',
        description: 'Commit to diff against in diff scope.',
    },
    {
        name: 'update-baseline',
        type: 'boolean',
        default: false,
        description: 'Write entries for the current unaccepted findings into the baseline file (salted fingerprint, TODO reason, owner from GITHUB_ACTOR, expiry in 90 days; never a secret or e-mail). The decision still uses the baseline as it was.',
    },
    {
        name: 'fingerprint-salt',
        type: 'string',
        default: '',
        valueName: '<secret>',
        defaultText: 'the RELEASE_GATES_FINGERPRINT_SALT environment variable, else derived from the repository name (owner/name)',
        description: 'Per-repository salt for the HMAC fingerprints; pass a secret.',
    },
    {
        name: 'max-report-mb',
        type: 'integer',
        default: 256,
        min: 1,
        max: 480,
        description: 'Largest report file read, in MiB; a larger one is an error.',
    },
];
function workspaceRelative(ctx, path) {
    const abs = (0,external_node_path_.resolve)(ctx.workspace, path);
    const rel = (0,external_node_path_.relative)(ctx.workspace, abs);
    return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? abs : rel.split('\\').join('/');
}
/** RELEASE_GATES_REPORT_THREAD: auto (default), off, on (one worker) or a number of workers (1-8). */
function threadMode(env) {
    const value = (env.RELEASE_GATES_REPORT_THREAD ?? '').trim().toLowerCase();
    if (value === '' || value === 'auto')
        return 'auto';
    if (value === 'off')
        return 'off';
    if (value === 'on')
        return 1;
    if (/^[1-8]$/.test(value))
        return Number(value);
    throw new errors/* ConfigurationError */.j1(`RELEASE_GATES_REPORT_THREAD must be auto, on, off or a number of worker threads from 1 to 8; got ${JSON.stringify(value)}`, 'RELEASE_GATES_REPORT_THREAD');
}
async function chooseScope(opts, ctx) {
    const base = opts.base || ctx.event.base;
    const wantDiff = opts.scope === 'diff' || (opts.scope === 'auto' && PR_EVENTS.has(ctx.event.name) && base !== undefined);
    if (!wantDiff)
        return { mode: 'full' };
    if (!base)
        throw new errors/* ConfigurationError */.j1('scope diff needs a base commit: run on a pull request or set base', 'scope');
    return collectDiffScope(ctx.workspace, base);
}
async function loadBaseline(path, display) {
    if (!(0,external_node_fs_.existsSync)(path))
        return { entries: [] };
    const { text } = await (0,readers/* readTextCapped */.XS)(path, 64 * 1024 * 1024, display);
    return parseBaseline(text, display);
}
async function run(opts, ctx) {
    const register = (value) => ctx.redactor.add(value);
    const maxBytes = opts['max-report-mb'] * 1024 * 1024;
    const salt = await resolveSalt(opts['fingerprint-salt'], ctx.env, ctx.event.repository, ctx.workspace);
    if (salt.explicit)
        register(salt.value);
    const fp = new fingerprint_Fingerprinter(salt.value);
    if (!salt.explicit)
        ctx.log.info(`secret-scan: fingerprint salt derived from ${salt.source}`);
    let ingested;
    let scannedFiles;
    if (opts.report.some((r) => r.trim() !== '')) {
        ingested = await collectReports(ctx.workspace, opts.report, { redactor: ctx.redactor, maxBytes, salt: salt.value, thread: threadMode(ctx.env) });
    }
    else {
        if (!(await (0,git/* isGitRepository */.XY)(ctx.workspace))) {
            throw new errors/* InputError */.dz('no report given and the working directory is not a git repository, so there are no tracked files to scan; pass report', ctx.workspace);
        }
        const scan = await scanTrackedFiles(ctx.workspace, register);
        ingested = [scan.result];
        scannedFiles = scan.stats.files;
        ctx.log.info(`secret-scan: no report given; scanned ${scan.stats.files} tracked files with secretlint (${scan.stats.skipped} skipped: binary, missing or over 2 MiB)`);
    }
    const reports = ingested.map((r) => r.info);
    let raws = [];
    for (const r of ingested)
        raws = raws.length ? raws.concat(r.findings) : r.findings;
    const rawCount = raws.length;
    for (const r of reports)
        ctx.log.info(`secret-scan: ${r.path}: ${r.format}, ${r.findings} finding${r.findings === 1 ? '' : 's'}`);
    const merged = dedupe(raws, fp, makeLinesOf(ctx.workspace));
    raws = []; // The raw values are not needed past this point.
    ingested = [];
    const baselineAbs = (0,external_node_path_.resolve)(ctx.workspace, opts.baseline);
    const baselineFile = workspaceRelative(ctx, opts.baseline);
    const baseline = await loadBaseline(baselineAbs, baselineFile);
    checkSalt(baseline.saltCheck, fp.saltCheck(), baselineFile);
    const scope = await chooseScope(opts, ctx);
    const today = isoDate(ctx.now());
    const ev = evaluate({
        findings: merged,
        entries: baseline.entries,
        scope,
        failOn: opts['fail-on'],
        today,
        baselineFile,
        reports,
        rawCount,
    });
    const owner = ctx.env.GITHUB_ACTOR ? `@${ctx.env.GITHUB_ACTOR}` : 'TODO: owner';
    const worst = worstOf(ev.classified);
    const newest = worstNew(ev.classified, worst, MAX_SUGGESTED).map((c) => c.finding);
    const suggested = updatedBaseline([], newest, fp.saltCheck(), today, owner);
    let baselineWritten = false;
    if (opts['update-baseline']) {
        const unaccepted = ev.classified.filter((c) => c.status === 'new' || c.status === 'pre-existing').map((c) => c.finding);
        const next = updatedBaseline(baseline.entries, unaccepted, fp.saltCheck(), today, owner);
        await (0,files/* writeFileAtomic */.Z)(baselineAbs, JSON.stringify(next, null, 2) + '\n');
        baselineWritten = true;
        ctx.log.info(`secret-scan: wrote ${next.entries.length - baseline.entries.length} new entries to ${baselineFile}; fill in their reasons and owners`);
    }
    const toolsSeen = new Set();
    for (const r of reports)
        for (const t of r.tools)
            toolsSeen.add(t);
    const sarif = planSarif(ev.classified, toolsSeen, version/* VERSION */.x);
    const perTool = {};
    for (const [tool, c] of [...ev.perTool.entries()].sort((a, b) => (0,result/* compareText */.n6)(a[0], b[0])))
        perTool[tool] = { ...c };
    const sarifOmitted = [...sarif.omitted.values()].reduce((a, b) => a + b, 0);
    const metrics = {
        reports: reports.length,
        rawFindings: rawCount,
        findings: merged.length,
        new: ev.counts.new,
        failing: ev.counts.failing,
        preExisting: ev.counts['pre-existing'],
        suppressed: ev.counts.suppressed,
        expired: ev.counts.expired,
        verified: ev.counts.verified,
        baselineEntries: baseline.entries.length,
        baselineUnused: ev.unusedEntries.length,
        baselineIncomplete: ev.incompleteEntries.length,
        baselineWritten,
        scope: scope.mode,
        failOn: opts['fail-on'],
        saltSource: salt.explicit ? 'explicit' : 'derived',
        tools: perTool,
        findingsOmitted: ev.findingsOmitted,
        sarifResultsOmitted: sarifOmitted,
    };
    if (scannedFiles !== undefined)
        metrics.scannedFiles = scannedFiles;
    return {
        decision: ev.decision,
        summary: ev.summary,
        metrics,
        findings: ev.findings,
        sections: buildSections(ev, worst, reports, suggested, baselineFile, sarif.omitted),
        outputs: { new: String(ev.counts.new), suppressed: String(ev.counts.suppressed) },
        sarif: sarif.runs,
    };
}
const gate = {
    name: 'secret-scan',
    title: 'Secret scan',
    description: 'Aggregates gitleaks, trufflehog, detect-secrets, secretlint, GitHub secret scanning and SARIF reports (or scans with secretlint), merges duplicates, applies a baseline with expiry, and never prints a secret.',
    options,
    run,
};
/* harmony default export */ const src_gate = (gate);


/***/ })

};
