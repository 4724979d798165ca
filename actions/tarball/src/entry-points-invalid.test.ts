// Manifests whose entry-point fields are malformed: each problem is one `tarball/invalid-entry-point`
// issue naming the field, and nothing is planned for the broken value.

import { describe, expect, it } from 'vitest';
import { planEntryPoints } from './entry-points';

const messages = (manifest: Record<string, unknown>) =>
  planEntryPoints(manifest).issues.map((i) => {
    expect(i.rule).toBe('tarball/invalid-entry-point');
    return `${i.severity}: ${i.message}`;
  });

describe('planEntryPoints: invalid fields', () => {
  it('refuses absolute, Windows and escaping paths in main, types and bin', () => {
    const plan = planEntryPoints({
      main: '/usr/lib/index.js',
      types: 'C:/types/index.d.ts',
      bin: { a: 'bin\\a.js', b: '../outside.js', c: './bin/../../up.js', ok: './bin/ok.js' },
    });
    expect(plan.issues.map((i) => i.message)).toEqual([
      'main is "/usr/lib/index.js": an absolute or Windows path cannot be resolved inside the package',
      'types is "C:/types/index.d.ts": an absolute or Windows path cannot be resolved inside the package',
      'bin.a is "bin\\\\a.js": an absolute or Windows path cannot be resolved inside the package',
      'bin.b is "../outside.js", which points outside the package',
      'bin.c is "./bin/../../up.js", which points outside the package',
    ]);
    expect(plan.issues.map((i) => i.key)).toEqual([['main'], ['types'], ['bin', 'a'], ['bin', 'b'], ['bin', 'c']]);
    // Only the valid bin remains a target.
    expect(plan.targets.map((t) => [t.scope, t.candidates])).toEqual([['bin', ['bin/ok.js']]]);
  });

  it('names the JSON type of a non-string main, module, types or bin entry', () => {
    expect(messages({ main: 3, module: null, typings: ['a.d.ts'], bin: { tool: false } })).toEqual([
      'error: main must be a string, not number',
      'error: module must be a string, not null',
      'error: typings must be a string, not an array',
      'error: bin.tool must be a string, not boolean',
    ]);
  });

  it('browser and bin of the wrong shape', () => {
    expect(messages({ browser: 1, bin: ['x'] })).toEqual([
      'error: browser must be a string or an object',
      'error: bin must be a string or an object of command names',
    ]);
  });

  it('exports keys that are neither "." nor "./…" are refused; folder mappings are a warning', () => {
    const plan = planEntryPoints({ exports: { '.': './index.js', '.hidden': './h.js', './lib/': './lib/' } });
    expect(plan.issues.map((i) => `${i.severity}: ${i.message}`)).toEqual([
      'error: exports[".hidden"] is not a valid subpath: keys must be "." or start with "./"',
      'warning: exports["./lib/"] is a folder mapping (trailing "/"), which Node removed in v17 (DEP0148): use "./lib/*"',
    ]);
    expect(plan.targets.map((t) => t.subpath)).toEqual(['.', './lib/']);
  });

  it('conditions nested deeper than 32 levels stop with one issue instead of recursing on', () => {
    let deep: unknown = './deep.js';
    for (let i = 0; i < 40; i++) deep = { node: deep };
    const plan = planEntryPoints({ exports: { '.': deep } });
    expect(plan.issues).toHaveLength(1);
    expect(plan.issues[0]!.message).toMatch(/^exports\["\."\](\.node){33} nests conditions more than 32 levels deep$/);
    expect(plan.targets).toEqual([]);
  });

  it('imports must be an object of "#name" keys', () => {
    expect(messages({ imports: ['#a'] })).toEqual(['error: imports must be an object whose keys start with "#"']);
    const plan = planEntryPoints({ imports: { a: './a.js', '#': './b.js', '#/x': './c.js', '#ok': './ok.js' } });
    expect(plan.issues.map((i) => i.message)).toEqual([
      'imports.a is not a valid import specifier: keys start with "#" followed by a name',
      'imports["#"] is not a valid import specifier: keys start with "#" followed by a name',
      'imports["#/x"] is not a valid import specifier: keys start with "#" followed by a name',
    ]);
    expect(plan.targets.map((t) => [t.specifier, t.candidates])).toEqual([['#ok', ['ok.js']]]);
  });

  it('typesVersions: each range maps paths to arrays of strings', () => {
    expect(messages({ typesVersions: { '>=4': 'dist/*', '<4': { '*': 'ts3/*', 'a': ['ok/*.d.ts', 7, '/abs/*.d.ts'] } } })).toEqual([
      'error: typesVersions[">=4"] must be an object of path mappings',
      'error: typesVersions["<4"]["*"] must be an array of paths',
      'error: typesVersions["<4"].a[1] must be a string',
      'error: typesVersions["<4"].a[2] is "/abs/*.d.ts": an absolute or Windows path cannot be resolved inside the package',
    ]);
  });
});
