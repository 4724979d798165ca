import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_CAP_PER_SEVERITY, describeOmitted, formatAnnotation, planAnnotations } from './annotations';
import type { Finding, Severity } from './result';

const finding = (severity: Severity, i: number, extra: Partial<Finding> = {}): Finding => ({
  ruleId: `gate/rule-${severity}`,
  severity,
  message: `${severity} number ${i}`,
  file: `src/f${String(i).padStart(3, '0')}.ts`,
  line: i + 1,
  ...extra,
});

/** Decode a workflow-command value the way the runner does. */
const unescape = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

describe('formatAnnotation', () => {
  it('writes file, line, columns and title as properties', () => {
    const line = formatAnnotation({
      ruleId: 'coverage/min-lines',
      severity: 'error',
      message: 'line coverage 80.00% is below 90%',
      file: 'src/a.ts',
      line: 3,
      endLine: 5,
      column: 2,
      endColumn: 9,
    });
    expect(line).toBe('::error file=src/a.ts,line=3,endLine=5,col=2,endColumn=9,title=coverage/min-lines::line coverage 80.00% is below 90%'.replace('80.00%', '80.00%25').replace('90%', '90%25'));
  });

  it('maps severities to error / warning / notice commands', () => {
    expect(formatAnnotation({ ruleId: 'r', severity: 'warning', message: 'm' })).toBe('::warning title=r::m');
    expect(formatAnnotation({ ruleId: 'r', severity: 'note', message: 'm' })).toBe('::notice title=r::m');
  });

  it('leaves out line information when there is no file', () => {
    expect(formatAnnotation({ ruleId: 'r', severity: 'error', message: 'm', line: 4 })).toBe('::error title=r::m');
  });

  it('escapes %, \\r, \\n in data and also : and , in properties', () => {
    const line = formatAnnotation(
      { ruleId: 'r', severity: 'error', message: '100% done\r\nnext: a,b', file: 'C:dir/a,b%.ts', line: 1 },
      'title: with, comma\nand newline',
    );
    expect(line).toBe('::error file=C%3Adir/a%2Cb%25.ts,line=1,title=title%3A with%2C comma%0Aand newline::100%25 done%0D%0Anext: a,b');
  });

  it('property: escaping round-trips and never leaves a raw separator in a property', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (file, title, message) => {
        fc.pre(file !== '');
        const line = formatAnnotation({ ruleId: 'r', severity: 'warning', message, file }, title);
        const [, props = '', ...rest] = line.split('::');
        expect(line.startsWith('::warning ')).toBe(true);
        const data = rest.join('::');
        expect(data).not.toMatch(/[\r\n]/);
        expect(unescape(data)).toBe(message);
        const fields = props.slice('warning '.length).split(',');
        expect(fields.map((f) => f.split('=')[0])).toEqual(['file', 'title']);
        expect(unescape(fields[0]!.slice('file='.length))).toBe(file);
        expect(unescape(fields[1]!.slice('title='.length))).toBe(title);
      }),
      { numRuns: 300 },
    );
  });
});

describe('planAnnotations', () => {
  it('emits at most 10 per severity, most important first, and counts the rest exactly', () => {
    const findings = [
      ...Array.from({ length: 25 }, (_, i) => finding('error', i)),
      ...Array.from({ length: 12 }, (_, i) => finding('warning', i)),
      ...Array.from({ length: 3 }, (_, i) => finding('note', i)),
    ].reverse();
    const plan = planAnnotations(findings);
    expect(plan.commands.filter((c) => c.startsWith('::error ')).length).toBe(10);
    expect(plan.commands.filter((c) => c.startsWith('::warning ')).length).toBe(10);
    expect(plan.commands.filter((c) => c.startsWith('::notice ')).length).toBe(3);
    expect(plan.omitted).toEqual({ error: 15, warning: 2, note: 0 });
    // Errors come first and in file order, whatever the input order.
    expect(plan.commands[0]).toContain('file=src/f000.ts');
    expect(plan.commands[9]).toContain('file=src/f009.ts');
    expect(plan.commands[10]).toMatch(/^::warning file=src\/f000.ts/);
  });

  it('property: emitted + omitted = given, per severity, and emitted = min(count, cap)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<Severity>('error', 'warning', 'note'), { maxLength: 80 }), fc.integer({ min: 0, max: 15 }), (severities, cap) => {
        const plan = planAnnotations(severities.map((s, i) => finding(s, i)), cap);
        for (const [sev, cmd] of [['error', 'error'], ['warning', 'warning'], ['note', 'notice']] as const) {
          const given = severities.filter((s) => s === sev).length;
          const emitted = plan.commands.filter((c) => c.startsWith(`::${cmd} `)).length;
          expect(emitted).toBe(Math.min(given, cap));
          expect(emitted + plan.omitted[sev]).toBe(given);
        }
      }),
    );
  });

  it('uses the documented cap by default', () => {
    expect(ANNOTATION_CAP_PER_SEVERITY).toBe(10);
  });
});

describe('describeOmitted', () => {
  it('says nothing when nothing was left out', () => {
    expect(describeOmitted({ error: 0, warning: 0, note: 0 })).toBeUndefined();
  });

  it('counts each severity with plurals', () => {
    expect(describeOmitted({ error: 1, warning: 2, note: 0 })).toMatch(/^1 more error, 2 more warnings not shown as annotations/);
    expect(describeOmitted({ error: 0, warning: 0, note: 5 })).toMatch(/^5 more notes /);
  });
});
