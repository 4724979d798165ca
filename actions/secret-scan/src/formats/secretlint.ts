// secretlint `--format json` (an array of SecretLintCoreResult) and its `github` formatter output.
// `sourceContent` is the whole scanned file, secret included: only the matched range is taken from
// it (as the secret, in memory, copied out so the file's text is not kept with it), and nothing else
// of it is kept.

import { InputError } from '../../../common/src/errors';
import { ruleFamily } from '../family';
import { normaliseSecret } from '../fingerprint';
import { detached, entryError, lineNo, normalisePath, rec, str, unmasked, type JsonRecord, type Sink } from './common';

export function isSecretlintResult(e: JsonRecord): boolean {
  return 'filePath' in e && 'messages' in e;
}

/** secretlint rule ids are package names; the family comes from the rule itself, not the preset. */
function ruleName(m: JsonRecord): string {
  return str(m.ruleId) ?? 'unknown';
}

/** `first`: the report's index of value[0], for error messages (a slice of a large report, see array-slices.ts). */
export function parseSecretlintJson(value: unknown[], sink: Sink, first = 0): void {
  sink.tool('secretlint');
  value.forEach((item, index) => {
    const e = rec(item);
    if (!e || !isSecretlintResult(e)) throw entryError(sink, first + index, 'not a secretlint result (filePath, messages)');
    const content = typeof e.sourceContent === 'string' ? e.sourceContent : undefined;
    const messages = Array.isArray(e.messages) ? e.messages : [];
    const file = normalisePath(str(e.filePath), sink.workspace);
    for (const mi of messages) {
      const m = rec(mi);
      if (!m) throw entryError(sink, first + index, 'a message is not an object');
      const range = Array.isArray(m.range) ? m.range : [];
      const [start, end] = range;
      let secret: string | undefined;
      if (content && typeof start === 'number' && typeof end === 'number' && start >= 0 && end > start && end <= content.length) {
        secret = detached(content.slice(start, end));
        sink.raw(secret);
      }
      // Unmasked runs (--no-maskSecrets) repeat the secret in `message` and `data`.
      sink.raw(m.message);
      const data = rec(m.data);
      if (data) for (const v of Object.values(data)) if (typeof v === 'string' && (!content || content.includes(v))) sink.raw(v);
      const loc = rec(m.loc);
      const rule = ruleName(m);
      const clean = secret !== undefined ? unmasked(secret) : undefined;
      sink.push({
        tool: 'secretlint',
        rule,
        family: ruleFamily(rule),
        file,
        line: lineNo(rec(loc?.start)?.line),
        endLine: lineNo(rec(loc?.end)?.line),
        verification: 'unverified',
        secret: clean !== undefined ? normaliseSecret(clean) : undefined,
        report: sink.report,
      });
    }
  });
}

const COMMAND = /^::(error|warning|notice)( [^:]*)?::(.*)$/;

/** secretlint `--format github`: workflow commands; the message may hold the secret, so it is not kept. */
export function parseSecretlintGithub(text: string, sink: Sink): void {
  sink.tool('secretlint');
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const m = COMMAND.exec(raw);
    if (!m) throw new InputError('not a workflow command (::error file=...::message)', sink.report, i + 1);
    sink.raw(m[3]);
    const props: Record<string, string> = {};
    for (const part of (m[2] ?? '').trim().split(',')) {
      const eq = part.indexOf('=');
      if (eq > 0) props[part.slice(0, eq)] = decodeProperty(part.slice(eq + 1));
    }
    const rule = (props.title ?? 'unknown').replace(/^TextLint->/, '');
    const line = lineNo(props.line);
    sink.push({
      tool: 'secretlint',
      rule,
      family: ruleFamily(rule.split('>').pop() ?? rule),
      file: normalisePath(props.file, sink.workspace),
      line,
      endLine: line !== undefined ? lineNo(props.endLine) : undefined,
      verification: 'unverified',
      report: sink.report,
    });
  });
}

function decodeProperty(v: string): string {
  return v.replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%25/g, '%');
}
