export const id = 710;
export const ids = [710];
export const modules = {

/***/ 710:
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
var errors = __webpack_require__(8860);
// EXTERNAL MODULE: ./actions/common/src/git.ts
var git = __webpack_require__(9963);
// EXTERNAL MODULE: ./actions/common/src/readers.ts
var readers = __webpack_require__(3027);
// EXTERNAL MODULE: ./actions/common/src/files.ts
var files = __webpack_require__(540);
// EXTERNAL MODULE: ./actions/common/src/version.ts + 1 modules
var version = __webpack_require__(3313);
;// CONCATENATED MODULE: ./actions/secret-scan/src/json.ts
// JSON reading that fails closed with a position and never echoes the input: V8's own messages quote
// the text around the error, which in a secret report is the secret itself.


/**
 * Offset of the first JSON syntax error (or text.length when the text ends early). Only called after
 * JSON.parse failed, so it favours being small over being fast.
 */
function findSyntaxError(text) {
    let i = 0;
    const n = text.length;
    const ws = () => {
        while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
            i++;
    };
    const fail = () => {
        throw i;
    };
    const literal = (word) => {
        if (text.startsWith(word, i))
            i += word.length;
        else {
            // Point at the first character that differs.
            let k = 0;
            while (k < word.length && text[i + k] === word[k])
                k++;
            i += k;
            fail();
        }
    };
    const string = () => {
        i++; // opening quote
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === 34) {
                i++;
                return;
            }
            if (c < 0x20)
                fail();
            if (c === 92) {
                i++;
                if (i >= n)
                    fail();
                const e = text[i];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)))
                        fail();
                    i += 5;
                }
                else if ('"\\/bfnrt'.includes(e))
                    i++;
                else
                    fail();
            }
            else
                i++;
        }
        fail();
    };
    const number = () => {
        const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m || m[0] === '-' || m[0] === '')
            fail();
        i += m[0].length;
    };
    const value = (depth) => {
        if (depth > 10_000)
            fail();
        ws();
        if (i >= n)
            fail();
        const c = text[i];
        if (c === '{') {
            i++;
            ws();
            if (text[i] === '}') {
                i++;
                return;
            }
            for (;;) {
                ws();
                if (text[i] !== '"')
                    fail();
                string();
                ws();
                if (text[i] !== ':')
                    fail();
                i++;
                value(depth + 1);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return;
                }
                fail();
            }
        }
        else if (c === '[') {
            i++;
            ws();
            if (text[i] === ']') {
                i++;
                return;
            }
            for (;;) {
                value(depth + 1);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return;
                }
                fail();
            }
        }
        else if (c === '"')
            string();
        else if (c === 't')
            literal('true');
        else if (c === 'f')
            literal('false');
        else if (c === 'n')
            literal('null');
        else
            number();
    };
    try {
        value(0);
        ws();
        if (i < n)
            fail();
        return -1;
    }
    catch (err) {
        if (typeof err === 'number')
            return Math.min(err, n);
        // Stack overflow on absurd nesting: report the start.
        return 0;
    }
}
/** A JSON syntax problem described by position only (never by quoting the text). */
function jsonError(text, file, lineOffset = 0) {
    const offset = findSyntaxError(text);
    const at = offset < 0 ? text.length : offset;
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
// Reports repeat a few dozen rule names thousands of times: remember each answer.
const cache = new Map();
/** Canonical family of a scanner's rule name; unknown names keep a slug of their own. */
function ruleFamily(rule) {
    let family = cache.get(rule);
    if (family === undefined) {
        family = classify(rule);
        if (cache.size < 10_000)
            cache.set(rule, family);
    }
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
 * which made it the slowest step of a 200,000-finding run (about 5x slower than this).
 */
class HmacSha256 {
    /** ipad block followed by room for the message, reused across calls (no per-call concat). */
    inner;
    /** opad block followed by the 32-byte inner digest. */
    outer = Buffer.alloc(BLOCK + 32);
    constructor(key) {
        let k = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
        if (k.length > BLOCK)
            k = (0,external_node_crypto_.hash)('sha256', k, 'buffer');
        const block = Buffer.alloc(BLOCK);
        k.copy(block);
        this.inner = Buffer.alloc(BLOCK + 256);
        for (let i = 0; i < BLOCK; i++) {
            this.inner[i] = block[i] ^ 0x36;
            this.outer[i] = block[i] ^ 0x5c;
        }
    }
    hex(message) {
        const room = Buffer.byteLength(message, 'utf8');
        if (BLOCK + room > this.inner.length) {
            const bigger = Buffer.alloc(BLOCK + room * 2);
            this.inner.copy(bigger, 0, 0, BLOCK);
            this.inner = bigger;
        }
        const length = this.inner.write(message, BLOCK, 'utf8');
        const digest = (0,external_node_crypto_.hash)('sha256', this.inner.subarray(0, BLOCK + length), 'buffer');
        digest.copy(this.outer, BLOCK);
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
    if (v === '' || /^\*+$/.test(v))
        return true;
    if (v.includes('REDACTED'))
        return true;
    if (v.includes('***'))
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
/** The lines a finding covers, trimmed and joined: the content part of a location key. */
function lineWindow(lines, line, endLine) {
    if (line < 1 || line > lines.length)
        return undefined;
    const last = Math.min(Math.max(endLine ?? line, line), line + 4, lines.length);
    const window = lines.slice(line - 1, last).map((l) => l.trim());
    const text = window.join('\n');
    return text === '' ? undefined : text;
}

;// CONCATENATED MODULE: ./actions/secret-scan/src/model.ts
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

;// CONCATENATED MODULE: ./actions/secret-scan/src/dedupe.ts
// Merge raw findings into one finding per secret. Findings that carry the secret (or its sha1, from
// detect-secrets) group by value; findings without it join a value group reported at the same
// file and line, or else group by their location key. Pure: the line windows are passed in.



const MAX_LOCATIONS = 50;
function addTo(group, raw) {
    (group.more ??= []).push(raw);
}
function rawsOf(group) {
    return group.more ? [group.first, ...group.more] : [group.first];
}
function locKey(file, line) {
    return `${file ?? ''}\0${line ?? 0}`;
}
function dedupe(raws, fp, linesOf) {
    const byValue = new Map();
    const byLocation = new Map();
    const atLine = new Map();
    const pending = [];
    for (const raw of raws) {
        const sha1 = raw.secret !== undefined && raw.secret !== '' ? sha1Hex(raw.secret) : raw.secretSha1;
        if (!sha1) {
            pending.push(raw);
            continue;
        }
        const group = byValue.get(sha1);
        if (group)
            addTo(group, raw);
        else
            byValue.set(sha1, { kind: 'value', sha1, key: sha1, first: raw });
    }
    // Only findings without the secret need to look up what other scanners saw at their line.
    if (pending.length) {
        for (const group of byValue.values())
            for (const raw of rawsOf(group))
                if (raw.file)
                    atLine.set(locKey(raw.file, raw.line), group);
    }
    for (const raw of pending) {
        // A scanner that hid the secret, at the place another scanner reported it: the same finding.
        const same = raw.file ? atLine.get(locKey(raw.file, raw.line)) : undefined;
        if (same) {
            addTo(same, raw);
            continue;
        }
        const lines = raw.file && raw.line ? linesOf(raw.file) : undefined;
        const window = lines && raw.line ? lineWindow(lines, raw.line, raw.endLine) : undefined;
        const kind = window !== undefined ? 'location' : 'position';
        const key = kind === 'location'
            ? fp.location(raw.file, window)
            : fp.position(raw.file ?? `${raw.tool}:${raw.rule}`, raw.family, raw.line);
        const group = byLocation.get(key);
        if (group)
            addTo(group, raw);
        else
            byLocation.set(key, { kind, key, first: raw });
    }
    const out = [];
    for (const group of [...byValue.values(), ...byLocation.values()])
        out.push(finish(group, fp));
    return out;
}
function dedupe_location(raw) {
    const loc = {};
    if (raw.file)
        loc.file = raw.file;
    if (raw.line)
        loc.line = raw.line;
    if (raw.line && raw.endLine && raw.endLine >= raw.line)
        loc.endLine = raw.endLine;
    if (raw.commit)
        loc.commit = raw.commit;
    return loc;
}
function keys(group, family, families, fp) {
    if (group.kind !== 'value')
        return { fingerprint: group.key };
    const sha1 = group.sha1;
    return { fingerprint: fp.value(family, sha1), alternates: () => alternateKeys(family, families, sha1, fp) };
}
/** Value keys under the other families the sources name, and `generic`: only built when a baseline asks. */
function alternateKeys(family, families, sha1, fp) {
    return [...new Set([...families, 'generic'])]
        .filter((f) => f !== family)
        .sort()
        .map((f) => fp.value(f, sha1));
}
function finish(group, fp) {
    if (!group.more) {
        // The common case, one scanner and one place: no merging to do.
        const raw = group.first;
        const source = { tool: raw.tool, rule: raw.rule, report: raw.report, verification: raw.verification };
        if (raw.suppressedAtSource)
            source.suppressedAtSource = raw.suppressedAtSource;
        // Built inline (no key object, no families array): this runs once per finding, 200,000 times.
        const sha1 = group.kind === 'value' ? group.sha1 : undefined;
        const single = {
            fingerprint: sha1 !== undefined ? fp.value(raw.family, sha1) : group.key,
            kind: group.kind,
            family: raw.family,
            tools: [raw.tool],
            rules: [raw.rule],
            sources: [source],
            locations: [dedupe_location(raw)],
            verification: raw.verification,
        };
        if (sha1 !== undefined)
            single.alternates = () => alternateKeys(raw.family, [raw.family], sha1, fp);
        if (raw.suppressedAtSource)
            single.suppressedAtSource = raw.suppressedAtSource;
        return single;
    }
    const raws = rawsOf(group);
    const families = [...new Set(raws.map((r) => r.family))];
    const family = primaryFamily(families);
    const { fingerprint, alternates } = keys(group, family, families, fp);
    // A handful of sources per finding: arrays with linear search beat keyed maps here.
    const sources = [];
    const locations = [];
    let verification = 'unverified';
    let allSuppressed = true;
    let suppression;
    for (const raw of raws) {
        const existing = sources.find((s) => s.tool === raw.tool && s.rule === raw.rule && s.report === raw.report);
        if (!existing) {
            const source = { tool: raw.tool, rule: raw.rule, report: raw.report, verification: raw.verification };
            if (raw.suppressedAtSource)
                source.suppressedAtSource = raw.suppressedAtSource;
            sources.push(source);
        }
        else if (VERIFICATION_RANK[raw.verification] > VERIFICATION_RANK[existing.verification]) {
            existing.verification = raw.verification;
        }
        if (VERIFICATION_RANK[raw.verification] > VERIFICATION_RANK[verification])
            verification = raw.verification;
        if (raw.suppressedAtSource)
            suppression ??= raw.suppressedAtSource;
        else
            allSuppressed = false;
        if (locations.length < MAX_LOCATIONS * 4 && !locations.some((l) => l.file === raw.file && l.line === (raw.line || undefined) && l.commit === raw.commit)) {
            locations.push(dedupe_location(raw));
        }
    }
    if (locations.length > 1)
        locations.sort(compareLocations);
    if (locations.length > MAX_LOCATIONS)
        locations.length = MAX_LOCATIONS;
    const tools = sources.length === 1 ? [sources[0].tool] : [...new Set(sources.map((s) => s.tool))].sort();
    const rules = sources.length === 1 ? [sources[0].rule] : [...new Set(sources.map((s) => s.rule))].sort();
    const merged = { fingerprint, kind: group.kind, family, tools, rules, sources, locations, verification };
    if (alternates)
        merged.alternates = alternates;
    if (allSuppressed && suppression)
        merged.suppressedAtSource = suppression;
    return merged;
}
/** Files first (findings at HEAD before history-only ones without a file), then line, then commit. */
function compareLocations(a, b) {
    return (Number(a.file === undefined) - Number(b.file === undefined) ||
        cmp(a.file ?? '', b.file ?? '') ||
        Number(a.commit !== undefined) - Number(b.commit !== undefined) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        cmp(a.commit ?? '', b.commit ?? ''));
}
/** Code-unit order: stable across locales and much cheaper than localeCompare on 200k items. */
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
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
    added.sort((a, b) => cmp(a.file ?? '', b.file ?? '') || cmp(a.fingerprint, b.fingerprint));
    return { version: 1, saltCheck, entries: [...keep, ...added] };
}

// EXTERNAL MODULE: ./actions/common/src/glob.ts
var glob = __webpack_require__(1473);
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
/** A gitleaks JSON report: an array of v8 or v7 findings (`null` and `[]` are empty reports). */
function parseGitleaksJson(value, sink) {
    sink.tool('gitleaks');
    value.forEach((item, index) => {
        const e = rec(item);
        if (!e)
            throw entryError(sink, index, 'not an object');
        if (isGitleaksV8(e))
            v8(e, sink);
        else if (isGitleaksV7(e))
            v7(e, sink);
        else
            throw entryError(sink, index, 'neither a gitleaks v8 nor a v7 finding');
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
    for (const v of Object.values(data)) {
        const r = rec(v);
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
// it (as the secret, in memory), and nothing else of it is kept.




function isSecretlintResult(e) {
    return 'filePath' in e && 'messages' in e;
}
/** secretlint rule ids are package names; the family comes from the rule itself, not the preset. */
function ruleName(m) {
    return str(m.ruleId) ?? 'unknown';
}
function parseSecretlintJson(value, sink) {
    sink.tool('secretlint');
    value.forEach((item, index) => {
        const e = rec(item);
        if (!e || !isSecretlintResult(e))
            throw entryError(sink, index, 'not a secretlint result (filePath, messages)');
        const content = typeof e.sourceContent === 'string' ? e.sourceContent : undefined;
        const messages = Array.isArray(e.messages) ? e.messages : [];
        const file = normalisePath(str(e.filePath), sink.workspace);
        for (const mi of messages) {
            const m = rec(mi);
            if (!m)
                throw entryError(sink, index, 'a message is not an object');
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
function parseGithubAlerts(value, sink) {
    sink.tool('github-secret-scanning');
    value.forEach((item, index) => {
        const e = rec(item);
        if (!e || !isGithubAlert(e))
            throw entryError(sink, index, 'not a secret scanning alert (secret_type, number, state)');
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
    constructor(report, workspace, register) {
        this.report = report;
        this.workspace = workspace;
        this.register = register;
    }
    push(finding) {
        this.findings.push(finding);
    }
    raw(value) {
        if (typeof value !== 'string' || value.length < 4 || ingest_isPlaceholder(value))
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
}
function detectJson(value, text, override) {
    if (value === null)
        return { format: 'empty', tool: override ?? '', parse: () => undefined };
    if (Array.isArray(value)) {
        if (value.length === 0)
            return { format: 'empty', tool: override ?? '', parse: () => undefined };
        const first = rec(value.find((v) => rec(v) !== undefined));
        if (!first)
            return undefined;
        if (isGitleaksV8(first))
            return { format: 'gitleaks-json-v8', tool: 'gitleaks', parse: (s) => parseGitleaksJson(value, s) };
        if (isGitleaksV7(first))
            return { format: 'gitleaks-json-v7', tool: 'gitleaks', parse: (s) => parseGitleaksJson(value, s) };
        if (isSecretlintResult(first))
            return { format: 'secretlint-json', tool: 'secretlint', parse: (s) => parseSecretlintJson(value, s) };
        if (isGithubAlert(first)) {
            return { format: 'github-secret-scanning-alerts', tool: 'github-secret-scanning', parse: (s) => parseGithubAlerts(value, s) };
        }
        if (isTrufflehogResult(first)) {
            return {
                format: 'trufflehog-json-array',
                tool: 'trufflehog',
                parse: (s) => {
                    s.tool('trufflehog');
                    value.forEach((v, i) => {
                        const e = rec(v);
                        if (!e || !isTrufflehogResult(e))
                            throw new errors/* InputError */.dz(`entry ${i + 1}: not a trufflehog result`, s.report);
                        parseTrufflehogResult(e, s);
                    });
                },
            };
        }
        return undefined;
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
        // JSON Lines (trufflehog --json): the first line is a whole object of its own.
        if (c === '{') {
            const firstNl = text.indexOf('\n');
            let first;
            try {
                first = firstNl === -1 ? undefined : JSON.parse(text.slice(0, firstNl));
            }
            catch {
                first = undefined;
            }
            const firstRec = rec(first);
            if (firstRec && (isTrufflehogResult(firstRec) || ('level' in firstRec && 'msg' in firstRec))) {
                return {
                    format: 'trufflehog-jsonl',
                    tool: 'trufflehog',
                    parse: (s) => parseTrufflehogLines(jsonLines(text), s, (t, line) => {
                        try {
                            return JSON.parse(t);
                        }
                        catch {
                            throw jsonError(t, file, line - 1);
                        }
                    }),
                };
            }
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
    return {
        info: { path: report, format: found.format, tools: [...sink.tools].sort(), findings: sink.findings.length },
        findings: sink.findings,
    };
}
/** Parse results produced in-process (the built-in secretlint scan) through the same parser. */
function ingestValue(format, value, report, register, workspace) {
    const sink = new CollectingSink(report, workspace, register);
    parseSecretlintJson(value, sink);
    return { info: { path: report, format, tools: [...sink.tools].sort(), findings: sink.findings.length }, findings: sink.findings };
}

;// CONCATENATED MODULE: ./actions/secret-scan/src/collect.ts
// Everything that touches the file system or git: finding the reports, reading them, reading the
// lines a location key needs, and working out which lines and commits a pull request changed.







async function collectReports(workspace, entries, register, maxBytes) {
    // Globs are expanded first; an error met there is kept in its place, so errors still surface in
    // entry order (a report before it is parsed, and can fail, first).
    const queue = [];
    const seen = new Set();
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
                queue.push({ file, tool: spec.tool });
            }
        }
        catch (error) {
            queue.push({ error });
            break;
        }
    }
    // The next report is read (I/O) while this one is parsed (CPU). A read is awaited only in its
    // turn, so its error too surfaces in order; until then it is marked handled.
    const read = (file) => {
        const text = (0,readers/* readTextCapped */.XS)((0,external_node_path_.join)(workspace, file), maxBytes, file).then((r) => r.text);
        text.catch(() => undefined);
        return text;
    };
    const results = [];
    let next;
    for (let i = 0; i < queue.length; i++) {
        const item = queue[i];
        if ('error' in item)
            throw item.error;
        const text = next ?? read(item.file);
        const following = queue[i + 1];
        next = following && 'file' in following ? read(following.file) : undefined;
        results.push(ingestText(await text, item.file, item.tool, register, workspace));
    }
    return results;
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

// EXTERNAL MODULE: ./actions/common/src/result.ts
var result = __webpack_require__(2354);
;// CONCATENATED MODULE: ./actions/secret-scan/src/smallest.ts
// Picking the worst few of a large list without sorting all of it.
/** The k first items in `compare` order, without sorting the whole list (n log k). */
function smallest(list, k, compare) {
    const best = [];
    for (const item of list) {
        if (best.length === k && compare(item, best[k - 1]) >= 0)
            continue;
        let lo = 0;
        let hi = best.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (compare(best[mid], item) <= 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        best.splice(lo, 0, item);
        if (best.length > k)
            best.pop();
    }
    return best;
}

;// CONCATENATED MODULE: ./actions/secret-scan/src/evaluate.ts
// The decision, pure: which merged findings are new, pre-existing (outside the change), suppressed
// (baseline or the scanner itself) or expired (baseline entry past its date), and what that means.
// Every message is built from safe fields: tool, rule, family, path, line, commit, fingerprint.





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
function bySite(a, b) {
    const la = a.finding.locations[0];
    const lb = b.finding.locations[0];
    return cmp(la?.file ?? '', lb?.file ?? '') || (la?.line ?? 0) - (lb?.line ?? 0) || cmp(a.finding.fingerprint, b.finding.fingerprint);
}
function emptyCounts() {
    return { findings: 0, new: 0, 'pre-existing': 0, suppressed: 0, expired: 0 };
}
function evaluate(input) {
    const matches = matchBaseline(input.findings, input.entries);
    const failRank = VERIFICATION_RANK[input.failOn];
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
            severity = VERIFICATION_RANK[finding.verification] >= failRank ? 'error' : 'warning';
        const c = { finding, status, severity };
        if (entry)
            c.entry = entry;
        classified.push(c);
        counts[status]++;
        if (severity === 'error')
            counts.failing++;
        if (finding.verification === 'verified')
            counts.verified++;
        for (const tool of finding.tools) {
            let t = perTool.get(tool);
            if (!t)
                perTool.set(tool, (t = emptyCounts()));
            t.findings++;
            t[status]++;
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
const SEVERITY = { verified: 'error', unknown: 'warning', unverified: 'note' };
function runName(tool) {
    return `release-gates/secret-scan/${tool}`;
}
const VERB = { verified: 'Verified', unknown: 'Unconfirmed', unverified: 'Unverified' };
const LEVEL_RANK = { error: 0, warning: 1, note: 2 };
/** Failing findings are errors; the rest take their level from verification. */
function levelOf(c) {
    return c.status === 'expired' || (c.status === 'new' && c.severity === 'error') ? 'error' : SEVERITY[c.finding.verification];
}
function resultFor(c, tool) {
    const f = c.finding;
    const source = f.sources.find((s) => s.tool === tool);
    const loc = f.locations[0];
    const severity = levelOf(c);
    const r = {
        ruleId: source?.rule ?? f.rules[0] ?? f.family,
        severity,
        // The location is the result's own; the message says what and who, briefly (it is scanned and stored per result).
        message: `${VERB[f.verification]} ${f.family} secret, ${c.status}${f.tools.length > 1 ? `; found by ${f.tools.join(', ')}` : ''}${f.locations.length > 1 ? `; ${f.locations.length} places` : ''}.`,
        fingerprint: f.fingerprint,
    };
    if (loc?.file) {
        r.file = loc.file;
        if (loc.line)
            r.line = loc.line;
        if (loc.line && loc.endLine)
            r.endLine = loc.endLine;
    }
    if (c.status === 'suppressed') {
        r.suppressed = { justification: c.entry ? `${c.entry.reason} (owner ${c.entry.owner}, until ${c.entry.expires})` : (f.suppressedAtSource ?? 'suppressed') };
    }
    return r;
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
    const text = JSON.stringify((0,sarif/* buildSarif */.Ep)([{ tool: 'sample', category: 'sample', results: sample }]));
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
        byRun.set(runTool(t), [[], [], []]);
    for (const c of classified) {
        const level = LEVEL_RANK[levelOf(c)];
        for (const tool of c.finding.tools)
            byRun.get(runTool(tool))[level].push(c, tool);
    }
    const omitted = new Map();
    const runs = [];
    for (const [tool, levels] of byRun) {
        const results = [];
        let total = 0;
        for (const level of levels) {
            total += level.length / 2;
            for (let i = 0; i < level.length && results.length < sarif/* SARIF_MAX_RESULTS_PER_RUN */.ox; i += 2) {
                results.push(resultFor(level[i], level[i + 1]));
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
        });
    }
    runs.sort((a, b) => a.tool.localeCompare(b.tool));
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
const RANK = { verified: 0, unknown: 1, unverified: 2 };
function worstFirst(a, b) {
    return (Number(b.status === 'expired') - Number(a.status === 'expired') ||
        Number(b.severity === 'error') - Number(a.severity === 'error') ||
        RANK[a.finding.verification] - RANK[b.finding.verification] ||
        cmp(a.finding.locations[0]?.file ?? '', b.finding.locations[0]?.file ?? '') ||
        (a.finding.locations[0]?.line ?? 0) - (b.finding.locations[0]?.line ?? 0) ||
        cmp(a.finding.fingerprint, b.finding.fingerprint));
}
function buildSections(ev, reports, suggested, baselineFile, sarifOmitted) {
    const sections = [];
    const tools = [...ev.perTool.entries()].sort((a, b) => b[1].new + b[1].expired - (a[1].new + a[1].expired) || a[0].localeCompare(b[0]));
    sections.push({
        title: 'Per scanner',
        priority: 1,
        body: (0,summary/* table */.tp)(['Scanner', 'Findings', 'New', 'Pre-existing', 'Suppressed', 'Expired'], tools.map(([tool, c]) => [(0,summary/* escapeMarkdown */.FV)(tool), String(c.findings), String(c.new), String(c['pre-existing']), String(c.suppressed), String(c.expired)]), ['l', 'r', 'r', 'r', 'r', 'r']) +
            '\nA secret found by several scanners is one finding and is counted under each of them.\n',
    });
    const action = ev.classified.filter((c) => c.status === 'new' || c.status === 'expired');
    if (action.length) {
        const more = action.length > MAX_ROWS ? `\n${action.length - MAX_ROWS} more in the result file and SARIF.\n` : '';
        sections.push({
            title: `New and expired (${action.length})`,
            priority: 2,
            collapsed: action.length > 20,
            body: (0,summary/* table */.tp)(['Verification', 'Family', 'Where', 'Found by', 'Fingerprint'], findingRows(smallest(action, MAX_ROWS, worstFirst))) + more,
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
    const quiet = ev.classified.filter((c) => c.status === 'suppressed' || c.status === 'pre-existing');
    if (quiet.length) {
        sections.push({
            title: `Suppressed and pre-existing (${quiet.length})`,
            priority: 20,
            collapsed: true,
            body: (0,summary/* table */.tp)(['Status', 'Family', 'Where', 'Found by', 'Why'], smallest(quiet, MAX_ROWS, worstFirst).map((c) => [
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
    const fp = new Fingerprinter(salt.value);
    if (!salt.explicit)
        ctx.log.info(`secret-scan: fingerprint salt derived from ${salt.source}`);
    let ingested;
    let scannedFiles;
    if (opts.report.some((r) => r.trim() !== '')) {
        ingested = await collectReports(ctx.workspace, opts.report, register, maxBytes);
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
    const newest = smallest(ev.classified.filter((c) => c.status === 'new'), MAX_SUGGESTED, worstFirst).map((c) => c.finding);
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
    for (const [tool, c] of [...ev.perTool.entries()].sort((a, b) => a[0].localeCompare(b[0])))
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
        sections: buildSections(ev, reports, suggested, baselineFile, sarif.omitted),
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
