// Config-file values (already typed by YAML) coerced to each option type, and the errors a value of
// the wrong type gives: the option, what is allowed, and the file and line to fix.

import { describe, expect, it } from 'vitest';
import { ConfigurationError } from './errors';
import type { OptionSpec } from './gate';
import { coerceConfig, coerceGiven, describeAllowed, resolveOptions } from './options';
import { expectThrown } from './testing';

const where = { file: '.github/release-gates.yml', line: 12 };
const list: OptionSpec = { name: 'report', type: 'list', description: 'reports' };
const commaList: OptionSpec = { name: 'licenses', type: 'list', separator: 'comma', description: 'ids' };
const str: OptionSpec = { name: 'base', type: 'string', description: 'ref' };
const bool: OptionSpec = { name: 'strict', type: 'boolean', description: 'strict' };
const num: OptionSpec = { name: 'max-drop', type: 'number', description: 'points' };
const obj: OptionSpec = { name: 'rules', type: 'object', description: 'rules', schema: { type: 'object', additionalProperties: { type: 'number' } } };

describe('coerceConfig', () => {
  it('lists: a YAML list (numbers become strings) or one string split like an input', () => {
    expect(coerceConfig(list, ['a.info', 2], where)).toEqual(['a.info', '2']);
    expect(coerceConfig(list, 'a.info\n b.xml \n\n', where)).toEqual(['a.info', 'b.xml']);
    expect(coerceConfig(commaList, 'MIT, ISC\nApache-2.0', where)).toEqual(['MIT', 'ISC', 'Apache-2.0']);
  });

  it('strings accept numbers as written (a SHA-like ref of digits stays text)', () => {
    expect(coerceConfig(str, 'main', where)).toBe('main');
    expect(coerceConfig(str, 1234567, where)).toBe('1234567');
  });

  it('booleans and numbers keep their YAML type', () => {
    expect(coerceConfig(bool, false, where)).toBe(false);
    expect(coerceConfig(num, 0.5, where)).toBe(0.5);
  });

  it.each([
    ['list', list, { a: 1 }, 'report: must be a string or a list of strings'],
    ['list', list, ['a', { b: 1 }], 'report: must be a string or a list of strings'],
    ['string', str, ['x'], 'base: must be a string'],
    ['boolean', bool, 'yes', 'strict: must be true or false (allowed: true | false)'],
    ['number', num, 'high', 'max-drop: "high" is not a number (allowed: a number)'],
  ])('a %s option refuses %j, naming file and line', (_type, spec, value, message) => {
    const err = expectThrown(ConfigurationError, () => coerceConfig(spec, value, where));
    expect(err.message).toBe(message);
    expect([err.option, err.file, err.line]).toEqual([spec.name, where.file, where.line]);
  });

  it('through resolveOptions: the line comes from the config section', () => {
    const err = expectThrown(ConfigurationError, () =>
      resolveOptions([bool], {}, { file: 'cfg.yml', values: { strict: 'sometimes' }, lineOf: (k) => (k === 'strict' ? 4 : undefined) }),
    );
    expect([err.message, err.file, err.line]).toEqual(['strict: must be true or false (allowed: true | false)', 'cfg.yml', 4]);
  });
});

describe('object options given as text', () => {
  it('text that is neither YAML nor JSON is a ConfigurationError quoting the parser', () => {
    const err = expectThrown(ConfigurationError, () => coerceGiven(obj, '{"a": 1'));
    expect(err.option).toBe('rules');
    expect(err.message).toMatch(/^rules: not valid YAML or JSON: \S/);
    expect(err.message).not.toContain('\n');
  });

  it('valid text is validated against the schema', () => {
    expect(coerceGiven(obj, 'a: 1\nb: 2')).toEqual({ a: 1, b: 2 });
    expect(() => coerceGiven(obj, 'a: one')).toThrow(ConfigurationError);
  });
});

describe('describeAllowed', () => {
  it('describes numbers with and without bounds', () => {
    expect(describeAllowed(num)).toBe('a number');
    expect(describeAllowed({ ...num, type: 'integer', min: 1 })).toBe('a whole number >= 1');
    expect(describeAllowed({ ...num, min: 0, max: 100 })).toBe('a number from 0 to 100');
    expect(describeAllowed(str)).toBe('');
  });
});
