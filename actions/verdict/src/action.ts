// The verdict as a JavaScript action (dist/verdict/index.js). The only verdict module that imports
// @actions/core: it reads inputs, publishes the summary table and outputs, and fails the step.

import * as core from '@actions/core';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { describeLocation, errorMessage } from '../../common/src/errors';
import { SUMMARY_LIMIT_BYTES, truncateBytes } from '../../common/src/summary';
import { parseNeeds } from './needs';
import { renderJson, renderMarkdown } from './render';
import { parseExpect, parseMode, runVerdict } from './run';

const MAX_PROBLEM_ANNOTATIONS = 9;

function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt } = env;
  if (!server || !repo || !runId) return undefined;
  return `${server}/${repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`;
}

export async function runVerdictAction(): Promise<void> {
  try {
    const env = process.env;
    const temp = env.RUNNER_TEMP || env.TMPDIR || '/tmp';
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const resultsInput = core.getInput('results') || join(temp, 'release-gates', 'results');
    const resultsDir = isAbsolute(resultsInput) ? resultsInput : resolve(workspace, resultsInput);
    const needs = parseNeeds(core.getInput('needs'));
    const verdict = await runVerdict({
      resultsDir,
      displayDir: resultsInput,
      expect: parseExpect(core.getInput('expect')),
      ...(needs ? { needs } : {}),
      mode: parseMode(core.getInput('mode')),
      missingFolderIsEmpty: true,
    });

    for (const problem of verdict.problems.slice(0, MAX_PROBLEM_ANNOTATIONS)) {
      core.error(`${describeLocation(problem.file, problem.line, problem.column)}: ${problem.message}`, { title: 'release-gates verdict: malformed result' });
    }
    if (verdict.problems.length > MAX_PROBLEM_ANNOTATIONS) {
      core.info(`${verdict.problems.length - MAX_PROBLEM_ANNOTATIONS} more malformed result files: see the job summary.`);
    }

    const verdictDir = join(temp, 'release-gates');
    await mkdir(verdictDir, { recursive: true });
    const verdictFile = join(verdictDir, 'verdict.json');
    await writeFile(verdictFile, renderJson(verdict));
    core.setOutput('status', verdict.status);
    core.setOutput('verdict-file', verdictFile);

    const summaryPath = env.GITHUB_STEP_SUMMARY;
    if (summaryPath) {
      const url = runUrl(env);
      let markdown = renderMarkdown(verdict, url ? { runUrl: url } : {});
      // A verdict table is small; cut rather than lose the whole summary if thousands of files were broken.
      if (Buffer.byteLength(markdown) > SUMMARY_LIMIT_BYTES - 16 * 1024) markdown = truncateBytes(markdown, SUMMARY_LIMIT_BYTES - 16 * 1024) + '\n\n_(summary truncated)_\n';
      await appendFile(summaryPath, markdown);
    }

    core.info(`release-gates verdict: ${verdict.status} — ${verdict.summary}`);
    for (const row of verdict.rows) core.info(`  ${row.gate}: ${row.status}${row.mode === 'warn' ? ' (warn mode)' : ''} — ${row.summary}${row.reason ? ` [${row.reason}]` : ''}`);
    if (verdict.status === 'fail' || verdict.status === 'error') core.setFailed(`release-gates verdict: ${verdict.status} — ${verdict.summary}`);
  } catch (err) {
    // Bad inputs or an unreadable results folder: the verdict cannot decide, so it must not pass.
    core.setOutput('status', 'error');
    core.setFailed(`release-gates verdict: error — ${errorMessage(err)}`);
  }
}
