// The XML scanner on truncated and malformed reports: each is an InputError naming the file and the
// line where the problem is, never a hang or a partial result. And the two encodings besides UTF-8.

import { describe, expect, it } from 'vitest';
import { InputError } from '../../../common/src/errors';
import { scanXmlText, type XmlHandler } from './xml';

function recorder(attr: string): XmlHandler & { values: string[]; texts: string[] } {
  const values: string[] = [];
  const texts: string[] = [];
  return {
    values,
    texts,
    wantText: true,
    open(_name, attrs) {
      const v = attrs.get(attr);
      if (v !== undefined) values.push(v);
    },
    close() {},
    text(t) {
      if (t.trim()) texts.push(t);
    },
  };
}

function failure(xml: string | Buffer): InputError {
  try {
    scanXmlText(xml, recorder('x'), 'coverage.xml');
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error(`expected an InputError for ${JSON.stringify(String(xml))}`);
}

describe('XML scanner: truncated and malformed input', () => {
  it.each([
    ['<coverage>\n<', 'malformed XML: unexpected end of file after "<"', 2],
    ['<coverage>\n<line/>\n</coverage', 'malformed XML: unterminated end tag', 3],
    ['<?xml version="1.0"', 'malformed XML: unterminated processing instruction', 1],
    ['<coverage>\n<!-- never closed', 'malformed XML: unterminated comment', 2],
    ['<coverage><![CDATA[ never closed', 'malformed XML: unterminated CDATA section', 1],
    ['<!DOCTYPE coverage SYSTEM "x.dtd"', 'malformed XML: unterminated DOCTYPE', 1],
    ['<coverage>\n\n<!ELEMENT a ANY>', 'malformed XML: unexpected markup "<!ELEMENT"', 3],
    ['<coverage>\n<line', 'malformed XML: unterminated start tag', 2],
    ['<coverage>\n<line x="1"', 'malformed XML: unterminated start tag <line>', 2],
    ['<coverage>\n<line x="1"y="2"/></coverage>', 'malformed XML: attributes must be separated by spaces in <line>', 2],
  ])('%j → %s', (xml, message, line) => {
    const err = failure(xml);
    expect(err.message).toBe(message);
    expect(err.file).toBe('coverage.xml');
    expect(err.line).toBe(line);
  });

  it('an unterminated DOCTYPE is reported even with a quoted ">" inside', () => {
    expect(failure('<!DOCTYPE coverage SYSTEM "a>b').message).toBe('malformed XML: unterminated DOCTYPE');
  });
});

describe('XML scanner: entities and encodings', () => {
  it('decodes &quot; and &apos; in attributes and text', () => {
    const rec = recorder('x');
    scanXmlText(`<a x="say &quot;hi&quot;"><b x='it&apos;s'/>&quot;t&apos;</a>`, rec);
    expect(rec.values).toEqual(['say "hi"', "it's"]);
    expect(rec.texts).toEqual([`"t'`]);
  });

  it('reads ISO-8859-1 reports as declared (é is one byte, 0xE9)', () => {
    const head = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>\n<a x="caf');
    const xml = Buffer.concat([head, Buffer.from([0xe9]), Buffer.from('"><![CDATA[na'), Buffer.from([0xef]), Buffer.from('ve]]></a>')]);
    const rec = recorder('x');
    scanXmlText(xml, rec);
    expect(rec.values).toEqual(['café']);
    expect(rec.texts).toEqual(['naïve']);
  });

  it('accepts the UTF-8 and ASCII spellings and refuses other encodings, naming them', () => {
    for (const enc of ['UTF-8', 'utf8', 'US-ASCII', 'ascii', 'latin1', 'Latin-1']) {
      expect(() => scanXmlText(`<?xml version="1.0" encoding="${enc}"?><a/>`, recorder('x'))).not.toThrow();
    }
    expect(failure(`<?xml version="1.0" encoding="windows-1252"?><a/>`).message).toBe('malformed XML: encoding windows-1252 is not supported (use UTF-8)');
  });
});
