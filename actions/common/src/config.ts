// The consumer's `.github/release-gates.yml`: parsed with positions, validated against the JSON
// Schema that ships in actions/common/schemas/config.schema.json, errors naming file, line and key.

import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Document, Node } from 'yaml';
import { ConfigurationError } from './errors';
import type { ConfigValues } from './options';
import { loadOptionParsers, loadYaml, optionSchema } from './options';
import type { Gate } from './gate';
import { COMMON_OPTION_NAMES } from './gate';
import { readTextCapped } from './readers';
import { GATE_NAMES, type GateName } from './result';
import { existsSync } from 'node:fs';
import shippedConfigSchema from '../schemas/config.schema.json';

export const DEFAULT_CONFIG_PATH = '.github/release-gates.yml';
const MAX_CONFIG_BYTES = 1024 * 1024;
export const CONFIG_SCHEMA_ID = 'https://release-gates.github.io/schemas/config/v1.json';

/** Options a gate section may set: every option but those that locate the config itself. */
const NOT_IN_FILE = new Set(['config', 'working-directory']);

/** The config file's JSON Schema, derived from the gates' option specs (committed; a test keeps it in sync). */
export function buildConfigSchema(gates: readonly Gate[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    $schema: { type: 'string', description: 'Editor hint; ignored.' },
    mode: { enum: ['enforce', 'warn'], description: 'Default mode of every gate (each gate may override).' },
  };
  for (const gate of [...gates].sort((a, b) => a.name.localeCompare(b.name))) {
    const gateProps: Record<string, unknown> = {
      enabled: { type: 'boolean', description: `Run this gate in \`release-gates run\` (default true).` },
    };
    for (const spec of gate.options) gateProps[spec.name] = optionSchema(spec);
    gateProps.mode = { enum: ['enforce', 'warn'], description: 'enforce or warn for this gate.' };
    gateProps['result-file'] = { type: 'string', description: 'Where to write the GateResult JSON.' };
    gateProps.sarif = { type: 'string', description: 'Where to write SARIF.' };
    properties[gate.name] = {
      type: 'object',
      description: gate.description,
      additionalProperties: false,
      properties: gateProps,
    };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: CONFIG_SCHEMA_ID,
    title: 'release-gates configuration (.github/release-gates.yml)',
    type: 'object',
    additionalProperties: false,
    properties,
  };
}

export interface LoadedConfig {
  file: string;
  /** The whole document as plain values. */
  data: Record<string, unknown>;
  /** Values for one gate: its section merged over the global `mode`. */
  forGate(gate: GateName): ConfigValues;
  enabled(gate: GateName): boolean;
}

type YamlModule = typeof import('yaml');

function nodeAt(yaml: YamlModule, doc: Document, path: readonly (string | number)[]): { node?: Node; keyNode?: Node } {
  const { isMap, isPair, isScalar } = yaml;
  let current: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const seg of path) {
    if (isMap(current)) {
      const pair = current.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return { node: current as Node, keyNode };
      keyNode = pair.key as Node;
      current = pair.value;
    } else if (current && typeof current === 'object' && 'items' in current && Array.isArray((current as { items: unknown[] }).items)) {
      current = (current as { items: unknown[] }).items[Number(seg)];
      keyNode = undefined;
    } else {
      break;
    }
  }
  return { node: current as Node | undefined, keyNode };
}

function pointerToPath(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function describeError(err: ErrorObject): { path: string[]; message: string; atKey?: boolean } {
  const path = pointerToPath(err.instancePath);
  if (err.keyword === 'additionalProperties') {
    const key = String((err.params as { additionalProperty: string }).additionalProperty);
    const where = path.length ? `in ${path.join('.')}` : 'at the top level';
    return { path: [...path, key], message: `unknown key '${key}' ${where}`, atKey: true };
  }
  if (err.keyword === 'enum') {
    const allowed = (err.params as { allowedValues: unknown[] }).allowedValues.map(String).join(' | ');
    return { path, message: `${path.join('.')}: must be one of ${allowed}` };
  }
  return { path, message: `${path.join('.') || '(document)'}: ${err.message ?? 'is invalid'}` };
}

/**
 * Load and validate a config file. `explicit` = the user named the file: then a missing file is an
 * error; the default path may be absent.
 */
export async function loadConfig(path: string, displayName: string, explicit: boolean, schema: Record<string, unknown>): Promise<LoadedConfig | undefined> {
  if (!existsSync(path)) {
    if (explicit) throw new ConfigurationError(`config file ${displayName} not found`, 'config', displayName);
    return undefined;
  }
  const { text } = await readTextCapped(path, MAX_CONFIG_BYTES, displayName);
  // Loaded only when there is a file to read (most CLI runs have none).
  const yaml = (await loadYaml()) as unknown as YamlModule;
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const position = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset));
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    const pos = position(err.pos[0]);
    throw new ConfigurationError(`${displayName}:${pos?.line ?? '?'}:${pos?.col ?? '?'}: invalid YAML: ${err.message.split('\n')[0]}`, 'config', displayName, pos?.line, pos?.col);
  }
  const data = (doc.toJS() ?? {}) as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigurationError(`${displayName}:1: the configuration must be a mapping of gate names to settings`, 'config', displayName, 1);
  }
  const validator = await validatorFor(schema);
  if (!validator(data)) {
    // The deepest error names the actual culprit: for `report: [a.info, 42]` that is item 1, not the
    // "must be a string" of the anyOf branch the list did not take.
    const depth = (e: ErrorObject) => (e.instancePath ? e.instancePath.split('/').length : 0) + (e.keyword === 'additionalProperties' ? 1 : 0);
    const errors = (validator.errors ?? []).filter((e) => e.keyword !== 'anyOf').sort((a, b) => depth(b) - depth(a));
    const first = describeError(errors[0] ?? validator.errors![0]!);
    const { node, keyNode } = nodeAt(yaml, doc, first.path);
    // An unknown key points at the key; a bad value at the value.
    const pos = position((first.atKey ? (keyNode ?? node) : (node ?? keyNode))?.range?.[0]);
    const key = first.path.join('.');
    throw new ConfigurationError(
      `${displayName}:${pos?.line ?? 1}:${pos?.col ?? 1}: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : ''}`,
      key || 'config',
      displayName,
      pos?.line ?? 1,
      pos?.col ?? 1,
    );
  }
  const record = data as Record<string, unknown>;
  return {
    file: displayName,
    data: record,
    enabled: (gate) => (record[gate] as Record<string, unknown> | undefined)?.enabled !== false,
    forGate(gate) {
      const section = { ...((record[gate] as Record<string, unknown> | undefined) ?? {}) };
      delete section.enabled;
      if (section.mode === undefined && record.mode !== undefined) section.mode = record.mode;
      return {
        file: displayName,
        values: section,
        lineOf: (key) => {
          const inSection = nodeAt(yaml, doc, [gate, key]);
          const target = inSection.keyNode ?? (key === 'mode' ? nodeAt(yaml, doc, ['mode']).keyNode : undefined);
          return position(target?.range?.[0])?.line;
        },
      };
    },
  };
}

/**
 * The shipped schema is validated by code generated from it ahead of time (generated/config-validator.js,
 * kept in step by a test); any other schema (tests) is compiled on the spot.
 */
async function validatorFor(schema: Record<string, unknown>): Promise<{ (data: unknown): boolean; errors?: ErrorObject[] | null }> {
  if (schema === shippedConfigSchema) {
    return (await import('./generated/config-validator')).validate;
  }
  const { Ajv2020 } = await loadOptionParsers();
  return new Ajv2020({ allErrors: true, strict: false }).compile(schema);
}

export function isKnownGate(name: string): name is GateName {
  return (GATE_NAMES as readonly string[]).includes(name);
}

export { COMMON_OPTION_NAMES, NOT_IN_FILE };
