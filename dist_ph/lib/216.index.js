export const id = 216;
export const ids = [216];
export const modules = {

/***/ 5216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./actions/common/src/result.ts
var result = __webpack_require__(2354);
;// CONCATENATED MODULE: ./actions/common/src/annotations.ts
// Workflow-command annotations within what GitHub shows: about 10 errors and 10 warnings per step.
// We emit at most that many per severity (most important first) and say how many more exist.

const ANNOTATION_CAP_PER_SEVERITY = 10;
const COMMAND = { error: 'error', warning: 'warning', note: 'notice' };
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function formatAnnotation(finding, title) {
    const props = [];
    if (finding.file) {
        props.push(`file=${escapeProperty(finding.file)}`);
        if (finding.line !== undefined)
            props.push(`line=${finding.line}`);
        if (finding.endLine !== undefined)
            props.push(`endLine=${finding.endLine}`);
        if (finding.column !== undefined)
            props.push(`col=${finding.column}`);
        if (finding.endColumn !== undefined)
            props.push(`endColumn=${finding.endColumn}`);
    }
    props.push(`title=${escapeProperty(title ?? finding.ruleId)}`);
    return `::${COMMAND[finding.severity]} ${props.join(',')}::${escapeData(finding.message)}`;
}
function planAnnotations(findings, cap = ANNOTATION_CAP_PER_SEVERITY) {
    const sorted = [...findings].sort(result/* compareFindings */.Eg);
    const used = { error: 0, warning: 0, note: 0 };
    const omitted = { error: 0, warning: 0, note: 0 };
    const commands = [];
    for (const f of sorted) {
        if (used[f.severity] < cap) {
            used[f.severity]++;
            commands.push(formatAnnotation(f));
        }
        else {
            omitted[f.severity]++;
        }
    }
    return { commands, omitted };
}
function describeOmitted(omitted) {
    const parts = [];
    if (omitted.error)
        parts.push(`${omitted.error} more error${omitted.error === 1 ? '' : 's'}`);
    if (omitted.warning)
        parts.push(`${omitted.warning} more warning${omitted.warning === 1 ? '' : 's'}`);
    if (omitted.note)
        parts.push(`${omitted.note} more note${omitted.note === 1 ? '' : 's'}`);
    if (!parts.length)
        return undefined;
    return `${parts.join(', ')} not shown as annotations (GitHub shows about ${ANNOTATION_CAP_PER_SEVERITY} per severity per step); see the job summary, the SARIF file and the result file.`;
}

// EXTERNAL MODULE: ./actions/common/src/gate.ts
var src_gate = __webpack_require__(20);
// EXTERNAL MODULE: ./actions/common/src/redact.ts + 1 modules
var redact = __webpack_require__(4917);
// EXTERNAL MODULE: ./actions/common/src/registry.ts
var registry = __webpack_require__(6672);
// EXTERNAL MODULE: ./actions/common/src/render.ts
var render = __webpack_require__(8175);
// EXTERNAL MODULE: ./actions/common/src/run.ts + 3 modules
var run = __webpack_require__(1409);
// EXTERNAL MODULE: ./actions/common/src/summary.ts
var summary = __webpack_require__(6663);
;// CONCATENATED MODULE: ./actions/common/src/github.ts
// The GitHub adapter: the only module that talks to the runner (@actions/core). It reads inputs,
// runs the gate through the shared runner, and publishes outputs, summary, annotations and files.









/** Inputs as the runner passes them: INPUT_<NAME>, '' when not given. */
function readInputs(names) {
    const given = {};
    for (const name of names) {
        const value = core/* getInput */.V4(name, { trimWhitespace: false });
        if (value.trim() !== '')
            given[name] = value;
    }
    return given;
}
async function runAction(name) {
    try {
        const gate = await (0,registry/* loadGate */.WF)(name);
        const redactor = new redact/* Redactor */.pO();
        // Whatever a gate registers is masked in the runner's log from then on.
        redactor.onAdd((value) => core/* setSecret */.Pq(value));
        const given = readInputs([...gate.options, ...src_gate/* COMMON_OPTIONS */.D].map((o) => o.name));
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const outcome = await (0,run/* runGate */.R)(gate, given, {
            cwd: workspace,
            env: process.env,
            isAction: true,
            redactor,
            log: {
                info: (m) => core/* info */.pq(redactor.scrub(m)),
                warn: (m) => core/* warning */.$e(redactor.scrub(m)),
                debug: (m) => core/* debug */.Yz(redactor.scrub(m)),
            },
        });
        const { result } = outcome;
        const failing = result.status === 'fail' || result.status === 'error';
        // Annotations: keep one error slot for setFailed's own message.
        const plan = planAnnotations(result.findings, ANNOTATION_CAP_PER_SEVERITY);
        const errorCap = failing ? ANNOTATION_CAP_PER_SEVERITY - 1 : ANNOTATION_CAP_PER_SEVERITY;
        let errorsShown = 0;
        for (const command of plan.commands) {
            if (command.startsWith('::error') && ++errorsShown > errorCap) {
                plan.omitted.error++;
                continue;
            }
            process.stdout.write(redactor.scrub(command) + '\n');
        }
        const omittedNote = describeOmitted(plan.omitted);
        if (omittedNote)
            core/* info */.pq(omittedNote);
        core/* setOutput */.uH('status', result.status);
        if (outcome.resultFile)
            core/* setOutput */.uH('result-file', outcome.resultFile);
        if (outcome.sarifFile)
            core/* setOutput */.uH('sarif-file', outcome.sarifFile);
        for (const [key, value] of Object.entries(outcome.outputs))
            core/* setOutput */.uH(key, value);
        const summaryPath = process.env.GITHUB_STEP_SUMMARY;
        if (summaryPath) {
            const markdown = redactor.scrub((0,render/* renderMarkdown */.Gc)(result, outcome.sections, omittedNote ? [omittedNote] : []));
            if ((0,summary/* byteLength */.dp)(markdown) <= summary/* SUMMARY_LIMIT_BYTES */.Jz)
                await (0,promises_.appendFile)(summaryPath, markdown);
        }
        core/* info */.pq(redactor.scrub(`${name}: ${result.status} — ${result.summary}`));
        if (failing)
            core/* setFailed */.C1(redactor.scrub(`${name}: ${result.status} — ${result.summary}`));
    }
    catch (err) {
        // Only reached when publishing itself fails: still fail closed.
        core/* setFailed */.C1(`release-gates ${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
}


/***/ })

};
