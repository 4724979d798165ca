import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { primaryFamily, ruleFamily } from './family';

describe('primaryFamily', () => {
  it('picks the first specific family in code-unit order, generic only when there is nothing else (property)', () => {
    const family = fc.constantFrom('generic', 'aws', 'github', 'private-key', 'Zeta', 'z-custom', 'ähnlich');
    fc.assert(
      fc.property(fc.array(family, { minLength: 1, maxLength: 6 }), (families) => {
        const specific = [...new Set(families)].filter((f) => f !== 'generic').sort();
        expect(primaryFamily(families)).toBe(specific[0] ?? 'generic');
      }),
      { numRuns: 300 },
    );
  });
});

describe('ruleFamily', () => {
  it('files each scanner\'s name for a kind of secret under one family', () => {
    expect(['aws-access-token', 'AWS', 'AWS Access Key', '@secretlint/secretlint-rule-aws'].map(ruleFamily)).toEqual(['aws', 'aws', 'aws', 'aws']);
    expect(['github-pat', 'Github', 'GitHub Token'].map(ruleFamily)).toEqual(['github', 'github', 'github']);
    expect(ruleFamily('Vendor API Key')).toBe('generic');
    expect(ruleFamily('Acme Widget')).toBe('acme-widget');
  });
});
