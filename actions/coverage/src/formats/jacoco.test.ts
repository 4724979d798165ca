import { describe, expect, it } from 'vitest';
import { COVERED, MISSED, NOT_COVERABLE } from '../model';
import { readFixture, reportTotals } from './testing';

// Shaped like jacoco-maven-plugin output (one line, DOCTYPE with the public DTD id).
const JACOCO =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">' +
  '<report name="app"><sessioninfo id="host-1" start="1" dump="2"/>' +
  '<package name="com/example/app"><class name="com/example/app/Differ" sourcefilename="Differ.java">' +
  '<method name="&lt;init&gt;" desc="()V" line="5"><counter type="INSTRUCTION" missed="3" covered="0"/><counter type="METHOD" missed="1" covered="0"/></method>' +
  '<method name="diff" desc="(Ljava/lang/String;)Ljava/lang/String;" line="8"><counter type="INSTRUCTION" missed="0" covered="9"/><counter type="METHOD" missed="0" covered="1"/></method>' +
  '<counter type="METHOD" missed="1" covered="1"/></class>' +
  '<sourcefile name="Differ.java"><line nr="5" mi="3" ci="0" mb="0" cb="0"/><line nr="8" mi="0" ci="4" mb="1" cb="3"/><line nr="9" mi="1" ci="2" mb="0" cb="0"/><line nr="12" mi="0" ci="0" mb="0" cb="0"/>' +
  '<counter type="LINE" missed="1" covered="2"/></sourcefile>' +
  '<counter type="LINE" missed="1" covered="2"/></package><counter type="LINE" missed="1" covered="2"/></report>';

describe('JaCoCo reader', () => {
  it('reads lines (ci > 0 = covered), branches (mb/cb) and methods per package-relative source file', async () => {
    const report = await readFixture('jacoco.xml', JACOCO);
    expect(report.format).toBe('jacoco');
    expect([...report.files.keys()]).toEqual(['com/example/app/Differ.java']);
    const file = report.files.get('com/example/app/Differ.java')!;
    expect(file.lineState(5)).toBe(MISSED);
    expect(file.lineState(9)).toBe(COVERED);
    expect(file.lineState(12)).toBe(NOT_COVERABLE);
    expect(reportTotals(report)).toMatchObject({
      lines: { covered: 2, total: 3 },
      branches: { covered: 3, total: 4 },
      functions: { covered: 1, total: 2 },
    });
  });

  it('rejects lines with missing or negative counters', async () => {
    await expect(readFixture('jacoco.xml', JACOCO.replace('mi="1" ci="2"', 'mi="-1" ci="2"'))).rejects.toMatchObject({ name: 'InputError', file: 'jacoco.xml' });
  });
});
