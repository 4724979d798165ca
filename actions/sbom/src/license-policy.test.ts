import { describe, expect, it } from 'vitest';
import { LicenseJudge, evaluateLicenses, isCopyleftId, licenseIds, purlBase, type LicensePolicy } from './license-policy';
import { viewBom } from './bom-model';
import { sampleBom } from '../test/boms';

const IDS = ['MIT', 'ISC', 'Apache-2.0', 'GPL-2.0', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0-only', 'GPL-3.0-or-later', 'BSD-3-Clause', 'LGPL-2.1-only'];

function judge(policy: Partial<LicensePolicy>) {
  return new LicenseJudge({ allow: [], deny: [], unknown: 'warn', exceptions: {}, ...policy }, IDS);
}

describe('LicenseJudge', () => {
  it('OR passes when any branch is allowed', () => {
    expect(judge({ allow: ['MIT'] }).expression('GPL-3.0-only OR MIT').verdict).toBe('allowed');
    expect(judge({ deny: ['GPL-3.0-only'] }).expression('(GPL-3.0-only OR MIT)').verdict).toBe('allowed');
  });

  it('explains a failing OR by every branch', () => {
    expect(judge({ allow: ['ISC'] }).expression('MIT OR GPL-3.0-only')).toEqual({ verdict: 'not-allowed', reason: 'no branch passes: MIT is not in allow-licenses; GPL-3.0-only is not in allow-licenses' });
  });

  it('AND needs every member allowed', () => {
    expect(judge({ allow: ['MIT'] }).expression('MIT AND ISC')).toMatchObject({ verdict: 'not-allowed', reason: 'ISC is not in allow-licenses' });
    expect(judge({ allow: ['MIT', 'ISC'] }).expression('MIT AND ISC').verdict).toBe('allowed');
    expect(judge({ deny: ['GPL-3.0-only'] }).expression('MIT AND GPL-3.0-only').verdict).toBe('denied');
  });

  it('nests: (A AND B) OR C', () => {
    const j = judge({ allow: ['MIT', 'ISC'] });
    expect(j.expression('(MIT AND Apache-2.0) OR ISC').verdict).toBe('allowed');
    expect(j.expression('(MIT AND Apache-2.0) OR BSD-3-Clause').verdict).toBe('not-allowed');
  });

  it('deny wins over allow only on the same branch', () => {
    expect(judge({ allow: ['MIT'], deny: ['GPL-3.0-only'] }).expression('GPL-3.0-only').verdict).toBe('denied');
  });

  it('denying a license family covers -only, -or-later and +', () => {
    const j = judge({ deny: ['GPL-2.0'] });
    expect(j.leaf('GPL-2.0-only').verdict).toBe('denied');
    expect(j.leaf('GPL-2.0-or-later').verdict).toBe('denied');
    expect(j.expression('GPL-2.0+').verdict).toBe('denied');
  });

  it('reads GPL-2.0+ as GPL-2.0-or-later for allow lists', () => {
    expect(judge({ allow: ['GPL-2.0-or-later'] }).expression('GPL-2.0+').verdict).toBe('allowed');
  });

  it('treats UNLICENSED explicitly: never implied by an allow list, unknown without one', () => {
    expect(judge({ allow: ['MIT'] }).choice({ license: { name: 'UNLICENSED' } })).toMatchObject({ verdict: 'not-allowed', reason: expect.stringContaining('proprietary') });
    expect(judge({}).choice({ license: { name: 'UNLICENSED' } }).verdict).toBe('unknown');
    expect(judge({ allow: ['UNLICENSED'] }).choice({ license: { name: 'UNLICENSED' } }).verdict).toBe('allowed');
    expect(judge({ deny: ['UNLICENSED'] }).choice({ license: { name: 'unlicensed' } }).verdict).toBe('denied');
  });

  it('treats LicenseRef-* explicitly, matched only exactly', () => {
    expect(judge({}).expression('LicenseRef-acme').verdict).toBe('unknown');
    expect(judge({ allow: ['MIT'] }).expression('LicenseRef-acme').verdict).toBe('not-allowed');
    expect(judge({ allow: ['LicenseRef-acme'] }).expression('LicenseRef-acme OR GPL-3.0-only').verdict).toBe('allowed');
    expect(judge({ deny: ['LicenseRef-acme'] }).choice({ license: { name: 'LicenseRef-acme' } }).verdict).toBe('denied');
  });

  it('reads license.name that is an SPDX id in another case as that id', () => {
    expect(judge({ allow: ['MIT'] }).choice({ license: { name: 'mit' } }).verdict).toBe('allowed');
  });

  it('reads license.name holding an expression as that expression', () => {
    expect(judge({ allow: ['ISC'] }).choice({ license: { name: 'MIT OR ISC' } }).verdict).toBe('allowed');
  });

  it('calls free-text names and missing licenses unknown', () => {
    expect(judge({ allow: ['MIT'] }).choice({ license: { name: 'Some custom terms' } })).toMatchObject({ verdict: 'unknown' });
    expect(judge({}).component([])).toEqual({ verdict: 'unknown', reason: 'no license declared' });
    expect(judge({}).choice({ license: {} }).verdict).toBe('unknown');
  });

  it('reads several licenses entries as AND', () => {
    const j = judge({ allow: ['MIT'] });
    expect(j.component([{ license: { id: 'MIT' } }, { license: { id: 'ISC' } }]).verdict).toBe('not-allowed');
  });

  it('an unparsable expression is unknown, not allowed', () => {
    expect(judge({}).expression('MIT OR').verdict).toBe('unknown');
  });
});

describe('evaluateLicenses', () => {
  const bom = sampleBom('1.6', { a: { license: { id: 'GPL-3.0-only' } }, b: undefined, c: { expression: 'MIT OR Apache-2.0' } });
  const view = viewBom(bom);

  it('applies per-package exceptions keyed by purl, with or without version', () => {
    const policy: LicensePolicy = { allow: ['MIT'], deny: ['GPL-3.0-only'], unknown: 'fail', exceptions: { 'pkg:npm/a': 'vendored, relicensed to us', 'pkg:npm/b@2.0.0': 'internal', 'pkg:npm/gone': 'stale' } };
    const r = evaluateLicenses(view.components, policy, IDS);
    expect(r.results.map((x) => [x.component.name, x.verdict])).toEqual([
      ['a', 'excepted'],
      ['b', 'excepted'],
      ['c', 'allowed'],
    ]);
    expect(r.results[0]!.exception).toEqual({ key: 'pkg:npm/a', reason: 'vendored, relicensed to us' });
    expect(r.unusedExceptions).toEqual(['pkg:npm/gone']);
  });

  it('reports each component without an exception', () => {
    const r = evaluateLicenses(view.components, { allow: ['MIT'], deny: ['GPL-3.0-only'], unknown: 'fail', exceptions: {} }, IDS);
    expect(r.results.map((x) => x.verdict)).toEqual(['denied', 'unknown', 'allowed']);
    expect(r.results[1]!.license).toBe('(none)');
  });
});

describe('helpers', () => {
  it('purlBase drops version, qualifiers and subpath', () => {
    expect(purlBase('pkg:npm/%40scope/name@1.2.3?vcs_url=x#sub')).toBe('pkg:npm/%40scope/name');
  });
  it('knows copyleft families', () => {
    expect(['GPL-3.0-only', 'LGPL-2.1-or-later', 'MPL-2.0', 'AGPL-3.0-only'].every(isCopyleftId)).toBe(true);
    expect(['MIT', 'Apache-2.0', 'ISC', 'BSD-3-Clause'].some(isCopyleftId)).toBe(false);
  });
  it('lists ids in every branch', () => {
    expect(licenseIds([{ expression: 'MIT OR (GPL-2.0-only AND ISC)' }, { license: { name: 'Custom' } }])).toEqual(['Custom', 'GPL-2.0-only', 'ISC', 'MIT']);
  });
});
