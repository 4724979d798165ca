import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from './errors';
import { eventFromPayload, readEvent } from './event';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);

const dir = mkdtempSync(join(tmpdir(), 'rg-event-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function payloadFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const pr = (headRepo: string | null, baseRepo = 'owner/repo') => ({
  action: 'synchronize',
  number: 7,
  pull_request: {
    base: { sha: BASE, ref: 'main', repo: { full_name: baseRepo } },
    head: { sha: HEAD, ref: 'feature', repo: headRepo === null ? null : { full_name: headRepo } },
  },
  repository: { full_name: baseRepo },
});

describe('eventFromPayload', () => {
  it('pull_request from the same repository', () => {
    expect(eventFromPayload('pull_request', pr('owner/repo'))).toMatchObject({
      name: 'pull_request',
      base: BASE,
      head: HEAD,
      baseSource: 'pull_request',
      fromFork: false,
      repository: 'owner/repo',
    });
  });

  it('pull_request from a fork', () => {
    expect(eventFromPayload('pull_request', pr('someone/repo')).fromFork).toBe(true);
  });

  it('pull_request from a deleted fork (head.repo null) is still a fork', () => {
    const payload = pr('someone/repo') as { pull_request: { head: { repo: unknown } } };
    payload.pull_request.head.repo = null;
    expect(eventFromPayload('pull_request', payload as Record<string, unknown>).fromFork).toBe(true);
  });

  it('pull_request_target reads the same fields', () => {
    expect(eventFromPayload('pull_request_target', pr('someone/repo'))).toMatchObject({ base: BASE, head: HEAD, fromFork: true, baseSource: 'pull_request' });
  });

  it('merge_group uses the queue base and head', () => {
    const payload = { merge_group: { base_sha: BASE, head_sha: HEAD, base_ref: 'refs/heads/main', head_ref: 'refs/heads/gh-readonly-queue/main/pr-7' }, repository: { full_name: 'o/r' } };
    expect(eventFromPayload('merge_group', payload)).toMatchObject({ base: BASE, head: HEAD, baseSource: 'merge_group', fromFork: false, repository: 'o/r' });
  });

  it('push compares with the commit before', () => {
    const ctx = eventFromPayload('push', { before: BASE, after: HEAD, ref: 'refs/heads/main' });
    expect(ctx).toMatchObject({ base: BASE, head: HEAD, baseSource: 'push', ref: 'refs/heads/main' });
  });

  it('push of a new branch (zero before) has no base', () => {
    const ctx = eventFromPayload('push', { before: '0'.repeat(40), after: HEAD, ref: 'refs/heads/new' });
    expect(ctx.base).toBeUndefined();
    expect(ctx.baseSource).toBeUndefined();
    expect(ctx.head).toBe(HEAD);
  });

  it('an explicit base overrides every event', () => {
    for (const [name, payload] of [
      ['pull_request', pr('owner/repo')],
      ['merge_group', { merge_group: { base_sha: BASE, head_sha: HEAD } }],
      ['push', { before: BASE, after: HEAD }],
      ['push', { before: '0'.repeat(40), after: HEAD }],
      ['workflow_dispatch', {}],
    ] as const) {
      const ctx = eventFromPayload(name, payload as Record<string, unknown>, 'origin/release');
      expect(ctx).toMatchObject({ base: 'origin/release', baseSource: 'explicit' });
    }
  });

  it('other events and malformed fields give no base rather than a crash', () => {
    const dispatch = eventFromPayload('workflow_dispatch', { ref: 'refs/heads/main' });
    expect(dispatch).toMatchObject({ fromFork: false, ref: 'refs/heads/main' });
    expect(dispatch.base).toBeUndefined();
    const odd = eventFromPayload('pull_request', { pull_request: 'nonsense' });
    expect([odd.base, odd.head, odd.fromFork]).toEqual([undefined, undefined, false]);
    expect(eventFromPayload('pull_request', { pull_request: { base: { sha: 42 }, head: [] } }).base).toBeUndefined();
    expect(eventFromPayload('push', { before: '', after: null }).base).toBeUndefined();
  });
});

describe('readEvent', () => {
  it('reads the payload at GITHUB_EVENT_PATH', () => {
    const path = payloadFile('pr.json', JSON.stringify(pr('owner/repo')));
    const ctx = readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path, GITHUB_REF: 'refs/pull/7/merge' });
    expect(ctx).toMatchObject({ name: 'pull_request', base: BASE, head: HEAD, repository: 'owner/repo', ref: 'refs/pull/7/merge' });
  });

  it('falls back to the environment for repository and ref', () => {
    const ctx = readEvent({ GITHUB_REPOSITORY: 'env/repo', GITHUB_REF: 'refs/heads/x' });
    expect(ctx).toMatchObject({ name: 'local', repository: 'env/repo', ref: 'refs/heads/x', fromFork: false, payload: {} });
  });

  it('takes an explicit base without any event', () => {
    expect(readEvent({}, 'main')).toMatchObject({ name: 'local', base: 'main', baseSource: 'explicit' });
  });

  it('a malformed payload is an InputError naming the file', () => {
    const path = payloadFile('broken.json', '{"pull_request": {');
    let caught: unknown;
    try {
      readEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).file).toBe(path);
    expect((caught as InputError).message).toMatch(/not valid JSON/);
  });

  it('a missing payload file is an InputError naming the file', () => {
    const path = join(dir, 'nope.json');
    expect(() => readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path })).toThrow(InputError);
    try {
      readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path });
    } catch (err) {
      expect((err as InputError).file).toBe(path);
    }
  });

  it('a payload that is JSON but not an object is an InputError naming the file', () => {
    for (const [name, content] of [['array.json', '[1,2]'], ['null.json', 'null'], ['string.json', '"x"']] as const) {
      const path = payloadFile(name, content);
      expect(() => readEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path })).toThrow(/not a JSON object/);
    }
  });
});
