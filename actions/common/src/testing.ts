// Test helpers shared by every gate's unit tests: a GateContext without a runner.

import { mkdtempSync } from 'node:fs';
import fc from 'fast-check';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
