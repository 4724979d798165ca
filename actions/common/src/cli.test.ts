import { describe, expect, it } from 'vitest';
import { parseFlags, optionHelp } from './cli';
import type { OptionSpec } from './gate';

const specs: OptionSpec[] = [
  { name: 'report', type: 'list', description: 'Report files.', valueName: '<glob>' },
  { name: 'min-lines', type: 'number', min: 0, max: 100, description: 'Minimum line coverage.' },
  { name: 'strict', type: 'boolean', description: 'Strict parsing.' },
  { name: 'format', type: 'enum', values: ['text', 'json'], default: 'text', description: 'Output.' },
];

describe('parseFlags', () => {
  it('reads --name value, --name=value, repeated lists, booleans and --no-', () => {
    const parsed = parseFlags(['--report', 'a', '--report=b', '--min-lines=90', '--strict', '--format', 'json', 'pos'], specs, 'coverage');
    expect(parsed.given).toEqual({ report: ['a', 'b'], 'min-lines': '90', strict: true, format: 'json' });
    expect(parsed.positionals).toEqual(['pos']);
    expect(parseFlags(['--no-strict'], specs, 'coverage').given.strict).toBe(false);
    expect(parseFlags(['--strict', 'false'], specs, 'coverage').given.strict).toBe('false');
    expect(parseFlags(['-h'], specs, 'coverage').help).toBe(true);
  });

  it('rejects unknown flags and missing values, naming the command', () => {
    expect(() => parseFlags(['--min-linez', '3'], specs, 'coverage')).toThrow('unknown flag --min-linez; see `release-gates coverage --help`');
    expect(() => parseFlags(['--min-lines'], specs, 'coverage')).toThrow('flag --min-lines needs a value');
    expect(() => parseFlags(['--report', '--strict'], specs, 'coverage')).toThrow('flag --report needs a value');
  });

  it('help lists every flag with its default', () => {
    const help = optionHelp(specs);
    expect(help).toContain('--report <glob>\n      Report files. Repeatable. Default: none.');
    expect(help).toContain('--min-lines <n>\n      Minimum line coverage. (a number from 0 to 100) Default: none.');
    expect(help).toContain('--strict\n      Strict parsing. Default: false.');
    expect(help).toContain('--format <text|json>\n      Output. Default: text.');
  });
});
