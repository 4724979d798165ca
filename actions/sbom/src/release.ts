// The GitHub side: the previous release's SBOM asset (for the diff) and attaching this BOM to the
// release being published. Plain fetch against GITHUB_API_URL; every failure is a sentence, and a
// release we may not or cannot change (permissions, immutable) is a warning, never a crash.

import type { EventContext } from '../../common/src/event';

export interface GitHubClient {
  api: string;
  repo: string;
  token: string;
}

export class GitHubError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function request(client: GitHubClient, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${client.token}`);
  if (!headers.has('accept')) headers.set('accept', 'application/vnd.github+json');
  headers.set('x-github-api-version', '2022-11-28');
  headers.set('user-agent', 'release-gates-sbom');
  return fetch(url, { ...init, headers, redirect: 'follow' });
}

async function json<T>(client: GitHubClient, path: string, init: RequestInit = {}): Promise<T> {
  const res = await request(client, `${client.api}${path}`, init);
  if (!res.ok) throw new GitHubError(`${init.method ?? 'GET'} ${path}: HTTP ${res.status} ${await shortBody(res)}`, res.status);
  return (await res.json()) as T;
}

async function shortBody(res: Response): Promise<string> {
  try {
    const text = await res.text();
    try {
      const msg = (JSON.parse(text) as { message?: unknown }).message;
      if (typeof msg === 'string') return msg;
    } catch {
      // not JSON
    }
    return text.slice(0, 200);
  } catch {
    return '';
  }
}

export interface ReleaseInfo {
  id: number;
  tag_name: string;
  draft?: boolean;
  immutable?: boolean;
  upload_url?: string;
  html_url?: string;
  assets?: AssetInfo[];
}

export interface AssetInfo {
  id: number;
  name: string;
  url?: string;
  browser_download_url?: string;
}

export function clientFrom(env: Readonly<Record<string, string | undefined>>, repo: string | undefined, token: string): GitHubClient | undefined {
  if (!token || !repo) return undefined;
  return { api: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''), repo, token };
}

/** The release tag this event is about: a release event's tag, or a pushed tag. */
export function releaseTag(event: EventContext): string | undefined {
  if (event.name === 'release') {
    const tag = (event.payload.release as { tag_name?: unknown } | undefined)?.tag_name;
    return typeof tag === 'string' ? tag : undefined;
  }
  if (event.ref?.startsWith('refs/tags/')) return event.ref.slice('refs/tags/'.length);
  return undefined;
}

export interface PreviousSbom {
  text?: string;
  /** What was looked at, for the summary ("release v1.2.0 asset sbom.cdx.json"). */
  source: string;
}

/** The newest published release other than `currentTag`, and its asset named `assetName`. */
export async function fetchPreviousSbom(client: GitHubClient, assetName: string, currentTag: string | undefined): Promise<PreviousSbom> {
  const releases = await json<ReleaseInfo[]>(client, `/repos/${client.repo}/releases?per_page=30`);
  const previous = releases.find((r) => !r.draft && r.tag_name !== currentTag);
  if (!previous) return { source: 'no earlier published release' };
  const asset = (previous.assets ?? []).find((a) => a.name === assetName);
  if (!asset) return { source: `release ${previous.tag_name} has no asset named ${assetName}` };
  const res = await request(client, `${client.api}/repos/${client.repo}/releases/assets/${asset.id}`, { headers: { accept: 'application/octet-stream' } });
  if (!res.ok) throw new GitHubError(`download of ${assetName} from release ${previous.tag_name}: HTTP ${res.status} ${await shortBody(res)}`, res.status);
  return { text: await res.text(), source: `release ${previous.tag_name} asset ${assetName}` };
}

export type UploadMode = 'replace' | 'keep' | 'skip';

export interface UploadOutcome {
  outcome: 'uploaded' | 'replaced' | 'kept' | 'skipped' | 'not-permitted' | 'immutable' | 'failed';
  message: string;
  url?: string;
}

function permissionHint(status: number): string {
  return status === 403 || status === 404 ? ' (the token needs `contents: write` on this repository)' : '';
}

/** Attach `body` to the release for `tag`, idempotently. */
export async function uploadReleaseAsset(
  client: GitHubClient,
  event: EventContext,
  tag: string,
  assetName: string,
  body: Buffer,
  mode: UploadMode,
): Promise<UploadOutcome> {
  if (mode === 'skip') return { outcome: 'skipped', message: 'release-asset is skip' };
  let release: ReleaseInfo;
  const fromEvent = event.name === 'release' ? (event.payload.release as ReleaseInfo | undefined) : undefined;
  try {
    // Re-read the release: the event payload can be stale (assets added by earlier jobs).
    const id = fromEvent?.id;
    release = id !== undefined ? await json<ReleaseInfo>(client, `/repos/${client.repo}/releases/${id}`) : await json<ReleaseInfo>(client, `/repos/${client.repo}/releases/tags/${encodeURIComponent(tag)}`);
  } catch (err) {
    const status = err instanceof GitHubError ? err.status : 0;
    if (status === 404) return { outcome: 'skipped', message: `no GitHub release for tag ${tag} (yet): the SBOM was not attached${permissionHint(0)}` };
    return { outcome: status === 403 ? 'not-permitted' : 'failed', message: `cannot read the release for ${tag}: ${(err as Error).message}${permissionHint(status)}` };
  }
  if (release.immutable) return { outcome: 'immutable', message: `release ${tag} is immutable: assets cannot be added or replaced, so the SBOM was not attached` };
  const existing = (release.assets ?? []).find((a) => a.name === assetName);
  if (existing && mode === 'keep') return { outcome: 'kept', message: `release ${tag} already has ${assetName}; kept it (release-asset: keep)`, url: existing.browser_download_url };
  if (existing) {
    const res = await request(client, `${client.api}/repos/${client.repo}/releases/assets/${existing.id}`, { method: 'DELETE' });
    if (!res.ok && res.status !== 404) {
      return { outcome: res.status === 403 ? 'not-permitted' : 'failed', message: `cannot replace ${assetName} on release ${tag}: HTTP ${res.status} ${await shortBody(res)}${permissionHint(res.status)}` };
    }
  }
  const uploadBase = (release.upload_url ?? '').replace(/\{.*\}$/, '');
  if (!uploadBase) return { outcome: 'failed', message: `release ${tag} has no upload_url` };
  const res = await request(client, `${uploadBase}?name=${encodeURIComponent(assetName)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/vnd.cyclonedx+json' },
    body: new Uint8Array(body),
  });
  if (!res.ok) {
    const text = await shortBody(res);
    if (/immutable/i.test(text)) return { outcome: 'immutable', message: `release ${tag} is immutable: ${text}` };
    return { outcome: res.status === 403 ? 'not-permitted' : 'failed', message: `upload of ${assetName} to release ${tag} failed: HTTP ${res.status} ${text}${permissionHint(res.status)}` };
  }
  const asset = (await res.json()) as AssetInfo;
  return { outcome: existing ? 'replaced' : 'uploaded', message: `${existing ? 'replaced' : 'attached'} ${assetName} on release ${tag}`, url: asset.browser_download_url };
}
