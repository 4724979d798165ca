// Rule families: each scanner names the same kind of secret differently (gitleaks `aws-access-token`,
// trufflehog `AWS`, detect-secrets `AWS Access Key`, secretlint `@secretlint/secretlint-rule-aws`).
// Families are deliberately coarse so the same secret lands in the same family whoever found it.

const FAMILIES: readonly [string, RegExp][] = [
  ['private-key', /private[\s_-]*key|privatekey|\brsa\b|rsa-pk|\bpem\b|openssh|\bssh\b|pgp|asymmetric|pkcs/],
  ['aws', /\baws\b|aws[\s_-]|amazon|secretlint-rule-aws/],
  ['github', /github|\bgh[pousr]\b/],
  ['gitlab', /gitlab/],
  ['slack', /slack/],
  ['stripe', /stripe/],
  ['google', /google|\bgcp\b|firebase/],
  ['azure', /azure/],
  ['npm', /\bnpm\b|npmrc|npm[\s_-]/],
  ['pypi', /pypi/],
  ['twilio', /twilio/],
  ['sendgrid', /sendgrid/],
  ['mailchimp', /mailchimp/],
  ['openai', /openai/],
  ['anthropic', /anthropic/],
  ['jwt', /\bjwt\b|jwt[\s_-]/],
  ['basic-auth', /basic[\s_-]*auth|\buri\b|url[\s_-]*(with[\s_-]*)?(password|credential)|database[\s_-]*url|\bdb[\s_-]*url/],
  ['generic', /generic|keyword|entropy|password|passwd|secret|api[\s_-]*key|token|credential/],
];

// Reports repeat a few dozen rule names thousands of times: remember each answer, and the last one
// apart (neighbouring findings mostly share a rule; comparing is cheaper than hashing each copy).
const cache = new Map<string, string>();
let lastRule: string | undefined;
let lastFamily = '';

/** Canonical family of a scanner's rule name; unknown names keep a slug of their own. */
export function ruleFamily(rule: string): string {
  if (rule === lastRule) return lastFamily;
  let family = cache.get(rule);
  if (family === undefined) {
    family = classify(rule);
    if (cache.size < 10_000) cache.set(rule, family);
  }
  lastRule = rule;
  lastFamily = family;
  return family;
}

function classify(rule: string): string {
  const lower = rule.toLowerCase();
  for (const [family, pattern] of FAMILIES) if (pattern.test(lower)) return family;
  const slug = lower.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return slug || 'generic';
}

/**
 * The family a merged finding is filed under: the most specific one (the first in code-unit order,
 * as a sort would put it), `generic` only if nothing else. A loop: 40,000 merged secrets call this.
 */
export function primaryFamily(families: Iterable<string>): string {
  let first: string | undefined;
  for (const f of families) if (f !== 'generic' && (first === undefined || f < first)) first = f;
  return first ?? 'generic';
}
