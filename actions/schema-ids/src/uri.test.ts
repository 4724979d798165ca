import { describe, expect, it } from 'vitest';
import { FILE_ROOT, fileUri, isAbsoluteUri, isHttpUri, normaliseUri, pathOfFileUri, resolveUri, splitUri } from './uri';

describe('schema URIs', () => {
  it('resolves relative references and drops an empty fragment', () => {
    expect(resolveUri('b.json#', 'https://example.com/s/a.json')).toBe('https://example.com/s/b.json');
    expect(resolveUri('#/$defs/x', 'https://example.com/s/a.json')).toBe('https://example.com/s/a.json#/$defs/x');
    expect(resolveUri('../c.json', 'https://example.com/s/a.json')).toBe('https://example.com/c.json');
    expect(normaliseUri('urn:x#')).toBe('urn:x');
  });

  it('a reference that cannot be resolved is undefined, not a throw', () => {
    expect(resolveUri('a.json', 'not-a-base')).toBeUndefined();
    expect(resolveUri('http://[::1', 'https://example.com/')).toBeUndefined();
  });

  it('splits document and fragment', () => {
    expect(splitUri('https://e.com/a.json#/p%20q')).toEqual({ document: 'https://e.com/a.json', fragment: '/p%20q' });
    expect(splitUri('https://e.com/a.json')).toEqual({ document: 'https://e.com/a.json', fragment: '' });
  });

  it('tells absolute from relative, and http(s) from other schemes', () => {
    expect(['https://e.com', 'urn:uuid:1', 'file:///x'].map(isAbsoluteUri)).toEqual([true, true, true]);
    expect(['a.json', '#frag', '//host/x', '1abc:x'].map(isAbsoluteUri)).toEqual([false, false, false, false]);
    expect(['HTTP://e.com', 'https://e.com', 'urn:x'].map(isHttpUri)).toEqual([true, true, false]);
  });

  it('file URIs for schemas without $id round-trip paths with spaces, # and %', () => {
    const path = 'schemas/my dir/a#b%c.json';
    const uri = fileUri(path);
    expect(uri).toBe(`${FILE_ROOT}schemas/my%20dir/a%23b%25c.json`);
    expect(splitUri(uri).fragment).toBe(''); // the '#' in the name is not a fragment
    expect(pathOfFileUri(uri)).toBe(path);
    expect(pathOfFileUri('https://e.com/a.json')).toBeUndefined();
    expect(pathOfFileUri(`${FILE_ROOT}bad%E0%A4%A.json`)).toBeUndefined();
  });
});
