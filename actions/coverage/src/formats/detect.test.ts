import { describe, expect, it } from 'vitest';
import { InputError } from '../../../common/src/errors';
import { detectFormat } from './detect';

const d = (text: string) => detectFormat(Buffer.from(text), 'r');

describe('format detection', () => {
  it('tells the formats apart from content alone', () => {
    expect(d('TN:\nSF:a.c\n')).toBe('lcov');
    expect(d('SF:a.c\nDA:1,1\n')).toBe('lcov');
    expect(d('mode: atomic\na/b.go:1.1,2.2 1 1\n')).toBe('go');
    expect(d('<?xml version="1.0"?>\n<coverage line-rate="0.5" branch-rate="0">')).toBe('cobertura');
    expect(d('<?xml version="1.0"?><!DOCTYPE coverage SYSTEM "x.dtd">\n<!-- c -->\n<coverage version="gcovr">\n<sources>')).toBe('cobertura');
    expect(d('<?xml version="1.0"?>\n<coverage generated="1" clover="3.2.0">\n<project>')).toBe('clover');
    expect(d('<?xml version="1.0"?>\n<coverage generated="1619680221">\n  <project timestamp="1">')).toBe('clover');
    expect(d('<?xml version="1.0"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x">')).toBe('jacoco');
    expect(d('{"meta": {"format": 3}, "files": {}}')).toBe('coveragepy');
    expect(d('{"total": {"lines": {"total": 1}}}')).toBe('istanbul-summary');
    expect(d('{"/a.js": {"path": "/a.js", "statementMap": {}}}')).toBe('istanbul');
    expect(d('{"a.js": {"data": {"path": "a.js", "statementMap": {}}}}')).toBe('istanbul');
    expect(d('\ufeff<?xml version="1.0"?><coverage line-rate="1">')).toBe('cobertura');
  });

  it('rejects unknown and empty content', () => {
    expect(() => d('')).toThrow(InputError);
    expect(() => d('hello world')).toThrow(/unknown coverage format/);
    expect(() => d('<html><body>')).toThrow(/unknown XML coverage format/);
    expect(() => d('{"x": 1}')).toThrow(/unknown JSON/);
  });
});
