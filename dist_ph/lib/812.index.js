export const id = 812;
export const ids = [812];
export const modules = {

/***/ 3812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ src_gate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/common/src/errors.ts
var errors = __webpack_require__(8860);
// EXTERNAL MODULE: ./actions/common/src/git.ts
var git = __webpack_require__(9963);
// EXTERNAL MODULE: ./actions/common/src/glob.ts
var glob = __webpack_require__(1473);
// EXTERNAL MODULE: ./actions/common/src/readers.ts
var readers = __webpack_require__(3027);
;// CONCATENATED MODULE: ./actions/coverage/src/names.ts
// Function names kept as raw bytes: an lcov tracefile names hundreds of thousands of functions,
// and identity only needs byte equality (names are never displayed), so they are never decoded.
// Lookup is by FNV-1a hash, confirmed byte for byte: exact, whatever the hash does.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
function fnv1a(buf, s, e) {
    let h = FNV_OFFSET;
    for (let i = s; i < e; i++)
        h = Math.imul(h ^ buf[i], FNV_PRIME);
    return h;
}
class NameTable {
    bytes = Buffer.allocUnsafe(0);
    used = 0;
    starts = [];
    ends = [];
    covered = [];
    /** Hash → newest entry; `next` chains entries whose hashes collide (-1 ends a chain). */
    first = new Map();
    next = [];
    get size() {
        return this.starts.length;
    }
    /** Record `buf[s, e)` (hash `h`) as seen, covered if `hit`. */
    mark(buf, s, e, h, hit) {
        const head = this.first.get(h) ?? -1;
        for (let i = head; i !== -1; i = this.next[i]) {
            if (this.equals(i, buf, s, e)) {
                if (hit)
                    this.covered[i] = true;
                return;
            }
        }
        const len = e - s;
        if (this.used + len > this.bytes.length) {
            const bigger = Buffer.allocUnsafe(Math.max(1024, (this.used + len) * 2));
            this.bytes.copy(bigger, 0, 0, this.used);
            this.bytes = bigger;
        }
        const at = this.used;
        for (let k = 0; k < len; k++)
            this.bytes[at + k] = buf[s + k];
        this.used += len;
        const index = this.starts.length;
        this.starts.push(at);
        this.ends.push(at + len);
        this.covered.push(hit);
        this.next.push(head);
        this.first.set(h, index);
    }
    equals(i, buf, s, e) {
        const start = this.starts[i];
        const len = this.ends[i] - start;
        if (len !== e - s)
            return false;
        for (let k = 0; k < len; k++)
            if (this.bytes[start + k] !== buf[s + k])
                return false;
        return true;
    }
    coveredCount() {
        let n = 0;
        for (const c of this.covered)
            if (c)
                n++;
        return n;
    }
    /** Every name (latin1, byte for byte) with its state; for merging and tests. */
    *entries() {
        for (let i = 0; i < this.starts.length; i++)
            yield [this.bytes.subarray(this.starts[i], this.ends[i]), this.covered[i]];
    }
}

;// CONCATENATED MODULE: ./actions/coverage/src/model.ts
// The coverage of one source file, in a form every reader can fill and any two reports can merge.
// Each coverable item (line, branch, function, statement) keeps only "covered or not": counts are
// never negative, so "sum of hits > 0" equals "any report hit it", and merging becomes an
// order-independent union. Percentages are never stored, so nothing is ever averaged.


/** Line states in `FileCoverage.lines`. */
const NOT_COVERABLE = 0;
const MISSED = 1;
const COVERED = 2;
const METRICS = ['lines', 'branches', 'functions', 'statements'];
function emptyTotals() {
    return {
        lines: { covered: 0, total: 0 },
        branches: { covered: 0, total: 0 },
        functions: { covered: 0, total: 0 },
        statements: { covered: 0, total: 0 },
    };
}
function addTotals(into, from) {
    for (const m of METRICS) {
        into[m].covered += from[m].covered;
        into[m].total += from[m].total;
    }
}
const EMPTY_LINES = new Uint8Array(0);
/** Largest branch key packed as key * 2 + covered without losing precision. */
const MAX_PACKED_KEY = 2 ** 52 - 1;
class FileCoverage {
    path;
    /** Index = line number; NOT_COVERABLE / MISSED / COVERED. Grown on demand (may have slack). */
    lines = EMPTY_LINES;
    /**
     * Branches with a numeric identity, packed as key * 2 + covered and appended as read (an lcov
     * tracefile can hold millions: a Map per file would cost ~10x the memory). Sorted and
     * de-duplicated on demand.
     */
    branchValues = new Float64Array(0);
    branchCount = 0;
    branchesSorted = true;
    /** Branches with a textual identity (istanbul locations, coverage.py arcs, odd lcov ids). */
    namedBranches = new Map();
    /** Function identity → covered. */
    functions = new Map();
    /** Functions identified by raw name bytes (lcov FN/FNDA), see names.ts. */
    namedFunctions = new NameTable();
    /** Statement identity → weight * 2 + (covered ? 1 : 0); Go blocks weigh their statement count. */
    statements = new Map();
    /** Set only by count-only formats (coverage-summary.json): there is no per-line data. */
    countsOnly;
    /** Allocation hints shared by all files (sizes the previous file grew to). */
    static lineHint = 256;
    static branchHint = 256;
    constructor(path) {
        this.path = path;
    }
    markLine(line, covered) {
        let lines = this.lines;
        if (line >= lines.length)
            lines = this.grow(line);
        const state = covered ? COVERED : MISSED;
        if (lines[line] < state)
            lines[line] = state;
    }
    grow(line) {
        // Files in one report tend to be alike: start at the size the previous file needed.
        let size = this.lines.length || Math.max(256, FileCoverage.lineHint);
        while (size <= line)
            size *= 2;
        const next = new Uint8Array(size);
        next.set(this.lines);
        this.lines = next;
        FileCoverage.lineHint = Math.min(size, 1 << 16);
        return next;
    }
    lineState(line) {
        return line < this.lines.length ? this.lines[line] : NOT_COVERABLE;
    }
    markBranch(key, covered) {
        if (typeof key === 'string' || key < 0 || key > MAX_PACKED_KEY || !Number.isInteger(key)) {
            const k = String(key);
            if (covered || !this.namedBranches.has(k))
                this.namedBranches.set(k, covered || this.namedBranches.get(k) === true);
            return;
        }
        const value = key * 2 + (covered ? 1 : 0);
        if (this.branchCount === this.branchValues.length)
            this.makeRoomForBranch();
        // Keys arriving in strictly increasing order need no sorting and hold no duplicates.
        if (this.branchesSorted && this.branchCount > 0 && Math.floor(this.branchValues[this.branchCount - 1] / 2) >= key)
            this.branchesSorted = false;
        this.branchValues[this.branchCount++] = value;
    }
    makeRoomForBranch() {
        // Repeated records add duplicates: squeeze them out before growing.
        if (!this.branchesSorted)
            this.compactBranches();
        if (this.branchCount < this.branchValues.length * 0.75)
            return;
        const size = this.branchValues.length ? this.branchValues.length * 2 : FileCoverage.branchHint;
        const next = new Float64Array(size);
        next.set(this.branchValues.subarray(0, this.branchCount));
        this.branchValues = next;
        FileCoverage.branchHint = Math.min(Math.max(256, size), 1 << 16);
    }
    /** Sort by key and keep one entry per key, covered if any entry was. */
    compactBranches() {
        if (this.branchesSorted)
            return;
        const values = this.branchValues.subarray(0, this.branchCount);
        values.sort();
        let out = 0;
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            // Same key as the previous kept value: sorted order puts "covered" (odd) last.
            if (out > 0 && Math.floor(values[out - 1] / 2) === Math.floor(v / 2))
                values[out - 1] = v;
            else
                values[out++] = v;
        }
        this.branchCount = out;
        this.branchesSorted = true;
    }
    /** Every branch as [key, covered], numeric keys first (ascending), then named ones. */
    branchEntries() {
        this.compactBranches();
        const out = [];
        for (let i = 0; i < this.branchCount; i++) {
            const v = this.branchValues[i];
            out.push([Math.floor(v / 2), v % 2 === 1]);
        }
        for (const e of this.namedBranches)
            out.push(e);
        return out;
    }
    branchTotals(into) {
        this.compactBranches();
        const values = this.branchValues;
        let covered = 0;
        for (let i = 0; i < this.branchCount; i++) {
            const v = values[i];
            if (Math.floor(v / 2) * 2 !== v)
                covered++;
        }
        into.total += this.branchCount;
        into.covered += covered;
        for (const covered of this.namedBranches.values()) {
            into.total++;
            if (covered)
                into.covered++;
        }
    }
    markFunction(key, covered) {
        if (covered || !this.functions.has(key))
            this.functions.set(key, covered || this.functions.get(key) === true);
    }
    markStatement(key, weight, covered) {
        const prev = this.statements.get(key);
        const prevWeight = prev === undefined ? 0 : Math.floor(prev / 2);
        const prevCovered = prev !== undefined && prev % 2 === 1;
        this.statements.set(key, Math.max(prevWeight, weight) * 2 + (covered || prevCovered ? 1 : 0));
    }
    hasLineData() {
        return this.countsOnly === undefined;
    }
    totals() {
        if (this.countsOnly)
            return structuredClone(this.countsOnly);
        const t = emptyTotals();
        const lines = this.lines;
        let total = 0;
        let covered = 0;
        for (let i = 1; i < lines.length; i++) {
            const s = lines[i];
            if (s !== NOT_COVERABLE) {
                total++;
                if (s === COVERED)
                    covered++;
            }
        }
        t.lines.total = total;
        t.lines.covered = covered;
        this.branchTotals(t.branches);
        for (const c of this.functions.values()) {
            t.functions.total++;
            if (c)
                t.functions.covered++;
        }
        t.functions.total += this.namedFunctions.size;
        t.functions.covered += this.namedFunctions.coveredCount();
        for (const v of this.statements.values()) {
            const weight = Math.floor(v / 2);
            t.statements.total += weight;
            if (v % 2 === 1)
                t.statements.covered += weight;
        }
        return t;
    }
    /** Line numbers in a state, ascending. */
    linesIn(state) {
        const out = [];
        for (let i = 1; i < this.lines.length; i++)
            if (this.lines[i] === state)
                out.push(i);
        return out;
    }
}
/** Union of `from` into `into` (same source file). Count-only data cannot be merged exactly. */
function mergeFile(into, from, describe) {
    if (into.countsOnly || from.countsOnly) {
        throw new errors/* InputError */.dz(`${describe()} appears in more than one report, and coverage-summary.json holds only counts, which cannot be merged exactly; use coverage-final.json instead`);
    }
    const src = from.lines;
    for (let i = src.length - 1; i >= 1; i--) {
        const s = src[i];
        if (s !== NOT_COVERABLE)
            into.markLine(i, s === COVERED);
    }
    for (const [k, v] of from.branchEntries())
        into.markBranch(k, v);
    for (const [k, v] of from.functions)
        into.markFunction(k, v);
    for (const [name, v] of from.namedFunctions.entries())
        into.namedFunctions.mark(name, 0, name.length, fnv1a(name, 0, name.length), v);
    for (const [k, v] of from.statements)
        into.markStatement(k, Math.floor(v / 2), v % 2 === 1);
}
const REPORT_FORMATS = [
    'lcov',
    'cobertura',
    'jacoco',
    'clover',
    'istanbul',
    'istanbul-summary',
    'go',
    'coveragepy',
];
function getFile(files, path) {
    let f = files.get(path);
    if (!f) {
        f = new FileCoverage(path);
        files.set(path, f);
    }
    return f;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./actions/coverage/src/formats/stream.ts
// Byte-level line streaming for the hot readers: the callback gets the Buffer and the line's bounds,
// so a reader decodes only the fields it needs (forEachLine decodes every line into a string).



const CHUNK = 4 * 1024 * 1024;
const MAX_LINE = 64 * 1024 * 1024;
const REPORT_WORDING = {
    missing: 'report file not found',
    subject: 'report',
    hint: 'raise it with max-bytes if this is expected',
};
function checkReportSize(path, displayName, maxBytes) {
    return (0,readers/* checkFileSize */.cz)(path, displayName, maxBytes, REPORT_WORDING);
}
/**
 * Feed a file to `consume` in chunks: it gets the buffer, the unread range and whether this is the
 * end, and returns how far it got; the rest (an unfinished line) is carried into the next read.
 * A leading UTF-8 BOM is skipped.
 */
async function streamChunks(path, displayName, maxBytes, consume, chunk = CHUNK, options = {}) {
    await checkReportSize(path, displayName, maxBytes);
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    let buf = Buffer.allocUnsafe(chunk * 2);
    let filled = 0;
    let first = true;
    try {
        for (;;) {
            if (filled === buf.length) {
                if (buf.length >= MAX_LINE)
                    throw new errors/* InputError */.dz(options.tooLong ?? 'a single line is over 64 MiB', displayName);
                const bigger = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(bigger, 0, 0, filled);
                buf = bigger;
            }
            // Synchronous reads: nothing else runs meanwhile, and the thread pool's hand-offs cost more than they save.
            const bytesRead = (0,external_node_fs_.readSync)(fd, buf, filled, Math.min(chunk, buf.length - filled), null);
            const eof = bytesRead === 0;
            filled += bytesRead;
            let start = 0;
            if (first) {
                if (filled < 3 && !eof)
                    continue;
                first = false;
                options.checkHead?.(buf.subarray(0, filled));
                start = (0,readers/* utf8BomLength */.eq)(buf, filled);
            }
            const stop = consume(buf, start, filled, eof);
            if (eof)
                return;
            if (stop > 0) {
                buf.copy(buf, 0, stop, filled);
                filled -= stop;
            }
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Calls `onLine` for every line (`\n` or `\r\n`; a leading UTF-8 BOM is skipped). Returns the line count. */
async function streamLines(path, displayName, maxBytes, onLine, chunk = CHUNK) {
    let lineNumber = 0;
    await streamChunks(path, displayName, maxBytes, (buf, start, filled, eof) => {
        // A plain byte loop: lines are short, and a native indexOf call per line costs more than it scans.
        for (let i = start; i < filled; i++) {
            if (buf[i] !== 10)
                continue;
            const end = i > start && buf[i - 1] === 13 ? i - 1 : i;
            onLine(buf, start, end, ++lineNumber);
            start = i + 1;
        }
        if (eof && start < filled) {
            const end = buf[filled - 1] === 13 ? filled - 1 : filled;
            onLine(buf, start, end, ++lineNumber);
            start = filled;
        }
        return start;
    }, chunk);
    return lineNumber;
}

;// CONCATENATED MODULE: ./actions/coverage/src/formats/xml.ts
// A small streaming XML scanner for coverage reports (Cobertura, JaCoCo, Clover).
// Safe by construction: no DTD processing, no external entities, no entity expansion beyond the five
// predefined ones and character references. A DOCTYPE is accepted only without an internal subset
// (JaCoCo and coverage.py write `<!DOCTYPE … "x.dtd">`; the DTD is never fetched); an internal subset
// — where entity declarations (XXE, "billion laughs") live — is refused.
// Speed: tags are found with Buffer.indexOf and attributes are decoded only when a reader asks.



const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QMARK = 63;
const BANG = 33;
const EQ = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const AMP = 38;
const NL = 10;
const xml_CHUNK = 4 * 1024 * 1024;
function isSpace(c) {
    return c === 32 || c === 10 || c === 9 || c === 13;
}
/** Attributes of the current start tag; valid only during the `open` callback. */
class XmlAttributes {
    scanner;
    buf = Buffer.alloc(0);
    count = 0;
    /** name start, name end, value start, value end, has-ampersand — per attribute. */
    bounds = [];
    latin1 = false;
    constructor(scanner) {
        this.scanner = scanner;
    }
    find(name) {
        const buf = this.buf;
        const len = name.length;
        for (let a = 0; a < this.count; a++) {
            const ns = this.bounds[a * 5];
            if (this.bounds[a * 5 + 1] - ns !== len)
                continue;
            let same = true;
            for (let i = 0; i < len; i++) {
                if (buf[ns + i] !== name.charCodeAt(i)) {
                    same = false;
                    break;
                }
            }
            if (same)
                return a;
        }
        return -1;
    }
    get(name) {
        const a = this.find(name);
        if (a === -1)
            return undefined;
        const vs = this.bounds[a * 5 + 2];
        const ve = this.bounds[a * 5 + 3];
        const raw = this.buf.toString(this.latin1 ? 'latin1' : 'utf8', vs, ve);
        return this.bounds[a * 5 + 4] ? this.scanner.decodeEntities(raw) : raw;
    }
    /** A non-negative integer attribute without allocating; -1 when absent or not plain digits. */
    uint(name) {
        const a = this.find(name);
        if (a === -1)
            return -1;
        const vs = this.bounds[a * 5 + 2];
        const ve = this.bounds[a * 5 + 3];
        if (vs >= ve)
            return -1;
        let n = 0;
        for (let i = vs; i < ve; i++) {
            const c = this.buf[i];
            if (c < 48 || c > 57)
                return -1;
            n = n * 10 + (c - 48);
        }
        return n;
    }
}
class XmlScanner {
    handler;
    displayName;
    stack = [];
    attrs = new XmlAttributes(this);
    rootSeen = false;
    rootClosed = false;
    latin1 = false;
    /** Newlines in bytes already discarded, and where counting resumes in the current buffer. */
    linesBefore = 1;
    countedTo = 0;
    buf = Buffer.alloc(0);
    pos = 0;
    constructor(handler, displayName) {
        this.handler = handler;
        this.displayName = displayName;
    }
    /** Element names seen so far: a report repeats a handful of names millions of times. */
    names = [];
    /** The element name in `buf[s, e)`, reusing an earlier string with the same bytes. */
    nameAt(buf, s, e) {
        const len = e - s;
        for (const known of this.names) {
            if (known.length !== len)
                continue;
            let same = true;
            for (let k = 0; k < len; k++) {
                if (known.charCodeAt(k) !== buf[s + k]) {
                    same = false;
                    break;
                }
            }
            if (same)
                return known;
        }
        const name = buf.toString('latin1', s, e);
        if (this.names.length < 64)
            this.names.push(name);
        return name;
    }
    /** 1-based line of the current position (computed on demand: errors are rare). */
    line() {
        let n = this.linesBefore;
        let i = this.countedTo;
        while ((i = this.buf.indexOf(NL, i)) !== -1 && i < this.pos) {
            n++;
            i++;
        }
        return n;
    }
    fail(message, at) {
        if (at !== undefined)
            this.pos = at;
        throw new errors/* InputError */.dz(`malformed XML: ${message}`, this.displayName, this.line());
    }
    /** Input error for the reader using the scanner (not an XML syntax problem). */
    inputError(message) {
        return new errors/* InputError */.dz(message, this.displayName, this.line());
    }
    get depth() {
        return this.stack.length;
    }
    decodeEntities(text) {
        return text.replace(/&([^;&]{0,32});/g, (whole, ref) => {
            switch (ref) {
                case 'lt':
                    return '<';
                case 'gt':
                    return '>';
                case 'amp':
                    return '&';
                case 'quot':
                    return '"';
                case 'apos':
                    return "'";
            }
            const m = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(ref);
            const code = m ? parseInt(m[1] ?? m[2], m[1] ? 16 : 10) : NaN;
            if (!m || code > 0x10ffff || code === 0) {
                throw this.inputError(`malformed XML: entity ${whole} is not one of the predefined ones (entity expansion is disabled)`);
            }
            return String.fromCodePoint(code);
        });
    }
    /**
     * Scan `buf[from, end)`. Returns where an unfinished construct starts (the caller carries it
     * into the next chunk), or `end` when everything was consumed.
     */
    scan(buf, from, end, eof) {
        this.buf = buf;
        this.pos = from;
        this.countedTo = from;
        const handler = this.handler;
        let pos = from;
        while (pos < end) {
            const lt = buf.indexOf(LT, pos);
            const textEnd = lt === -1 || lt >= end ? end : lt;
            if (textEnd > pos) {
                if (textEnd === end && !eof)
                    return pos; // text may continue in the next chunk
                this.textRun(buf, pos, textEnd);
                pos = textEnd;
                if (pos >= end)
                    break;
            }
            this.pos = pos;
            const next = pos + 1 < end ? buf[pos + 1] : undefined;
            if (next === undefined) {
                if (!eof)
                    return pos;
                this.fail('unexpected end of file after "<"');
            }
            if (next === SLASH) {
                const gt = buf.indexOf(GT, pos);
                if (gt === -1 || gt >= end) {
                    if (!eof)
                        return pos;
                    this.fail('unterminated end tag');
                }
                let ne = gt;
                while (ne > pos + 2 && isSpace(buf[ne - 1]))
                    ne--;
                const name = this.nameAt(buf, pos + 2, ne);
                const open = this.stack.pop();
                if (open !== name)
                    this.fail(open === undefined ? `end tag </${name}> without a start tag` : `</${name}> closes <${open}>`);
                handler.close(name, this);
                if (this.stack.length === 0)
                    this.rootClosed = true;
                pos = gt + 1;
                continue;
            }
            if (next === QMARK) {
                const close = buf.indexOf('?>', pos + 2, 'latin1');
                if (close === -1 || close + 2 > end) {
                    if (!eof)
                        return pos;
                    this.fail('unterminated processing instruction');
                }
                if (pos === 0 || (!this.rootSeen && buf.toString('latin1', pos + 2, pos + 6) === 'xml '))
                    this.xmlDeclaration(buf.toString('latin1', pos, close));
                pos = close + 2;
                continue;
            }
            if (next === BANG) {
                const r = this.markup(buf, pos, end, eof);
                if (r === -1)
                    return pos;
                pos = r;
                continue;
            }
            const r = this.startTag(buf, pos, end, eof);
            if (r === -1)
                return pos;
            pos = r;
        }
        this.pos = pos;
        return pos;
    }
    textRun(buf, s, e) {
        if (this.stack.length === 0) {
            for (let i = s; i < e; i++)
                if (!isSpace(buf[i]))
                    this.fail('text outside the root element', i);
            return;
        }
        if (this.handler.wantText && this.handler.text) {
            const raw = buf.toString(this.latin1 ? 'latin1' : 'utf8', s, e);
            this.handler.text(raw.includes('&') ? this.decodeEntities(raw) : raw, this);
        }
    }
    xmlDeclaration(decl) {
        const m = /encoding\s*=\s*["']([^"']+)["']/.exec(decl);
        if (!m)
            return;
        const enc = m[1].toLowerCase();
        if (enc === 'utf-8' || enc === 'utf8' || enc === 'us-ascii' || enc === 'ascii')
            return;
        if (enc === 'iso-8859-1' || enc === 'latin1' || enc === 'latin-1') {
            this.latin1 = true;
            this.attrs.latin1 = true;
            return;
        }
        this.fail(`encoding ${m[1]} is not supported (use UTF-8)`);
    }
    /** `<!--`, `<![CDATA[`, `<!DOCTYPE`. Returns the position after it, or -1 when it needs more input. */
    markup(buf, pos, end, eof) {
        const need = (terminator, from, what) => {
            const i = buf.indexOf(terminator, from, 'latin1');
            if (i === -1 || i + terminator.length > end) {
                if (!eof)
                    return -1;
                this.fail(`unterminated ${what}`);
            }
            return i;
        };
        if (end - pos < 9 && !eof)
            return -1;
        const head = buf.toString('latin1', pos, Math.min(end, pos + 9));
        if (head.startsWith('<!--')) {
            const i = need('-->', pos + 4, 'comment');
            return i === -1 ? -1 : i + 3;
        }
        if (head === '<![CDATA[') {
            const i = need(']]>', pos + 9, 'CDATA section');
            if (i === -1)
                return -1;
            if (this.stack.length === 0)
                this.fail('CDATA outside the root element');
            if (this.handler.wantText && this.handler.text)
                this.handler.text(buf.toString(this.latin1 ? 'latin1' : 'utf8', pos + 9, i), this);
            return i + 3;
        }
        if (head === '<!DOCTYPE') {
            if (this.rootSeen)
                this.fail('DOCTYPE after the root element');
            // Find the closing '>' outside quotes; a '[' there starts an internal subset.
            let quote = 0;
            for (let i = pos + 9; i < end; i++) {
                const c = buf[i];
                if (quote) {
                    if (c === quote)
                        quote = 0;
                }
                else if (c === DQUOTE || c === SQUOTE)
                    quote = c;
                else if (c === 91 /* [ */) {
                    throw this.inputError('refused: the DOCTYPE has an internal subset (entity declarations are not processed, to rule out XXE and entity-expansion attacks)');
                }
                else if (c === GT)
                    return i + 1;
            }
            if (!eof)
                return -1;
            this.fail('unterminated DOCTYPE');
        }
        this.fail(`unexpected markup ${JSON.stringify(head)}`);
    }
    startTag(buf, pos, end, eof) {
        if (this.rootClosed)
            this.fail('a second root element');
        let i = pos + 1;
        while (i < end) {
            const c = buf[i];
            if (isSpace(c) || c === GT || c === SLASH)
                break;
            if (c === LT || c === EQ || c === DQUOTE || c === SQUOTE)
                this.fail('bad character in an element name', i);
            i++;
        }
        if (i >= end) {
            if (!eof)
                return -1;
            this.fail('unterminated start tag');
        }
        if (i === pos + 1)
            this.fail('empty element name');
        const name = this.nameAt(buf, pos + 1, i);
        const attrs = this.attrs;
        attrs.buf = buf;
        attrs.count = 0;
        const bounds = attrs.bounds;
        for (;;) {
            while (i < end && isSpace(buf[i]))
                i++;
            if (i >= end)
                break;
            const c = buf[i];
            if (c === GT || c === SLASH) {
                let selfClosing = false;
                if (c === SLASH) {
                    if (i + 1 >= end)
                        break;
                    if (buf[i + 1] !== GT)
                        this.fail(`expected "/>" in <${name}>`, i);
                    selfClosing = true;
                    i++;
                }
                this.rootSeen = true;
                this.stack.push(name);
                this.pos = pos;
                this.handler.open(name, attrs, this);
                if (selfClosing) {
                    this.stack.pop();
                    this.handler.close(name, this);
                    if (this.stack.length === 0)
                        this.rootClosed = true;
                }
                return i + 1;
            }
            const ns = i;
            while (i < end) {
                const ch = buf[i];
                if (ch === EQ || isSpace(ch))
                    break;
                if (ch === GT || ch === SLASH || ch === LT || ch === DQUOTE || ch === SQUOTE)
                    this.fail(`malformed attribute in <${name}>`, i);
                i++;
            }
            const ne = i;
            while (i < end && isSpace(buf[i]))
                i++;
            if (i >= end)
                break;
            if (buf[i] !== EQ)
                this.fail(`attribute without a value in <${name}>`, i);
            i++;
            while (i < end && isSpace(buf[i]))
                i++;
            if (i >= end)
                break;
            const q = buf[i];
            if (q !== DQUOTE && q !== SQUOTE)
                this.fail(`attribute value not quoted in <${name}>`, i);
            const ve = buf.indexOf(q, i + 1);
            if (ve === -1 || ve >= end)
                break;
            const vs = i + 1;
            // Values are short: a plain loop, since indexOf would search past the value.
            let amp = 0;
            for (let k = vs; k < ve; k++) {
                const ch = buf[k];
                if (ch === AMP)
                    amp = 1;
                else if (ch === LT)
                    this.fail(`"<" inside an attribute value in <${name}>`, k);
            }
            const k = attrs.count * 5;
            bounds[k] = ns;
            bounds[k + 1] = ne;
            bounds[k + 2] = vs;
            bounds[k + 3] = ve;
            bounds[k + 4] = amp;
            attrs.count++;
            i = ve + 1;
            const after = buf[i];
            if (after !== undefined && i < end && !isSpace(after) && after !== GT && after !== SLASH) {
                this.fail(`attributes must be separated by spaces in <${name}>`, i);
            }
        }
        if (!eof)
            return -1;
        this.fail(`unterminated start tag <${name}>`);
    }
    /** Called at end of input. */
    finish() {
        if (!this.rootSeen)
            this.fail('no root element (empty report?)');
        if (this.stack.length)
            this.fail(`unexpected end of file: <${this.stack[this.stack.length - 1]}> is not closed (truncated report?)`);
    }
    /** Bookkeeping before the caller drops `buf[0, upTo)`. */
    discard(upTo) {
        let i = this.countedTo;
        let n = this.linesBefore;
        while ((i = this.buf.indexOf(NL, i)) !== -1 && i < upTo) {
            n++;
            i++;
        }
        this.linesBefore = n;
        this.countedTo = 0;
    }
}
/** Scan an in-memory document (tests). */
function scanXmlText(text, handler, displayName = 'report.xml') {
    const scanner = new XmlScanner(handler, displayName);
    let buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    buf = stripBom(buf, displayName);
    scanner.scan(buf, 0, buf.length, true);
    scanner.finish();
}
function stripBom(buf, displayName) {
    if ((0,readers/* utf8BomLength */.eq)(buf))
        return buf.subarray(3);
    if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
        throw new errors/* InputError */.dz('UTF-16 XML is not supported (write the report as UTF-8)', displayName, 1);
    }
    return buf;
}
/** Stream a file through the scanner in chunks, carrying unfinished constructs over. */
async function scanXmlFile(path, displayName, maxBytes, handler, chunk = xml_CHUNK) {
    const scanner = new XmlScanner(handler, displayName);
    await streamChunks(path, displayName, maxBytes, (buf, start, end, eof) => {
        const stop = scanner.scan(buf, start, end, eof);
        if (!eof)
            scanner.discard(stop);
        return stop;
    }, chunk, 
    // streamChunks skips a UTF-8 byte-order mark itself; stripBom also refuses UTF-16.
    { tooLong: 'a single XML construct is over 64 MiB', checkHead: (head) => void stripBom(head, displayName) });
    scanner.finish();
}

;// CONCATENATED MODULE: ./actions/coverage/src/formats/cobertura.ts
// Cobertura XML (coverage-04.dtd) as written by coverage.py, Coverlet, gcovr and istanbul.
// Lines are read from <class><lines> only, as diff-cover does: Coverlet repeats them under <method>,
// and istanbul's <method> lines are declaration lines its own line coverage does not count.
// Method lines only decide whether the method ran. Branches come from
// condition-coverage="50% (1/2)"; without identities, a line's branches are numbered 0..total-1.


/** Branch keys for formats that give "covered of total" per line. */
const BRANCH_SLOTS = 4096;
class CoberturaHandler {
    files = new Map();
    roots = [];
    wantText = false;
    sourceText = '';
    file;
    method;
    methodHit = false;
    rootChecked = false;
    /** Inside <class><lines>: the lines that count. */
    classLines = false;
    classDepth = -1;
    open(name, attrs, scanner) {
        if (!this.rootChecked) {
            this.rootChecked = true;
            if (name !== 'coverage')
                throw scanner.inputError(`not a Cobertura report: the root element is <${name}>, expected <coverage>`);
        }
        switch (name) {
            case 'line':
                if (this.file)
                    this.line(this.file, attrs, scanner);
                return;
            case 'lines':
                if (this.file && scanner.depth === this.classDepth + 1)
                    this.classLines = true;
                return;
            case 'class': {
                const filename = attrs.get('filename');
                if (!filename)
                    throw scanner.inputError('<class> without a filename attribute');
                this.file = getFile(this.files, filename);
                this.classDepth = scanner.depth;
                return;
            }
            case 'method':
                this.method = `${attrs.get('name') ?? ''}${attrs.get('signature') ?? ''}`;
                this.methodHit = false;
                return;
            case 'source':
                this.wantText = true;
                this.sourceText = '';
                return;
        }
    }
    text(text) {
        this.sourceText += text;
    }
    close(name) {
        if (name === 'lines')
            this.classLines = false;
        else if (name === 'class')
            this.file = undefined;
        else if (name === 'method') {
            if (this.file && this.method !== undefined)
                this.file.markFunction(this.method, this.methodHit);
            this.method = undefined;
        }
        else if (name === 'source') {
            this.wantText = false;
            const root = this.sourceText.trim();
            if (root)
                this.roots.push(root);
        }
    }
    line(file, attrs, scanner) {
        const number = attrs.uint('number');
        if (number < 1)
            throw scanner.inputError(`<line> needs a number attribute >= 1 (got ${JSON.stringify(attrs.get('number') ?? null)})`);
        let hits = attrs.uint('hits');
        if (hits < 0) {
            const raw = attrs.get('hits');
            const n = raw === undefined ? NaN : Number(raw);
            if (Number.isNaN(n))
                throw scanner.inputError(`<line number="${number}"> has hits=${JSON.stringify(raw ?? null)}, not a number`);
            if (n < 0)
                throw scanner.inputError(`<line number="${number}"> has a negative hit count (${raw})`);
            hits = n;
        }
        if (this.method !== undefined && hits > 0)
            this.methodHit = true;
        if (!this.classLines)
            return;
        file.markLine(number, hits > 0);
        const branch = attrs.get('branch');
        if (branch !== undefined && branch.toLowerCase() === 'true') {
            const cc = attrs.get('condition-coverage');
            if (cc === undefined)
                return;
            const m = /\((-?\d+)\/(-?\d+)\)/.exec(cc);
            if (!m)
                throw scanner.inputError(`<line number="${number}"> has an unreadable condition-coverage ${JSON.stringify(cc)}`);
            const covered = Number(m[1]);
            const total = Number(m[2]);
            if (covered < 0 || total < 0 || covered > total || total >= BRANCH_SLOTS) {
                throw scanner.inputError(`<line number="${number}"> has an impossible condition-coverage ${JSON.stringify(cc)}`);
            }
            for (let i = 0; i < total; i++)
                file.markBranch(number * BRANCH_SLOTS + i, i < covered);
        }
    }
}
async function readCobertura(path, displayName, maxBytes) {
    const handler = new CoberturaHandler();
    await scanXmlFile(path, displayName, maxBytes, handler);
    return { format: 'cobertura', file: displayName, files: handler.files, roots: handler.roots, ignored: [] };
}

;// CONCATENATED MODULE: ./actions/coverage/src/formats/clover.ts
// Clover XML as written by PHPUnit (php-code-coverage) and istanbul: <file name path> with
// <line num count type="stmt|cond|method">. stmt and cond lines are lines (and stmt lines
// statements); method lines are functions. cond lines carry truecount/falsecount, which mean two
// different things: in Clover proper, how often the condition was true and false (two branches,
// each covered when its count is > 0); istanbul's clover writer puts covered and uncovered branch
// counts there instead. The file's <metrics conditionals> tells them apart: it equals the sum of
// truecount + falsecount only in istanbul's reading.



class CloverHandler {
    files = new Map();
    file;
    rootChecked = false;
    conds = [];
    conditionals = -1;
    fileDepth = 0;
    open(name, attrs, scanner) {
        if (!this.rootChecked) {
            this.rootChecked = true;
            if (name !== 'coverage')
                throw scanner.inputError(`not a Clover report: the root element is <${name}>, expected <coverage>`);
        }
        if (name === 'line') {
            if (this.file)
                this.line(this.file, attrs, scanner);
        }
        else if (name === 'file') {
            const path = attrs.get('path') || attrs.get('name');
            if (!path)
                throw scanner.inputError('<file> without a path or name attribute');
            this.file = getFile(this.files, path);
            this.fileDepth = scanner.depth;
            this.conds = [];
            this.conditionals = -1;
        }
        else if (name === 'metrics' && this.file && scanner.depth === this.fileDepth + 1 && attrs.uint('conditionals') >= 0) {
            // The file's own metrics (not a nested <class>'s), wherever it sits among the lines.
            this.conditionals = attrs.uint('conditionals');
        }
    }
    close(name) {
        if (name !== 'file' || !this.file)
            return;
        const conds = this.conds;
        let sum = 0;
        for (let i = 0; i < conds.length; i += 3)
            sum += conds[i + 1] + conds[i + 2];
        const istanbul = conds.length > 0 && sum === this.conditionals;
        for (let i = 0; i < conds.length; i += 3) {
            const num = conds[i];
            const t = conds[i + 1];
            const f = conds[i + 2];
            if (istanbul) {
                if (t + f >= BRANCH_SLOTS)
                    continue;
                for (let b = 0; b < t + f; b++)
                    this.file.markBranch(num * BRANCH_SLOTS + b, b < t);
            }
            else {
                this.file.markBranch(num * BRANCH_SLOTS, t > 0);
                this.file.markBranch(num * BRANCH_SLOTS + 1, f > 0);
            }
        }
        this.file = undefined;
        this.conds = [];
    }
    count(attrs, name, scanner, required) {
        const n = attrs.uint(name);
        if (n >= 0)
            return n;
        const raw = attrs.get(name);
        if (raw === undefined && !required)
            return 0;
        const v = raw === undefined ? NaN : Number(raw);
        if (Number.isNaN(v) || v < 0)
            throw scanner.inputError(`<line> has ${name}=${JSON.stringify(raw ?? null)}, expected a non-negative number`);
        return v;
    }
    line(file, attrs, scanner) {
        const num = attrs.uint('num');
        if (num < 1)
            throw scanner.inputError(`<line> needs a num attribute >= 1`);
        const type = attrs.get('type') ?? 'stmt';
        const count = this.count(attrs, 'count', scanner, true);
        if (type === 'method') {
            file.markFunction(`${num}:${attrs.get('name') ?? ''}`, count > 0);
            return;
        }
        file.markLine(num, count > 0);
        if (type === 'stmt')
            file.markStatement(String(num), 1, count > 0);
        else if (type === 'cond') {
            this.conds.push(num, this.count(attrs, 'truecount', scanner, false), this.count(attrs, 'falsecount', scanner, false));
        }
    }
}
async function readClover(path, displayName, maxBytes) {
    const handler = new CloverHandler();
    await scanXmlFile(path, displayName, maxBytes, handler);
    return { format: 'clover', file: displayName, files: handler.files, roots: [], ignored: [] };
}

;// CONCATENATED MODULE: ./actions/coverage/src/formats/json.ts
// JSON reports are parsed whole (with the size cap): their structure (one object per file) gives no
// safe point to stream from, and JSON.parse is faster than any streaming tokenizer we could write.



/** V8 cannot hold a string much over 512 MiB; JSON reports are parsed as one string. */
const JSON_CAP = 500 * 1024 * 1024;
async function readJson(path, displayName, maxBytes) {
    maxBytes = Math.min(maxBytes, JSON_CAP);
    await checkReportSize(path, displayName, maxBytes);
    const { text } = await (0,readers/* readTextCapped */.XS)(path, maxBytes, displayName);
    if (!text.trim())
        throw new errors/* InputError */.dz('empty report', displayName, 1);
    try {
        return JSON.parse(text);
    }
    catch (err) {
        const message = err.message;
        const pos = /position (\d+)/.exec(message);
        const at = pos ? (0,readers/* lineColumnAt */.IX)(text, Number(pos[1])) : undefined;
        throw new errors/* InputError */.dz(`not valid JSON: ${message}`, displayName, at?.line, at?.column);
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A non-negative count, or an InputError naming where it sits. */
function count(v, where, displayName) {
    if (typeof v !== 'number' || !Number.isFinite(v))
        throw new errors/* InputError */.dz(`${where()} is ${JSON.stringify(v)}, expected a number`, displayName);
    if (v < 0)
        throw new errors/* InputError */.dz(`${where()} is negative (${v})`, displayName);
    return v;
}
/** A line number (integer >= 1). */
function lineNumber(v, where, displayName) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
        throw new errors/* InputError */.dz(`${where()} is ${JSON.stringify(v)}, expected a line number >= 1`, displayName);
    }
    return v;
}

;// CONCATENATED MODULE: ./actions/coverage/src/formats/coveragepy.ts
// coverage.py JSON (`coverage json`, jsonreport.py formats 1–3): executed_lines / missing_lines per
// file; with branch coverage, executed_branches / missing_branches arcs [from, to]. Statements are
// the measured lines, as coverage.py counts them.



function lineList(v, where, displayName) {
    if (v === undefined)
        return [];
    if (!Array.isArray(v))
        throw new errors/* InputError */.dz(`${where} is not an array`, displayName);
    return v.map((n, i) => lineNumber(n, () => `${where}[${i}]`, displayName));
}
function arcs(v, where, displayName) {
    if (v === undefined)
        return [];
    if (!Array.isArray(v))
        throw new errors/* InputError */.dz(`${where} is not an array`, displayName);
    return v.map((arc, i) => {
        if (!Array.isArray(arc) || arc.length !== 2 || !arc.every((n) => Number.isInteger(n))) {
            throw new errors/* InputError */.dz(`${where}[${i}] is not a [from, to] arc`, displayName);
        }
        return `${arc[0]}>${arc[1]}`;
    });
}
function parseCoveragePy(doc, displayName) {
    if (!isObject(doc) || !isObject(doc.files))
        throw new errors/* InputError */.dz('coverage.py JSON needs a "files" object', displayName, 1);
    const files = new Map();
    for (const [name, raw] of Object.entries(doc.files)) {
        if (!isObject(raw))
            throw new errors/* InputError */.dz(`files[${JSON.stringify(name)}] is not an object`, displayName);
        const at = (k) => `files[${JSON.stringify(name)}].${k}`;
        const file = getFile(files, name);
        for (const line of lineList(raw.missing_lines, at('missing_lines'), displayName)) {
            file.markLine(line, false);
            file.markStatement(String(line), 1, false);
        }
        for (const line of lineList(raw.executed_lines, at('executed_lines'), displayName)) {
            file.markLine(line, true);
            file.markStatement(String(line), 1, true);
        }
        for (const arc of arcs(raw.missing_branches, at('missing_branches'), displayName))
            file.markBranch(arc, false);
        for (const arc of arcs(raw.executed_branches, at('executed_branches'), displayName))
            file.markBranch(arc, true);
    }
    return files;
}
async function readCoveragePy(path, displayName, maxBytes) {
    const files = parseCoveragePy(await readJson(path, displayName, maxBytes), displayName);
    return { format: 'coveragepy', file: displayName, files, roots: [], ignored: [] };
}

;// CONCATENATED MODULE: ./actions/coverage/src/formats/detect.ts
// Format auto-detection from the first bytes of a report (never from its file name: `coverage.xml`
// is Cobertura, Clover or JaCoCo depending on the tool).

/** The first element name after the prolog (declaration, comments, DOCTYPE), with its start tag. */
function rootTag(text) {
    let i = 0;
    for (;;) {
        i = text.indexOf('<', i);
        if (i === -1)
            return undefined;
        if (text.startsWith('<?', i))
            i = text.indexOf('?>', i) + 2;
        else if (text.startsWith('<!--', i))
            i = text.indexOf('-->', i) + 3;
        else if (text.startsWith('<!', i))
            i = text.indexOf('>', i) + 1;
        else
            break;
        if (i <= 1)
            return undefined;
    }
    const m = /^<([A-Za-z_][\w.:-]*)([^>]*)>/.exec(text.slice(i));
    if (!m)
        return undefined;
    return { name: m[1], tag: m[0], after: text.slice(i + m[0].length) };
}
function detectFormat(head, displayName) {
    let text = head.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const trimmed = text.trimStart();
    if (!trimmed)
        throw new errors/* InputError */.dz('empty report', displayName, 1);
    if (trimmed.startsWith('<')) {
        const root = rootTag(trimmed);
        if (root?.name === 'report')
            return 'jacoco';
        if (root?.name === 'coverage') {
            // Clover: <coverage generated=… [clover=…]><project …>; Cobertura: <coverage line-rate=…><sources|packages>.
            if (/\sclover\s*=/.test(root.tag) || /^\s*(<!--[\s\S]*?-->\s*)*<project[\s>]/.test(root.after))
                return 'clover';
            if (/\s(line-rate|lines-valid|branch-rate)\s*=/.test(root.tag) || /<(sources|packages)[\s>]/.test(root.after))
                return 'cobertura';
            if (/\sgenerated\s*=/.test(root.tag))
                return 'clover';
        }
        throw new errors/* InputError */.dz(`unknown XML coverage format (root element <${root?.name ?? '?'}>); set format to cobertura, jacoco or clover`, displayName, 1);
    }
    if (trimmed.startsWith('{')) {
        if (/^\{\s*"meta"\s*:/.test(trimmed) || /"files"\s*:\s*\{/.test(trimmed) && /"executed_lines"|"missing_lines"|"summary"/.test(trimmed))
            return 'coveragepy';
        if (/^\{\s*"total"\s*:\s*\{\s*"(lines|statements|functions|branches)"/.test(trimmed))
            return 'istanbul-summary';
        if (/"(statementMap|fnMap|branchMap)"\s*:/.test(trimmed) || /"data"\s*:\s*\{\s*"path"/.test(trimmed) || /"coverageMap"\s*:/.test(trimmed))
            return 'istanbul';
        if (/"(lines|statements)"\s*:\s*\{\s*"total"\s*:/.test(trimmed))
            return 'istanbul-summary';
        throw new errors/* InputError */.dz('unknown JSON coverage format; set format to istanbul, istanbul-summary or coveragepy', displayName, 1);
    }
    if (/^mode: (set|count|atomic)\s*$/m.test(trimmed.split('\n', 1)[0] ?? ''))
        return 'go';
    if (/^(TN|SF|VER):/m.test(trimmed.slice(0, 2048)))
        return 'lcov';
    throw new errors/* InputError */.dz('unknown coverage format: not XML, JSON, an lcov tracefile or a Go coverprofile; set format', displayName, 1);
}

;// CONCATENATED MODULE: ./actions/coverage/src/formats/go.ts
// Go coverprofile (`go test -coverprofile`, x/tools cover/profile.go): `mode: set|count|atomic`, then
// `import/path/file.go:startLine.startCol,endLine.endCol numStmts count`. Identical blocks (same
// file and positions, e.g. from several packages' runs) merge: set → OR, count/atomic → sum; a
// block repeated with a different statement count is an error. Statements are native; every line
// of a block is coverable and covered when any block on it ran. The module prefix is stripped by
// the path resolver using go.mod.



class GoProfileParser {
    displayName;
    mode;
    blocks = new Map();
    lastFile = '';
    lastBlocks;
    constructor(displayName) {
        this.displayName = displayName;
    }
    line(text, lineNo) {
        if (this.mode === undefined) {
            const m = /^mode: (set|count|atomic)\s*$/.exec(text);
            if (!m)
                throw new errors/* InputError */.dz('a Go coverprofile starts with "mode: set|count|atomic"', this.displayName, lineNo, 1);
            this.mode = m[1];
            return;
        }
        if (!text.trim())
            return;
        // Profiles merged with `cat` repeat the mode line.
        if (text.startsWith('mode: ')) {
            if (text.trim() !== `mode: ${this.mode}`)
                throw new errors/* InputError */.dz(`mixed profile modes (${this.mode} and ${text.slice(6).trim()})`, this.displayName, lineNo, 1);
            return;
        }
        const colon = text.lastIndexOf(':');
        const m = colon > 0 ? /^(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)\s*$/.exec(text.slice(colon + 1)) : null;
        if (!m) {
            const neg = colon > 0 && /^\S+ \d+ -\d+\s*$/.test(text.slice(colon + 1));
            throw new errors/* InputError */.dz(neg ? 'negative execution count' : 'malformed block: expected <file>:<line>.<col>,<line>.<col> <statements> <count>', this.displayName, lineNo, 1);
        }
        const file = text.slice(0, colon);
        let blocks = this.lastBlocks;
        if (file !== this.lastFile || !blocks) {
            blocks = this.blocks.get(file);
            if (!blocks) {
                blocks = new Map();
                this.blocks.set(file, blocks);
            }
            this.lastFile = file;
            this.lastBlocks = blocks;
        }
        const startLine = Number(m[1]);
        const endLine = Number(m[3]);
        if (startLine < 1 || endLine < startLine)
            throw new errors/* InputError */.dz(`block ends (line ${endLine}) before it starts (line ${startLine})`, this.displayName, lineNo, colon + 2);
        const key = `${m[1]}.${m[2]},${m[3]}.${m[4]}`;
        const stmts = Number(m[5]);
        const hit = m[6] !== '0' && /[1-9]/.test(m[6]);
        const prev = blocks.get(key);
        if (prev) {
            if (prev.stmts !== stmts) {
                throw new errors/* InputError */.dz(`block ${file}:${key} appears with ${prev.stmts} and ${stmts} statements: the profiles are from different sources`, this.displayName, lineNo, 1);
            }
            prev.hit ||= hit;
        }
        else
            blocks.set(key, { startLine, endLine, stmts, hit });
    }
    finish(lastLine) {
        if (this.mode === undefined)
            throw new errors/* InputError */.dz('empty report', this.displayName, lastLine || 1);
        const files = new Map();
        for (const [name, blocks] of this.blocks) {
            const file = getFile(files, name);
            for (const [key, b] of blocks) {
                if (b.stmts > 0)
                    file.markStatement(key, b.stmts, b.hit);
                for (let l = b.startLine; l <= b.endLine; l++)
                    file.markLine(l, b.hit);
            }
        }
        return files;
    }
}
async function readGo(path, displayName, maxBytes) {
    const parser = new GoProfileParser(displayName);
    const n = await streamLines(path, displayName, maxBytes, (buf, s, e, lineNo) => parser.line(buf.toString('utf8', s, e), lineNo));
    return { format: 'go', file: displayName, files: parser.finish(n), roots: [], ignored: [] };
}

;// CONCATENATED MODULE: ./actions/coverage/src/formats/istanbul.ts
// istanbul coverage-final.json (istanbul-lib-coverage FileCoverage data), also inside Jest's
// `{data: …}` wrapper or a Jest --json `coverageMap`; and coverage-summary.json (counts only).
// Lines are derived like istanbul's getLineCoverage: a statement marks its start line, any hit wins.



function position(v) {
    if (!isObject(v))
        return undefined;
    return typeof v.line === 'number' ? { line: v.line, column: typeof v.column === 'number' ? v.column : 0 } : undefined;
}
function range(v) {
    if (!isObject(v))
        return '?';
    const s = position(v.start);
    const e = position(v.end);
    return `${s?.line ?? '?'}:${s?.column ?? '?'}-${e?.line ?? '?'}:${e?.column ?? '?'}`;
}
function parseIstanbulFinal(doc, displayName) {
    if (isObject(doc) && isObject(doc.coverageMap))
        doc = doc.coverageMap;
    if (!isObject(doc))
        throw new errors/* InputError */.dz('coverage-final.json must be an object keyed by file', displayName, 1);
    const files = new Map();
    for (const [key, raw] of Object.entries(doc)) {
        let entry = raw;
        // Jest wraps each file: {"<path>": {"data": {...}}}.
        if (isObject(entry) && isObject(entry.data) && entry.statementMap === undefined)
            entry = entry.data;
        if (!isObject(entry))
            throw new errors/* InputError */.dz(`entry ${JSON.stringify(key)} is not an object`, displayName);
        if (entry.skip === true)
            continue;
        const path = typeof entry.path === 'string' && entry.path ? entry.path : key;
        const where = (what) => () => `${JSON.stringify(key)}: ${what}`;
        const { statementMap, s, fnMap, f, branchMap, b } = entry;
        if (!isObject(statementMap) || !isObject(s)) {
            throw new errors/* InputError */.dz(`entry ${JSON.stringify(key)} has no statementMap/s: not istanbul coverage data`, displayName);
        }
        const file = getFile(files, path);
        for (const [id, loc] of Object.entries(statementMap)) {
            if (!isObject(loc))
                throw new errors/* InputError */.dz(`${JSON.stringify(key)}: statementMap[${id}] is not a location`, displayName);
            const line = lineNumber(position(loc.start)?.line, where(`statementMap[${id}].start.line`), displayName);
            const hits = count(s[id] ?? 0, where(`s[${id}]`), displayName);
            file.markLine(line, hits > 0);
            file.markStatement(range(loc), 1, hits > 0);
        }
        if (isObject(fnMap) && isObject(f)) {
            for (const [id, fn] of Object.entries(fnMap)) {
                if (!isObject(fn))
                    continue;
                const hits = count(f[id] ?? 0, where(`f[${id}]`), displayName);
                file.markFunction(`${typeof fn.name === 'string' ? fn.name : ''}@${range(fn.decl ?? fn.loc)}`, hits > 0);
            }
        }
        if (isObject(branchMap) && isObject(b)) {
            for (const [id, br] of Object.entries(branchMap)) {
                if (!isObject(br))
                    continue;
                const counts = b[id];
                if (!Array.isArray(counts))
                    throw new errors/* InputError */.dz(`${JSON.stringify(key)}: b[${id}] is not an array`, displayName);
                const at = range(br.loc ?? (Array.isArray(br.locations) ? br.locations[0] : undefined));
                counts.forEach((c, i) => file.markBranch(`${at}#${i}`, count(c, where(`b[${id}][${i}]`), displayName) > 0));
            }
        }
    }
    return files;
}
const SUMMARY_KEYS = ['lines', 'branches', 'functions', 'statements'];
function parseIstanbulSummary(doc, displayName) {
    if (!isObject(doc))
        throw new errors/* InputError */.dz('coverage-summary.json must be an object', displayName, 1);
    const files = new Map();
    for (const [key, raw] of Object.entries(doc)) {
        if (key === 'total')
            continue; // recomputed from the files that match the repository
        if (!isObject(raw))
            throw new errors/* InputError */.dz(`entry ${JSON.stringify(key)} is not an object`, displayName);
        const totals = emptyTotals();
        for (const m of SUMMARY_KEYS) {
            const c = raw[m];
            if (c === undefined)
                continue;
            if (!isObject(c))
                throw new errors/* InputError */.dz(`${JSON.stringify(key)}.${m} is not an object`, displayName);
            const total = count(c.total, () => `${JSON.stringify(key)}.${m}.total`, displayName);
            const covered = count(c.covered, () => `${JSON.stringify(key)}.${m}.covered`, displayName);
            if (!Number.isInteger(total) || !Number.isInteger(covered) || covered > total) {
                throw new errors/* InputError */.dz(`${JSON.stringify(key)}.${m}: covered ${covered} of total ${total} is impossible`, displayName);
            }
            totals[m] = { covered, total };
        }
        getFile(files, key).countsOnly = totals;
    }
    return files;
}
async function readIstanbul(path, displayName, maxBytes) {
    const files = parseIstanbulFinal(await readJson(path, displayName, maxBytes), displayName);
    return { format: 'istanbul', file: displayName, files, roots: [], ignored: [] };
}
async function readIstanbulSummary(path, displayName, maxBytes) {
    const files = parseIstanbulSummary(await readJson(path, displayName, maxBytes), displayName);
    return { format: 'istanbul-summary', file: displayName, files, roots: [], ignored: [] };
}

;// CONCATENATED MODULE: ./actions/coverage/src/formats/jacoco.ts
// JaCoCo XML (report.dtd): package name in VM notation (a/b/c) + <sourcefile name>, lines with
// mi/ci (missed/covered instructions) and mb/cb (missed/covered branches). A line is coverable when
// it has instructions and covered when at least one ran. Methods come from <class>/<method> with
// their METHOD counter. Paths are package-relative: the resolver adds source roots.



class JacocoHandler {
    files = new Map();
    pkg = '';
    file;
    classFile;
    className = '';
    method;
    methodCovered = false;
    rootChecked = false;
    pathOf(name) {
        return this.pkg ? `${this.pkg}/${name}` : name;
    }
    open(name, attrs, scanner) {
        if (!this.rootChecked) {
            this.rootChecked = true;
            if (name !== 'report')
                throw scanner.inputError(`not a JaCoCo report: the root element is <${name}>, expected <report>`);
        }
        switch (name) {
            case 'line':
                if (this.file)
                    this.line(this.file, attrs, scanner);
                return;
            case 'counter':
                if (this.method !== undefined && attrs.get('type') === 'METHOD') {
                    const covered = attrs.uint('covered');
                    if (covered < 0 || attrs.uint('missed') < 0)
                        throw scanner.inputError('<counter> needs non-negative integer missed/covered');
                    this.methodCovered = covered > 0;
                }
                return;
            case 'package':
                this.pkg = (attrs.get('name') ?? '').replace(/\./g, '/');
                return;
            case 'sourcefile': {
                const n = attrs.get('name');
                if (!n)
                    throw scanner.inputError('<sourcefile> without a name attribute');
                this.file = getFile(this.files, this.pathOf(n));
                return;
            }
            case 'class': {
                const src = attrs.get('sourcefilename');
                this.className = attrs.get('name') ?? '';
                this.classFile = src ? getFile(this.files, this.pathOf(src)) : undefined;
                return;
            }
            case 'method':
                this.method = `${this.className}.${attrs.get('name') ?? ''}${attrs.get('desc') ?? ''}`;
                this.methodCovered = false;
                return;
        }
    }
    close(name) {
        if (name === 'sourcefile')
            this.file = undefined;
        else if (name === 'package')
            this.pkg = '';
        else if (name === 'class')
            this.classFile = undefined;
        else if (name === 'method') {
            if (this.classFile && this.method !== undefined)
                this.classFile.markFunction(this.method, this.methodCovered);
            this.method = undefined;
        }
    }
    line(file, attrs, scanner) {
        const nr = attrs.uint('nr');
        const mi = attrs.uint('mi');
        const ci = attrs.uint('ci');
        const mb = attrs.uint('mb');
        const cb = attrs.uint('cb');
        if (nr < 1 || mi < 0 || ci < 0 || mb < 0 || cb < 0) {
            throw scanner.inputError('<line> needs nr >= 1 and non-negative integer mi, ci, mb, cb');
        }
        if (mi + ci > 0)
            file.markLine(nr, ci > 0);
        const total = mb + cb;
        if (total >= BRANCH_SLOTS)
            throw scanner.inputError(`<line nr="${nr}"> has ${total} branches, more than this reader supports`);
        for (let i = 0; i < total; i++)
            file.markBranch(nr * BRANCH_SLOTS + i, i < cb);
    }
}
async function readJacoco(path, displayName, maxBytes) {
    const handler = new JacocoHandler();
    await scanXmlFile(path, displayName, maxBytes, handler);
    return { format: 'jacoco', file: displayName, files: handler.files, roots: [], ignored: [] };
}

;// CONCATENATED MODULE: ./actions/coverage/src/formats/lcov.ts
// lcov tracefile reader (geninfo(1) "TRACEFILE FORMAT", lcov 1.x and 2.x).
// Hot path: a 100 MB tracefile is ~10 million records, so lines are parsed straight from the Buffer
// (no string per line); only paths and function names are decoded. Totals are recomputed from
// DA / BRDA / FN(L) records; LF/LH/BRF/BRH/FNF/FNH are never trusted.




const C_A = 65; // A
const C_B = 66;
const C_C = 67;
const C_D = 68;
const C_E = 69;
const C_F = 70;
const C_H = 72;
const C_L = 76;
const C_M = 77;
const C_N = 78;
const C_R = 82;
const C_S = 83;
const C_T = 84;
const C_V = 86;
const C_COLON = 58;
const C_COMMA = 44;
const C_DASH = 45;
const C_0 = 48;
const C_9 = 57;
/** Branch keys pack (line, block, branch) into one exact integer when the parts are small. */
const BLOCK_LIMIT = 1 << 14;
const BRANCH_LIMIT = 1 << 15;
const LINE_LIMIT = 2 ** 23;
class LcovParser {
    displayName;
    options;
    files = new Map();
    ignored = new Map();
    current;
    recordStart = 0;
    /** lcov 2.x: FNL index → function key, local to one record. */
    fnl = new Map();
    sawRecord = false;
    constructor(displayName, options) {
        this.displayName = displayName;
        this.options = options;
    }
    fail(message, lineNo, column) {
        throw new errors/* InputError */.dz(message, this.displayName, lineNo, column);
    }
    lineNo = 0;
    /**
     * Parse the complete lines of `buf[start, end)` (all of it at `eof`); returns where the unfinished
     * last line starts. `DA:<n>,<n>` lines — nine records in ten — are parsed inline in one pass.
     */
    feed(buf, start, end, eof) {
        let s = start;
        let lineNo = this.lineNo;
        while (s < end) {
            const file = this.current;
            if (file !== undefined && buf[s] === C_D && buf[s + 1] === C_A && buf[s + 2] === C_COLON) {
                let i = s + 3;
                let line = 0;
                let c = 0;
                while (i < end && (c = buf[i]) >= C_0 && c <= C_9) {
                    line = line * 10 + (c - C_0);
                    i++;
                }
                if (c === C_COMMA && i > s + 3 && line >= 1 && line <= LINE_LIMIT * 64) {
                    const countStart = ++i;
                    let nonZero = false;
                    while (i < end && (c = buf[i]) >= C_0 && c <= C_9) {
                        if (c !== C_0)
                            nonZero = true;
                        i++;
                    }
                    if (i < end && c === 10 && i > countStart) {
                        lineNo++;
                        file.markLine(line, nonZero);
                        s = i + 1;
                        continue;
                    }
                }
                // CRLF, a checksum, a non-integer count or a malformed record: the general path decides.
            }
            else if (file !== undefined && buf[s] === C_B && buf[s + 1] === C_R && buf[s + 2] === C_D && buf[s + 3] === C_A && buf[s + 4] === C_COLON) {
                // BRDA:<line>,<block>,<branch>,<taken> with plain numbers (or "-"), the next most common record.
                const key = this.plainBranch(buf, s + 5, end);
                if (key >= 0) {
                    lineNo++;
                    file.markBranch(Math.floor(key / 2), key % 2 === 1);
                    s = this.fastEnd;
                    continue;
                }
            }
            else if (file !== undefined && buf[s] === C_F && buf[s + 1] === C_N && buf[s + 2] === C_D && buf[s + 3] === C_A && buf[s + 4] === C_COLON) {
                // FNDA:<count>,<name>: the name is hashed while looking for the end of the line.
                let i = s + 5;
                let c = 0;
                let nonZero = false;
                while (i < end && (c = buf[i]) >= C_0 && c <= C_9) {
                    if (c !== C_0)
                        nonZero = true;
                    i++;
                }
                if (c === C_COMMA && i > s + 5) {
                    const nameStart = ++i;
                    let h = FNV_OFFSET;
                    while (i < end && (c = buf[i]) !== 10) {
                        h = Math.imul(h ^ c, FNV_PRIME);
                        i++;
                    }
                    if (i < end && i > nameStart && buf[i - 1] !== 13) {
                        lineNo++;
                        file.namedFunctions.mark(buf, nameStart, i, h, nonZero);
                        s = i + 1;
                        continue;
                    }
                }
            }
            let nl = s;
            while (nl < end && buf[nl] !== 10)
                nl++;
            if (nl >= end) {
                if (!eof)
                    break;
                this.line(buf, s, buf[end - 1] === 13 ? end - 1 : end, ++lineNo);
                s = end;
                break;
            }
            this.line(buf, s, nl > s && buf[nl - 1] === 13 ? nl - 1 : nl, ++lineNo);
            s = nl + 1;
        }
        this.lineNo = lineNo;
        return s;
    }
    /** Where the last fast-path record ended (the next line's start). */
    fastEnd = 0;
    /**
     * `<line>,<block>,<branch>,<taken>\n` with plain numbers (taken may be "-") → packed key * 2 +
     * taken, and `fastEnd` after the newline; -1 for anything else (the general path decides).
     */
    plainBranch(buf, i, end) {
        const line = this.digitsThenComma(buf, i, end);
        if (line < 1 || line >= LINE_LIMIT)
            return -1;
        const block = this.digitsThenComma(buf, this.fastEnd, end);
        if (block < 0 || block >= BLOCK_LIMIT)
            return -1;
        const branch = this.digitsThenComma(buf, this.fastEnd, end);
        if (branch < 0 || branch >= BRANCH_LIMIT)
            return -1;
        i = this.fastEnd;
        const takenStart = i;
        let taken = false;
        if (i < end && buf[i] === C_DASH)
            i++;
        else {
            let c = 0;
            while (i < end && (c = buf[i]) >= C_0 && c <= C_9) {
                if (c !== C_0)
                    taken = true;
                i++;
            }
        }
        if (i >= end || buf[i] !== 10 || i === takenStart)
            return -1;
        this.fastEnd = i + 1;
        return ((line * BLOCK_LIMIT + block) * BRANCH_LIMIT + branch) * 2 + (taken ? 1 : 0);
    }
    /** Plain digits followed by a comma → their value, with `fastEnd` after the comma; else -1. */
    digitsThenComma(buf, i, end) {
        const start = i;
        let n = 0;
        let c = 0;
        while (i < end && (c = buf[i]) >= C_0 && c <= C_9) {
            n = n * 10 + (c - C_0);
            i++;
        }
        if (i === start || i >= end || c !== C_COMMA)
            return -1;
        this.fastEnd = i + 1;
        return n;
    }
    get lines() {
        return this.lineNo;
    }
    /** Parse one line `buf[s, e)` (no newline, no trailing CR). */
    line(buf, s, e, lineNo) {
        if (s >= e)
            return;
        const c0 = buf[s];
        const c1 = buf[s + 1];
        // DA comes first: it is nine records in ten.
        if (c0 === C_D && c1 === C_A && buf[s + 2] === C_COLON)
            return this.da(buf, s + 3, e, lineNo);
        if (c0 === C_B && c1 === C_R) {
            if (buf[s + 2] === C_D && buf[s + 3] === C_A && buf[s + 4] === C_COLON)
                return this.brda(buf, s + 5, e, lineNo);
            if ((buf[s + 2] === C_F || buf[s + 2] === C_H) && buf[s + 3] === C_COLON)
                return void this.inRecord(lineNo, 'BRF/BRH');
        }
        else if (c0 === C_F && c1 === C_N) {
            const c2 = buf[s + 2];
            if (c2 === C_COLON)
                return this.fn(buf, s + 3, e, lineNo);
            if (c2 === C_D && buf[s + 3] === C_A && buf[s + 4] === C_COLON)
                return this.fnda(buf, s + 5, e, lineNo);
            if (c2 === C_L && buf[s + 3] === C_COLON)
                return this.fnlRecord(buf, s + 4, e, lineNo);
            if (c2 === C_A && buf[s + 3] === C_COLON)
                return this.fnaRecord(buf, s + 4, e, lineNo);
            if ((c2 === C_F || c2 === C_H) && buf[s + 3] === C_COLON)
                return void this.inRecord(lineNo, 'FNF/FNH');
        }
        else if (c0 === C_L && (c1 === C_F || c1 === C_H) && buf[s + 2] === C_COLON) {
            return void this.inRecord(lineNo, 'LF/LH');
        }
        else if (c0 === C_S && c1 === C_F && buf[s + 2] === C_COLON) {
            return this.sf(buf, s + 3, e, lineNo);
        }
        else if (c0 === C_T && c1 === C_N && buf[s + 2] === C_COLON) {
            return; // test name: no effect on totals
        }
        else if (c0 === C_V && c1 === C_E && buf[s + 2] === C_R && buf[s + 3] === C_COLON) {
            return; // source version id
        }
        else if (c0 === C_M && c1 === C_C) {
            // MC/DC (lcov 2.x): tolerated, not measured.
            if (buf[s + 2] === C_D && buf[s + 3] === C_C && buf[s + 4] === C_COLON)
                return void this.inRecord(lineNo, 'MCDC');
            if ((buf[s + 2] === C_F || buf[s + 2] === C_H) && buf[s + 3] === C_COLON)
                return void this.inRecord(lineNo, 'MCF/MCH');
        }
        else if (c0 === 101 /* e */ && e - s === 13 && buf.toString('latin1', s, e) === 'end_of_record') {
            return this.endRecord(lineNo);
        }
        if (isBlank(buf, s, e))
            return;
        this.unknown(buf, s, e, lineNo);
    }
    unknown(buf, s, e, lineNo) {
        const colon = buf.indexOf(C_COLON, s);
        const tag = colon !== -1 && colon < e && colon - s <= 16 ? buf.toString('utf8', s, colon) : buf.toString('utf8', s, Math.min(e, s + 24));
        if (this.options.strict)
            this.fail(`unknown lcov record ${JSON.stringify(tag)} (strict mode)`, lineNo, 1);
        const seen = this.ignored.get(tag);
        if (seen)
            seen.count++;
        else
            this.ignored.set(tag, { count: 1, firstLine: lineNo });
    }
    inRecord(lineNo, what) {
        if (!this.current)
            this.fail(`${what} record outside an SF … end_of_record block`, lineNo, 1);
        return this.current;
    }
    sf(buf, s, e, lineNo) {
        if (this.current) {
            this.fail(`SF record before the end_of_record of the record started at line ${this.recordStart} (truncated record?)`, lineNo, 1);
        }
        // The path is everything after the first colon: Windows drive letters keep theirs.
        const path = buf.toString('utf8', s, e).trim();
        if (!path)
            this.fail('SF record with an empty path', lineNo, 4);
        this.current = getFile(this.files, path);
        this.recordStart = lineNo;
        this.sawRecord = true;
    }
    endRecord(lineNo) {
        if (!this.current)
            this.fail('end_of_record without a preceding SF record', lineNo, 1);
        this.current = undefined;
        this.fnl.clear();
    }
    da(buf, s, e, lineNo) {
        const file = this.inRecord(lineNo, 'DA');
        let i = s;
        let line = 0;
        let c = 0;
        while (i < e && (c = buf[i]) >= C_0 && c <= C_9) {
            line = line * 10 + (c - C_0);
            i++;
        }
        if (i === s || i >= e || c !== C_COMMA || line < 1 || line > LINE_LIMIT * 64) {
            this.fail('malformed DA record: expected DA:<line>,<count>[,<checksum>] with line >= 1', lineNo, 4);
        }
        i++;
        const start = i;
        let nonZero = false;
        while (i < e && (c = buf[i]) >= C_0 && c <= C_9) {
            if (c !== C_0)
                nonZero = true;
            i++;
        }
        if (i === start || (i < e && c !== C_COMMA)) {
            // Not a plain integer: negative, fractional or scientific notation.
            const end = findByte(buf, C_COMMA, start, e);
            const count = this.count(buf, start, end === -1 || end > e ? e : end, lineNo);
            nonZero = count > 0;
        }
        file.markLine(line, nonZero);
    }
    /** An execution count that is not a plain integer: decimals and exponents are fine, negatives are not. */
    count(buf, s, e, lineNo) {
        const text = buf.toString('latin1', s, e).trim();
        const n = text === '' ? NaN : Number(text);
        if (Number.isNaN(n))
            this.fail(`execution count ${JSON.stringify(text)} is not a number`, lineNo);
        if (n < 0)
            this.fail(`negative execution count ${text}`, lineNo);
        return n;
    }
    brda(buf, s, e, lineNo) {
        const file = this.inRecord(lineNo, 'BRDA');
        // BRDA:<line>,[e][f][U]<block>,<branch>,<taken>; <branch> may itself contain commas, so
        // <taken> is read from the end.
        const c1 = findByte(buf, C_COMMA, s, e);
        const c2 = c1 === -1 ? -1 : findByte(buf, C_COMMA, c1 + 1, e);
        const c3 = findLastByte(buf, C_COMMA, s, e);
        if (c1 === -1 || c2 === -1 || c3 <= c1 || c2 > e || c3 < c2) {
            this.fail('malformed BRDA record: expected BRDA:<line>,<block>,<branch>,<taken>', lineNo, 6);
        }
        const line = parseUint(buf, s, c1);
        if (line < 1)
            this.fail('malformed BRDA record: line must be a number >= 1', lineNo, 6);
        let bs = c1 + 1;
        let unreachable = false;
        let marked = false;
        for (;;) {
            const ch = buf[bs];
            if (ch === 101 /* e */ || ch === 102 /* f */)
                marked = true;
            else if (ch === 85 /* U */)
                unreachable = true;
            else
                break;
            bs++;
        }
        // Unreachable branches are excluded from BRF/BRH by lcov itself.
        if (unreachable)
            return;
        let taken;
        if (c3 + 2 === e && buf[c3 + 1] === C_DASH)
            taken = false;
        else {
            const t = parseUint(buf, c3 + 1, e);
            taken = t >= 0 ? t > 0 : this.count(buf, c3 + 1, e, lineNo) > 0;
        }
        const block = marked ? -1 : parseUint(buf, bs, c2);
        const branch = c3 === c2 ? -1 : parseUint(buf, c2 + 1, c3);
        let key;
        if (block >= 0 && block < BLOCK_LIMIT && branch >= 0 && branch < BRANCH_LIMIT && line < LINE_LIMIT) {
            key = (line * BLOCK_LIMIT + block) * BRANCH_LIMIT + branch;
        }
        else {
            key = buf.toString('utf8', s, c3);
        }
        file.markBranch(key, taken);
    }
    fn(buf, s, e, lineNo) {
        const file = this.inRecord(lineNo, 'FN');
        // FN:<start>[,<end>],<name>: the name is what follows the numbers (it may hold commas).
        const c1 = findByte(buf, C_COMMA, s, e);
        if (c1 === -1 || c1 >= e || parseUint(buf, s, c1) < 0)
            this.fail('malformed FN record: expected FN:<line>[,<end>],<name>', lineNo, 4);
        let nameStart = c1 + 1;
        const c2 = findByte(buf, C_COMMA, nameStart, e);
        if (c2 !== -1 && c2 < e && parseUint(buf, nameStart, c2) >= 0)
            nameStart = c2 + 1;
        // Names are kept as bytes (names.ts): never decoded, compared exactly.
        file.namedFunctions.mark(buf, nameStart, e, fnv1a(buf, nameStart, e), false);
    }
    fnda(buf, s, e, lineNo) {
        const file = this.inRecord(lineNo, 'FNDA');
        const c1 = findByte(buf, C_COMMA, s, e);
        if (c1 === -1 || c1 >= e)
            this.fail('malformed FNDA record: expected FNDA:<count>,<name>', lineNo, 6);
        let count = parseUint(buf, s, c1);
        if (count < 0)
            count = this.count(buf, s, c1, lineNo);
        file.namedFunctions.mark(buf, c1 + 1, e, fnv1a(buf, c1 + 1, e), count > 0);
    }
    /** lcov >= 2.2: FNL:<index>,<start>[,<end>] declares a function group (aliases share it). */
    fnlRecord(buf, s, e, lineNo) {
        const file = this.inRecord(lineNo, 'FNL');
        const c1 = findByte(buf, C_COMMA, s, e);
        const index = c1 === -1 || c1 >= e ? -1 : parseUint(buf, s, c1);
        if (index < 0)
            this.fail('malformed FNL record: expected FNL:<index>,<start>[,<end>]', lineNo, 5);
        const c2 = findByte(buf, C_COMMA, c1 + 1, e);
        const startEnd = c2 !== -1 && c2 < e ? c2 : e;
        if (parseUint(buf, c1 + 1, startEnd) < 1 || (startEnd < e && parseUint(buf, startEnd + 1, e) < 0)) {
            this.fail('malformed FNL record: start and end must be line numbers', lineNo, 5);
        }
        // Groups are identified by their location: the index is only local to this record.
        const key = `@${buf.toString('latin1', c1 + 1, e)}`;
        this.fnl.set(index, key);
        if (!file.functions.has(key))
            file.functions.set(key, false);
    }
    fnaRecord(buf, s, e, lineNo) {
        const file = this.inRecord(lineNo, 'FNA');
        const c1 = findByte(buf, C_COMMA, s, e);
        const c2 = c1 === -1 ? -1 : findByte(buf, C_COMMA, c1 + 1, e);
        if (c1 === -1 || c2 === -1 || c2 >= e)
            this.fail('malformed FNA record: expected FNA:<index>,<count>,<name>', lineNo, 5);
        const index = parseUint(buf, s, c1);
        const key = this.fnl.get(index);
        if (key === undefined)
            this.fail(`FNA record for function index ${index}, which no FNL record declared`, lineNo, 5);
        let count = parseUint(buf, c1 + 1, c2);
        if (count < 0)
            count = this.count(buf, c1 + 1, c2, lineNo);
        file.markFunction(key, count > 0);
    }
    /** Called after the last line. */
    finish(lastLine) {
        if (this.current) {
            this.fail(`truncated report: the record for ${this.current.path} started at line ${this.recordStart} has no end_of_record`, lastLine);
        }
        if (!this.sawRecord)
            this.fail('empty report: no SF records', lastLine || 1);
        return this.files;
    }
}
/** Index of `byte` at or after `from` (-1 when absent): a JS loop beats a native call on short lines. */
function findByte(buf, byte, from, end) {
    for (let i = from; i < end; i++)
        if (buf[i] === byte)
            return i;
    return -1;
}
function findLastByte(buf, byte, from, end) {
    for (let i = end - 1; i >= from; i--)
        if (buf[i] === byte)
            return i;
    return -1;
}
/** Digits only → their value; anything else (including empty) → -1. */
function parseUint(buf, s, e) {
    if (s >= e)
        return -1;
    let n = 0;
    for (let i = s; i < e; i++) {
        const c = buf[i];
        if (c < C_0 || c > C_9)
            return -1;
        n = n * 10 + (c - C_0);
    }
    return n;
}
function isBlank(buf, s, e) {
    for (let i = s; i < e; i++) {
        const c = buf[i];
        if (c !== 32 && c !== 9)
            return false;
    }
    return true;
}
async function readLcov(path, displayName, options, maxBytes, chunk) {
    const parser = new LcovParser(displayName, options);
    await streamChunks(path, displayName, maxBytes, (buf, start, end, eof) => parser.feed(buf, start, end, eof), chunk);
    const files = parser.finish(parser.lines);
    return {
        format: 'lcov',
        file: displayName,
        files,
        roots: [],
        ignored: [...parser.ignored].map(([what, v]) => ({ what: `lcov record ${what}`, count: v.count, firstLine: v.firstLine })),
    };
}
/** Parse lcov text held in memory (tests, small inputs). */
function parseLcovText(text, displayName = 'lcov.info', options = { strict: false }) {
    const parser = new LcovParser(displayName, options);
    const buf = Buffer.from(text, 'utf8');
    parser.feed(buf, 0, buf.length, true);
    parser.finish(parser.lines);
    return parser;
}

;// CONCATENATED MODULE: ./actions/coverage/src/formats/index.ts
// One entry point for every format: detect (unless told) and hand the file to its streaming reader.










async function readReport(path, displayName, options) {
    await checkReportSize(path, displayName, options.maxBytes);
    const format = options.format === 'auto' ? detectFormat(await (0,readers/* readHead */.zy)(path, 64 * 1024), displayName) : options.format;
    const { maxBytes } = options;
    switch (format) {
        case 'lcov':
            return readLcov(path, displayName, { strict: options.strict }, maxBytes);
        case 'cobertura':
            return readCobertura(path, displayName, maxBytes);
        case 'jacoco':
            return readJacoco(path, displayName, maxBytes);
        case 'clover':
            return readClover(path, displayName, maxBytes);
        case 'istanbul':
            return readIstanbul(path, displayName, maxBytes);
        case 'istanbul-summary':
            return readIstanbulSummary(path, displayName, maxBytes);
        case 'go':
            return readGo(path, displayName, maxBytes);
        case 'coveragepy':
            return readCoveragePy(path, displayName, maxBytes);
    }
}

;// CONCATENATED MODULE: ./actions/coverage/src/paths.ts
// Map the paths a report wrote (absolute CI paths, Windows paths, paths relative to a <source> root,
// Go import paths, JaCoCo package paths) to files tracked by git. Pure: the caller supplies the
// tracked list and the prefixes; nothing here touches the file system.
// A path is matched only to a tracked file, never guessed: candidates are tried from the most to the
// least specific, and a suffix match is accepted only when exactly one tracked file fits.

const JACOCO_ROOTS = ['src/main/java', 'src/main/kotlin', 'src/test/java', 'src/test/kotlin', 'src/main/scala', 'src'];
function toSlashes(p) {
    return p.replace(/\\/g, '/');
}
function isAbsolutePath(p) {
    return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}
/** Lexically clean a relative path; undefined when it climbs out of its base. */
function cleanRelative(p) {
    if (!p)
        return undefined;
    const n = external_node_path_.posix.normalize(p).replace(/^(\.\/)+/, '');
    if (n === '.' || n.startsWith('../') || n === '..' || n.startsWith('/'))
        return undefined;
    return n.replace(/\/$/, '');
}
function join(a, b) {
    return a ? `${a.replace(/\/$/, '')}/${b}` : b;
}
function trimSlash(p) {
    return p.length > 1 ? p.replace(/\/+$/, '') : p;
}
class PathResolver {
    config;
    tracked;
    lower;
    byBase;
    cache = new Map();
    absRoots;
    mappings;
    modules;
    constructor(config) {
        this.config = config;
        this.tracked = new Set(config.tracked);
        this.absRoots = config.absoluteRoots
            .map((r) => ({ path: trimSlash(toSlashes(r.path)), repoPath: r.repoPath }))
            .filter((r) => r.path.length > 1)
            .sort((a, b) => b.path.length - a.path.length);
        this.mappings = config.mappings.map((m) => ({ from: toSlashes(m.from), to: toSlashes(m.to) })).sort((a, b) => b.from.length - a.from.length);
        this.modules = [...config.goModules].sort((a, b) => b.module.length - a.module.length);
    }
    resolve(raw, hints) {
        const key = `${hints.go ? 'g' : ''}${hints.jacoco ? 'j' : ''}${hints.roots.join('\0')}\u0001${raw}`;
        let r = this.cache.get(key);
        if (!r) {
            r = this.compute(raw, hints);
            this.cache.set(key, r);
        }
        return r;
    }
    hit(candidate) {
        if (candidate === undefined)
            return undefined;
        const c = cleanRelative(candidate);
        return c !== undefined && this.tracked.has(c) ? c : undefined;
    }
    /** Repository-relative form of an absolute path under a known root. */
    fromAbsolute(p) {
        const windows = /^[A-Za-z]:\//.test(p);
        for (const root of this.absRoots) {
            const matches = windows ? p.toLowerCase().startsWith(`${root.path.toLowerCase()}/`) : p.startsWith(`${root.path}/`);
            if (matches)
                return join(root.repoPath, p.slice(root.path.length + 1));
        }
        return undefined;
    }
    compute(raw, hints) {
        let p = toSlashes(raw.trim()).replace(/^file:\/\//, '');
        if (!p)
            return { reason: 'empty path' };
        for (const m of this.mappings) {
            if (p.startsWith(m.from)) {
                p = m.to ? m.to + p.slice(m.from.length) : p.slice(m.from.length).replace(/^\/+/, '');
                break;
            }
        }
        const prefix = this.config.repoPrefix;
        const candidates = [];
        const suffixSources = [];
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
            if (rel !== undefined)
                candidates.push(rel);
            suffixSources.push(p);
        }
        else {
            // Relative: to the working directory first, then to each root the report or the user named.
            candidates.push(join(prefix, p), p);
            const roots = [...hints.roots.map(toSlashes), ...this.config.sourceRoots.map(toSlashes), ...(hints.jacoco ? JACOCO_ROOTS : [])];
            for (const root of roots) {
                if (isAbsolutePath(root)) {
                    const rel = this.fromAbsolute(trimSlash(root));
                    if (rel !== undefined)
                        candidates.push(join(rel, p));
                    suffixSources.push(join(trimSlash(root), p));
                }
                else {
                    const r = cleanRelative(root) ?? '';
                    candidates.push(join(join(prefix, r), p), join(r, p));
                }
            }
            suffixSources.push(p);
        }
        for (const c of candidates) {
            const found = this.hit(c);
            if (found)
                return { path: found };
        }
        // A path from another machine (CI runner, container, developer laptop): the longest tail of it
        // that is exactly a tracked path. Windows-written paths may also differ in letter case.
        for (const source of suffixSources) {
            const found = this.longestTrackedTail(source) ?? (/^[A-Za-z]:\//.test(source) || raw.includes('\\') ? this.caseInsensitiveTail(source) : undefined);
            if (found)
                return { path: found };
        }
        // A relative path that is unique as the end of a tracked path (JaCoCo packages in a module).
        const rel = cleanRelative(p.replace(/^(\.\.\/)+/, ''));
        if (rel && !isAbsolutePath(p)) {
            const fits = this.endingWith(rel);
            if (fits.length === 1)
                return { path: fits[0] };
            if (fits.length > 1)
                return { reason: `ambiguous: ${fits.length} tracked files end with ${rel} (${fits.slice(0, 3).join(', ')}); add a source-roots entry` };
        }
        return { reason: 'no tracked file matches' };
    }
    longestTrackedTail(p) {
        for (let i = 0; i !== -1 && i < p.length; i = p.indexOf('/', i)) {
            while (p[i] === '/')
                i++;
            const tail = p.slice(i);
            if (tail && this.tracked.has(tail))
                return tail;
        }
        return undefined;
    }
    caseInsensitiveTail(p) {
        if (!this.lower) {
            this.lower = new Map();
            for (const t of this.tracked) {
                const k = t.toLowerCase();
                const list = this.lower.get(k);
                if (list)
                    list.push(t);
                else
                    this.lower.set(k, [t]);
            }
        }
        const parts = p.toLowerCase().split('/');
        for (let i = 0; i < parts.length; i++) {
            const list = this.lower.get(parts.slice(i).join('/'));
            if (list && list.length === 1)
                return list[0];
        }
        return undefined;
    }
    endingWith(rel) {
        if (!this.byBase) {
            this.byBase = new Map();
            for (const t of this.tracked) {
                const base = t.slice(t.lastIndexOf('/') + 1);
                const list = this.byBase.get(base);
                if (list)
                    list.push(t);
                else
                    this.byBase.set(base, [t]);
            }
        }
        const base = rel.slice(rel.lastIndexOf('/') + 1);
        return (this.byBase.get(base) ?? []).filter((t) => t === rel || t.endsWith(`/${rel}`));
    }
}
/** Parse `path-prefixes` entries: `from=to` rewrites, a bare `from` strips. */
function parseMappings(entries) {
    return entries
        .map((e) => e.trim())
        .filter(Boolean)
        .map((e) => {
        const eq = e.indexOf('=');
        return eq === -1 ? { from: e, to: '' } : { from: e.slice(0, eq), to: e.slice(eq + 1) };
    });
}
/** `module <path>` from go.mod text (comments and quotes allowed). */
function goModulePath(goMod) {
    for (const line of goMod.split(/\r?\n/)) {
        const m = /^\s*module\s+("?)([^\s"]+)\1\s*(\/\/.*)?$/.exec(line);
        if (m)
            return m[2];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/coverage/src/collect.ts
// Everything the coverage gate reads: report files, git's tracked files, go.mod files, the diff
// against the base, and the baseline result. The decisions live in evaluate.ts.









/** Well-known checkout folders on hosted runners and in containers (their tails are matched anyway). */
function absoluteRoots(workspace, repoRoot, prefix, env) {
    const roots = [
        { path: repoRoot, repoPath: '' },
        { path: workspace, repoPath: prefix },
    ];
    if (env.GITHUB_WORKSPACE)
        roots.push({ path: (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE), repoPath: '' });
    if (env.CI_PROJECT_DIR)
        roots.push({ path: env.CI_PROJECT_DIR, repoPath: '' });
    if (env.BUILD_SOURCESDIRECTORY)
        roots.push({ path: env.BUILD_SOURCESDIRECTORY, repoPath: '' });
    return roots;
}
async function goModules(repoRoot, tracked) {
    const modules = [];
    for (const t of tracked) {
        if (t !== 'go.mod' && !t.endsWith('/go.mod'))
            continue;
        try {
            const { text } = await (0,readers/* readTextCapped */.XS)((0,external_node_path_.resolve)(repoRoot, t), 1024 * 1024, t);
            const module = goModulePath(text);
            if (module)
                modules.push({ module, dir: t.slice(0, Math.max(0, t.length - 'go.mod'.length - 1)) });
        }
        catch {
            // An unreadable go.mod only means its module prefix is not stripped.
        }
    }
    return modules;
}
/** The repository around the workspace: one rev-parse and one ls-files, run side by side. */
async function repositoryInfo(ctx, options) {
    const revParse = (0,git/* git */.$Y)(ctx.workspace, ['rev-parse', '--show-toplevel', '--show-prefix']).catch(() => {
        throw new errors/* ConfigurationError */.j1(`${ctx.workspace} is not in a git repository: report paths are matched against git ls-files (check out the repository first)`, 'working-directory');
    });
    const listing = (0,git/* lsFiles */.Fz)(ctx.workspace);
    listing.catch(() => undefined);
    const out = await revParse;
    const tracked = await listing;
    const [top = '', rawPrefix = ''] = out.split('\n');
    const prefix = rawPrefix.trim().replace(/\/$/, '');
    const workspace = await (0,promises_.realpath)(ctx.workspace).catch(() => ctx.workspace);
    const root = await (0,promises_.realpath)(top.trim()).catch(() => top.trim());
    const roots = absoluteRoots(workspace, root, prefix, ctx.env);
    if (ctx.workspace !== workspace)
        roots.push({ path: ctx.workspace, repoPath: prefix });
    const sourceRoots = options['source-roots'].map((r) => {
        const clean = r.replace(/^\.\/?/, '');
        return prefix ? `${prefix}/${clean}` : clean;
    });
    return { root, prefix, tracked, roots, sourceRoots };
}
async function collectReports(options, ctx) {
    const patterns = options.report.filter((r) => r.trim());
    if (!patterns.length)
        throw new errors/* ConfigurationError */.j1('report is required: give one or more coverage report paths or globs', 'report');
    const expanded = await (0,glob/* expandGlobs */.GE)(ctx.workspace, patterns, { option: 'report' });
    if (expanded.outside.length) {
        throw new errors/* ConfigurationError */.j1(`report ${expanded.outside.join(', ')} resolves outside the workspace`, 'report');
    }
    if (expanded.unmatched.length) {
        throw new errors/* InputError */.dz(`no report file matches ${expanded.unmatched.map((p) => JSON.stringify(p)).join(', ')}`, expanded.unmatched[0]);
    }
    // Git runs in its own processes while the first report is parsed.
    const repository = repositoryInfo(ctx, options);
    repository.catch(() => undefined);
    const reports = [];
    const files = new Map();
    const unmatched = [];
    let countsOnly = false;
    let resolver;
    let modules;
    let prefix = '';
    for (const rel of expanded.files) {
        const parsed = await readReport((0,external_node_path_.resolve)(ctx.workspace, rel), rel, {
            format: options['report-format'],
            strict: options.strict,
            maxBytes: options['max-bytes'],
        });
        const repo = await repository;
        prefix = repo.prefix;
        if (parsed.format === 'go' && !modules) {
            modules = await goModules(repo.root, repo.tracked);
            resolver = undefined;
        }
        resolver ??= new PathResolver({
            tracked: repo.tracked,
            absoluteRoots: repo.roots,
            repoPrefix: repo.prefix,
            mappings: parseMappings(options['path-prefixes']),
            sourceRoots: repo.sourceRoots,
            goModules: modules ?? [],
        });
        if (parsed.format === 'istanbul-summary')
            countsOnly = true;
        const hints = { roots: parsed.roots, go: parsed.format === 'go', jacoco: parsed.format === 'jacoco' };
        let matched = 0;
        for (const [raw, cov] of parsed.files) {
            const r = resolver.resolve(raw, hints);
            if (r.path === undefined) {
                unmatched.push({ report: rel, path: raw, reason: r.reason });
                continue;
            }
            matched++;
            const existing = files.get(r.path);
            if (existing)
                mergeFile(existing, cov, () => r.path);
            else
                files.set(r.path, cov);
        }
        reports.push({ file: rel, format: parsed.format, files: parsed.files.size, matched, ignored: parsed.ignored });
    }
    if (files.size === 0) {
        const total = unmatched.length;
        const examples = unmatched
            .slice(0, 3)
            .map((u) => `${u.path} (${u.reason})`)
            .join('; ');
        throw new errors/* InputError */.dz(total === 0
            ? 'the reports name no source files'
            : `none of the ${total} files in the reports matches a file tracked by git in ${prefix || 'the repository'} — e.g. ${examples}. Set path-prefixes or source-roots, or run from the right working-directory`, reports[0]?.file);
    }
    return { reports, files, unmatched, countsOnly };
}
async function collectPatch(options, ctx, countsOnly) {
    const explicit = options.base.trim();
    const base = explicit || ctx.event.base;
    const wanted = options['min-patch'] !== undefined;
    if (countsOnly) {
        if (wanted) {
            throw new errors/* ConfigurationError */.j1('min-patch needs per-line coverage, but coverage-summary.json holds only counts; pass coverage-final.json (or lcov) instead', 'min-patch');
        }
        return { state: 'skipped', reason: 'coverage-summary.json holds only counts, so changed lines cannot be checked' };
    }
    if (!base) {
        return {
            state: 'skipped',
            reason: `no base to compare with: the ${ctx.event.name} event has none and the base option is not set`,
        };
    }
    try {
        const diffs = await (0,git/* changedLines */.MA)(ctx.workspace, base);
        return { state: 'evaluated', base, baseSource: explicit ? 'base option' : (ctx.event.baseSource ?? ctx.event.name), diffs };
    }
    catch (err) {
        // An explicit request (base option or min-patch) that cannot be met is an error, never a silent skip.
        if (explicit || wanted)
            throw err instanceof errors/* InputError */.dz ? err : new errors/* InputError */.dz(`cannot diff against ${base}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return { state: 'skipped', reason: `cannot diff against the base ${base}: ${(0,errors/* errorMessage */.gJ)(err)}` };
    }
}
function counts(v) {
    if (!v || typeof v !== 'object')
        return undefined;
    const { covered, total } = v;
    if (!Number.isInteger(covered) || !Number.isInteger(total) || covered < 0 || covered > total)
        return undefined;
    return { covered: covered, total: total };
}
function parseBaseline(text, file) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* InputError */.dz(`baseline is not valid JSON: ${(0,errors/* errorMessage */.gJ)(err)}`, file);
    }
    const d = doc;
    if (!d || typeof d !== 'object' || d.gate !== 'coverage' || d.schemaVersion !== 1) {
        throw new errors/* InputError */.dz('baseline is not a coverage GateResult (expected schemaVersion 1 and gate "coverage")', file);
    }
    const metrics = d.metrics;
    const totalRaw = metrics?.total;
    if (!totalRaw || typeof totalRaw !== 'object') {
        throw new errors/* InputError */.dz(`baseline has no metrics.total (its status was ${JSON.stringify(d.status)}; a run that ended in error cannot be a baseline)`, file);
    }
    const total = {};
    for (const m of METRICS) {
        if (totalRaw[m] === undefined)
            continue;
        const c = counts(totalRaw[m]);
        if (!c)
            throw new errors/* InputError */.dz(`baseline metrics.total.${m} must be {covered, total} with 0 <= covered <= total`, file);
        total[m] = c;
    }
    const baseline = { file, total };
    const perFile = metrics?.perFile;
    if (perFile && typeof perFile === 'object') {
        baseline.perFile = new Map();
        for (const [path, v] of Object.entries(perFile)) {
            if (Array.isArray(v) && v.length >= 2 && Number.isInteger(v[0]) && Number.isInteger(v[1])) {
                baseline.perFile.set(path, { covered: v[0], total: v[1] });
            }
        }
    }
    return baseline;
}
async function collectBaseline(options, ctx) {
    if (!options.baseline.trim()) {
        if (options['max-drop'] !== undefined) {
            throw new errors/* ConfigurationError */.j1('max-drop needs a baseline (a previous coverage result file)', 'baseline');
        }
        return undefined;
    }
    const path = (0,external_node_path_.resolve)(ctx.workspace, options.baseline);
    const { text } = await (0,readers/* readTextCapped */.XS)(path, 256 * 1024 * 1024, options.baseline);
    return parseBaseline(text, options.baseline);
}
async function collect(options, ctx) {
    const baseline = await collectBaseline(options, ctx);
    const reports = await collectReports(options, ctx);
    const patch = await collectPatch(options, ctx, reports.countsOnly);
    return { ...reports, patch, ...(baseline ? { baseline } : {}) };
}

// EXTERNAL MODULE: ./actions/common/src/numbers.ts
var numbers = __webpack_require__(8805);
;// CONCATENATED MODULE: ./actions/coverage/src/patch.ts
// Patch coverage: of the lines a change added, which ones the reports can measure, and which of
// those ran. Changed lines the reports do not know (comments, blank lines, files without coverage)
// are not coverable, as in diff-cover and Codecov.

/**
 * Group uncovered changed lines into ranges. Two uncovered lines join when nothing between them is
 * coverable (blank lines and comments do not split "lines 12–18 not covered").
 */
function uncoveredRanges(file, added) {
    const ranges = [];
    let current;
    for (const line of added) {
        if (file.lineState(line) !== MISSED)
            continue;
        if (current) {
            let joinable = true;
            for (let k = current[1] + 1; k < line; k++) {
                if (file.lineState(k) !== NOT_COVERABLE) {
                    joinable = false;
                    break;
                }
            }
            if (joinable) {
                current[1] = line;
                continue;
            }
        }
        current = [line, line];
        ranges.push(current);
    }
    return ranges;
}
function patchCoverage(diffs, files) {
    const result = { lines: { covered: 0, total: 0 }, files: [], filesWithoutData: 0, changedFiles: 0 };
    for (const diff of diffs) {
        if (!diff.path || diff.binary || diff.addedLines.length === 0)
            continue;
        result.changedFiles++;
        const file = files.get(diff.path);
        if (!file) {
            result.filesWithoutData++;
            continue;
        }
        let coverable = 0;
        let covered = 0;
        for (const line of diff.addedLines) {
            const state = file.lineState(line);
            if (state === NOT_COVERABLE)
                continue;
            coverable++;
            if (state === COVERED)
                covered++;
        }
        if (coverable === 0)
            continue;
        result.lines.total += coverable;
        result.lines.covered += covered;
        result.files.push({ path: diff.path, coverable, covered, uncovered: uncoveredRanges(file, diff.addedLines) });
    }
    return result;
}
function describeRange([a, b]) {
    return a === b ? `line ${a}` : `lines ${a}–${b}`;
}

// EXTERNAL MODULE: ./actions/common/src/summary.ts
var summary = __webpack_require__(6663);
;// CONCATENATED MODULE: ./actions/coverage/src/sections.ts
// Job-summary sections for the coverage gate: what a reviewer reads, worst first, long listings
// collapsed and dropped first under the 1 MiB cap.





const ROWS = 50;
function pctCell(c) {
    return c.total ? `${(0,numbers/* floorPercent */.As)(c.covered, c.total)}%` : '–';
}
function result(c) {
    if (!c)
        return '';
    if (!c.measured && c.metric !== 'uncovered lines')
        return '⚠️ no data';
    return c.ok ? '✅' : `❌ ${c.needed} more`;
}
/** Sign of a.covered/a.total - b.covered/b.total, exact (BigInt only when the products could be inexact). */
function compareRatio(a, b) {
    const x = a.covered * b.total;
    const y = b.covered * a.total;
    if (x <= Number.MAX_SAFE_INTEGER && y <= Number.MAX_SAFE_INTEGER)
        return Math.sign(x - y);
    const d = BigInt(a.covered) * BigInt(b.total) - BigInt(b.covered) * BigInt(a.total);
    return d < 0n ? -1 : d > 0n ? 1 : 0;
}
function more(count, shown) {
    return count > shown ? `\n_…and ${count - shown} more (all of them are in the result file and SARIF)._\n` : '';
}
function renderSections(options, data, ev) {
    const sections = [];
    const totalRows = METRICS.map((m) => {
        const c = ev.checks.find((x) => x.metric === m);
        return [m, String(ev.total[m].covered), String(ev.total[m].total), pctCell(ev.total[m]), c ? `${c.limit}%` : '', result(c)];
    });
    const unc = ev.checks.find((x) => x.metric === 'uncovered lines');
    totalRows.push([
        'uncovered lines',
        '',
        String(ev.total.lines.total - ev.total.lines.covered),
        '',
        unc ? `≤ ${unc.limit}` : '',
        result(unc),
    ]);
    if (ev.patch) {
        totalRows.push(['patch lines', String(ev.patch.lines.covered), String(ev.patch.lines.total), pctCell(ev.patch.lines), ev.patchCheck ? `${ev.patchCheck.limit}%` : '', ev.patch.lines.total ? result(ev.patchCheck) : 'no coverable changes']);
    }
    sections.push({
        title: 'Coverage totals',
        priority: 10,
        body: (0,summary/* table */.tp)(['Metric', 'Covered', 'Total', '%', 'Threshold', 'Result'], totalRows, ['l', 'r', 'r', 'r', 'r', 'l']) +
            `\n${data.files.size} files matched in ${data.reports.length} report${data.reports.length === 1 ? '' : 's'}; percentages are floored, thresholds compared exactly.\n`,
    });
    if (ev.patch && data.patch.state === 'evaluated') {
        const p = ev.patch;
        const files = [...p.files].sort((a, b) => b.coverable - b.covered - (a.coverable - a.covered) || a.path.localeCompare(b.path));
        const rows = files
            .slice(0, ROWS)
            .map((f) => [(0,summary/* code */.aY)(f.path), String(f.coverable), String(f.covered), pctCell({ covered: f.covered, total: f.coverable }), (0,summary/* escapeMarkdown */.FV)(f.uncovered.slice(0, 8).map(describeRange).join(', ') + (f.uncovered.length > 8 ? ', …' : ''))]);
        const intro = `Lines added since the merge base with ${(0,summary/* code */.aY)(data.patch.base)} (${(0,summary/* escapeMarkdown */.FV)(data.patch.baseSource)}): ${p.changedFiles} changed files, ${p.filesWithoutData} without coverage data.\n\n`;
        sections.push({
            title: 'Changed lines',
            priority: 20,
            collapsed: rows.length > 20,
            body: rows.length ? intro + (0,summary/* table */.tp)(['File', 'Coverable', 'Covered', '%', 'Not covered'], rows, ['l', 'r', 'r', 'r', 'l']) + more(files.length, ROWS) : `${intro}No coverable changes.\n`,
        });
    }
    else if (data.patch.state === 'skipped') {
        sections.push({ title: 'Changed lines', priority: 20, body: `Patch coverage not evaluated: ${(0,summary/* escapeMarkdown */.FV)(data.patch.reason)}.\n` });
    }
    if (ev.rules.length) {
        const rows = ev.rules.flatMap((r) => r.checks.map((c) => [
            (0,summary/* code */.aY)(r.pattern),
            String(r.files),
            c.metric,
            c.metric === 'uncovered lines' ? String(c.counts.total - c.counts.covered) : `${pctCell(c.counts)} (${c.counts.covered}/${c.counts.total})`,
            c.metric === 'uncovered lines' ? `≤ ${c.limit}` : `${c.limit}%`,
            result(c),
        ]));
        sections.push({
            title: 'Path rules',
            priority: 25,
            body: (0,summary/* table */.tp)(['Rule', 'Files', 'Metric', 'Value', 'Threshold', 'Result'], rows) + '\nFiles matched by a rule also count toward the global totals.\n',
        });
    }
    if (ev.deltas && data.baseline) {
        const rows = ev.deltas.rows.map((r) => [r.metric, pct(r.before), pct(r.after), formatDelta(r.deltaHundredths), r.tooLarge ? '❌' : '']);
        let body = `Compared with ${(0,summary/* code */.aY)(data.baseline.file)}${options['max-drop'] !== undefined ? `; max-drop ${options['max-drop']} points` : ''}.\n\n`;
        body += (0,summary/* table */.tp)(['Metric', 'Baseline', 'Now', 'Δ points', ''], rows, ['l', 'r', 'r', 'r', 'l']);
        const files = ev.deltas.files;
        if (files.length) {
            const shown = files.slice(0, ROWS).map((f) => [(0,summary/* code */.aY)(f.path), `${pctCell(f.before)} (${f.before.covered}/${f.before.total})`, `${pctCell(f.after)} (${f.after.covered}/${f.after.total})`, formatDelta(f.deltaHundredths)]);
            body += `\nLine coverage by file, largest drops first:\n\n${(0,summary/* table */.tp)(['File', 'Baseline', 'Now', 'Δ points'], shown, ['l', 'r', 'r', 'r'])}${more(files.length, ROWS)}`;
        }
        else if (!data.baseline.perFile)
            body += '\nThe baseline has no per-file counts, so file deltas are not shown.\n';
        sections.push({ title: 'Against the baseline', priority: 30, body });
    }
    const worst = [...ev.perFile]
        .filter(([, t]) => t.lines.total > t.lines.covered)
        .sort(([pa, a], [pb, b]) => {
        // Lowest coverage first; ties by most uncovered lines.
        const l = compareRatio(a.lines, b.lines);
        return l || b.lines.total - b.lines.covered - (a.lines.total - a.lines.covered) || pa.localeCompare(pb);
    });
    if (worst.length) {
        const rows = worst.slice(0, ROWS).map(([path, t]) => [(0,summary/* code */.aY)(path), pctCell(t.lines), String(t.lines.total - t.lines.covered), pctCell(t.branches), pctCell(t.functions)]);
        sections.push({
            title: `Least covered files (${worst.length} with uncovered lines)`,
            priority: 40,
            collapsed: true,
            body: (0,summary/* table */.tp)(['File', 'Lines', 'Uncovered', 'Branches', 'Functions'], rows, ['l', 'r', 'r', 'r', 'r']) + more(worst.length, ROWS),
        });
    }
    const reportRows = data.reports.map((r) => [(0,summary/* code */.aY)(r.file), r.format, String(r.files), String(r.matched)]);
    sections.push({ title: 'Reports', priority: 50, collapsed: true, body: (0,summary/* table */.tp)(['Report', 'Format', 'Files', 'Matched'], reportRows, ['l', 'l', 'r', 'r']) });
    if (data.unmatched.length) {
        const rows = data.unmatched.slice(0, 200).map((u) => [(0,summary/* code */.aY)(u.report), (0,summary/* code */.aY)(u.path), (0,summary/* escapeMarkdown */.FV)(u.reason)]);
        sections.push({
            title: `Report files not in the repository (${data.unmatched.length})`,
            priority: 60,
            collapsed: true,
            body: 'These files are left out of every total. If they belong to this repository, map them with `path-prefixes` or `source-roots`.\n\n' +
                (0,summary/* table */.tp)(['Report', 'Path in report', 'Why'], rows) +
                more(data.unmatched.length, 200),
        });
    }
    return sections;
}

;// CONCATENATED MODULE: ./actions/coverage/src/evaluate.ts
// The coverage gate's decisions, pure: totals against thresholds, per-path rules, patch coverage
// and the drop against a baseline. Integer comparisons only; percentages are floored for display.






/** Above this many files, per-file counts are left out of the result (it stays a readable size). */
const PER_FILE_LIMIT = 20_000;
const NOUN = {
    lines: ['line', 'lines'],
    branches: ['branch', 'branches'],
    functions: ['function', 'functions'],
    statements: ['statement', 'statements'],
};
function plural(n, metric) {
    return `${n} ${NOUN[metric][n === 1 ? 0 : 1]}`;
}
function pct(c) {
    return `${(0,numbers/* floorPercent */.As)(c.covered, c.total)}%`;
}
function check(scope, metric, counts, min) {
    const ok = (0,numbers/* meetsPercent */.em)(counts.covered, counts.total, min);
    return { scope, metric, counts, limit: min, ok, needed: ok ? 0 : (0,numbers/* itemsNeeded */.g)(counts.covered, counts.total, min), measured: counts.total > 0 };
}
function uncoveredCheck(scope, lines, max) {
    const uncovered = lines.total - lines.covered;
    return { scope, metric: 'uncovered lines', counts: lines, limit: max, ok: uncovered <= max, needed: Math.max(0, uncovered - max), measured: true };
}
/** after% - before% in hundredths of a point, truncated toward zero, exactly (an empty side reads as 100%). */
function deltaHundredths(after, before) {
    const [a, at] = after.total === 0 ? [1n, 1n] : [BigInt(after.covered), BigInt(after.total)];
    const [b, bt] = before.total === 0 ? [1n, 1n] : [BigInt(before.covered), BigInt(before.total)];
    return ((a * bt - b * at) * 10000n) / (at * bt);
}
/** True when before% - after% > maxDrop points, decided with integers. */
function dropsMoreThan(after, before, maxDrop) {
    if (after.total === 0 || before.total === 0)
        return false;
    const limit = BigInt(Math.round(maxDrop * 100));
    const diff = (BigInt(before.covered) * BigInt(after.total) - BigInt(after.covered) * BigInt(before.total)) * 10000n;
    return diff > limit * BigInt(before.total) * BigInt(after.total);
}
function formatDelta(h) {
    const sign = h < 0n ? '-' : h > 0n ? '+' : '±';
    const abs = h < 0n ? -h : h;
    return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}
const RULE_METRICS = ['lines', 'branches', 'functions', 'statements'];
function evaluateRules(rules, perFile) {
    const out = [];
    for (const [pattern, rule] of Object.entries(rules ?? {})) {
        const matches = (0,glob/* compileGlobs */.tI)([pattern.replace(/^\.\//, '')]);
        const totals = emptyTotals();
        let files = 0;
        for (const [path, t] of perFile) {
            if (!matches(path))
                continue;
            files++;
            addTotals(totals, t);
        }
        if (files === 0) {
            throw new errors/* ConfigurationError */.j1(`rules: ${JSON.stringify(pattern)} matches no file in the coverage reports (paths are repository-relative)`, 'rules');
        }
        const checks = [];
        for (const m of RULE_METRICS) {
            const min = rule[m];
            if (min !== undefined)
                checks.push(check(pattern, m, totals[m], min));
        }
        if (rule['max-uncovered-lines'] !== undefined)
            checks.push(uncoveredCheck(pattern, totals.lines, rule['max-uncovered-lines']));
        out.push({ pattern, files, totals, checks });
    }
    return out;
}
function evaluateBaseline(baseline, total, perFile, maxDrop) {
    const rows = [];
    for (const m of METRICS) {
        const before = baseline.total[m];
        if (!before)
            continue;
        const after = total[m];
        const measured = before.total > 0 && after.total > 0;
        rows.push({
            metric: m,
            before,
            after,
            deltaHundredths: measured ? deltaHundredths(after, before) : 0n,
            tooLarge: maxDrop !== undefined && dropsMoreThan(after, before, maxDrop),
        });
    }
    const files = [];
    if (baseline.perFile) {
        const paths = new Set([...baseline.perFile.keys(), ...perFile.keys()]);
        for (const path of paths) {
            const before = baseline.perFile.get(path) ?? { covered: 0, total: 0 };
            const after = perFile.get(path)?.lines ?? { covered: 0, total: 0 };
            if (before.covered === after.covered && before.total === after.total)
                continue;
            files.push({ path, before, after, deltaHundredths: deltaHundredths(after, before) });
        }
        files.sort((a, b) => (a.deltaHundredths < b.deltaHundredths ? -1 : a.deltaHundredths > b.deltaHundredths ? 1 : a.path.localeCompare(b.path)));
    }
    return { rows, files };
}
function computeEvaluation(options, data) {
    const perFile = new Map();
    const total = emptyTotals();
    for (const [path, file] of data.files) {
        const t = file.totals();
        perFile.set(path, t);
        addTotals(total, t);
    }
    const checks = [];
    for (const m of METRICS) {
        const min = options[`min-${m}`];
        if (min !== undefined)
            checks.push(check('total', m, total[m], min));
    }
    if (options['max-uncovered-lines'] !== undefined)
        checks.push(uncoveredCheck('total', total.lines, options['max-uncovered-lines']));
    const rules = evaluateRules(options.rules, perFile);
    const ev = { total, perFile, checks, rules };
    if (data.patch.state === 'evaluated') {
        ev.patch = patchCoverage(data.patch.diffs, data.files);
        const min = options['min-patch'];
        if (min !== undefined) {
            const c = check('patch', 'lines', ev.patch.lines, min);
            ev.patchCheck = { ...c, metric: 'patch lines' };
        }
    }
    if (data.baseline)
        ev.deltas = evaluateBaseline(data.baseline, total, perFile, options['max-drop']);
    return ev;
}
function thresholdFinding(c, ruleId, label) {
    if (c.metric === 'uncovered lines') {
        const uncovered = c.counts.total - c.counts.covered;
        return {
            ruleId,
            severity: 'error',
            message: `${label}: ${uncovered} uncovered lines, at most ${c.limit} allowed — cover ${c.needed} more line${c.needed === 1 ? '' : 's'}.`,
        };
    }
    const metric = c.metric === 'patch lines' ? 'lines' : c.metric;
    return {
        ruleId,
        severity: 'error',
        message: `${label}: ${pct(c.counts)} (${c.counts.covered}/${c.counts.total}) is below the minimum ${c.limit}% — cover ${plural(c.needed, metric)} more.`,
    };
}
function unmeasuredFinding(c, ruleId, label) {
    return {
        ruleId,
        severity: 'warning',
        message: `${label}: not checked — the reports hold no ${c.metric === 'patch lines' ? 'line' : NOUN[c.metric][0]} data for it.`,
    };
}
function findingsFor(options, data, ev) {
    const findings = [];
    for (const c of ev.checks) {
        const ruleId = c.metric === 'uncovered lines' ? 'coverage/max-uncovered-lines' : `coverage/min-${c.metric}`;
        const label = c.metric === 'uncovered lines' ? 'Uncovered lines' : `${NOUN[c.metric][0][0].toUpperCase()}${NOUN[c.metric][0].slice(1)} coverage`;
        if (!c.measured && c.metric !== 'uncovered lines')
            findings.push(unmeasuredFinding(c, ruleId, label));
        else if (!c.ok)
            findings.push(thresholdFinding(c, ruleId, label));
    }
    for (const r of ev.rules) {
        for (const c of r.checks) {
            const label = `rules[${JSON.stringify(r.pattern)}] ${c.metric}`;
            if (!c.measured && c.metric !== 'uncovered lines')
                findings.push(unmeasuredFinding(c, 'coverage/path-rule', label));
            else if (!c.ok)
                findings.push(thresholdFinding(c, 'coverage/path-rule', label));
        }
    }
    if (ev.patch) {
        const failed = ev.patchCheck !== undefined && !ev.patchCheck.ok;
        if (failed)
            findings.push(thresholdFinding(ev.patchCheck, 'coverage/min-patch', 'Patch coverage (changed lines)'));
        // Every uncovered range is a finding (annotated within the runner's caps; all of them in SARIF).
        for (const f of ev.patch.files) {
            for (const range of f.uncovered) {
                findings.push({
                    ruleId: 'coverage/patch-uncovered',
                    severity: failed ? 'error' : 'note',
                    message: `${describeRange(range)} not covered (added in this change)`,
                    file: f.path,
                    line: range[0],
                    ...(range[1] !== range[0] ? { endLine: range[1] } : {}),
                });
            }
        }
    }
    else if (data.patch.state === 'skipped' && options['min-patch'] !== undefined) {
        findings.push({
            ruleId: 'coverage/patch-not-evaluated',
            severity: 'note',
            message: `min-patch was not evaluated: ${data.patch.reason}. Set base (e.g. base: origin/main) or run on pull_request / merge_group.`,
        });
    }
    if (ev.deltas) {
        for (const row of ev.deltas.rows) {
            if (!row.tooLarge)
                continue;
            findings.push({
                ruleId: 'coverage/max-drop',
                severity: 'error',
                message: `${NOUN[row.metric][0]} coverage dropped ${formatDelta(-row.deltaHundredths).slice(1)} points (${pct(row.before)} → ${pct(row.after)}), more than max-drop ${options['max-drop']}.`,
            });
        }
    }
    if (data.unmatched.length) {
        const names = data.unmatched.slice(0, 10).map((u) => u.path);
        findings.push({
            ruleId: 'coverage/unmatched-files',
            severity: 'note',
            message: `${data.unmatched.length} report file${data.unmatched.length === 1 ? '' : 's'} match no tracked file and are left out of the totals: ${names.join(', ')}${data.unmatched.length > 10 ? ', …' : ''}. Use path-prefixes / source-roots if they belong to this repository.`,
        });
    }
    for (const r of data.reports) {
        for (const ig of r.ignored) {
            findings.push({
                ruleId: 'coverage/ignored-records',
                severity: 'note',
                message: `${r.file}: skipped ${ig.count} unknown ${ig.what} (first at line ${ig.firstLine}); set strict: true to make this an error.`,
                file: r.file,
                line: ig.firstLine,
            });
        }
    }
    return findings;
}
function summaryLine(ev, data, broken, findings) {
    const parts = [`lines ${pct(ev.total.lines)} (${ev.total.lines.covered}/${ev.total.lines.total})`];
    if (ev.total.branches.total)
        parts.push(`branches ${pct(ev.total.branches)}`);
    if (ev.patch)
        parts.push(ev.patch.lines.total ? `patch ${pct(ev.patch.lines)} (${ev.patch.lines.covered}/${ev.patch.lines.total})` : 'patch: no coverable changes');
    const head = `Coverage ${parts.join(', ')} over ${data.files.size} file${data.files.size === 1 ? '' : 's'}`;
    if (broken)
        return `${head} — ${broken} threshold${broken === 1 ? '' : 's'} not met`;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    return warnings ? `${head} — ${warnings} threshold${warnings === 1 ? '' : 's'} could not be checked` : `${head} — all thresholds met`;
}
function perFileMetrics(perFile) {
    if (perFile.size > PER_FILE_LIMIT)
        return undefined;
    const out = {};
    for (const path of [...perFile.keys()].sort()) {
        const t = perFile.get(path);
        out[path] = [t.lines.covered, t.lines.total, t.branches.covered, t.branches.total, t.functions.covered, t.functions.total, t.statements.covered, t.statements.total];
    }
    return out;
}
function evaluate(options, data) {
    const ev = computeEvaluation(options, data);
    const findings = findingsFor(options, data, ev);
    const broken = findings.filter((f) => f.severity === 'error' && f.ruleId !== 'coverage/patch-uncovered').length;
    const decision = broken ? 'fail' : findings.some((f) => f.severity === 'warning') ? 'warn' : 'pass';
    const perFile = perFileMetrics(ev.perFile);
    const metrics = {
        total: ev.total,
        patch: ev.patch ? { lines: ev.patch.lines, changedFiles: ev.patch.changedFiles, base: data.patch.state === 'evaluated' ? data.patch.base : undefined } : null,
        files: data.files.size,
        unmatchedFiles: data.unmatched.length,
        reports: data.reports.map((r) => ({ file: r.file, format: r.format, files: r.files, matched: r.matched })),
        ...(perFile ? { perFile } : { perFileOmitted: `more than ${PER_FILE_LIMIT} files` }),
    };
    if (data.patch.state === 'skipped')
        metrics.patchSkipped = data.patch.reason;
    if (ev.deltas) {
        metrics.baseline = {
            file: data.baseline.file,
            delta: Object.fromEntries(ev.deltas.rows.map((r) => [r.metric, Number(formatDelta(r.deltaHundredths).replace('±', ''))])),
        };
    }
    const outputs = {
        'lines-pct': ev.total.lines.total ? (0,numbers/* floorPercent */.As)(ev.total.lines.covered, ev.total.lines.total) : '',
        'branches-pct': ev.total.branches.total ? (0,numbers/* floorPercent */.As)(ev.total.branches.covered, ev.total.branches.total) : '',
        'patch-pct': ev.patch && ev.patch.lines.total ? (0,numbers/* floorPercent */.As)(ev.patch.lines.covered, ev.patch.lines.total) : '',
    };
    return {
        decision,
        summary: summaryLine(ev, data, broken, findings),
        metrics,
        findings,
        sections: renderSections(options, data, ev),
        outputs,
    };
}

;// CONCATENATED MODULE: ./actions/coverage/src/options.ts
// The coverage gate's options: one name each for the action input, the CLI flag and the config key.

const percent = (name, what) => ({
    name,
    type: 'integer',
    min: 0,
    max: 100,
    valueName: '<percent>',
    description: `Minimum ${what} coverage in percent, compared exactly (covered*100 >= min*total).`,
});
const ruleSchema = {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
        lines: { type: 'integer', minimum: 0, maximum: 100 },
        branches: { type: 'integer', minimum: 0, maximum: 100 },
        functions: { type: 'integer', minimum: 0, maximum: 100 },
        statements: { type: 'integer', minimum: 0, maximum: 100 },
        'max-uncovered-lines': { type: 'integer', minimum: 0 },
    },
};
const RULES_SCHEMA = {
    type: 'object',
    propertyNames: { minLength: 1 },
    additionalProperties: ruleSchema,
};
const OPTIONS = [
    {
        name: 'report',
        type: 'list',
        separator: 'newline',
        valueName: '<path|glob>',
        description: 'Coverage report files or globs (one per line; repeat --report on the CLI). Several reports are merged by file and line: a line is covered if any report covers it. Required.',
    },
    {
        name: 'report-format',
        type: 'enum',
        values: ['auto', ...REPORT_FORMATS],
        default: 'auto',
        description: 'Format of every report; auto detects each report from its content. (Not `format`: that name is the CLI\'s output format.)',
    },
    percent('min-lines', 'line'),
    percent('min-branches', 'branch'),
    percent('min-functions', 'function'),
    percent('min-statements', 'statement'),
    percent('min-patch', 'changed-line (patch)'),
    {
        name: 'max-uncovered-lines',
        type: 'integer',
        min: 0,
        valueName: '<count>',
        description: 'Most uncovered lines allowed in total (0 = every coverable line covered).',
    },
    {
        name: 'max-drop',
        type: 'number',
        min: 0,
        max: 100,
        valueName: '<points>',
        description: 'Largest drop allowed against the baseline, in percentage points (e.g. 0.5), for each metric both runs measured. Needs baseline.',
    },
    {
        name: 'baseline',
        type: 'string',
        default: '',
        valueName: '<path>',
        description: 'A previous coverage GateResult JSON (the result-file of an earlier run, e.g. on the base branch) to compare with.',
    },
    {
        name: 'base',
        type: 'string',
        default: '',
        valueName: '<ref>',
        description: 'Git ref or SHA that patch coverage is measured against (changed lines = lines added since the merge base).',
    },
    {
        name: 'rules',
        type: 'object',
        schema: RULES_SCHEMA,
        valueName: '<json>',
        description: 'Per-path thresholds: {"<glob>": {"lines": 95, "branches": 80, "functions": 90, "statements": 90, "max-uncovered-lines": 0}}. Files matched by a rule still count toward the global totals.',
    },
    {
        name: 'path-prefixes',
        type: 'list',
        separator: 'newline',
        valueName: '<from[=to]>',
        default: [],
        description: 'Report path prefixes to strip (`/app/`) or rewrite (`/build/src=src`), one per line, tried before automatic matching.',
    },
    {
        name: 'source-roots',
        type: 'list',
        separator: 'newline',
        valueName: '<dir>',
        default: [],
        description: 'Folders (relative to working-directory) that report paths may be relative to, e.g. src/main/java for JaCoCo (the report\'s own <source> roots and src/main/java-style folders for JaCoCo are always tried).',
    },
    {
        name: 'strict',
        type: 'boolean',
        default: false,
        description: 'Treat unknown lcov records as errors instead of skipping them (with a note).',
    },
    {
        name: 'max-bytes',
        type: 'integer',
        min: 1,
        default: 1024 * 1024 * 1024,
        valueName: '<bytes>',
        description: 'Largest report file read, in bytes.',
    },
];

;// CONCATENATED MODULE: ./actions/coverage/src/gate.ts
// The coverage gate: read every report, map its paths to tracked files, and decide on totals,
// per-path rules, changed lines and the drop against a baseline.



const gate = {
    name: 'coverage',
    title: 'Coverage',
    description: 'Exact coverage thresholds on totals, paths, changed lines and drops, from lcov, Cobertura, JaCoCo, Clover, istanbul, Go and coverage.py reports — offline.',
    options: OPTIONS,
    async run(options, ctx) {
        const data = await collect(options, ctx);
        return evaluate(options, data);
    },
};
/* harmony default export */ const src_gate = (gate);


/***/ })

};
