export const id = 567;
export const ids = [567];
export const modules = {

/***/ 7567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVerdictAction: () => (/* binding */ runVerdictAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_src_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8860);
/* harmony import */ var _common_src_summary__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6663);
/* harmony import */ var _needs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5992);
/* harmony import */ var _render__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6389);
/* harmony import */ var _run__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1623);
// The verdict as a JavaScript action (dist/verdict/index.js). The only verdict module that imports
// @actions/core: it reads inputs, publishes the summary table and outputs, and fails the step.








const MAX_PROBLEM_ANNOTATIONS = 9;
function runUrl(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt } = env;
    if (!server || !repo || !runId)
        return undefined;
    return `${server}/${repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`;
}
async function runVerdictAction() {
    try {
        const env = process.env;
        const temp = env.RUNNER_TEMP || env.TMPDIR || '/tmp';
        const workspace = env.GITHUB_WORKSPACE || process.cwd();
        const resultsInput = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('results') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(temp, 'release-gates', 'results');
        const resultsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(resultsInput) ? resultsInput : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace, resultsInput);
        const needs = (0,_needs__WEBPACK_IMPORTED_MODULE_5__/* .parseNeeds */ .j)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('needs'));
        const verdict = await (0,_run__WEBPACK_IMPORTED_MODULE_7__/* .runVerdict */ .ZH)({
            resultsDir,
            displayDir: resultsInput,
            expect: (0,_run__WEBPACK_IMPORTED_MODULE_7__/* .parseExpect */ .t2)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('expect')),
            ...(needs ? { needs } : {}),
            mode: (0,_run__WEBPACK_IMPORTED_MODULE_7__/* .parseMode */ .Zx)(_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('mode')),
            missingFolderIsEmpty: true,
        });
        for (const problem of verdict.problems.slice(0, MAX_PROBLEM_ANNOTATIONS)) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`${(0,_common_src_errors__WEBPACK_IMPORTED_MODULE_3__/* .describeLocation */ .lR)(problem.file, problem.line, problem.column)}: ${problem.message}`, { title: 'release-gates verdict: malformed result' });
        }
        if (verdict.problems.length > MAX_PROBLEM_ANNOTATIONS) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${verdict.problems.length - MAX_PROBLEM_ANNOTATIONS} more malformed result files: see the job summary.`);
        }
        const verdictDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(temp, 'release-gates');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(verdictDir, { recursive: true });
        const verdictFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(verdictDir, 'verdict.json');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(verdictFile, (0,_render__WEBPACK_IMPORTED_MODULE_6__/* .renderJson */ .hF)(verdict));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', verdict.status);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('verdict-file', verdictFile);
        const summaryPath = env.GITHUB_STEP_SUMMARY;
        if (summaryPath) {
            const url = runUrl(env);
            let markdown = (0,_render__WEBPACK_IMPORTED_MODULE_6__/* .renderMarkdown */ .Gc)(verdict, url ? { runUrl: url } : {});
            // A verdict table is small; cut rather than lose the whole summary if thousands of files were broken.
            if (Buffer.byteLength(markdown) > _common_src_summary__WEBPACK_IMPORTED_MODULE_4__/* .SUMMARY_LIMIT_BYTES */ .Jz - 16 * 1024)
                markdown = (0,_common_src_summary__WEBPACK_IMPORTED_MODULE_4__/* .truncateBytes */ .QY)(markdown, _common_src_summary__WEBPACK_IMPORTED_MODULE_4__/* .SUMMARY_LIMIT_BYTES */ .Jz - 16 * 1024) + '\n\n_(summary truncated)_\n';
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.appendFile)(summaryPath, markdown);
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`release-gates verdict: ${verdict.status} — ${verdict.summary}`);
        for (const row of verdict.rows)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  ${row.gate}: ${row.status}${row.mode === 'warn' ? ' (warn mode)' : ''} — ${row.summary}${row.reason ? ` [${row.reason}]` : ''}`);
        if (verdict.status === 'fail' || verdict.status === 'error')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`release-gates verdict: ${verdict.status} — ${verdict.summary}`);
    }
    catch (err) {
        // Bad inputs or an unreadable results folder: the verdict cannot decide, so it must not pass.
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', 'error');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`release-gates verdict: error — ${(0,_common_src_errors__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}`);
    }
}


/***/ })

};
