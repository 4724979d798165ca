export const id = 684;
export const ids = [684];
export const modules = {

/***/ 1684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verdictCommand: () => (/* binding */ verdictCommand)
/* harmony export */ });
/* unused harmony export verdictHelp */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_src_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8860);
/* harmony import */ var _common_src_result__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2354);
/* harmony import */ var _needs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5992);
/* harmony import */ var _render__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6389);
/* harmony import */ var _run__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1623);
// `release-gates verdict`: reads GateResult files and prints the one verdict.
// Exit codes: 0 pass or warn, 1 fail, 2 error (malformed results, bad flags).







const FORMATS = ['text', 'markdown', 'json'];
const FLAGS = [
    { name: 'results', value: '<dir>', help: 'Folder holding the GateResult files (searched recursively; every *.json must be a GateResult). Required.' },
    { name: 'expect', value: '<gates>', help: `Gates that must have a result, comma-separated (${_common_src_result__WEBPACK_IMPORTED_MODULE_3__/* .GATE_NAMES */ .rn.join(',')}). Default: none.` },
    { name: 'needs', value: '<json|@file>', help: 'The workflow\'s toJSON(needs), inline or @path: failed, cancelled or skipped jobs without a result count. Default: none.' },
    { name: 'format', value: '<text|markdown|json>', help: 'Output format. Default: text.' },
    { name: 'mode', value: '<enforce|warn>', help: 'warn reports a failing verdict without failing (exit 0); errors still exit 2. Default: enforce.' },
    { name: 'help', value: '', help: 'Show this help.' },
];
function verdictHelp() {
    const rows = FLAGS.map((f) => `  --${f.name}${f.value ? ' ' + f.value : ''}`.padEnd(34) + f.help);
    return [
        'Usage: release-gates verdict --results <dir> [--expect coverage,schema-ids,...] [--format text|markdown|json] [--mode enforce|warn]',
        '',
        'Reads every GateResult under --results, validates each against gate-result.schema.json and decides:',
        'all pass -> pass; an enforced fail or any error -> fail; warn-mode results never fail;',
        'an expected gate without a result -> fail; a malformed result file -> error naming the file.',
        '',
        'Flags:',
        ...rows,
        '',
        'Exit codes: 0 pass or warn, 1 fail, 2 error.',
        '',
    ].join('\n');
}
function parseArgs(argv) {
    const args = argv[0] === 'verdict' ? argv.slice(1) : argv;
    const known = new Set(FLAGS.map((f) => f.name));
    const values = new Map();
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '-h') {
            values.set('help', 'true');
            continue;
        }
        if (!arg.startsWith('--'))
            throw new _common_src_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`unexpected argument "${arg}" (flags start with --; see --help)`);
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq === -1 ? undefined : eq);
        if (!known.has(name))
            throw new _common_src_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`unknown flag --${name} (see --help)`, name);
        if (name === 'help') {
            values.set('help', 'true');
            continue;
        }
        let value;
        if (eq !== -1)
            value = arg.slice(eq + 1);
        else {
            value = args[i + 1];
            if (value === undefined || value.startsWith('--'))
                throw new _common_src_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--${name} needs a value`, name);
            i++;
        }
        if (values.has(name))
            throw new _common_src_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--${name} given twice`, name);
        values.set(name, value);
    }
    return values;
}
async function readNeeds(value, cwd) {
    if (!value.startsWith('@'))
        return value;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, value.slice(1));
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch {
        throw new _common_src_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('needs file not found or unreadable', value.slice(1));
    }
}
async function verdictCommand(argv, io) {
    try {
        const args = parseArgs(argv);
        if (args.has('help')) {
            io.stdout(verdictHelp());
            return 0;
        }
        const format = (args.get('format') ?? 'text');
        if (!FORMATS.includes(format))
            throw new _common_src_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`, 'format');
        const results = args.get('results');
        if (!results)
            throw new _common_src_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('--results <dir> is required: the folder holding the GateResult files', 'results');
        const needsText = args.has('needs') ? await readNeeds(args.get('needs'), io.cwd) : '';
        const needs = (0,_needs__WEBPACK_IMPORTED_MODULE_4__/* .parseNeeds */ .j)(needsText);
        const verdict = await (0,_run__WEBPACK_IMPORTED_MODULE_6__/* .runVerdict */ .ZH)({
            resultsDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, results),
            displayDir: results,
            expect: (0,_run__WEBPACK_IMPORTED_MODULE_6__/* .parseExpect */ .t2)(args.get('expect') ?? ''),
            ...(needs ? { needs } : {}),
            mode: (0,_run__WEBPACK_IMPORTED_MODULE_6__/* .parseMode */ .Zx)(args.get('mode') ?? 'enforce'),
        });
        if (format === 'json')
            io.stdout((0,_render__WEBPACK_IMPORTED_MODULE_5__/* .renderJson */ .hF)(verdict));
        else if (format === 'markdown')
            io.stdout((0,_render__WEBPACK_IMPORTED_MODULE_5__/* .renderMarkdown */ .Gc)(verdict));
        else
            io.stdout((0,_render__WEBPACK_IMPORTED_MODULE_5__/* .renderText */ .S5)(verdict));
        return (0,_common_src_result__WEBPACK_IMPORTED_MODULE_3__/* .exitCodeFor */ .Rr)(verdict.status);
    }
    catch (err) {
        if (err instanceof _common_src_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            io.stderr(`release-gates verdict: error: ${(0,_common_src_errors__WEBPACK_IMPORTED_MODULE_2__/* .describeLocation */ .lR)(err.file, err.line, err.column)}: ${err.message}\n`);
        else if (err instanceof _common_src_errors__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1)
            io.stderr(`release-gates verdict: error: ${err.message}\n`);
        else
            io.stderr(`release-gates verdict: internal error: ${(0,_common_src_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}\n`);
        return 2;
    }
}


/***/ })

};
