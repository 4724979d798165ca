import { describe, expect, it } from 'vitest';
import { viewBom, pathDescriber, dependencyPaths } from './bom-model';
import { DEFAULT_NTIA, evaluateNtia } from './ntia';
import { diffSboms } from './diff';
import { component, sampleBom, type Json } from '../test/boms';

describe('NTIA minimum elements', () => {
  it('counts each element and lists who lacks what', () => {
    const bom = sampleBom();
    const comps = bom.components as Json[];
    delete comps[1]!.purl;
    delete comps[2]!.version;
    comps.push({ type: 'library', name: 'orphan', version: '1.0.0', cpe: 'cpe:2.3:a:x:orphan:1.0.0:*:*:*:*:*:*:*', supplier: { name: 'X Corp' } });
    const r = evaluateNtia(viewBom(bom), bom, { ...DEFAULT_NTIA, supplier: 50 });
    const el = Object.fromEntries(r.elements.map((e) => [e.element, e]));
    expect(el.supplier).toMatchObject({ present: 2, total: 4, ok: true });
    expect(el.purl).toMatchObject({ present: 3, ok: false });
    expect(el.purl!.missing.map((c) => c.name)).toEqual(['b']);
    expect(el.version!.missing.map((c) => c.name)).toEqual(['c']);
    expect(el.dependencies!.missing.map((c) => c.name)).toEqual(['orphan']);
    expect(r).toMatchObject({ hasAuthor: true, hasTimestamp: true, authorSource: 'metadata.tools' });
  });

  it('uses integer arithmetic at the threshold', () => {
    const bom = sampleBom();
    delete (bom.components as Json[])[0]!.purl;
    const r = evaluateNtia(viewBom(bom), bom, { ...DEFAULT_NTIA, purl: 66.67 });
    expect(r.elements.find((e) => e.element === 'purl')).toMatchObject({ present: 2, total: 3, ok: false });
    const r2 = evaluateNtia(viewBom(bom), bom, { ...DEFAULT_NTIA, purl: 66.66 });
    expect(r2.elements.find((e) => e.element === 'purl')!.ok).toBe(true);
  });

  it('notices a BOM without author or timestamp', () => {
    const bom = sampleBom();
    bom.metadata = {};
    const r = evaluateNtia(viewBom(bom), bom, DEFAULT_NTIA);
    expect(r).toMatchObject({ hasAuthor: false, hasTimestamp: false });
  });
});

describe('dependency paths', () => {
  it('names the shortest path from the subject', () => {
    const view = viewBom(sampleBom());
    expect(pathDescriber(view)(view.components[1]!)).toBe('demo@1.0.0 > a@1.0.0 > b@2.0.0');
    expect(dependencyPaths(view).get('demo@1.0.0|c@3.0.0')).toEqual(['demo@1.0.0', 'demo@1.0.0|c@3.0.0']);
  });
  it('says when a component is unreachable', () => {
    const bom = sampleBom();
    (bom.components as Json[]).push(component('lonely', '1.0.0', undefined));
    const view = viewBom(bom);
    expect(pathDescriber(view)(view.components[3]!)).toContain('not reachable');
  });
  it('walks nested components', () => {
    const bom = sampleBom();
    (bom.components as Json[])[0]!.components = [component('inner', '0.1.0', undefined)];
    expect(viewBom(bom).components.map((c) => c.pointer)).toContain('/components/0/components/0');
  });
});

describe('diffSboms', () => {
  it('finds added, removed, changed, license changes and new copyleft', () => {
    const before = sampleBom();
    const after = sampleBom('1.6', { b: { license: { id: 'GPL-3.0-only' } } });
    const comps = after.components as Json[];
    comps[0] = component('a', '1.1.0', { license: { id: 'MIT' } });
    comps.splice(2, 1); // c removed
    comps.push(component('n', '0.1.0', { expression: 'MIT OR LGPL-2.1-only' }));
    const d = diffSboms(viewBom(before).components, viewBom(after).components);
    expect(d.added).toEqual([{ label: 'n', versions: ['0.1.0'], licenses: ['MIT OR LGPL-2.1-only'] }]);
    expect(d.removed).toEqual([{ label: 'c', versions: ['3.0.0'] }]);
    expect(d.changed).toEqual([{ label: 'a', from: ['1.0.0'], to: ['1.1.0'] }]);
    expect(d.licenseChanges).toEqual([{ label: 'b', from: ['ISC'], to: ['GPL-3.0-only'] }]);
    expect(d.newlyCopyleft.map((c) => c.label)).toEqual(['b', 'n']);
  });
  it('is empty for the same BOM', () => {
    const v = viewBom(sampleBom()).components;
    expect(diffSboms(v, v)).toEqual({ added: [], removed: [], changed: [], licenseChanges: [], newlyCopyleft: [] });
  });
});
