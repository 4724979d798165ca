import { describe, expect, it } from 'vitest';
import { readFixture, reportTotals } from './testing';

// Shaped like PHPUnit (php-code-coverage): no clover attribute, method lines, file metrics last.
const PHPUNIT = `<?xml version="1.0" encoding="UTF-8"?>
<coverage generated="1619680221">
  <project timestamp="1619680221">
    <file name="/home/runner/work/app/app/src/Assert.php">
      <class name="App\\Assert" namespace="global">
        <metrics complexity="3" methods="2" coveredmethods="1" conditionals="0" coveredconditionals="0" statements="4" coveredstatements="3" elements="6" coveredelements="4"/>
      </class>
      <line num="10" type="method" name="same" visibility="public" complexity="1" crap="1" count="9"/>
      <line num="12" type="stmt" count="9"/>
      <line num="13" type="stmt" count="1"/>
      <line num="20" type="method" name="never" visibility="public" complexity="2" crap="6" count="0"/>
      <line num="22" type="stmt" count="0"/>
      <line num="23" type="stmt" count="4"/>
      <metrics loc="30" ncloc="20" classes="1" methods="2" coveredmethods="1" conditionals="0" coveredconditionals="0" statements="4" coveredstatements="3" elements="6" coveredelements="4"/>
    </file>
    <metrics files="1" loc="30" ncloc="20" classes="1" methods="2" coveredmethods="1" conditionals="0" coveredconditionals="0" statements="4" coveredstatements="3" elements="6" coveredelements="4"/>
  </project>
</coverage>
`;

// Shaped like istanbul's clover writer: truecount/falsecount are covered/uncovered branch counts.
const ISTANBUL = `<?xml version="1.0" encoding="UTF-8"?>
<coverage generated="1743130232666" clover="3.2.0">
  <project timestamp="1743130232666" name="All files">
    <metrics statements="3" coveredstatements="2" conditionals="3" coveredconditionals="1" methods="0" coveredmethods="0" elements="6" coveredelements="3" complexity="0" loc="3" ncloc="3" packages="1" files="1" classes="1"/>
    <file name="index.js" path="/root/app/src/index.js">
      <metrics statements="3" coveredstatements="2" conditionals="3" coveredconditionals="1" methods="0" coveredmethods="0"/>
      <line num="1" count="1" type="stmt"/>
      <line num="2" count="1" type="cond" truecount="1" falsecount="2"/>
      <line num="4" count="0" type="stmt"/>
    </file>
  </project>
</coverage>
`;

describe('Clover reader', () => {
  it('reads PHPUnit clover: statements as lines, method lines as functions', async () => {
    const report = await readFixture('clover.xml', PHPUNIT);
    expect(report.format).toBe('clover');
    expect([...report.files.keys()]).toEqual(['/home/runner/work/app/app/src/Assert.php']);
    expect(reportTotals(report)).toEqual({
      lines: { covered: 3, total: 4 },
      branches: { covered: 0, total: 0 },
      functions: { covered: 1, total: 2 },
      statements: { covered: 3, total: 4 },
    });
  });

  it('reads istanbul clover: path attribute, cond lines as covered/uncovered branch counts', async () => {
    const report = await readFixture('clover.xml', ISTANBUL);
    expect([...report.files.keys()]).toEqual(['/root/app/src/index.js']);
    expect(reportTotals(report)).toMatchObject({ lines: { covered: 2, total: 3 }, branches: { covered: 1, total: 3 } });
  });

  it('reads Clover proper cond lines as two branches (true, false)', async () => {
    const xml = ISTANBUL.replace(' conditionals="3" coveredconditionals="1" methods="0" coveredmethods="0"/>\n      <line num="1"', ' methods="0" coveredmethods="0"/>\n      <line num="1"');
    const report = await readFixture('clover.xml', xml);
    expect(reportTotals(report).branches).toEqual({ covered: 2, total: 2 });
  });

  it('rejects a line without num', async () => {
    await expect(readFixture('clover.xml', PHPUNIT.replace('<line num="13"', '<line'))).rejects.toMatchObject({ name: "InputError", line: 10 });
  });
});
