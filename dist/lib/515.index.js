export const id = 515;
export const ids = [515];
export const modules = {

/***/ 3515:
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
// EXTERNAL MODULE: ./actions/common/src/files.ts
var files = __webpack_require__(540);
// EXTERNAL MODULE: ./actions/common/src/version.ts + 1 modules
var version = __webpack_require__(3313);
// EXTERNAL MODULE: ./actions/secret-scan/src/json.ts
var json = __webpack_require__(3050);
// EXTERNAL MODULE: ./actions/secret-scan/src/family.ts
var src_family = __webpack_require__(9760);
// EXTERNAL MODULE: ./actions/secret-scan/src/fingerprint.ts
var fingerprint = __webpack_require__(3938);
// EXTERNAL MODULE: ./actions/secret-scan/src/model.ts
var model = __webpack_require__(8051);
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
    kind = 'value';
    suppressedAtSource;
    #sha1;
    #families;
    #fp;
    constructor(fingerprint, family, tools, rules, sources, locations, verification, sha1, families, fp) {
        this.fingerprint = fingerprint;
        this.family = family;
        this.tools = tools;
        this.rules = rules;
        this.sources = sources;
        this.locations = locations;
        this.verification = verification;
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
        const sha1 = raw.secret !== undefined && raw.secret !== '' ? (0,fingerprint/* sha1Hex */.Ru)(raw.secret) : raw.secretSha1;
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
            const window = lines && raw.line ? (0,fingerprint/* lineWindow */.Vr)(lines, raw.line, raw.endLine) : undefined;
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
            const fresh = { tool: raw.tool, rule: raw.rule, report: raw.report, verification: raw.verification };
            if (raw.suppressedAtSource)
                fresh.suppressedAtSource = raw.suppressedAtSource;
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
    let finding;
    if (sha1 !== undefined) {
        finding = new ValueFinding(raw.valueKey ?? fp.value(raw.family, sha1), raw.family, tools, rules, sources, locations, raw.verification, sha1, families, fp);
    }
    else {
        finding = { fingerprint: key, kind: kind, family: raw.family, tools, rules, sources, locations, verification: raw.verification };
    }
    if (raw.suppressedAtSource)
        finding.suppressedAtSource = raw.suppressedAtSource;
    return finding;
}
function mergeValue(raws, sha1, fp) {
    const families = [];
    for (const r of raws)
        if (!families.includes(r.family))
            families.push(r.family);
    const family = families.length === 1 ? families[0] : (0,src_family/* primaryFamily */.x)(families);
    const m = mergeSources(raws);
    const key = raws.find((r) => r.family === family && r.valueKey !== undefined)?.valueKey ?? fp.value(family, sha1);
    const finding = new ValueFinding(key, family, m.tools, m.rules, m.sources, m.locations, m.verification, sha1, families, fp);
    if (m.suppressedAtSource)
        finding.suppressedAtSource = m.suppressedAtSource;
    return finding;
}
function mergeLocation(raws, key, kind) {
    const m = mergeSources(raws);
    const finding = {
        fingerprint: key,
        kind,
        family: (0,src_family/* primaryFamily */.x)(raws.map((r) => r.family)),
        tools: m.tools,
        rules: m.rules,
        sources: m.sources,
        locations: m.locations,
        verification: m.verification,
    };
    if (m.suppressedAtSource)
        finding.suppressedAtSource = m.suppressedAtSource;
    return finding;
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
            const source = { tool: raw.tool, rule: raw.rule, report: raw.report, verification: raw.verification };
            if (raw.suppressedAtSource)
                source.suppressedAtSource = raw.suppressedAtSource;
            sources.push(source);
        }
        else if (model/* VERIFICATION_RANK */.H$[raw.verification] > model/* VERIFICATION_RANK */.H$[existing.verification]) {
            existing.verification = raw.verification;
        }
        if (model/* VERIFICATION_RANK */.H$[raw.verification] > model/* VERIFICATION_RANK */.H$[verification])
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
        sortFew(tools, cmp);
    if (rules.length > 1)
        sortFew(rules, cmp);
    const merged = { tools, rules, sources, locations, verification };
    if (allSuppressed && suppression)
        merged.suppressedAtSource = suppression;
    return merged;
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
    const value = (0,json/* parseJson */.q)(text, file);
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
// EXTERNAL MODULE: ./actions/secret-scan/src/ingest.ts + 8 modules
var ingest = __webpack_require__(4708);
// EXTERNAL MODULE: ./actions/secret-scan/src/report-thread.ts + 1 modules
var report_thread = __webpack_require__(4460);
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
            const spec = (0,ingest/* parseReportSpec */.xE)(entry);
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
    const results = await (0,report_thread/* parseReports */.jk)(jobs, { workspace, maxBytes: opts.maxBytes, salt: opts.salt, mode: opts.thread, redactor: opts.redactor });
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





/** Lower is listed first: expired entries, then failing findings, then verified before unverified. */
function urgencyOf(status, severity, verification) {
    return (status === 'expired' ? 0 : 6) + (severity === 'error' ? 0 : 3) + (2 - model/* VERIFICATION_RANK */.H$[verification]);
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
    const failRank = model/* VERIFICATION_RANK */.H$[input.failOn];
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
            severity = model/* VERIFICATION_RANK */.H$[finding.verification] >= failRank ? 'error' : 'warning';
        const c = { finding, status, severity, urgency: urgencyOf(status, severity, finding.verification) };
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
        const text = `${VERB[f.verification]} ${f.family} secret, ${c.status}${f.tools.length > 1 ? `; found by ${f.tools.join(', ')}` : ''}${f.locations.length > 1 ? `; ${f.locations.length} places` : ''}.`;
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
    const severity = levelOf(c);
    const r = {
        ruleId: rule,
        severity,
        message: messages.of(c),
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
    const text = (0,sarif/* sarifText */.BC)([{ tool: 'sample', category: 'sample', results: sample }]);
    return (0,external_node_zlib_.gzipSync)(text).length / sample.length;
}
function planSarif(classified, toolsSeen, version) {
    // Known scanners always get a run: when a team drops a scanner, its old alerts close.
    const tools = [...new Set([...model/* KNOWN_TOOLS */.GK, ...toolsSeen])];
    const extra = tools.filter((t) => !model/* KNOWN_TOOLS */.GK.includes(t)).sort();
    const room = sarif/* SARIF_MAX_RUNS */.md - model/* KNOWN_TOOLS */.GK.length;
    const ownRun = new Set([...model/* KNOWN_TOOLS */.GK, ...(extra.length > room ? extra.slice(0, room - 1) : extra)]);
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
        const level = LEVEL_RANK[levelOf(c)];
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
    const result = (0,ingest/* ingestValue */.YE)('secretlint-json', results, SCAN_REPORT, register, workspace);
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
    return (a.urgency - b.urgency ||
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
    const fp = new fingerprint/* Fingerprinter */.Up(salt.value);
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
