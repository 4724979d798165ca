// Which commit a change is measured against: the pull request's base, the merge queue's base, the
// commit before a push, or an explicit ref. Reads the webhook payload the runner leaves at GITHUB_EVENT_PATH.

import { readFileSync } from 'node:fs';
import { InputError } from './errors';

export interface EventContext {
  /** GITHUB_EVENT_NAME, or `local` outside Actions. */
  name: string;
  /** Base commit (SHA or ref) to diff against, when the event has one. */
  base?: string;
  /** Head commit of the change, when the event names it. */
  head?: string;
  /** Where `base` came from, for messages: `pull_request`, `merge_group`, `push`, `explicit`. */
  baseSource?: string;
  /** The event's ref (refs/heads/main, refs/tags/v1.2.3...). */
  ref?: string;
  /** True for pull requests from forks (read-only token: no SARIF upload, no writes). */
  fromFork: boolean;
  /** Repository `owner/name`, when known. */
  repository?: string;
  /** The raw payload for gates that need more (e.g. release upload). */
  payload: Record<string, unknown>;
}

const ZERO_SHA = /^0+$/;

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Pure: derive the base/head from an event name and its payload. */
export function eventFromPayload(name: string, payload: Record<string, unknown>, explicitBase?: string): EventContext {
  const ctx: EventContext = { name, fromFork: false, payload };
  ctx.repository = str(asRecord(payload.repository).full_name);
  ctx.ref = str(payload.ref);
  if (name === 'pull_request' || name === 'pull_request_target' || name === 'pull_request_review') {
    const pr = asRecord(payload.pull_request);
    const base = asRecord(pr.base);
    const head = asRecord(pr.head);
    ctx.base = str(base.sha);
    ctx.head = str(head.sha);
    ctx.baseSource = 'pull_request';
    const headRepo = str(asRecord(head.repo).full_name);
    const baseRepo = str(asRecord(base.repo).full_name);
    // A deleted fork leaves head.repo null: still a fork's change, so treat it as one (read-only token).
    ctx.fromFork = baseRepo !== undefined && headRepo !== baseRepo;
  } else if (name === 'merge_group') {
    const group = asRecord(payload.merge_group);
    ctx.base = str(group.base_sha);
    ctx.head = str(group.head_sha);
    ctx.baseSource = 'merge_group';
  } else if (name === 'push') {
    const before = str(payload.before);
    // A new branch's push has before=000…0: there is no previous commit to compare with.
    if (before && !ZERO_SHA.test(before)) {
      ctx.base = before;
      ctx.baseSource = 'push';
    }
    ctx.head = str(payload.after);
  }
  if (explicitBase) {
    ctx.base = explicitBase;
    ctx.baseSource = 'explicit';
  }
  return ctx;
}

/** Read the event from the runner's environment (GITHUB_EVENT_NAME / GITHUB_EVENT_PATH). */
export function readEvent(env: Readonly<Record<string, string | undefined>>, explicitBase?: string): EventContext {
  const name = env.GITHUB_EVENT_NAME || 'local';
  const path = env.GITHUB_EVENT_PATH;
  let payload: Record<string, unknown> = {};
  if (path) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new InputError(`cannot read the event payload: ${(err as Error).message}`, path);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new InputError(`the event payload is not valid JSON: ${(err as Error).message}`, path);
    }
    // Anything but an object is a broken payload, not an event without a base: fail closed.
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new InputError('the event payload is not a JSON object', path);
    }
    payload = parsed as Record<string, unknown>;
  }
  const ctx = eventFromPayload(name, payload, explicitBase);
  ctx.repository ??= env.GITHUB_REPOSITORY;
  ctx.ref ??= env.GITHUB_REF;
  return ctx;
}
