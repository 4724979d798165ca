// Test helper: run the gate the way the runner does (options typed and defaulted) on a throw-away workspace.

import { makeTestContext } from '../../common/src/testing';
import type { Finding } from '../../common/src/result';
import gate, { type SchemaIdsOptions } from '../src/gate';
import { makeWorkspace } from './workspace';

export function defaults(): SchemaIdsOptions {
  const out: Record<string, unknown> = {};
  for (const o of gate.options) out[o.name] = structuredClone(o.default);
  return out as unknown as SchemaIdsOptions;
}

export async function runOn(files: Record<string, unknown>, options: Partial<SchemaIdsOptions> = {}) {
  const workspace = makeWorkspace(files);
  const report = await gate.run({ ...defaults(), ...options }, makeTestContext({ workspace }));
  return { workspace, report, findings: report.findings };
}

export function of(findings: readonly Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.ruleId === `schema/${rule}`);
}

/** `file:line:col` of each finding of a rule, for compact assertions. */
export function where(findings: readonly Finding[], rule: string): string[] {
  return of(findings, rule).map((f) => `${f.file}:${f.line}:${f.column}`);
}

export const S2020 = 'https://json-schema.org/draft/2020-12/schema';
export const S2019 = 'https://json-schema.org/draft/2019-09/schema';
export const D07 = 'http://json-schema.org/draft-07/schema#';
export const D06 = 'http://json-schema.org/draft-06/schema#';
export const D04 = 'http://json-schema.org/draft-04/schema#';

/** A closed 2020-12 schema with an $id under https://example.com/. */
export function closed(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { $schema: S2020, $id: `https://example.com/${id}`, type: 'object', additionalProperties: false, ...extra };
}
