import { describe, expect, it } from 'vitest';
import { PathResolver, goModulePath, parseMappings, type ResolverConfig } from './paths';

const tracked = [
  'src/app.ts',
  'src/lib/util.ts',
  'src/pkg/mod.py',
  'packages/web/src/index.ts',
  'packages/api/src/index.ts',
  'service/src/main/java/com/acme/Api.java',
  'cmd/tool/main.go',
  'lib/src/Lib/Api.cs',
  'README.md',
];

function resolver(extra: Partial<ResolverConfig> = {}): PathResolver {
  return new PathResolver({
    tracked,
    absoluteRoots: [{ path: '/home/runner/work/proj/proj', repoPath: '' }],
    repoPrefix: '',
    mappings: [],
    sourceRoots: [],
    goModules: [{ module: 'github.com/acme/proj', dir: '' }],
    ...extra,
  });
}

const plain = { roots: [], go: false, jacoco: false };

describe('path resolution', () => {
  it('matches relative, ./-prefixed and backslash paths', () => {
    const r = resolver();
    expect(r.resolve('src/app.ts', plain).path).toBe('src/app.ts');
    expect(r.resolve('./src/app.ts', plain).path).toBe('src/app.ts');
    expect(r.resolve('src\\lib\\util.ts', plain).path).toBe('src/lib/util.ts');
  });

  it('strips the workspace and foreign checkout prefixes (CI, containers, Windows drives)', () => {
    const r = resolver();
    expect(r.resolve('/home/runner/work/proj/proj/src/app.ts', plain).path).toBe('src/app.ts');
    expect(r.resolve('/app/src/lib/util.ts', plain).path).toBe('src/lib/util.ts');
    expect(r.resolve('D:\\a\\proj\\proj\\src\\app.ts', plain).path).toBe('src/app.ts');
    expect(r.resolve('C:\\Users\\dev\\PROJ\\SRC\\APP.TS', plain).path).toBe('src/app.ts');
  });

  it('applies Cobertura <source> roots, relative and absolute', () => {
    const r = resolver();
    expect(r.resolve('pkg/mod.py', { roots: ['/home/dev/proj/src'], go: false, jacoco: false }).path).toBe('src/pkg/mod.py');
    expect(r.resolve('Lib\\Api.cs', { roots: ['D:\\a\\proj\\proj\\lib\\src\\'], go: false, jacoco: false }).path).toBe('lib/src/Lib/Api.cs');
    expect(r.resolve('app.ts', { roots: ['src/'], go: false, jacoco: false }).path).toBe('src/app.ts');
  });

  it('strips the Go module path from go.mod', () => {
    const r = resolver();
    expect(r.resolve('github.com/acme/proj/cmd/tool/main.go', { roots: [], go: true, jacoco: false }).path).toBe('cmd/tool/main.go');
    expect(goModulePath('// comment\nmodule github.com/acme/proj // trailing\n\ngo 1.22\n')).toBe('github.com/acme/proj');
    expect(goModulePath('module "example.com/x"\n')).toBe('example.com/x');
  });

  it('finds JaCoCo package paths under source roots or as a unique tail', () => {
    const r = resolver();
    expect(r.resolve('com/acme/Api.java', { roots: [], go: false, jacoco: true }).path).toBe('service/src/main/java/com/acme/Api.java');
    expect(resolver({ sourceRoots: ['service/src/main/java'] }).resolve('com/acme/Api.java', plain).path).toBe('service/src/main/java/com/acme/Api.java');
  });

  it('applies path-prefixes mappings first', () => {
    const r = resolver({ mappings: parseMappings(['/build/out=src', '/opt/']) });
    expect(r.resolve('/build/out/app.ts', plain).path).toBe('src/app.ts');
    expect(r.resolve('/opt/src/app.ts', plain).path).toBe('src/app.ts');
  });

  it('refuses ambiguous tails and untracked files, with a reason', () => {
    const r = resolver();
    const amb = r.resolve('src/index.ts', plain);
    expect(amb.path).toBeUndefined();
    expect(amb.path === undefined && amb.reason).toMatch(/ambiguous: 2 tracked files/);
    expect(r.resolve('/usr/include/stdio.h', plain)).toEqual({ reason: 'no tracked file matches' });
    expect(r.resolve('../outside/x.ts', plain).path).toBeUndefined();
  });

  it('resolves paths relative to a working directory inside the repository', () => {
    const r = resolver({ repoPrefix: 'packages/web' });
    expect(r.resolve('src/index.ts', plain).path).toBe('packages/web/src/index.ts');
  });
});
