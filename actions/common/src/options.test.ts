import { describe, expect, it } from 'vitest';
import { ConfigurationError } from './errors';
import type { OptionSpec } from './gate';
import { coerceGiven, resolveOptions, type ConfigValues } from './options';

const specs: OptionSpec[] = [
  { name: 'report', type: 'list', description: 'reports' },
  { name: 'licenses', type: 'list', separator: 'comma', description: 'ids' },
  { name: 'min-lines', type: 'number', min: 0, max: 100, description: 'min' },
  { name: 'max-files', type: 'integer', min: 1, description: 'files' },
  { name: 'strict', type: 'boolean', description: 'strict' },
  { name: 'level', type: 'enum', values: ['error', 'warning', 'off'], default: 'error', description: 'level' },
  { name: 'name', type: 'string', default: 'x', description: 'name' },
  {
    name: 'rules',
    type: 'object',
    description: 'rules',
    schema: { type: 'object', additionalProperties: { type: 'object', additionalProperties: false, properties: { lines: { type: 'number' } } } },
  },
];

function config(values: Record<string, unknown>): ConfigValues {
  return { file: '.github/release-gates.yml', values, lineOf: (key) => (key in values ? 7 : undefined) };
}

describe('resolveOptions', () => {
  it('applies defaults and empty values when nothing is given', () => {
    expect(resolveOptions(specs, {})).toEqual({
      report: [],
      licenses: [],
      'min-lines': undefined,
      'max-files': undefined,
      strict: false,
      level: 'error',
      name: 'x',
      rules: undefined,
    });
  });

  it('splits list inputs on newlines only, and comma lists on commas too', () => {
    const out = resolveOptions(specs, { report: 'a/{b,c}.info\n\n  d.xml  ', licenses: 'MIT, ISC\nApache-2.0' });
    expect(out.report).toEqual(['a/{b,c}.info', 'd.xml']);
    expect(out.licenses).toEqual(['MIT', 'ISC', 'Apache-2.0']);
  });

  it('accumulates repeated flags', () => {
    expect(resolveOptions(specs, { report: ['a', 'b\nc'] }).report).toEqual(['a', 'b', 'c']);
  });

  it('given beats config beats default', () => {
    const cfg = config({ 'min-lines': 80, level: 'warning', name: 'from-file' });
    const out = resolveOptions(specs, { 'min-lines': '90' }, cfg);
    expect(out['min-lines']).toBe(90);
    expect(out.level).toBe('warning');
    expect(out.name).toBe('from-file');
  });

  it('treats an empty action input as not given', () => {
    expect(resolveOptions(specs, { level: '' }, config({ level: 'off' })).level).toBe('off');
  });

  it('parses object options from YAML or JSON and validates them', () => {
    expect(resolveOptions(specs, { rules: 'src/security/**: {lines: 95}' }).rules).toEqual({ 'src/security/**': { lines: 95 } });
    expect(resolveOptions(specs, { rules: '{"a/**": {"lines": 50}}' }).rules).toEqual({ 'a/**': { lines: 50 } });
    expect(() => resolveOptions(specs, { rules: 'a: {branchez: 1}' })).toThrow(/rules: \/a must NOT have additional properties 'branchez'/);
  });

  it.each([
    ['min-lines', 'ninety', /min-lines: "ninety" is not a number/],
    ['min-lines', '101', /min-lines: 101 is above 100/],
    ['max-files', '1.5', /max-files: "1.5" is not a whole number/],
    ['max-files', '0', /below 1/],
    ['strict', 'maybe', /strict: "maybe" is not a boolean \(allowed: true \| false\)/],
    ['level', 'loud', /level: "loud" is not allowed \(allowed: error \| warning \| off\)/],
  ])('rejects %s=%s with a message naming the option', (name, value, message) => {
    expect(() => resolveOptions(specs, { [name]: value })).toThrow(message);
    try {
      resolveOptions(specs, { [name]: value });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigurationError);
      expect((err as ConfigurationError).option).toBe(name);
    }
  });

  it('names the config file and line for a bad config value', () => {
    try {
      resolveOptions(specs, {}, config({ 'min-lines': 'high' }));
      expect.unreachable();
    } catch (err) {
      expect((err as ConfigurationError).file).toBe('.github/release-gates.yml');
      expect((err as ConfigurationError).line).toBe(7);
    }
  });

  it('accepts booleans written as GitHub does', () => {
    expect(coerceGiven(specs[4]!, 'TRUE')).toBe(true);
    expect(coerceGiven(specs[4]!, 'False')).toBe(false);
    expect(coerceGiven(specs[4]!, true)).toBe(true);
  });
});
