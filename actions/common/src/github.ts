// The GitHub adapter: the only module that talks to the runner (@actions/core). It reads inputs,
// runs the gate through the shared runner, and publishes outputs, summary, annotations and files.

import * as core from '@actions/core';
import { appendFile } from 'node:fs/promises';
import { describeOmitted, planAnnotations, ANNOTATION_CAP_PER_SEVERITY } from './annotations';
import { COMMON_OPTIONS } from './gate';
import type { GivenValue } from './options';
import { Redactor } from './redact';
import { loadGate } from './registry';
import { renderMarkdown } from './render';
import type { GateName } from './result';
import { runGate } from './run';
import { SUMMARY_LIMIT_BYTES, byteLength } from './summary';

/** Inputs as the runner passes them: INPUT_<NAME>, '' when not given. */
function readInputs(names: readonly string[]): Record<string, GivenValue> {
  const given: Record<string, GivenValue> = {};
  for (const name of names) {
    const value = core.getInput(name, { trimWhitespace: false });
    if (value.trim() !== '') given[name] = value;
  }
  return given;
}

export async function runAction(name: GateName): Promise<void> {
  try {
    const gate = await loadGate(name);
    const redactor = new Redactor();
    // Whatever a gate registers is masked in the runner's log from then on.
    redactor.onAdd((value) => core.setSecret(value));
    const given = readInputs([...gate.options, ...COMMON_OPTIONS].map((o) => o.name));
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const outcome = await runGate(gate, given, {
      cwd: workspace,
      env: process.env,
      isAction: true,
      redactor,
      log: {
        info: (m) => core.info(redactor.scrub(m)),
        warn: (m) => core.warning(redactor.scrub(m)),
        debug: (m) => core.debug(redactor.scrub(m)),
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
    if (omittedNote) core.info(omittedNote);

    core.setOutput('status', result.status);
    if (outcome.resultFile) core.setOutput('result-file', outcome.resultFile);
    if (outcome.sarifFile) core.setOutput('sarif-file', outcome.sarifFile);
    for (const [key, value] of Object.entries(outcome.outputs)) core.setOutput(key, value);

    const summaryPath = process.env.GITHUB_STEP_SUMMARY;
    if (summaryPath) {
      const markdown = redactor.scrub(renderMarkdown(result, outcome.sections, omittedNote ? [omittedNote] : []));
      if (byteLength(markdown) <= SUMMARY_LIMIT_BYTES) await appendFile(summaryPath, markdown);
    }

    core.info(redactor.scrub(`${name}: ${result.status} — ${result.summary}`));
    if (failing) core.setFailed(redactor.scrub(`${name}: ${result.status} — ${result.summary}`));
  } catch (err) {
    // Only reached when publishing itself fails: still fail closed.
    core.setFailed(`release-gates ${name}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
