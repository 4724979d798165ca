export const id = 489;
export const ids = [489];
export const modules = {

/***/ 489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ src_gate)
});

// EXTERNAL MODULE: ./actions/tarball/src/tar/lister.ts + 1 modules
var lister = __webpack_require__(9281);
// EXTERNAL MODULE: ./actions/tarball/src/policy.ts
var policy = __webpack_require__(5002);
;// CONCATENATED MODULE: ./actions/tarball/src/options.ts
// The tarball gate's own options. One name serves as action input, CLI flag and config-file key.


const severity = { enum: ['error', 'warning', 'note', 'off'] };
const ruleObject = {
    type: 'object',
    additionalProperties: false,
    properties: { reason: { type: 'string' }, severity },
};
const FORBIDDEN_SCHEMA = {
    oneOf: [
        {
            type: 'array',
            items: {
                oneOf: [
                    { type: 'string', minLength: 1 },
                    {
                        type: 'object',
                        additionalProperties: false,
                        required: ['glob'],
                        properties: { glob: { type: 'string', minLength: 1 }, reason: { type: 'string' }, severity },
                    },
                ],
            },
        },
        {
            type: 'object',
            additionalProperties: { anyOf: [{ type: 'string' }, { type: 'boolean' }, ruleObject] },
        },
    ],
};
const byteCap = (name, def, what) => ({
    name,
    type: 'integer',
    min: 1,
    default: def,
    valueName: '<n>',
    description: `Reader safety cap: ${what}; reading stops with status error beyond it.`,
});
const TARBALL_OPTIONS = [
    {
        name: 'dir',
        type: 'string',
        default: '',
        valueName: '<dir>',
        description: 'Package folder to pack with `npm pack --json`. Empty means the working directory. Lifecycle scripts run as npm runs them unless ignore-scripts.',
    },
    {
        name: 'tarball',
        type: 'string',
        default: '',
        valueName: '<path.tgz>',
        description: 'Check this existing .tgz (the exact bytes you will upload) instead of packing dir.',
    },
    {
        name: 'required',
        type: 'list',
        separator: 'newline',
        default: policy/* DEFAULT_REQUIRED */.UI,
        valueName: '<glob>',
        description: `Globs (package-relative, case-insensitive) that must each match a packed file. Setting it replaces the default list.`,
    },
    {
        name: 'forbidden',
        type: 'object',
        schema: FORBIDDEN_SCHEMA,
        valueName: '<yaml>',
        description: 'Extra forbidden globs with reasons, added to the built-in list: a list of globs or {glob, reason, severity}, or a map glob: reason. Map a built-in glob to false (or severity off) to turn it off. Unset: the built-in list only.',
    },
    {
        name: 'published-dirs',
        type: 'list',
        separator: 'comma',
        default: [],
        valueName: '<dir>',
        description: 'Folders (or globs) the package may publish; any other file fails, except root package.json/README/LICENSE/CHANGELOG. Unset: not checked.',
    },
    { name: 'max-packed-bytes', type: 'integer', min: 0, valueName: '<bytes>', description: 'Budget for the .tgz size in bytes (unset: no budget).' },
    { name: 'max-unpacked-bytes', type: 'integer', min: 0, valueName: '<bytes>', description: 'Budget for the sum of file sizes in bytes (unset: no budget).' },
    { name: 'max-files', type: 'integer', min: 0, valueName: '<n>', description: 'Budget for the number of packed files (unset: no budget).' },
    { name: 'max-file-bytes', type: 'integer', min: 0, valueName: '<bytes>', description: 'Budget for any single file in bytes (unset: no budget).' },
    {
        name: 'allow-conditions',
        type: 'list',
        separator: 'comma',
        default: [],
        valueName: '<condition>',
        description: 'Export conditions used only in development (e.g. source, @my/source): their targets may be missing from the tarball.',
    },
    {
        name: 'previous',
        type: 'string',
        default: '',
        valueName: 'npm|<path.tgz>',
        description: 'Compare with the previous release: `npm` fetches the version of previous-tag from the registry, or give a .tgz path. Empty: no comparison.',
    },
    {
        name: 'previous-tag',
        type: 'string',
        default: '',
        valueName: '<tag>',
        description: 'Dist-tag of the previous release for previous: npm. Empty: publishConfig.tag, else latest.',
    },
    {
        name: 'removed-exports',
        type: 'enum',
        values: ['fail', 'warn'],
        default: 'fail',
        description: 'What an exported file or exports subpath that existed in the previous release and is gone does.',
    },
    {
        name: 'workspaces',
        type: 'boolean',
        default: false,
        description: 'Check every public workspace package of the root package.json (each gets its own findings and summary section).',
    },
    {
        name: 'ignore-scripts',
        type: 'boolean',
        default: false,
        description: 'Pass --ignore-scripts to npm pack (skip prepack/prepare/postpack).',
    },
    byteCap('cap-entries', lister/* DEFAULT_CAPS */.g.maxEntries, 'most archive entries'),
    byteCap('cap-unpacked-bytes', lister/* DEFAULT_CAPS */.g.maxTotalBytes, 'most unpacked bytes in total'),
    byteCap('cap-file-bytes', lister/* DEFAULT_CAPS */.g.maxFileBytes, 'most bytes one entry may declare'),
    byteCap('cap-ratio', lister/* DEFAULT_CAPS */.g.maxRatio, 'most decompressed bytes per packed byte (gzip bombs)'),
    byteCap('cap-path-bytes', lister/* DEFAULT_CAPS */.g.maxPathBytes, 'longest entry path in bytes'),
    byteCap('cap-depth', lister/* DEFAULT_CAPS */.g.maxDepth, 'deepest entry path in folders'),
    byteCap('cap-pax-bytes', lister/* DEFAULT_CAPS */.g.maxPaxBytes, 'largest PAX or GNU long-name header in bytes'),
];

;// CONCATENATED MODULE: ./actions/tarball/src/gate.ts
// The tarball gate: check the exact bytes npm will publish. The heavy modules load only when it runs.

const gate = {
    name: 'tarball',
    title: 'npm tarball',
    description: 'Packs the package (or takes a .tgz) and checks the exact bytes npm will publish: a hostile-archive-safe listing, required and forbidden files, published folders, size budgets, every entry point in package.json, and the changes since the previous release.',
    options: TARBALL_OPTIONS,
    async run(options, ctx) {
        const { runTarball } = await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 3779));
        return runTarball(options, ctx);
    },
};
/* harmony default export */ const src_gate = (gate);


/***/ }),

/***/ 5002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N3: () => (/* binding */ checkBudgets),
/* harmony export */   UI: () => (/* binding */ DEFAULT_REQUIRED),
/* harmony export */   V5: () => (/* binding */ checkPublishedDirs),
/* harmony export */   mS: () => (/* binding */ checkForbidden),
/* harmony export */   mp: () => (/* binding */ checkRequired),
/* harmony export */   zb: () => (/* binding */ forbiddenRules)
/* harmony export */ });
/* unused harmony export DEFAULT_FORBIDDEN */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_src_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8860);
/* harmony import */ var _common_src_numbers__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8805);
// Layout policy over the packed file list: required files, forbidden files (with reasons), the folders a
// package may publish, and size/count budgets. Pure.



const TESTS = 'test code is not needed by consumers and often carries fixtures you did not mean to publish';
const DEFAULT_FORBIDDEN = [
    { glob: '.env*', severity: 'error', reason: 'environment files usually hold secrets (API keys, database URLs)' },
    { glob: '*.pem', severity: 'error', reason: 'PEM files hold private keys and certificates' },
    { glob: '*.key', severity: 'error', reason: '.key files are usually private keys' },
    { glob: 'id_rsa*', severity: 'error', reason: 'SSH private keys' },
    { glob: '.npmrc', severity: 'error', reason: '.npmrc may hold registry auth tokens' },
    { glob: '**/__tests__/**', severity: 'error', reason: TESTS },
    { glob: 'test/**', severity: 'error', reason: TESTS },
    { glob: 'tests/**', severity: 'error', reason: TESTS },
    { glob: '**/*.test.*', severity: 'error', reason: TESTS },
    { glob: '**/*.spec.*', severity: 'error', reason: TESTS },
    { glob: 'coverage/**', severity: 'error', reason: 'coverage reports are build output of the test run, not part of the package' },
    { glob: '.github/**', severity: 'error', reason: 'CI workflows and repository settings are not part of the package' },
    { glob: '**/*.map', severity: 'warning', reason: 'source maps can embed the whole original source (sourcesContent)' },
    { glob: 'tsconfig*.json', severity: 'warning', reason: 'compiler configuration is rarely useful to consumers and can break their tsconfig "extends"' },
];
const DEFAULT_REQUIRED = ['package.json', 'README*', '{LICENSE,LICENCE,COPYING}*'];
/** Root files npm always packs: allowed next to published-dirs. */
const ALWAYS_ALLOWED_ROOT = /^(package\.json|(readme|license|licence|copying|changelog|changes|history|notice|authors)(\.[^/]*)?)$/i;
/** The `forbidden` option: a list of globs or {glob, reason, severity}, or a map glob → reason | false | {reason, severity}. */
function forbiddenRules(option) {
    const rules = new Map();
    for (const d of DEFAULT_FORBIDDEN)
        rules.set(d.glob, { ...d, builtIn: true });
    const add = (glob, reason, severity) => {
        if (typeof glob !== 'string' || !glob.trim())
            throw new _common_src_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('forbidden: every entry needs a non-empty glob', 'forbidden');
        if (severity !== undefined && !['error', 'warning', 'note', 'off'].includes(String(severity))) {
            throw new _common_src_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`forbidden: severity of ${JSON.stringify(glob)} must be error, warning, note or off`, 'forbidden');
        }
        if (reason !== undefined && typeof reason !== 'string')
            throw new _common_src_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`forbidden: reason of ${JSON.stringify(glob)} must be a string`, 'forbidden');
        const g = glob.trim().replace(/^\.\//, '');
        rules.set(g, { glob: g, reason: reason ?? rules.get(g)?.reason ?? 'listed as forbidden', severity: severity ?? 'error', builtIn: false });
    };
    if (option === undefined || option === null)
        return [...rules.values()];
    if (Array.isArray(option)) {
        for (const item of option) {
            if (typeof item === 'string')
                add(item, undefined, undefined);
            else if (item && typeof item === 'object') {
                const o = item;
                add(o.glob, o.reason, o.severity);
            }
            else
                throw new _common_src_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('forbidden: list entries are globs or {glob, reason, severity}', 'forbidden');
        }
    }
    else if (typeof option === 'object') {
        for (const [glob, value] of Object.entries(option)) {
            if (value === false || value === 'off')
                add(glob, undefined, 'off');
            else if (typeof value === 'string')
                add(glob, value, undefined);
            else if (value === true)
                add(glob, undefined, undefined);
            else if (value && typeof value === 'object')
                add(glob, value.reason, value.severity);
            else
                throw new _common_src_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`forbidden: ${JSON.stringify(glob)} must map to a reason, false, or {reason, severity}`, 'forbidden');
        }
    }
    else
        throw new _common_src_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('forbidden must be a list of globs or a map of glob to reason', 'forbidden');
    return [...rules.values()];
}
/** Globs without a slash match a file name at any depth, as in .gitignore; others are anchored at the package root. */
function forbiddenMatcher(glob) {
    return picomatch__WEBPACK_IMPORTED_MODULE_1___default()(glob, { dot: true, basename: !glob.includes('/') });
}
const PER_RULE_LISTED = 20;
function checkForbidden(files, rules) {
    const active = rules.filter((r) => r.severity !== 'off').map((rule) => ({ rule, match: forbiddenMatcher(rule.glob), hits: [] }));
    // One finding per file: the first rule that matches it (built-ins first, then the user's, in order).
    for (const f of files)
        active.find((a) => a.match(f.path))?.hits.push(f);
    const issues = [];
    for (const { rule, hits } of active) {
        const severity = rule.severity;
        for (const f of hits.slice(0, PER_RULE_LISTED)) {
            issues.push({
                rule: 'tarball/forbidden-file',
                severity,
                path: f.path,
                message: `${f.path} is packed but matches forbidden ${JSON.stringify(rule.glob)}: ${rule.reason}`,
            });
        }
        if (hits.length > PER_RULE_LISTED) {
            issues.push({
                rule: 'tarball/forbidden-file',
                severity,
                message: `${hits.length - PER_RULE_LISTED} more packed files match forbidden ${JSON.stringify(rule.glob)} (${rule.reason}); see the file tree in the summary`,
            });
        }
    }
    return issues;
}
function checkRequired(files, required) {
    const issues = [];
    for (const glob of required) {
        if (!glob.trim())
            continue;
        const match = picomatch__WEBPACK_IMPORTED_MODULE_1___default()(glob.trim().replace(/^\.\//, ''), { dot: true, nocase: true });
        if (!files.some((f) => match(f.path))) {
            issues.push({ rule: 'tarball/required-missing', severity: 'error', message: `no packed file matches required ${JSON.stringify(glob)}` });
        }
    }
    return issues;
}
/** Every file must sit under one of the published folders (or be one of the root files npm always packs). */
function checkPublishedDirs(files, dirs) {
    if (!dirs.length)
        return [];
    const matchers = dirs.map((d) => {
        const clean = d.trim().replace(/^\.\//, '').replace(/\/+$/, '');
        return picomatch__WEBPACK_IMPORTED_MODULE_1___default().scan(clean).isGlob ? picomatch__WEBPACK_IMPORTED_MODULE_1___default()(clean, { dot: true }) : picomatch__WEBPACK_IMPORTED_MODULE_1___default()([clean, `${clean}/**`], { dot: true });
    });
    const outside = new Map();
    for (const f of files) {
        if (ALWAYS_ALLOWED_ROOT.test(f.path) || matchers.some((m) => m(f.path)))
            continue;
        const slash = f.path.indexOf('/');
        const group = slash === -1 ? f.path : f.path.slice(0, slash + 1);
        outside.set(group, [...(outside.get(group) ?? []), f.path]);
    }
    return [...outside].map(([group, paths]) => ({
        rule: 'tarball/outside-published-dirs',
        severity: 'error',
        path: paths[0],
        message: paths.length === 1 && !group.endsWith('/')
            ? `${group} is packed but is outside published-dirs (${dirs.join(', ')})`
            : `${group} (${paths.length} file${paths.length === 1 ? '' : 's'}) is packed but is outside published-dirs (${dirs.join(', ')}): source structure in the tarball`,
    }));
}
function checkBudgets(totals, budgets) {
    const issues = [];
    const largest = totals.files.reduce((m, f) => Math.max(m, f.size), 0);
    const rows = [
        { name: 'packed size', actual: totals.packedBytes, limit: budgets.maxPackedBytes, unit: 'bytes', ok: true },
        { name: 'unpacked size', actual: totals.unpackedBytes, limit: budgets.maxUnpackedBytes, unit: 'bytes', ok: true },
        { name: 'files', actual: totals.files.length, limit: budgets.maxFiles, unit: 'files', ok: true },
        { name: 'largest file', actual: largest, limit: budgets.maxFileBytes, unit: 'bytes', ok: true },
    ];
    const option = {
        'packed size': 'max-packed-bytes',
        'unpacked size': 'max-unpacked-bytes',
        files: 'max-files',
        'largest file': 'max-file-bytes',
    };
    for (const row of rows) {
        if (row.limit === undefined || row.actual <= row.limit)
            continue;
        row.ok = false;
        if (row.name === 'largest file')
            continue; // reported per file below
        const show = (n) => (row.unit === 'bytes' ? (0,_common_src_numbers__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(n) : `${n}`);
        issues.push({
            rule: 'tarball/budget',
            severity: 'error',
            message: `${row.name} is ${show(row.actual)}${row.unit === 'bytes' ? ` (${row.actual} bytes)` : ''}, over the ${option[row.name]} budget of ${show(row.limit)}`,
        });
    }
    if (budgets.maxFileBytes !== undefined) {
        const big = totals.files.filter((f) => f.size > budgets.maxFileBytes).sort((a, b) => b.size - a.size);
        for (const f of big.slice(0, PER_RULE_LISTED)) {
            issues.push({
                rule: 'tarball/budget',
                severity: 'error',
                path: f.path,
                message: `${f.path} is ${(0,_common_src_numbers__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(f.size)}, over the max-file-bytes budget of ${(0,_common_src_numbers__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(budgets.maxFileBytes)}`,
            });
        }
        if (big.length > PER_RULE_LISTED) {
            issues.push({ rule: 'tarball/budget', severity: 'error', message: `${big.length - PER_RULE_LISTED} more files are over max-file-bytes` });
        }
    }
    return { issues, rows };
}


/***/ }),

/***/ 9281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ DEFAULT_CAPS),
  X: () => (/* binding */ TarLister)
});

// EXTERNAL MODULE: ./actions/common/src/errors.ts
var errors = __webpack_require__(8860);
// EXTERNAL MODULE: ./actions/common/src/numbers.ts
var numbers = __webpack_require__(8805);
;// CONCATENATED MODULE: ./actions/tarball/src/tar/header.ts
// One 512-byte tar header block: ustar, GNU and old v7 layouts. Numbers are octal text or GNU base-256;
// anything we cannot read exactly is an InputError, never a guess, because a misread size desynchronises
// every entry that follows.

const BLOCK = 512;
/** True for an all-zero block (end-of-archive marker). */
function isZeroBlock(block) {
    for (let i = 0; i < BLOCK; i += 8) {
        if (block.readBigUInt64LE(i) !== 0n)
            return false;
    }
    return true;
}
/** The bytes of a NUL-terminated field. */
function cString(block, start, length) {
    const end = block.indexOf(0, start);
    return block.subarray(start, end === -1 || end > start + length ? start + length : end);
}
/** Octal text (leading spaces, ended by NUL or space) or GNU base-256 (high bit of the first byte set). */
function parseNumber(block, start, length, field, where) {
    const first = block[start];
    if (first & 0x80) {
        // Negative base-256 values (0xff...) have no meaning for sizes or modes.
        if (first === 0xff)
            throw new errors/* InputError */.dz(`tar header ${field} is a negative base-256 number`, where);
        let value = first & 0x7f;
        for (let i = start + 1; i < start + length; i++) {
            value = value * 256 + block[i];
            if (value > Number.MAX_SAFE_INTEGER)
                throw new errors/* InputError */.dz(`tar header ${field} is too large`, where);
        }
        return value;
    }
    let i = start;
    const end = start + length;
    while (i < end && block[i] === 0x20)
        i++;
    let value = 0;
    let digits = 0;
    for (; i < end; i++) {
        const c = block[i];
        if (c === 0 || c === 0x20)
            break;
        if (c < 0x30 || c > 0x37)
            throw new errors/* InputError */.dz(`tar header ${field} is not an octal number`, where);
        value = value * 8 + (c - 0x30);
        digits++;
    }
    // Whatever follows the terminator must be padding, or the field was not a number at all.
    for (; i < end; i++) {
        const c = block[i];
        if (c !== 0 && c !== 0x20)
            throw new errors/* InputError */.dz(`tar header ${field} is not an octal number`, where);
    }
    return digits ? value : 0;
}
function checksumMatches(block, stored) {
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK; i++) {
        const b = i >= 148 && i < 156 ? 0x20 : block[i];
        unsigned += b;
        signed += b > 127 ? b - 256 : b;
    }
    // Old writers summed signed chars; POSIX says unsigned. Accept either, as GNU tar does.
    return stored === unsigned || stored === signed;
}
function parseHeader(block, where) {
    const stored = parseNumber(block, 148, 8, 'checksum', where);
    if (!checksumMatches(block, stored))
        throw new errors/* InputError */.dz('tar header checksum mismatch (corrupt or not a tar archive)', where);
    const magic = block.toString('latin1', 257, 263);
    // Only POSIX ustar uses bytes 345..500 as a path prefix; GNU keeps times there.
    const isUstar = magic === 'ustar\0';
    const typeByte = block[156];
    return {
        name: cString(block, 0, 100),
        prefix: isUstar ? cString(block, 345, 155) : undefined,
        linkName: cString(block, 157, 100),
        mode: parseNumber(block, 100, 8, 'mode', where),
        size: parseNumber(block, 124, 12, 'size', where),
        type: String.fromCharCode(typeByte),
    };
}
/** Parse a PAX extended header body: `<len> <key>=<value>\n` records. Values stay bytes (UTF-8 is checked later). */
function parsePax(body, where) {
    const out = new Map();
    let pos = 0;
    while (pos < body.length) {
        // Trailing NUL padding after the last record is tolerated.
        if (body[pos] === 0) {
            for (let i = pos; i < body.length; i++)
                if (body[i] !== 0)
                    throw new errors/* InputError */.dz('PAX header has data after NUL padding', where);
            break;
        }
        const space = body.indexOf(0x20, pos);
        if (space === -1 || space - pos > 20)
            throw new errors/* InputError */.dz('PAX record has no length', where);
        const lenText = body.toString('latin1', pos, space);
        if (!/^[0-9]+$/.test(lenText))
            throw new errors/* InputError */.dz(`PAX record length ${JSON.stringify(lenText)} is not a number`, where);
        const len = Number(lenText);
        const end = pos + len;
        if (len <= space - pos + 1 || end > body.length || body[end - 1] !== 0x0a) {
            throw new errors/* InputError */.dz('PAX record length does not match its contents', where);
        }
        const eq = body.indexOf(0x3d, space + 1);
        if (eq === -1 || eq >= end - 1)
            throw new errors/* InputError */.dz('PAX record has no key=value', where);
        out.set(body.toString('utf8', space + 1, eq), body.subarray(eq + 1, end - 1));
        pos = end;
    }
    return out;
}
/** PAX `size` is decimal text; anything else (or a value over 2^53) is unreadable. */
function paxNumber(value, key, where) {
    const text = value.toString('latin1');
    if (!/^[0-9]{1,16}$/.test(text) || Number(text) > Number.MAX_SAFE_INTEGER) {
        throw new errors/* InputError */.dz(`PAX ${key} ${JSON.stringify(text.slice(0, 40))} is not a valid number`, where);
    }
    return Number(text);
}

;// CONCATENATED MODULE: ./actions/tarball/src/tar/lister.ts
// A push-based, listing-only tar reader: feed it decompressed bytes, it records one entry per header and
// skips file data without copying it. It never writes anything to disk. Hard caps stop it early on
// hostile archives (huge declared sizes, endless meta headers, paths thousands of levels deep).



const DEFAULT_CAPS = {
    maxEntries: 100_000,
    maxTotalBytes: 2 * 1024 ** 3,
    maxFileBytes: 1024 ** 3,
    maxPathBytes: 4096,
    maxDepth: 64,
    maxPaxBytes: 1024 * 1024,
    maxRatio: 1000,
};
const SHEBANG_BYTES = 256;
/** Meta headers (PAX, GNU long names) in a row before a real entry; more is a loop or an attack. */
const MAX_META_RUN = 8;
const TYPES = {
    '0': 'file',
    '\0': 'file',
    '7': 'file',
    '1': 'hardlink',
    '2': 'symlink',
    '3': 'char-device',
    '4': 'block-device',
    '5': 'directory',
    '6': 'fifo',
};
const utf8 = new TextDecoder('utf-8', { fatal: true });
function decodePath(bytes) {
    let ascii = true;
    for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return { text: bytes.toString('latin1'), valid: true };
    try {
        return { text: utf8.decode(bytes), valid: true };
    }
    catch {
        return { text: bytes.toString('utf8'), valid: false };
    }
}
function noNul(bytes) {
    const nul = bytes.indexOf(0);
    return nul === -1 ? bytes : bytes.subarray(0, nul);
}
class TarLister {
    options;
    entries = [];
    /** Contents kept for paths the capture callback asked for (possibly cut at the requested size). */
    contents = new Map();
    /** Entry indexes whose contents contained each needle (same order as `needles`). */
    needleHits;
    totalBytes = 0;
    done = false;
    zeroBlocks = 0;
    header = Buffer.alloc(BLOCK);
    headerFill = 0;
    /** Data bytes (including padding) still to consume for the current entry. */
    remaining = 0;
    /** Of those, the real data bytes. */
    dataLeft = 0;
    pending;
    local = {};
    global = {};
    metaRun = 0;
    headersSeen = 0;
    shebangBuf = Buffer.alloc(SHEBANG_BYTES);
    needleTails = [];
    maxNeedle;
    constructor(options) {
        this.options = options;
        this.needleHits = (options.needles ?? []).map(() => new Set());
        this.maxNeedle = Math.max(0, ...(options.needles ?? []).map((n) => n.length));
    }
    get finished() {
        return this.done;
    }
    fail(message) {
        throw new errors/* InputError */.dz(`${message} (header #${this.headersSeen})`, this.options.source);
    }
    /** Consume decompressed bytes. Returns false once the end-of-archive marker was seen. */
    push(chunk) {
        let off = 0;
        while (off < chunk.length && !this.done) {
            if (this.remaining > 0) {
                const n = Math.min(this.remaining, chunk.length - off);
                const dataBytes = Math.min(n, this.dataLeft);
                if (dataBytes > 0 && this.pending)
                    this.onData(chunk, off, dataBytes);
                this.dataLeft -= dataBytes;
                this.remaining -= n;
                off += n;
                if (this.remaining === 0)
                    this.closeEntry();
                continue;
            }
            let block;
            if (this.headerFill === 0 && chunk.length - off >= BLOCK) {
                block = chunk.subarray(off, off + BLOCK);
                off += BLOCK;
            }
            else {
                const n = Math.min(BLOCK - this.headerFill, chunk.length - off);
                chunk.copy(this.header, this.headerFill, off, off + n);
                this.headerFill += n;
                off += n;
                if (this.headerFill < BLOCK)
                    break;
                this.headerFill = 0;
                block = this.header;
            }
            this.onBlock(block);
        }
        return !this.done;
    }
    /** Called after the last byte: an archive must end cleanly, with its end-of-archive marker. */
    finish() {
        if (this.done)
            return;
        if (this.remaining > 0 || this.headerFill > 0)
            this.fail('archive is truncated in the middle of an entry');
        if (this.pending?.kind === 'meta' || this.metaRun > 0)
            this.fail('archive ends after a PAX/long-name header with no entry');
        // A single zero block before EOF is accepted (some writers stop there); none at all means truncation.
        if (this.zeroBlocks === 0)
            this.fail('archive ends without the end-of-archive marker (truncated?)');
        this.done = true;
    }
    onBlock(block) {
        if (isZeroBlock(block)) {
            if (this.metaRun > 0)
                this.fail('a PAX/long-name header is followed by the end of the archive');
            this.zeroBlocks++;
            if (this.zeroBlocks >= 2)
                this.done = true;
            return;
        }
        if (this.zeroBlocks > 0)
            this.fail('an entry follows a zero block (corrupt archive)');
        this.headersSeen++;
        const h = parseHeader(block, this.options.source);
        const { caps } = this.options;
        if (h.type === 'x' || h.type === 'g' || h.type === 'L' || h.type === 'K') {
            if (++this.metaRun > MAX_META_RUN)
                this.fail(`more than ${MAX_META_RUN} PAX/long-name headers in a row`);
            if (h.size > caps.maxPaxBytes) {
                this.fail(`a ${h.type === 'x' || h.type === 'g' ? 'PAX' : 'GNU long-name'} header of ${(0,numbers/* formatBytes */.z3)(h.size)} is over the ${(0,numbers/* formatBytes */.z3)(caps.maxPaxBytes)} cap`);
            }
            this.pending = { kind: 'meta', type: h.type, buf: Buffer.alloc(h.size), fill: 0 };
            this.startData(h.size);
            return;
        }
        this.metaRun = 0;
        if (this.entries.length >= caps.maxEntries)
            this.fail(`archive has more than ${caps.maxEntries} entries (cap-entries)`);
        const type = TYPES[h.type] ?? 'unsupported';
        const meta = { ...this.global, ...this.local };
        this.local = {};
        let pathBytes;
        if (meta.path)
            pathBytes = meta.path;
        else if (h.prefix && h.prefix.length)
            pathBytes = Buffer.concat([h.prefix, Buffer.from('/'), h.name]);
        else
            pathBytes = h.name;
        if (pathBytes.length > caps.maxPathBytes)
            this.fail(`an entry path of ${pathBytes.length} bytes is over the ${caps.maxPathBytes}-byte cap (cap-path-bytes)`);
        const decoded = decodePath(pathBytes);
        let depth = 1;
        for (let i = 0; i < decoded.text.length; i++)
            if (decoded.text.charCodeAt(i) === 47)
                depth++;
        if (depth > caps.maxDepth + 1)
            this.fail(`an entry path is ${depth} levels deep, over the ${caps.maxDepth}-level cap (cap-depth)`);
        // Link, device, FIFO and directory entries carry no data whatever their size field says (POSIX).
        const carriesData = type === 'file' || type === 'unsupported';
        const size = meta.size ?? h.size;
        const entry = {
            index: this.entries.length,
            path: decoded.text,
            validUtf8: decoded.valid,
            type,
            typeflag: h.type,
            mode: h.mode & 0o7777,
            size: carriesData ? size : 0,
        };
        if (type === 'hardlink' || type === 'symlink') {
            const link = decodePath(meta.linkPath ?? h.linkName);
            entry.linkPath = link.text;
        }
        this.entries.push(entry);
        if (!carriesData)
            return;
        if (size > caps.maxFileBytes)
            this.fail(`${JSON.stringify(decoded.text.slice(0, 200))} declares ${(0,numbers/* formatBytes */.z3)(size)}, over the ${(0,numbers/* formatBytes */.z3)(caps.maxFileBytes)} per-file cap (cap-file-bytes)`);
        this.totalBytes += size;
        if (this.totalBytes > caps.maxTotalBytes)
            this.fail(`archive unpacks to more than ${(0,numbers/* formatBytes */.z3)(caps.maxTotalBytes)} (cap-unpacked-bytes)`);
        const want = type === 'file' && this.options.capture ? Math.min(this.options.capture(decoded.text, size), size) : 0;
        this.pending = { kind: 'entry', entry, capture: want > 0 ? Buffer.alloc(want) : undefined, captureFill: 0, head: 0 };
        this.needleTails.length = 0;
        this.startData(size);
    }
    startData(size) {
        this.dataLeft = size;
        this.remaining = Math.ceil(size / BLOCK) * BLOCK;
        if (this.remaining === 0)
            this.closeEntry();
    }
    onData(chunk, off, n) {
        const p = this.pending;
        if (p.kind === 'meta') {
            chunk.copy(p.buf, p.fill, off, off + n);
            p.fill += n;
            return;
        }
        if (p.entry.type !== 'file')
            return;
        if (p.head < SHEBANG_BYTES) {
            const k = Math.min(SHEBANG_BYTES - p.head, n);
            chunk.copy(this.shebangBuf, p.head, off, off + k);
            p.head += k;
        }
        if (p.capture && p.captureFill < p.capture.length) {
            const k = Math.min(p.capture.length - p.captureFill, n);
            chunk.copy(p.capture, p.captureFill, off, off + k);
            p.captureFill += k;
        }
        if (this.maxNeedle)
            this.scanNeedles(p.entry.index, chunk.subarray(off, off + n));
    }
    scanNeedles(index, data) {
        const needles = this.options.needles;
        for (let i = 0; i < needles.length; i++) {
            const hits = this.needleHits[i];
            if (hits.has(index))
                continue;
            const needle = needles[i];
            // Carry the tail of the previous chunk so a needle split across chunks is still found.
            const tail = this.needleTails[i];
            const hay = tail ? Buffer.concat([tail, data.subarray(0, needle.length - 1)]) : undefined;
            if ((hay && hay.indexOf(needle) !== -1) || data.indexOf(needle) !== -1)
                hits.add(index);
            this.needleTails[i] = Buffer.from(data.subarray(Math.max(0, data.length - (needle.length - 1))));
        }
    }
    closeEntry() {
        const p = this.pending;
        this.pending = undefined;
        if (!p)
            return;
        if (p.kind === 'meta') {
            this.applyMeta(p.type, p.buf);
            return;
        }
        if (p.entry.type === 'file' && p.head >= 2 && this.shebangBuf[0] === 0x23 && this.shebangBuf[1] === 0x21) {
            const nl = this.shebangBuf.subarray(0, p.head).indexOf(0x0a);
            const line = this.shebangBuf.toString('utf8', 0, nl === -1 ? p.head : nl);
            p.entry.shebang = line.endsWith('\r') ? line.slice(0, -1) : line;
        }
        if (p.capture)
            this.contents.set(p.entry.index, { data: p.capture, truncated: p.capture.length < p.entry.size });
    }
    applyMeta(type, body) {
        const where = this.options.source;
        if (type === 'L') {
            this.local.path = noNul(body);
            return;
        }
        if (type === 'K') {
            this.local.linkPath = noNul(body);
            return;
        }
        const target = type === 'g' ? this.global : this.local;
        for (const [key, value] of parsePax(body, where)) {
            if (key === 'path')
                target.path = value;
            else if (key === 'linkpath')
                target.linkPath = value;
            else if (key === 'size')
                target.size = paxNumber(value, key, where);
        }
    }
}


/***/ })

};
