// Workflow-command annotations within what GitHub shows: about 10 errors and 10 warnings per step.
// We emit at most that many per severity (most important first) and say how many more exist.

import type { Finding, Severity } from './result';
import { compareFindings } from './result';

export const ANNOTATION_CAP_PER_SEVERITY = 10;

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

export interface AnnotationPlan {
  commands: string[];
  omitted: Record<Severity, number>;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatAnnotation(finding: Finding, title?: string): string {
  const props: string[] = [];
  if (finding.file) {
    props.push(`file=${escapeProperty(finding.file)}`);
    if (finding.line !== undefined) props.push(`line=${finding.line}`);
    if (finding.endLine !== undefined) props.push(`endLine=${finding.endLine}`);
    if (finding.column !== undefined) props.push(`col=${finding.column}`);
    if (finding.endColumn !== undefined) props.push(`endColumn=${finding.endColumn}`);
  }
  props.push(`title=${escapeProperty(title ?? finding.ruleId)}`);
  return `::${COMMAND[finding.severity]} ${props.join(',')}::${escapeData(finding.message)}`;
}

export function planAnnotations(findings: readonly Finding[], cap = ANNOTATION_CAP_PER_SEVERITY): AnnotationPlan {
  const sorted = [...findings].sort(compareFindings);
  const used: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const omitted: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const commands: string[] = [];
  for (const f of sorted) {
    if (used[f.severity] < cap) {
      used[f.severity]++;
      commands.push(formatAnnotation(f));
    } else {
      omitted[f.severity]++;
    }
  }
  return { commands, omitted };
}

export function describeOmitted(omitted: Record<Severity, number>): string | undefined {
  const parts: string[] = [];
  if (omitted.error) parts.push(`${omitted.error} more error${omitted.error === 1 ? '' : 's'}`);
  if (omitted.warning) parts.push(`${omitted.warning} more warning${omitted.warning === 1 ? '' : 's'}`);
  if (omitted.note) parts.push(`${omitted.note} more note${omitted.note === 1 ? '' : 's'}`);
  if (!parts.length) return undefined;
  return `${parts.join(', ')} not shown as annotations (GitHub shows about ${ANNOTATION_CAP_PER_SEVERITY} per severity per step); see the job summary, the SARIF file and the result file.`;
}
