
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../common/src/errors';
import { expectInputError } from '../../../common/src/testing';
import { scanXmlFile, scanXmlText, type XmlHandler } from './xml';
import { streamLines } from './stream';

/** Records what the scanner reports: opens with all attributes (decoded), closes and text. */
function recorder(names: string[] = []): XmlHandler & { events: string[] } {
  const events: string[] = [];
  return {
    events,
    wantText: true,
    open(name, attrs) {
      const pairs = names.map((n) => `${n}=${attrs.get(n) ?? ''}`);
      events.push(`<${name} ${pairs.join(' ')}`);
    },
    close(name) {
      events.push(`</${name}`);
    },
    text(text) {
      if (text.trim()) events.push(`#${text}`);
    },
  };
}

function withSaxes(xml: string, names: string[]): string[] {
  const events: string[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => events.push(`<${tag.name} ${names.map((n) => `${n}=${(tag.attributes as Record<string, string>)[n] ?? ''}`).join(' ')}`));
  parser.on('closetag', (tag) => events.push(`</${tag.name}`));
  parser.on('text', (t) => {
    if (t.trim()) events.push(`#${t}`);
  });
  parser.on('cdata', (t) => {
    if (t.trim()) events.push(`#${t}`);
  });
  parser.write(xml).close();
  return events;
}

describe('XML scanner', () => {
  it('reports elements, decoded attributes and text like a conforming parser (saxes)', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
<!-- generated -->
<report name="a &amp; b"><package name='x/y'><sourcefile name="A&#46;java"/><![CDATA[raw <text>]]></package>
<source>C:\\src &lt;1&gt;</source></report>`;
    const rec = recorder(['name']);
    scanXmlText(xml, rec);
    expect(rec.events).toEqual(withSaxes(xml, ['name']));
    expect(rec.events).toContain('<sourcefile name=A.java');
  });

  it('agrees with saxes on generated documents (property)', () => {
    const name = fc.constantFrom('a', 'line', 'class', 'x-y', 'ns:el');
    const value = fc.string({ maxLength: 8 }).map((s) => s.replace(/[<&"\u0000-\u001f\ud800-\udfff\ufffe\uffff]/g, ''));
    const tree: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.tuple(name, fc.array(fc.tuple(fc.constantFrom('n', 'hits', 'filename'), value), { maxLength: 3 }), fc.array(tie('child'), { maxLength: 3 }), fc.boolean()).map(
        ([n, attrs, children, selfClose]) => {
          const unique = new Map(attrs);
          const a = [...unique].map(([k, v]) => ` ${k}="${v.replace(/>/g, '&gt;')}"`).join('');
          return selfClose && children.length === 0 ? `<${n}${a}/>` : `<${n}${a}>${children.join('\n')}</${n}>`;
        },
      ),
      child: fc.oneof({ maxDepth: 4, depthSize: 'small' }, fc.constantFrom('text', '&amp;', '<!-- c -->', '<![CDATA[d]]>', '  '), tie('node')),
    })).node;
    fc.assert(
      fc.property(tree, (xml) => {
        const rec = recorder(['n', 'hits', 'filename']);
        scanXmlText(xml, rec);
        // saxes splits text around CDATA differently; compare elements and attributes.
        const elements = (events: string[]) => events.filter((e) => !e.startsWith('#'));
        expect(elements(rec.events)).toEqual(elements(withSaxes(xml, ['n', 'hits', 'filename'])));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a DOCTYPE with an internal subset (XXE, billion laughs) without expanding anything', () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE coverage [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<coverage>&xxe;</coverage>`;
    expect(expectInputError(() => scanXmlText(xxe, recorder())).message).toMatch(/internal subset/);
    const lol = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><lolz a="&lol2;"/>`;
    expect(expectInputError(() => scanXmlText(lol, recorder())).message).toMatch(/internal subset/);
  });

  it('rejects undeclared entities instead of expanding them', () => {
    const err = expectInputError(() => scanXmlText('<coverage>\n<line a="&ext;"/></coverage>', recorder(['a'])));
    expect(err.message).toMatch(/entity &ext;/);
    expect(err.line).toBe(2);
  });

  it('reports malformed XML with the line', () => {
    expect(expectInputError(() => scanXmlText('<a>\n<b>\n</a>', recorder())).line).toBe(3);
    expect(expectInputError(() => scanXmlText('<a>\n<b x="1"></b>\n', recorder())).message).toMatch(/not closed/);
    expect(expectInputError(() => scanXmlText('<a b=1/>', recorder())).message).toMatch(/not quoted/);
    expect(expectInputError(() => scanXmlText('<a/><b/>', recorder())).message).toMatch(/second root/);
    expect(expectInputError(() => scanXmlText('', recorder())).message).toMatch(/no root element/);
    expect(expectInputError(() => scanXmlText('<a x="<"/>', recorder())).message).toMatch(/inside an attribute/);
    expect(expectInputError(() => scanXmlText('<?xml version="1.0" encoding="UTF-16"?><a/>', recorder())).message).toMatch(/UTF-16 is not supported/);
    expect(expectInputError(() => scanXmlText(Buffer.from([0xff, 0xfe, 0x3c, 0]), recorder())).message).toMatch(/UTF-16/);
  });

  it('streams across chunk boundaries with the same events', async () => {
    let xml = '\ufeff<?xml version="1.0"?>\n<coverage>\n';
    for (let i = 0; i < 200; i++) xml += `  <line number="${i + 1}" hits="${i % 3}"/><!-- c${i} --><![CDATA[x]]>\n`;
    xml += '  <source>/src</source>\n</coverage>\n';
    const dir = mkdtempSync(join(tmpdir(), 'xml-'));
    writeFileSync(join(dir, 'r.xml'), xml);
    const whole = recorder(['number', 'hits']);
    scanXmlText(Buffer.from(xml), whole);
    for (const chunk of [1, 7, 64]) {
      const rec = recorder(['number', 'hits']);
      await scanXmlFile(join(dir, 'r.xml'), 'r.xml', 1e9, rec, chunk);
      expect(rec.events.filter((e) => !e.startsWith('#x'))).toEqual(whole.events.filter((e) => !e.startsWith('#x')));
    }
    writeFileSync(join(dir, 'bad.xml'), xml.replace('<line number="150"', '<line number="150" <'));
    await expect(scanXmlFile(join(dir, 'bad.xml'), 'bad.xml', 1e9, recorder(), 16)).rejects.toMatchObject({ line: 152 });
  });

  it('refuses a UTF-16 file before scanning, whatever the chunk size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xml-'));
    writeFileSync(join(dir, 'u16.xml'), Buffer.from([0xff, 0xfe, 0x3c, 0, 0x61, 0, 0x2f, 0, 0x3e, 0]));
    for (const chunk of [1, 2, 64]) {
      const rec = recorder();
      await expect(scanXmlFile(join(dir, 'u16.xml'), 'u16.xml', 1e9, rec, chunk)).rejects.toMatchObject({
        name: 'InputError',
        file: 'u16.xml',
        message: expect.stringMatching(/UTF-16 XML is not supported/),
      });
      expect(rec.events).toEqual([]);
    }
  });
});

describe('line streaming', () => {
  it('delivers the same lines for any chunk size, with CRLF and a final line without newline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lines-'));
    const text = 'one\r\ntwo\n\nthree-is-longer-than-a-chunk\nlast';
    writeFileSync(join(dir, 'f'), text);
    for (const chunk of [1, 3, 1024]) {
      const lines: string[] = [];
      const n = await streamLines(join(dir, 'f'), 'f', 1e9, (buf, s, e, i) => lines.push(`${i}:${buf.toString('utf8', s, e)}`), chunk);
      expect(lines).toEqual(['1:one', '2:two', '3:', '4:three-is-longer-than-a-chunk', '5:last']);
      expect(n).toBe(5);
    }
  });
});
