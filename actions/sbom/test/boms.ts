// Hand-written CycloneDX BOMs for unit tests, shaped like cyclonedx-npm's output.

export type Json = Record<string, unknown>;

export function component(name: string, version: string, license: Json | undefined, extra: Json = {}): Json {
  const c: Json = { type: 'library', name, version, 'bom-ref': `demo@1.0.0|${name}@${version}`, purl: `pkg:npm/${name.replace('@', '%40')}@${version}` };
  if (license) c.licenses = [license];
  return { ...c, ...extra };
}

/** demo@1.0.0 → a → b, demo → c; licenses as given. */
export function sampleBom(specVersion = '1.6', licenses: Record<string, Json | undefined> = {}): Json {
  const a = component('a', '1.0.0', licenses.a ?? { license: { id: 'MIT' } }, { author: 'Ann' });
  const b = component('b', '2.0.0', 'b' in licenses ? licenses.b : { license: { id: 'ISC' } });
  const c = component('c', '3.0.0', 'c' in licenses ? licenses.c : { expression: 'MIT OR Apache-2.0' });
  return {
    bomFormat: 'CycloneDX',
    specVersion,
    serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
    version: 1,
    metadata: {
      timestamp: '2026-01-01T00:00:00.000Z',
      tools: specVersion >= '1.5' ? { components: [{ type: 'application', name: 'cyclonedx-npm', version: '6.0.1' }] } : [{ name: 'cyclonedx-npm', version: '6.0.1' }],
      component: { type: 'application', name: 'demo', version: '1.0.0', 'bom-ref': 'demo@1.0.0', purl: 'pkg:npm/demo@1.0.0' },
    },
    components: [a, b, c],
    dependencies: [
      { ref: 'demo@1.0.0', dependsOn: [a['bom-ref'], c['bom-ref']] },
      { ref: a['bom-ref'], dependsOn: [b['bom-ref']] },
      { ref: b['bom-ref'] },
      { ref: c['bom-ref'] },
    ],
  };
}

export function text(bom: unknown): string {
  return JSON.stringify(bom, null, 2);
}
