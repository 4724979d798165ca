// The baseline: accepted findings with a reason, an owner and an expiry date (and optionally a
// ticket). It holds salted fingerprints only — never a secret, a hash of one, or an e-mail.

import { ConfigurationError, InputError } from '../../common/src/errors';
import { lineColumnAt } from '../../common/src/readers';
import { compareText } from '../../common/src/result';
import { parseJson } from './json';
import type { MergedFinding } from './dedupe';

export const BASELINE_VERSION = 1;
export const PLACEHOLDER = 'TODO';
/** How long a freshly written entry stays valid: long enough to rotate, short enough to revisit. */
export const DEFAULT_EXPIRY_DAYS = 90;

export interface BaselineEntry {
  fingerprint: string;
  reason: string;
  owner: string;
  /** YYYY-MM-DD, valid through that day (UTC). */
  expires: string;
  ticket?: string;
  /** Informational, for people reading the file. */
  family?: string;
  file?: string;
  tools?: string[];
}

export interface Baseline {
  version: 1;
  /** Salted check value of the fingerprint salt, to tell "different salt" from "no match". */
  saltCheck?: string;
  entries: BaselineEntry[];
}

export interface LoadedEntry extends BaselineEntry {
  /** 1-based line in the baseline file, for messages. */
  line?: number;
}

const FINGERPRINT = /^(sv1|lv1|pv1):[0-9a-f]{64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ENTRY_KEYS = new Set(['fingerprint', 'reason', 'owner', 'expires', 'ticket', 'family', 'file', 'tools']);
const TOP_KEYS = new Set(['$schema', 'version', 'saltCheck', 'entries']);

export function isValidDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** UTC calendar date of an instant. */
export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

/** Parse and validate a baseline file (closed schema: unknown keys are mistakes). */
export function parseBaseline(text: string, file: string): { saltCheck?: string; entries: LoadedEntry[] } {
  if (text.trim() === '') return { entries: [] };
  const value = parseJson(text, file);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError('the baseline must be a JSON object with "entries"', file, 1);
  const top = value as Record<string, unknown>;
  for (const key of Object.keys(top)) if (!TOP_KEYS.has(key)) throw new InputError(`unknown key ${JSON.stringify(key)} in the baseline`, file);
  if (top.version !== BASELINE_VERSION) throw new InputError(`baseline version must be ${BASELINE_VERSION}`, file);
  if (!Array.isArray(top.entries)) throw new InputError('"entries" must be an array', file);
  if (top.saltCheck !== undefined && typeof top.saltCheck !== 'string') throw new InputError('"saltCheck" must be a string', file);
  const entries: LoadedEntry[] = [];
  const seen = new Set<string>();
  top.entries.forEach((item, index) => {
    const where = `entries[${index}]`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw new InputError(`${where} is not an object`, file);
    const e = item as Record<string, unknown>;
    const fingerprint = typeof e.fingerprint === 'string' ? e.fingerprint : '';
    const at = fingerprint ? text.indexOf(`"${fingerprint}"`) : -1;
    const line = at >= 0 ? lineColumnAt(text, at).line : undefined;
    const bad = (msg: string): never => {
      throw new InputError(`${where}: ${msg}`, file, line);
    };
    for (const key of Object.keys(e)) if (!ENTRY_KEYS.has(key)) bad(`unknown key ${JSON.stringify(key)}`);
    if (!FINGERPRINT.test(fingerprint)) bad('"fingerprint" must look like sv1:<64 hex> (as written by --update-baseline)');
    if (seen.has(fingerprint)) bad('the same fingerprint is listed twice');
    seen.add(fingerprint);
    for (const key of ['reason', 'owner'] as const) if (typeof e[key] !== 'string' || (e[key] as string).trim() === '') bad(`"${key}" is required`);
    if (typeof e.expires !== 'string' || !isValidDate(e.expires)) bad('"expires" must be a date (YYYY-MM-DD)');
    if (e.ticket !== undefined && typeof e.ticket !== 'string') bad('"ticket" must be a string');
    if (e.family !== undefined && typeof e.family !== 'string') bad('"family" must be a string');
    if (e.file !== undefined && typeof e.file !== 'string') bad('"file" must be a string');
    if (e.tools !== undefined && !(Array.isArray(e.tools) && e.tools.every((t) => typeof t === 'string'))) bad('"tools" must be a list of strings');
    entries.push({ ...(e as unknown as BaselineEntry), line });
  });
  return { saltCheck: top.saltCheck as string | undefined, entries };
}

export function checkSalt(saltCheck: string | undefined, expected: string, file: string): void {
  if (saltCheck !== undefined && saltCheck !== expected) {
    throw new ConfigurationError(
      `${file} was written with a different fingerprint salt, so none of its entries can match; use the same fingerprint-salt (or repository) as when it was written, or regenerate it with update-baseline`,
      'fingerprint-salt',
      file,
    );
  }
}

export function isExpired(entry: BaselineEntry, today: string): boolean {
  return entry.expires < today;
}

export function isPlaceholder(entry: BaselineEntry): boolean {
  return entry.reason.trim().startsWith(PLACEHOLDER) || entry.owner.trim().startsWith(PLACEHOLDER);
}

/** Find the entry for each finding: its fingerprint, else the first alternate key that is listed. */
export function matchBaseline(findings: readonly MergedFinding[], entries: readonly LoadedEntry[]): Map<MergedFinding, LoadedEntry> {
  const matches = new Map<MergedFinding, LoadedEntry>();
  if (!entries.length) return matches;
  const byFingerprint = new Map(entries.map((e) => [e.fingerprint, e]));
  const valueEntries = entries.some((e) => e.fingerprint.startsWith('sv1:'));
  for (const f of findings) {
    let entry = byFingerprint.get(f.fingerprint);
    if (!entry && valueEntries && f.alternates) {
      for (const c of f.alternates()) {
        entry = byFingerprint.get(c);
        if (entry) break;
      }
    }
    if (entry) matches.set(f, entry);
  }
  return matches;
}

/** Existing entries kept as they are (expired ones too: extending is a person's decision) plus new ones. */
export function updatedBaseline(
  existing: readonly LoadedEntry[],
  unmatched: readonly MergedFinding[],
  saltCheck: string,
  today: string,
  owner: string,
): Baseline {
  const keep: BaselineEntry[] = existing.map(({ line: _line, ...entry }) => entry);
  const known = new Set(keep.map((e) => e.fingerprint));
  const added: BaselineEntry[] = [];
  const expires = addDays(today, DEFAULT_EXPIRY_DAYS);
  for (const f of unmatched) {
    if (known.has(f.fingerprint)) continue;
    known.add(f.fingerprint);
    const entry: BaselineEntry = {
      fingerprint: f.fingerprint,
      reason: `${PLACEHOLDER}: why this is acceptable (rotate the secret first if it is live)`,
      owner,
      expires,
      family: f.family,
      tools: f.tools,
    };
    const file = f.locations[0]?.file;
    if (file) entry.file = file;
    added.push(entry);
  }
  added.sort((a, b) => compareText(a.file ?? '', b.file ?? '') || compareText(a.fingerprint, b.fingerprint));
  return { version: 1, saltCheck, entries: [...keep, ...added] };
}
