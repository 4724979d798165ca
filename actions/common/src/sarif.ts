// SARIF 2.1.0 for GitHub code scanning: stable tool names and categories per gate, partial
// fingerprints so alerts track across runs, and at most 25,000 results per run kept by severity.

import { createHash } from 'node:crypto';
import type { Finding, Severity } from './result';
import { compareFindings, compareText } from './result';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_MAX_RESULTS_PER_RUN = 25_000;
export const SARIF_MAX_RUNS = 20;
export const FINGERPRINT_KEY = 'releaseGates/v1';

export interface SarifRule {
  id: string;
  shortDescription: string;
  helpUri?: string;
}

export interface SarifResultInput extends Finding {
  /** Caller-chosen stable identity (e.g. a salted secret fingerprint); default: hash of rule, file and message. */
  fingerprint?: string;
  /** Result is suppressed (baselined): kept so the alert closes as dismissed rather than reappearing. */
  suppressed?: { justification: string };
}

export interface SarifRunInput {
  /** tool.driver.name, stable per gate or source tool (e.g. `release-gates/coverage`). */
  tool: string;
  /** runAutomationDetails.id: the code-scanning category, stable so a later run replaces this one. */
  category: string;
  version?: string;
  informationUri?: string;
  rules?: SarifRule[];
  results: SarifResultInput[];
}

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'note' };

/** Characters encodeURIComponent never escapes, plus the segment separator. */
const PLAIN_PATH = /^[A-Za-z0-9\-_.!~*'()/]*$/;

/** Percent-encode a repository-relative path into a URI reference, segment by segment. */
export function pathToUri(file: string): string {
  // The common path needs no escaping (encodeURIComponent leaves these characters alone): skip the
  // split and join, which cost a few allocations per result on a 100,000-result log.
  if (PLAIN_PATH.test(file)) return file;
  return file
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

function defaultFingerprint(r: SarifResultInput): string {
  // Line numbers are left out so the fingerprint survives lines moving; occurrence disambiguates.
  const message = r.message.replace(/\d+/g, '#');
  return createHash('sha256').update(`${r.ruleId}\0${r.file ?? ''}\0${message}`).digest('hex').slice(0, 32);
}

function region(r: Finding): Record<string, number> | undefined {
  if (r.line === undefined || r.line < 1) return undefined;
  const out: Record<string, number> = { startLine: r.line };
  if (r.column !== undefined && r.column >= 1) out.startColumn = r.column;
  if (r.endLine !== undefined && r.endLine >= r.line) out.endLine = r.endLine;
  if (r.endColumn !== undefined && r.endColumn >= 1) out.endColumn = r.endColumn;
  return out;
}

function buildRun(input: SarifRunInput, maxResults: number): Record<string, unknown> {
  const sorted = [...input.results].sort(compareFindings);
  const kept = sorted.slice(0, maxResults);
  const cut = sorted.length - kept.length;
  const ruleIds = new Map<string, SarifRule>();
  for (const rule of input.rules ?? []) ruleIds.set(rule.id, rule);
  for (const r of kept) if (!ruleIds.has(r.ruleId)) ruleIds.set(r.ruleId, { id: r.ruleId, shortDescription: r.ruleId });
  const rules = [...ruleIds.values()].sort((a, b) => compareText(a.id, b.id));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const seen = new Map<string, number>();
  const results = kept.map((r) => {
    const base = r.fingerprint ?? defaultFingerprint(r);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    const result: Record<string, unknown> = {
      ruleId: r.ruleId,
      ruleIndex: ruleIndex.get(r.ruleId),
      level: LEVEL[r.severity],
      message: { text: r.message },
      partialFingerprints: { [FINGERPRINT_KEY]: `${base}:${occurrence}` },
    };
    if (r.file) {
      const physicalLocation: Record<string, unknown> = {
        artifactLocation: { uri: pathToUri(r.file), uriBaseId: '%SRCROOT%' },
      };
      const reg = region(r);
      if (reg) physicalLocation.region = reg;
      result.locations = [{ physicalLocation }];
    }
    if (r.suppressed) result.suppressions = [{ kind: 'external', justification: r.suppressed.justification }];
    return result;
  });
  const notifications = cut
    ? [
        {
          level: 'warning',
          message: {
            text: `${cut} of ${sorted.length} results left out (GitHub accepts ${maxResults} per run); the most severe were kept.`,
          },
        },
      ]
    : [];
  const driver: Record<string, unknown> = {
    name: input.tool,
    rules: rules.map((r) => ({
      id: r.id,
      shortDescription: { text: r.shortDescription },
      ...(r.helpUri ? { helpUri: r.helpUri } : {}),
    })),
  };
  if (input.version) driver.semanticVersion = input.version;
  if (input.informationUri) driver.informationUri = input.informationUri;
  return {
    tool: { driver },
    automationDetails: { id: input.category.endsWith('/') ? input.category : `${input.category}/` },
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
    originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
    results,
    properties: { resultsTotal: sorted.length, resultsOmitted: cut },
  };
}

export function buildSarif(runs: readonly SarifRunInput[], maxResultsPerRun = SARIF_MAX_RESULTS_PER_RUN): Record<string, unknown> {
  if (runs.length > SARIF_MAX_RUNS) throw new Error(`SARIF upload accepts at most ${SARIF_MAX_RUNS} runs; got ${runs.length}`);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: runs.map((r) => buildRun(r, maxResultsPerRun)),
  };
}

/** The default single run of a gate, built from its findings. */
export function defaultRun(gate: string, version: string, findings: readonly Finding[]): SarifRunInput {
  return {
    tool: `release-gates/${gate}`,
    category: `release-gates/${gate}`,
    version,
    informationUri: 'https://github.com/release-gates/release-gates',
    results: [...findings],
  };
}
