// Every gate, loaded on demand so a single gate (or the CLI's --help) does not pay for the others:
// the build turns each dynamic import into its own chunk.

import type { Gate } from './gate';
import { GATE_NAMES, type GateName } from './result';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyGate = Gate<any>;
type Loader = () => Promise<{ default: AnyGate }>;

export const GATE_LOADERS: Record<GateName, Loader> = {
  coverage: () => import('../../coverage/src/gate'),
  'schema-ids': () => import('../../schema-ids/src/gate'),
  sbom: () => import('../../sbom/src/gate'),
  'secret-scan': () => import('../../secret-scan/src/gate'),
  tarball: () => import('../../tarball/src/gate'),
};

export async function loadGate(name: GateName): Promise<AnyGate> {
  return (await GATE_LOADERS[name]()).default;
}

export async function loadAllGates(): Promise<AnyGate[]> {
  return Promise.all(GATE_NAMES.map((name) => loadGate(name)));
}
