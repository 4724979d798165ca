// Test helpers shared by every gate's unit tests: a GateContext without a runner.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import { InputError } from './errors';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { GateContext, Logger } from './gate';
import { eventFromPayload, type EventContext } from './event';
import { Redactor } from './redact';

export interface TestContextOptions {
  workspace: string;
  event?: Partial<EventContext>;
  env?: Record<string, string | undefined>;
  now?: Date;
  isAction?: boolean;
}

export interface TestContext extends GateContext {
  logs: { level: 'info' | 'warn' | 'debug'; message: string }[];
}

export function makeTestContext(options: TestContextOptions): TestContext {
  const logs: TestContext['logs'] = [];
  const log: Logger = {
    info: (message) => logs.push({ level: 'info', message }),
    warn: (message) => logs.push({ level: 'warn', message }),
    debug: (message) => logs.push({ level: 'debug', message }),
  };
  const event = { ...eventFromPayload('local', {}), ...options.event };
  const fixed = options.now;
  return {
    workspace: options.workspace,
    tempDir: mkdtempSync(join(tmpdir(), 'rg-test-')),
    env: options.env ?? {},
    event,
    redactor: new Redactor(),
    log,
    now: () => (fixed ? new Date(fixed) : new Date()),
    isAction: options.isAction ?? false,
    logs,
  };
}

/** Keys that stress JSON Pointer escaping and prototype handling. */
const jsonKey = fc.oneof(fc.string(), fc.constantFrom('~', '/', '~1', 'a/b~c', '%25', '__proto__', ''));

/** Any JSON value (small), for property tests of JSON readers against JSON.parse. */
export const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.string(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(jsonKey, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** JSON.stringify's `space` argument in its forms, odd whitespace included. */
export const jsonIndent = fc.constantFrom(undefined, 0, 1, 2, '\t', ' \r\n ' as unknown as number);

type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

/** The error of class `type` that `fn` throws; the test fails when it throws nothing or something else. */
export function expectThrown<E extends Error>(type: ErrorClass<E>, fn: () => unknown): E {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(type);
    return err as E;
  }
  throw new Error(`expected a ${type.name}`);
}

/** The error of class `type` that `promise` rejects with; the test fails when it resolves or rejects with something else. */
export async function expectRejected<E extends Error>(type: ErrorClass<E>, promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(type);
    return err as E;
  }
  throw new Error(`expected a rejection with a ${type.name}`);
}

/** The InputError `fn` throws (the parsers' tests ask this often). */
export function expectInputError(fn: () => unknown): InputError {
  return expectThrown(InputError, fn);
}

export interface GitRepo {
  dir: string;
  git(...args: string[]): string;
  write(files: Record<string, string>): void;
  /** Commits everything and returns the new HEAD. */
  commit(): string;
}

/** A temporary git repository (branch main) holding `files`, committed once. */
export function gitRepo(files: Record<string, string>, prefix = 'rg-repo-'): GitRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' },
    }).trim();
  const write = (more: Record<string, string>) => {
    for (const [path, text] of Object.entries(more)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  };
  git('init', '-q', '-b', 'main');
  write(files);
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  return { dir, git, write, commit: () => (git('add', '-A'), git('commit', '-q', '-m', 'change'), git('rev-parse', 'HEAD')) };
}
