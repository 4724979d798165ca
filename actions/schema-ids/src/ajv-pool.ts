// One ajv instance per dialect (ajv cannot mix draft-04, draft-06/07, 2019-09 and 2020-12 in one instance),
// created lazily and reused: meta-schema validators compile once per run, and compiling for examples shares
// the per-dialect registry of every schema in the repository.

import Ajv from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import draft06Meta from 'ajv/dist/refs/json-schema-draft-06.json';
import { META_URI, type Dialect } from './dialect';

export const ALLOW_OPEN_KEYWORD = 'x-release-gates-allow-open';

type AnyAjv = InstanceType<typeof Ajv> | InstanceType<typeof Ajv2019> | InstanceType<typeof Ajv2020> | InstanceType<typeof AjvDraft04>;

function create(dialect: Dialect, options: Options): AnyAjv {
  let ajv: AnyAjv;
  if (dialect === 'draft-04') ajv = new AjvDraft04(options);
  else if (dialect === '2019-09') ajv = new Ajv2019(options);
  else if (dialect === '2020-12') ajv = new Ajv2020(options);
  else {
    // draft-06 and draft-07 share one instance (refs between them compile), so both meta-schemas are there.
    ajv = new Ajv(options);
    ajv.addMetaSchema(draft06Meta);
  }
  addFormats(ajv);
  // Our suppression keyword is an annotation, not an unknown keyword.
  ajv.addKeyword(ALLOW_OPEN_KEYWORD);
  return ajv;
}

/** Meta-schema validation: one compiled validator per dialect for the whole run. */
export class MetaValidators {
  private readonly fast = new Map<Dialect, ValidateFunction>();
  private readonly thorough = new Map<Dialect, ValidateFunction>();

  private get(cache: Map<Dialect, ValidateFunction>, dialect: Dialect, allErrors: boolean): ValidateFunction {
    let fn = cache.get(dialect);
    if (!fn) {
      const ajv = create(dialect, { allErrors, strict: false, logger: false, validateSchema: false });
      const got = ajv.getSchema(META_URI[dialect]);
      if (!got) throw new Error(`ajv has no meta-schema for ${dialect}`);
      fn = got;
      cache.set(dialect, fn);
    }
    return fn;
  }

  /** Stops at the first error (cheap for the common valid case); only invalid schemas are validated again for every error. */
  validate(dialect: Dialect, schema: unknown): ErrorObject[] {
    if (this.get(this.fast, dialect, false)(schema)) return [];
    const all = this.get(this.thorough, dialect, true);
    return all(schema) ? [] : [...(all.errors ?? [])];
  }
}

export interface StrictMessages {
  messages: string[];
}

/** Compiling instances with strict-mode messages routed into a list instead of the console. */
export class Compilers {
  private readonly instances = new Map<Dialect, AnyAjv>();
  /** Messages logged by ajv during the current compile. */
  private sink: string[] = [];

  constructor(private readonly strict: boolean) {}

  get(dialect: Dialect): AnyAjv {
    let ajv = this.instances.get(dialect);
    if (!ajv) {
      const push = (...args: unknown[]) => this.sink.push(args.map(String).join(' '));
      const mode = this.strict ? 'log' : false;
      ajv = create(dialect, {
        allErrors: true,
        strictSchema: mode,
        strictTypes: mode,
        strictTuples: mode,
        strictRequired: false,
        allowUnionTypes: true,
        validateSchema: false,
        logger: { log: () => undefined, warn: push, error: push },
      });
      this.instances.set(dialect, ajv);
    }
    return ajv;
  }

  /** Run `fn` and return what ajv logged meanwhile. */
  capture<T>(fn: () => T): { value?: T; error?: unknown; messages: string[] } {
    const previous = this.sink;
    const messages: string[] = [];
    this.sink = messages;
    try {
      return { value: fn(), messages };
    } catch (error) {
      return { error, messages };
    } finally {
      this.sink = previous;
    }
  }
}
