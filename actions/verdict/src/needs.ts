// Parses the calling workflow's `toJSON(needs)`: which jobs ran and how they ended. A job that failed,
// was cancelled or was skipped before writing its result still has to count.

import { ConfigurationError } from '../../common/src/errors';
import type { JobResult, NeedsContext } from './model';

const JOB_RESULTS: readonly JobResult[] = ['success', 'failure', 'cancelled', 'skipped'];

export function parseNeeds(text: string, option = 'needs'): NeedsContext | undefined {
  if (!text.trim()) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ConfigurationError(`${option} must be the JSON of \`toJSON(needs)\`: ${err instanceof Error ? err.message : String(err)}`, option);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigurationError(`${option} must be a JSON object of job ids (\`toJSON(needs)\`)`, option);
  }
  const needs: NeedsContext = {};
  for (const [job, entry] of Object.entries(value as Record<string, unknown>)) {
    const result = (entry as { result?: unknown } | null)?.result;
    if (typeof result !== 'string' || !(JOB_RESULTS as readonly string[]).includes(result)) {
      throw new ConfigurationError(`${option}: job "${job}" has no result (expected one of ${JOB_RESULTS.join(', ')})`, option);
    }
    const outputs = (entry as { outputs?: unknown }).outputs;
    needs[job] = {
      result: result as JobResult,
      ...(outputs && typeof outputs === 'object' ? { outputs: outputs as Record<string, string> } : {}),
    };
  }
  return needs;
}
