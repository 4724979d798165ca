// A stand-in for the GitHub releases API on 127.0.0.1, recording every request.

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubAsset {
  id: number;
  name: string;
  body: string;
}

export interface StubRelease {
  id: number;
  tag_name: string;
  draft?: boolean;
  immutable?: boolean;
  assets: StubAsset[];
}

export interface GitHubStub {
  url: string;
  releases: StubRelease[];
  requests: { method: string; path: string; authorization?: string }[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

export async function startGitHubStub(releases: StubRelease[], repo = 'octo/example'): Promise<GitHubStub> {
  let nextId = 1000;
  const requests: GitHubStub['requests'] = [];
  let base = '';
  const releaseJson = (r: StubRelease) => ({
    id: r.id,
    tag_name: r.tag_name,
    draft: r.draft ?? false,
    immutable: r.immutable ?? false,
    upload_url: `${base}/uploads/repos/${repo}/releases/${r.id}/assets{?name,label}`,
    assets: r.assets.map((a) => ({ id: a.id, name: a.name, browser_download_url: `${base}/download/${a.id}/${a.name}` })),
  });
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', base);
    requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, authorization: req.headers.authorization });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const p = url.pathname;
    let m: RegExpExecArray | null;
    if (req.method === 'GET' && p === `/repos/${repo}/releases`) return send(200, releases.map(releaseJson));
    if (req.method === 'GET' && (m = new RegExp(`^/repos/${repo}/releases/tags/(.+)$`).exec(p))) {
      const r = releases.find((x) => x.tag_name === decodeURIComponent(m![1]!));
      return r ? send(200, releaseJson(r)) : send(404, { message: 'Not Found' });
    }
    if (req.method === 'GET' && (m = new RegExp(`^/repos/${repo}/releases/assets/(\\d+)$`).exec(p))) {
      const asset = releases.flatMap((r) => r.assets).find((a) => a.id === Number(m![1]));
      if (!asset) return send(404, { message: 'Not Found' });
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      return res.end(asset.body);
    }
    if (req.method === 'GET' && (m = new RegExp(`^/repos/${repo}/releases/(\\d+)$`).exec(p))) {
      const r = releases.find((x) => x.id === Number(m![1]));
      return r ? send(200, releaseJson(r)) : send(404, { message: 'Not Found' });
    }
    if (req.method === 'DELETE' && (m = new RegExp(`^/repos/${repo}/releases/assets/(\\d+)$`).exec(p))) {
      for (const r of releases) r.assets = r.assets.filter((a) => a.id !== Number(m![1]));
      res.writeHead(204);
      return res.end();
    }
    if (req.method === 'POST' && (m = new RegExp(`^/uploads/repos/${repo}/releases/(\\d+)/assets$`).exec(p))) {
      const r = releases.find((x) => x.id === Number(m![1]));
      const body = await readBody(req);
      if (!r) return send(404, { message: 'Not Found' });
      if (r.immutable) return send(422, { message: 'Cannot upload assets to an immutable release.' });
      const name = url.searchParams.get('name') ?? '';
      if (r.assets.some((a) => a.name === name)) return send(422, { message: 'Validation Failed', errors: [{ code: 'already_exists' }] });
      const asset = { id: nextId++, name, body };
      r.assets.push(asset);
      return send(201, { id: asset.id, name, browser_download_url: `${base}/download/${asset.id}/${name}` });
    }
    send(404, { message: `no route ${req.method} ${p}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: base, releases, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
