export const id = 406;
export const ids = [406];
export const modules = {

/***/ 5992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ parseNeeds)
/* harmony export */ });
/* harmony import */ var _common_src_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8860);
// Parses the calling workflow's `toJSON(needs)`: which jobs ran and how they ended. A job that failed,
// was cancelled or was skipped before writing its result still has to count.

const JOB_RESULTS = ['success', 'failure', 'cancelled', 'skipped'];
function parseNeeds(text, option = 'needs') {
    if (!text.trim())
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new _common_src_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${option} must be the JSON of \`toJSON(needs)\`: ${err instanceof Error ? err.message : String(err)}`, option);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
        throw new _common_src_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${option} must be a JSON object of job ids (\`toJSON(needs)\`)`, option);
    }
    const needs = {};
    for (const [job, entry] of Object.entries(value)) {
        const result = entry?.result;
        if (typeof result !== 'string' || !JOB_RESULTS.includes(result)) {
            throw new _common_src_errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${option}: job "${job}" has no result (expected one of ${JOB_RESULTS.join(', ')})`, option);
        }
        const outputs = entry.outputs;
        needs[job] = {
            result: result,
            ...(outputs && typeof outputs === 'object' ? { outputs: outputs } : {}),
        };
    }
    return needs;
}


/***/ }),

/***/ 6389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   hF: () => (/* binding */ renderJson)
/* harmony export */ });
/* harmony import */ var _common_src_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8860);
/* harmony import */ var _common_src_summary__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6663);
// Presents a Verdict: a terminal table, Markdown for the job summary, or JSON for other tools.


const ROW_ICON = { ..._common_src_summary__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_ICON */ .tW, missing: '❔', 'job-failed': '❌' };
function statusLabel(row) {
    const mode = row.mode === 'warn' ? ' (warn mode)' : '';
    return `${row.status}${mode}`;
}
function renderJson(verdict) {
    return JSON.stringify(verdict, null, 2) + '\n';
}
function renderText(verdict) {
    const lines = [`release-gates verdict: ${verdict.status.toUpperCase()} — ${verdict.summary}`];
    if (verdict.rows.length) {
        const cells = verdict.rows.map((r) => [r.gate, statusLabel(r), r.summary + (r.reason ? ` [${r.reason}]` : ''), r.file ?? '']);
        const headers = ['gate', 'status', 'key figure', 'file'];
        const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => Math.min(c[i].length, i === 2 ? 90 : 60))));
        const fmt = (c) => c.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
        lines.push('', fmt(headers), fmt(widths.map((w) => '-'.repeat(w))), ...cells.map(fmt));
    }
    if (verdict.problems.length) {
        lines.push('', 'Malformed result files:');
        for (const p of verdict.problems)
            lines.push(`  ${(0,_common_src_errors__WEBPACK_IMPORTED_MODULE_0__/* .describeLocation */ .lR)(p.file, p.line, p.column)}: ${p.message}`);
    }
    if (verdict.superseded.length)
        lines.push('', `Replaced by a newer run attempt: ${verdict.superseded.join(', ')}`);
    return lines.join('\n') + '\n';
}
function renderMarkdown(verdict, options = {}) {
    const out = [`## ${_common_src_summary__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_ICON */ .tW[verdict.status] ?? ''} release-gates verdict: ${verdict.status}`, '', (0,_common_src_summary__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(verdict.summary), ''];
    if (verdict.mode === 'warn')
        out.push('> [!NOTE]', '> The verdict runs in warn mode: a failing gate is reported but does not fail this check.', '');
    if (verdict.rows.length) {
        const link = (gate) => (options.runUrl ? `[${(0,_common_src_summary__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(gate.replace(/^job:/, ''))} job](${options.runUrl})` : '');
        const rows = verdict.rows.map((r) => [
            `**${(0,_common_src_summary__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r.gate)}**`,
            `${ROW_ICON[r.status]} ${(0,_common_src_summary__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(statusLabel(r))}`,
            (0,_common_src_summary__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r.summary) + (r.reason ? ` _(${(0,_common_src_summary__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(r.reason)})_` : ''),
            link(r.gate),
        ]);
        out.push((0,_common_src_summary__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['gate', 'status', 'key figure', 'job'], rows));
    }
    if (verdict.problems.length) {
        out.push('### Malformed result files', '');
        for (const p of verdict.problems)
            out.push(`- \`${(0,_common_src_errors__WEBPACK_IMPORTED_MODULE_0__/* .describeLocation */ .lR)(p.file, p.line, p.column).replace(/`/g, "'")}\`: ${(0,_common_src_summary__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(p.message)}`);
        out.push('');
    }
    if (verdict.superseded.length)
        out.push(`<sub>Replaced by a newer run attempt: ${verdict.superseded.map(_common_src_summary__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV).join(', ')}</sub>`, '');
    return out.join('\n');
}


/***/ }),

/***/ 1623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t2: () => (/* binding */ parseExpect),
  Zx: () => (/* binding */ parseMode),
  ZH: () => (/* binding */ runVerdict)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./actions/common/src/errors.ts
var errors = __webpack_require__(8860);
// EXTERNAL MODULE: ./actions/common/src/result.ts
var result = __webpack_require__(2354);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/common/src/readers.ts
var readers = __webpack_require__(3027);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
;// CONCATENATED MODULE: ./actions/common/schemas/gate-result.schema.json
const gate_result_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://release-gates.github.io/schemas/gate-result/v1.json","title":"release-gates GateResult","description":"The decision of one release gate: written by every gate, read by the verdict and other tools.","type":"object","additionalProperties":false,"required":["schemaVersion","gate","status","mode","summary","metrics","findings","durationMs"],"properties":{"schemaVersion":{"const":1},"gate":{"enum":["coverage","schema-ids","sbom","secret-scan","tarball"]},"status":{"enum":["pass","warn","fail","error"],"description":"The decision. error: the gate could not decide (bad input, missing file, tool failure)."},"mode":{"enum":["enforce","warn"],"description":"warn turns a would-be fail into warn."},"summary":{"type":"string","description":"One line a person reads first."},"metrics":{"type":"object","description":"Gate-specific figures, documented in each gate\'s README.","x-release-gates-allow-open":"each gate documents its own metrics; readers must ignore what they do not know"},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"}},"durationMs":{"type":"integer","minimum":0}},"$defs":{"finding":{"type":"object","additionalProperties":false,"required":["ruleId","severity","message"],"properties":{"ruleId":{"type":"string","pattern":"^[a-z0-9-]+/[a-z0-9-]+(/[a-z0-9-]+)*$"},"severity":{"enum":["error","warning","note"]},"message":{"type":"string","minLength":1},"file":{"type":"string","minLength":1},"line":{"type":"integer","minimum":1},"endLine":{"type":"integer","minimum":1},"column":{"type":"integer","minimum":1},"endColumn":{"type":"integer","minimum":1}}}}}');
;// CONCATENATED MODULE: ./actions/common/src/result-schema.ts
// One place that compiles the GateResult schema, so every reader (the verdict, tests, tools) agrees.


/** Our own annotation for an object left open on purpose (schema-ids honours it); not a validation keyword. */
const ALLOW_OPEN_KEYWORD = 'x-release-gates-allow-open';
const GATE_RESULT_SCHEMA = gate_result_schema_namespaceObject;
let validator;
/** Strict ajv (unknown keywords are errors) that knows our annotation keyword. */
function gateResultValidator() {
    validator ??= new _2020.Ajv2020({ allErrors: true, strict: true, keywords: [ALLOW_OPEN_KEYWORD] }).compile(GATE_RESULT_SCHEMA);
    return validator;
}

;// CONCATENATED MODULE: ./actions/verdict/src/validate.ts
// Validates GateResult documents against the schema that ships in actions/common/schemas, so the
// verdict never trusts a file just because it parses.

function validate_validator() {
    return gateResultValidator();
}
function describe(error) {
    const where = error.instancePath || '(top level)';
    if (error.keyword === 'additionalProperties') {
        return `${where}: unexpected property "${String(error.params.additionalProperty)}"`;
    }
    if (error.keyword === 'enum') {
        const allowed = error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ');
        return `${where}: must be one of ${allowed}`;
    }
    return `${where}: ${error.message ?? 'is invalid'}`;
}
/** `undefined` when `value` is a valid GateResult; otherwise the problems, most useful first. */
function gateResultProblems(value) {
    const validate = validate_validator();
    if (validate(value))
        return undefined;
    const errors = validate.errors ?? [];
    // One line per distinct problem; ajv repeats some errors for each failing branch.
    return [...new Set(errors.map(describe))];
}

;// CONCATENATED MODULE: ./actions/verdict/src/collect.ts
// Reads every GateResult under the results folder. This is the verdict's only file-system code.
//
// Layout: the reusable workflow downloads each gate's result artifact into its own folder,
//   <results>/release-gates-<suffix>-<gate>-result-attempt-<n>/<gate>.json
// but any layout works: every `*.json` file anywhere below the folder must be a GateResult (so point
// --results at a folder that holds only results; a stray or broken file is an error naming it, never
// silently skipped).





/** A GateResult is small; anything bigger is not one. */
const MAX_RESULT_BYTES = 64 * 1024 * 1024;
/** Stop walking absurd trees instead of running out of memory. */
const MAX_RESULT_FILES = 10_000;
const ATTEMPT_FOLDER = /^(.*)-attempt-(\d+)$/;
async function listJsonFiles(root, problems) {
    const found = [];
    const pending = [root];
    while (pending.length) {
        const dir = pending.pop();
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch (err) {
            throw new errors/* InputError */.dz(`cannot list the results folder: ${err.code ?? err.message}`, toDisplay(root, dir) || '.');
        }
        for (const entry of entries) {
            const full = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isSymbolicLink()) {
                // A downloaded artifact never holds links; one pointing elsewhere must not smuggle a result in.
                if (entry.name.endsWith('.json'))
                    problems.push({ file: toDisplay(root, full), message: 'is a symbolic link; result files must be regular files' });
                continue;
            }
            if (entry.isDirectory())
                pending.push(full);
            else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) {
                found.push(full);
                if (found.length > MAX_RESULT_FILES) {
                    throw new errors/* InputError */.dz(`more than ${MAX_RESULT_FILES} .json files under the results folder; point --results at the downloaded results only`, root);
                }
            }
        }
    }
    return found.sort();
}
function toDisplay(root, full) {
    return (0,external_node_path_.relative)(root, full).split(external_node_path_.sep).join('/');
}
/** Line and column of a JSON.parse failure, from the offset V8 puts in its message. */
function parseErrorLocation(text, err) {
    const match = /position (\d+)/.exec(err instanceof Error ? err.message : '');
    if (!match)
        return {};
    return (0,readers/* lineColumnAt */.IX)(text, Number(match[1]));
}
function attemptOf(display) {
    const parts = display.split('/');
    const folder = parts.length > 1 ? parts[parts.length - 2] : undefined;
    const match = folder ? ATTEMPT_FOLDER.exec(folder) : null;
    if (!match)
        return {};
    return { attempt: Number(match[2]), slot: [...parts.slice(0, -2), match[1], parts[parts.length - 1]].join('/') };
}
async function collectResults(resultsDir, displayDir = resultsDir) {
    let info;
    try {
        info = await (0,promises_.lstat)(resultsDir);
    }
    catch {
        throw new errors/* InputError */.dz('results folder not found', displayDir);
    }
    if (!info.isDirectory())
        throw new errors/* InputError */.dz('results path is not a folder', displayDir);
    const problems = [];
    const results = [];
    for (const full of await listJsonFiles(resultsDir, problems)) {
        const file = toDisplay(resultsDir, full);
        let text;
        try {
            text = (await (0,readers/* readTextCapped */.XS)(full, MAX_RESULT_BYTES, file)).text;
        }
        catch (err) {
            problems.push({ file, message: err instanceof Error ? err.message : String(err) });
            continue;
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (err) {
            const where = parseErrorLocation(text, err);
            problems.push({ file, ...where, message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` });
            continue;
        }
        const invalid = gateResultProblems(value);
        if (invalid) {
            const shown = invalid.slice(0, 5).join('; ');
            const more = invalid.length > 5 ? ` (and ${invalid.length - 5} more)` : '';
            problems.push({ file, message: `not a valid GateResult (gate-result.schema.json): ${shown}${more}` });
            continue;
        }
        results.push({ file, result: value, ...attemptOf(file) });
    }
    return { results, problems };
}

;// CONCATENATED MODULE: ./actions/verdict/src/evaluate.ts
// The verdict rule, as a pure function of what was read:
//   - a malformed or invalid result file                → error (the verdict cannot decide)
//   - a result with status error                         → fails the verdict (the gate could not look)
//   - a result with status fail in enforce mode          → fails the verdict
//   - a warn-mode result                                 → never fails it (counts as warn)
//   - an expected gate without a result                  → fails the verdict (skipped, cancelled or crashed jobs)
//   - a needed job that failed or was cancelled          → fails the verdict, even if it is not a gate
//   - no results and nothing expected                    → error (an empty verdict must not pass)
// The verdict's own mode `warn` turns its fail into warn; error stays error.

const EFFECT_RANK = { fail: 0, warn: 1, pass: 2 };
const STATUS_RANK = { error: 0, 'job-failed': 1, missing: 2, fail: 3, warn: 4, pass: 5 };
function isGate(name) {
    return result/* GATE_NAMES */.rn.includes(name);
}
/** Keep only the newest attempt of each job's result; report the rest as superseded. */
function latestAttempts(results) {
    const newest = new Map();
    for (const r of results) {
        if (r.slot === undefined || r.attempt === undefined)
            continue;
        const seen = newest.get(r.slot);
        if (!seen || (seen.attempt ?? 0) < r.attempt)
            newest.set(r.slot, r);
    }
    const kept = [];
    const superseded = [];
    for (const r of results) {
        if (r.slot === undefined || newest.get(r.slot) === r)
            kept.push(r);
        else
            superseded.push(r.file);
    }
    return { kept, superseded };
}
function rowForResult(loaded, needs) {
    const { result, file } = loaded;
    const job = needs?.[result.gate]?.result;
    let effect;
    let reason;
    switch (result.status) {
        case 'pass':
            effect = 'pass';
            break;
        case 'warn':
            effect = 'warn';
            if (result.mode === 'warn')
                reason = 'warn mode: reported, not enforced';
            break;
        case 'fail':
            // A consistent result never says fail in warn mode (the runner applies the mode); honour the mode anyway.
            effect = result.mode === 'warn' ? 'warn' : 'fail';
            if (result.mode === 'warn')
                reason = 'warn mode: reported, not enforced';
            break;
        case 'error':
            effect = 'fail';
            reason = 'the gate could not decide; an error never passes';
            break;
    }
    if ((job === 'failure' || job === 'cancelled') && effect !== 'fail' && result.mode === 'enforce') {
        effect = 'fail';
        reason = `the ${result.gate} job ended "${job}" after writing this result`;
    }
    return { gate: result.gate, status: result.status, mode: result.mode, summary: result.summary, file, ...(job ? { job } : {}), effect, ...(reason ? { reason } : {}) };
}
function worstStatus(rows) {
    if (rows.some((r) => r.effect === 'fail'))
        return 'fail';
    if (rows.some((r) => r.effect === 'warn'))
        return 'warn';
    return 'pass';
}
function summarize(status, rows, problems, mode) {
    if (problems.length)
        return `${problems.length} result file${problems.length === 1 ? ' is' : 's are'} malformed: the verdict cannot decide`;
    if (!rows.length)
        return 'no gate results found and none expected: nothing to decide';
    const failing = rows.filter((r) => r.effect === 'fail').map((r) => r.gate);
    const warning = rows.filter((r) => r.effect === 'warn').map((r) => r.gate);
    const passed = rows.filter((r) => r.effect === 'pass').length;
    const counted = `${passed}/${rows.length} passed`;
    if (failing.length) {
        const lead = `${[...new Set(failing)].join(', ')} ${failing.length === 1 ? 'blocks' : 'block'} the release`;
        return mode === 'warn' && status === 'warn' ? `${lead} (verdict in warn mode: not enforced)` : `${lead} (${counted})`;
    }
    if (warning.length)
        return `ready, with warnings from ${[...new Set(warning)].join(', ')} (${counted})`;
    return `ready to release: every gate passed (${rows.length} result${rows.length === 1 ? '' : 's'})`;
}
function decideVerdict(input) {
    const { kept, superseded } = latestAttempts(input.results);
    const rows = kept.map((r) => rowForResult(r, input.needs));
    const present = new Set(rows.map((r) => r.gate));
    const expected = [...new Set(input.expect)];
    for (const gate of expected) {
        if (present.has(gate))
            continue;
        const job = input.needs?.[gate]?.result;
        rows.push({
            gate,
            status: 'missing',
            summary: job ? `no result: the ${gate} job ended "${job}" without one` : 'no result file found',
            ...(job ? { job } : {}),
            effect: 'fail',
            reason: 'an expected gate must report',
        });
        present.add(gate);
    }
    for (const [job, { result }] of Object.entries(input.needs ?? {})) {
        if (present.has(job) || (result !== 'failure' && result !== 'cancelled'))
            continue;
        // A gate job that failed before writing a result, or any other job the verdict depends on.
        rows.push({
            gate: isGate(job) ? job : `job:${job}`,
            status: isGate(job) ? 'missing' : 'job-failed',
            summary: `the ${job} job ended "${result}"${isGate(job) ? ' without a result' : ''}`,
            job: result,
            effect: 'fail',
        });
    }
    rows.sort((a, b) => EFFECT_RANK[a.effect] - EFFECT_RANK[b.effect] || STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.gate.localeCompare(b.gate) || (a.file ?? '').localeCompare(b.file ?? ''));
    let status;
    if (input.problems.length || !rows.length)
        status = 'error';
    else
        status = (0,result/* applyMode */.yM)(worstStatus(rows), input.mode);
    return {
        schemaVersion: 1,
        status,
        mode: input.mode,
        summary: summarize(status, rows, input.problems, input.mode),
        expected,
        rows,
        problems: [...input.problems],
        superseded,
    };
}

;// CONCATENATED MODULE: ./actions/verdict/src/run.ts
// Shared by the CLI command and the action: options in, Verdict out.





/** `coverage, schema-ids` or one per line; empty entries are ignored, unknown gates are an error. */
function parseExpect(text, option = 'expect') {
    const names = text.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
    const unknown = names.filter((n) => !result/* GATE_NAMES */.rn.includes(n));
    if (unknown.length) {
        throw new errors/* ConfigurationError */.j1(`${option}: unknown gate ${unknown.map((u) => `"${u}"`).join(', ')} (known: ${result/* GATE_NAMES */.rn.join(', ')})`, option);
    }
    return [...new Set(names)];
}
function parseMode(text, option = 'mode') {
    const value = text.trim() || 'enforce';
    if (value !== 'enforce' && value !== 'warn')
        throw new errors/* ConfigurationError */.j1(`${option} must be enforce or warn, got "${value}"`, option);
    return value;
}
async function runVerdict(options) {
    const empty = options.missingFolderIsEmpty && !(0,external_node_fs_.existsSync)(options.resultsDir);
    const collected = empty ? { results: [], problems: [] } : await collectResults(options.resultsDir, options.displayDir ?? options.resultsDir);
    return decideVerdict({ ...collected, expect: options.expect, ...(options.needs ? { needs: options.needs } : {}), mode: options.mode });
}


/***/ })

};
