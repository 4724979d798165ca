// discoverWorkspaces: npm's reading of `workspaces` (array or {packages}, negations), and the root
// package.json problems that make `workspaces: true` impossible to honour.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../common/src/errors';
import { expectRejected } from '../../common/src/testing';
import { discoverWorkspaces } from './workspaces';

function tree(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tarball-ws-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

describe('discoverWorkspaces', () => {
  it('finds the folders the globs match that hold a package.json, sorted, with name and private flag', async () => {
    const dir = tree({
      'package.json': { name: 'root', private: true, workspaces: ['packages/*', './tools/cli/'] },
      'packages/b/package.json': { name: '@acme/b', version: '1.0.0' },
      'packages/a/package.json': { name: '@acme/a', version: '1.0.0', private: true },
      'packages/no-manifest/README.md': 'not a workspace',
      'packages/a/node_modules/dep/package.json': { name: 'dep' },
      'tools/cli/package.json': { version: '0.1.0' },
      'other/x/package.json': { name: 'x' },
    });
    expect(await discoverWorkspaces(dir)).toEqual([
      { dir: 'packages/a', name: '@acme/a', private: true },
      { dir: 'packages/b', name: '@acme/b', private: false },
      { dir: 'tools/cli', name: 'tools/cli', private: false }, // no name: named by its folder
    ]);
  });

  it('reads the {packages: [...]} form and honours negated patterns', async () => {
    const dir = tree({
      'package.json': { name: 'root', workspaces: { packages: ['packages/*', '!packages/internal'] } },
      'packages/pub/package.json': { name: 'pub' },
      'packages/internal/package.json': { name: 'internal' },
    });
    expect((await discoverWorkspaces(dir)).map((w) => w.name)).toEqual(['pub']);
  });

  it('a missing or broken root package.json is a configuration error on workspaces', async () => {
    const missing = await expectRejected(ConfigurationError, discoverWorkspaces(tree({ 'README.md': 'x' })));
    expect(missing.option).toBe('workspaces');
    expect(missing.message).toBe('workspaces: cannot read the root package.json: file not found');
    const array = await expectRejected(ConfigurationError, discoverWorkspaces(tree({ 'package.json': '[1, 2]' })));
    expect(array.message).toBe('workspaces: cannot read the root package.json: package.json is not a JSON object');
    const broken = await expectRejected(ConfigurationError, discoverWorkspaces(tree({ 'package.json': '{"name": ' })));
    expect(broken.message).toMatch(/^workspaces: cannot read the root package\.json: /);
  });

  it.each([
    ['no workspaces field', { name: 'root' }],
    ['an empty list', { name: 'root', workspaces: [] }],
    ['a list with a non-string', { name: 'root', workspaces: ['packages/*', 3] }],
    ['an object without packages', { name: 'root', workspaces: { nohoist: ['**'] } }],
  ])('%s is a configuration error', async (_what, pkg) => {
    const err = await expectRejected(ConfigurationError, discoverWorkspaces(tree({ 'package.json': pkg })));
    expect(err.message).toBe('workspaces: true, but the root package.json has no "workspaces" list');
  });
});

describe('a workspace with a broken package.json', () => {
  it('is an error naming the file, not a package silently left out', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rg-ws-broken-'));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }));
    mkdirSync(join(root, 'packages', 'good'), { recursive: true });
    writeFileSync(join(root, 'packages', 'good', 'package.json'), JSON.stringify({ name: 'good', version: '1.0.0' }));
    mkdirSync(join(root, 'packages', 'bad'), { recursive: true });
    writeFileSync(join(root, 'packages', 'bad', 'package.json'), '{ "name": "bad", ');
    await expect(discoverWorkspaces(root)).rejects.toMatchObject({ name: 'InputError', file: 'packages/bad/package.json', message: expect.stringMatching(/^not valid JSON/) });
  });
});
