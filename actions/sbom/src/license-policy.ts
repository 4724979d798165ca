// License policy over CycloneDX license choices, pure. An SPDX expression is a tree: OR passes when
// any branch passes, AND needs every member. Several `licenses` entries on one component are read as
// AND (every declared license applies) — the conservative reading for a release gate.

import parseSpdx from 'spdx-expression-parse';
import type { ComponentView, LicenseChoice } from './bom-model';

export type UnknownLicensePolicy = 'fail' | 'warn' | 'allow';

export interface LicensePolicy {
  allow: readonly string[];
  deny: readonly string[];
  unknown: UnknownLicensePolicy;
  /** purl (with or without version) → reason. */
  exceptions: Readonly<Record<string, string>>;
}

/** Worst first, so combining with AND takes the minimum index and OR the maximum. */
export type Verdict = 'denied' | 'not-allowed' | 'unknown' | 'allowed';
const RANK: Record<Verdict, number> = { denied: 0, 'not-allowed': 1, unknown: 2, allowed: 3 };

export interface Judgement {
  verdict: Verdict;
  /** Why, naming the deciding license(s). */
  reason: string;
}

export interface ComponentLicenseResult {
  component: ComponentView;
  /** The component's licenses as written (for messages and diff). */
  license: string;
  verdict: Verdict | 'excepted';
  reason: string;
  exception?: { key: string; reason: string };
}

type Tree = parseSpdx.Info;

function worst(a: Judgement, b: Judgement): Judgement {
  return RANK[a.verdict] <= RANK[b.verdict] ? a : b;
}
function best(a: Judgement, b: Judgement): Judgement {
  return RANK[a.verdict] >= RANK[b.verdict] ? a : b;
}

/** `GPL-2.0+` and `GPL-2.0-or-later` are the same license; ids compare case-sensitively as SPDX defines. */
function normalizeId(id: string, plus?: boolean): string {
  return plus ? `${id.replace(/-only$/, '')}-or-later` : id;
}

/** The license family for deny lists: denying GPL-3.0 also denies GPL-3.0-only, -or-later and +. */
function family(id: string): string {
  return id.replace(/\+$/, '').replace(/-(only|or-later)$/, '');
}

export class LicenseJudge {
  private readonly allow: Set<string>;
  private readonly denyFamilies: Set<string>;
  private readonly denyExact: Set<string>;
  private readonly spdxIdsLower: Map<string, string>;

  constructor(
    private readonly policy: LicensePolicy,
    /** Known SPDX ids (from the CycloneDX spdx schema), to read `license.name: "mit"` as MIT. */
    spdxIds: readonly string[],
  ) {
    this.allow = new Set(policy.allow.map((a) => normalizeId(a.replace(/\+$/, ''), a.endsWith('+'))));
    this.denyExact = new Set(policy.deny);
    this.denyFamilies = new Set(policy.deny.map(family));
    this.spdxIdsLower = new Map(spdxIds.map((id) => [id.toLowerCase(), id]));
  }

  private get hasAllowList(): boolean {
    return this.policy.allow.length > 0;
  }

  /** A license id (or UNLICENSED / LicenseRef-… / free-text name) on its own. */
  leaf(id: string, plus = false, exception?: string): Judgement {
    const shown = `${id}${plus ? '+' : ''}${exception ? ` WITH ${exception}` : ''}`;
    const special = id === 'UNLICENSED' ? 'UNLICENSED (npm: proprietary, all rights reserved)' : /(^|:)LicenseRef-/.test(id) ? `${id} (a custom, non-SPDX license)` : undefined;
    if (this.denyExact.has(id) || this.denyExact.has(shown) || (!special && this.denyFamilies.has(family(id)))) {
      return { verdict: 'denied', reason: `${shown} is in deny-licenses` };
    }
    const normalized = normalizeId(id, plus);
    if (this.allow.has(normalized) || this.allow.has(shown)) return { verdict: 'allowed', reason: `${shown} is allowed` };
    if (special) {
      return this.hasAllowList
        ? { verdict: 'not-allowed', reason: `${special} is not in allow-licenses` }
        : { verdict: 'unknown', reason: `${special} cannot be judged without an allow-licenses entry for it` };
    }
    if (this.hasAllowList) return { verdict: 'not-allowed', reason: `${shown} is not in allow-licenses` };
    return { verdict: 'allowed', reason: `${shown} is not denied` };
  }

  tree(node: Tree): Judgement {
    if ('conjunction' in node) {
      const left = this.tree(node.left);
      const right = this.tree(node.right);
      if (node.conjunction === 'and') return worst(left, right);
      const chosen = best(left, right);
      // A failing OR failed on every branch: say so, not only about the first.
      return chosen.verdict === 'allowed' || left.verdict !== right.verdict ? chosen : { verdict: chosen.verdict, reason: `no branch passes: ${left.reason}; ${right.reason}` };
    }
    return this.leaf(node.license, node.plus === true, node.exception);
  }

  expression(expr: string): Judgement {
    let tree: Tree;
    try {
      tree = parseSpdx(expr);
    } catch {
      return this.freeText(expr, 'is not a valid SPDX expression');
    }
    return this.tree(tree);
  }

  /** Text that is no SPDX id: only an exact allow/deny entry decides it; otherwise it is unknown. */
  private freeText(text: string, why: string): Judgement {
    if (this.denyExact.has(text)) return { verdict: 'denied', reason: `"${text}" is in deny-licenses` };
    if (this.allow.has(text)) return { verdict: 'allowed', reason: `"${text}" is allowed` };
    return { verdict: 'unknown', reason: `"${text}" ${why}` };
  }

  choice(choice: LicenseChoice): Judgement {
    if (typeof choice.expression === 'string') return this.expression(choice.expression);
    const lic = choice.license ?? {};
    if (typeof lic.id === 'string') return this.leaf(lic.id);
    if (typeof lic.name === 'string') {
      const name = lic.name.trim();
      if (/^unlicen[sc]ed$/i.test(name)) return this.leaf('UNLICENSED');
      const asId = this.spdxIdsLower.get(name.toLowerCase());
      if (asId) return this.leaf(asId);
      if (/^(LicenseRef-|DocumentRef-)/.test(name)) return this.leaf(name);
      try {
        return this.tree(parseSpdx(name));
      } catch {
        return this.freeText(name, 'is a license name, not an SPDX id or expression');
      }
    }
    return { verdict: 'unknown', reason: 'a license entry without id, name or expression' };
  }

  component(licenses: readonly LicenseChoice[]): Judgement {
    if (licenses.length === 0) return { verdict: 'unknown', reason: 'no license declared' };
    return licenses.map((l) => this.choice(l)).reduce(worst);
  }
}

export function describeLicenses(licenses: readonly LicenseChoice[]): string {
  if (licenses.length === 0) return '(none)';
  return licenses
    .map((l) => (typeof l.expression === 'string' ? l.expression : (l.license?.id ?? l.license?.name ?? '(empty)')))
    .join(' AND ');
}

/** purl without version, qualifiers and subpath: `pkg:npm/%40scope/name`. */
export function purlBase(purl: string): string {
  return purl.replace(/[?#].*$/, '').replace(/@[^@/]*$/, '');
}

function findException(purl: string | undefined, exceptions: Readonly<Record<string, string>>): { key: string; reason: string } | undefined {
  if (!purl) return undefined;
  const exact = exceptions[purl] ?? exceptions[purl.replace(/[?#].*$/, '')];
  if (exact !== undefined) return { key: exceptions[purl] !== undefined ? purl : purl.replace(/[?#].*$/, ''), reason: exact };
  const base = purlBase(purl);
  const byBase = exceptions[base];
  return byBase !== undefined ? { key: base, reason: byBase } : undefined;
}

export interface LicenseEvaluation {
  results: ComponentLicenseResult[];
  /** Exceptions no component used (likely stale). */
  unusedExceptions: string[];
}

export function evaluateLicenses(components: readonly ComponentView[], policy: LicensePolicy, spdxIds: readonly string[]): LicenseEvaluation {
  const judge = new LicenseJudge(policy, spdxIds);
  const used = new Set<string>();
  const results: ComponentLicenseResult[] = [];
  for (const component of components) {
    const judgement = judge.component(component.licenses);
    const license = describeLicenses(component.licenses);
    const needsException = judgement.verdict !== 'allowed';
    const exception = needsException ? findException(component.purl, policy.exceptions) : undefined;
    if (exception) {
      used.add(exception.key);
      results.push({ component, license, verdict: 'excepted', reason: judgement.reason, exception });
    } else {
      results.push({ component, license, verdict: judgement.verdict, reason: judgement.reason });
    }
  }
  // An exception is also "used" when it matches a component that needs none: it is not stale, just unneeded.
  const unusedExceptions = Object.keys(policy.exceptions).filter(
    (key) => !used.has(key) && !components.some((c) => c.purl && (c.purl === key || purlBase(c.purl) === key || c.purl.replace(/[?#].*$/, '') === key)),
  );
  return { results, unusedExceptions };
}

// SPDX ids of copyleft licenses (strong and weak), by family prefix, for "newly copyleft" in diffs.
const COPYLEFT_PREFIXES = [
  'GPL-', 'AGPL-', 'LGPL-', 'MPL-', 'EPL-', 'EUPL-', 'CDDL-', 'OSL-', 'CPL-', 'CECILL-', 'CC-BY-SA-', 'CC-BY-NC-SA-',
  'SSPL-', 'RPL-', 'Sleepycat', 'QPL-', 'APSL-', 'MS-RL', 'Artistic-1.0', 'copyleft-next-', 'ODbL-', 'NPL-', 'SPL-',
];

export function isCopyleftId(id: string): boolean {
  return COPYLEFT_PREFIXES.some((p) => id.startsWith(p));
}

/** SPDX ids mentioned in a component's licenses (any branch). */
export function licenseIds(licenses: readonly LicenseChoice[]): string[] {
  const out = new Set<string>();
  const visit = (t: Tree): void => {
    if ('conjunction' in t) {
      visit(t.left);
      visit(t.right);
    } else out.add(t.license);
  };
  for (const l of licenses) {
    if (typeof l.expression === 'string') {
      try {
        visit(parseSpdx(l.expression));
      } catch {
        // Invalid expressions are reported by validation.
      }
    } else if (l.license?.id) out.add(l.license.id);
    else if (l.license?.name) out.add(l.license.name);
  }
  return [...out].sort();
}
