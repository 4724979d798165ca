import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clientFrom, fetchPreviousSbom, releaseTag, uploadReleaseAsset } from './release';
import { eventFromPayload } from '../../common/src/event';
import { startGitHubStub, type GitHubStub } from '../test/github-stub';

let stub: GitHubStub | undefined;
let server: Server | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

const push = (ref: string) => ({ ...eventFromPayload('push', { ref }), repository: 'octo/example' });

describe('releaseTag', () => {
  it('reads release events and tag pushes, nothing else', () => {
    expect(releaseTag(eventFromPayload('release', { release: { tag_name: 'v1' } }))).toBe('v1');
    expect(releaseTag(push('refs/tags/v2'))).toBe('v2');
    expect(releaseTag(push('refs/heads/main'))).toBeUndefined();
  });
  it('needs a token and a repository to talk to GitHub', () => {
    expect(clientFrom({}, 'o/r', '')).toBeUndefined();
    expect(clientFrom({}, undefined, 't')).toBeUndefined();
    expect(clientFrom({ GITHUB_API_URL: 'http://127.0.0.1:1/' }, 'o/r', 't')).toEqual({ api: 'http://127.0.0.1:1', repo: 'o/r', token: 't' });
  });
});

describe('previous release', () => {
  it('skips drafts and the current tag; says when the asset is missing', async () => {
    stub = await startGitHubStub([
      { id: 3, tag_name: 'v3', draft: true, assets: [] },
      { id: 2, tag_name: 'v2', assets: [] },
      { id: 1, tag_name: 'v1', assets: [{ id: 9, name: 'sbom.cdx.json', body: '{"x":1}' }] },
    ]);
    const client = { api: stub.url, repo: 'octo/example', token: 't0k3n' };
    expect(await fetchPreviousSbom(client, 'sbom.cdx.json', 'v3')).toEqual({ source: 'release v2 has no asset named sbom.cdx.json' });
    expect(await fetchPreviousSbom(client, 'sbom.cdx.json', 'v2')).toEqual({ text: '{"x":1}', source: 'release v1 asset sbom.cdx.json' });
  });
});

describe('upload', () => {
  it('skips (no crash) when the tag has no release', async () => {
    stub = await startGitHubStub([]);
    const client = { api: stub.url, repo: 'octo/example', token: 't' };
    const r = await uploadReleaseAsset(client, push('refs/tags/v9'), 'v9', 'sbom.cdx.json', Buffer.from('{}'), 'replace');
    expect(r.outcome).toBe('skipped');
  });

  it('reports a token without contents: write as not-permitted', async () => {
    server = createServer((req, res) => {
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 1, tag_name: 'v1', upload_url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/up{?name}`, assets: [] }));
      } else {
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'Resource not accessible by integration' }));
      }
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const client = { api: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, repo: 'octo/example', token: 't' };
    const r = await uploadReleaseAsset(client, push('refs/tags/v1'), 'v1', 'sbom.cdx.json', Buffer.from('{}'), 'replace');
    expect(r).toMatchObject({ outcome: 'not-permitted', message: expect.stringContaining('contents: write') });
  });

  it('does nothing with release-asset: skip', async () => {
    const r = await uploadReleaseAsset({ api: 'http://127.0.0.1:1', repo: 'o/r', token: 't' }, push('refs/tags/v1'), 'v1', 'a', Buffer.from(''), 'skip');
    expect(r.outcome).toBe('skipped');
  });
});
