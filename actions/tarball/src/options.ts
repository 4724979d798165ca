// The tarball gate's own options. One name serves as action input, CLI flag and config-file key.

import type { OptionSpec } from '../../common/src/gate';
import { DEFAULT_CAPS } from './tar/lister';
import { DEFAULT_REQUIRED } from './policy';

export interface TarballOptions {
  dir: string;
  tarball: string;
  required: string[];
  forbidden?: unknown;
  'published-dirs': string[];
  'max-packed-bytes'?: number;
  'max-unpacked-bytes'?: number;
  'max-files'?: number;
  'max-file-bytes'?: number;
  'allow-conditions': string[];
  previous: string;
  'previous-tag': string;
  'removed-exports': 'fail' | 'warn';
  workspaces: boolean;
  'ignore-scripts': boolean;
  'cap-entries': number;
  'cap-unpacked-bytes': number;
  'cap-file-bytes': number;
  'cap-ratio': number;
  'cap-path-bytes': number;
  'cap-depth': number;
  'cap-pax-bytes': number;
  mode?: 'enforce' | 'warn';
}

const severity = { enum: ['error', 'warning', 'note', 'off'] };
const ruleObject = {
  type: 'object',
  additionalProperties: false,
  properties: { reason: { type: 'string' }, severity },
};

export const FORBIDDEN_SCHEMA: Record<string, unknown> = {
  oneOf: [
    {
      type: 'array',
      items: {
        oneOf: [
          { type: 'string', minLength: 1 },
          {
            type: 'object',
            additionalProperties: false,
            required: ['glob'],
            properties: { glob: { type: 'string', minLength: 1 }, reason: { type: 'string' }, severity },
          },
        ],
      },
    },
    {
      type: 'object',
      additionalProperties: { anyOf: [{ type: 'string' }, { type: 'boolean' }, ruleObject] },
    },
  ],
};

const byteCap = (name: string, def: number, what: string): OptionSpec => ({
  name,
  type: 'integer',
  min: 1,
  default: def,
  valueName: '<n>',
  description: `Reader safety cap: ${what}; reading stops with status error beyond it.`,
});

export const TARBALL_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'dir',
    type: 'string',
    default: '',
    valueName: '<dir>',
    description: 'Package folder to pack with `npm pack --json`. Empty means the working directory. Lifecycle scripts run as npm runs them unless ignore-scripts.',
  },
  {
    name: 'tarball',
    type: 'string',
    default: '',
    valueName: '<path.tgz>',
    description: 'Check this existing .tgz (the exact bytes you will upload) instead of packing dir.',
  },
  {
    name: 'required',
    type: 'list',
    separator: 'newline',
    default: DEFAULT_REQUIRED,
    valueName: '<glob>',
    description: `Globs (package-relative, case-insensitive) that must each match a packed file. Setting it replaces the default list.`,
  },
  {
    name: 'forbidden',
    type: 'object',
    schema: FORBIDDEN_SCHEMA,
    valueName: '<yaml>',
    description:
      'Extra forbidden globs with reasons, added to the built-in list: a list of globs or {glob, reason, severity}, or a map glob: reason. Map a built-in glob to false (or severity off) to turn it off. Unset: the built-in list only.',
  },
  {
    name: 'published-dirs',
    type: 'list',
    separator: 'comma',
    default: [],
    valueName: '<dir>',
    description: 'Folders (or globs) the package may publish; any other file fails, except root package.json/README/LICENSE/CHANGELOG. Unset: not checked.',
  },
  { name: 'max-packed-bytes', type: 'integer', min: 0, valueName: '<bytes>', description: 'Budget for the .tgz size in bytes (unset: no budget).' },
  { name: 'max-unpacked-bytes', type: 'integer', min: 0, valueName: '<bytes>', description: 'Budget for the sum of file sizes in bytes (unset: no budget).' },
  { name: 'max-files', type: 'integer', min: 0, valueName: '<n>', description: 'Budget for the number of packed files (unset: no budget).' },
  { name: 'max-file-bytes', type: 'integer', min: 0, valueName: '<bytes>', description: 'Budget for any single file in bytes (unset: no budget).' },
  {
    name: 'allow-conditions',
    type: 'list',
    separator: 'comma',
    default: [],
    valueName: '<condition>',
    description: 'Export conditions used only in development (e.g. source, @my/source): their targets may be missing from the tarball.',
  },
  {
    name: 'previous',
    type: 'string',
    default: '',
    valueName: 'npm|<path.tgz>',
    description: 'Compare with the previous release: `npm` fetches the version of previous-tag from the registry, or give a .tgz path. Empty: no comparison.',
  },
  {
    name: 'previous-tag',
    type: 'string',
    default: '',
    valueName: '<tag>',
    description: 'Dist-tag of the previous release for previous: npm. Empty: publishConfig.tag, else latest.',
  },
  {
    name: 'removed-exports',
    type: 'enum',
    values: ['fail', 'warn'],
    default: 'fail',
    description: 'What an exported file or exports subpath that existed in the previous release and is gone does.',
  },
  {
    name: 'workspaces',
    type: 'boolean',
    default: false,
    description: 'Check every public workspace package of the root package.json (each gets its own findings and summary section).',
  },
  {
    name: 'ignore-scripts',
    type: 'boolean',
    default: false,
    description: 'Pass --ignore-scripts to npm pack (skip prepack/prepare/postpack).',
  },
  byteCap('cap-entries', DEFAULT_CAPS.maxEntries, 'most archive entries'),
  byteCap('cap-unpacked-bytes', DEFAULT_CAPS.maxTotalBytes, 'most unpacked bytes in total'),
  byteCap('cap-file-bytes', DEFAULT_CAPS.maxFileBytes, 'most bytes one entry may declare'),
  byteCap('cap-ratio', DEFAULT_CAPS.maxRatio, 'most decompressed bytes per packed byte (gzip bombs)'),
  byteCap('cap-path-bytes', DEFAULT_CAPS.maxPathBytes, 'longest entry path in bytes'),
  byteCap('cap-depth', DEFAULT_CAPS.maxDepth, 'deepest entry path in folders'),
  byteCap('cap-pax-bytes', DEFAULT_CAPS.maxPaxBytes, 'largest PAX or GNU long-name header in bytes'),
];
