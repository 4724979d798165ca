import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Severity } from './result';
import { Redactor } from './redact';
import { buildSarif, defaultRun, FINGERPRINT_KEY, pathToUri, SARIF_MAX_RUNS, sarifStream, sarifText, type SarifResultInput, type SarifRunInput } from './sarif';

// The official OASIS SARIF 2.1.0 schema (draft-04), as shipped by @microsoft/jest-sarif.
const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
// strict mode stays on; formats (uri, uri-reference, date-time) are checked, not ignored.
// unicodeRegExp: false because the schema's `language` pattern has a stray `]` (`...{2}]?$`): legal in a plain
// ECMAScript regex, which is what the schema's authors wrote for, but a syntax error under the `u` flag.
const ajv = new Ajv({ allErrors: true, validateFormats: true, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validateSarif(log);
  expect(ok ? [] : validateSarif.errors?.slice(0, 5)).toEqual([]);
}

type Run = Record<string, any>;
const runs = (log: Record<string, unknown>) => log.runs as Run[];

const result = (severity: Severity, i: number, extra: Partial<SarifResultInput> = {}): SarifResultInput => ({
  ruleId: `gate/${severity}-rule`,
  severity,
  message: `${severity} ${i}`,
  file: 'src/a.ts',
  line: i + 1,
  ...extra,
});

describe('buildSarif', () => {
  it('produces a log the official SARIF 2.1.0 schema accepts', () => {
    const log = buildSarif([
      {
        tool: 'release-gates/coverage',
        category: 'release-gates/coverage',
        version: '1.2.3',
        informationUri: 'https://github.com/release-gates/release-gates',
        rules: [{ id: 'coverage/min-lines', shortDescription: 'Line coverage below the minimum', helpUri: 'https://example.com/rules#min-lines' }],
        results: [
          { ruleId: 'coverage/min-lines', severity: 'error', message: 'below', file: 'src/dir with space/é.ts', line: 3, endLine: 4, column: 1, endColumn: 7 },
          { ruleId: 'coverage/other', severity: 'note', message: 'no location' },
          { ruleId: 'coverage/min-lines', severity: 'warning', message: 'baselined', file: 'a%b#c?.ts', line: 9, suppressed: { justification: 'baseline' } },
          { ruleId: 'coverage/min-lines', severity: 'warning', message: 'bad line', file: 'x.ts', line: 0, column: 0 },
        ],
      },
      defaultRun('tarball', '0.1.0', []),
    ]);
    expectValid(log);
    expect(log.version).toBe('2.1.0');
    const [first, second] = runs(log);
    expect(first!.tool.driver.name).toBe('release-gates/coverage');
    expect(first!.automationDetails.id).toBe('release-gates/coverage/');
    expect(second!.automationDetails.id).toBe('release-gates/tarball/');
    expect(second!.results).toEqual([]);
    // Unknown rule ids are declared so ruleIndex always points somewhere.
    for (const r of first!.results) expect(first!.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(first!.results.find((r: Run) => r.message.text === 'bad line').locations[0].physicalLocation.region).toBeUndefined();
  });

  it('the validator is not vacuous: it rejects a broken log', () => {
    const log = buildSarif([defaultRun('coverage', '0.1.0', [{ ruleId: 'g/a', severity: 'error', message: 'm', file: 'a.ts', line: 1 }])]);
    const broken = JSON.parse(JSON.stringify(log));
    broken.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'has space:/\\bad';
    delete broken.runs[0].results[0].message;
    expect(validateSarif(broken)).toBe(false);
    expect(validateSarif({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('property: any findings give a schema-valid log', () => {
    const findingArb = fc.record(
      {
        ruleId: fc.constantFrom('g/a', 'g/b', 'g/c'),
        severity: fc.constantFrom<Severity>('error', 'warning', 'note'),
        message: fc.string({ minLength: 1 }),
        file: fc.array(fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !s.includes('/')), { minLength: 1, maxLength: 3 }).map((p) => p.join('/')),
        line: fc.integer({ min: 0, max: 1000 }),
        endLine: fc.integer({ min: 0, max: 1000 }),
        column: fc.integer({ min: 0, max: 200 }),
      },
      { requiredKeys: ['ruleId', 'severity', 'message'] },
    );
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 30 }), (findings) => {
        const log = buildSarif([defaultRun('coverage', '0.1.0', findings)]);
        expectValid(log);
        expect(runs(log)[0]!.results.length).toBe(findings.length);
      }),
      { numRuns: 200 },
    );
  });

  it('writes every string exactly, whatever JSON must escape (property)', () => {
    // The log is written as text by hand; parsing it must give back each string as it was given,
    // lone surrogates and control characters included.
    const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 24 });
    fc.assert(
      fc.property(text, text, text, text, fc.integer({ min: 1, max: 9 }), (ruleId, message, justification, fingerprint, line) => {
        const input = { ruleId, severity: 'warning' as const, message, file: 'dir/a b.ts', line, fingerprint, suppressed: { justification } };
        const log = JSON.parse(sarifText([{ tool: 't', category: 'c', results: [input] }])) as Record<string, unknown>;
        const r = runs(log)[0]!.results[0];
        const same = (s: string) => JSON.parse(JSON.stringify(s)) as string;
        expect(r.ruleId).toBe(same(ruleId));
        expect(r.message.text).toBe(same(message));
        expect(r.suppressions[0].justification).toBe(same(justification));
        expect(r.partialFingerprints[FINGERPRINT_KEY]).toBe(`${same(fingerprint)}:1`);
        expect(r.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'dir/a%20b.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: line } });
      }),
      { numRuns: 300 },
    );
  });

  it('hands a path to scrubPath before percent-encoding it, and only one that encoding changes', () => {
    const seen: string[] = [];
    const text = sarifText(
      [{ tool: 't', category: 'c', results: [result('error', 0, { file: 'dir/se cret.ts' }), result('error', 1, { file: 'dir/plain.ts' })] }],
      undefined,
      (path) => {
        seen.push(path);
        return path.replace('se cret', '***');
      },
    );
    expect(seen).toEqual(['dir/se cret.ts']);
    const uris = runs(JSON.parse(text))[0]!.results.map((r: Run) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['dir/plain.ts', 'dir/***.ts']);
  });

  it('writes ordered results as given, keeping the first under the cap', () => {
    const given = [result('error', 5), result('error', 1), result('note', 0), result('warning', 3)];
    const run = runs(buildSarif([{ tool: 't', category: 'c', results: given, ordered: true }], 3))[0]!;
    expect(run.results.map((r: Run) => [r.level, r.locations[0].physicalLocation.region.startLine])).toEqual([
      ['error', 6],
      ['error', 2],
      ['note', 1],
    ]);
    expect(run.properties).toEqual({ resultsTotal: 4, resultsOmitted: 1 });
  });

  it('keeps errors before warnings before notes under the cap and notes the cut', () => {
    const input: SarifRunInput = {
      tool: 't',
      category: 'c',
      results: [
        ...Array.from({ length: 30 }, (_, i) => result('note', i)),
        ...Array.from({ length: 20 }, (_, i) => result('warning', i)),
        ...Array.from({ length: 15 }, (_, i) => result('error', i)),
      ],
    };
    const log = buildSarif([input], 25);
    expectValid(log);
    const run = runs(log)[0]!;
    const levels = run.results.map((r: Run) => r.level);
    expect(levels).toEqual([...Array(15).fill('error'), ...Array(10).fill('warning')]);
    expect(run.properties).toEqual({ resultsTotal: 65, resultsOmitted: 40 });
    const note = run.invocations[0].toolExecutionNotifications[0];
    expect(note.message.text).toMatch(/^40 of 65 results left out/);
  });

  it('applies the real 25,000 cap', () => {
    const many = Array.from({ length: 25_010 }, (_, i) => result(i < 10 ? 'note' : 'error', i));
    const run = runs(buildSarif([{ tool: 't', category: 'c', results: many }]))[0]!;
    expect(run.results.length).toBe(25_000);
    expect(run.results.every((r: Run) => r.level === 'error')).toBe(true);
    expect(run.properties.resultsOmitted).toBe(10);
  });

  it('says nothing about cuts when nothing was cut', () => {
    const run = runs(buildSarif([{ tool: 't', category: 'c/', results: [result('error', 1)] }]))[0]!;
    expect(run.invocations[0].toolExecutionNotifications).toEqual([]);
    expect(run.automationDetails.id).toBe('c/');
  });

  it('fingerprints survive lines moving and differ per occurrence', () => {
    const fp = (results: SarifResultInput[]) =>
      runs(buildSarif([{ tool: 't', category: 'c', results }]))[0]!.results.map((r: Run) => r.partialFingerprints[FINGERPRINT_KEY] as string);
    const before = fp([
      { ruleId: 'g/r', severity: 'error', message: 'uncovered at line 10', file: 'a.ts', line: 10 },
      { ruleId: 'g/r', severity: 'error', message: 'uncovered at line 20', file: 'a.ts', line: 20 },
      { ruleId: 'g/r', severity: 'error', message: 'other', file: 'a.ts', line: 30 },
    ]);
    const after = fp([
      { ruleId: 'g/r', severity: 'error', message: 'uncovered at line 15', file: 'a.ts', line: 15 },
      { ruleId: 'g/r', severity: 'error', message: 'uncovered at line 25', file: 'a.ts', line: 25 },
      { ruleId: 'g/r', severity: 'error', message: 'other', file: 'a.ts', line: 3 },
    ]);
    expect(new Set(before).size).toBe(3);
    expect(new Set(after)).toEqual(new Set(before));
    // Another file or rule is another identity.
    const elsewhere = fp([{ ruleId: 'g/r', severity: 'error', message: 'other', file: 'b.ts', line: 3 }]);
    expect(before).not.toContain(elsewhere[0]);
  });

  it('uses a caller fingerprint when given, still per occurrence', () => {
    const run = runs(
      buildSarif([
        {
          tool: 't',
          category: 'c',
          results: [
            { ...result('error', 1), fingerprint: 'abc' },
            { ...result('error', 2), fingerprint: 'abc' },
          ],
        },
      ]),
    )[0]!;
    expect(run.results.map((r: Run) => r.partialFingerprints[FINGERPRINT_KEY])).toEqual(['abc:1', 'abc:2']);
  });

  it('writes distinct caller fingerprints as they are counted, without counting (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 8 }), fc.array(fc.boolean(), { maxLength: 8 }), (fingerprints, without) => {
        // Some results carry no fingerprint: theirs are still counted per occurrence.
        const results = fingerprints.map((fingerprint, i) => ({ ...result('error', 1), ...(without[i] ? {} : { fingerprint }) }));
        const counted = sarifText([{ tool: 't', category: 'c', results }]);
        expect(sarifText([{ tool: 't', category: 'c', results, distinctFingerprints: true }])).toBe(counted);
      }),
    );
  });

  it('throws on more than 20 runs and accepts exactly 20', () => {
    const one: SarifRunInput = { tool: 't', category: 'c', results: [] };
    expect(() => buildSarif(Array(SARIF_MAX_RUNS).fill(one))).not.toThrow();
    expect(() => buildSarif(Array(SARIF_MAX_RUNS + 1).fill(one))).toThrow(/at most 20 runs; got 21/);
  });

  it('marks suppressed results as external suppressions', () => {
    const run = runs(buildSarif([{ tool: 't', category: 'c', results: [{ ...result('warning', 1), suppressed: { justification: 'accepted risk' } }] }]))[0]!;
    expect(run.results[0].suppressions).toEqual([{ kind: 'external', justification: 'accepted risk' }]);
  });
});

describe('pathToUri', () => {
  it('percent-encodes each segment and keeps the slashes', () => {
    expect(pathToUri('src/dir with space/é 日本.ts')).toBe('src/dir%20with%20space/%C3%A9%20%E6%97%A5%E6%9C%AC.ts');
    expect(pathToUri('a%b/#c?d.ts')).toBe('a%25b/%23c%3Fd.ts');
    expect(pathToUri('plain/path.ts')).toBe('plain/path.ts');
  });

  it('property: the unescaped fast path agrees with segment-wise encodeURIComponent', () => {
    const unit = fc.constantFrom(..."aZ09-_.!~*'()/ %#?é".split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (path) => {
        expect(pathToUri(path)).toBe(path.split('/').map((seg) => encodeURIComponent(seg)).join('/'));
      }),
      { numRuns: 500 },
    );
  });

  it('property: decoding gives the path back', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }).filter((s) => !s.includes('/')), { minLength: 1, maxLength: 4 }), (segs) => {
        const path = segs.join('/');
        const uri = pathToUri(path);
        expect(uri).not.toMatch(/[\s%](?![0-9A-F]{2})/);
        expect(uri.split('/').map(decodeURIComponent).join('/')).toBe(path);
      }),
    );
  });
});

describe('sarifStream strings (what the redaction scan reads instead of the log)', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '"', '\\', '\n', ' ', '-', '%', 'é'), maxLength: 10 });
  const resultArb = fc.record(
    {
      ruleId: text,
      severity: fc.constantFrom('error' as const, 'warning' as const, 'note' as const),
      message: text,
      fingerprint: text,
      file: text,
      line: fc.integer({ min: 1, max: 9 }),
      column: fc.integer({ min: 1, max: 9 }),
      endLine: fc.integer({ min: 1, max: 12 }),
      endColumn: fc.integer({ min: 1, max: 9 }),
      suppressed: text.map((justification) => ({ justification })),
    },
    { requiredKeys: ['ruleId', 'severity', 'message'] },
  );
  const runArb = fc.record({
    tool: text,
    category: text,
    version: fc.option(text, { nil: undefined }),
    informationUri: fc.option(fc.constant('https://example.test/x'), { nil: undefined }),
    rules: fc.option(fc.array(fc.record({ id: text, shortDescription: text }), { maxLength: 2 }), { nil: undefined }),
    results: fc.array(resultArb, { maxLength: 6 }),
  });

  /** Every key and string value in a parsed JSON value. */
  function stringsOf(value: unknown, out: string[] = []): string[] {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        out.push(k);
        stringsOf(v, out);
      }
    }
    return out;
  }

  it('holds every key and string of the log, as written or as the log spells it (property)', () => {
    fc.assert(
      fc.property(fc.array(runArb, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 8 }), (given, max) => {
        const stream = sarifStream(given, { maxResultsPerRun: max });
        const pieces = [...stream.pieces()];
        const strings = [...stream.structure, ...pieces.flatMap((p) => (p.strings === undefined ? [] : [p.strings]))].join('"');
        for (const s of stringsOf(JSON.parse(pieces.map((p) => p.text).join('')))) {
          expect(strings.includes(s) || strings.includes(JSON.stringify(s).slice(1, -1))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('streams the same text a chunk of results at a time, each chunk with its own strings (property)', () => {
    fc.assert(
      fc.property(fc.array(runArb, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 4 }), (given, max, perChunk) => {
        const stream = sarifStream(given, { maxResultsPerRun: max, perChunk });
        const pieces = [...stream.pieces()];
        expect(pieces.map((p) => p.text).join('')).toBe(sarifText(given, max));
        for (const piece of pieces) {
          if (piece.strings === undefined) {
            expect(stream.structure).toContain(piece.text.replace(/^,(?=\{)/, ''));
            continue;
          }
          const elements = JSON.parse(`[${piece.text.replace(/^,/, '')}]`) as unknown[];
          expect(elements.length).toBeGreaterThan(0);
          expect(elements.length).toBeLessThanOrEqual(perChunk);
          const known = `${piece.strings}"${stream.structure.join('"')}`;
          for (const s of stringsOf(elements)) expect(known.includes(s) || known.includes(JSON.stringify(s).slice(1, -1))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lets the redactor scrub the stream chunk by chunk as it would the whole log (property)', () => {
    const value = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'x', 'y', 'z', '"', '-', '%', '1', ':', 'é'), minLength: 4, maxLength: 8 });
    const digestValue = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '1', ':'), minLength: 4, maxLength: 8 });
    let streamed = 0;
    let changed = 0;
    let cleared = 0;
    fc.assert(
      fc.property(fc.array(runArb, { minLength: 1, maxLength: 2 }), fc.array(value, { maxLength: 3 }), fc.option(digestValue), fc.integer({ min: 1, max: 3 }), fc.nat(), (given, values, inFingerprint, perChunk, at) => {
        const redactor = new Redactor();
        for (const v of values) redactor.add(v);
        const results = given[0]!.results;
        // A registered value in one result's message, as a secret a finding's text would hold.
        if (values.length && results.length) {
          const r = results[at % results.length]!;
          r.message = `${r.message} ${values[0]}`;
        }
        // One made of digest characters in another's fingerprint, alone or after other text: it must be found there too.
        if (inFingerprint !== null && results.length) {
          redactor.add(inFingerprint);
          const other = results[(at + 1) % results.length]!;
          other.fingerprint = at % 2 ? inFingerprint : `${other.fingerprint ?? ''}${inFingerprint}`;
        }
        for (const run of given) for (const r of run.results) if (r.fingerprint !== undefined && redactor.clearsByAlphabet(`${r.fingerprint}:1`)) cleared++;
        const scrubPath = (path: string) => redactor.scrub(path);
        const stream = sarifStream(given, { scrubPath, perChunk, cleared: (fingerprint) => redactor.clearsByAlphabet(fingerprint) });
        const scrubbed = redactor.scrubbedStream(stream.structure, stream.pieces());
        const whole = redactor.scrubJsonText(sarifText(given, undefined, scrubPath));
        if (scrubbed) {
          streamed++;
          const text = [...scrubbed].join('');
          expect(text).toBe(whole);
          if (text !== sarifText(given, undefined, scrubPath)) changed++;
        }
      }),
      { numRuns: 500 },
    );
    // The stream, not only the whole-log fallback, was exercised, and some of its chunks were scrubbed.
    expect(streamed).toBeGreaterThan(100);
    expect(changed).toBeGreaterThan(10);
    // Fingerprints were left out of the scan, and not only when nothing could be in them.
    expect(cleared).toBeGreaterThan(10);
  });
});
